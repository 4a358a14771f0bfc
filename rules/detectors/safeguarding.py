"""Safeguarding: messages suggesting a child may be at risk of harm.

Any such message must reach the designated safeguarding lead, so this detector leans towards
recall: a false alarm costs the DSL a glance, a missed disclosure can cost a child. Each
signal is a phrase pattern with a weight; signals in one group are alternatives (the
strongest counts) and groups combine as independent evidence (noisy-or), so two weak signs
("same clothes again" + "no tea last night") add up to a flag where either alone would not.

Signals that only mean harm when a child is involved (bruises, "home alone") count in full
only when the message is about a child: a pupil mention or a child word ("my daughter", "a
boy in her class", "one of the Year 4 girls", "dzieci", "plentyn"). Neglect signs and threats
about the writer's own child ("my son's starving", "I'll kill him if he forgets his kit")
count for less, and so does a threat in a message about a staff member and no other child.
"""

import re

from rules.detectors.base import Mention, ParsedMessage
from rules.detectors.safeguarding_signals import (
    ADULT_THREAT,
    BEATING,
    CHALLENGE,
    CHILD,
    CONCERN,
    CONCERN_FACT,
    DOMESTIC,
    DOUBTED_EXPLANATION,
    EXPLOITATION,
    GROOMING,
    I_WILL,
    KNOWN_RISK,
    NEGLECT,
    PHYSICAL,
    SELF_HARM,
    SEXUAL,
    SIGNALS,
    THREAT_VERB,
    word_keys,
)
from rules.findings import Finding
from rules.labels import SAFEGUARDING
from rules.school import SchoolConfig

__all__ = ["ADULT_THREAT", "CHALLENGE", "CONCERN", "CONCERN_FACT", "DOMESTIC", "EXPLOITATION",
           "GROOMING", "KNOWN_RISK", "NEGLECT", "PHYSICAL", "SELF_HARM", "SEXUAL", "SIGNALS",
           "THRESHOLD", "SafeguardingDetector", "word_keys"]

THRESHOLD = 0.5
NO_CHILD_FACTOR = 0.6  # child-dependent signal in a message about no identifiable child
ACCIDENT_FACTOR = 0.3  # injury explained by sport, a fall or illness
OWN_CHILD_FACTOR = 0.6  # "starving", "I'll kill him": about one's own child, everyday talk
INFO_FACTOR = 0.5  # news and awareness talk about the topic in general, no pupil named
ADULT_TARGET_FACTOR = 0.5  # a threat in a message about a staff member and no other child
TOXIC_THREAT_LIMIT = 0.5

# Child words in other languages UK families write in (accents dropped): Polish, Romanian,
# Portuguese, Spanish, Italian, Urdu/Hindi and Bengali in Latin script, Welsh, Tagalog.
_CHILD_ABROAD = (r"dzieck\w*|dzieci\w*|corka|corki|syn|syna|chlopiec|chlopca|dziewczynk\w*|"
                 r"copil|copii|copiii|copilul|fiul|fiica|fetita|baiatul|crianca\w*|menin[oa]s?|"
                 r"filh[oa]s?|ninos?|ninas?|hij[oa]s?|bambin[oi]|bambin[ae]|figli[oa]|bach(?:a|ay|"
                 r"e|on|i)|bet[aie]|lark[aie]|meye|chele|baccha|plentyn|(?:y|ein|eich|fy) plant|"
                 r"[mf]erch fach|bachgen|bata|mga bata|anak")
# Anything that tells us the message is about a child.
CHILD_CONTEXT = re.compile(
    rf"\b(?:{CHILD}|{_CHILD_ABROAD}|brats?|year ?\d+s?|y\d|yr ?\d|reception|nursery|"
    r"breakfast club|poor little \w+|(?!(?:my|husband|hubby|wife|partner|boyfriend|girlfriend|"
    r"fiance)')\w+'s (?:mum|mam|mom|dad|step-?(?:dad|mum))|"
    r"(?:his|her|their) (?:mum|mam|mom|dad|step[- ]?(?:mum|dad)|parents)|after[- ]?school club|"
    r"playground|classmates?|(?:\d+|[a-z]+)[- ]?(?:year|yr)s?[- ]?old|\d+ ?(?:yo|y/o|yrs?)|(?:he|"
    r"she)'?s (?:only |just )?(?:\d|seven|eight|nine|six|five|four|ten|eleven)\b)\b"
    .replace("'", "['’]"))
# The writer's own child: neglect-like remarks about them are everyday parenting talk.
# ("My son's starving" is about him; "my son's friend" is about someone else.)
_IS = r"(?!['’]s (?!(?:starving|hungry|always|so|been|got|not|just|really|very|only|never|ill)\b))"
OWN_CHILD = re.compile(rf"\b(?:my|our) (?:\w+ )?{CHILD}\b{_IS}|\bmy (?:eldest|youngest|two|"
                       rf"\w+ year old)\b{_IS}")
# Someone else's child, or a report of what a child said or showed.
OTHER_CHILD = (r"\b(?:a|another|one of the|this|that|these|those|your|whichever|whoever['’]?s) "
               r"(?:little |young |older )?(?:\w+ )?(?:boys?|girls?|lads?|kids?|child|children|"
               r"brats?|sons?|daughters?)\b")
THIRD_PARTY = re.compile(rf"\b(?:told|tells|telling|says|said|saw|seen|noticed)\b|{OTHER_CHILD}")
# A grown-up at the school: "I'll break his fingers" after "if Mr X grabs my son again" is a
# threat to that adult, not to a child.
STAFF_WORDS = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|sir)\.? [a-z]|\bthe (?:caretaker|teacher|"
                         r"head|headteacher|ta|dinner lady|coach|lollipop (?:man|lady))\b")
OTHER_CHILD_RE = re.compile(OTHER_CHILD)
# Injuries with an everyday explanation.
ACCIDENT = re.compile(
    r"\b(?:fell|fall(?:en|ing|s)?|trip(?:ped)?|slipped|football|rugby|netball|hockey|cricket|pe|"
    r"gymnastics|trampolin\w*|bike|scooter|skateboard|climbing|tree|match|tackle|accident|"
    r"crash(?:ed)?|bumped|banged|clumsy|chickenpox|eczema|nettles?|bites?|jabs?|vaccin\w*|"
    r"injection|karate|judo|boxing|sports day|race|swimming|playing)\b")
# News and awareness talk: the topic in general, not a child in this community. (Policies
# and helplines are left out: "should I ring the NSPCC?" often comes with a real worry.)
INFO = re.compile(
    r"\b(?:the news|news (?:story|report|article)|bbc|article|documentary|headlines?|awareness|"
    r"workshop|online safety|e-?safety|talk (?:on|about)|session (?:on|about)|assembly (?:on|"
    r"about)|pshe|rse)\b")


# Which signals each anchor key can trigger.
_BY_ANCHOR: dict[str, tuple[int, ...]] = {
    key: tuple(i for i, sig in enumerate(SIGNALS) if key in sig.anchors)
    for key in {k for sig in SIGNALS for k in sig.anchors}}

# "... sort <pupil> out, I will": an adult promising to deal with a named child.
_BEFORE_PUPIL = re.compile(rf"\b(?:{THREAT_VERB}\w*|deal with|give)\s+(?:that\s+|the\s+)?$")
_AFTER_PUPIL = re.compile(rf"^\s*(?:out\b[^.!?]{{0,20}}\b(?:i will|i['’]?ll|myself)\b|a (?:good "
                          rf"|proper )?{BEATING})")
# "<pupil> needs a good slap".
_PUPIL_DESERVES = re.compile(rf"^\s*(?:needs|deserves|wants|could do with|is getting|will get|"
                             rf"['’]s getting) a (?:good |proper )?{BEATING}")
# "<pupil> ... I'll smack him": a threat to hurt a named child.
_PUPIL_THEN_THREAT = re.compile(
    rf"^[^.!?]{{0,70}}\b{I_WILL} (?:\w+ )?(?:(?:{THREAT_VERB.replace('|sort', '')}|break|kill|"
    rf"murder|deal with|skelp|lamp|leather|knock)\w* (?:him|her|(?:his|her) \w+)\b|sort (?:him|"
    rf"her) out (?:myself|properly|good))")


class SafeguardingDetector:
    """Flags messages suggesting a child may be at risk, for the safeguarding lead."""

    name = "safeguarding"
    labels = frozenset({SAFEGUARDING})

    def __init__(self, school: SchoolConfig) -> None:
        self.school = school

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Return one safeguarding finding (fired or near miss), or none without a signal."""
        text = parsed.norm.text
        pupils = parsed.pupil_mentions()
        candidates = sorted({i for key in word_keys(text) for i in _BY_ANCHOR.get(key, ())})
        matched = [(SIGNALS[i], m) for i in candidates if not SIGNALS[i].supports
                   and (m := _first_match(SIGNALS[i].pattern, parsed)) is not None]
        threats = _threats_to_pupils(parsed, pupils)
        if not matched and not threats:
            return []
        primary = {signal.category for signal, _ in matched}
        # Supporting signals only count beside a primary one, so only then are they looked for.
        matched += [(SIGNALS[i], m) for i in candidates if SIGNALS[i].supports
                    and (SIGNALS[i].category in primary or SIGNALS[i].category == CONCERN)
                    and (m := _first_match(SIGNALS[i].pattern, parsed)) is not None]
        # Ages like "10yo" are checked in the original too: the normaliser reads digits inside
        # words as leetspeak ("ioyo").
        child = bool(pupils) or any(CHILD_CONTEXT.search(t) for t in (text, parsed.text.lower()))
        own_only = (not pupils and OWN_CHILD.search(text) is not None
                    and THIRD_PARTY.search(text) is None)
        accident = ACCIDENT.search(text) is not None and DOUBTED_EXPLANATION.search(text) is None
        adult_target = (not pupils and OTHER_CHILD_RE.search(text) is None
                        and (bool(parsed.staff_mentions())
                             or STAFF_WORDS.search(text) is not None))
        best: dict[str, _Hit] = {}
        for signal, m in matched:
            weight = signal.weight
            if signal.needs_child and not child:
                weight *= NO_CHILD_FACTOR
            if signal.group == "injury" and accident:
                weight *= ACCIDENT_FACTOR
            if signal.category in (NEGLECT, ADULT_THREAT) and own_only:
                weight *= OWN_CHILD_FACTOR
            if signal.category == ADULT_THREAT and adult_target:
                weight *= ADULT_TARGET_FACTOR
            start, end = parsed.norm.to_original(m.start(), m.end())
            _keep(best, signal.group, (weight, start, end, signal.category))
        for hit in threats:
            _keep(best, "adult_threat", hit)
        if not best:
            return []
        info = INFO_FACTOR if not pupils and INFO.search(text) else 1.0
        miss = 1.0
        for weight, *_ in best.values():
            miss *= 1.0 - weight * info
        score = round(min(1.0 - miss, 0.99), 3)
        _, start, end, category = max(best.values())
        more = f" (+{len(best) - 1} more signs)" if len(best) > 1 else ""
        return [Finding(label=SAFEGUARDING, detector=self.name, score=score,
                        threshold=THRESHOLD, start=start, end=end,
                        reason=f"safeguarding: {category}{more}",
                        target=_target(parsed, pupils, start, category))]


_Hit = tuple[float, int, int, str]  # weight, start, end (original text), category
# Between an adult and a harm verb, these mean someone else may be the one acting.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|thinks|reckons|heard|saw|claims)\b")
MAX_TRIES = 5  # matches tried per signal before giving up on the gap check


def _first_match(pattern: re.Pattern[str], parsed: ParsedMessage) -> re.Match[str] | None:
    """The first match whose adult is plausibly the one acting.

    For patterns with a `gap` group (adult ... harm verb), a gap that reports speech or
    holds a named pupil ("the teacher said Sam hit her") is rejected.
    """
    if "gap" not in pattern.groupindex:
        return pattern.search(parsed.norm.text)
    pos = 0
    for _ in range(MAX_TRIES):
        m = pattern.search(parsed.norm.text, pos)
        if m is None:
            return None
        start, end = parsed.norm.to_original(m.start("gap"), m.end("gap"))
        if not _REPORTED.search(m.group("gap")) and not any(
                p.kind == "pupil" and p.start < end and start < p.end for p in parsed.mentions):
            return m
        pos = m.start() + 1  # matches may overlap: "mum told me dad hits her"
    return None


def _threats_to_pupils(parsed: ParsedMessage, pupils: list[Mention]) -> list[_Hit]:
    """Adults promising to hurt a named child, by pattern or by the threat score."""
    hits: list[_Hit] = []
    for m in pupils:
        lead = max(0, m.start - 30)
        verb = _BEFORE_PUPIL.search(parsed.text[lead:m.start].lower())
        after = parsed.text[m.end:m.end + 80].lower()
        if verb and _AFTER_PUPIL.search(after):
            hits.append((0.6, lead + verb.start(), m.end, ADULT_THREAT))
        elif deserves := _PUPIL_DESERVES.search(after):
            hits.append((0.6, m.start, m.end + deserves.end(), ADULT_THREAT))
        elif threat := _PUPIL_THEN_THREAT.search(after):
            hits.append((0.6, m.start, m.end + threat.end(), ADULT_THREAT))
    if pupils and parsed.toxicity.get("threat") >= TOXIC_THREAT_LIMIT:
        start, end = parsed.toxicity.evidence.get("threat", (pupils[0].start, pupils[0].end))
        hits.append((0.3, start, end, ADULT_THREAT))
    return hits


def _keep(best: dict[str, _Hit], group: str, hit: _Hit) -> None:
    """Keep the strongest hit per group."""
    if group not in best or hit[0] > best[group][0]:
        best[group] = hit


def _target(parsed: ParsedMessage, pupils: list[Mention], start: int,
            category: str) -> str | None:
    """The child the concern is about (nearest pupil mention), else a staff member of concern."""
    if pupils:
        return min(pupils, key=lambda m: abs(m.start - start)).target
    staff = parsed.staff_mentions()
    if staff and category in (GROOMING, SEXUAL, PHYSICAL):
        return staff[0].target
    return None
