"""The toxicity-scorer interface shared by the Detoxify and offline backends.

Scores use Detoxify's stable label names so either backend can feed the same detector.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

TOXICITY = "toxicity"
SEVERE_TOXICITY = "severe_toxicity"
OBSCENE = "obscene"
THREAT = "threat"
INSULT = "insult"
IDENTITY_ATTACK = "identity_attack"
TOXICITY_KEYS: tuple[str, ...] = (TOXICITY, SEVERE_TOXICITY, OBSCENE, THREAT, INSULT,
                                  IDENTITY_ATTACK)


@dataclass(frozen=True)
class ToxicityScores:
    """Scores 0..1 per Detoxify label, and where in the text the evidence is, when known.

    Attributes:
        values: One score per name in TOXICITY_KEYS (missing names read as 0).
        evidence: For a label, the (start, end) character span in the original text that
            drove the score, when the backend can say (lexicon hits); model backends
            leave it empty.
        reasons: For a label, a short description of what matched ("insult lexicon:
            animal epithet"), never the offensive word itself.
    """

    values: Mapping[str, float]
    evidence: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> float:
        """The score for one label, 0 when the backend does not produce it."""
        return float(self.values.get(key, 0.0))


ZERO_SCORES = ToxicityScores(values={k: 0.0 for k in TOXICITY_KEYS})


class ToxicityScorer(Protocol):
    """Anything that scores a batch of texts for toxicity."""

    name: str

    def predict(self, texts: Sequence[str]) -> list[ToxicityScores]:
        """Score each text; the result has one entry per input, in order."""
        ...


class NullScorer:
    """Scores everything zero: the rule layer on its own (benchmarks, tests)."""

    name = "none (rule layer only)"

    def predict(self, texts: Sequence[str]) -> list[ToxicityScores]:
        """Return zero scores for every text."""
        return [ZERO_SCORES for _ in texts]
