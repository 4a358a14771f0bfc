"""School complaints: criticism of the school's values, methods, decisions or policies.

A complaint needs two things: a target that is the institution ("this school", the school's
own name or short form, "SLT", the governors, or "they" or a policy word near the verdict)
and a negative verdict (scorn, "they don't care", hypocrisy, fed up, sarcasm, "makes no
sense", collective punishment, never being told). Some verdicts carry their own target: a
decision only the school makes ("the whole class loses golden time for what two kids did"),
a threat to its property over a grievance, hostility to its inclusion choices. The score is
their product, damped by signs that the message is a question, a disclaimer ("not
moaning"), a joke, praise of the school, or blames someone else (the government, the
council). VADER's sentiment
only nudges a verdict a cue already found, and only when that could change the outcome; it
never decides alone, because it misreads sarcasm both ways.

When a staff member is mentioned, only an institutional marker in the verdict's sentence
counts ("her leadership team" and "she's ruined this place" do not): "the head's new rule is
bonkers" is about the head, while "this school's SEN provision is a shambles, and Ms X is
the worst" is about both. A policy word counts too when it is judged in a clause that comes
before any staff member ("the homework policy is a farce, and Mr X enforcing it ...").

The verdict cues are in `rules.detectors.school_complaint_cues`, the markers of a target in
`rules.detectors.school_complaint_targets`; this module pairs them and scores the pair.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import islice

from rules.detectors.base import ParsedMessage
from rules.detectors.school_complaint_cues import (
    ANCHOR_LENGTH,
    CUES,
    FED_UP,
    HOSTILE,
    HYPOCRISY,
    NAMES,
    NEAR,
    OTHER_LANGUAGE,
    PROPERTY,
    SARCASM,
    SCORN,
    SCORN_FOLLOW,
    UNCARING,
    UNFAIR,
    WORD,
    make_cue,
    rx,
)
from rules.detectors.school_complaint_targets import (
    CLAUSE,
    CLAUSE_BREAK,
    MIN_SENTENCE_WORDS,
    OFSTED,
    OTHER_SCHOOL,
    PERSON_SUBJECT,
    PLACE_MARKERS,
    POSSESSED,
    SENTENCE,
    STAFF_WORDS,
    SUBJECT_GAP,
    THEY_MARKERS,
    TIER_A_TEMPLATE,
    TIER_B_MARKERS,
    TOPIC_MARKERS,
)
from rules.findings import Finding
from rules.labels import SCHOOL_COMPLAINT
from rules.normalise import normalise
from rules.school import SchoolConfig, school_short_forms

__all__ = ["FED_UP", "HOSTILE", "HYPOCRISY", "OTHER_LANGUAGE", "PROPERTY", "SARCASM", "SCORN",
           "THRESHOLD", "UNCARING", "UNFAIR", "SchoolComplaintDetector", "school_short_forms"]

THRESHOLD = 0.5
MAX_MATCHES = 8  # per cue or marker: bounds the pairing work on very long messages
TIER_A = 1.0  # "this school", the school's name: unmistakably the institution
TIER_B = 0.9  # SLT, governors, leadership, "this place"; Ofsted without staff named
TOPIC = 0.8  # one of the school's policies or provisions, no institution named
THEY = 0.5  # "they" alone: often the school, but as often the kids or other parents
THEY_AND_TOPIC = 0.85
DISCLAIMER_FACTOR = 0.35  # "not moaning", "to be fair"
CHANNEL_FACTOR = 0.5  # points to the complaints procedure or says they will ask
QUESTION_FACTOR = 0.5  # asks for information ("does anyone know why ...")
JOKE_FACTOR = 0.6  # laughing, without naming the institution
JOKE_PROOF = 0.75  # sarcasm this strong is meant even with a "lol"
ELSEWHERE_FACTOR = 0.4  # blames the government or council
PRAISE_FACTOR = 0.5  # "the school have been really supportive": the verdict is about another thing
VADER_NEGATIVE = -0.5  # compound at or below this strengthens a verdict
VADER_BOOST = 0.1
STRONG = 0.85  # verdicts this strong are not weakened by a question

# Signs that weaken a verdict: a disclaimer, the proper channel, a question, a joke, someone
# else to blame, praise of the school.
DISCLAIMER = rx(r"\b(?:not (?:a complaint|complaining|moaning|a moan|having a go|criticising|"
                r"a criticism)|no complaints|(?:aren't|isn't|not) complaining|to be fair|"
                r"in fairness|tbf|fair play|credit where|not the school's fault|"
                r"not their fault)\b")
CHANNEL = rx(r"\b(?:complaints? (?:procedure|policy|process|form)|formal complaints?|raise it "
             r"with|raising (?:it|things) with|email(?:ed)? the (?:head|office|school)|i'?(?:ll|"
             r"ve) (?:ask|asked|emailed|email|raise|raised|mention|mentioned)|book a meeting|"
             r"go through the (?:school|office|proper))\b")
QUESTION = rx(r"\b(?:does anyone know|anyone know|is it true|why did|can someone explain|is "
              r"there a|how do|does anybody know|what's the rule)\b")
JOKE = rx(r"😂|🤣|😆|😅|\blol\b|\blmao\b|\bhaha\w*|\bhehe\b")
ELSEWHERE = rx(r"\b(?:(?:it's|its|it is|blame) (?:the |all the )?(?:government|council|dfe)|"
               r"(?:government|council|dfe)(?:'s)? fault|not the school|underfunded|"
               r"funding cuts)\b")
# Praise of the school in the same message: a scornful word is about something else.
PRAISE = rx(r"\b(?:(?:have|has) been|are|were) (?:so |really |very |absolutely |incredibly )?"
            r"(?:supportive|brilliant|amazing|fantastic|helpful|lovely|wonderful|"
            r"understanding)\b|\bcan't fault\b")
SARCASM_MARK = rx(r"🙄|🙃|\b(?:not|yeah right|as if)\b")


class SchoolComplaintDetector:
    """Flags complaints aimed at the school as an institution."""

    name = "school_complaint"
    labels = frozenset({SCHOOL_COMPLAINT})

    def __init__(self, school: SchoolConfig,
                 sentiment: Callable[[str], float] | None = None) -> None:
        """Build the school's patterns.

        Args:
            school: The school, for its name and short forms.
            sentiment: Compound sentiment in [-1, 1] (the bot passes VADER's); without it,
                tone never strengthens a verdict.
        """
        self.school = school
        # The name is normalised like messages are (accents, curly quotes) before matching.
        # Its short forms: "Larkfield Primary School" is "Larkfield", "St Mary's CE VC
        # Primary Academy" is "St Mary's".
        forms = school_short_forms(normalise(school.school).text)
        names = "|".join(re.escape(f).replace("'", "'?") for f in forms) or "(?!x)x"
        self._tier_a = rx(TIER_A_TEMPLATE.replace("{names}", names))
        self._cues = tuple(make_cue(cat, w, anchors, regex.replace("{names}", names), scope)
                           for cat, w, anchors, regex, scope in CUES)
        self._by_anchor: dict[str, tuple[int, ...]] = {
            key: tuple(i for i, c in enumerate(self._cues) if key in c.anchors)
            for key in {k for c in self._cues for k in c.anchors}}
        self._literal_cues = tuple(i for i, c in enumerate(self._cues) if c.literals)
        self._sentiment = sentiment

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Return one school-complaint finding (fired or near miss), or none."""
        text = parsed.norm.text
        keys = {w[:ANCHOR_LENGTH] for w in WORD.findall(text)}
        found = {i for key in keys for i in self._by_anchor.get(key, ())}
        padded = f" {text}"  # a quotation mark opening the message counts as after a space
        found.update(i for i in self._literal_cues
                     if any(ch in padded for ch in self._cues[i].literals))
        verdicts = [(self._cues[i], m) for i in sorted(found)
                    for m in islice(self._cues[i].pattern.finditer(text), MAX_MATCHES)]
        if not verdicts:
            return []
        staff = bool(parsed.staff_mentions()) or STAFF_WORDS.search(text) is not None
        targets = [(TIER_A, m) for m in islice(self._tier_a.finditer(text), MAX_MATCHES)]
        targets += [(TIER_B, m) for m in islice(TIER_B_MARKERS.finditer(text), MAX_MATCHES)
                    if not (staff and POSSESSED.search(text, max(0, m.start() - 30), m.start()))]
        verdicts = [(cue, v) for cue, v in verdicts if cue.category != SCORN
                    or SCORN_FOLLOW.match(text, v.end()) or TOPIC_MARKERS.match(text, v.end() + 1)]
        if not verdicts:
            return []
        targets += [(TIER_B, m) for m in islice(PLACE_MARKERS.finditer(text), MAX_MATCHES)]
        topics = list(islice(TOPIC_MARKERS.finditer(text), MAX_MATCHES))
        if staff:
            verdicts = [(cue, v) for cue, v in verdicts if not _about_a_person(parsed, v)]
            # "The homework policy is a farce, and Mr X enforcing it doesn't help": a policy
            # judged in a clause of its own is the school's.
            targets += [(TOPIC, t) for t in topics if _staff_free_clause(parsed, t, verdicts)]
        else:
            targets += [(TIER_B, m) for m in islice(OFSTED.finditer(text), MAX_MATCHES)]
            they = THEY_MARKERS.search(text)
            targets += [(THEY_AND_TOPIC if they else TOPIC, t) for t in topics]
            if they and not topics:
                targets.append((THEY, they))
        others = list(islice(OTHER_SCHOOL.finditer(text), MAX_MATCHES))
        pair = self._best_pair(text, verdicts, targets, staff, others)
        if pair is None:
            return []
        target_weight, verdict_weight, category, span, names_school = pair
        rest = target_weight * self._damping(text, verdict_weight, category, names_school)
        score = rest * verdict_weight
        # VADER runs only when its nudge could lift the score over the threshold: it costs
        # about as much as everything else here together.
        if THRESHOLD - rest * VADER_BOOST <= score < THRESHOLD:
            score = rest * self._strengthen_by_tone(parsed.text, verdict_weight)
        start, end = parsed.norm.to_original(*span)
        return [Finding(label=SCHOOL_COMPLAINT, detector=self.name, score=round(score, 3),
                        threshold=THRESHOLD, start=start, end=end,
                        reason=f"school complaint: {category}")]

    @staticmethod
    def _best_pair(text: str, verdicts: list, targets: list, staff: bool,
                   others: list) -> tuple[float, float, str, tuple[int, int], bool] | None:
        """The strongest (target, verdict) pairing.

        Institutional markers ("this school", SLT) may sit anywhere in the message; "they"
        or a policy word must be in the verdict's sentence or the one before or after, and
        with a staff member named, or for quote marks and eye-rolls, in the same sentence.
        A verdict nearer a mention of another school ("our old school was a shambles") is
        about that school.
        """
        starts = [m.start() for m in SENTENCE.finditer(text)
                  if len(WORD.findall(m.group())) >= MIN_SENTENCE_WORDS or not m.start()]

        def sentence(m: re.Match[str]) -> int:
            return bisect_right(starts, m.start())

        best = None
        for cue, v in verdicts:
            options = [(TIER_A, v)] if cue.scope == NAMES else targets
            for weight, t in options:
                gap = abs(sentence(t) - sentence(v))
                if gap > (0 if staff or cue.scope == NEAR else 1 if weight < TIER_B else gap):
                    continue
                if any(sentence(o) == sentence(v)
                       and abs(o.start() - v.start()) < abs(t.start() - v.start())
                       for o in others):
                    continue
                span = (min(t.start(), v.start()), max(t.end(), v.end())) if not gap else v.span()
                candidate = (weight * cue.weight, weight, cue.weight, cue.category, span,
                             cue.scope == NAMES or weight == TIER_A)
                if best is None or candidate[0] > best[0]:
                    best = candidate
        return None if best is None else best[1:]

    def _strengthen_by_tone(self, original: str, verdict: float) -> float:
        """A verdict VADER also reads as clearly negative counts a little more.

        Warm words are no excuse (passive-aggressive complaints are full of them), so a
        positive reading never weakens a verdict.
        """
        if self._sentiment is None:
            return verdict
        compound = self._sentiment(original[:2000])
        return min(1.0, verdict + VADER_BOOST) if compound <= VADER_NEGATIVE else verdict

    @staticmethod
    def _damping(text: str, verdict: float, category: str, names_school: bool) -> float:
        """Factors for disclaimers, proper channels, questions, jokes and other targets."""
        factor = 1.0
        if DISCLAIMER.search(text):
            factor *= DISCLAIMER_FACTOR
        if CHANNEL.search(text):
            factor *= CHANNEL_FACTOR
        if verdict < STRONG and QUESTION.search(text):
            factor *= QUESTION_FACTOR
        joke_proof = category == SARCASM and verdict >= JOKE_PROOF  # sarcasm often says "lol"
        if not names_school and not joke_proof and JOKE.search(text):
            factor *= JOKE_FACTOR
        if ELSEWHERE.search(text):
            factor *= ELSEWHERE_FACTOR
        if PRAISE.search(text) and not SARCASM_MARK.search(text):
            factor *= PRAISE_FACTOR
        return factor


def _staff_free_clause(parsed: ParsedMessage, topic: re.Match[str], verdicts: list) -> bool:
    """True when the topic shares a clause with a verdict and no staff member comes before
    the clause's end (the institution is judged first, then perhaps a person)."""
    text = parsed.norm.text
    for clause in CLAUSE.finditer(text):
        if not clause.start() <= topic.start() < clause.end():
            continue
        if not any(clause.start() <= v.start() < clause.end() for _, v in verdicts):
            return False
        _, end = parsed.norm.to_original(clause.start(), clause.end())
        return not STAFF_WORDS.search(text, 0, clause.end()) and not any(
            m.start < end for m in parsed.staff_mentions())
    return False


def _about_a_person(parsed: ParsedMessage, verdict: re.Match[str]) -> bool:
    """True when the verdict's subject is "he"/"she" or a staff member just before it."""
    text = parsed.norm.text
    if PERSON_SUBJECT.search(text, max(0, verdict.start() - SUBJECT_GAP), verdict.start()):
        return True
    start, _ = parsed.norm.to_original(verdict.start(), verdict.end())
    subjects = [(m.start, m.end) for m in parsed.staff_mentions()]
    subjects += [parsed.norm.to_original(*m.span()) for m in STAFF_WORDS.finditer(text)]
    return any(0 <= start - end <= SUBJECT_GAP and not CLAUSE_BREAK.search(parsed.text, end, start)
               for _, end in subjects)
