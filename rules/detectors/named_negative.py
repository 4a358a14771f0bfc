"""Criticism, mockery or accusation aimed at a named member of staff or pupil.

A mention alone is never a breach ("Mrs Hughes said PE is on Tuesday"). The detector finds
critical cues, insults and threats in the message and gives each one to the person it is
closest to in the same sentence (or to the only person the message is about), then judges
each person on the cues aimed at them.
"""

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from rules.criticism_cues import (
    POSITIVE,
    PUPIL_CUES,
    SARCASM_CUES,
    STAFF_CUES,
    CueGroup,
)
from rules.detectors.base import Mention, ParsedMessage
from rules.findings import Finding
from rules.labels import PUPIL_NAMED_NEGATIVELY, STAFF_NAMED_NEGATIVELY
from rules.scorer import IDENTITY_ATTACK, INSULT, THREAT

# A sentence ends at . ! ? or a line break, but not at the full stop of "Mrs." or "Dr.".
_SENTENCE_END = re.compile(
    r"(?:(?<!\bmrs)(?<!\bmr)(?<!\bms)(?<!\bmx)(?<!\bdr)(?<!\bst)\.|[!?\n])+\s*|\s+-\s+")
_PRONOUN = re.compile(r"\b(he|she|they|him|her|his|them|their)\b")

Sentiment = Callable[[str], float]  # compound sentiment in [-1, 1], e.g. VADER's
# Cues from the toxicity backend: they judge the whole message, not one sentence.
_WHOLE_MESSAGE_CUES = frozenset({"threat", "insult", "identity attack"})


@dataclass(frozen=True)
class _Cue:
    group: str
    strength: float
    aims_at: str
    start: int  # normalised-text offsets
    end: int


def _compile(groups: tuple[CueGroup, ...]) -> list[tuple[CueGroup, re.Pattern[str]]]:
    out = []
    for g in groups:
        alternation = "|".join(f"(?:{p})" for p in g.patterns)
        prefix = "" if g.name == "mocking emoji" else r"(?<![a-z])"
        suffix = "" if g.name == "mocking emoji" else r"(?![a-z])" if g.aims_at == "any" else ""
        out.append((g, re.compile(f"{prefix}(?:{alternation}){suffix}")))
    return out


class NamedNegativeDetector:
    """Emits staff_named_negatively / pupil_named_negatively for people criticised by name."""

    name = "named_negative"
    labels = frozenset({STAFF_NAMED_NEGATIVELY, PUPIL_NAMED_NEGATIVELY})
    THRESHOLD = 0.6
    # Toxicity scores at least this high count as an insult/threat aimed at the nearest person.
    TOXIC_CUE = 0.5
    # A cue this close to a person ("X is useless", "X's a liar") is about that person.
    ADJACENT_CHARS = 6

    def __init__(self) -> None:
        self._cues = _compile(STAFF_CUES + PUPIL_CUES + SARCASM_CUES)

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Judge each person mentioned on the cues closest to them."""
        people = [m for m in parsed.mentions if not parsed.is_own_child(m)]
        if not people:
            return []
        norm = parsed.norm
        cues = self._find_cues(parsed)
        sentences = self._sentences(norm.text)
        # Where each mention sits in normalised text.
        spans = {id(m): self._norm_span(parsed, m) for m in people}
        best: dict[tuple[str, str], tuple[float, _Cue, Mention]] = {}
        for cue in cues:
            target = self._target_for(cue, people, spans, sentences, norm.text)
            if target is None:
                continue
            if target.kind == "pupil" and cue.group == "mocking emoji":
                continue  # "Alfie swears blind it's Weds 🙄": exasperation, not an attack
            key = (target.kind, target.key)
            if key not in best or cue.strength > best[key][0]:
                best[key] = (cue.strength, cue, target)
        findings = []
        for strength, cue, person in best.values():
            sentence = self._sentence_of(sentences, cue.start)
            positive = bool(POSITIVE.search(norm.text[sentence[0]:sentence[1]]))
            if positive and cue.strength < 0.85:
                continue
            start, end = norm.to_original(cue.start, cue.end)
            label = STAFF_NAMED_NEGATIVELY if person.kind == "staff" else PUPIL_NAMED_NEGATIVELY
            findings.append(Finding(
                label=label, detector=self.name, score=strength, threshold=self.THRESHOLD,
                start=min(start, person.start), end=max(end, person.end),
                reason=f"{cue.group} aimed at a named {person.kind} member"
                       if person.kind == "staff" else f"{cue.group} aimed at a named pupil",
                target=person.target))
        return [f for f in findings if f.fired]

    # -- cues -------------------------------------------------------------------------
    def _find_cues(self, parsed: ParsedMessage) -> list[_Cue]:
        text = parsed.norm.text
        cues = [_Cue(g.name, g.strength, g.aims_at, m.start(), m.end())
                for g, rx in self._cues for m in rx.finditer(text)]
        tox = parsed.toxicity
        for key, group, strength in ((THREAT, "threat", 0.9), (INSULT, "insult", 0.85),
                                     (IDENTITY_ATTACK, "identity attack", 0.9)):
            span = tox.evidence.get(key)
            if tox.get(key) >= self.TOXIC_CUE:
                start, end = self._orig_to_norm(parsed, span) if span else (0, len(text))
                cues.append(_Cue(group, strength, "any", start, end))
        return cues

    def _target_for(self, cue: _Cue, people: list[Mention], spans: dict[int, tuple[int, int]],
                    sentences: list[tuple[int, int]], text: str) -> Mention | None:
        """The person a cue is aimed at: nearest of the right kind in its sentence,
        else the person the previous sentences were about when a pronoun refers back."""
        fitting = [m for m in people if cue.aims_at in ("any", m.kind)]
        if not fitting:
            return None
        s_start, s_end = self._sentence_of(sentences, cue.start)
        anyone = [m for m in people if s_start <= spans[id(m)][0] < s_end]
        in_sentence = [m for m in fitting if s_start <= spans[id(m)][0] < s_end]
        if anyone:
            # "Sam T is useless": a cue right beside someone is about them, whatever kind
            # of person the cue usually describes.
            nearest = min(anyone, key=lambda m: _distance(spans[id(m)], cue))
            if _distance(spans[id(nearest)], cue) <= self.ADJACENT_CHARS:
                return nearest
        if in_sentence:
            return min(in_sentence, key=lambda m: _distance(spans[id(m)], cue))
        if cue.start == 0 and cue.end == len(text) or cue.group in _WHOLE_MESSAGE_CUES:
            # A threat or insult in a message about one person is about that person.
            return fitting[0] if len({m.key for m in people}) == 1 else None
        before = [m for m in fitting if spans[id(m)][0] < s_start]
        if before and _PRONOUN.search(text[s_start:s_end]):
            return max(before, key=lambda m: spans[id(m)][0])
        if len({m.key for m in people}) == 1 and cue.aims_at != "any":
            return fitting[0]
        return None

    # -- text geometry ------------------------------------------------------------------
    @staticmethod
    def _sentences(text: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in _SENTENCE_END.finditer(text):
            if m.start() > start:
                out.append((start, m.end()))
            start = m.end()
        if start < len(text):
            out.append((start, len(text)))
        return out or [(0, len(text))]

    @staticmethod
    def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
        for s, e in sentences:
            if s <= pos < e:
                return s, e
        return sentences[-1]

    @staticmethod
    def _norm_span(parsed: ParsedMessage, m: Mention) -> tuple[int, int]:
        return NamedNegativeDetector._orig_to_norm(parsed, (m.start, m.end))

    @staticmethod
    def _orig_to_norm(parsed: ParsedMessage, span: tuple[int, int]) -> tuple[int, int]:
        index = parsed.norm.index  # non-decreasing original offsets
        start = bisect_left(index, span[0])
        end = bisect_left(index, span[1])
        return start, max(end, start)


def _distance(span: tuple[int, int], cue: _Cue) -> int:
    if span[1] <= cue.start:
        return cue.start - span[1]
    if cue.end <= span[0]:
        return span[0] - cue.end
    return 0
