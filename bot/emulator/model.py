"""The emulator's own records: people, chats, memberships, messages and what it observed."""

import datetime as dt
from dataclasses import dataclass, field

# Statuses of a chat member, as Telegram spells them.
CREATOR = "creator"
ADMINISTRATOR = "administrator"
MEMBER = "member"
RESTRICTED = "restricted"
LEFT = "left"
KICKED = "kicked"
PRESENT = frozenset({CREATOR, ADMINISTRATOR, MEMBER, RESTRICTED})

# Chat types.
PRIVATE = "private"
GROUP = "group"
SUPERGROUP = "supergroup"

# The rights of a ChatMemberAdministrator that the Bot API requires in every answer.
REQUIRED_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)
# Optional rights that apply to groups and supergroups.
GROUP_ADMIN_RIGHTS = ("can_pin_messages", "can_manage_topics")
ADMIN_RIGHTS = REQUIRED_ADMIN_RIGHTS + GROUP_ADMIN_RIGHTS


@dataclass(frozen=True)
class User:
    """A Telegram account: a parent, a teacher or the bot itself."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    is_bot: bool = False
    language_code: str | None = None


@dataclass(frozen=True)
class Chat:
    """A chat as a test refers to it: a group, a supergroup or a private chat."""

    id: int
    type: str
    title: str | None = None
    user_id: int | None = None


@dataclass
class Member:
    """One user's standing in one chat."""

    user_id: int
    status: str
    rights: dict[str, bool] = field(default_factory=dict)
    until_date: int = 0


@dataclass(frozen=True)
class Document:
    """A file the bot uploaded or a user shared."""

    file_id: str
    file_unique_id: str
    file_name: str | None
    mime_type: str | None
    content: bytes = field(repr=False, default=b"")

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.content)


@dataclass
class MessageRecord:
    """A message as the chat shows it, including the bot's own and deleted ones."""

    chat_id: int
    message_id: int
    from_id: int | None
    date: int
    text: str | None = None
    entities: list[dict] | None = None
    caption: str | None = None
    reply_to_message_id: int | None = None
    reply_markup: dict | None = None
    document: Document | None = None
    photo: bool = False
    forward_from_id: int | None = None
    forward_date: int | None = None
    service: dict = field(default_factory=dict)
    edit_date: int | None = None
    deleted: bool = False
    parse_mode: str | None = None
    created: float = 0.0

    @property
    def is_service(self) -> bool:
        """True for a service message (members joined or left, the group migrated, ...)."""
        return bool(self.service)


@dataclass
class Call:
    """One request the emulator answered."""

    method: str
    params: dict[str, object]
    status: int | None
    at: dt.datetime
    description: str | None = None


@dataclass(frozen=True)
class Violation:
    """A request or an answer that does not match the Bot API description."""

    kind: str
    method: str
    detail: str

    def __str__(self) -> str:
        return f"{self.method}: {self.kind}: {self.detail}"


@dataclass(frozen=True)
class WebhookAttempt:
    """One attempt to deliver an update to the webhook."""

    update_id: int
    status: int | None
    error: str | None
    at: dt.datetime


@dataclass
class WebhookConfig:
    """The webhook set with setWebhook, and how delivery to it is going."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None
    allowed_updates: list[str] | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
