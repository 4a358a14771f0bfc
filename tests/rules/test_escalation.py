"""The escalation ladder: repeated breaches open a case; serious ones at once; terms reset."""

from datetime import UTC, date, datetime, timedelta
from importlib import resources

from rules.escalation import PastBreach, counting_breaches, current_term_start, escalate
from rules.rulebook import load_rulebook
from rules.school import Term
from rules.verdict import (
    ALERT_SAFEGUARDING_LEAD,
    COUNT_TOWARDS_LADDER,
    OPEN_CASE,
    REMIND,
    Breach,
    Verdict,
)

BOOK = load_rulebook((resources.files("rules") / "rulebooks" / "uk-primary.yaml")
                     .read_text(encoding="utf-8"))
NOW = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)
TERMS = [Term(name="Summer", start=date(2026, 4, 20), end=date(2026, 7, 22)),
         Term(name="Autumn", start=date(2026, 9, 3), end=date(2026, 12, 18))]


def verdict(clause_id: str, severity: str, *actions: str) -> Verdict:
    breach = Breach(clause_id, "t", "1", severity, "soft", ())
    return Verdict("m", breaches=(breach,), severity=severity, actions=frozenset(actions))


ABUSE = verdict("respect.abuse", "medium", REMIND, COUNT_TOWARDS_LADDER)
THREAT = verdict("safety.threat", "high", REMIND, OPEN_CASE)
SAFEGUARDING = verdict("safety.safeguarding", "high", ALERT_SAFEGUARDING_LEAD)


def earlier(*days_ago: float, severity: str = "medium") -> list[PastBreach]:
    return [PastBreach(NOW - timedelta(days=d), severity, "respect.abuse") for d in days_ago]


def test_a_first_breach_only_counts() -> None:
    result = escalate(BOOK, ABUSE, [], NOW, TERMS)
    assert not result.open_case and result.weight == 1.0
    assert result.reason == "1 of 3 weighted breaches within 30 days"


def test_the_third_breach_within_the_window_opens_a_case() -> None:
    result = escalate(BOOK, ABUSE, earlier(1, 10), NOW, TERMS)
    assert result.open_case and result.weight == 3.0
    assert "3 weighted breaches within 30 days" in result.reason


def test_breaches_older_than_the_window_stop_counting() -> None:
    assert not escalate(BOOK, ABUSE, earlier(1, 45), NOW, TERMS).open_case


def test_a_new_term_starts_the_count_again() -> None:
    summer = earlier((NOW.date() - date(2026, 7, 20)).days)  # last week of summer term
    assert counting_breaches(BOOK.ladder, summer + earlier(2), NOW, TERMS) == tuple(earlier(2))
    assert current_term_start(TERMS, NOW.date()) == date(2026, 9, 3)


def test_a_threat_opens_a_case_at_once() -> None:
    result = escalate(BOOK, THREAT, [], NOW, TERMS)
    assert result.open_case and "safety.threat opens a case on its own" == result.reason


def test_safeguarding_alerts_the_lead_and_never_counts_as_a_public_breach() -> None:
    result = escalate(BOOK, SAFEGUARDING, earlier(1, 2), NOW, TERMS)
    assert result.alert_safeguarding_lead and not result.open_case
    assert result.weight == 2.0  # the earlier breaches only


def test_a_high_breach_weighs_more() -> None:
    assert escalate(BOOK, ABUSE, earlier(3, severity="high"), NOW, TERMS).weight == 4.0
