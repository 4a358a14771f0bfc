"""Sensitive facts about someone else: a fact only counts when it is about another
identifiable person, and everyday injuries, stories and a parent's own family count for less."""

import re
from dataclasses import dataclass

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.fact_categories import (
    FACT_CATEGORIES,
    FactCategory,
)
from rules.detectors.confidential_recognizers.scores import (
    DETECTOR_NAME,
    FACT_THRESHOLD,
    INSTITUTIONAL_SUBJECT_WEIGHT,
    SUBJECT_TEXT,
    SUBJECT_WEIGHT,
)
from rules.detectors.confidential_recognizers.subjects import Subject, sentence_bounds
from rules.detectors.safeguarding_signals.signal import DOUBTED_EXPLANATION
from rules.findings import Finding
from rules.labels import CONFIDENTIAL

# The prefilter's tokens: runs of letters (so "didn't" gives "didn" and "t"), and "1:1".
_TOKEN = re.compile(r"1[:-]1|[^\W\d_]+")

_COMPLAINT = FACT_CATEGORIES[-1]
_DISCIPLINARY = FACT_CATEGORIES[-2]
_WELFARE = FACT_CATEGORIES[-3]
# Injuries with an everyday cause nearby count for less.
ACCIDENT_FACTOR = 0.55
_ACCIDENT = re.compile(r"\b(?:fell|fall|falling|tripped|trip(?:ped)? over|football|rugby|"
                       r"playground|playing|accident|pe\b|trampoline|bumped|climbing|bike|"
                       r"scooter)", re.IGNORECASE)
# Facts inside a story, play or game ("a pregnant Mary in the nativity") count for less.
FICTION_FACTOR = 0.5
_FICTION = re.compile(r"\b(?:nativity|panto(?:mime)?|costume|dressing up|story|stories|book|"
                      r"film|movie|telly|tv|episode|character|role ?play|pretend|soap|"
                      r"eastenders|corrie)\b")
_OWN_PARENT = re.compile(
    r"\b(?:we|we['’](?:re|ve|ll|d))\b(?!\s+all\b)|\bour\b(?!\s+(?:class|school|year|group|"
    r"chat|street|road|area|town|teacher)\b)|\bI['’]ve (?:told|let|informed|emailed|spoken to|"
    r"rung|called) (?:the )?(?:school|office|teacher|class teacher)", re.IGNORECASE)
_HEARSAY = re.compile(r"\b(?:apparently|heard|hearing|rumou?rs?|told|tells|said|says|saying|"
                      r"reckons?|confidence|don['’]?t tell|keep it quiet|between (?:us|you and "
                      r"me)|shh+|gossip|(?:his|her|their) (?:mum|dad|nan|mother|father|parents))"
                      r"\b", re.IGNORECASE)
_COMPILED = tuple((category, category.compile()) for category in FACT_CATEGORIES)
# Trigger word -> bit mask of the categories it opens.
_TRIGGERS: dict[str, int] = {}
for _bit, _category in enumerate(FACT_CATEGORIES):
    for _word in _category.triggers.split():
        _TRIGGERS[_word] = _TRIGGERS.get(_word, 0) | 1 << _bit
_TRIGGER_WORDS = frozenset(_TRIGGERS)


@dataclass(frozen=True)
class _Hit:
    category: FactCategory
    detail: str
    strength: float
    start: int  # offsets in the text scanned (lower-cased or normalised)
    end: int


class SensitiveFactRecognizer:
    """Health, SEN, exclusion, social-services, police, sexuality, family, welfare,
    disciplinary and complaint facts, judged by whom they are about."""

    kind = "sensitive fact"

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Score each fact by its pattern strength and how identifiable its subject is."""
        findings = []
        for hit, start, end in self._original_hits(ctx):
            category = hit.category
            if category is _COMPLAINT:
                subject = ctx.subjects.named_near(start, end)
            else:
                subject = ctx.subjects.about(start, end, category.about_children)
            if hit.detail == "suspension" and subject.who == "staff":
                category = _DISCIPLINARY  # a suspended teacher is a disciplinary matter
            if category is _WELFARE and subject.who.startswith("staff"):
                subject = Subject("none")  # a teacher's black eye is not a welfare concern
            if subject.who == "pupil" and self._own_child(ctx):
                subject = Subject("own")  # "Ava's having her tonsils out so we'll miss it"
            weights = INSTITUTIONAL_SUBJECT_WEIGHT if category.institutional else SUBJECT_WEIGHT
            strength = hit.strength
            note = "; not a disclosure about an identifiable other person"
            near = (max(0, start - 80), end + 80)
            if (hit.detail == "injury" and _ACCIDENT.search(ctx.lower, *near)
                    and not DOUBTED_EXPLANATION.search(ctx.lower, *near)):
                strength, note = strength * ACCIDENT_FACTOR, "; reads as an everyday accident"
            elif _FICTION.search(ctx.lower, *sentence_bounds(ctx.lower, start, end)):
                strength, note = strength * FICTION_FACTOR, "; reads as a story, play or game"
            score = round(strength * weights[subject.who], 3)
            reason = f"{category.name} ({hit.detail}) about {SUBJECT_TEXT[subject.who]}"
            if score < FACT_THRESHOLD:
                reason += note
            findings.append(Finding(CONFIDENTIAL, DETECTOR_NAME, score, FACT_THRESHOLD, start,
                                    end, reason, subject.target))
        return findings

    @staticmethod
    def _own_child(ctx: RecognizerContext) -> bool:
        """A parent writing as a parent ("we'll", "our", "I've let the office know") with no
        sign of passing on what others said is talking about their own child."""
        return _OWN_PARENT.search(ctx.text) is not None and _HEARSAY.search(ctx.text) is None

    def _original_hits(self, ctx: RecognizerContext) -> list[tuple[_Hit, int, int]]:
        """Hits in the lower-cased text, plus any the normalised text adds (undone
        evasions, hidden characters), each with its span in the original text."""
        found = [(h, h.start, h.end) for h in self._hits(ctx.lower)]
        norm = ctx.parsed.norm
        if norm.text != ctx.lower:
            for h in self._hits(norm.text):
                start, end = norm.to_original(h.start, h.end)
                if not any(g.category is h.category and s < end and start < e
                           for g, s, e in found):
                    found.append((h, start, end))
        return found

    @staticmethod
    def _hits(text: str, prefilter: bool = True) -> list[_Hit]:
        """Every fact pattern in lower-case `text`; categories none of whose trigger words
        occur are skipped unless `prefilter` is off."""
        mask = -1
        if prefilter:
            mask = 0
            for token in _TRIGGER_WORDS.intersection(_TOKEN.findall(text)):
                mask |= _TRIGGERS[token]
            if not mask:
                return []
        hits: list[_Hit] = []
        for bit, (category, regex) in enumerate(_COMPILED):
            if not mask >> bit & 1:
                continue
            last: _Hit | None = None
            for m in regex.finditer(text):
                detail, strength, _ = category.patterns[int(m.lastgroup[1:])]  # type: ignore[index]
                if last is not None and m.start() <= last.end + 3:
                    # "assessed for autism" is one fact, not two.
                    last = _Hit(category, last.detail, max(strength, last.strength),
                                last.start, m.end())
                    hits[-1] = last
                    continue
                last = _Hit(category, detail, strength, m.start(), m.end())
                hits.append(last)
        return hits
