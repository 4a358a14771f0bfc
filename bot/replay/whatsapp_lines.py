"""What follows a WhatsApp timestamp: a member's message, a system line or a media placeholder.

System lines have no `Name: ` (joins, leaves, subject and icon changes, the encryption notice),
except the ones WhatsApp writes like a message: "This message was deleted", missed calls and,
on iOS, notices after a left-to-right mark. Placeholders stand for media (`<Media omitted>`,
`image omitted`, `<attached: 00000012-PHOTO-...jpg>`, `IMG-20240115-WA0003.jpg (file
attached)`); the caption, if any, is the text that follows.
"""

import re
from dataclasses import dataclass

from bot.replay.records import DELETED, SYSTEM, USER
from bot.replay.whatsapp_time import MARKS, strip_marks

_ACTOR = r"[^:]+?"
# (kind, pattern) for system lines, matched against the whole line after the timestamp.
_SYSTEM = [
    ("encryption", re.compile(r"(Messages and calls are end-to-end encrypted.*|Messages to this "
                              r"(group|chat)( and calls)? are now secured.*|Your security code "
                              r".* changed|.*'s security code changed)")),
    ("join", re.compile(rf"({_ACTOR} (added|joined using this group's invite link|joined using "
                        rf"your invite|joined from the community|was added|joined)( .*)?|You "
                        rf"were added|You joined.*)")),
    ("leave", re.compile(rf"({_ACTOR} (left|removed .+|was removed))")),
    ("subject", re.compile(rf"{_ACTOR} (changed the subject|changed the group name|created "
                           rf"group|created this group)( .*)?")),
    ("icon", re.compile(rf"{_ACTOR} (changed|deleted) (this group's|the group) (icon|photo)")),
    ("other", re.compile(rf"{_ACTOR} (changed the group description|deleted the group "
                         rf"description|changed this group's settings|changed their phone "
                         rf"number.*|reset this group's invite link|turned (on|off) "
                         rf"disappearing messages.*|pinned a message|is now an admin|"
                         rf"(are|is) no longer an admin)|You're (now|no longer) an admin")),
]

# Texts WhatsApp writes in a member's name: deleted messages, calls, notices (several locales).
_DELETED = re.compile(
    r"(This message was deleted|You deleted this message|Se eliminó este mensaje|Eliminaste "
    r"este mensaje|Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|Ce message "
    r"a été supprimé|Vous avez supprimé ce message|Questo messaggio è stato eliminato|"
    r"Mensagem apagada|Esta mensagem foi apagada|Dit bericht is verwijderd|Ta wiadomość "
    r"została usunięta)\.?")
_CALL = re.compile(r"(Missed (voice|video|group voice|group video) call|(Voice|Video) call, .*"
                   r"|Waiting for this message.*|null)")

_ANDROID_FILE = {"IMG": "photo", "VID": "video", "GIF": "gif", "PTT": "audio", "AUD": "audio",
                 "STK": "sticker", "DOC": "document"}
_IOS_FILE = {"PHOTO": "photo", "VIDEO": "video", "GIF": "gif", "AUDIO": "audio",
             "STICKER": "sticker"}
_OMITTED = re.compile(r"(?P<what>image|video|audio|GIF|sticker|document|Contact card|"
                      r"video note|View once (?:photo|video)) omitted", re.IGNORECASE)
_OMITTED_KIND = {"image": "photo", "video": "video", "audio": "audio", "gif": "gif",
                 "sticker": "sticker", "document": "document", "contact card": "contact",
                 "video note": "video", "view once photo": "photo", "view once video": "video"}
# Android's media-less placeholder in several locales.
_MEDIA_OMITTED = re.compile(
    r"<(Media omitted|Multimedia omitido|Medien ausgeschlossen|Médias omis|Media weggelaten|"
    r"Mídia oculta|Media omessi|Media pominięte|Medya dahil edilmedi)>")
_ATTACHED = re.compile(r"<attached: \d+-(?P<name>.+?)>")
_FILE_ATTACHED = re.compile(r"(?P<name>\S.*?) \(file attached\)")
_LOCATION = re.compile(r"(live location shared|(location|Location): https://maps\.google\.com/.*)")


@dataclass(frozen=True)
class Entry:
    """A classified message body: its kind, sender, text and media."""

    kind: str
    sender: str | None
    text: str
    media: str | None = None
    system_kind: str | None = None


def system_kind(line: str) -> str | None:
    """The kind of system line this is ("join", "subject" ...), or None."""
    for kind, pattern in _SYSTEM:
        if pattern.fullmatch(line):
            return kind
    return None


def _attached_kind(name: str) -> str:
    head = name.split("-", 1)[0].upper()
    if name.lower().endswith(".vcf"):
        return "contact"
    return _IOS_FILE.get(head) or _ANDROID_FILE.get(head) or "document"


def media_of(first: str) -> str | None:
    """The media kind a placeholder line stands for, or None if it is ordinary text."""
    line = first.strip(MARKS + " ")
    if _MEDIA_OMITTED.fullmatch(line):
        return "media"
    if m := _OMITTED.fullmatch(line):
        return _OMITTED_KIND[m["what"].lower()]
    if m := _ATTACHED.fullmatch(line):
        return _attached_kind(m["name"])
    if (m := _FILE_ATTACHED.fullmatch(line)) and "." in m["name"]:
        return _attached_kind(m["name"])
    if line.endswith("document omitted") or ("•" in line and "<attached:" in line):
        return "document"
    if _LOCATION.fullmatch(line):
        return "location"
    return None


def classify(rest: str, more: list[str]) -> Entry:
    """Read the text after a timestamp (`rest`) and its continuation lines (`more`)."""
    line = strip_marks(rest)
    kind = system_kind(line)
    if kind is not None:
        return Entry(SYSTEM, None, "\n".join([line, *more]), system_kind=kind)
    sender, sep, first = line.partition(": ")
    if not sep:
        return Entry(SYSTEM, None, "\n".join([line, *more]), system_kind="other")
    sender = sender.strip()
    marked = first[:1] in MARKS and first[:1] != ""
    first = strip_marks(first)
    if _DELETED.fullmatch(first.strip()):
        return Entry(DELETED, sender, "", system_kind="deleted")
    if _CALL.fullmatch(first.strip()):
        return Entry(SYSTEM, sender, "", system_kind="call")
    if marked and (kind := system_kind(first)) is not None:
        return Entry(SYSTEM, None, first, system_kind=kind)
    media = media_of(first)
    if media == "location":
        return Entry(USER, sender, "\n".join([first, *more]).strip(), "location")
    if media is not None:
        return Entry(USER, sender, "\n".join(more).strip(), media)
    return Entry(USER, sender, "\n".join([first, *more]).rstrip())
