"""Who in an export is staff, and which messages are addressed to staff.

Exports carry display names only. A sender is staff when their display name is one of the
forms the school file gives ("Mrs Joanna Rose", "Joanna Rose", "Mrs Rose", an alias, a
Telegram username) or one the headteacher names with `--staff`. A message is addressed to
staff when it @-mentions them, replies to one of their messages (Telegram), or opens by
greeting them ("Hi Mrs Rose, ...", "Mr B - ...").
"""

import re
from collections.abc import Iterable

from bot.replay.records import ChatRecord
from rules.school import SchoolConfig, StaffMember

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^\w']+")
_GREETING = (r"(?:(?:hi|hello|hiya|hey|dear|morning|good morning|afternoon|good afternoon|"
             r"evening|good evening|thanks|thank you|sorry)[ ,]+)?")


def normalise_name(name: str) -> str:
    """A display name reduced for comparison: no brackets, emoji or punctuation, lower case."""
    return " ".join(_NOT_WORD.sub(" ", _BRACKETS.sub(" ", name)).casefold().split())


def _forms(member: StaffMember) -> set[str]:
    parts = [member.name, " ".join([*member.given_names, member.surname]), *member.aliases]
    if member.title:
        parts.append(f"{member.title} {member.surname}")
    if member.telegram_username:
        parts.append(member.telegram_username.lstrip("@"))
    return {f for f in (normalise_name(p) for p in parts) if len(f) >= 2}


class StaffDirectory:
    """Staff names from the school file (and `--staff`), matched against an export.

    Args:
        school: The school's configuration.
        extra_senders: Display names the headteacher says are staff.
    """

    def __init__(self, school: SchoolConfig, extra_senders: Iterable[str] = ()):
        forms: set[str] = set()
        for member in school.staff:
            forms |= _forms(member)
        forms |= {normalise_name(n) for n in extra_senders if normalise_name(n)}
        self._forms = frozenset(forms)
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\W+")
                                for f in sorted(forms, key=len, reverse=True))
        self._address = (re.compile(rf"\W*{_GREETING}(?:{alternatives})\b\W*?[,:!?\-–]",
                                    re.IGNORECASE) if forms else None)
        self._staff_messages: set[str] = set()

    def is_staff(self, sender: str | None) -> bool:
        """The display name is a form of a staff member's name."""
        return sender is not None and normalise_name(sender) in self._forms

    def _names_staff(self, mention: str) -> bool:
        words = normalise_name(mention).split()
        return any(" ".join(words[:n]) in self._forms for n in range(1, min(len(words), 4) + 1))

    def addresses_staff(self, record: ChatRecord) -> bool:
        """The message @-mentions staff, replies to staff, or opens by greeting them."""
        if record.reply_to is not None and record.reply_to in self._staff_messages:
            return True
        if any(self._names_staff(m) for m in record.mentions):
            return True
        return bool(self._address and self._address.match(record.text[:120]))

    def remember(self, record: ChatRecord) -> None:
        """Note a staff member's message, so replies to it count as addressed to staff."""
        if record.source_id is not None:
            self._staff_messages.add(record.source_id)
