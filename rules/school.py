"""A school's configuration: who its staff and pupils are, its public contacts and hours.

The minimal shape is the evaluation contract's school file (`school`, `timezone`,
`working_hours`, `staff`, `pupils`); everything else is optional. Keys Kindly does not know
are kept aside and reported by `unknown_keys`, never fatal, because schools' files carry
extra notes.
"""

import re
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rules.config_errors import ConfigError, parse_yaml_mapping, validate

TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "rev", "madame", "mme")
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class StaffMember(BaseModel):
    """A member of staff, named the way parents write them."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=2, description='Title and names, e.g. "Mrs Anna Example"')
    role: str = Field("", description='Free text: "Headteacher", "SENCo", "Year 3 teacher"')
    aliases: list[str] = Field(default_factory=list, description="Nicknames parents use")
    telegram_username: str | None = Field(None, description="Without the @, if known")

    @field_validator("name")
    @classmethod
    def _real_name(cls, value: str) -> str:
        value = " ".join(value.split())
        if len(value) < 2:
            raise ValueError("a staff name must have at least two letters")
        return value

    @property
    def title(self) -> str | None:
        """The title ("Mrs") when the name starts with one."""
        first = self.name.split()[0].rstrip(".").lower()
        return self.name.split()[0].rstrip(".") if first in TITLES else None

    @property
    def given_names(self) -> list[str]:
        """Given names without title or surname ("Mei Lin" for "Mrs Mei Lin Chen")."""
        parts = self.name.split()
        if self.title:
            parts = parts[1:]
        return parts[:-1]

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]


class Pupil(BaseModel):
    """A pupil: a first name and, usually, an initial ("Jayden K")."""

    first_name: str
    initial: str | None = None

    @classmethod
    def parse(cls, text: str) -> "Pupil":
        """Read "Jayden K" or "Jayden" into a Pupil."""
        parts = text.split()
        if not parts:
            raise ValueError("a pupil entry is empty")
        last = parts[-1].rstrip(".")
        initial = last if len(parts) > 1 and len(last) == 1 else None
        first = " ".join(parts[:-1]) if initial else " ".join(parts)
        return cls(first_name=first, initial=initial)


class PublicContacts(BaseModel):
    """Contacts the school publishes; sharing them is never a disclosure."""

    model_config = ConfigDict(extra="allow")

    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    websites: list[str] = Field(default_factory=list)
    social: list[str] = Field(default_factory=list, description="The school's own handles")


class Term(BaseModel):
    """One term or half-term when the school is open."""

    model_config = ConfigDict(extra="allow")

    name: str = ""
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> "Term":
        if self.end < self.start:
            raise ValueError(f"term ends ({self.end}) before it starts ({self.start})")
        return self


class Thresholds(BaseModel):
    """Per-school limits for the context rules (decimal scores are 0..1)."""

    model_config = ConfigDict(extra="allow")

    frequent_staff_messages_per_day: int = Field(
        3, ge=1, description="Messages to staff in a day before the frequency reminder"
    )
    toxicity: float = Field(0.5, gt=0, le=1, description="Toxicity score that counts as abuse")


class SchoolConfig(BaseModel):
    """A school as Kindly knows it."""

    model_config = ConfigDict(extra="allow")

    school: str = Field(min_length=1, description="The school's name")
    timezone: str = "Europe/London"
    working_hours: str = Field("08:00-17:00", description='"HH:MM-HH:MM", local time')
    working_days: list[str] = Field(default_factory=lambda: list(WEEKDAYS[:5]))
    staff: list[StaffMember] = Field(default_factory=list)
    pupils: list[Pupil] = Field(default_factory=list)
    public_contacts: PublicContacts = Field(default_factory=PublicContacts)
    term_dates: list[Term] = Field(default_factory=list)
    rulebook: str = Field("uk-primary", description="Rulebook id, e.g. pimperne-primary")
    thresholds: Thresholds = Field(default_factory=Thresholds)
    digests: dict[str, Any] | None = Field(
        None, description="When reviewers get digests; checked by bot/review/schedule.py")

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f'unknown timezone "{value}" (use e.g. "Europe/London")') from e
        return value

    @field_validator("working_hours")
    @classmethod
    def _hours_format(cls, value: str) -> str:
        m = _HOURS.match(value)
        if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[4]) > 59 or int(m[3]) > 24 \
                or (int(m[3]) == 24 and int(m[4]) > 0):
            raise ValueError(f'"{value}" is not "HH:MM-HH:MM", e.g. "08:00-17:00"')
        if (int(m[3]), int(m[4])) <= (int(m[1]), int(m[2])):
            raise ValueError(f'"{value}" ends before it starts; use e.g. "08:00-17:00"')
        return value

    @field_validator("working_days")
    @classmethod
    def _days(cls, value: list[str]) -> list[str]:
        days = [d.strip().lower()[:3] for d in value]
        bad = [d for d in days if d not in WEEKDAYS]
        if bad:
            raise ValueError(f"unknown day {bad[0]!r}; use mon, tue, wed, thu, fri, sat, sun")
        return days

    @field_validator("pupils", mode="before")
    @classmethod
    def _pupils(cls, value: object) -> object:
        if value is None:
            return []
        if isinstance(value, list):
            return [Pupil.parse(v) if isinstance(v, str) else v for v in value]
        return value

    @field_validator("staff", mode="before")
    @classmethod
    def _staff_none(cls, value: object) -> object:
        return [] if value is None else value

    @property
    def tz(self) -> ZoneInfo:
        """The school's timezone."""
        return ZoneInfo(self.timezone)

    @property
    def hours(self) -> tuple[time, time]:
        """Working hours as local (start, end) times."""
        m = _HOURS.match(self.working_hours)
        assert m is not None
        end = time(23, 59) if int(m[3]) == 24 else time(int(m[3]), int(m[4]))
        return time(int(m[1]), int(m[2])), end


# Words in school names that do not identify the school ("Primary", "CE", "Academy").
SCHOOL_GENERIC_WORDS = frozenset(
    "school academy primary junior juniors infant infants nursery first middle secondary high "
    "free community county church ce vc va rc c e of catholic roman methodist voluntary aided "
    "controlled federation trust england wales scotland and & the a st saint college".split())


def school_name_words(name: str) -> frozenset[str]:
    """The words that identify a school ("larkfield" in "Larkfield Primary School")."""
    return frozenset(w for w in re.findall(r"[a-z]+", name.lower())
                     if w not in SCHOOL_GENERIC_WORDS and len(w) > 2)


def school_short_forms(name: str) -> list[str]:
    """The school's name, its shorter forms and its initials, lower case, longest first.

    A name in parts ("Riverside Federation — Northgate Infant School", "Holy Family Primary,
    Kettleby") gives the forms of each part too ("northgate", "holy family"), but not the
    town after a comma.

    Args:
        name: The school's full name, e.g. "Larkfield Primary School".

    Returns:
        e.g. ["larkfield primary school", "larkfield primary", "larkfield", "lps"].
    """
    forms: set[str] = set()
    # What follows a comma is usually the town ("..., Kettleby"): not a name for the school.
    before_comma = name.lower().split(",")[0]
    parts = re.split(r"\s[—–-]\s|[:()]", before_comma)
    for part in dict.fromkeys([name.lower(), before_comma, *parts]):
        words = re.sub(r"[^\w'’&]+", " ", part).split()
        # A federation or trust is named by its whole name ("green federation"), never by
        # a word alone that may be a place ("the green").
        whole_only = part in parts and re.search(r"\b(?:federation|trust|partnership)\b", part)
        for ws in (words, words[1:] if words[:1] in (["the"], ["a"]) else []):
            specific = [i for i, w in enumerate(ws) if w not in SCHOOL_GENERIC_WORDS]
            if specific:
                first = len(ws) if whole_only else specific[-1] + 1
                forms.update(" ".join(ws[:n]) for n in range(first, len(ws) + 1))
    forms |= {re.sub(r"['’]s\b", "s", f) for f in forms}
    words = re.sub(r"[^\w'’&]+", " ", before_comma).split()
    initials = "".join(w[0] for w in words if w not in ("the", "of", "and", "&"))
    if len(initials) >= 3:
        forms.add(initials)
    return sorted((f for f in forms if len(f) >= 3), key=lambda f: (-len(f), f))


def unknown_keys(config: SchoolConfig) -> list[str]:
    """Keys in the file that Kindly does not use (reported, never fatal)."""
    keys = [f"{k}" for k in (config.model_extra or {})]
    for i, member in enumerate(config.staff):
        keys += [f"staff[{i}].{k}" for k in (member.model_extra or {})]
    for i, term in enumerate(config.term_dates):
        keys += [f"term_dates[{i}].{k}" for k in (term.model_extra or {})]
    keys += [f"public_contacts.{k}" for k in (config.public_contacts.model_extra or {})]
    keys += [f"thresholds.{k}" for k in (config.thresholds.model_extra or {})]
    return keys


def load_school(text: str, source: str = "<school>") -> SchoolConfig:
    """Parse and validate a school file's text.

    Args:
        text: The YAML text.
        source: The file name, used in error messages.

    Raises:
        ConfigError: naming the file, line, field and problem.
    """
    data, node = parse_yaml_mapping(text, source)
    if "school" not in data and "name" in data:
        raise ConfigError(source, 'the school\'s name goes under "school:", not "name:"',
                          field="school")
    return validate(SchoolConfig, data, node, source)
