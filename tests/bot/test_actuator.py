"""The actuator's plan: what each mode does with each kind of breach."""

import pytest

from bot.actuator import (
    CANNOT_DELETE,
    HELD_BACK,
    WOULD_DELETE,
    WOULD_REMIND,
    Plan,
    plan_actions,
)
from rules.verdict import (
    ALERT_SAFEGUARDING_LEAD,
    COUNT_TOWARDS_LADDER,
    DELETE,
    OPEN_CASE,
    REMIND,
    Breach,
    Verdict,
)


def verdict(severity: str, *actions: str, reminder: str | None = "Please be kind.") -> Verdict:
    breach = Breach("x.clause", "A clause", "s1", severity, "soft", ())
    return Verdict("m1", labels=("abuse",), breaches=(breach,), severity=severity,
                   reminder=reminder, actions=frozenset(actions))


LOW = verdict("low", REMIND, COUNT_TOWARDS_LADDER)
MEDIUM = verdict("medium", REMIND, COUNT_TOWARDS_LADDER)
HIGH = verdict("high", REMIND, DELETE, OPEN_CASE)
HIGH_NO_DELETE = verdict("high", REMIND, OPEN_CASE)
SAFEGUARDING = verdict("high", ALERT_SAFEGUARDING_LEAD, reminder=None)


def plan(v: Verdict, mode: str, can_delete: bool = True, cooling_down: bool = False,
         dry_run: bool = False) -> Plan:
    return plan_actions(v, mode, can_delete=can_delete, cooling_down=cooling_down,
                        dry_run=dry_run)


def test_observe_sends_nothing_and_records_what_it_would_have_done() -> None:
    assert plan(HIGH, "observe") == Plan(recorded_only=(WOULD_REMIND, WOULD_DELETE))
    assert plan(LOW, "observe") == Plan(recorded_only=(WOULD_REMIND,))


def test_dry_run_overrides_every_mode() -> None:
    assert not plan(HIGH, "enforce", dry_run=True).public


def test_remind_replies_to_low_and_medium_breaches() -> None:
    assert plan(LOW, "remind") == Plan(remind=True)
    assert plan(MEDIUM, "remind") == Plan(remind=True)


def test_remind_deletes_high_severity_when_the_clause_allows_it() -> None:
    assert plan(HIGH, "remind") == Plan(delete=True, note=True)
    assert plan(HIGH_NO_DELETE, "remind") == Plan(remind=True)


def test_enforce_deletes_medium_too_but_not_low() -> None:
    assert plan(MEDIUM, "enforce") == Plan(delete=True, note=True)
    assert plan(LOW, "enforce") == Plan(remind=True)


def test_without_the_right_to_delete_it_reminds_and_says_why() -> None:
    assert plan(HIGH, "remind", can_delete=False) == Plan(remind=True,
                                                          recorded_only=(CANNOT_DELETE,))


def test_cooldown_holds_back_reminders_but_not_deletions() -> None:
    assert plan(LOW, "remind", cooling_down=True) == Plan(recorded_only=(HELD_BACK,))
    assert plan(HIGH, "remind", cooling_down=True) == Plan(delete=True,
                                                           recorded_only=(HELD_BACK,))


@pytest.mark.parametrize("mode", ["observe", "remind", "enforce"])
def test_safeguarding_never_produces_anything_public(mode: str) -> None:
    assert not plan(SAFEGUARDING, mode).public


def test_an_unknown_mode_is_an_error_that_names_the_choices() -> None:
    with pytest.raises(ValueError, match="observe, remind, enforce"):
        plan(LOW, "strict")
