"""Person phrases: the words in a message that refer to a person ("Lily P's mum", "my son",
"one of the Year 4 girls", "she", a named adult), found in one pass each over the lower-cased
and the original text."""

import re
from dataclasses import dataclass

from rules.detectors.base import Mention

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
_NAME_THEN_VERB = re.compile(r"['’]s\b|\s+(?:is|was|has|had|got)\b")
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|said to|asked|texted|messaged|warned)\s+$",
                         re.IGNORECASE)

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
REF_PRIORITY = {MENTION: 0, OWN: 1, RELATIVE: 2, SOMEONE: 3, NAMED: 4, SELF: 5, PRONOUN: 6,
                ASKED: 7, THING: 8}


@dataclass(frozen=True)
class PersonRef:
    """A phrase that refers to a person."""

    start: int
    end: int
    kind: str
    gender: str = ""  # "m", "f" or "" when unknown
    owner_gender: str = ""  # for "his mum": the gender of "his"
    mention: Mention | None = None
    relative: bool = False  # "Lily P's mum": the family of the person named


def _gender_of(word: str) -> str:
    """"m", "f" or "" for a relation, title or pronoun ("mums" counts as "mum")."""
    word = word.lower().rstrip(".")
    return _GENDER.get(word) or (_GENDER.get(word[:-1], "") if word.endswith("s") else "")


def _sentence_initial(text: str, pos: int) -> bool:
    """True at the start of the text or after . ! ? : a line break or an emoji."""
    before = text[max(0, pos - 12):pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:" or not before[-1].isascii()


def find_person_phrases(text: str, lower: str, mentions: list[Mention]) -> list[PersonRef]:
    """Every person phrase in the message, the longest where two overlap."""
    found: list[PersonRef] = []
    for m in mentions:
        ext = _RELATION_SUFFIX.match(text, m.end)
        gender = _gender_of(m.key.split()[0]) if m.kind == "staff" else ""
        if ext:
            found.append(PersonRef(m.start, ext.end(), MENTION, _gender_of(ext["rel"]),
                                   gender, m, relative=True))
        else:
            found.append(PersonRef(m.start, m.end, MENTION, gender, mention=m))
    for hit in [*_LOWER_REFS.finditer(lower), *_CASED_REFS.finditer(text)]:
        kind = hit.lastgroup or ""
        if kind == NAMED and not _plausible_name(text, hit):
            continue
        # "Kai's mum told me social services ...": the listener is not the subject.
        if kind == SELF and TOLD_BEFORE.search(text, max(0, hit.start() - 15), hit.start()):
            continue
        words = hit.group(0).lower().replace("’", "'").split()
        relative = kind == RELATIVE or (kind == NAMED and "'s" in " ".join(words))
        # The person's gender from the last word ("a girl", "his mum"); a titled
        # name's from its title. "his" in "his mum" is the owner's.
        last = _gender_of(words[-1])
        gender = last if relative or kind != NAMED else _gender_of(words[0])
        owner = _gender_of(words[0].split("'")[0]) if relative else ""
        found.append(PersonRef(hit.start(), hit.end(), kind, gender, owner, relative=relative))
    # Keep the longest phrase where they overlap ("my son's friend" over "my son");
    # a roster mention wins a tie.
    found.sort(key=lambda r: (r.start - r.end, REF_PRIORITY[r.kind]))
    taken = bytearray(len(text) + 1)
    kept = []
    for r in found:
        if r.end > r.start and not any(taken[r.start:r.end]):
            taken[r.start:r.end] = b"\x01" * (r.end - r.start)
            kept.append(r)
    return sorted(kept, key=lambda r: r.start)


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
