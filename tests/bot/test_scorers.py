"""Tests for bot/scorers.py and bot/bench_checkpoint.py.

Detoxify tests run the real torch/transformers/Detoxify code on a tiny random checkpoint with
the network blocked. Tests of the offline fallback skip until rules/offline_scorer.py lands.
"""

import logging
import shutil
import threading
from pathlib import Path

import pytest

import bot.detoxify_scorer as detoxify_scorer
import bot.scorers as scorers
from bot.bench_checkpoint import build_random_checkpoint, wordpiece_vocab
from bot.scorers import (
    DetoxifyScorer,
    ScorerSettings,
    ScorerUnavailable,
    build_scorer,
    detoxify_available,
    detoxify_checkpoint_file,
    doctor_lines,
)
from rules.config_errors import ConfigError
from rules.scorer import TOXICITY_KEYS

TEXTS = [
    "Does anyone know when the school trip is?",
    "Thanks so much for organising the cake sale x",
    "you are an idiot",
    "Reminder: PE kit on Monday",
    "hello",
    "",
    "Lost blue jumper, named, year 2",
    "Can someone tell me what the homework is please",
    "lol",
    "See you at the gate tomorrow morning",
    "Parents evening is next week",
]


@pytest.fixture
def scorer(tiny_checkpoint: tuple[Path, Path], offline: None) -> DetoxifyScorer:
    checkpoint, config_dir = tiny_checkpoint
    return DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir, batch_size=4)


def _values(results: list) -> list[float]:
    """All scores of a batch, flattened text by text in TOXICITY_KEYS order."""
    return [r.values[k] for r in results for k in TOXICITY_KEYS]


# --- Detoxify backend on the tiny checkpoint ------------------------------------------------

@pytest.mark.detoxify
def test_when_tiny_checkpoint_is_scored_offline_then_each_text_gets_every_label_in_range(
        scorer: DetoxifyScorer) -> None:
    results = scorer.predict(TEXTS)
    assert len(results) == len(TEXTS)
    for result in results:
        assert set(result.values) == set(TOXICITY_KEYS)
        assert all(0.0 <= v <= 1.0 for v in result.values.values())
    assert scorer.name == "detoxify:checkpoint:kindly-random-bert-tiny.ckpt"


@pytest.mark.detoxify
def test_when_batch_is_larger_than_chunk_size_then_results_keep_input_order(
        scorer: DetoxifyScorer) -> None:
    batched = _values(scorer.predict(TEXTS))
    one_by_one = [v for text in TEXTS for v in _values(scorer.predict([text]))]
    # Padding changes float rounding slightly, so compare with a tolerance...
    assert batched == pytest.approx(one_by_one, abs=1e-5)
    # ...that is far below how much the random scores differ from one text to the next.
    toxicity = batched[::len(TOXICITY_KEYS)]
    assert len({round(v, 3) for v in toxicity}) > len(TEXTS) // 2


@pytest.mark.detoxify
def test_when_scored_twice_or_by_two_scorers_then_scores_are_identical(
        scorer: DetoxifyScorer, tiny_checkpoint: tuple[Path, Path]) -> None:
    checkpoint, config_dir = tiny_checkpoint
    other = DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir, batch_size=4)
    first = scorer.predict(TEXTS)
    assert scorer.predict(TEXTS) == first
    assert other.predict(TEXTS) == first


@pytest.mark.detoxify
def test_when_compared_with_detoxify_itself_then_scores_match(
        scorer: DetoxifyScorer, tiny_checkpoint: tuple[Path, Path]) -> None:
    import detoxify

    checkpoint, config_dir = tiny_checkpoint
    reference = detoxify.Detoxify(checkpoint=str(checkpoint),
                                  huggingface_config_path=str(config_dir)).predict(TEXTS)
    ours = scorer.predict(TEXTS)
    for key in TOXICITY_KEYS:
        assert [r.values[key] for r in ours] == pytest.approx(reference[key], abs=1e-5)


@pytest.mark.detoxify
def test_when_predict_is_called_repeatedly_from_threads_then_the_model_loads_once(
        scorer: DetoxifyScorer, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_load = detoxify_scorer._load_detoxify

    def counting_load(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(detoxify_scorer, "_load_detoxify", counting_load)
    threads = [threading.Thread(target=scorer.predict, args=(TEXTS[:3],)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    scorer.predict(TEXTS)
    scorer.load()
    assert len(calls) == 1


@pytest.mark.detoxify
def test_when_no_texts_are_given_then_nothing_is_loaded(
        scorer: DetoxifyScorer, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("loaded for an empty batch")

    monkeypatch.setattr(detoxify_scorer, "_load_detoxify", fail)
    assert scorer.predict([]) == []


@pytest.mark.detoxify
def test_when_checkpoint_uses_other_label_names_then_they_map_and_missing_ones_read_zero(
        tiny_checkpoint: tuple[Path, Path], tmp_path: Path, offline: None) -> None:
    import torch

    checkpoint, config_dir = tiny_checkpoint
    loaded = torch.load(checkpoint, weights_only=True)
    # unbiased-style names: no severe_toxicity, plus sexual_explicit which Kindly drops
    loaded["config"]["dataset"]["args"]["classes"] = [
        "toxicity", "obscene", "sexual_explicit", "insult", "threat", "identity_hate"]
    renamed = tmp_path / "renamed.ckpt"
    torch.save(loaded, renamed)
    results = DetoxifyScorer(checkpoint=renamed, config_dir=config_dir).predict(TEXTS[:2])
    reference = DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir).predict(TEXTS[:2])
    for got, want in zip(results, reference, strict=True):
        assert set(got.values) == set(TOXICITY_KEYS)
        assert got.values["severe_toxicity"] == 0.0
        assert got.values["insult"] == want.values["threat"]  # column 3 in both files
        assert got.values["identity_attack"] == want.values["identity_attack"]


@pytest.mark.detoxify
def test_when_file_is_not_a_detoxify_checkpoint_then_loading_raises_scorer_unavailable(
        tmp_path: Path, tiny_checkpoint: tuple[Path, Path], offline: None) -> None:
    import torch

    bad = tmp_path / "weights-only.ckpt"
    torch.save({"state_dict": {}}, bad)
    with pytest.raises(ScorerUnavailable, match="weights-only.ckpt is not a Detoxify"):
        DetoxifyScorer(checkpoint=bad, config_dir=tiny_checkpoint[1]).predict(["hi"])


# --- Availability without downloading ----------------------------------------------------------

@pytest.mark.detoxify
def test_when_checkpoint_file_is_missing_then_unavailable_with_reason_naming_it(
        tmp_path: Path) -> None:
    ok, reason = detoxify_available(checkpoint=tmp_path / "nowhere.ckpt")
    assert not ok
    assert "nowhere.ckpt" in reason
    assert "\n" not in reason


@pytest.mark.detoxify
def test_when_model_weights_are_not_cached_then_reason_names_the_cache_file(
        empty_caches: Path) -> None:
    ok, reason = detoxify_available("unbiased")
    assert not ok
    assert "toxic_debiased-c7548aa0.ckpt" in reason
    assert str(empty_caches) in reason


@pytest.mark.detoxify
def test_when_weights_are_cached_but_not_the_hf_config_then_unavailable_naming_base_model(
        empty_caches: Path) -> None:
    empty_caches.mkdir(parents=True)
    detoxify_checkpoint_file("unbiased").write_bytes(b"placeholder")
    ok, reason = detoxify_available("unbiased")
    assert not ok
    assert "roberta-base" in reason


@pytest.mark.detoxify
def test_when_named_model_weights_are_in_torch_hub_cache_then_they_load_from_there(
        empty_caches: Path, tiny_checkpoint: tuple[Path, Path], offline: None) -> None:
    checkpoint, config_dir = tiny_checkpoint
    empty_caches.mkdir(parents=True)
    shutil.copy(checkpoint, detoxify_checkpoint_file("original"))
    ok, reason = detoxify_available("original", config_dir=config_dir)
    assert ok, reason
    scorer = DetoxifyScorer(model="original", config_dir=config_dir)
    assert scorer.name == "detoxify:original"
    assert len(scorer.predict(TEXTS[:3])) == 3


@pytest.mark.detoxify
def test_when_checkpoint_names_a_hub_model_then_only_a_config_dir_makes_it_loadable_offline(
        tiny_checkpoint: tuple[Path, Path], empty_caches: Path, tmp_path: Path,
        offline: None) -> None:
    import torch

    checkpoint, config_dir = tiny_checkpoint
    loaded = torch.load(checkpoint, weights_only=True)
    # What Detoxify's published checkpoints hold: a Hub id, not a local folder.
    loaded["config"]["arch"]["args"]["model_type"] = "bert-base-uncased"
    hub_named = tmp_path / "hub-named.ckpt"
    torch.save(loaded, hub_named)
    ok, reason = detoxify_available(checkpoint=hub_named)
    assert not ok
    assert "bert-base-uncased" in reason
    assert detoxify_available(checkpoint=hub_named, config_dir=config_dir)[0]
    scorer = DetoxifyScorer(checkpoint=hub_named, config_dir=config_dir)
    assert _values(scorer.predict(TEXTS[:2])) == pytest.approx(
        _values(DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir).predict(TEXTS[:2])))


# --- Choosing the backend -----------------------------------------------------------------------

@pytest.mark.detoxify
def test_when_auto_and_no_weights_then_offline_scorer_with_exactly_one_warning(
        empty_caches: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        scorer, status = build_scorer(ScorerSettings(backend="auto"))
    assert type(scorer).__name__ == "OfflineScorer"
    assert status.startswith("offline scorer (auto:")
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "toxic_debiased-c7548aa0.ckpt" in message
    assert "KINDLY_DETOXIFY_CHECKPOINT" in message
    assert len(scorer.predict(["hello", "thanks"])) == 2


def test_when_offline_is_chosen_then_offline_scorer_is_built_without_checking_detoxify(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("Detoxify checked although offline was chosen")

    monkeypatch.setattr(scorers, "check_availability", fail)
    scorer, status = build_scorer(ScorerSettings(backend="offline"))
    assert type(scorer).__name__ == "OfflineScorer"
    assert "KINDLY_SCORER=offline" in status


@pytest.mark.detoxify
def test_when_auto_and_checkpoint_present_then_detoxify_is_chosen_without_warning(
        tiny_checkpoint: tuple[Path, Path], caplog: pytest.LogCaptureFixture) -> None:
    checkpoint, config_dir = tiny_checkpoint
    with caplog.at_level(logging.WARNING):
        scorer, status = build_scorer(ScorerSettings(checkpoint=checkpoint,
                                                     config_dir=config_dir))
    assert isinstance(scorer, DetoxifyScorer)
    assert status.startswith("detoxify:checkpoint:kindly-random-bert-tiny.ckpt (auto:")
    assert caplog.records == []


@pytest.mark.detoxify
def test_when_detoxify_is_required_without_weights_then_scorer_unavailable_names_the_fix(
        empty_caches: Path) -> None:
    with pytest.raises(ScorerUnavailable) as raised:
        build_scorer(ScorerSettings(backend="detoxify"))
    message = str(raised.value)
    assert "toxic_debiased-c7548aa0.ckpt" in message
    assert "KINDLY_DETOXIFY_CHECKPOINT" in message
    assert "KINDLY_DETOXIFY_CONFIG_DIR" in message


@pytest.mark.detoxify
def test_when_config_dir_lacks_config_json_then_detoxify_required_fails_naming_it(
        tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    settings = ScorerSettings(backend="detoxify", checkpoint=tiny_checkpoint[0],
                              config_dir=tmp_path)
    with pytest.raises(ScorerUnavailable, match="has no config.json"):
        build_scorer(settings)


# --- Settings ------------------------------------------------------------------------------------

def test_when_env_is_set_then_settings_come_from_it(tmp_path: Path) -> None:
    env = {"KINDLY_SCORER": "Detoxify", "KINDLY_DETOXIFY_MODEL": "original",
           "KINDLY_DETOXIFY_CHECKPOINT": str(tmp_path / "c.ckpt"),
           "KINDLY_DETOXIFY_CONFIG_DIR": str(tmp_path)}
    assert ScorerSettings.from_env(env) == ScorerSettings(
        backend="detoxify", model="original", checkpoint=tmp_path / "c.ckpt",
        config_dir=tmp_path)


def test_when_env_is_empty_then_defaults_are_auto_and_unbiased() -> None:
    assert ScorerSettings.from_env({}) == ScorerSettings(backend="auto", model="unbiased")


@pytest.mark.parametrize(("var", "value"), [
    ("KINDLY_SCORER", "gpu"),
    ("KINDLY_DETOXIFY_MODEL", "toxic-bert"),
])
def test_when_env_value_is_unknown_then_config_error_names_the_variable(
        var: str, value: str) -> None:
    with pytest.raises(ConfigError, match=f"environment, field {var}: '{value}' is not one"):
        ScorerSettings.from_env({var: value})


# --- kindly doctor -------------------------------------------------------------------------------

@pytest.mark.detoxify
def test_when_doctor_runs_with_a_checkpoint_then_it_names_detoxify_as_active(
        tiny_checkpoint: tuple[Path, Path], empty_caches: Path) -> None:
    checkpoint, config_dir = tiny_checkpoint
    lines = doctor_lines(ScorerSettings(checkpoint=checkpoint, config_dir=config_dir))
    assert lines[0].startswith("Toxicity scorer: detoxify:checkpoint:kindly-random-bert-tiny")
    text = "\n".join(lines)
    for package in ("torch", "detoxify", "transformers", "spacy", "alt-profanity-check"):
        assert f"\n{package}: " in text
    assert "Detoxify weights unbiased (default): missing" in text


@pytest.mark.detoxify
def test_when_doctor_runs_without_weights_then_it_explains_the_offline_fallback(
        empty_caches: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = doctor_lines(ScorerSettings())
    assert lines[0].startswith("Toxicity scorer: offline scorer (auto:")
    assert "toxic_debiased-c7548aa0.ckpt" in lines[0]
    assert caplog.records == []


# --- Random checkpoints for benchmarks --------------------------------------------------------

@pytest.mark.detoxify
def test_when_tiny_checkpoint_is_built_twice_then_files_are_identical(
        tiny_checkpoint: tuple[Path, Path], tmp_path: Path) -> None:
    import torch

    again, again_config = build_random_checkpoint(tmp_path, "tiny")
    first = torch.load(tiny_checkpoint[0], weights_only=True)["state_dict"]
    second = torch.load(again, weights_only=True)["state_dict"]
    assert first.keys() == second.keys()
    assert all(torch.equal(first[name], second[name]) for name in first)
    assert ((again_config / "vocab.txt").read_text(encoding="utf-8")
            == (tiny_checkpoint[1] / "vocab.txt").read_text(encoding="utf-8"))


def test_when_base_vocabulary_is_built_then_it_has_bert_base_size_without_duplicates() -> None:
    vocab = wordpiece_vocab("base")
    assert len(vocab) == 30522 == len(set(vocab))
    assert vocab[:5] == ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


@pytest.mark.detoxify
def test_when_base_checkpoint_is_built_then_it_has_bert_base_size_and_loads_offline(
        tmp_path: Path, offline: None) -> None:
    # Takes a few seconds: 110M parameters are initialised and 440 MB written to tmp_path.
    checkpoint, config_dir = build_random_checkpoint(tmp_path, "base")
    scorer = DetoxifyScorer(checkpoint=checkpoint, config_dir=config_dir)
    scorer.load()
    network = scorer._loaded.model
    assert sum(p.numel() for p in network.parameters()) == pytest.approx(109_486_854, rel=0.01)
    assert (network.config.num_hidden_layers, network.config.hidden_size,
            network.config.num_attention_heads, network.config.intermediate_size,
            network.config.vocab_size) == (12, 768, 12, 3072, 30522)
    assert len(scorer.predict(TEXTS[:2])) == 2
