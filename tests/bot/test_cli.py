"""`kindly score`, `kindly eval` and `kindly doctor`, run as a user runs them."""

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers.parsed import EXAMPLE_SCHOOL_YAML

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV_SET = SHARED / "eval" / "parent-chat-dev"
CONTRACT_LABELS = {"abuse", "threat", "hate", "staff_named_negatively",
                   "pupil_named_negatively", "confidential", "school_complaint", "safeguarding"}


@pytest.fixture
def school_file(tmp_path: Path) -> Path:
    path = tmp_path / "school.yaml"
    path.write_text(EXAMPLE_SCHOOL_YAML, encoding="utf-8")
    return path


def write_set(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_when_eval_runs_with_json_then_it_prints_the_contract_object(tmp_path, school_file,
                                                                     capsys):
    rows = [
        {"id": "a", "text": "Miss Hope is useless and never marks anything", "note": "x",
         "labels": ["staff_named_negatively"]},
        {"id": "b", "text": "PE is on Tuesday this week", "labels": []},
        {"id": "c", "text": "Thank you Mr Baker for the lovely assembly!", "labels": []},
        {"id": "d", "text": "Sam T is a little liar", "labels": ["pupil_named_negatively"],
         "sent_at": "2026-11-19T12:03:00+00:00", "sender": "Lou", "to_staff": False},
    ]
    code = main(["eval", str(write_set(tmp_path, rows)), "--school", str(school_file),
                 "--json", "--scorer", "offline"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 4
    assert out["scorer"].startswith("offline")
    assert set(out["labels"]) == CONTRACT_LABELS
    for figures in out["labels"].values():
        assert set(figures) == {"precision", "recall", "f1", "tp", "fp", "fn", "support"}
    assert out["labels"]["staff_named_negatively"]["support"] == 1
    assert set(out["any_breach"]) == {"precision", "recall", "f1"}
    assert out["clean_false_positive_rate"] == 0.0
    assert out["messages_per_second"] > 0


def test_when_eval_runs_with_errors_then_misclassified_messages_are_listed(tmp_path,
                                                                          school_file, capsys):
    rows = [{"id": "miss-1", "text": "PE is on Tuesday", "labels": ["abuse"]}]
    code = main(["eval", str(write_set(tmp_path, rows)), "--school", str(school_file),
                 "--errors", "--scorer", "offline"])
    out = capsys.readouterr().out
    assert code == 0
    assert "miss-1" in out and "Misclassified (1)" in out


@pytest.mark.parametrize(("line", "problem"), [
    ('{"id": "a", "text": "hi"}', "line 2, field labels: missing"),
    ('{"id": "a", "text": "hi", "labels": ["rude"]}', "line 2, field labels: unknown label"),
    ("not json", "line 2: not valid JSON"),
    ('{"id": "a", "text": "hi", "labels": [], "sent_at": "yesterday"}', "field sent_at"),
])
def test_when_a_set_line_is_bad_then_eval_names_file_line_and_field(tmp_path, school_file,
                                                                   capsys, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "fine", "labels": []}\n' + line + "\n")
    code = main(["eval", str(path), "--school", str(school_file), "--scorer", "offline"])
    err = capsys.readouterr().err
    assert code == 2
    assert str(path) in err and problem in err


def test_when_the_school_file_is_missing_then_the_error_names_it(tmp_path, capsys):
    code = main(["score", "hello", "--school", str(tmp_path / "nope.yaml")])
    assert code == 2
    assert "nope.yaml: school file not found" in capsys.readouterr().err


def test_when_score_runs_then_every_finding_is_explained(school_file, capsys):
    code = main(["score", "Miss Hope is useless, she never marks their books",
                 "--school", str(school_file), "--json", "--scorer", "offline"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert "staff_named_negatively" in out["labels"]
    finding = next(f for f in out["findings"] if f["label"] == "staff_named_negatively")
    assert finding["target"] == "staff:Miss Clare Hope"
    assert finding["reason"] and finding["detector"] == "named_negative"
    assert "useless" not in out["reminder"].lower()


def test_when_doctor_runs_then_it_says_which_backend_is_active(capsys):
    assert main(["doctor", "--scorer", "offline"]) == 0
    assert "offline" in capsys.readouterr().out.lower()


@pytest.mark.shared
@pytest.mark.skipif(not DEV_SET.exists(), reason="../shared/eval/parent-chat-dev is not beside "
                    "the project")
def test_when_the_dev_set_is_scored_offline_then_the_targets_hold(capsys):
    code = main(["eval", str(DEV_SET / "messages.jsonl"), "--school",
                 str(DEV_SET / "school.yaml"), "--json", "--scorer", "offline"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["n"] == 353
    assert out["any_breach"]["recall"] >= 0.85
    assert out["clean_false_positive_rate"] <= 0.05
    for label in ("staff_named_negatively", "pupil_named_negatively", "confidential", "threat",
                  "safeguarding"):
        assert out["labels"][label]["f1"] >= 0.75, label
