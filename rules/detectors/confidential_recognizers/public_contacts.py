"""The school's published contacts, and how a message presents a contact detail: as the
school's, as the writer's own, or as someone else's."""

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException

from rules.school import SchoolConfig, school_name_words

_OWN_CUE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:number|phone|mobile|no|email|e-mail|address|house|home|"
    r"insta\w*|tiktok|facebook|account|handle|page|profile|snap\w*)\b|\b(?:me|us)\s+(?:on|at)"
    r"\b|\b(?:text|ring|call|phone|whatsapp|message|email|dm|contact|reach|follow)\s+(?:me|us)"
    r"\b|\b(?:i|we)\s+live\b|\bi['’]?m\s+(?:on|at)\b|\bwe['’]?re\s+(?:on|at)\b", re.IGNORECASE)
_PERSONAL_CUE = re.compile(
    r"\b(?:personal|private|home|mobile|direct)\b|\b(?:his|her|their)\s+(?:\w+\s+)?(?:number|"
    r"phone|mobile|email|e-mail|address|house|insta\w*|account|profile|handle|page)\b|"
    r"(?P<owner>\w+)(?:['’]s\s+(?:\w+\s+)?(?:number|phone|mobile|email|e-mail|address|house|"
    r"insta\w*|account|profile|handle)|\s+(?:is|['’]s)\s+on)\b|\blives?\b", re.IGNORECASE)
# Where someone lives is never the school's, whatever else the sentence mentions.
_HOME_CUE = re.compile(r"\b(?:lives?|living|home address|house)\b", re.IGNORECASE)
_PUBLIC_WORDS = (r"(?:the|school|main|front)\s+office|office\s+(?:number|phone|line|email)|"
                 r"reception|website|newsletter|switchboard|absence line|absences?|"
                 r"council|helpline|hotline|(?:transport|enquiries|enquiry|booking|advice|support|"
                 r"information|admissions|customer) line|surgery|nhs|charity|"
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
                   frozenset(domains), tuple(squash(a) for a in pc.addresses if squash(a)),
                   frozenset(handle_of(s) for s in pc.social), cue,
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


def squash(text: str) -> str:
    """Lower-case letters and digits only, for comparing addresses."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _domain(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def handle_of(text: str) -> str:
    """The bare lower-case handle of a social handle or profile link ("@Name", ".../name/")."""
    return text.strip().lower().rstrip("/").rsplit("/", 1)[-1].lstrip("@")
