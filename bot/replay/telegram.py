"""Stream a Telegram Desktop `result.json` (one chat or a whole account) into chat records.

`text` is a string or a list of strings and entities; older exports have no
`date_unixtime` (their `date` is the exporting computer's local time, read in the school's
timezone) and no `text_entities`. A shared contact, location, venue or poll can disclose as
much as text, so it is written out as text and scored too. Service entries (joins, title
changes, pins) are system lines. In a full-account export, private conversations (personal
chats, saved messages, bots) are skipped unless `--chat` names them: they are not part of a
group's history.
"""

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.replay.json_stream import JsonReader
from bot.replay.records import SYSTEM, USER, ChatRecord, ExportError, Malformed

_MEDIA_TYPES = {"sticker": "sticker", "video_file": "video", "animation": "gif",
                "video_message": "video", "voice_message": "audio", "audio_file": "audio"}
_SERVICE_KINDS = {"invite_members": "join", "join_group_by_link": "join",
                  "join_group_by_request": "join", "remove_members": "leave",
                  "edit_group_title": "subject", "create_group": "subject",
                  "edit_group_photo": "icon", "delete_group_photo": "icon"}
_MENTIONS = ("mention", "mention_name")
# Chat types of a full-account export that are private conversations, not group history.
PRIVATE_CHATS = frozenset({"personal_chat", "saved_messages", "bot_chat"})


def _when(obj: dict[str, Any], tz: ZoneInfo) -> datetime | None:
    try:
        if "date_unixtime" in obj:
            return datetime.fromtimestamp(int(obj["date_unixtime"]), tz)
        when = datetime.fromisoformat(str(obj["date"]))
    except (KeyError, ValueError, TypeError, OverflowError, OSError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=tz)


def _flatten(text: Any) -> tuple[str, list[str]] | None:
    """The plain text and the mentions of a `text` field; None if it has another shape."""
    if isinstance(text, str):
        return text, []
    if not isinstance(text, list):
        return None
    parts: list[str] = []
    mentions: list[str] = []
    for piece in text:
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            parts.append(piece["text"])
            if piece.get("type") in _MENTIONS:
                mentions.append(piece["text"].lstrip("@"))
        else:
            return None
    return "".join(parts), mentions


def _shared(obj: dict[str, Any]) -> tuple[list[str], str | None]:
    """What a message shares besides its text, written out to be scored, and its media kind."""
    lines: list[str] = []
    media = None
    if isinstance(contact := obj.get("contact_information"), dict):
        name = " ".join(str(contact.get(k) or "") for k in ("first_name", "last_name")).strip()
        lines.append(f"Shared contact: {name} {contact.get('phone_number') or ''}".strip())
        media = "contact"
    if isinstance(place := obj.get("location_information"), dict):
        venue = [str(obj[k]) for k in ("place_name", "address") if obj.get(k)]
        where = f"({place.get('latitude')}, {place.get('longitude')})"
        lines.append("Shared location: " + ", ".join([*venue, where]))
        media = "location"
    if isinstance(poll := obj.get("poll"), dict):
        answers = [str(a.get("text", "")) for a in poll.get("answers") or []
                   if isinstance(a, dict)]
        lines.append("\n".join([f"Poll: {poll.get('question', '')}", *answers]))
        media = "poll"
    if "photo" in obj:
        media = "photo"
    elif obj.get("media_type") in _MEDIA_TYPES:
        media = _MEDIA_TYPES[obj["media_type"]]
    elif "file" in obj and media is None:
        media = "document"
    return lines, media


def message_record(obj: Any, line: int, chat: str | None,
                   tz: ZoneInfo) -> ChatRecord | Malformed:
    """One entry of a `messages` array as a chat record, or why it cannot be read."""
    if not isinstance(obj, dict):
        return Malformed(line, "a message entry is not a JSON object")
    ident = obj.get("id")
    label = f"message id {ident}" if ident is not None else "a message"
    when = _when(obj, tz)
    if when is None:
        return Malformed(line, f"{label} has no readable date or date_unixtime")
    kind = obj.get("type")
    if kind == "service":
        action = str(obj.get("action") or "")
        return ChatRecord(line=line, sent_at=when, sender=None, text=action, kind=SYSTEM,
                          chat=chat, source_id=str(ident),
                          system_kind=_SERVICE_KINDS.get(action, "other"))
    if kind != "message":
        return Malformed(line, f"{label} has an unknown type {kind!r}")
    flat = _flatten(obj.get("text", obj.get("text_entities", "")))
    if flat is None:
        return Malformed(line, f"{label}: its text is neither a string nor a list of entities")
    text, mentions = flat
    if not mentions and isinstance(obj.get("text_entities"), list):
        mentions = (_flatten(obj["text_entities"]) or ("", []))[1]
    shared, media = _shared(obj)
    text = "\n".join(t for t in (text, *shared) if t)
    sender = obj.get("from") or obj.get("author") or "(deleted account)"
    reply = obj.get("reply_to_message_id")
    return ChatRecord(line=line, sent_at=when, sender=str(sender), text=text, kind=USER,
                      media=media, chat=chat, source_id=str(ident),
                      reply_to=str(reply) if reply is not None else None,
                      mentions=tuple(mentions), edited="edited" in obj,
                      forwarded_from=obj.get("forwarded_from"))


def _messages(reader: JsonReader, chat: str | None,
              tz: ZoneInfo) -> Iterator[ChatRecord | Malformed]:
    for _ in reader.items():
        line = reader.line()
        yield message_record(reader.value(), line, chat, tz)


def _chat_list(reader: JsonReader, chats: set[str], tz: ZoneInfo,
               skipped: list[str]) -> Iterator[ChatRecord | Malformed]:
    for _ in reader.items():
        info: dict[str, Any] = {}
        for key in reader.members():
            if key in ("name", "type", "id"):
                info[key] = reader.value()
            elif key == "messages":
                kind = str(info.get("type", ""))
                ids = {str(info.get("name")), str(info.get("id"))}
                if (ids & chats) if chats else kind not in PRIVATE_CHATS:
                    name = info.get("name")
                    yield from _messages(reader, str(name) if name else None, tz)
                else:
                    skipped.append(kind or "chat")
                    reader.skip()
            else:
                reader.skip()


def read_telegram(reader: JsonReader, tz: ZoneInfo, source: str, chats: set[str],
                  skipped: list[str]) -> Iterator[ChatRecord | Malformed]:
    """Chat records and malformed entries of a Telegram Desktop JSON export, in file order.

    Args:
        reader: The export, positioned at its start.
        tz: The school's timezone, for exports without `date_unixtime`.
        source: The file name, for errors.
        chats: Names or ids of the chats to read from a full-account export; empty means
            every chat that is not a private conversation.
        skipped: Receives the type of each chat that was not read.

    Raises:
        ExportError: the JSON is not a Telegram Desktop export.
    """
    found = False
    name = None
    for key in reader.members():
        if key == "name":
            name = reader.value()
        elif key == "messages":
            found = True
            yield from _messages(reader, name if isinstance(name, str) else None, tz)
        elif key in ("chats", "left_chats"):
            found = True
            for inner in reader.members():
                if inner == "list":
                    yield from _chat_list(reader, chats, tz, skipped)
                else:
                    reader.skip()
        else:
            reader.skip()
    if not found:
        raise ExportError(source, 'a JSON file but not a Telegram Desktop export: it has no '
                          '"messages" or "chats"; export with Telegram Desktop, Format: JSON')
