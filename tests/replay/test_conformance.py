"""Conformance with other projects' fixtures in ../shared/corpora/chat-exports.

chat-miner ships expected parses for its WhatsApp and Telegram fixtures; tg-parser and tg2md
ship Telegram exports without them, so their counts and a few texts are checked here.
"""

import csv
import json
from datetime import UTC, datetime

import pytest

from bot.replay.records import SYSTEM, USER
from tests.replay.conftest import SHARED_EXPORTS, records_of

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED_EXPORTS.is_dir(),
                       reason="../shared/corpora/chat-exports is not beside the project"),
]
MINER = SHARED_EXPORTS / "chat-miner"
LEGACY = sorted((MINER / "legacy_whatsapp_62d255f5").glob("*.txt")) if MINER.is_dir() else []
WHATSAPP = sorted((MINER / "test" / "whatsapp").glob("*.txt")) if MINER.is_dir() else []
# chat-miner's legacy parser turns `John Doe:.` into this placeholder; Kindly reads the line
# as a system line (there is no ": " after the name, and nothing to score).
DISAPPEARING = "<Disappearing Message>"


def _words(text: str) -> str:
    """chat-miner joins lines with spaces and turns no-break spaces into spaces."""
    return " ".join(text.split())


def _ours(path) -> tuple[list[tuple[str, str, str]], int]:
    records, malformed, _ = records_of(path)
    assert malformed == []
    users = sorted((r.sent_at.replace(tzinfo=None).isoformat(sep=" "), r.sender or "",
                    _words(r.text)) for r in records if r.kind == USER)
    return users, sum(r.kind == SYSTEM for r in records)


@pytest.mark.parametrize("path", LEGACY, ids=lambda p: p.name)
def test_when_a_legacy_chat_miner_fixture_is_read_then_it_matches_the_expected_parse(path):
    with path.with_name(path.stem + "_target.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expected = sorted((r["timestamp"], r["author"], _words(r["message"])) for r in rows
                      if r["author"] != "System" and r["message"] != DISAPPEARING)
    expected_system = sum(r["author"] == "System" or r["message"] == DISAPPEARING
                          for r in rows)
    users, system = _ours(path)
    assert users == expected
    assert system == expected_system


@pytest.mark.parametrize("path", WHATSAPP, ids=lambda p: p.name)
def test_when_a_chat_miner_whatsapp_fixture_is_read_then_it_matches_the_expected_parse(path):
    target = json.loads((path.parent / "target.json").read_text(encoding="utf-8"))
    expected = sorted((t["timestamp"].replace("T", " "), t["author"], _words(t["message"]))
                      for t in target)
    users, system = _ours(path)
    assert users == expected
    assert system == 3  # group created, "You were added", and `John Doe:.`


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_when_a_chat_miner_telegram_fixture_is_read_then_it_matches_the_expected_parse(name):
    folder = MINER / "test" / "telegram"
    target = json.loads((folder / "target.json").read_text(encoding="utf-8"))
    records, malformed, _ = records_of(folder / name)
    assert malformed == []
    ours = [(r.sent_at.astimezone(UTC).replace(tzinfo=None), r.sender, r.text)
            for r in records]
    # chat-miner joins a text's entities with spaces; Telegram's own pieces carry their
    # spaces, so Kindly concatenates them ("Link:" + "https://...") and spaces are ignored.
    assert [(t, a, "".join(m.split())) for t, a, m in ours] == [
        (datetime.fromisoformat(t["timestamp"]), t["author"], "".join(t["message"].split()))
        for t in target]


@pytest.mark.parametrize(("path", "messages", "service"), [
    ("tg-parser/personal_chat.json", 4, 1),
    ("tg-parser/supergroup_with_topics.json", 4, 3),
    ("tg2md/result.json", 18, 1),
])
def test_when_other_telegram_fixtures_are_read_then_every_entry_is_accounted_for(path,
                                                                                messages,
                                                                                service):
    records, malformed, _ = records_of(SHARED_EXPORTS / path)
    assert malformed == []
    assert sum(r.kind == USER for r in records) == messages
    assert sum(r.kind == SYSTEM for r in records) == service


def test_when_tg2md_entities_span_lines_then_the_text_is_exact():
    records, _, _ = records_of(SHARED_EXPORTS / "tg2md" / "result.json")
    by_id = {r.source_id: r for r in records}
    assert by_id["10"].text == ("bold in text\nbold below\n\nnormal text\n\nbold with one line "
                                "gap\nnormal text")
    assert by_id["14"].text == "text link\n\nexample.com\n\nexample@example.com"
    assert (by_id["7"].media, by_id["22"].media, by_id["4"].media) == (
        "audio", "document", "photo")
    assert by_id["5"].edited and not by_id["2"].edited
