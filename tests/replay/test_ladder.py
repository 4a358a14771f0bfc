"""Members' breaches followed up the school's ladder in chat order (rules.escalation)."""

from datetime import datetime, timedelta

from bot.loading import read_rulebook
from bot.replay.ladder import ADDS_TO_CASE, ALERTS_LEAD, OPENS_CASE, LadderReplay
from rules.verdict import (
    ALERT_SAFEGUARDING_LEAD,
    COUNT_TOWARDS_LADDER,
    OPEN_CASE,
    REMIND,
    Breach,
    Verdict,
)
from tests.replay.conftest import LONDON

BOOK = read_rulebook("uk-primary")  # window 30 days, a case at weight 3, high weighs 3
ACTION = {"ladder": COUNT_TOWARDS_LADDER, "case": OPEN_CASE,
          "safeguarding_lead": ALERT_SAFEGUARDING_LEAD}
MONDAY = datetime(2024, 1, 15, 10, 0, tzinfo=LONDON)


def breach(clause_id: str) -> Verdict:
    """The verdict the engine gives a message breaching one clause of the rulebook."""
    clause = next(c for c in BOOK.clauses if c.id == clause_id)
    actions = {ACTION[clause.then.escalate]} | ({REMIND} if clause.then.remind else set())
    return Verdict("m", labels=tuple(clause.when.labels[:1]),
                   breaches=(Breach(clause.id, clause.title, clause.section, clause.severity,
                                    clause.kind, ()),),
                   severity=clause.severity, actions=frozenset(actions))


def test_when_a_threat_is_posted_then_it_opens_a_case_and_a_second_adds_to_it():
    ladder = LadderReplay(BOOK, [])
    first = ladder.observe("1", "Dan", breach("safety.threat"), MONDAY)[1]
    second = ladder.observe("2", "Dan", breach("safety.threat"), MONDAY + timedelta(days=1))[1]
    assert (first.what, second.what) == (OPENS_CASE, ADDS_TO_CASE)
    assert (first.sender, first.ident, first.at) == ("Dan", "1", MONDAY)


def test_when_a_child_may_be_at_risk_then_the_lead_is_alerted_and_nothing_counts():
    ladder = LadderReplay(BOOK, [])
    decision, step = ladder.observe("1", "Dan", breach("safety.safeguarding"), MONDAY)
    assert step is not None and step.what == ALERTS_LEAD
    assert not decision.open_case
    later = ladder.observe("2", "Dan", breach("respect.abuse"), MONDAY + timedelta(hours=1))[0]
    assert later.counted == ()


def test_when_members_breach_then_each_has_their_own_history():
    ladder = LadderReplay(BOOK, [])
    ladder.observe("1", "Dan", breach("respect.abuse"), MONDAY)
    ladder.observe("2", "Dan", breach("respect.abuse"), MONDAY + timedelta(days=1))
    decision = ladder.observe("3", "Priya", breach("respect.abuse"),
                              MONDAY + timedelta(days=2))[0]
    assert decision.counted == ()
    assert not decision.open_case


def test_when_breaches_fall_out_of_the_window_then_they_stop_counting():
    ladder = LadderReplay(BOOK, [])
    ladder.observe("1", "Dan", breach("respect.abuse"), MONDAY)
    ladder.observe("2", "Dan", breach("respect.abuse"), MONDAY + timedelta(days=1))
    decision = ladder.observe("3", "Dan", breach("respect.abuse"), MONDAY + timedelta(days=40))[0]
    assert decision.counted == ()


def test_when_a_member_breaches_three_times_in_the_window_then_the_third_opens_a_case():
    ladder = LadderReplay(BOOK, [])
    steps = [ladder.observe(str(i), "Dan", breach("respect.abuse"),
                            MONDAY + timedelta(days=i))[1] for i in range(3)]
    assert steps[:2] == [None, None]
    assert steps[2] is not None and steps[2].what == OPENS_CASE
    assert steps[2].reason == "3 weighted breaches within 30 days (a case opens at 3)"


def test_when_a_threat_opens_a_case_then_the_reason_names_the_clause():
    step = LadderReplay(BOOK, []).observe("1", "Dan", breach("safety.threat"), MONDAY)[1]
    assert step is not None and step.reason == "safety.threat opens a case on its own"
