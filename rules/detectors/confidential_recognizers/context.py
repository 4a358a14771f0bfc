"""One message as the confidential recognizers see it, and the finding a contact detail
gives."""

from rules.detectors.base import ParsedMessage
from rules.detectors.confidential_recognizers.public_contacts import PublicContacts
from rules.detectors.confidential_recognizers.scores import (
    CONTACT_THRESHOLD,
    DETECTOR_NAME,
    OWN_CONTACT_SCORE,
    PUBLIC_SCORE,
)
from rules.detectors.confidential_recognizers.subjects import Subjects
from rules.findings import Finding
from rules.labels import CONFIDENTIAL


def _same_length_lower(text: str) -> str:
    """Lower case with offsets kept (a few characters, like "İ", lower-case to two)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class RecognizerContext:
    """One message as the recognizers see it; person phrases are found on demand."""

    __slots__ = ("parsed", "public", "text", "lower", "_subjects")

    def __init__(self, parsed: ParsedMessage, public: PublicContacts):
        self.parsed = parsed
        self.public = public
        self.text = parsed.text
        self.lower = _same_length_lower(parsed.text)
        self._subjects: Subjects | None = None

    @property
    def subjects(self) -> Subjects:
        """The person phrases, found the first time a fact needs them."""
        if self._subjects is None:
            self._subjects = Subjects(self.text, self.lower, self.parsed.mentions)
        return self._subjects

    def owner_of(self, start: int) -> str | None:
        """The target of the nearest roster mention just before a contact detail."""
        near = [m for m in self.parsed.mentions if 0 <= start - m.end <= 60]
        return max(near, key=lambda m: m.end).target if near else None

    def contact_finding(self, kind: str, score: float, start: int, end: int,
                        public_match: bool = False) -> Finding:
        """A finding for a contact detail, public or own ones scoring as near misses."""
        how = "public" if public_match else self.public.presentation(self.text, start, end)
        target = self.owner_of(start)
        if public_match:
            score, reason = PUBLIC_SCORE, f"{kind} matches the school's published contacts"
        elif how == "public":
            score, reason = PUBLIC_SCORE, f"{kind} presented as the school's own contact"
        elif how == "own":
            score = min(score, OWN_CONTACT_SCORE)
            reason = f"{kind} presented as the writer's own"
        elif score < CONTACT_THRESHOLD:
            reason = f"{kind} shared: a work or service contact, not a personal one"
        else:
            whose = {"staff": " of a named member of staff", "pupil": " of a named pupil's "
                     "family"}.get((target or ":").split(":")[0], "")
            reason = f"{kind}{whose} shared (not one of the school's public contacts)"
        if score < CONTACT_THRESHOLD:
            reason += "; not a disclosure"
        return Finding(CONFIDENTIAL, DETECTOR_NAME, score, CONTACT_THRESHOLD, start, end,
                       reason, target)
