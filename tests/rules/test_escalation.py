"""The escalation ladder: repeated breaches open a case; serious ones at once; terms reset."""

from datetime import UTC, date, datetime, timedelta
from importlib import resources

from wordfreq import zipf_frequency

from rules.engine import Engine
from rules.escalation import (
    PastBreach,
    counting_breaches,
    current_term_start,
    escalate,
    ladder_breaches,
)
from rules.message import Message
from rules.rulebook import load_rulebook
from rules.school import Term, load_school
from rules.scorer import NullScorer
from rules.verdict import (
    ALERT_SAFEGUARDING_LEAD,
    COUNT_TOWARDS_LADDER,
    DELETE,
    OPEN_CASE,
    REMIND,
    Breach,
    Verdict,
)
from tests.helpers.parsed import EXAMPLE_SCHOOL_YAML, blank_nlp, example_school

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


# --- clauses that never count: escalate: none ---------------------------------------------

PHOTO = verdict("privacy.photo-consent", "low", REMIND)


def test_when_innocent_photos_are_shared_then_no_number_of_them_opens_a_case() -> None:
    history: list[PastBreach] = []
    for day in (3, 2, 1):
        result = escalate(BOOK, PHOTO, history, NOW - timedelta(days=day), TERMS)
        assert not result.open_case and result.weight == 0
        assert result.reason == "reminder only: these clauses never count towards the ladder"
        history.append(PastBreach(NOW - timedelta(days=day), "low", "privacy.photo-consent"))
    assert not escalate(BOOK, PHOTO, history, NOW, TERMS).open_case


def test_when_photos_were_stored_as_breaches_then_they_do_not_count_later() -> None:
    photos = [PastBreach(NOW - timedelta(days=d), "low", "privacy.photo-consent")
              for d in (1, 2, 3)]
    result = escalate(BOOK, ABUSE, photos, NOW, TERMS)
    assert not result.open_case and result.weight == 1.0 and result.counted == ()


def test_when_a_photo_comes_with_abuse_then_only_the_abuse_counts() -> None:
    both = Verdict("m", breaches=(Breach("respect.abuse", "t", "1", "medium", "soft", ()),
                                  Breach("privacy.photo-consent", "t", "1", "low", "hard", ())),
                   severity="medium", actions=frozenset({REMIND, COUNT_TOWARDS_LADDER}))
    assert [b.clause_id for b in ladder_breaches(BOOK, both)] == ["respect.abuse"]
    assert escalate(BOOK, both, earlier(1, 2), NOW, TERMS).open_case


def test_when_the_engine_sees_a_photo_then_it_reminds_without_counting() -> None:
    engine = Engine(example_school(), BOOK, NullScorer(), blank_nlp(),
                    lambda w: zipf_frequency(w, "en"))
    photo = engine.score([Message(text="Found this jumper by the gate", has_photo=True)])[0]
    assert [b.clause_id for b in photo.breaches] == ["privacy.photo-consent"]
    assert photo.actions == {REMIND} and photo.reminder is not None


# --- a worry about a child is not held against the parent who raises it -------------------

CONFIDENTIAL = Breach("privacy.confidential", "t", "1", "high", "soft", ())
SAFEGUARDING_BREACH = Breach("safety.safeguarding", "t", "1", "high", "hard", ())
WORRY = Verdict("m", breaches=(SAFEGUARDING_BREACH, CONFIDENTIAL), severity="high",
                actions=frozenset({ALERT_SAFEGUARDING_LEAD, REMIND, DELETE, OPEN_CASE}))


def test_when_a_worry_names_a_child_then_the_lead_is_told_and_no_case_opens() -> None:
    result = escalate(BOOK, WORRY, [], NOW, TERMS)
    assert result.alert_safeguarding_lead and not result.open_case
    assert result.weight == 0
    assert result.reason == ("safeguarding concern: private alert to the safeguarding lead "
                             "(privacy.confidential not held against the parent raising it)")
    assert ladder_breaches(BOOK, WORRY) == ()


def test_when_a_worried_parent_has_earlier_breaches_then_the_worry_adds_nothing() -> None:
    result = escalate(BOOK, WORRY, earlier(1, 2), NOW, TERMS)
    assert not result.open_case and result.weight == 2.0


def test_when_a_disclosure_comes_without_a_worry_then_it_still_opens_a_case() -> None:
    alone = Verdict("m", breaches=(CONFIDENTIAL,), severity="high",
                    actions=frozenset({REMIND, DELETE, OPEN_CASE}))
    result = escalate(BOOK, alone, [], NOW, TERMS)
    assert result.open_case and result.reason == "privacy.confidential opens a case on its own"


def test_when_a_worry_comes_with_a_threat_then_the_threat_still_opens_a_case() -> None:
    threat = Breach("safety.threat", "t", "1", "high", "soft", ())
    both = Verdict("m", breaches=(SAFEGUARDING_BREACH, threat, CONFIDENTIAL), severity="high",
                   actions=frozenset({ALERT_SAFEGUARDING_LEAD, REMIND, DELETE, OPEN_CASE}))
    result = escalate(BOOK, both, [], NOW, TERMS)
    assert result.open_case and result.alert_safeguarding_lead
    assert result.reason == "safety.threat opens a case on its own"
    assert [b.clause_id for b in ladder_breaches(BOOK, both)] == ["safety.threat"]


def test_when_the_engine_hears_a_worry_about_a_named_pupil_then_it_goes_to_the_lead_only() -> None:
    school = load_school(EXAMPLE_SCHOOL_YAML.replace("pupils: [", 'pupils: ["Olivia S", '))
    engine = Engine(school, BOOK, NullScorer(), blank_nlp(), lambda w: zipf_frequency(w, "en"))
    text = "Olivia S came in with bruises again, I think her dad hits her"
    worry = engine.score([Message(text=text)])[0]
    assert {"safety.safeguarding", "privacy.confidential"} <= {
        b.clause_id for b in worry.breaches}
    assert DELETE in worry.actions  # the child's details still leave the group
    result = escalate(BOOK, worry, [], NOW, TERMS)
    assert result.alert_safeguarding_lead and not result.open_case
    assert "privacy.confidential" not in {b.clause_id for b in ladder_breaches(BOOK, worry)}
