"""Build the school's engine for a replay; the replay calls its batched `score`.

One process is enough: on this machine a 100,000-message export replays in about 25 s with
the offline scorer. A pool of worker processes was measured and dropped: each worker needs
its own engine (about 240 MB), so two workers and the reading process came to 736 MB for
no gain in time on two shared cores (`docs/replay.md`).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.replay.lean import torch_hidden

if TYPE_CHECKING:  # importing the engine imports spaCy, which must wait for torch_hidden
    from rules.engine import Engine

# Messages per engine call: the engine analyses a batch at once (toxicity, learned models).
BATCH_SIZE = 256


@dataclass(frozen=True)
class EngineSpec:
    """How to build the engine: what `kindly replay` was given."""

    school: Path
    rulebook: str | None = None
    scorer: str | None = None


def load_engine(spec: EngineSpec) -> "tuple[Engine, str]":
    """The school's engine and a one-line description of its toxicity scorer.

    Raises:
        ConfigError: the school file, the rulebook or the scorer settings are unusable.
    """
    from bot.scorers import ScorerSettings, build_scorer

    settings = ScorerSettings.from_env()
    if spec.scorer:
        settings = settings.with_backend(spec.scorer)
    with torch_hidden(settings.backend == "offline"):
        from bot.loading import build_engine, read_rulebook, read_school

        school = read_school(spec.school)
        rulebook = read_rulebook(spec.rulebook) if spec.rulebook else None
        scorer, status = build_scorer(settings)
        return build_engine(school, scorer, rulebook), status
