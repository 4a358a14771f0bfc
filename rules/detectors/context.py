"""Context rules: they need the message's metadata, not only its words.

- out_of_hours_contact: a message to staff outside the school's working hours, working
  days or term dates.
- frequent_staff_contact: more messages to staff in a day than the school allows.
- photo_posted: a photo or video was shared (a reminder about consent for other children).
- private_contact_request: asking to friend, follow or privately message staff, or for a
  member of staff's personal number.
"""

import re
from datetime import datetime

from rules.detectors.base import ParsedMessage
from rules.findings import Finding
from rules.labels import (
    FREQUENT_STAFF_CONTACT,
    OUT_OF_HOURS_CONTACT,
    PHOTO_POSTED,
    PRIVATE_CONTACT_REQUEST,
)
from rules.school import WEEKDAYS, SchoolConfig

_PRIVATE_CONTACT = re.compile(
    r"\b(add|friend|follow|dm|pm|inbox|message|text|whatsapp)(ed|ing|s)? (him|her|them|"
    r"mr|mrs|ms|miss|mx|the (teacher|head))\b.{0,40}\b(on|privately|directly|personally|"
    r"facebook|insta|instagram|tiktok|snapchat|twitter|x)\b"
    r"|\b(his|her|their|teacher'?s|head'?s)\s+(personal|private|own|mobile|home)\s+"
    r"(number|phone|mobile|email|address|facebook|insta(gram)?)\b"
    r"|\b(anyone|does anybody|does anyone) (got|have|know) (mr|mrs|ms|miss|mx|the teacher|"
    r"the head)\b.{0,30}\b(number|mobile|facebook|insta(gram)?)\b")


_FRIEND_REQUEST = re.compile(
    r"\b(sent|send|sending)( (mr|mrs|ms|miss|mx|the (teacher|head))\b.{0,20})? a friend request"
    r"|\b(mr|mrs|ms|miss|mx|the teacher'?s|the head'?s)\b.{0,25}\b(personal|private) "
    r"(whatsapp|number|mobile|email|insta(gram)?|facebook)\b")
_STAFF_WORDS = re.compile(r"\b(mr|mrs|ms|miss|mx|teacher|head|staff|senco|ta)\b")


def _names_staff(text: str) -> bool:
    """Whether a matched request itself names staff rather than only "him" or "her"."""
    return bool(_STAFF_WORDS.search(text))


class ContextDetector:
    """Applies the school's contact rules using message metadata."""

    name = "context"
    labels = frozenset({OUT_OF_HOURS_CONTACT, FREQUENT_STAFF_CONTACT, PHOTO_POSTED,
                        PRIVATE_CONTACT_REQUEST})

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for each context rule that applies."""
        msg = parsed.message
        school = parsed.school
        to_staff = msg.to_staff or bool(parsed.staff_mentions())
        out: list[Finding] = []
        if to_staff and msg.sent_at is not None:
            why = outside_school_time(school, msg.sent_at)
            if why:
                out.append(Finding(OUT_OF_HOURS_CONTACT, self.name, 1.0, 1.0, None, None,
                                   f"addressed to staff {why}"))
        if msg.to_staff:
            count = msg.recent_staff_messages + 1
            limit = school.thresholds.frequent_staff_messages_per_day
            if count > limit:
                out.append(Finding(FREQUENT_STAFF_CONTACT, self.name, 1.0, 1.0, None, None,
                                   f"{count} messages to staff today, above {limit}"))
        if msg.has_photo:
            out.append(Finding(PHOTO_POSTED, self.name, 1.0, 1.0, None, None,
                               "a photo was shared in the group"))
        m = _PRIVATE_CONTACT.search(parsed.norm.text) or _FRIEND_REQUEST.search(parsed.norm.text)
        if m and _names_staff(m.group(0)) is False and not to_staff:
            m = None  # "message her privately" about another parent
        if m:
            start, end = parsed.norm.to_original(m.start(), m.end())
            out.append(Finding(PRIVATE_CONTACT_REQUEST, self.name, 1.0, 1.0, start, end,
                               "asks for private or social-media contact with staff"))
        return out


def outside_school_time(school: SchoolConfig, sent_at: datetime) -> str | None:
    """Why `sent_at` is outside school time ("at 22:40", "on a Saturday"), or None."""
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=school.tz)
    local = sent_at.astimezone(school.tz)
    day = WEEKDAYS[local.weekday()]
    if day not in school.working_days:
        return f"on a {local.strftime('%A')}"
    if school.term_dates and not any(t.start <= local.date() <= t.end
                                     for t in school.term_dates):
        return "outside term time"
    start, end = school.hours
    if not start <= local.time().replace(tzinfo=None) < end:
        return f"at {local.strftime('%H:%M')}, outside working hours"
    return None
