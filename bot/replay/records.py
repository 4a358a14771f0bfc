"""What an importer reads from an export: chat records, malformed lines and fatal errors."""

from dataclasses import dataclass
from datetime import datetime

from rules.config_errors import ConfigError

# Record kinds. Only USER records are scored; the others are counted.
USER = "message"
SYSTEM = "system"
DELETED = "deleted"

# Media kinds that count as "a photo or video was shared" for the photo-consent clause.
# WhatsApp's Android placeholder `<Media omitted>` does not say which kind it was ("media").
PHOTO_MEDIA = frozenset({"photo", "video", "gif", "media"})


@dataclass(frozen=True)
class ChatRecord:
    """One entry of an export: a member's message, a deleted message or a system line.

    Attributes:
        line: The line of the export file where the entry starts (1-based).
        sent_at: When it was sent, timezone-aware.
        sender: The member's display name as exported; None for system lines.
        text: The text to score (captions included, media placeholders removed).
        kind: USER, SYSTEM or DELETED.
        media: "photo", "video", "gif", "media", "audio", "sticker", "document", "contact",
            "location" or "poll" when something was attached or shared, else None.
        chat: The chat's name when the export holds several chats (Telegram), else None.
        source_id: The export's own message id (Telegram), else None.
        reply_to: The export's id of the message this one replies to, if any.
        mentions: Names or usernames the message mentions explicitly (@...).
        edited: The message was edited before the export (only its last text is known).
        forwarded_from: Who it was forwarded from, if it is a forward.
        system_kind: For system lines: "join", "leave", "subject", "icon", "encryption",
            "deleted", "call" or "other".
    """

    line: int
    sent_at: datetime
    sender: str | None
    text: str
    kind: str = USER
    media: str | None = None
    chat: str | None = None
    source_id: str | None = None
    reply_to: str | None = None
    mentions: tuple[str, ...] = ()
    edited: bool = False
    forwarded_from: str | None = None
    system_kind: str | None = None

    @property
    def has_photo(self) -> bool:
        """A photo, video or GIF (or unspecified media) was attached."""
        return self.media in PHOTO_MEDIA


@dataclass(frozen=True)
class Malformed:
    """A line (or message) the importer could not read; it is reported, never scored."""

    line: int
    reason: str


class ExportError(ConfigError):
    """An export that cannot be replayed at all (unknown format, unreadable file)."""
