"""`kindly replay` run as a user runs it: JSON, summary, files, logs and errors."""

import csv
import json
import logging

import pytest

from bot.cli import main
from tests.replay.conftest import FIXTURES, SCHOOL, records_of

UK = FIXTURES / "whatsapp-android-uk.txt"
REQUIRED = {"format", "messages", "flagged", "malformed_lines", "seconds"}


def replay_cli(*extra: str) -> int:
    return main(["replay", str(UK), "--school", str(SCHOOL), "--scorer", "offline", *extra])


def test_when_replay_runs_with_json_then_one_object_has_the_contract_fields(capsys):
    assert replay_cli("--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert REQUIRED <= set(out)
    assert (out["format"], out["messages"], out["malformed_lines"]) == ("whatsapp", 13, 1)
    assert out["flagged"] == len(out["flagged_messages"]) > 0
    assert 0 <= out["seconds"] < 60
    assert out["malformed"][0]["line"] == 31
    first = out["flagged_messages"][0]
    assert first["text"].startswith("Miss Hope is useless")
    assert first["clauses"][0]["clause"] == "respect.staff-named"
    assert first["findings"][0]["reason"]


def test_when_replay_prints_json_then_unflagged_messages_are_not_in_it(capsys):
    assert replay_cli("--json") == 0
    out = capsys.readouterr().out
    flagged = {f["line"] for f in json.loads(out)["flagged_messages"]}
    records, _, _ = records_of(UK)
    clean = [r for r in records if r.text and r.line not in flagged]
    assert clean
    for r in clean:
        assert r.text not in out


def test_when_replay_runs_then_logs_carry_counts_but_no_text_or_names(caplog, capsys):
    with caplog.at_level(logging.DEBUG):
        assert replay_cli("--json") == 0
    capsys.readouterr()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "13 messages" in logged
    records, _, _ = records_of(UK)
    for r in records:
        assert r.sender is None or r.sender not in logged
        assert not r.text or r.text not in logged


def test_when_replay_writes_html_and_csv_then_both_hold_the_flagged_messages(tmp_path, capsys):
    html, table = tmp_path / "report.html", tmp_path / "flagged.csv"
    assert replay_cli("--html", str(html), "--csv", str(table)) == 0
    out = capsys.readouterr().out
    assert "13 messages (1 from staff)" in out
    assert f"Wrote {html}" in out.replace("\n", "")
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 6
    assert rows[0]["sender"] == "Dan Price" and rows[0]["line"] == "8"
    assert "respect.staff-named" in rows[0]["clauses"]
    page = html.read_text(encoding="utf-8")
    assert "Miss Hope is useless" in page
    assert "Morning all! Does anyone know if PE" not in page


def test_when_the_summary_is_printed_then_it_holds_no_message_text(capsys):
    assert replay_cli() == 0
    out = capsys.readouterr().out
    assert "flagged" in out and "Dan Price" in out      # members are named for the head
    assert "useless" not in out and "07700 900123" not in out


@pytest.mark.parametrize(("args", "problem"), [
    (["--context", "-1"], "--context: must be between 0 and 20, got -1"),
    (["--html", "/nonexistent-folder/report.html"],
     "/nonexistent-folder/report.html: folder /nonexistent-folder does not exist"),
])
def test_when_an_option_is_wrong_then_replay_exits_2_naming_it(args, problem, capsys):
    assert replay_cli(*args) == 2
    assert capsys.readouterr().err.strip() == f"kindly: error: {problem}"


def test_when_the_school_file_is_missing_then_replay_exits_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "school.yaml"
    assert main(["replay", str(UK), "--school", str(missing), "--scorer", "offline"]) == 2
    assert capsys.readouterr().err.strip() == f"kindly: error: {missing}: school file not found"


def test_when_a_telegram_account_export_is_replayed_then_skipped_chats_are_said(capsys):
    code = main(["replay", str(FIXTURES / "telegram-account.json"), "--school", str(SCHOOL),
                 "--scorer", "offline", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["format"], out["messages"], out["skipped_chats"]) == (
        "telegram", 4, {"personal_chat": 1})
    assert all(f["text"] != "between us, Miss Hope is useless"
               for f in out["flagged_messages"])
