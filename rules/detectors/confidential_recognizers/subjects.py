"""Whom a sensitive fact is about: the person phrase nearest before it (or its direct object,
"suspending my lad"), following pronouns back to who they stand for."""

import re
from bisect import bisect_left
from dataclasses import dataclass

from rules.detectors.base import Mention
from rules.detectors.confidential_recognizers.person_phrases import (
    ASKED,
    MENTION,
    NAMED,
    OWN,
    PRONOUN,
    REF_PRIORITY,
    RELATIVE,
    SELF,
    SOMEONE,
    THING,
    TOLD_BEFORE,
    find_person_phrases,
)

BACK_WINDOW = 150  # characters a fact may sit after the person it is about
FORWARD_WINDOW = 40  # ... or before them, in the same clause
ANTECEDENT_WINDOW = 300  # how far back a pronoun may point

_SENTENCE_BREAK = re.compile(r"[.!?…\n]")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n()]|\b(?:and|but|so|because|cos|or|who|which)\b", re.I)
_TELLS_AFTER = re.compile(r"\s+(?:told|tells|said|says|mentioned|reckons)\b", re.IGNORECASE)
_REPORTED_GAP = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    """Whom a fact is about: a `SUBJECT_WEIGHT` key and the finding target, if known."""

    who: str
    target: str | None = None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end)."""
    s0 = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)),
             default=max(0, start - 300))
    s1 = next((m.start() for m in _SENTENCE_BREAK.finditer(text, end)), len(text))
    return s0, s1


class Subjects:
    """Finds the person phrases in one message and says whom a span is about."""

    def __init__(self, text: str, lower: str, mentions: list[Mention]):
        self.text = text
        self.refs = find_person_phrases(text, lower, mentions)
        self._starts = [r.start for r in self.refs]
        self._child_first = False

    def about(self, start: int, end: int, child_first: bool = False) -> Subject:
        """Whom the fact at [start, end) is about. `child_first`: for facts usually about
        children (SEN, exclusion), "Ava's mum said she ..." means Ava."""
        self._child_first = child_first
        refs, text = self.refs, self.text
        after = bisect_left(self._starts, end)
        if after < len(refs) and refs[after].start - end <= 2 \
                and not text[end:refs[after].start].strip():
            return self._resolve(after)  # direct object: "suspending my lad"
        before = bisect_left(self._starts, start) - 1
        # A vague phrase overlapping the fact is part of it ("a looked after child").
        while before >= 0 and refs[before].end > start and refs[before].kind in (SOMEONE, ASKED):
            before -= 1
        if before >= 0 and start - refs[before].end <= BACK_WINDOW:
            if refs[before].kind == ASKED:  # "which kid got expelled? ... Ibrahim's brother"
                return self._answer_after(end) or Subject("someone")
            return self._resolve(before)
        if after < len(refs) and refs[after].start - end <= FORWARD_WINDOW \
                and not _CLAUSE_BREAK.search(text[end:refs[after].start]):
            return self._resolve(after)
        return Subject("none")

    def named_near(self, start: int, end: int) -> Subject:
        """Who a complaint or investigation concerns: people inside the span, else in
        its sentence. The complainant (the writer) does not count."""
        for lo, hi in ((start, end), sentence_bounds(self.text, start, end)):
            inside = [i for i, r in enumerate(self.refs)
                      if r.start < hi and r.end > lo and r.kind not in (SELF, OWN, ASKED, THING)]
            if inside:
                best = min(inside, key=lambda i: REF_PRIORITY[self.refs[i].kind])
                return self._resolve(best)
        return Subject("none")

    def _answer_after(self, end: int) -> Subject | None:
        for i in range(bisect_left(self._starts, end), len(self.refs)):
            r = self.refs[i]
            if r.start - end > 120:
                break
            if r.kind in (MENTION, NAMED):
                return self._resolve(i)
        return None

    def _resolve(self, i: int, depth: int = 0, as_owner: bool = False) -> Subject:
        """Whom ref i stands for; `as_owner` takes "Mr Nowak's wife" as Mr Nowak."""
        r = self.refs[i]
        if r.kind in (SELF, OWN):
            return Subject("own")
        if r.kind == MENTION and r.mention is not None:
            family = r.relative and not as_owner
            return Subject(r.mention.kind + ("_family" if family else ""), r.mention.target)
        if r.kind == NAMED:
            return Subject("named")
        if r.kind == THING:
            return Subject("none")
        if r.kind in (SOMEONE, ASKED) or depth > 4:
            return Subject("someone")
        # A pronoun stands for an earlier person; "his mum" belongs to one, and not to the
        # writer's own child unless nobody else is there ("my son said his dad ...").
        gender = r.gender if r.kind == PRONOUN else r.owner_gender
        found = self._antecedent(i, gender, skip_own=r.kind == RELATIVE)
        if found is None and r.kind == RELATIVE:
            found = self._antecedent(i, gender, skip_own=False)
        if found is None:
            return Subject("someone")
        subject = self._resolve(found[0], depth + 1, found[1])
        if r.kind == RELATIVE and not as_owner and subject.who in ("staff", "pupil"):
            return Subject(subject.who + "_family", subject.target)
        return subject

    def _antecedent(self, i: int, gender: str, skip_own: bool) -> tuple[int, bool] | None:
        """The nearest earlier person a pronoun can stand for, and whether it is the owner
        of a family phrase ("him" after "Mr Nowak's wife" is Mr Nowak)."""
        pronoun = self.refs[i]
        for j in range(i - 1, -1, -1):
            r = self.refs[j]
            if pronoun.start - r.end > ANTECEDENT_WINDOW:
                break
            if r.kind in (SELF, PRONOUN, THING) or (skip_own and r.kind == OWN):
                continue
            as_owner = False
            if gender and r.gender and r.gender != gender:
                # "Sam's mum said he's ...": "he" is Sam, the owner of the phrase.
                if not (r.relative and r.owner_gender in ("", gender)):
                    continue
                as_owner = True
            elif self._child_first and r.relative and r.owner_gender in ("", gender) \
                    and _TELLS_AFTER.match(self.text, r.end):
                as_owner = True  # "Ava's mum told me she's being assessed": Ava
            # "Ruby-Mae told my daughter she ...": "she" is the one telling.
            if _REPORTED_GAP.fullmatch(self.text, r.end, pronoun.start) \
                    and TOLD_BEFORE.search(self.text, max(0, r.start - 15), r.start):
                continue
            return j, as_owner
        return None
