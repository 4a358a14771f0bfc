"""A school's code of conduct as declarative data: clauses, channels and the escalation ladder.

Rulebooks are YAML files (`rules/rulebooks/*.yaml`) that a headteacher can read. This module
only parses text that the caller has read and checks it; see `rules/rulebooks/README.md` for
the format written out for reviewers.
"""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rules.config_errors import (
    ConfigError,
    LocatedValueError,
    line_of,
    parse_yaml_mapping,
    validate,
)
from rules.labels import ALL_LABELS, CONTENT_LABELS

Severity = Literal["low", "medium", "high"]
# ladder: counts towards the parent's ladder; case: opens a case at once; safeguarding_lead:
# a private alert to the DSL; none: the reminder only, never counted against the parent.
Escalation = Literal["ladder", "case", "safeguarding_lead", "none"]
SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Strict):
    """A policy document the clauses cite."""

    id: str
    title: str
    date: str = ""


class Channel(_Strict):
    """Where a parent should take a concern instead of the group."""

    name: str = Field(description='How the reminder names it: "the school office"')
    how: str = Field(description="One sentence: how to reach it")


class Ladder(_Strict):
    """When repeated breaches open a case for the headteacher."""

    window_days: int = Field(30, ge=1, description="Breaches older than this stop counting")
    case_at_weight: float = Field(3, gt=0, description="Weighted breaches that open a case")
    weights: dict[Severity, float] = Field(
        default_factory=lambda: {"low": 1.0, "medium": 1.0, "high": 3.0})
    reset_at_end_of_term: bool = True


class When(_Strict):
    """What to look for: detector labels, optionally with a minimum score."""

    labels: list[str] = Field(min_length=1)
    min_score: float = Field(0.0, ge=0, le=1)

    @field_validator("labels")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        for label in value:
            if label not in ALL_LABELS:
                known = ", ".join(sorted(ALL_LABELS))
                raise ValueError(f'unknown label "{label}"; known labels: {known}')
        return value


class Then(_Strict):
    """What to do when a clause is breached."""

    remind: bool = Field(True, description="Reply in the group with the reminder")
    delete: bool = Field(False, description="The school allows the bot to remove the message")
    redirect: str = Field(description="Key of the channel the reminder points to")
    escalate: Escalation = "ladder"


class Examples(_Strict):
    """Messages that must and must not breach the clause, checked by the test suite."""

    flag: list[str] = Field(default_factory=list)
    pass_: list[str] = Field(default_factory=list, alias="pass")


class Clause(_Strict):
    """One rule of the code of conduct."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
    title: str
    rule: str = Field(description="The rule in plain words")
    source: str = Field(description="Id of the policy document it comes from")
    section: str = Field(description="Where in that document")
    category: Literal["respect", "privacy", "channels", "safety", "contact", "conduct"]
    severity: Severity
    kind: Literal["hard", "soft"] = Field(
        "soft", description="hard: always acted on; soft: a score a human should confirm")
    when: When
    then: Then
    reminder: str = Field(min_length=10, description="Gentle text; may use {channel}")
    next_steps: list[str] = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)

    @model_validator(mode="after")
    def _safeguarding_private(self) -> "Clause":
        if self.then.escalate == "safeguarding_lead" and self.then.remind:
            raise ValueError("a safeguarding clause must not post a public reminder "
                             "(set then.remind: false)")
        return self


class Rulebook(_Strict):
    """A school's code of conduct."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    school: str
    version: str
    next_review: date | None = None
    sources: list[Source] = Field(min_length=1)
    channels: dict[str, Channel] = Field(min_length=1)
    ladder: Ladder = Field(default_factory=Ladder)
    clauses: list[Clause] = Field(min_length=1)

    @model_validator(mode="after")
    def _cross_checks(self) -> "Rulebook":
        seen: set[str] = set()
        source_ids = {s.id for s in self.sources}
        for i, clause in enumerate(self.clauses):
            if clause.id in seen:
                raise LocatedValueError(f'clause id "{clause.id}" is used twice',
                                        ("clauses", i, "id"))
            seen.add(clause.id)
            if clause.then.redirect not in self.channels:
                raise LocatedValueError(
                    f'clause "{clause.id}": then.redirect "{clause.then.redirect}" is not one '
                    f"of the channels ({', '.join(self.channels)})",
                    ("clauses", i, "then", "redirect"))
            if clause.source not in source_ids:
                raise LocatedValueError(
                    f'clause "{clause.id}": source "{clause.source}" is not one of the sources '
                    f"({', '.join(sorted(source_ids))})", ("clauses", i, "source"))
        return self

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with this id, or None (e.g. a stored id from an older rulebook)."""
        return next((c for c in self.clauses if c.id == clause_id), None)

    def clause_for(self, label: str, score: float = 1.0) -> Clause | None:
        """The first clause, in file order, that a finding with this label breaches."""
        for clause in self.clauses:
            if label in clause.when.labels and score >= clause.when.min_score:
                return clause
        return None

    def uncovered_labels(self) -> list[str]:
        """Content labels no clause acts on (the school has not adopted such a rule)."""
        covered = {label for c in self.clauses for label in c.when.labels}
        return [label for label in CONTENT_LABELS if label not in covered]

    def reminder_text(self, clause: Clause) -> str:
        """The clause's reminder with its channel filled in."""
        channel = self.channels[clause.then.redirect]
        return clause.reminder.format(channel=channel.name, how=channel.how)


def load_rulebook(text: str, source: str = "<rulebook>") -> Rulebook:
    """Parse and validate a rulebook's YAML text.

    Raises:
        ConfigError: naming the file, line, field (e.g. `clauses[3].then.redirect`) and
            the problem.
    """
    data, node = parse_yaml_mapping(text, source)
    book = validate(Rulebook, data, node, source)
    for i, clause in enumerate(book.clauses):
        try:
            book.reminder_text(clause)
        except (KeyError, IndexError) as e:
            loc = ("clauses", i, "reminder")
            raise ConfigError(source, f"clause \"{clause.id}\": reminder uses an unknown "
                              f"placeholder {e}; only {{channel}} and {{how}} are known",
                              line=line_of(node, loc), field=f"clauses[{i}].reminder") from e
    return book
