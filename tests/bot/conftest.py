"""Fixtures for bot/ tests: a tiny random Detoxify checkpoint and a machine with no network."""

import socket
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(checkpoint, config_dir) of a seeded 2-layer BERT in Detoxify's format, built once."""
    from bot.bench_checkpoint import build_random_checkpoint

    return build_random_checkpoint(tmp_path_factory.mktemp("detoxify-tiny"), "tiny")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hugging Face offline mode, and any attempt to open a connection fails the test."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def empty_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty torch hub and Hugging Face caches; returns torch hub's checkpoints folder."""
    import bot.detoxify_scorer

    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    hf_cache = tmp_path / "hf"
    hf_cache.mkdir()
    monkeypatch.setattr(bot.detoxify_scorer, "_hf_cache_dir", lambda: hf_cache)
    return tmp_path / "torch" / "hub" / "checkpoints"
