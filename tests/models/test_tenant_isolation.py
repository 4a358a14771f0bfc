"""Tenant isolation: through every store function, school A sees nothing of school B."""

from datetime import timedelta

import pytest

from models import store
from models.store import StoreError
from tests.models.conftest import NOW
from tests.models.helpers import incident, member

USER = 4242  # the same Telegram user is a parent at both schools
LATER = NOW + timedelta(days=1)


@pytest.fixture
def b_rows(db, school_a, school_b) -> dict[str, int]:
    """School B with every kind of row; school A has the same parent but nothing else."""
    with db.session() as s:
        store.ensure_member(s, school_a.school_id, USER, "Parent", NOW)
        m = member(s, school_b, USER)
        other = member(s, school_b, USER + 1)
        row = incident(s, school_b, m, 1)
        store.record_action(s, row.id, "reminded", "ok", NOW)
        case, _ = store.open_or_extend_case(s, school_b.school_id, m, row, "high", "x", NOW)
        alert = store.record_safeguarding_alert(s, school_b.school_id, row.id, NOW)
        report = store.record_report(s, school_id=school_b.school_id, group_id=school_b.group_id,
                                     reporter_member_id=other, chat_id=school_b.chat_id,
                                     message_id=1, reported_member_id=m, text="t", now=NOW)
        reviewer = store.add_reviewer(s, school_b.school_id, 900, "headteacher", "H", NOW)
        store.add_case_note(s, school_b.school_id, case.id, reviewer.id, "note", NOW)
        store.set_member_role(s, school_b.school_id, USER + 1, "staff")
        return {"member": m, "other": other, "incident": row.id, "case": case.id,
                "alert": alert.id, "report": report.id, "reviewer": reviewer.id}


def test_when_school_a_reads_then_none_of_school_bs_rows_come_back(db, school_a, school_b,
                                                                  b_rows):
    a = school_a.school_id
    with db.session() as s:
        assert store.open_cases(s, a) == []
        assert store.case_by_id(s, a, b_rows["case"]) is None
        assert store.case_incidents(s, a, b_rows["case"]) == []
        assert store.case_notes(s, a, b_rows["case"]) == []
        assert store.incident_by_id(s, a, b_rows["incident"]) is None
        assert store.incident_actions(s, b_rows["incident"], school_id=a) == []
        assert store.latest_incident(s, a, school_b.group_id, 1) is None
        assert store.member_by_id(s, a, b_rows["member"]) is None
        assert store.breach_history(s, a, b_rows["member"], LATER) == []
        a_member = store.member_by_telegram(s, a, USER)
        assert store.breach_history(s, a, a_member.id, LATER) == []
        assert store.open_case_of(s, a, b_rows["member"]) is None
        assert store.pending_safeguarding_alerts(s, a) == []
        assert store.reviewers(s, a) == []
        assert store.reports_of(s, a) == []
        assert store.count_reports_since(s, a, b_rows["other"], NOW) == 0
        assert store.is_staff(s, a, USER + 1) is False
        assert store.is_staff(s, a, 900) is False
        assert store.groups_of(s, a) == [store.group_by_chat(s, school_a.chat_id)]
        assert store.audit_entries(s, a) == []
        assert store.dismissed_clause_counts(s, a) == {}
        assert store.note_edit_cleared(s, a, school_b.group_id, 1, LATER) == 0
        exported = store.export_member(s, a, USER, LATER)
        assert (exported["incidents"], exported["cases"], exported["reports_about"]) \
            == ([], [], [])


def test_when_school_a_writes_with_school_bs_ids_then_it_is_refused(db, school_a, school_b,
                                                                   b_rows):
    a = school_a.school_id
    attempts = [
        lambda s: store.set_case_status(s, a, b_rows["case"], "resolved", None, LATER),
        lambda s: store.add_case_note(s, a, b_rows["case"], None, "x", LATER),
        lambda s: store.dismiss_case(s, a, b_rows["case"], None, LATER),
        lambda s: store.record_safeguarding_alert(s, a, b_rows["incident"], LATER),
        lambda s: store.record_report(s, school_id=a, group_id=school_a.group_id,
                                      reporter_member_id=b_rows["other"],
                                      chat_id=school_a.chat_id, message_id=1,
                                      reported_member_id=None, text="t", now=LATER),
        lambda s: incident(s, school_a, b_rows["member"], 9),
        lambda s: store.set_member_role(s, a, USER + 1, "staff"),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError), db.session() as s:
            attempt(s)


def test_when_school_a_erases_a_parent_then_school_bs_record_of_them_stays(db, school_a,
                                                                          school_b, b_rows):
    with db.session() as s:
        counts = store.erase_member(s, school_a.school_id, USER, LATER)
        assert counts["members"] == 1 and counts["incidents"] == 0
    with db.session() as s:
        assert store.member_by_telegram(s, school_a.school_id, USER) is None
        assert store.incident_by_id(s, school_b.school_id, b_rows["incident"]) is not None
        assert store.case_by_id(s, school_b.school_id, b_rows["case"]) is not None


def test_when_school_a_purges_then_school_bs_rows_are_untouched(db, school_a, school_b,
                                                               b_rows):
    with db.session() as s:
        store.set_case_status(s, school_b.school_id, b_rows["case"], "resolved", None, NOW)
        counts = store.purge_expired(s, NOW + timedelta(days=800), school_id=school_a.school_id)
        assert (counts["incidents"], counts["cases"], counts["reports"]) == (0, 0, 0)
        assert store.case_by_id(s, school_b.school_id, b_rows["case"]) is not None
