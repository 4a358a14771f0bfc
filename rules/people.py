"""Find the staff and pupils a message refers to, with spaCy's PhraseMatcher.

Parents write teachers' names many ways: "Mrs Qureshi", "mrs q", "Mrs. Q's", "Miss Siobhan",
"Mrs Helen Whitcombe", an alias ("Mr Ade"), or a role ("the head", "the year 3 teacher").
Pupils appear as "Jayden K" or "Jayden". Surnames that are ordinary words ("Mrs Rose",
"Mr Baker", "Miss Hope") only count with their title, so "a rose" or "the baker" never do.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rules.detectors.base import Mention, MentionKind
from rules.school import SchoolConfig, StaffMember

# Titles as parents write them, including a few other languages seen in UK class groups
# (Polish Pani/Pan, Romanian Doamna/Domnul), each with and without a full stop.
_TITLES: dict[str, tuple[str, ...]] = {
    "mr": ("mr", "mister", "pan", "domnul", "dl", "sir"),
    "mrs": ("mrs", "missus", "pani", "doamna", "dna"),
    "ms": ("ms", "pani", "doamna"),
    "miss": ("miss", "pani", "domnisoara"),
    "mx": ("mx",),
    "dr": ("dr", "doctor"),
}
# Parents often swap Mrs/Ms/Miss; a teacher's surname with any of them is still her.
_INTERCHANGEABLE = {"mrs": ("mrs", "ms", "miss"), "ms": ("mrs", "ms", "miss"),
                    "miss": ("mrs", "ms", "miss")}

# Words this frequent in English (wordfreq's Zipf scale; "rose" 4.8, "hope" 5.4) are
# ordinary words first: matched bare only when capitalised, and not at a sentence start.
COMMON_WORD_ZIPF = 4.5
# Misspelt surnames still count after a title ("Mr Sandu" for Mr Sandhu): one edit for
# surnames of at least FUZZY_MIN_LENGTH letters, two from FUZZY2_MIN_LENGTH.
FUZZY_MIN_LENGTH = 5
FUZZY2_MIN_LENGTH = 8
# Rarer than this ("whitcombe" 1.7, "mason" 4.1) and a bare lower-case form is safe enough;
# between the two ("baker" 4.2, "chen" 4.0 is below) only the capitalised form counts.
RARE_WORD_ZIPF = 4.2

WordFrequency = Callable[[str], float]


@dataclass(frozen=True)
class _Entry:
    kind: MentionKind
    key: str
    via: str
    case_sensitive: bool


def _title_forms(title: str | None) -> tuple[str, ...]:
    if not title:
        return ()
    base = title.lower().rstrip(".")
    forms: list[str] = []
    for t in _INTERCHANGEABLE.get(base, (base,)):
        forms += _TITLES.get(t, (t,))
    return tuple(dict.fromkeys(forms))


def role_phrases(role: str) -> list[str]:
    """Phrases that identify a staff member by role ("the head", "year 3 teacher")."""
    r = role.lower()
    out: list[str] = []
    if re.search(r"\bdeputy\b", r):
        out += ["the deputy", "deputy head", "deputy headteacher", "deputy head teacher"]
    elif re.search(r"\bhead(\s?(teacher|mistress|master))?\b(?!\s+of\b)", r) \
            and "assistant" not in r:
        out += ["the head", "headteacher", "head teacher", "headmistress", "headmaster",
                "the headteacher", "our head", "the heid", "heidie", "the heidie", "heady"]
    if re.search(r"\bsend?co\b", r):
        out += ["the senco", "senco", "the sendco", "sendco"]
    if "safeguarding" in r or re.search(r"\bdsl\b", r):
        out += ["the dsl", "safeguarding lead"]
    if "office" in r:
        out += ["office manager", "the office manager", "office lady", "office woman",
                "office staff"]
        out += [f"{who} in the office" for who in ("woman", "lady", "man", "bloke", "one",
                                                     "cow", "receptionist")]
    if re.search(r"\b(caretaker|site manager|premises (manager|officer)|janitor)\b", r):
        out += ["the caretaker", "caretaker", "the site manager", "site manager",
                "the janitor", "the school caretaker"]
    ta = bool(re.search(r"teaching assistant|\bta\b", r))
    if ta:
        # Class names are capitalised in the role ("Kestrels class"); "in class" is not one.
        for cls in (c.lower() for c in re.findall(r"\b([A-Z][a-z]+) [Cc]lass\b", role)):
            if cls not in ("reception", "nursery", "the", "a", "year"):
                out += [f"the {cls} ta", f"{cls} ta", f"{cls} class ta",
                        f"the {cls} teaching assistant"]
    for year in re.findall(r"\byear\s*(\d)\b", r):
        if ta:
            out += [f"year {year} ta", f"y{year} ta", f"year {year} teaching assistant"]
        elif "teacher" in r:
            out += [f"year {year} teacher", f"y{year} teacher", f"yr {year} teacher",
                    f"year {year} class teacher", f"year {year}s teacher"]
    if "reception" in r and "teacher" in r and not ta:
        out += ["reception teacher", "the reception teacher", "reception class teacher"]
    for cls in re.findall(r"\bclass\s+(\d[a-z])\b", r):
        out += [f"{cls} teacher", f"{cls}'s teacher"]
    # Classes with names ("Oak class teacher", "Reception teacher (Robins class)").
    if "teacher" in r and not ta:
        for cls in re.findall(r"\b([a-z]+) class\b", r):
            if cls in ("reception", "nursery", "the", "a", "year"):
                continue
            out += [f"{cls} teacher", f"{cls} class teacher", f"the teacher in {cls}",
                    f"{cls}'s teacher", f"whoever's teaching {cls}",
                    f"whoever is teaching {cls}", f"the teacher for {cls}"]
    if re.search(r"\b(pe|sports?|football|swimming) (coach|teacher)\b", r):
        out += ["the pe coach", "pe coach", "the pe teacher", "pe teacher", "the sports coach",
                "sports coach", "the football coach"]
    if re.search(r"\b(lunchtime|midday|dinner) (supervisor|assistant|lady)\b", r):
        out += ["dinner lady", "the dinner lady", "lunch lady", "the lunch lady",
                "the lunchtime supervisor", "lunchtime supervisor", "midday supervisor"]
    # Specific posts named in the role ("after-school club lead", "Upper Key Stage 2 lead"),
    # and how parents describe whoever holds them ("the breakfast club lady", "the woman
    # who runs breakfast club").
    # "breakfast and after-school club lead" runs both clubs.
    r = re.sub(r"\b(breakfast|after-school|homework|holiday|lunchtime|sports?|gardening|art|"
               r"drama|music|chess|coding|book|reading) and ([\w-]+) clubs? "
               r"(lead|leader|manager|co-?ordinator)\b",
               r"\1 club \3 and \2 club \3", r)
    for part in re.split(r",|\band\b|\(|\)", r):
        part = part.strip()
        m = re.match(r"(.+?)\s+(lead|leader|manager|coordinator|co-ordinator)$", part)
        if m:
            out += [f"the {part}", f"the {part.replace('-', ' ')}"]
            for activity in {m[1], m[1].replace("-", " ")}:
                if not _ACTIVITY.search(activity):
                    continue
                out += [f"{activity} {who}" for who in _PEOPLE_WORDS]
                out += [f"the {who} who runs {activity}" for who in _PEOPLE_WORDS]
    return out


_PEOPLE_WORDS = ("lady", "woman", "man", "bloke", "guy", "fella")
# Posts a parent would describe as "the lady who runs ..." (not "designated safeguarding").
_ACTIVITY = re.compile(r"\b(club|kitchen|canteen|lunch|breakfast|playground|library|choir|"
                       r"sports?|forest school|music|drama|nurture|wraparound)\b")


def _staff_entries(member: StaffMember, zipf: WordFrequency) -> list[tuple[str, _Entry]]:
    key = member.name
    titles = _title_forms(member.title)
    surname = member.surname
    given = " ".join(member.given_names)
    out: list[tuple[str, _Entry]] = [(member.name, _Entry("staff", key, "full name", False))]
    if given:
        out.append((f"{given} {surname}", _Entry("staff", key, "full name", False)))
    for t in titles:
        # Capitalised so spaCy's tokeniser keeps "Mrs." as one token, as it does in messages.
        # Lower case with a full stop tokenises differently again ("mrs" + "."), so add it too.
        for form in (t.capitalize(), f"{t.capitalize()}.", f"{t}."):
            out.append((f"{form} {surname}", _Entry("staff", key, "title+surname", False)))
            out.append((f"{form} {surname[0]}", _Entry("staff", key, "title+initial", False)))
            if given:
                out.append((f"{form} {given}", _Entry("staff", key, "title+first name", False)))
    for alias in member.aliases:
        out += _bare_name(alias, key, "alias", zipf)
    if zipf(surname.lower()) < COMMON_WORD_ZIPF:
        out += _bare_name(surname, key, "surname", zipf)
    for phrase in role_phrases(member.role):
        out.append((phrase, _Entry("staff", key, "role", False)))
    # Initials of first name and surname ("JW" for Julie Wood), written in capitals.
    if given:
        initials = (given[0] + surname[0]).upper()
        if initials.isalpha() and initials not in _COMMON_ABBREVIATIONS:
            out.append((initials, _Entry("staff", key, "initials", True)))
    return out


# Two-letter capitals that usually mean something else in a school chat.
_COMMON_ABBREVIATIONS = frozenset(
    "PE RE DT IT TA HT OK UK PM AM GP NH PT MP BB LO MS SA FA SO TV BC AD ID ED NI".split())


def _bare_name(name: str, key: str, via: str, zipf: WordFrequency,
               kind: MentionKind = "staff") -> list[tuple[str, _Entry]]:
    """A name written without a title: case rules depend on how ordinary the word is."""
    words = name.split()
    if len(words) > 1 or any(not w.isalpha() for w in words):
        return [(name, _Entry(kind, key, via, False))]
    if zipf(name.lower()) < RARE_WORD_ZIPF:
        return [(name, _Entry(kind, key, via, False))]
    return [(name[0].upper() + name[1:], _Entry(kind, key, via, True))]


class PeopleMatcher:
    """Recognises a school's staff and pupils in a spaCy Doc.

    Built once per school: `PeopleMatcher(school, nlp, zipf)` where `zipf` gives a word's
    frequency on the Zipf scale (the caller passes `wordfreq.zipf_frequency` for English).
    """

    def __init__(self, school: SchoolConfig, nlp: Language, zipf: WordFrequency):
        self._entries: dict[str, _Entry] = {}
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._fuzzy = Matcher(nlp.vocab)
        self._fuzzy_titles: set[str] = set()
        self._add_fuzzy_surnames(school)
        phrases: list[tuple[str, _Entry]] = []
        for member in school.staff:
            phrases += _staff_entries(member, zipf)
        phrases += self._first_names(school, zipf)
        for p in school.pupils:
            key = f"{p.first_name} {p.initial}" if p.initial else p.first_name
            if p.initial:
                phrases.append((key, _Entry("pupil", key, "pupil name", False)))
            phrases += _bare_name(p.first_name, key, "pupil first name", zipf, kind="pupil")
        self._add(nlp, self._drop_ambiguous(phrases))

    @staticmethod
    def _first_names(school: SchoolConfig, zipf: WordFrequency) -> list[tuple[str, _Entry]]:
        """Staff first names, only when no other staff member or pupil shares them."""
        counts: dict[str, int] = {}
        for m in school.staff:
            for g in m.given_names[:1]:
                counts[g.lower()] = counts.get(g.lower(), 0) + 1
        pupils = {p.first_name.lower() for p in school.pupils}
        out: list[tuple[str, _Entry]] = []
        for m in school.staff:
            for g in m.given_names[:1]:
                if counts[g.lower()] == 1 and g.lower() not in pupils:
                    out += _bare_name(g, m.name, "first name", zipf)
        return out

    @staticmethod
    def _drop_ambiguous(phrases: Iterable[tuple[str, _Entry]]) -> list[tuple[str, _Entry]]:
        """A phrase that could mean two people ("Mrs C" for Mrs Chen and Mrs Cole) is dropped."""
        owners: dict[str, set[str]] = {}
        for phrase, entry in phrases:
            owners.setdefault(phrase.lower(), set()).add(entry.key)
        return [(p, e) for p, e in phrases if len(owners[p.lower()]) == 1]

    def _add_fuzzy_surnames(self, school: SchoolConfig) -> None:
        """Title + a surname spelt up to one or two letters differently."""
        for member in school.staff:
            surname = member.surname.lower()
            titles = _title_forms(member.title)
            if len(surname) < FUZZY_MIN_LENGTH or not titles or not surname.isalpha():
                continue
            op = "FUZZY2" if len(surname) >= FUZZY2_MIN_LENGTH else "FUZZY1"
            label = f"staff|{member.name}|title+misspelt surname"
            self._entries[label] = _Entry("staff", member.name, "title+misspelt surname", False)
            forms = [f for t in titles for f in (t, f"{t}.")]
            self._fuzzy_titles.update(forms)
            self._fuzzy.add(label, [[{"LOWER": {"IN": forms}}, {"LOWER": {op: surname}}]])

    def _add(self, nlp: Language, phrases: list[tuple[str, _Entry]]) -> None:
        for phrase, entry in phrases:
            label = f"{entry.kind}|{entry.key}|{entry.via}"
            self._entries[label] = entry
            matcher = self._exact if entry.case_sensitive else self._lower
            matcher.add(label, [nlp.make_doc(phrase)])

    def find(self, doc: Doc) -> list[Mention]:
        """Every person mentioned in `doc`, longest match first where they overlap."""
        spans: list[Span] = []
        # The fuzzy matcher is the slow one: only run it when a title is written.
        titled = any(t.lower_ in self._fuzzy_titles for t in doc)
        for matcher in (self._lower, self._exact, self._fuzzy):
            if not len(matcher) or (matcher is self._fuzzy and not titled):
                continue
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                entry = self._entries[label]
                if entry.case_sensitive and _sentence_initial(doc, start):
                    continue
                spans.append(Span(doc, start, end, label=label))
        mentions = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            entry = self._entries[span.label_]
            mentions.append(Mention(entry.kind, entry.key, span.start_char, span.end_char,
                                    entry.via))
        return mentions


def _sentence_initial(doc: Doc, i: int) -> bool:
    """True at the start of the text or after . ! ? or a line break."""
    if i == 0:
        return True
    prev = doc[i - 1].text
    return prev in {".", "!", "?", "…"} or "\n" in doc[i - 1].whitespace_ or prev.isspace()
