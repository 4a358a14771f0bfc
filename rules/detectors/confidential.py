"""Confidential disclosures: someone else's private details posted in the group.

Two families of recognizers, each a set of declared patterns plus one hook that decides
whether a match is a disclosure (Presidio's recognizer shape):

- contact and security details (phone numbers, emails, home addresses and postcodes,
  social-media profiles, door/gate/key-safe/alarm codes). The school's own published
  contacts, whether configured in `SchoolConfig.public_contacts` or presented as the
  office's ("the number's on the website"), and the writer's own details are near misses;
- sensitive facts (health, pregnancy, mental health, SEN, exclusion, social services,
  police, sexuality, family breakdown, child welfare, discipline, complaint outcomes).
  A fact only counts when it is about another identifiable person: a named member of
  staff or pupil, their family ("Lily P's mum"), or another named adult. The subject is
  found by `_Subjects`: the person phrase nearest before the fact (or its direct object,
  "suspending my lad"), following pronouns back to who they stand for. Facts a parent
  shares about their own family ("my son has ADHD", or a child named in a message written
  as their parent with no hearsay), general talk ("do they do EHCP assessments?"), stories
  and plays, and everyday injuries ("a black eye from a football") score below the
  threshold.

Every finding carries its score, threshold, evidence span in the original text and a
reason naming the category and whom it concerns, never the disclosed data itself.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumberMatcher

from rules.detectors.base import Mention, ParsedMessage
from rules.findings import Finding
from rules.labels import CONFIDENTIAL
from rules.school import SchoolConfig, school_name_words

DETECTOR_NAME = "confidential"

# -- scores and thresholds --------------------------------------------------------------
# Contact details, addresses, profiles and codes fire at 0.5; the score says how directly
# the match reaches one private person.
CONTACT_THRESHOLD = 0.5
MOBILE_SCORE = 0.9  # a mobile reaches one person directly
LANDLINE_SCORE = 0.8  # a home landline, and it gives away the area
FOREIGN_PHONE_SCORE = 0.8  # a valid non-UK number
SERVICE_PHONE_SCORE = 0.3  # 03/08 numbers belong to helplines and businesses
EMAIL_SCORE = 0.85
ROLE_EMAIL_SCORE = 0.3  # office@, admin@: addresses organisations publish
WORK_EMAIL_SCORE = 0.2  # .sch.uk, .gov.uk, .nhs.uk: work addresses, not personal ones
STREET_ADDRESS_SCORE = 0.85  # "14 Beech Crescent"
STREET_ONLY_SCORE = 0.7  # "lives on Beech Crescent"
POSTCODE_SCORE = 0.7
UNCUED_LOWERCASE_ADDRESS_SCORE = 0.4  # "3 oak way" with nothing saying it is an address
SOCIAL_SCORE = 0.85
SECURITY_SCORE = 0.9
PUBLIC_SCORE = 0.05  # the school's own published contact
OWN_CONTACT_SCORE = 0.3  # the writer's own details are theirs to share

# A sensitive fact scores its pattern strength times how identifiable its subject is.
FACT_THRESHOLD = 0.6
SUBJECT_WEIGHT = {
    "staff": 1.0, "pupil": 1.0, "staff_family": 1.0, "pupil_family": 1.0,
    "named": 0.9,  # a named adult outside the roster ("Kerry's husband")
    "someone": 0.45,  # "one of the Year 4 girls": concerning, not identifying
    "none": 0.3,  # general talk: "do they do EHCP assessments?"
    "own": 0.15,  # the writer's own family: theirs to share
}
# Discipline and complaint outcomes stay confidential when the person is only "a member
# of staff": the disclosure is the outcome of a confidential process.
INSTITUTIONAL_SUBJECT_WEIGHT = {**SUBJECT_WEIGHT, "someone": 0.85, "none": 0.5}
SUBJECT_TEXT = {
    "staff": "a named member of staff", "pupil": "a named pupil",
    "staff_family": "the family of a named member of staff",
    "pupil_family": "the family of a named pupil", "named": "another named person",
    "someone": "someone not identified by name", "none": "no particular person",
    "own": "the writer's own family",
}
MAX_FINDINGS = 30  # a 10,000-character paste should not flood the review queue
BACK_WINDOW = 150  # characters a fact may sit after the person it is about
FORWARD_WINDOW = 40  # ... or before them, in the same clause
ANTECEDENT_WINDOW = 300  # how far back a pronoun may point

# -- person phrases ---------------------------------------------------------------------
_RELATIONS_F = ("mum", "mam", "mom", "mummy", "mother", "stepmum", "step-mum", "sister",
                "nan", "nana", "nanny", "gran", "granny", "grandma", "wife", "girlfriend",
                "aunt", "auntie", "aunty", "daughter", "stepdaughter", "fiancee")
_RELATIONS_M = ("dad", "daddy", "father", "stepdad", "step-dad", "brother", "grandad",
                "grandpa", "husband", "hubby", "boyfriend", "uncle", "son", "stepson",
                "fiance")
_RELATIONS_X = ("parents", "parent", "partner", "ex", "cousin", "family", "kids", "children",
                "baby", "siblings", "grandparents", "carer", "carers")
_RELATION = ("(?:(?:big|little|baby|older|younger|new|ex|step|real)[- ]?)?(?:"
             + "|".join(sorted(_RELATIONS_F + _RELATIONS_M + _RELATIONS_X, key=len,
                               reverse=True)) + ")s?")
_GENDER = {**dict.fromkeys(_RELATIONS_F, "f"), **dict.fromkeys(_RELATIONS_M, "m"),
           "son": "m", "boy": "m", "lad": "m", "girl": "f", "he": "m", "him": "m", "his": "m",
           "she": "f", "her": "f", "hers": "f", "mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_APOS = "['’]"
_NAME = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+"
# "'s mum", "'s big brother", "'s mum's boyfriend" right after a name.
_RELATION_SUFFIX = re.compile(rf"{_APOS}s\s+(?P<rel>{_RELATION})(?:{_APOS}s\s+{_RELATION})*\b",
                              re.IGNORECASE)
# Words often capitalised mid-sentence in school chats that are not people.
_NOT_NAMES = frozenset("""
year years reception nursery school primary academy class mr mrs ms miss mx dr sir mum dad
nan grandad head deputy office pta ta god jesus christmas easter halloween diwali eid ramadan
hanukkah monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december english maths science
instagram insta facebook tiktok snapchat twitter whatsapp telegram youtube google amazon
roblox police council ofsted governors nhs covid hospital sats key stage pe re art music
polish romanian british english scottish welsh irish muslim christian jewish hindu sikh
lego pokemon pokémon gruffalo parentmail ok okay lol omg xx heads hi hello thanks
who what when where why how which it its this that these those there here they he she we
you everyone everybody anyone anybody someone somebody nobody all both each every no yes
apparently honestly poor just also anyway sorry please well
""".split())
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_NAME_THEN_VERB = re.compile(r"['’]s\b|\s+(?:is|was|has|had|got)\b")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n()]|\b(?:and|but|so|because|cos|or|who|which)\b", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|said to|asked|texted|messaged|warned)\s+$",
                          re.IGNORECASE)
_TELLS_AFTER = re.compile(r"\s+(?:told|tells|said|says|mentioned|reckons)\b", re.IGNORECASE)
_REPORTED_GAP = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE)

SELF, OWN, MENTION, NAMED, RELATIVE, PRONOUN, SOMEONE, ASKED, THING = (
    "self", "own", "mention", "named", "relative", "pronoun", "someone", "asked", "thing")
# Pets and belongings: "Tilly's dog had an operation" is about the dog.
_THINGS = ("dog|cat|puppy|kitten|hamster|rabbit|bunny|guinea pig|pet|horse|pony|fish|tortoise|"
           "budgie|car|van|house|phone|garden")
_OWN_WORDS = ("son|daughter|boy|girl|lad|kid|child|children|kids|boys|girls|lads|little ones?"
              "|youngest|eldest|oldest|middle one|husband|wife|partner|hubby|other half|baby"
              "|twins|two|three|mum|mam|mom|dad|mother|father|brother|sister|nan|gran|granny"
              "|grandma|grandad|family|stepson|stepdaughter|fianc[eé]e?")
_HEDGES = r"(?!\s+(?:think|thought|heard|hear|reckon|guess|believe|suppose|mean|know|gather|" \
          r"assume|bet|swear)\b)"
_SOMEONE = (r"\b(?:a|an|one|some|another|this|that)\s+(?:of\s+(?:the|our|my)\s+)?(?:[\w-]+\s+)"
            r"{0,2}?(?:boy|girl|child|kid|lad|pupil|student|member of staff|staff member|"
            r"teacher|ta|parent|mum|dad|man|woman|family|lady|bloke|guy)s?\b|"
            r"\b(?:someone|somebody|whoever)\b|"
            rf"\b(?:my|our)\s+(?:\w+{_APOS}s\s+)?(?:friend|mate|neighbour|colleague|boss)s?\b|"
            rf"\b(?:my|our)\s+\w+{_APOS}s\s+(?:{_RELATION}|teacher)\b")
# Two passes find every person phrase: one over the lower-cased text, one where case
# matters (names and "I"). Where alternatives start at the same place the earlier wins, so
# "my son's friend" (someone else) comes before "my son" (own family).
_LOWER_REFS = re.compile("|".join(f"(?P<{kind}>{src})" for kind, src in (
    (THING, rf"\b[\w-]+{_APOS}s\s+(?:{_THINGS})s?\b|\b(?:the|our|my|their|his|her)\s+"
            rf"(?:{_THINGS})s?\b"),
    (SOMEONE, _SOMEONE),
    (OWN, rf"\b(?:my|our)\s+(?:(?:own|little|eldest|youngest|oldest|middle|older|younger|big|"
          rf"baby)\s+)?(?:{_OWN_WORDS})\b|\b(?:ours|mine)\b"),
    (RELATIVE, rf"\b(?:his|her|their)\s+(?P<rel>{_RELATION})(?:{_APOS}s\s+{_RELATION})*\b"),
    (SELF, r"\b(?:me|myself|we|we['’](?:re|ve)|us)\b"),
    (PRONOUN, r"\b(?:he|she|him|her|his|hers)\b"),
    (ASKED, r"\b(?:which|what)\s+(?:kid|child|boy|girl|teacher|family|one)\b|"
            r"(?:^|(?<=[.!?\n]))\s*who(?:['’]s|\s+(?:got|is|was|has|had))\b"),
)))
_CASED_REFS = re.compile("|".join(f"(?P<{kind}>{src})" for kind, src in (
    # The writer; "I think", "I heard" only hedge what follows.
    (SELF, rf"\bI(?:['’](?:m|ve|d|ll))?\b{_HEDGES}|\bi['’](?:m|ve|d|ll)\b"),
    (OWN, rf"\b(?:[Mm]y|[Oo]ur)\s+{_NAME}\b"),  # "My Teodor", "Our Poppy"
    # A named adult outside the roster, e.g. "Jodie", "Kerry's husband", "Mrs Smith".
    (NAMED, rf"(?:{_TITLE})?{_NAME}(?:\s[A-Z]\b)?(?:{_APOS}s\s+{_RELATION}\b)?"),
)))
_REF_PRIORITY = {MENTION: 0, OWN: 1, RELATIVE: 2, SOMEONE: 3, NAMED: 4, SELF: 5, PRONOUN: 6,
                 ASKED: 7, THING: 8}


@dataclass(frozen=True)
class _Ref:
    """A phrase that refers to a person."""

    start: int
    end: int
    kind: str
    gender: str = ""  # "m", "f" or "" when unknown
    owner_gender: str = ""  # for "his mum": the gender of "his"
    mention: Mention | None = None
    relative: bool = False  # "Lily P's mum": the family of the person named


@dataclass(frozen=True)
class _Subject:
    """Whom a fact is about: a `SUBJECT_WEIGHT` key and the finding target, if known."""

    who: str
    target: str | None = None


def _gender_of(word: str) -> str:
    """"m", "f" or "" for a relation, title or pronoun ("mums" counts as "mum")."""
    word = word.lower().rstrip(".")
    return _GENDER.get(word) or (_GENDER.get(word[:-1], "") if word.endswith("s") else "")


def _same_length_lower(text: str) -> str:
    """Lower case with offsets kept (a few characters, like "İ", lower-case to two)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _sentence_initial(text: str, pos: int) -> bool:
    """True at the start of the text or after . ! ? : a line break or an emoji."""
    before = text[max(0, pos - 12):pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:" or not before[-1].isascii()


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end)."""
    s0 = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)),
             default=max(0, start - 300))
    s1 = next((m.start() for m in _SENTENCE_BREAK.finditer(text, end)), len(text))
    return s0, s1


class _Subjects:
    """Finds the person phrases in one message and says whom a span is about."""

    def __init__(self, text: str, lower: str, mentions: list[Mention]):
        self.text = text
        self.refs = self._find(text, lower, mentions)
        self._starts = [r.start for r in self.refs]
        self._child_first = False

    @staticmethod
    def _find(text: str, lower: str, mentions: list[Mention]) -> list[_Ref]:
        found: list[_Ref] = []
        for m in mentions:
            ext = _RELATION_SUFFIX.match(text, m.end)
            gender = _gender_of(m.key.split()[0]) if m.kind == "staff" else ""
            if ext:
                found.append(_Ref(m.start, ext.end(), MENTION, _gender_of(ext["rel"]),
                                  gender, m, relative=True))
            else:
                found.append(_Ref(m.start, m.end, MENTION, gender, mention=m))
        for hit in [*_LOWER_REFS.finditer(lower), *_CASED_REFS.finditer(text)]:
            kind = hit.lastgroup or ""
            if kind == NAMED and not _plausible_name(text, hit):
                continue
            # "Kai's mum told me social services ...": the listener is not the subject.
            if kind == SELF and _TOLD_BEFORE.search(text, max(0, hit.start() - 15),
                                                    hit.start()):
                continue
            words = hit.group(0).lower().replace("’", "'").split()
            relative = kind == RELATIVE or (kind == NAMED and "'s" in " ".join(words))
            # The person's gender from the last word ("a girl", "his mum"); a titled
            # name's from its title. "his" in "his mum" is the owner's.
            last = _gender_of(words[-1])
            gender = last if relative or kind != NAMED else _gender_of(words[0])
            owner = _gender_of(words[0].split("'")[0]) if relative else ""
            found.append(_Ref(hit.start(), hit.end(), kind, gender, owner, relative=relative))
        # Keep the longest phrase where they overlap ("my son's friend" over "my son");
        # a roster mention wins a tie.
        found.sort(key=lambda r: (r.start - r.end, _REF_PRIORITY[r.kind]))
        taken = bytearray(len(text) + 1)
        kept = []
        for r in found:
            if r.end > r.start and not any(taken[r.start:r.end]):
                taken[r.start:r.end] = b"\x01" * (r.end - r.start)
                kept.append(r)
        return sorted(kept, key=lambda r: r.start)

    def about(self, start: int, end: int, child_first: bool = False) -> _Subject:
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
                return self._answer_after(end) or _Subject("someone")
            return self._resolve(before)
        if after < len(refs) and refs[after].start - end <= FORWARD_WINDOW \
                and not _CLAUSE_BREAK.search(text[end:refs[after].start]):
            return self._resolve(after)
        return _Subject("none")

    def named_near(self, start: int, end: int) -> _Subject:
        """Who a complaint or investigation concerns: people inside the span, else in
        its sentence. The complainant (the writer) does not count."""
        for lo, hi in ((start, end), _sentence_bounds(self.text, start, end)):
            inside = [i for i, r in enumerate(self.refs)
                      if r.start < hi and r.end > lo and r.kind not in (SELF, OWN, ASKED, THING)]
            if inside:
                best = min(inside, key=lambda i: _REF_PRIORITY[self.refs[i].kind])
                return self._resolve(best)
        return _Subject("none")

    def _answer_after(self, end: int) -> _Subject | None:
        for i in range(bisect_left(self._starts, end), len(self.refs)):
            r = self.refs[i]
            if r.start - end > 120:
                break
            if r.kind in (MENTION, NAMED):
                return self._resolve(i)
        return None

    def _resolve(self, i: int, depth: int = 0, as_owner: bool = False) -> _Subject:
        """Whom ref i stands for; `as_owner` takes "Mr Nowak's wife" as Mr Nowak."""
        r = self.refs[i]
        if r.kind in (SELF, OWN):
            return _Subject("own")
        if r.kind == MENTION and r.mention is not None:
            family = r.relative and not as_owner
            return _Subject(r.mention.kind + ("_family" if family else ""), r.mention.target)
        if r.kind == NAMED:
            return _Subject("named")
        if r.kind == THING:
            return _Subject("none")
        if r.kind in (SOMEONE, ASKED) or depth > 4:
            return _Subject("someone")
        # A pronoun stands for an earlier person; "his mum" belongs to one, and not to the
        # writer's own child unless nobody else is there ("my son said his dad ...").
        gender = r.gender if r.kind == PRONOUN else r.owner_gender
        found = self._antecedent(i, gender, skip_own=r.kind == RELATIVE)
        if found is None and r.kind == RELATIVE:
            found = self._antecedent(i, gender, skip_own=False)
        if found is None:
            return _Subject("someone")
        subject = self._resolve(found[0], depth + 1, found[1])
        if r.kind == RELATIVE and not as_owner and subject.who in ("staff", "pupil"):
            return _Subject(subject.who + "_family", subject.target)
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
                    and _TOLD_BEFORE.search(self.text, max(0, r.start - 15), r.start):
                continue
            return j, as_owner
        return None


def _plausible_name(text: str, hit: re.Match[str]) -> bool:
    word = hit.group(0)
    first = re.split(r"[\s'’]", word)[0].rstrip(".")
    if first.lower() in _NOT_NAMES and not re.match(_TITLE, word):
        return False
    titled = bool(re.match(_TITLE, word))
    possessive = "'s" in word or "’s" in word
    # At a sentence start any word is capitalised; "Jodie's been", "Kerry is" still read
    # as people.
    if titled or possessive or not _sentence_initial(text, hit.start()):
        return True
    return not word.endswith(("ing", "ed", "ly")) \
        and _NAME_THEN_VERB.match(text, hit.end()) is not None


# -- sensitive facts --------------------------------------------------------------------
# The prefilter's tokens: runs of letters (so "didn't" gives "didn" and "t"), and "1:1".
_TOKEN = re.compile(r"1[:-]1|[^\W\d_]+")


@dataclass(frozen=True)
class FactCategory:
    """A kind of sensitive fact.

    Attributes:
        name: How reasons name it ("medical detail").
        triggers: Words (exact tokens) at least one of which every pattern needs; a
            message without any skips the category's regex (the cheap prefilter).
        patterns: (detail, strength, regex over lower-cased text).
        institutional: Stays confidential when the person is only "a member of staff".
        about_children: Usually about a child, which decides "Ava's mum said she ...".
    """

    name: str
    triggers: str
    patterns: tuple[tuple[str, float, str], ...]
    institutional: bool = False
    about_children: bool = False

    def compile(self) -> re.Pattern[str]:
        """One alternation; the matching group's index names the pattern."""
        return re.compile("|".join(f"(?P<p{i}>{src})" for i, (_, _, src) in
                                   enumerate(self.patterns)))


_T = "[tțţ]"  # Romanian t-comma in its two encodings, or plain t
FACT_CATEGORIES: tuple[FactCategory, ...] = (
    FactCategory(
        "medical detail",
        "pregnant pregnancy expecting miscarriage miscarried ivf însărcinată insarcinata"
        " însărcinat insarcinat ciąży ciazy umeed hospital hospitalised hospitalized intensive"
        " operation surgery tonsils appendix adenoids gallbladder gall grommets cancer tumour"
        " tumours tumor tumors leukaemia leukemia chemo chemotherapy radiotherapy diabetes"
        " diabetic epilepsy epileptic seizure seizures hiv terminal terminally attack stroke"
        " dementia eating anorexia anorexic bulimia bulimic medication meds antidepressants"
        " medicate medicated medicates signed sick stress preggers preggo duff oven knocked"
        " drugs alcoholic drink drinking addict addiction rehab",
        (("pregnancy", 0.9, r"\bpregnan(?:t|cy)\b|\bexpecting (?:a baby|another (?:baby|one)|"
                            r"again|twins)\b|\b(?:is|she['’]s|she is) expecting(?= ?[!.,]|$)|"
                            r"\bmiscarri(?:ed|age)\b|\bivf\b|\bpregg(?:ers|o)\b|"
                            r"\bup the duff\b|\bbun in the oven\b|\bknocked up\b|"
                            r"\b[iî]ns[aă]rcinat[aă]?\b|\bw ci[aą][zż]y\b|\bumeed se\b"),
         # "in hospital" is a patient; "at the hospital" is as often a nurse or a visitor.
         ("hospital treatment", 0.75, r"\b(?:in|into|out of|from) hospital\b|"
                                      r"\bhospital appointment|\bhospitali[sz]ed\b|"
                                      r"\bintensive care\b|\brushed to (?:the )?hospital\b"),
         ("surgery", 0.75, r"\b(?:having|had|has|needs|needed|getting) (?:an? |(?:his|her|"
                           r"their) )?(?:operation|surgery)\b|\b(?:tonsils|appendix|adenoids|"
                           r"gall ?bladder|grommets) (?:out|removed|taken out|in)\b"),
         ("serious illness", 0.85, r"\bcancer\b(?! (?:research|charity|awareness|uk|trust|"
                                   r"relay|society|fundrais\w*|ward|nurse))|\btumou?rs?\b|\bleuka?emia\b|"
                                   r"\bchemo(?:therapy)?\b|\bradiotherapy\b|"
                                   r"\bdiabet(?:es|ic)\b|\bepilep(?:sy|tic)\b|\bseizures?\b|"
                                   r"\bhiv\b|\bterminal(?:ly)? ill\b|\bheart attack\b|"
                                   r"\bhad a stroke\b|\bdementia\b|\beating disorder|"
                                   r"\banorexi[ac]\b|\bbulimi[ac]\b"),
         ("medication", 0.75, r"\bon (?:medication|meds|antidepressants)\b|\bmedicate[ds]?\b|"
                              r"\bantidepressants\b"),
         ("sick leave", 0.8, r"\bsigned off\b|\bsick note\b|\boff with stress\b|"
                             r"\blong[- ]term sick\b"),
         ("addiction", 0.8, r"\b(?:on|back on) (?:the )?drugs\b|\balcoholic\b|"
                            r"\bdrink(?:ing)? problem\b|\b(?:drug )?addict\b|\baddiction\b|"
                            r"\brehab\b"))),
    FactCategory(
        "mental-health detail",
        "camhs mental breakdown depression depressed anxiety panic ocd ptsd bipolar"
        " schizophrenia schizophrenic psychiatric psychiatrist psychiatry therapy therapist"
        " counselling counsellor harm harming harms selfharm suicide suicidal himself herself"
        " sectioned"
        " themselves psychiatrists"
        " marks cuts",
        (("CAMHS referral", 0.95, r"\bcamhs\b"),
         ("mental health", 0.8, r"\bmental health (?:issues|problems|crisis|team|services)|"
                                r"\b(?:had|having|has had|on the verge of) a (?:nervous |"
                                r"mental )?breakdown\b|\bnervous breakdown\b|"
                                r"\bdepress(?:ion|ed)\b|\banxiety\b|\bpanic attacks\b|"
                                r"\bocd\b|\bptsd\b|\bbipolar\b|\bschizophreni\w*|"
                                r"\bpsychiatr\w*|\btherap(?:y|ist)\b|\bcounsell(?:ing|or)\b|"
                                r"\b(?:been|was|got|being) sectioned\b"),
         ("self-harm", 0.9, r"\bself[- ]?harm\w*|\bsuicid\w*|\b(?:tried|attempted|trying) to "
                            r"(?:kill|hurt) (?:him|her|them)sel(?:f|ves)\b|\bcut marks\b|"
                            r"\bcuts on (?:his|her|their) (?:arms?|wrists?|legs?)\b"))),
    FactCategory(
        "SEN detail",
        "ehcp ehc plan adhd autism autistic asd spectrum asperger aspergers dyslexia"
        " dyslexic dyspraxia dyspraxic dyscalculia tourette tourettes disability disabilities"
        " difficulty difficulties needs delay assessed referred diagnosed list diagnosis"
        " speech 1:1 1-1 one",
        (("EHCP", 0.9, r"\behcp\b|\behc plan\b|\beducation,? health and care plan\b"),
         ("diagnosis or assessment", 0.85,
          r"\badhd\b|\bautis(?:m|tic)\b|\basd\b|\bon the (?:autism |autistic )?spectrum\b|"
          r"\basperger\w*|\bdyslexi[ac]\b|\bdyspraxi[ac]\b|\bdyscalculi[ac]\b|\btourette\w*|"
          r"\blearning (?:disabilit(?:y|ies)|difficult(?:y|ies))\b|\bspecial needs\b|"
          r"\bdevelopmental delay\b|\b(?:assessed|referred|diagnosed|waiting list) for\b|"
          r"\bdiagnos(?:is|ed)\b|\breferred to (?:a |the )?(?:paediatrician|ed(?:ucational)? "
          r"psych\w*|speech|occupational)|\bspeech and language\b"),
         ("one-to-one support", 0.8, r"\b(?:has|have|gets|got|with) (?:an? |(?:their|his|her) "
                                     r"own )?(?:1[:-]1|one[- ]to[- ]one)(?!\w)")),
        about_children=True),
    FactCategory(
        "exclusion detail",
        "excluded excluding exclusion expelled expelling expulsion managed referral"
        " suspended suspending suspension timetable isolation kicked",
        (("exclusion", 0.9, r"\b(?:got|been|was|were|is|being|be|getting|gets|get)\s+"
                            r"(?:permanently |temporarily |internally )?excluded\b|"
                            r"\bexclu(?:ded|ding)\b(?= (?:him|her|them|my|our)\b| for \w+ "
                            r"days?\b)|\b(?:permanent|fixed[- ]term|internal) exclusion\b|"
                            r"\bexpell?(?:ed|ing)\b|\bexpulsion\b|\bmanaged move\b|"
                            r"\bpupil referral unit\b|\bkicked out of (?:the )?(?:school|"
                            r"academy|college|nursery)\b|\b(?:reduced|part[- ]time) timetable\b|"
                            r"\bisolation booth\b"),
         ("suspension", 0.85, r"\b(?:got|been|was|were|is|being|be|getting|gets|get)\s+"
                              r"suspended\b|\bsuspend(?:ed|ing)\b(?= (?:him|her|them|my|our)"
                              r"\b)|\bsuspension\b")),
        about_children=True),
    FactCategory(
        "social-services detail",
        "social sociali services protection care foster fostered looked asistenții"
        " asistentii asistenți asistenti asistentul asistenta asistentă protecția protectia"
        " protecţia opieka opieki opiekę opiece pracownik pracownica pracownicy kurator"
        " kuratora kuratorem",
        (("social services", 0.9,
          r"\bsocial services\b|\bsocial workers?\b|\bchildren['’]?s services\b|"
          r"\bchild protection\b|\b(?:in|into) (?:foster )?care\b(?! of)|\bfoster(?:ed| care|"
          r" carers?| parents?| family| home)\b|\bcare order\b|\blooked[- ]after child\b|"
          rf"\basisten{_T}\w* social\w*|\bprotec{_T}ia copilului\b|\bopiek\w* spo[lł]eczn\w*|"
          r"\bpracowni\w* socjaln\w*|\bkurator\w*"),)),
    FactCategory(
        "police or criminal detail",
        "arrest arrested arresting prison jail jailed custody locked bail remand"
        " criminal convicted charged court restraining probation police cops aresztowany"
        " aresztowani aresztowana aresztowali arestat arestată arestata închisoare"
        " inchisoare więzieniu wiezieniu giraftar tag",
        (("police or prison", 0.85,
          r"(?<!cardiac )\barrest(?:ed|ing)?\b|\b(?:in|into|to|out of|from) (?:prison|jail|"
          r"custody)\b|\bprison sentence\b|\bjailed\b|\bjail (?:mein|me|main)\b|"
          r"\b(?:been|was|got|is|being|get) locked up\b|\bon bail\b|\bon remand\b|"
          r"\bcriminal record\b|\bconvicted\b|\bcharged with (?:assault|theft|drink|fraud|"
          r"harassment|possession|an? (?:crime|offence))|\bcourt case\b|"
          r"\brestraining order\b|\bon probation\b|\b(?:on|wearing) an? (?:electronic )?tag\b|"
          r"\b(?:police|cops) (?:came|come|were|was|turned up|raided|took|round|at)\b|"
          r"\baresztowan\w*|\barestat\w*|\b[iî]nchisoare\b|\bw wi[eę]zieniu\b|\bgiraftar\b"),)),
    FactCategory(
        "sexuality detail",
        "gay lesbian bisexual queer came come coming closet transgender trans"
        " transitioning",
        (("sexual orientation or gender identity", 0.85,
          r"\bgay\b|\blesbian\b|\bbisexual\b|\bqueer\b|\b(?:came|come|coming) out as\b|"
          r"\bin the closet\b|\btransgender\b|\btrans\b|\btransitioning\b"),)),
    FactCategory(
        "family-breakdown detail",
        "divorce divorced divorcing divorcee divorces splitting split separated"
        " separating left affair custody talaq talaaq divorț divorţ divort divorțează"
        " divortează divorteaza divorțat divortat rozwód rozwod rozwodu rozwodzi rozwodzą"
        " rozwodza domestic",
        (("divorce or separation", 0.85,
          r"\bdivorc\w*|\bsplitting up\b|\bsplit up\b(?! (?:into|in|the|them|us|for|by))|"
          r"\b(?:are|is|have|has|just|recently|got|getting|being) separat(?:ed|ing)\b|"
          r"\b(?:wife|husband|partner|girlfriend|boyfriend|hubby)(?:['’]s| has| had)? "
          r"(?:just |finally |now )?(?:left|walked out on|kicked (?:him|her) out)\b|"
          r"\bleft (?:his|her) (?:wife|husband|partner|family)\b|\b(?:having|had) an affair\b|"
          rf"\bcustody (?:battle|of|case|hearing)\b|\btalaa?q\b|\bdivor{_T}\w*|\brozw[oó]d\w*"),
         ("domestic abuse", 0.9, r"\bdomestic (?:abuse|violence)\b"))),
    FactCategory(
        "child-welfare detail",
        "bruises bruised bruising black burn flinch flinched flinches flinching"
        " marks clothes tea breakfast dinner food lunch eat lock locks locked alone own look"
        " carer",
        (("injury", 0.75, r"\bbruis(?:es|ed|ing)\b|\bblack eye\b|\bburn marks\b|"
                          r"\bflinch(?:ed|es|ing)?\b|\bmarks (?:all )?(?:on|up|over) (?:his|her|"
                          r"their) (?:arms?|legs?|neck|face|back)\b"),
         ("neglect", 0.75, r"\bsame clothes\b|\b(?:hadn['’]?t|hasn['’]?t|had no|not had|"
                           r"didn['’]?t have|never gets|had nothing) (?:any |anything (?:for |"
                           r"to )?)?(?:tea|breakfast|dinner|food|lunch|to eat)\b|\bno food\b|"
                           r"\block(?:s|ed)? (?:him|her|them) (?:in|out)\b|"
                           r"\b(?:left|leaves|leaving|is|was|been|being) home alone\b|"
                           r"\bleft (?:alone|on (?:his|her|their) own)\b|\b(?:has|have|had) "
                           r"to look after (?:his|her|their) (?:\w+ )?(?:brothers?|sisters?|"
                           r"siblings)\b|\byoung carer\b")),
        about_children=True),
    FactCategory(
        "disciplinary detail",
        "disciplinary disciplined warning retraining training misconduct sacked"
        " fired dismissed struck demoted investigation investigated performance capability",
        (("disciplinary action", 0.85,
          r"\bdisciplinar\w*|\b(?:final|formal|written|verbal) warning\b|\bre-?training\b|"
          r"\b(?:gross )?misconduct\b|\b(?:got|been|was|were|being|getting) (?:sacked|fired|"
          r"dismissed|struck off|demoted)\b|\bunder investigation\b|"
          r"\bbeing investigated\b|\bperformance (?:management|improvement plan)\b|"
         r"\bcapability (?:review|procedure|process|hearing)\b"),),
        institutional=True),
    FactCategory(
        "complaint or investigation outcome",
        "complaint complaints grievance grievances investigation investigations upheld",
        (("outcome", 0.85,
          r"\b(?:complaint|grievance|investigation)s?\b[^.!?\n]{0,80}?\b(?:(?:was|were|has "
          r"been|have been|been|got|is|are) (?:upheld|not upheld|rejected|substantiated|"
          r"proven|concluded|closed|done|finished|over)|upheld|outcome|findings)\b|"
          r"\bupheld (?:my|our|the|a|his|her) (?:complaint|grievance)\b"),),
        institutional=True),
)
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

    def recognize(self, ctx: "_Context") -> list[Finding]:
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
                subject = _Subject("none")  # a teacher's black eye is not a welfare concern
            if subject.who == "pupil" and self._own_child(ctx):
                subject = _Subject("own")  # "Ava's having her tonsils out so we'll miss it"
            weights = INSTITUTIONAL_SUBJECT_WEIGHT if category.institutional else SUBJECT_WEIGHT
            strength = hit.strength
            note = "; not a disclosure about an identifiable other person"
            if hit.detail == "injury" and _ACCIDENT.search(ctx.lower, max(0, start - 80),
                                                           end + 80):
                strength, note = strength * ACCIDENT_FACTOR, "; reads as an everyday accident"
            elif _FICTION.search(ctx.lower, *_sentence_bounds(ctx.lower, start, end)):
                strength, note = strength * FICTION_FACTOR, "; reads as a story, play or game"
            score = round(strength * weights[subject.who], 3)
            reason = f"{category.name} ({hit.detail}) about {SUBJECT_TEXT[subject.who]}"
            if score < FACT_THRESHOLD:
                reason += note
            findings.append(Finding(CONFIDENTIAL, DETECTOR_NAME, score, FACT_THRESHOLD, start,
                                    end, reason, subject.target))
        return findings

    @staticmethod
    def _own_child(ctx: "_Context") -> bool:
        """A parent writing as a parent ("we'll", "our", "I've let the office know") with no
        sign of passing on what others said is talking about their own child."""
        return _OWN_PARENT.search(ctx.text) is not None and _HEARSAY.search(ctx.text) is None

    def _original_hits(self, ctx: "_Context") -> list[tuple[_Hit, int, int]]:
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


# -- contact details --------------------------------------------------------------------
_ROLE_MAILBOXES = frozenset("""office admin info enquiries enquiry head headteacher reception
finance bursar senco pta school contact hello admissions attendance clerk governors""".split())
_WORK_DOMAINS = (".sch.uk", ".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".ac.uk")
_OWN_CUE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:number|phone|mobile|no|email|e-mail|address|house|home|"
    r"insta\w*|tiktok|facebook|account|handle|page|profile|snap\w*)\b|\b(?:me|us)\s+(?:on|at)"
    r"\b|\b(?:text|ring|call|phone|whatsapp|message|email|dm|contact|reach|follow)\s+(?:me|us)"
    r"\b|\b(?:i|we)\s+live\b|\bi['’]?m\s+(?:on|at)\b|\bwe['’]?re\s+(?:on|at)\b", re.IGNORECASE)
_PERSONAL_CUE = re.compile(
    r"\b(?:personal|private|home|mobile|direct)\b|\b(?:his|her|their)\s+(?:\w+\s+)?(?:number|"
    r"phone|mobile|email|e-mail|address|house|insta\w*|account|profile|handle|page)\b|"
    r"(?P<owner>\w+)['’]s\s+(?:\w+\s+)?(?:number|phone|mobile|email|e-mail|address|house|"
    r"insta\w*|account|profile|handle)\b|\blives?\b", re.IGNORECASE)
# Where someone lives is never the school's, whatever else the sentence mentions.
_HOME_CUE = re.compile(r"\b(?:lives?|living|home address|house)\b", re.IGNORECASE)
_PUBLIC_WORDS = (r"(?:the|school|main|front)\s+office|office\s+(?:number|phone|line|email)|"
                 r"reception|website|newsletter|switchboard|absence line|absences?|"
                 r"school['’]?s?\s+(?:number|phone|address|email|office|website|page|account|"
                 r"insta\w*|facebook|twitter|tiktok|x)|the school|on the (?:letter|poster)")


@dataclass(frozen=True)
class PublicContacts:
    """The school's published contacts, squashed for comparison."""

    phones: frozenset[str]
    emails: frozenset[str]
    domains: frozenset[str]
    addresses: tuple[str, ...]
    handles: frozenset[str]
    cue: re.Pattern[str]
    school_words: frozenset[str]

    @classmethod
    def of(cls, school: SchoolConfig) -> "PublicContacts":
        """Precompute the allow-list and the "this is the school's" cue for a school."""
        pc = school.public_contacts
        phones = set()
        for raw in pc.phones:
            try:
                phones.add(phonenumbers.format_number(phonenumbers.parse(raw, "GB"),
                                                      phonenumbers.PhoneNumberFormat.E164))
            except NumberParseException:
                continue
        domains = {e.rsplit("@", 1)[-1].lower() for e in pc.emails if "@" in e}
        domains |= {_domain(w) for w in pc.websites if _domain(w)}
        words = school_name_words(school.school)
        names = "|".join(re.escape(w) for w in sorted(words))
        cue = re.compile(rf"\b(?:{_PUBLIC_WORDS}{'|' + names if names else ''})\b", re.I)
        return cls(frozenset(phones), frozenset(e.lower() for e in pc.emails),
                   frozenset(domains), tuple(_squash(a) for a in pc.addresses if _squash(a)),
                   frozenset(_handle(s) for s in pc.social), cue,
                   words | {"school", "office", "academy"})

    def presentation(self, text: str, start: int, end: int) -> str:
        """How the text presents the item at [start, end): "public" (the school's),
        "own" (the writer's) or "personal" (someone else's, the default)."""
        before = text[max(0, start - 60):start]
        own = max((m.end() for m in _OWN_CUE.finditer(before)), default=-1)
        personal = max((m.end() for m in _PERSONAL_CUE.finditer(before)
                        if (m["owner"] or "").lower() not in self.school_words), default=-1)
        public = max((m.end() for m in self.cue.finditer(before)), default=-1)
        if public >= max(own, personal) and public >= 0 and not _HOME_CUE.search(before):
            return "public"
        if own >= 0 or personal >= 0:
            return "own" if own >= personal else "personal"
        return "public" if self.cue.search(text, end, end + 40) else "personal"


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _domain(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def _handle(text: str) -> str:
    return text.strip().lower().rstrip("/").rsplit("/", 1)[-1].lstrip("@")


class _Context:
    """One message as the recognizers see it; person phrases are found on demand."""

    __slots__ = ("parsed", "public", "text", "lower", "_subjects")

    def __init__(self, parsed: ParsedMessage, public: PublicContacts):
        self.parsed = parsed
        self.public = public
        self.text = parsed.text
        self.lower = _same_length_lower(parsed.text)
        self._subjects: _Subjects | None = None

    @property
    def subjects(self) -> _Subjects:
        """The person phrases, found the first time a fact needs them."""
        if self._subjects is None:
            self._subjects = _Subjects(self.text, self.lower, self.parsed.mentions)
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


class PhoneRecognizer:
    """UK mobiles and landlines in any common spacing, via `phonenumbers`."""

    kind = "phone number"
    # Cheap gate before the matcher: a "+" or "0" followed by 8-24 digit-ish characters.
    # The matcher then runs on a small window around each, so a long run of digits costs
    # no more than a few numbers.
    HINT = re.compile(r"(?:\+\s*\d|\b0)[\d\s().\-]{8,24}")
    MAX_WINDOWS = 40
    TYPES = {"7": ("UK mobile number", MOBILE_SCORE), "1": ("UK landline number", LANDLINE_SCORE),
             "2": ("UK landline number", LANDLINE_SCORE), "5": ("UK phone number", LANDLINE_SCORE),
             "3": ("UK non-geographic number", SERVICE_PHONE_SCORE),
             "8": ("UK freephone or service number", SERVICE_PHONE_SCORE)}

    def recognize(self, ctx: _Context) -> list[Finding]:
        """Find numbers and judge whose they are."""
        text = ctx.text
        findings = []
        done = 0  # windows never overlap, so no number is reported twice
        for i, hint in enumerate(self.HINT.finditer(text)):
            if i >= self.MAX_WINDOWS:
                break
            lo, hi = max(done, hint.start() - 2), min(len(text), hint.end() + 2)
            done = hi
            for m in PhoneNumberMatcher(text[lo:hi], "GB", leniency=Leniency.POSSIBLE):
                finding = self._judge(ctx, m.number, m.raw_string, lo + m.start, lo + m.end)
                if finding is not None:
                    findings.append(finding)
        return findings

    def _judge(self, ctx: _Context, number: phonenumbers.PhoneNumber, raw: str, start: int,
               end: int) -> Finding | None:
        # Written numbers start "0" or "+"; bare digit runs are IPs, ISBNs, references.
        if raw.lstrip("(")[:1] not in ("0", "+") or ctx.lower.endswith("isbn ", 0, start):
            return None
        nsn = phonenumbers.national_significant_number(number)
        if number.country_code == 44:
            if len(nsn) not in (9, 10) or nsn[0] not in self.TYPES:
                return None
            kind, score = self.TYPES[nsn[0]]
        elif phonenumbers.is_valid_number(number):
            kind, score = "phone number", FOREIGN_PHONE_SCORE
        else:
            return None
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return ctx.contact_finding(kind, score, start, end, e164 in ctx.public.phones)


class EmailRecognizer:
    """Email addresses; role mailboxes and school/work domains are not personal."""

    kind = "email address"
    PATTERN = re.compile(r"(?<![\w.+-])[\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                         r"\.[A-Za-z]{2,24}\b")

    def recognize(self, ctx: _Context) -> list[Finding]:
        """Find addresses and judge whose they are."""
        if "@" not in ctx.text:
            return []
        findings = []
        for m in self.PATTERN.finditer(ctx.text):
            address = m.group(0).lower()
            local, domain = address.rsplit("@", 1)
            public = address in ctx.public.emails or domain in ctx.public.domains
            if domain.endswith(_WORK_DOMAINS):
                kind, score = "work email address", WORK_EMAIL_SCORE
            elif local in _ROLE_MAILBOXES:
                kind, score = "role email address", ROLE_EMAIL_SCORE
            else:
                kind, score = "personal email address", EMAIL_SCORE
            findings.append(ctx.contact_finding(kind, score, m.start(), m.end(), public))
        return findings


_STREET_TYPES = ("Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Crescent|Cres|Drive|Dr|Way|"
                 "Grove|Gardens|Gdns|Place|Pl|Court|Ct|Terrace|Row|Mews|Hill|Park|View|Walk|"
                 "Square|Sq|Rise|Green|Parade|Vale|Meadows?|Fields?|Heights|Villas|Cottages|"
                 "Wharf|Yard|Chase|Croft|Gate|Hollow|Lea|Wynd|Brow|Bank|Side|Boulevard")
_POSTCODE_AREAS = frozenset("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW
DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV
JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR
RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF
WN WR WS WV YO ZE""".split())
_NOT_NAME_WORDS = r"(?!(?:the|a|an|to|of|in|on|at|for|and|my|your|our|his|her|their|some|" \
                  r"kids|children|more|big|little|other|new|old)\b)"


class AddressRecognizer:
    """Home addresses ("14 Beech Crescent", "lives on Beech Crescent") and UK postcodes."""

    kind = "home address"
    # Both patterns start at a digit, which lets the regex engine skip straight to digits.
    STREET = re.compile(rf"\d{{1,4}}[a-z]?,?\s+(?:{_NOT_NAME_WORDS}[A-Za-z][a-z'’-]+\s+){{1,3}}"
                        rf"(?:{_STREET_TYPES})\b\.?", re.IGNORECASE)
    INWARD = re.compile(r"\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE)
    POSTCODE = re.compile(r"(?P<area>[A-Z]{1,2})\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b",
                          re.IGNORECASE)
    LIVES_ON = re.compile(rf"\blives?\s+(?:at|on|in|down|up)\s+(?:the\s+(?:end|top|bottom|"
                          rf"corner)\s+of\s+)?(?P<street>(?:[A-Z][a-z'’-]+\s+){{1,3}}"
                          rf"(?:{_STREET_TYPES}))\b")
    SEPARATOR = re.compile(r"[ ,]*")
    NOT_A_HOUSE_NUMBER = re.compile(r"(?:19|20)\d\d\D")  # years: "2010 High Court"
    ADDRESS_CUE = re.compile(r"\b(?:lives?|living|address|house|number|round to|moved to|"
                             r"door)\b", re.IGNORECASE)

    def recognize(self, ctx: _Context) -> list[Finding]:
        """Find street addresses, then postcodes not already part of one."""
        text = ctx.text
        findings: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for m in self.STREET.finditer(text):
            start, end = m.start(), m.end()
            if (start and (text[start - 1].isalnum() or text[start - 1] in "£$.,:/")) \
                    or self.NOT_A_HOUSE_NUMBER.match(text, start):
                continue
            post = self._postcode_at(text, self.SEPARATOR.match(text, end).end())
            if post is not None:
                end = post.end()
            words = m.group(0).split()
            capitalised = words[-1][0].isupper() and words[-2][0].isupper()
            cued = bool(self.ADDRESS_CUE.search(text, max(0, start - 40), start))
            score = STREET_ADDRESS_SCORE if capitalised or cued else \
                UNCUED_LOWERCASE_ADDRESS_SCORE
            findings.append(ctx.contact_finding(self.kind, score, start, end,
                                                self._public(ctx, text[start:end])))
            spans.append((start, end))
        for m in self.LIVES_ON.finditer(text) if "live" in ctx.lower else ():
            start, end = m.span("street")
            if not any(s <= start < e for s, e in spans):
                findings.append(ctx.contact_finding("home street", STREET_ONLY_SCORE, start,
                                                    end, self._public(ctx, m["street"])))
                spans.append((start, end))
        for inward in self.INWARD.finditer(text):
            post = self._postcode_at(text, inward.start() - 2) or \
                self._postcode_at(text, inward.start() - 1)
            if post is not None and not any(s <= post.start() < e for s, e in spans):
                findings.append(ctx.contact_finding("postcode", POSTCODE_SCORE, post.start(),
                                                    post.end(), self._public(ctx, post[0])))
                spans.append(post.span())
        return findings

    def _postcode_at(self, text: str, pos: int) -> re.Match[str] | None:
        """A valid UK postcode starting exactly at `pos`, on a word boundary."""
        if pos < 0 or (pos and text[pos - 1].isalnum()):
            return None
        m = self.POSTCODE.match(text, pos)
        return m if m is not None and self._postcode_ok(m) else None

    @staticmethod
    def _postcode_ok(m: re.Match[str]) -> bool:
        code = m.group(0)
        if code.upper() != code and re.search(r"\d(?:st|nd|rd|th)$", code, re.I):
            return False  # "w1 1st" reads as an ordinal
        return m["area"].upper() in _POSTCODE_AREAS

    @staticmethod
    def _public(ctx: _Context, found: str) -> bool:
        squashed = _squash(found)
        return bool(squashed) and any(squashed in a for a in ctx.public.addresses)


class SocialProfileRecognizer:
    """Profile links, and handles given with a platform ("on Instagram it's @x")."""

    kind = "social media profile"
    URL = re.compile(r"\b(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am|facebook\.com|"
                     r"fb\.com|tiktok\.com|twitter\.com|x\.com|snapchat\.com/add|threads\.net|"
                     r"linkedin\.com/in)/@?(?P<handle>[\w.\-]{2,60})", re.IGNORECASE)
    HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}"
                        r"[A-Za-z0-9_])?)")
    PLATFORM_WORDS = ("insta", "tiktok", "tik tok", "snap", "twitter", "facebook", "fb",
                      "threads", "linkedin", "youtube")
    PLATFORM = re.compile(r"\b(?:instagram|insta|ig|tiktok|tik tok|snapchat|snap|twitter|"
                          r"facebook|fb|threads|linkedin|youtube)\b", re.IGNORECASE)
    NAMED_HANDLE = re.compile(
        r"\b(?:instagram|insta|ig|tiktok|snapchat|snap|twitter|facebook|fb|threads)\b(?:\s+"
        r"(?:name|handle|username|account|page|profile))?\s*(?:is|it['’]?s|:|=|under|as)\s+"
        r"(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]{2,29})", re.IGNORECASE)

    def recognize(self, ctx: _Context) -> list[Finding]:
        """Find profiles; a bare @name is a chat mention unless a platform is named."""
        text, lower = ctx.text, ctx.lower
        if "@" not in text and ".com/" not in lower and ".net/" not in lower \
                and not any(p in lower for p in self.PLATFORM_WORDS):
            return []
        found: dict[int, tuple[int, str]] = {}
        for m in self.URL.finditer(text):
            found[m.start()] = (m.end(), m["handle"])
        for m in self.HANDLE.finditer(text):
            near_platform = self.PLATFORM.search(text, max(0, m.start() - 60), m.end() + 30)
            if (near_platform or "." in m["handle"]) and \
                    not any(s <= m.start() < e for s, (e, _) in found.items()):
                found[m.start()] = (m.end(), m["handle"])
        for m in self.NAMED_HANDLE.finditer(text):
            handle = m["handle"]
            if re.search(r"[._\d]", handle) and m.start("handle") not in found:
                found[m.start("handle")] = (m.end("handle"), handle)
        return [ctx.contact_finding(self.kind, SOCIAL_SCORE, start, end,
                                    _handle(handle) in ctx.public.handles)
                for start, (end, handle) in sorted(found.items())]


class SecurityCodeRecognizer:
    """Door, gate, key-safe and alarm codes: a security detail whoever owns the door."""

    kind = "security code"
    PLACE = (r"(?:front|back|side|main|school|garden|gate|door|entry|entrance|building|"
             r"key[- ]?safe|key ?box|lock ?box|alarm|padlock|garage|shed|keypad|access|house)")
    # "door code 4821", "key safe code at Nan's is 1234", "code for the side gate: 1234".
    CONNECT = r"(?:\s*[:#=-]?\s*|[^.!?\d\n]{0,25}?(?:\bis|\bwas|['’]s)\s*[:#]?\s*)"
    PATTERN = re.compile(
        rf"\b(?:{PLACE}\s+)+(?:code|pin|combination|combo)\b{CONNECT}\d[\d\s\-]{{1,10}}\d[#*]?|"
        rf"\bcode\s+(?:for|to|on)\s+(?:the\s+)?{PLACE}(?:\s+{PLACE})*{CONNECT}\d[\d\s\-]{{1,10}}\d",
        re.IGNORECASE)

    def recognize(self, ctx: _Context) -> list[Finding]:
        """Find codes given next to what they open."""
        if "code" not in ctx.lower and "pin" not in ctx.lower and "combo" not in ctx.lower:
            return []
        return [Finding(CONFIDENTIAL, DETECTOR_NAME, SECURITY_SCORE, CONTACT_THRESHOLD,
                        m.start(), m.start() + len(m.group(0).rstrip()),
                        "security code shared (door, gate, key-safe or alarm)",
                        ctx.owner_of(m.start()))
                for m in self.PATTERN.finditer(ctx.text)]


# -- the detector -----------------------------------------------------------------------

class ConfidentialDetector:
    """Emits `confidential` for other people's private details and sensitive facts.

    Args:
        school: The school whose published contacts are never a disclosure. When omitted,
            each message's own `parsed.school` is used.
    """

    name = DETECTOR_NAME
    labels = frozenset({CONFIDENTIAL})

    def __init__(self, school: SchoolConfig | None = None):
        self._fixed = PublicContacts.of(school) if school is not None else None
        self._cache: dict[int, tuple[SchoolConfig, PublicContacts]] = {}
        self._recognizers = (PhoneRecognizer(), EmailRecognizer(), AddressRecognizer(),
                             SocialProfileRecognizer(), SecurityCodeRecognizer(),
                             SensitiveFactRecognizer())

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Findings for every candidate disclosure, fired or near miss."""
        if not parsed.text or parsed.text.isspace():
            return []
        ctx = _Context(parsed, self._public_for(parsed.school))
        findings = [f for r in self._recognizers for f in r.recognize(ctx)]
        if len(findings) > MAX_FINDINGS:
            findings.sort(key=lambda f: -f.score)
            findings = sorted(findings[:MAX_FINDINGS], key=lambda f: f.start or 0)
        return findings

    def _public_for(self, school: SchoolConfig) -> PublicContacts:
        if self._fixed is not None:
            return self._fixed
        cached = self._cache.get(id(school))
        if cached is None or cached[0] is not school:
            cached = self._cache[id(school)] = (school, PublicContacts.of(school))
        return cached[1]
