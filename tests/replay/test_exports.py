"""CSV and JSON writers: spreadsheet-safe cells, valid JSON however many messages."""

import csv
import io
import json

from bot.replay.exports import write_csv, write_json
from bot.replay.report_model import FlaggedStore


def _export(tmp_path, lines: list[str]):  # noqa: ANN202
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_when_a_cell_starts_like_a_formula_then_the_csv_defuses_it(tmp_path, replayed):
    report = replayed(_export(tmp_path, [
        "15/01/2024, 09:30 - =cmd|' /C calc'!A0: =HYPERLINK(\"x\") Miss Hope is useless"]))
    out = tmp_path / "flagged.csv"
    write_csv(report, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["sender"] == "'=cmd|' /C calc'!A0"
    assert row["text"] == "'=HYPERLINK(\"x\") Miss Hope is useless"


def test_when_nothing_is_flagged_then_the_json_is_still_one_valid_object(tmp_path, replayed):
    report = replayed(_export(tmp_path, ["15/01/2024, 09:30 - Gemma: Thank you, see you at 3"]))
    out = io.StringIO()
    write_json(report, out)
    data = json.loads(out.getvalue())
    assert (data["messages"], data["flagged"], data["flagged_messages"]) == (1, 0, [])
    assert data["timeline"] == [{"date": "2024-01-15", "messages": 1, "flagged": 0}]


def test_when_many_are_flagged_then_the_json_streams_them_all_in_order(tmp_path, replayed):
    lines = [f"15/01/2024, 10:{i:02d} - Dan: Miss Hope is useless, day {i}" for i in range(30)]
    report = replayed(_export(tmp_path, lines))
    out = io.StringIO()
    write_json(report, out)
    data = json.loads(out.getvalue())
    assert data["flagged"] == 30
    assert [f["line"] for f in data["flagged_messages"]] == list(range(1, 31))


def test_when_items_are_stored_then_they_come_back_in_order_any_number_of_times():
    store: FlaggedStore[dict[str, int]] = FlaggedStore()
    for i in range(5):
        store.append({"i": i})
    assert [x["i"] for x in store] == [0, 1, 2, 3, 4]
    store.append({"i": 5})
    assert len(store) == 6 and [x["i"] for x in store][-1] == 5
    store.close()
