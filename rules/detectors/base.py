"""The detector contract and the per-message analysis every detector reads.

The engine analyses each message once (normalised text, spaCy doc, people mentioned,
toxicity scores) and hands the same `ParsedMessage` to every detector, as Presidio's
analyzer shares its NLP artifacts with its recognizers.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from rules.criticism_cues import OWN_CHILD_PREFIX
from rules.findings import Finding
from rules.message import Message
from rules.normalise import Normalised
from rules.school import SchoolConfig
from rules.scorer import ToxicityScores

if TYPE_CHECKING:
    from spacy.tokens import Doc

MentionKind = Literal["staff", "pupil"]

_OWN = re.compile(OWN_CHILD_PREFIX)


@dataclass(frozen=True)
class Mention:
    """A person the message refers to.

    Attributes:
        kind: "staff" or "pupil".
        key: The roster entry it resolves to ("Mrs Helen Whitcombe", "Jayden K").
        start: Start offset in the original message text.
        end: End offset (exclusive).
        via: How it was recognised: "title+surname", "full name", "first name", "alias",
            "role" or "pupil name".
    """

    kind: MentionKind
    key: str
    start: int
    end: int
    via: str

    @property
    def target(self) -> str:
        """The finding target string, e.g. "staff:Mrs Helen Whitcombe"."""
        return f"{self.kind}:{self.key}"


@dataclass
class ParsedMessage:
    """Everything the engine worked out about one message, shared by all detectors."""

    message: Message
    text: str
    norm: Normalised
    doc: "Doc"
    school: SchoolConfig
    toxicity: ToxicityScores
    mentions: list[Mention] = field(default_factory=list)
    learned: Mapping[str, float] = field(default_factory=dict)

    def staff_mentions(self) -> list[Mention]:
        """Mentions of staff members."""
        return [m for m in self.mentions if m.kind == "staff"]

    def pupil_mentions(self) -> list[Mention]:
        """Mentions of pupils."""
        return [m for m in self.mentions if m.kind == "pupil"]

    def is_own_child(self, m: Mention) -> bool:
        """A pupil the writer calls their own ("my Musa", "our Amira")."""
        if m.kind != "pupil":
            return False
        return bool(_OWN.search(self.text[max(0, m.start - 20):m.start].lower()))


@runtime_checkable
class Detector(Protocol):
    """A check over one parsed message.

    Attributes:
        name: Stable snake_case name, recorded with every finding.
        labels: The labels it may emit.
    """

    name: str
    labels: frozenset[str]

    def detect(self, parsed: ParsedMessage) -> list[Finding]:
        """Return findings (fired or near-miss) for this message."""
        ...
