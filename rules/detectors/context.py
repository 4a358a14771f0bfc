"""Context rules: they need the message's metadata, not only its words.

- out_of_hours_contact: a message to staff outside the school's working hours, working
  days or term dates. A message is to staff when the chat says so (a reply to or an
  @mention of staff: `Message.to_staff`) or when its words address a member of staff
  ("Mrs Rose, ...", "Hi Mr Hill", "could you ring me Miss B"); naming a teacher in passing
  ("Miss Baker did a lovely job") is talking about them, not to them.
- frequent_staff_contact: more messages to staff in a day than the school allows.
- photo_posted: a photo or video was shared (a reminder about consent for other children).
- private_contact_request: asking to friend, follow or privately message staff, or for a
  member of staff's personal number.
"""

import re
from datetime import date, datetime

from rules.detectors.base import ParsedMessage
from rules.detectors.confidential_recognizers.subjects import sentence_bounds
from rules.findings import Finding
from rules.labels import (
    FREQUENT_STAFF_CONTACT,
    OUT_OF_HOURS_CONTACT,
    PHOTO_POSTED,
    PRIVATE_CONTACT_REQUEST,
)
from rules.school import WEEKDAYS, SchoolConfig, Term

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


# Addressing a member of staff by name. Each pattern reads the text of the same sentence
# before or after the mention.
_LEAD_NOISE = " \t@*_-–—\"'“‘(["
_GREETING = re.compile(r"(hi|hiya|hello|hey|dear|morning|afternoon|evening|"
                       r"good (morning|afternoon|evening))\W*", re.IGNORECASE)
# After an opening name: a comma, colon, dash or question mark, or nothing at all.
_VOCATIVE_AFTER = re.compile(r"\s*([,:?]|[-–—]\s|$)")
# A request or question put to "you", straight after the name or ending with it.
# "u" is how many parents type "you" on a phone.
_ASKS_YOU = re.compile(r"\b(please|pls|(can|could|would|will|do|did|are|have|when|what|where|"
                       r"how|why)\s+(\w+\s+){0,2}?(you|u))\b", re.IGNORECASE)
_REQUEST_YOU = re.compile(r"\b(please|pls|(can|could|would|will)\s+(you|u))\b", re.IGNORECASE)
# Words after which a name at the end of a sentence is the object, not the person asked:
# "could you ask Mrs Rose", "can you pass this to Mr Hill".
_OBJECT_OF = re.compile(r"\b(ask|asked|tell|told|email|message|text|call|ring|phone|contact|"
                        r"see|saw|seen|remind|thank|thanks|with|to|from|for|about|by|and|or|"
                        r"of|at|than|like)\s*$", re.IGNORECASE)


def addresses_staff(parsed: ParsedMessage) -> bool:
    """Whether the message speaks to a member of staff it names.

    Yes when a sentence opens with the name followed by a comma, colon, dash, question
    mark or nothing ("Mrs Rose, can you ..."), when a greeting comes just before it ("Hi
    Mr Hill", "Dear Miss Hope"), when the opening name is followed by a question to "you"
    ("Mr Hill can you ring me"), or when a request to "you" ends with the name ("could
    you let me know Miss B"). A name in passing is not enough: "Miss Baker did a lovely
    job", "can you ask Mrs Rose".
    """
    text = parsed.text
    staff = parsed.staff_mentions()
    starts = {m.start for m in staff}
    for m in staff:
        s0, s1 = sentence_bounds(text, m.start, m.end)
        before, after = text[s0:m.start], text[m.end:s1]
        opening = before.strip(_LEAD_NOISE)
        if _GREETING.fullmatch(opening):
            return True
        if not opening:
            rest = text[m.end:]
            vocative = _VOCATIVE_AFTER.match(rest)
            if vocative and not _lists_another(rest[vocative.end():], m.end + vocative.end(),
                                                starts):
                return True
            if _ASKS_YOU.match(rest.lstrip(" \t\n,!:-–—")):
                return True
        if (not after.strip(" ,") and _REQUEST_YOU.search(before)
                and not _OBJECT_OF.search(before)):
            return True
    return False


def _lists_another(rest: str, offset: int, starts: set[int]) -> bool:
    """Whether another staff name follows the comma: a list of names, not a greeting."""
    skipped = len(rest) - len(rest.lstrip())
    return offset + skipped in starts


class ContextDetector:
    """Applies the school's contact rules using message metadata."""

    name = "context"
    labels = frozenset({OUT_OF_HOURS_CONTACT, FREQUENT_STAFF_CONTACT, PHOTO_POSTED,
                        PRIVATE_CONTACT_REQUEST})

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for each context rule that applies."""
        msg = parsed.message
        school = parsed.school
        to_staff = msg.to_staff or addresses_staff(parsed)
        about_staff = to_staff or bool(parsed.staff_mentions())
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
        if m and _names_staff(m.group(0)) is False and not about_staff:
            m = None  # "message her privately" about another parent
        if m:
            start, end = parsed.norm.to_original(m.start(), m.end())
            out.append(Finding(PRIVATE_CONTACT_REQUEST, self.name, 1.0, 1.0, start, end,
                               "asks for private or social-media contact with staff"))
        return out


def outside_school_time(school: SchoolConfig, sent_at: datetime) -> str | None:
    """Why `sent_at` is outside school time ("at 22:40", "on a Saturday"), or None.

    Term dates decide only inside the span the listed terms cover: a holiday between two
    listed terms is outside term time, but a date before the first or after the last
    (an old chat replayed against this year's terms) is of unknown term status, so only
    working days and hours apply to it.
    """
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=school.tz)
    local = sent_at.astimezone(school.tz)
    day = WEEKDAYS[local.weekday()]
    if day not in school.working_days:
        return f"on a {local.strftime('%A')}"
    if _in_a_holiday(school.term_dates, local.date()):
        return "outside term time"
    start, end = school.hours
    if not start <= local.time().replace(tzinfo=None) < end:
        return f"at {local.strftime('%H:%M')}, outside working hours"
    return None


def _in_a_holiday(terms: list[Term], day: date) -> bool:
    """Whether `day` falls between the listed terms (outside them all, inside their span)."""
    if not terms:
        return False
    if not min(t.start for t in terms) <= day <= max(t.end for t in terms):
        return False
    return not any(t.start <= day <= t.end for t in terms)
