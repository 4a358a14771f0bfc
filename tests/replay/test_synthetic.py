"""The synthetic export the benchmark replays: the importer recovers exactly what was written."""

from collections import Counter

from bot.replay.records import DELETED, SYSTEM, USER
from bot.replay.synthetic import write_export
from tests.replay.conftest import records_of


def test_when_a_synthetic_export_is_read_then_every_entry_is_found(tmp_path):
    path = tmp_path / "chat.txt"
    written = write_export(path, 3000, seed=11, staff=["Mrs Eleanor Rose"], pupils=["Sam T"])
    records, malformed, notes = records_of(path)
    kinds = Counter(r.kind for r in records)
    assert malformed == []
    assert notes.date_order == "day-first"
    assert kinds == {USER: 3000, SYSTEM: written.system_lines, DELETED: written.deleted}
    assert written.messages == 3000
    assert sum(r.media is not None for r in records) == written.media
    assert sum("\n" in r.text for r in records if r.kind == USER) == written.multi_line > 0
    assert len(path.read_text(encoding="utf-8").splitlines()) == written.lines


def test_when_the_seed_is_the_same_then_the_export_is_the_same(tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    write_export(a, 500, seed=3)
    write_export(b, 500, seed=3)
    write_export(c, 500, seed=4)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()
