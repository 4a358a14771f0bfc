"""The review store: reports, digest runs (claimed once) and the figures digests show."""

from datetime import timedelta

import pytest

from models import store
from models.database import Database
from tests.models.conftest import NOW, Tenant
from tests.models.helpers import incident, member


def reviewer(db: Database, t: Tenant, telegram_id: int, role: str = "headteacher") -> int:
    with db.session() as s:
        return store.add_reviewer(s, t.school_id, telegram_id, role, "Mrs Head", NOW).id


def test_when_a_digest_period_is_claimed_twice_then_only_the_first_claim_wins(
        db: Database, school_a: Tenant):
    start, end = NOW - timedelta(days=1), NOW
    with db.session() as s:
        first = store.claim_digest_run(s, school_a.school_id, "daily", start, end, NOW)
    with db.session() as s:
        again = store.claim_digest_run(s, school_a.school_id, "daily", start, end, NOW)
        weekly = store.claim_digest_run(s, school_a.school_id, "weekly", start, end, NOW)
    assert first is not None and again is None and weekly is not None
    with db.session() as s:
        store.finish_digest_run(s, school_a.school_id, first.id, "sent", 3, NOW)
        runs = store.digest_runs(s, school_a.school_id, "daily")
    assert [(r.status, r.items, r.finished_at) for r in runs] == [("sent", 3, NOW)]


def test_when_another_school_finishes_a_run_then_it_is_refused(
        db: Database, school_a: Tenant, school_b: Tenant):
    with db.session() as s:
        run = store.claim_digest_run(s, school_a.school_id, "daily", NOW, NOW, NOW)
    with db.session() as s, pytest.raises(store.StoreError, match="no digest run"):
        store.finish_digest_run(s, school_b.school_id, run.id, "sent", 1, NOW)


def test_when_a_report_is_reviewed_then_it_leaves_the_queue_and_is_audited(
        db: Database, school_a: Tenant, school_b: Tenant):
    head_a = reviewer(db, school_a, 900)
    head_b = reviewer(db, school_b, 901)
    with db.session() as s:
        reporter = member(s, school_a, 501)
        report = store.record_report(
            s, school_id=school_a.school_id, group_id=school_a.group_id,
            reporter_member_id=reporter, chat_id=school_a.chat_id, message_id=7,
            reported_member_id=None, text="reported words", now=NOW)
    with db.session() as s:
        assert store.report_by_id(s, school_b.school_id, report.id) is None
        with pytest.raises(store.StoreError, match="does not review"):
            store.mark_report_reviewed(s, school_a.school_id, report.id, head_b, "x", NOW)
    with db.session() as s:
        store.mark_report_reviewed(s, school_a.school_id, report.id, head_a,
                                   "No action needed", NOW)
    with db.session() as s:
        assert store.unreviewed_reports(s, school_a.school_id) == []
        [entry] = store.audit_entries(s, school_a.school_id, "report.reviewed")
        assert (entry.actor, entry.detail) == (f"reviewer:{head_a}",
                                               {"outcome": "No action needed"})
        with pytest.raises(store.StoreError, match="already reviewed"):
            store.mark_report_reviewed(s, school_a.school_id, report.id, head_a, "x", NOW)


def test_dismissal_rates_count_closed_cases_per_clause(db: Database, school_a: Tenant):
    head = reviewer(db, school_a, 900)
    case_ids = []
    with db.session() as s:
        for n, clause in enumerate(["respect.staff", "respect.staff", "safety.threat"]):
            parent = member(s, school_a, 600 + n)
            row = incident(s, school_a, parent, 10 + n, clause=clause)
            case, _ = store.open_or_extend_case(s, school_a.school_id, parent, row, "medium",
                                                "test", NOW)
            case_ids.append(case.id)
    with db.session() as s:
        store.dismiss_case(s, school_a.school_id, case_ids[0], head, NOW)
        store.set_case_status(s, school_a.school_id, case_ids[1], "resolved", head, NOW,
                              outcome="Spoke with the parent")
        # the third stays open: it does not count yet
        rates = store.dismissal_rates(s, school_a.school_id)
    assert rates == {"respect.staff": (1, 2)}


def test_figures_for_a_period_count_only_that_period(db: Database, school_a: Tenant):
    with db.session() as s:
        parent = member(s, school_a, 700)
        before = incident(s, school_a, parent, 1, at=NOW - timedelta(days=2))
        inside = incident(s, school_a, parent, 2, at=NOW - timedelta(hours=2))
        store.record_action(s, before.id, "reminded", "ok", NOW - timedelta(days=2))
        store.record_action(s, inside.id, "reminded", "ok", NOW - timedelta(hours=2))
        store.record_action(s, inside.id, "reminded", "failed:forbidden", NOW)
    with db.session() as s:
        start = NOW - timedelta(days=1)
        assert [i.message_id for i in store.incidents_between(s, school_a.school_id, start,
                                                             NOW)] == [2]
        assert store.reminders_between(s, school_a.school_id, start, NOW) == 1
        assert store.cases_opened_between(s, school_a.school_id, start, NOW) == []
