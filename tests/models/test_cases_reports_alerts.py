"""Review queue storage, parents' reports, safeguarding alerts and reviewers."""

from datetime import timedelta

import pytest

from models import store
from models.store import StoreError
from tests.models.conftest import NOW
from tests.models.helpers import incident, member


def open_case(s, t, telegram_user_id: int, severity: str, at=NOW):
    m = member(s, t, telegram_user_id)
    row = incident(s, t, m, telegram_user_id, severity=severity, at=at)
    return store.open_or_extend_case(s, t.school_id, m, row, severity, "reason", at)[0]


def test_when_cases_are_listed_then_the_most_severe_and_oldest_come_first(db, school_a):
    with db.session() as s:
        low = open_case(s, school_a, 1, "low", NOW - timedelta(days=5))
        high_new = open_case(s, school_a, 2, "high", NOW)
        high_old = open_case(s, school_a, 3, "high", NOW - timedelta(days=1))
        closed = open_case(s, school_a, 4, "high")
        head = store.add_reviewer(s, school_a.school_id, 900, "headteacher", "Head", NOW)
        store.set_case_status(s, school_a.school_id, low.id, "acknowledged", head.id, NOW)
        store.set_case_status(s, school_a.school_id, closed.id, "resolved", head.id, NOW,
                              outcome="meeting held")
        assert [c.id for c in store.open_cases(s, school_a.school_id)] \
            == [high_old.id, high_new.id, low.id]
        closed = store.case_by_id(s, school_a.school_id, closed.id)
        assert (closed.status, closed.closed_at, closed.outcome, closed.reviewer_id) \
            == ("resolved", NOW, "meeting held", head.id)
        with pytest.raises(StoreError, match="already resolved"):
            store.set_case_status(s, school_a.school_id, closed.id, "open", head.id, NOW)
        entries = store.audit_entries(s, school_a.school_id, "case.status")
        assert [(e.actor, e.detail) for e in entries] == [
            (f"reviewer:{head.id}", {"from": "open", "to": "acknowledged"}),
            (f"reviewer:{head.id}", {"from": "open", "to": "resolved"})]


def test_when_a_case_is_dismissed_then_its_clauses_are_recorded_and_stop_counting(
        db, school_a):
    with db.session() as s:
        case = open_case(s, school_a, 1, "medium")
        head = store.add_reviewer(s, school_a.school_id, 900, "headteacher", "Head", NOW)
        note = store.add_case_note(s, school_a.school_id, case.id, head.id,
                                   "banter between friends", NOW)
        store.dismiss_case(s, school_a.school_id, case.id, head.id, NOW + timedelta(hours=1))
        assert store.case_by_id(s, school_a.school_id, case.id).status == "dismissed"
        assert store.dismissed_clause_counts(s, school_a.school_id) == {"respect.staff": 1}
        assert store.breach_history(s, school_a.school_id, case.member_id,
                                    NOW + timedelta(days=1)) == []
        assert [n.text for n in store.case_notes(s, school_a.school_id, case.id)] \
            == ["banter between friends"]
        assert store.audit_entries(s, school_a.school_id, "case.note")[0].detail \
            == {"note_id": note.id}


def test_when_a_reviewer_of_another_school_acts_on_a_case_then_it_is_refused(
        db, school_a, school_b):
    with pytest.raises(StoreError, match="does not review"), db.session() as s:
        case = open_case(s, school_a, 1, "high")
        other = store.add_reviewer(s, school_b.school_id, 900, "headteacher", "Head", NOW)
        store.set_case_status(s, school_a.school_id, case.id, "resolved", other.id, NOW)


def test_when_a_parent_reports_then_the_report_counts_towards_their_limit(db, school_a):
    with db.session() as s:
        reporter, reported = member(s, school_a, 1), member(s, school_a, 2)
        for minutes in (0, 30, 90):
            store.record_report(s, school_id=school_a.school_id, group_id=school_a.group_id,
                                reporter_member_id=reporter, chat_id=school_a.chat_id,
                                message_id=7, reported_member_id=reported,
                                text="reported words", now=NOW + timedelta(minutes=minutes))
        assert store.count_reports_since(s, school_a.school_id, reporter,
                                         NOW + timedelta(minutes=1)) == 2
        assert store.count_reports_since(s, school_a.school_id, reported, NOW) == 0
        assert [r.text for r in store.reports_of(s, school_a.school_id)] \
            == ["reported words"] * 3


def test_when_a_safeguarding_concern_is_recorded_then_one_alert_waits_for_the_lead(
        db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        row = incident(s, school_a, m, 1, clause="safety.safeguarding", severity="high",
                       counts=False)
        alert = store.record_safeguarding_alert(s, school_a.school_id, row.id, NOW)
        assert store.record_safeguarding_alert(s, school_a.school_id, row.id, NOW).id == alert.id
        assert [a.id for a in store.pending_safeguarding_alerts(s, school_a.school_id)] \
            == [alert.id]
        lead = store.add_reviewer(s, school_a.school_id, 901, "safeguarding_lead", "DSL", NOW)
        store.mark_alert_delivered(s, alert.id, lead.id, NOW + timedelta(seconds=5))
        assert store.pending_safeguarding_alerts(s, school_a.school_id) == []
        assert (alert.delivered_at, alert.delivered_to_reviewer_id) \
            == (NOW + timedelta(seconds=5), lead.id)
        assert store.audit_entries(s, school_a.school_id, "safeguarding.delivered")


def test_when_someone_reviews_two_schools_then_each_role_is_listed(db, school_a, school_b):
    with db.session() as s:
        store.add_reviewer(s, school_a.school_id, 900, "headteacher", "Head", NOW)
        store.add_reviewer(s, school_a.school_id, 900, "headteacher", "Head", NOW)
        store.add_reviewer(s, school_a.school_id, 900, "safeguarding_lead", "Head", NOW)
        store.add_reviewer(s, school_b.school_id, 900, "deputy", "Head", NOW)
        store.add_reviewer(s, school_a.school_id, 901, "deputy", "Dep", NOW)
        pairs = store.reviewer_schools(s, 900)
        assert [(school.key, r.role) for school, r in pairs] == [
            ("brookfield", "headteacher"), ("brookfield", "safeguarding_lead"),
            ("larkfield", "deputy")]
        assert [r.telegram_user_id for r in store.reviewers(s, school_a.school_id, "deputy")] \
            == [901]
        assert len(store.reviewers(s, school_a.school_id)) == 3
        with pytest.raises(StoreError, match="unknown reviewer role"):
            store.add_reviewer(s, school_a.school_id, 902, "governor", None, NOW)


def test_when_a_case_is_resolved_then_its_breaches_do_not_start_a_new_one(db, school_a):
    with db.session() as s:
        case = open_case(s, school_a, 7, "high")
        head = store.add_reviewer(s, school_a.school_id, 900, "headteacher", "Head", NOW)
        assert len(store.breach_history(s, school_a.school_id, case.member_id,
                                        NOW + timedelta(days=1))) == 1
        store.set_case_status(s, school_a.school_id, case.id, "resolved", head.id,
                              NOW + timedelta(hours=2), outcome="spoke with the parent")
        assert store.breach_history(s, school_a.school_id, case.member_id,
                                    NOW + timedelta(days=1)) == []
