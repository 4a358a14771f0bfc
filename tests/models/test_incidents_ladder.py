"""Incidents, actions and the ladder's storage side: history, cases, cooldowns."""

from datetime import timedelta

import pytest

from models import store
from models.store import StoreError
from rules.escalation import PastBreach, counting_breaches
from rules.rulebook import Ladder
from tests.models.conftest import NOW
from tests.models.helpers import incident, member


def test_when_the_same_message_arrives_twice_then_it_is_recorded_once(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        first = incident(s, school_a, m, 10)
        again, created = store.record_incident(
            s, school_id=school_a.school_id, group_id=school_a.group_id, member_id=m,
            chat_id=school_a.chat_id, message_id=10, revision=0, text="other", sent_at=NOW,
            edited_at=None, clause_ids=["x"], severity="high", labels=[], scores={},
            reasons=[], mode="remind", now=NOW)
        assert (again.id, created, again.text, again.severity) \
            == (first.id, False, "a flagged message", "medium")
    with db.session() as s:
        assert len(store.breach_history(s, school_a.school_id, m, NOW + timedelta(1))) == 1


def test_when_an_incident_is_stored_then_its_evidence_round_trips(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        row = incident(s, school_a, m, 11, text="Miss X is useless")
        incident_id = row.id
    with db.session() as s:
        row = store.latest_incident(s, school_a.school_id, school_a.group_id, 11)
        assert row.id == incident_id
        assert (row.text, row.clause_ids, row.labels, row.scores, row.reasons, row.mode) == (
            "Miss X is useless", ["respect.staff"], ["abuse"], {"abuse": 0.91}, ["insult"],
            "remind")
        assert row.sent_at == NOW and row.chat_id == school_a.chat_id


def test_when_a_message_is_edited_then_the_latest_revision_is_found(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        incident(s, school_a, m, 12)
        incident(s, school_a, m, 12, revision=1, severity="high")
        assert store.latest_incident(s, school_a.school_id, school_a.group_id, 12).revision == 1
        assert store.latest_incident(s, school_a.school_id, school_a.group_id, 99) is None
        history = store.breach_history(s, school_a.school_id, m, NOW + timedelta(1))
        assert history == [PastBreach(at=NOW, severity="high", clause_id="respect.staff")]


def test_when_a_breach_is_edited_away_then_it_stops_counting(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        incident(s, school_a, m, 13)
        incident(s, school_a, m, 13, revision=1)
        incident(s, school_a, m, 14, at=NOW + timedelta(hours=1))
        assert store.note_edit_cleared(s, school_a.school_id, school_a.group_id, 13,
                                       NOW + timedelta(minutes=5)) == 2
        history = store.breach_history(s, school_a.school_id, m, NOW + timedelta(days=1))
        assert [b.at for b in history] == [NOW + timedelta(hours=1)]


def test_when_history_is_read_then_later_uncounted_and_excluded_incidents_are_left_out(
        db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        incident(s, school_a, m, 1, at=NOW - timedelta(days=2), severity="low")
        incident(s, school_a, m, 2, at=NOW - timedelta(days=1), clause="safety.safeguarding",
                 severity="high", counts=False)
        current = incident(s, school_a, m, 3, at=NOW)
        incident(s, school_a, m, 4, at=NOW + timedelta(days=1))
        history = store.breach_history(s, school_a.school_id, m, NOW + timedelta(seconds=1),
                                       exclude_incident_id=current.id)
        assert history == [PastBreach(NOW - timedelta(days=2), "low", "respect.staff")]


def test_when_three_reminders_fall_in_30_days_then_the_ladder_sees_all_three(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        for i, days in enumerate((40, 20, 10, 1)):
            incident(s, school_a, m, 100 + i, at=NOW - timedelta(days=days))
        history = store.breach_history(s, school_a.school_id, m, NOW)
    counted = counting_breaches(Ladder(reset_at_end_of_term=False), history, NOW, [])
    assert len(history) == 4 and len(counted) == 3


def test_when_a_case_is_opened_then_further_incidents_join_it_at_the_highest_severity(
        db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        first = incident(s, school_a, m, 1)
        case, opened = store.open_or_extend_case(s, school_a.school_id, m, first, "medium",
                                                 "3 weighted breaches", NOW)
        assert opened and case.status == "open"
        second = incident(s, school_a, m, 2, severity="high")
        again, opened = store.open_or_extend_case(s, school_a.school_id, m, second, "high",
                                                  "threat", NOW + timedelta(hours=2))
        assert not opened and again.id == case.id
        third = incident(s, school_a, m, 3, severity="low")
        store.open_or_extend_case(s, school_a.school_id, m, third, "low", "x",
                                  NOW + timedelta(hours=3))
    with db.session() as s:
        case = store.case_by_id(s, school_a.school_id, case.id)
        assert (case.severity, case.reason, case.updated_at) \
            == ("high", "3 weighted breaches", NOW + timedelta(hours=3))
        assert [i.message_id for i in store.case_incidents(s, school_a.school_id, case.id)] \
            == [1, 2, 3]
        assert [c.id for c in store.open_cases(s, school_a.school_id)] == [case.id]


def test_when_a_case_is_closed_then_the_next_breach_opens_a_new_one(db, school_a):
    with db.session() as s:
        m = member(s, school_a)
        case, _ = store.open_or_extend_case(s, school_a.school_id, m,
                                            incident(s, school_a, m, 1), "high", "threat", NOW)
        store.set_case_status(s, school_a.school_id, case.id, "resolved", None, NOW,
                              outcome="spoke to parent")
        new, opened = store.open_or_extend_case(s, school_a.school_id, m,
                                                incident(s, school_a, m, 2), "low", "x", NOW)
        assert opened and new.id != case.id


def test_when_an_incident_of_another_member_is_used_then_no_case_opens(db, school_a):
    with pytest.raises(StoreError, match="is not member"), db.session() as s:
        m = member(s, school_a)
        other = member(s, school_a, 501)
        store.open_or_extend_case(s, school_a.school_id, other,
                                  incident(s, school_a, m, 1), "low", "x", NOW)


def test_when_the_bot_acts_then_actions_and_cooldowns_are_recorded(db, school_a):
    with db.session() as s:
        m1, m2 = member(s, school_a), member(s, school_a, 502)
        assert store.last_bot_reminder_at(s, school_a.group_id) is None
        i1 = incident(s, school_a, m1, 1)
        i2 = incident(s, school_a, m2, 2)
        store.record_action(s, i1.id, "reminded", "ok", NOW, bot_message_id=2**40)
        store.record_action(s, i1.id, "deleted", "failed:not an admin", NOW)
        store.record_action(s, i2.id, "reminded", "ok", NOW + timedelta(minutes=3))
        store.record_action(s, i2.id, "reminded", "failed:flood", NOW + timedelta(minutes=9))
    with db.session() as s:
        actions = store.incident_actions(s, i1.id)
        assert [(a.action, a.outcome, a.bot_message_id) for a in actions] == [
            ("reminded", "ok", 2**40), ("deleted", "failed:not an admin", None)]
        assert store.last_bot_reminder_at(s, school_a.group_id) == NOW + timedelta(minutes=3)
        assert store.last_bot_reminder_at(s, school_a.group_id, m1) == NOW


def test_when_an_incident_names_another_schools_group_then_it_is_refused(db, school_a,
                                                                        school_b):
    with pytest.raises(StoreError, match="not linked to school"), db.session() as s:
        m = member(s, school_a)
        store.record_incident(
            s, school_id=school_a.school_id, group_id=school_b.group_id, member_id=m,
            chat_id=school_b.chat_id, message_id=1, revision=0, text="x", sent_at=NOW,
            edited_at=None, clause_ids=[], severity="low", labels=[], scores={}, reasons=[],
            mode="remind", now=NOW)
