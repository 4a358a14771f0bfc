"""Subject access export, erasure and the retention purge."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from models import CaseNote, IncidentAction, SafeguardingAlert, store
from tests.models.conftest import NOW
from tests.models.helpers import incident, member


@pytest.fixture
def parent_rows(db, school_a) -> dict[str, int]:
    """A parent with an incident (with action and alert), a case with a note, and reports."""
    with db.session() as s:
        m = member(s, school_a, 77)
        neighbour = member(s, school_a, 78)
        row = incident(s, school_a, m, 1, text="the parent's own words")
        store.record_action(s, row.id, "reminded", "ok", NOW)
        store.record_safeguarding_alert(s, school_a.school_id, row.id, NOW)
        case, _ = store.open_or_extend_case(s, school_a.school_id, m, row, "medium", "3 of 3",
                                            NOW)
        store.add_case_note(s, school_a.school_id, case.id, None, "called the parent", NOW)
        common = {"school_id": school_a.school_id, "group_id": school_a.group_id,
                  "chat_id": school_a.chat_id, "now": NOW}
        made = store.record_report(s, reporter_member_id=m, reported_member_id=neighbour,
                                   message_id=2, text="the neighbour's words", **common)
        about = store.record_report(s, reporter_member_id=neighbour, reported_member_id=m,
                                    message_id=1, text="the parent's own words", **common)
        kept = incident(s, school_a, neighbour, 3)
        return {"member": m, "neighbour": neighbour, "case": case.id, "made": made.id,
                "about": about.id, "kept": kept.id}


def test_when_a_parent_asks_for_their_data_then_the_export_holds_it_all(db, school_a,
                                                                       parent_rows):
    with db.session() as s:
        out = store.export_member(s, school_a.school_id, 77, NOW, actor="cli")
    json.dumps(out)  # ready to write as JSON
    assert out["member"]["display_name"] == "A Parent"
    assert [i["text"] for i in out["incidents"]] == ["the parent's own words"]
    assert out["incidents"][0]["actions"] == [
        {"action": "reminded", "outcome": "ok", "at": NOW.isoformat()}]
    assert out["incidents"][0]["class"] == "Year 3"
    assert [n["text"] for n in out["cases"][0]["notes"]] == ["called the parent"]
    assert [r["id"] for r in out["reports_made"]] == [parent_rows["made"]]
    assert "text" not in out["reports_made"][0]
    assert out["reports_about"][0]["text"] == "the parent's own words"
    assert "reporter" not in json.dumps(out["reports_about"])
    with db.session() as s:
        entry = store.audit_entries(s, school_a.school_id, "data.export")[0]
        assert (entry.actor, entry.subject, entry.detail) \
            == ("cli", "telegram:77", {"incidents": 1, "cases": 1})


def test_when_a_parent_is_erased_then_their_data_goes_and_others_stays(db, school_a,
                                                                      parent_rows):
    with db.session() as s:
        counts = store.erase_member(s, school_a.school_id, 77, NOW + timedelta(days=1))
    assert counts == {"members": 1, "incidents": 1, "cases": 1, "reports_about": 1,
                      "reports_made_anonymised": 1}
    with db.session() as s:
        assert store.member_by_telegram(s, school_a.school_id, 77) is None
        assert store.case_by_id(s, school_a.school_id, parent_rows["case"]) is None
        for table in (IncidentAction, SafeguardingAlert, CaseNote):
            assert s.scalar(select(func.count()).select_from(table)) == 0
        reports = store.reports_of(s, school_a.school_id)
        assert [(r.id, r.reporter_member_id) for r in reports] == [(parent_rows["made"], None)]
        assert store.incident_by_id(s, school_a.school_id, parent_rows["kept"]) is not None
        out = store.export_member(s, school_a.school_id, 77, NOW + timedelta(days=2))
        assert (out["member"], out["incidents"], out["cases"]) == (None, [], [])
        entry = store.audit_entries(s, school_a.school_id, "data.erase")[0]
        assert entry.subject == "telegram:77" and entry.detail == counts
        assert "the parent's own words" not in json.dumps(entry.detail)


def test_when_no_retention_is_set_then_the_cutoff_is_the_last_first_of_september():
    london = "Europe/London"
    assert store.retention_cutoff(datetime(2026, 8, 31, 22, 59, tzinfo=UTC), london, None) \
        == datetime(2025, 9, 1, tzinfo=UTC) - timedelta(hours=1)
    assert store.retention_cutoff(datetime(2026, 8, 31, 23, 0, tzinfo=UTC), london, None) \
        == datetime(2026, 8, 31, 23, 0, tzinfo=UTC)
    assert store.retention_cutoff(NOW, london, 30) == NOW - timedelta(days=30)


def _counts(db, at, **kw) -> dict[str, int]:
    with db.session() as s:
        return store.purge_expired(s, at, **kw)


def test_when_the_school_year_ends_then_loose_evidence_goes_and_open_cases_stay(db, school_a):
    with db.session() as s:
        m, other = member(s, school_a, 1), member(s, school_a, 2)
        loose = incident(s, school_a, m, 1)
        kept = incident(s, school_a, other, 2, at=NOW - timedelta(days=400))
        store.open_or_extend_case(s, school_a.school_id, other, kept, "high", "threat", NOW)
        store.record_report(s, school_id=school_a.school_id, group_id=school_a.group_id,
                            reporter_member_id=other, chat_id=school_a.chat_id, message_id=1,
                            reported_member_id=m, text="t", now=NOW)
    summer = datetime(2026, 8, 31, 12, 0, tzinfo=UTC)
    autumn = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
    assert _counts(db, summer)["incidents"] == 0
    assert _counts(db, autumn, dry_run=True)["incidents"] == 1
    assert _counts(db, autumn) == {"incidents": 1, "cases": 0, "reports": 1, "members": 1,
                                   "codes": 0, "updates": 0, "failed_updates": 0}
    with db.session() as s:
        assert store.incident_by_id(s, school_a.school_id, loose.id) is None
        assert store.incident_by_id(s, school_a.school_id, kept.id) is not None
        # The parent whose evidence went is forgotten; the one with an open case is not.
        assert store.member_by_id(s, school_a.school_id, m) is None
        assert store.member_by_id(s, school_a.school_id, other) is not None


def test_when_a_parent_has_not_been_seen_for_a_school_year_then_they_are_forgotten(
        db, school_a):
    with db.session() as s:
        store.ensure_member(s, school_a.school_id, 1, "Left last year", NOW)
        store.ensure_member(s, school_a.school_id, 2, "Still here", NOW)
        store.ensure_member(s, school_a.school_id, 2, "Still here", NOW + timedelta(days=200))
    assert _counts(db, datetime(2026, 9, 2, tzinfo=UTC), dry_run=True)["members"] == 1
    assert _counts(db, datetime(2026, 9, 2, tzinfo=UTC))["members"] == 1
    with db.session() as s:
        assert store.member_by_telegram(s, school_a.school_id, 1) is None
        assert store.member_by_telegram(s, school_a.school_id, 2) is not None


def test_when_a_case_closes_in_september_then_it_is_kept_for_the_whole_school_year(
        db, school_a):
    closed_at = datetime(2026, 9, 10, 9, 0, tzinfo=UTC)
    with db.session() as s:
        m = member(s, school_a, 1)
        row = incident(s, school_a, m, 1, at=closed_at - timedelta(days=2))
        case, _ = store.open_or_extend_case(s, school_a.school_id, m, row, "high", "x",
                                            closed_at)
        store.add_case_note(s, school_a.school_id, case.id, None, "note", closed_at)
        store.set_case_status(s, school_a.school_id, case.id, "resolved", None, closed_at)
    assert _counts(db, datetime(2027, 8, 30, tzinfo=UTC))["cases"] == 0
    assert _counts(db, datetime(2027, 9, 2, tzinfo=UTC))["cases"] == 1
    with db.session() as s:
        assert store.case_by_id(s, school_a.school_id, case.id) is None
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 0


def test_when_a_school_keeps_evidence_30_days_then_older_evidence_goes(db, school_a):
    with db.session() as s:
        store.set_retention(s, school_a.school_id, 30)
        incident(s, school_a, member(s, school_a), 1)
    assert _counts(db, NOW + timedelta(days=29))["incidents"] == 0
    assert _counts(db, NOW + timedelta(days=31))["incidents"] == 1


def test_when_codes_and_updates_are_old_then_they_are_purged_too(db, school_a):
    with db.session() as s:
        store.issue_code(s, school_a.school_id, "group_link", NOW)
        store.claim_update(s, 1, 1, NOW)
    assert _counts(db, NOW + timedelta(days=8))["updates"] == 1
    assert _counts(db, NOW + timedelta(days=20))["codes"] == 0
    assert _counts(db, NOW + timedelta(days=40))["codes"] == 1
