"""Build the school's engine for a replay; the replay calls its batched `score`.

With the offline scorer, torch is hidden while spaCy is first imported: thinc (under spaCy)
imports torch whenever it is installed, only for GPU and PyTorch wrappers that a blank
pipeline never uses, and that costs about 180 MB of private memory and a second of start-up.
Nothing changes when torch is already loaded (Detoxify, a test session); torch stays
importable afterwards.

One process is enough: on this machine a 100,000-message export replays in about 25 s with
the offline scorer. A pool of worker processes was measured and dropped: each worker needs
its own engine (about 240 MB), so two workers and the reading process came to 736 MB for
no gain in time on two shared cores (`docs/replay.md`).
"""

import importlib.abc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing the engine imports spaCy, which must wait for torch_hidden
    from rules.engine import Engine


class _HideTorch(importlib.abc.MetaPathFinder):
    """Makes `import torch` fail as if torch were not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r} (hidden: offline scorer)")


@contextmanager
def torch_hidden(hide: bool = True) -> Iterator[None]:
    """While active (and if `hide`), torch cannot be imported unless it already was."""
    if not hide or "torch" in sys.modules or "spacy" in sys.modules:
        yield
        return
    finder = _HideTorch()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


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
