"""Detoxify, Kindly's production toxicity backend, wrapped behind `ToxicityScorer`.

Nothing here downloads. Detoxify's own constructor fetches weights from GitHub and configs from
the Hugging Face Hub; Kindly runs on machines without internet, so the weights must already
be in torch hub's cache (or at `KINDLY_DETOXIFY_CHECKPOINT`) and the model's Hugging Face
config and tokenizer in the Hugging Face cache (or in `KINDLY_DETOXIFY_CONFIG_DIR`).
"""

import importlib
import importlib.util
import logging
import pickle
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rules.scorer import (
    IDENTITY_ATTACK,
    SEVERE_TOXICITY,
    TOXICITY,
    TOXICITY_KEYS,
    ToxicityScores,
)

logger = logging.getLogger(__name__)

ENV_SCORER = "KINDLY_SCORER"
ENV_MODEL = "KINDLY_DETOXIFY_MODEL"
ENV_CHECKPOINT = "KINDLY_DETOXIFY_CHECKPOINT"
ENV_CONFIG_DIR = "KINDLY_DETOXIFY_CONFIG_DIR"

# Detoxify's published models, and the Hugging Face model each was fine-tuned from (its
# config and tokenizer are needed to rebuild the network around the checkpoint's weights).
BASE_MODELS: dict[str, str] = {
    "original": "bert-base-uncased",
    "unbiased": "roberta-base",
    "multilingual": "xlm-roberta-base",
    "original-small": "albert-base-v2",
    "unbiased-small": "albert-base-v2",
}
DETOXIFY_MODELS: tuple[str, ...] = tuple(BASE_MODELS)
DEFAULT_MODEL = "unbiased"
"""Kindly's production model.

`unbiased` was trained for the Jigsaw Unintended Bias in Toxicity Classification challenge,
whose aim is to recognise toxicity while reducing unintended bias against mentions of
identities: models like `original` learnt to score harmless sentences that merely mention an
identity ("my son is gay", "as a Muslim mum...") as toxic. In a school parent chat such
mentions are common and must not be flagged, so fairness across identities matters more here
than the last point of accuracy on the original benchmark.
"""
DEFAULT_BATCH_SIZE = 32
MAX_TOKENS = 512

# Detoxify's `original` checkpoints store the Jigsaw column names; its `load_checkpoint`
# renames them the same way. Labels outside TOXICITY_KEYS (sexual_explicit, identity groups)
# are dropped so every backend returns the same keys.
_LABEL_ALIASES = {"toxic": TOXICITY, "severe_toxic": SEVERE_TOXICITY,
                  "identity_hate": IDENTITY_ATTACK}
_HF_CONFIG_FILE = "config.json"
_INSTALL_FIX = "install it with: pip install 'kindly-bot[detoxify]' (install torch first)"
_CONFIG_DIR_FIX = (f"set {ENV_CONFIG_DIR} to a folder holding the model's config.json and "
                   "tokenizer files (save them with AutoConfig/AutoTokenizer.save_pretrained "
                   "on a machine with internet)")


class ScorerUnavailable(RuntimeError):
    """The configured toxicity backend cannot run here; the message says why and the fix."""


@dataclass(frozen=True)
class _Availability:
    """Whether Detoxify can load, the one-line reason, and what to do when it cannot."""

    ok: bool
    reason: str
    fix: str = ""


def detoxify_checkpoint_file(model: str) -> Path:
    """Where torch hub caches a Detoxify model's weights (the file may not exist).

    Raises:
        ImportError: torch or detoxify is not installed.
        ValueError: `model` is not one of DETOXIFY_MODELS.
    """
    import torch.hub
    from detoxify.detoxify import MODEL_URLS

    if model not in MODEL_URLS:
        raise ValueError(f"unknown Detoxify model {model!r}; choose one of "
                         f"{', '.join(DETOXIFY_MODELS)}")
    return Path(torch.hub.get_dir()) / "checkpoints" / MODEL_URLS[model].rsplit("/", 1)[-1]


def _hf_cache_dir() -> Path:
    """The Hugging Face hub cache folder (HF_HUB_CACHE / HF_HOME, read at import)."""
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def _cached_hf_folder(repo_id: str) -> Path | None:
    """The cached snapshot folder holding `repo_id`'s config.json, without any network call."""
    from huggingface_hub import try_to_load_from_cache

    try:
        found = try_to_load_from_cache(repo_id, _HF_CONFIG_FILE, cache_dir=_hf_cache_dir())
    except ValueError:  # not a valid repository id, e.g. a folder that has since moved
        return None
    return Path(found).parent if isinstance(found, str) else None


def _find_config_folder(model_type: str, config_dir: Path | None) -> Path | None:
    """The local folder to build the network and tokenizer from: never the network.

    In order: the configured folder, `model_type` when it is a folder (Kindly's random
    benchmark checkpoints), the Hugging Face cache's copy of the `model_type` repository.
    """
    if config_dir is not None:
        return config_dir
    if Path(model_type).is_dir():
        return Path(model_type)
    return _cached_hf_folder(model_type)


def _peek_model_type(checkpoint: Path) -> str | None:
    """The base model a checkpoint names, read without loading its tensors, if readable."""
    import torch

    try:
        loaded = torch.load(checkpoint, map_location="cpu", weights_only=True, mmap=True)
        return str(loaded["config"]["arch"]["args"]["model_type"])
    except (OSError, RuntimeError, EOFError, pickle.UnpicklingError, KeyError, TypeError):
        return None


def missing_dependency() -> str | None:
    """The first of torch, transformers, detoxify that cannot be imported, if any."""
    for module in ("torch", "transformers", "detoxify"):
        try:
            importlib.import_module(module)
        except ImportError:
            return module
    return None


def _config_dir_problem(config_dir: Path) -> str | None:
    """Why `config_dir` cannot serve as a Hugging Face config folder, if it cannot."""
    if not config_dir.is_dir():
        return f"config folder {config_dir} does not exist"
    if not (config_dir / _HF_CONFIG_FILE).is_file():
        return f"config folder {config_dir} has no {_HF_CONFIG_FILE}"
    return None


def _missing_weights(model: str, weights: Path) -> _Availability:
    """A named model whose weights are not in torch hub's cache."""
    from detoxify.detoxify import MODEL_URLS

    also = ""
    if _cached_hf_folder(BASE_MODELS[model]) is None:
        also = (f"; with the weights, Detoxify also needs the config and tokenizer of "
                f"{BASE_MODELS[model]} in {_hf_cache_dir()} or in {ENV_CONFIG_DIR}")
    return _Availability(
        False, f"Detoxify '{model}' weights {weights.name} are not in {weights.parent}",
        f"copy {weights.name} (from {MODEL_URLS[model]}) into {weights.parent}{also}; or set "
        f"{ENV_CHECKPOINT} to a Detoxify checkpoint and {ENV_CONFIG_DIR} to its config "
        f"folder; or set {ENV_SCORER}=offline")


def check_availability(model: str, checkpoint: Path | None,
                       config_dir: Path | None) -> _Availability:
    """Check, without loading or downloading anything large, whether Detoxify can run."""
    missing = missing_dependency()
    if missing is not None:
        return _Availability(False, f"{missing} is not installed", _INSTALL_FIX)
    if config_dir is not None and (problem := _config_dir_problem(config_dir)):
        return _Availability(False, problem, _CONFIG_DIR_FIX)
    if checkpoint is not None:
        if not checkpoint.is_file():
            return _Availability(False, f"Detoxify checkpoint {checkpoint} does not exist",
                                 f"point {ENV_CHECKPOINT} at an existing checkpoint file")
        weights, model_type = checkpoint, _peek_model_type(checkpoint)
        if model_type is None and config_dir is None:
            return _Availability(True, f"checkpoint {checkpoint} found (where its config "
                                 "comes from is only known when it loads)")
    else:
        weights, model_type = detoxify_checkpoint_file(model), BASE_MODELS[model]
        if not weights.is_file():
            return _missing_weights(model, weights)
    folder = config_dir if model_type is None else _find_config_folder(model_type, config_dir)
    if folder is None:
        return _Availability(
            False, f"weights {weights} found but the Hugging Face config and tokenizer of "
            f"{model_type} are not in {_hf_cache_dir()}", _CONFIG_DIR_FIX)
    return _Availability(True, f"weights {weights} found, config from {folder}")


def detoxify_available(model: str = DEFAULT_MODEL, checkpoint: Path | None = None,
                       config_dir: Path | None = None) -> tuple[bool, str]:
    """Say whether Detoxify can be loaded here, without downloading anything.

    Args:
        model: A Detoxify model name; its weights are looked up in torch hub's cache.
        checkpoint: A checkpoint file to use instead of the cached weights.
        config_dir: A local Hugging Face config and tokenizer folder to use instead of the
            Hugging Face cache.

    Returns:
        (available, one-line human explanation naming the file that is present or missing).
    """
    found = check_availability(model, checkpoint, config_dir)
    return found.ok, found.reason


@dataclass(frozen=True)
class _LoadedModel:
    """A Detoxify network ready to score, and which output column feeds each Kindly label."""

    model: Any
    tokenizer: Any
    columns: Mapping[str, int]
    max_length: int


@contextmanager
def _quiet_progress_bars() -> Iterator[None]:
    """Hide transformers' "Loading weights" bar, which would otherwise land in the bot's log."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def _read_checkpoint(path: Path, device: str) -> dict[str, Any]:
    """Load a checkpoint dict, safely when it holds only tensors and plain data."""
    import torch

    try:
        try:
            return torch.load(path, map_location=device, weights_only=True)
        except pickle.UnpicklingError:
            # Checkpoints saved by older training code may pickle other objects. The file is
            # the operator's own configuration, the same trust Detoxify itself extends.
            logger.info("Checkpoint %s needs full unpickling; loading it as Detoxify does", path)
            return torch.load(path, map_location=device, weights_only=False)
    except (OSError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
        raise ScorerUnavailable(f"cannot read Detoxify checkpoint {path}: {e}") from e


def _load_detoxify(model: str, checkpoint: Path | None, config_dir: Path | None,
                   device: str) -> _LoadedModel:
    """Rebuild a Detoxify classifier from local files only.

    Detoxify's `load_checkpoint` calls `from_pretrained(model_type)` on the Hub even when
    given `huggingface_config_path`, and then takes the label count from that folder's
    config.json. Passing the local folder as `model_type` to Detoxify's own
    `get_model_and_tokenizer` keeps every lookup on disk and the label count from the
    checkpoint.
    """
    from detoxify.detoxify import get_model_and_tokenizer

    path = checkpoint if checkpoint is not None else detoxify_checkpoint_file(model)
    if not path.is_file():
        raise ScorerUnavailable(f"Detoxify checkpoint {path} does not exist")
    loaded = _read_checkpoint(path, device)
    try:
        arch = loaded["config"]["arch"]["args"]
        classes = loaded["config"]["dataset"]["args"].get("classes") or arch["classes"]
        args = {key: arch[key] for key in ("model_type", "model_name", "tokenizer_name",
                                           "num_classes")}
        state_dict = loaded["state_dict"]
    except (KeyError, TypeError, AttributeError) as e:
        raise ScorerUnavailable(f"{path} is not a Detoxify checkpoint: it lacks {e}") from e
    folder = _find_config_folder(args["model_type"], config_dir)
    if folder is None:
        raise ScorerUnavailable(f"the Hugging Face config and tokenizer of {args['model_type']} "
                                f"are not in {_hf_cache_dir()}; {_CONFIG_DIR_FIX}")
    try:
        with _quiet_progress_bars():
            network, tokenizer = get_model_and_tokenizer(
                **{**args, "model_type": str(folder)}, state_dict=state_dict)
    except (OSError, ValueError, RuntimeError, AttributeError) as e:
        raise ScorerUnavailable(f"cannot build the Detoxify network of {path} from "
                                f"{folder}: {e}") from e
    network.to(device)
    network.eval()
    labels = [_LABEL_ALIASES.get(name, name) for name in classes]
    columns = {label: i for i, label in enumerate(labels) if label in TOXICITY_KEYS}
    max_length = min(int(getattr(tokenizer, "model_max_length", MAX_TOKENS)), MAX_TOKENS)
    logger.info("Loaded Detoxify checkpoint %s (%d labels used of %d)", path.name,
                len(columns), len(labels))
    return _LoadedModel(network, tokenizer, columns, max_length)


class DetoxifyScorer:
    """Detoxify behind Kindly's ToxicityScorer shape: one ToxicityScores per text, in order.

    The model loads on first use (or on `load()`, which the bot calls at startup), once, even
    when several threads ask at the same time. Scoring runs in chunks of `batch_size`.
    """

    def __init__(self, model: str = DEFAULT_MODEL, checkpoint: Path | None = None,
                 config_dir: Path | None = None, device: str = "cpu",
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        """Describe the model to load; nothing is read from disk until it is needed.

        Args:
            model: One of DETOXIFY_MODELS, read from torch hub's cache; ignored when
                `checkpoint` is given.
            checkpoint: A Detoxify-format checkpoint file.
            config_dir: A folder with the Hugging Face config and tokenizer files.
            device: A torch device name.
            batch_size: How many texts go through the network at once.

        Raises:
            ValueError: unknown model name or a batch size below 1.
        """
        if checkpoint is None and model not in DETOXIFY_MODELS:
            raise ValueError(f"unknown Detoxify model {model!r}; choose one of "
                             f"{', '.join(DETOXIFY_MODELS)}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.name = (f"detoxify:checkpoint:{checkpoint.name}" if checkpoint is not None
                     else f"detoxify:{model}")
        self._model = model
        self._checkpoint = checkpoint
        self._config_dir = config_dir
        self._device = device
        self._batch_size = batch_size
        self._loaded: _LoadedModel | None = None
        self._load_lock = threading.Lock()
        # Fast tokenizers raise "Already borrowed" when two threads use one at once.
        self._predict_lock = threading.Lock()

    def load(self) -> None:
        """Load the model now if it is not loaded yet.

        Raises:
            ScorerUnavailable: the checkpoint or its config cannot be found or read.
        """
        self._ensure_loaded()

    def _ensure_loaded(self) -> _LoadedModel:
        loaded = self._loaded
        if loaded is not None:
            return loaded
        with self._load_lock:
            if self._loaded is None:
                self._loaded = _load_detoxify(self._model, self._checkpoint, self._config_dir,
                                              self._device)
            return self._loaded

    def predict(self, texts: Sequence[str]) -> list[ToxicityScores]:
        """Score each text; the result has one entry per input, in order."""
        batch = list(texts)
        if not batch:
            return []
        loaded = self._ensure_loaded()
        results: list[ToxicityScores] = []
        for start in range(0, len(batch), self._batch_size):
            results.extend(self._score_chunk(loaded, batch[start:start + self._batch_size]))
        return results

    def _score_chunk(self, loaded: _LoadedModel, chunk: list[str]) -> list[ToxicityScores]:
        import torch

        with self._predict_lock, torch.inference_mode():
            inputs = loaded.tokenizer(chunk, return_tensors="pt", truncation=True,
                                      padding=True, max_length=loaded.max_length)
            logits = loaded.model(**inputs.to(self._device)).logits
            rows = torch.sigmoid(logits).cpu().tolist()
        return [ToxicityScores(values={key: float(row[loaded.columns[key]])
                                       if key in loaded.columns else 0.0
                                       for key in TOXICITY_KEYS})
                for row in rows]
