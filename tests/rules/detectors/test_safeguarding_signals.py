"""The safeguarding evidence table: every family's blocks sit in `SIGNALS` once and whole,
each group of alternatives points at one kind of risk, and anchors are cut as message words
are. What the signals catch is tested through the detector in `test_safeguarding.py`.
"""

import importlib
import pkgutil

import pytest

from rules.detectors import safeguarding_signals
from rules.detectors.safeguarding_signals import PHYSICAL, SIGNALS, Signal, sig, word_keys

FAMILIES = [importlib.import_module(f"{safeguarding_signals.__name__}.{m.name}")
            for m in pkgutil.iter_modules(safeguarding_signals.__path__) if m.name != "signal"]


def blocks() -> list[tuple[str, tuple[Signal, ...]]]:
    """Every tuple of signals a family module declares, with its qualified name."""
    return [(f"{module.__name__}.{name}", value) for module in FAMILIES
            for name, value in vars(module).items()
            if isinstance(value, tuple) and value and all(isinstance(s, Signal) for s in value)]


def test_when_a_family_declares_a_block_then_the_table_holds_it_once_and_whole() -> None:
    found = blocks()
    ids = [id(s) for s in SIGNALS]
    assert sum(len(block) for _, block in found) == len(SIGNALS)
    for name, block in found:
        first = ids.index(id(block[0]))
        assert ids[first:first + len(block)] == [id(s) for s in block], name


def test_when_signals_share_a_group_then_they_point_at_one_kind_of_risk() -> None:
    kinds: dict[str, str] = {}
    for s in SIGNALS:
        assert kinds.setdefault(s.group, s.category) == s.category, s.group


@pytest.mark.parametrize(("anchors", "keys"), [
    ("bruis", {"brui"}),  # a word beginning
    ("bruises|bruising", {"brui"}),  # words sharing a key
    ("can't|hit", {"can", "hit"}),  # cut where `word_keys` cuts; short words stay whole
])
def test_when_a_signal_is_built_then_its_anchors_are_cut_like_message_words(
        anchors: str, keys: set[str]) -> None:
    assert sig("g", PHYSICAL, 0.5, anchors, r"x").anchors == frozenset(keys)
    assert frozenset(keys) <= {k for a in anchors.split("|") for k in word_keys(a)}


@pytest.mark.parametrize("text", ["doesn't", "doesn’t", "doesnt"])
def test_when_a_pattern_has_a_straight_quote_then_any_apostrophe_or_none_matches(
        text: str) -> None:
    assert sig("g", PHYSICAL, 0.5, "doesn't", r"\bdoesn't\b").pattern.search(text)


def test_when_words_are_keyed_then_each_is_cut_to_four_characters() -> None:
    assert word_keys("bruises on his arm") == {"brui", "on", "his", "arm"}
