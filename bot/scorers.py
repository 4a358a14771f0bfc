"""Choose and build the toxicity scorer: Detoxify when its weights are on disk, else offline.

The Detoxify wrapper itself is in `bot/detoxify_scorer.py`.
`kindly doctor` prints `doctor_lines()`, which says which backend is active and why.
"""

import importlib.metadata
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, cast

from bot.detoxify_scorer import (
    DEFAULT_MODEL,
    DETOXIFY_MODELS,
    ENV_CHECKPOINT,
    ENV_CONFIG_DIR,
    ENV_MODEL,
    ENV_SCORER,
    DetoxifyScorer,
    ScorerUnavailable,
    check_availability,
    detoxify_available,
    detoxify_checkpoint_file,
    missing_dependency,
)
from rules.config_errors import ConfigError
from rules.scorer import ToxicityScorer

logger = logging.getLogger(__name__)

Backend = Literal["auto", "detoxify", "offline"]
BACKENDS: tuple[str, ...] = ("auto", "detoxify", "offline")

__all__ = ["DEFAULT_MODEL", "DetoxifyScorer", "ScorerSettings", "ScorerUnavailable",
           "build_offline_scorer", "build_scorer", "detoxify_available",
           "detoxify_checkpoint_file", "doctor_lines"]


@dataclass(frozen=True)
class ScorerSettings:
    """Which toxicity backend to use.

    Attributes:
        backend: KINDLY_SCORER. "auto" uses Detoxify when its weights are on disk and falls
            back to the offline scorer with a warning; "detoxify" refuses to start without
            it; "offline" never loads torch.
        model: KINDLY_DETOXIFY_MODEL, one of DETOXIFY_MODELS; default "unbiased".
        checkpoint: KINDLY_DETOXIFY_CHECKPOINT, a Detoxify checkpoint file used instead of
            the model's file in torch hub's cache.
        config_dir: KINDLY_DETOXIFY_CONFIG_DIR, a folder holding the Hugging Face config and
            tokenizer files for the checkpoint, used instead of the Hugging Face cache.
    """

    backend: Backend = "auto"
    model: str = DEFAULT_MODEL
    checkpoint: Path | None = None
    config_dir: Path | None = None

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, "
                             f"got {self.backend!r}")
        if self.model not in DETOXIFY_MODELS:
            raise ValueError(f"model must be one of {', '.join(DETOXIFY_MODELS)}, "
                             f"got {self.model!r}")

    def with_backend(self, backend: str) -> "ScorerSettings":
        """A copy with another backend, e.g. from a `--scorer` command-line flag."""
        return replace(self, backend=cast(Backend, backend))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "ScorerSettings":
        """Read the settings from environment variables; unset or empty ones keep defaults.

        Raises:
            ConfigError: KINDLY_SCORER or KINDLY_DETOXIFY_MODEL has an unknown value.
        """
        env = os.environ if environ is None else environ
        backend = env.get(ENV_SCORER, "").strip().lower() or "auto"
        model = env.get(ENV_MODEL, "").strip().lower() or DEFAULT_MODEL
        for var, value, allowed in ((ENV_SCORER, backend, BACKENDS),
                                    (ENV_MODEL, model, DETOXIFY_MODELS)):
            if value not in allowed:
                raise ConfigError("environment", f"{value!r} is not one of "
                                  f"{', '.join(allowed)}", field=var)

        def path(var: str) -> Path | None:
            value = env.get(var, "").strip()
            return Path(value).expanduser() if value else None

        return cls(backend=cast(Backend, backend), model=model,
                   checkpoint=path(ENV_CHECKPOINT), config_dir=path(ENV_CONFIG_DIR))


def build_offline_scorer() -> ToxicityScorer:
    """The offline scorer, with alt-profanity-check's bundled model as its profanity signal."""
    from bot.offline_model import load_profanity_prob
    from rules.offline_scorer import OfflineScorer

    profanity_prob: Callable[[list[str]], Sequence[float]] = load_profanity_prob()
    return OfflineScorer(profanity_prob=profanity_prob)


def _describe(settings: ScorerSettings) -> str:
    """What the settings ask Detoxify to load, for status lines."""
    if settings.checkpoint is not None:
        return f"detoxify:checkpoint:{settings.checkpoint.name}"
    return f"detoxify:{settings.model}"


def build_scorer(settings: ScorerSettings) -> tuple[ToxicityScorer, str]:
    """Build the configured toxicity scorer and say why that backend is the active one.

    The Detoxify scorer is returned unloaded; call its `load()` at startup.

    Args:
        settings: Backend choice and Detoxify file locations.

    Returns:
        (scorer, one-line status such as "detoxify:unbiased (auto: weights ... found)").

    Raises:
        ScorerUnavailable: backend "detoxify" was asked for but cannot run here.
    """
    if settings.backend == "offline":
        return build_offline_scorer(), f"offline scorer ({ENV_SCORER}=offline)"
    found = check_availability(settings.model, settings.checkpoint, settings.config_dir)
    if found.ok:
        scorer = DetoxifyScorer(model=settings.model, checkpoint=settings.checkpoint,
                                config_dir=settings.config_dir)
        why = f"{ENV_SCORER}=detoxify" if settings.backend == "detoxify" else "auto"
        return scorer, f"{scorer.name} ({why}: {found.reason})"
    if settings.backend == "detoxify":
        raise ScorerUnavailable(f"{ENV_SCORER}=detoxify but {found.reason}. To fix: {found.fix}")
    logger.warning("Detoxify is not available, using the offline scorer: %s. To use Detoxify: %s",
                   found.reason, found.fix)
    return build_offline_scorer(), f"offline scorer (auto: {found.reason})"


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def doctor_lines(settings: ScorerSettings) -> list[str]:
    """What `kindly doctor` prints about toxicity scoring, one line per fact.

    Reports the backend that `build_scorer` would choose and why, the versions of the
    scoring libraries, and whether each Detoxify model's weights are in torch hub's cache.
    Nothing is loaded or downloaded.
    """
    found = check_availability(settings.model, settings.checkpoint, settings.config_dir)
    if settings.backend == "offline":
        backend = f"offline scorer ({ENV_SCORER}=offline)"
    elif found.ok:
        backend = f"{_describe(settings)} ({settings.backend}: {found.reason})"
    elif settings.backend == "detoxify":
        backend = (f"NONE, the bot will not start: {ENV_SCORER}=detoxify but {found.reason}. "
                   f"To fix: {found.fix}")
    else:
        backend = f"offline scorer (auto: {found.reason}). To use Detoxify: {found.fix}"
    offline_ready = all(importlib.util.find_spec(name) is not None
                        for name in ("profanity_check", "rules.offline_scorer"))
    lines = [
        f"Toxicity scorer: {backend}",
        f"Scorer settings: {ENV_SCORER}={settings.backend} {ENV_MODEL}={settings.model} "
        f"{ENV_CHECKPOINT}={settings.checkpoint or '(unset)'} "
        f"{ENV_CONFIG_DIR}={settings.config_dir or '(unset)'}",
        "Offline scorer: " + ("available" if offline_ready else "NOT available"),
    ]
    lines += [f"{dist}: {_version(dist)}" for dist in
              ("torch", "detoxify", "transformers", "spacy", "alt-profanity-check")]
    if missing_dependency() is not None:
        lines.append("Detoxify weights: not checked (torch/transformers/detoxify missing)")
        return lines
    for model in DETOXIFY_MODELS:
        weights = detoxify_checkpoint_file(model)
        state = "present" if weights.is_file() else "missing"
        default = " (default)" if model == DEFAULT_MODEL else ""
        lines.append(f"Detoxify weights {model}{default}: {state} ({weights})")
    return lines
