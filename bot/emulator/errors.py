"""Bot API error answers, worded as Telegram words them.

python-telegram-bot maps them by HTTP status and `parameters`: 400 to `BadRequest`, 403 to
`Forbidden`, 409 to `Conflict`, `parameters.retry_after` to `RetryAfter`,
`parameters.migrate_to_chat_id` to `ChatMigrated`, 5xx to `NetworkError`.
"""

from dataclasses import dataclass, field

EMULATOR_PREFIX = "emulator: "


@dataclass
class ApiError(Exception):
    """An error answer: HTTP status, Telegram's description and optional parameters."""

    status: int
    description: str
    parameters: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.description}"

    def body(self) -> dict[str, object]:
        """The JSON body Telegram sends for this error."""
        answer: dict[str, object] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            answer["parameters"] = dict(self.parameters)
        return answer


def bad_request(reason: str) -> ApiError:
    """400 Bad Request with Telegram's reason, e.g. 'message to delete not found'."""
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    """403 Forbidden with Telegram's reason, e.g. 'bot was blocked by the user'."""
    return ApiError(403, f"Forbidden: {reason}")


def migrated(new_chat_id: int) -> ApiError:
    """400 for a group that became a supergroup; the client should use `new_chat_id`."""
    return ApiError(
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        {"migrate_to_chat_id": new_chat_id},
    )


def retry_after(seconds: int) -> ApiError:
    """429 flood control: the client must wait `seconds` before calling again."""
    return ApiError(
        429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}
    )


def conflict(reason: str) -> ApiError:
    """409 Conflict, e.g. getUpdates while a webhook is set."""
    return ApiError(409, f"Conflict: {reason}")


def emulator_error(reason: str) -> ApiError:
    """400 for a request the emulator refuses because it breaks the API description."""
    return ApiError(400, EMULATOR_PREFIX + reason)


UNAUTHORIZED = ApiError(401, "Unauthorized")
CHAT_NOT_FOUND = "chat not found"
DELETE_NOT_FOUND = "message to delete not found"
CANT_DELETE = "message can't be deleted"
EDIT_NOT_FOUND = "message to edit not found"
CANT_EDIT = "message can't be edited"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
REPLY_NOT_FOUND = "message to be replied not found"
TEXT_EMPTY = "message text is empty"
TEXT_TOO_LONG = "message is too long"
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
BUTTON_DATA_INVALID = "BUTTON_DATA_INVALID"
USER_NOT_FOUND = "user not found"
BLOCKED = "bot was blocked by the user"
CANT_INITIATE = "bot can't initiate conversation with a user"
WEBHOOK_ACTIVE = "can't use getUpdates method while webhook is active; use deleteWebhook to " \
    "delete the webhook first"
OTHER_POLL = "terminated by other getUpdates request; make sure that only one bot instance is " \
    "running"


def kicked_from(chat_type: str) -> ApiError:
    """403 for a bot removed from a group or supergroup."""
    return forbidden(f"bot was kicked from the {chat_type} chat")


def not_member_of(chat_type: str) -> ApiError:
    """403 for a bot that is not (or no longer) in a group or supergroup."""
    return forbidden(f"bot is not a member of the {chat_type} chat")
