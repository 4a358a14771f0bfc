"""Every rulebook's `examples:` run through the real engine (offline scorer, example school).

A `flag` example must breach its own clause; a `pass` example must breach nothing. The
examples name the people of tests/fixtures/example_school.yaml. Examples the detectors do
not yet get right are listed in KNOWN_MISSES as strict expected failures, so a fix shows up
(the test then passes unexpectedly and must be moved out of the list).
"""

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.loading import build_engine, read_rulebook, read_school, shipped_rulebooks
from bot.scorers import build_offline_scorer
from rules.engine import Engine
from rules.message import Message

SCHOOL = Path(__file__).resolve().parents[1] / "fixtures" / "example_school.yaml"

# Detector gaps, measured 2026-11-22 (see docs/quality.md).
KNOWN_MISSES = {
    "Why are they still doing phonics worksheets every night, completely outdated",
    "Why do they insist on cameras on, it's intrusive and totally pointless",
}


def examples() -> list:
    cases = []
    for rulebook_id in shipped_rulebooks():
        for clause in read_rulebook(rulebook_id).clauses:
            for kind, texts in (("flag", clause.examples.flag), ("pass", clause.examples.pass_)):
                for text in texts:
                    marks = [pytest.mark.xfail(strict=True, reason="known detector gap")] \
                        if text in KNOWN_MISSES else []
                    cases.append(pytest.param(rulebook_id, clause.id, kind, text, marks=marks,
                                              id=f"{rulebook_id}:{clause.id}:{kind}"))
    return cases


@cache
def engine_for(rulebook_id: str) -> Engine:
    return build_engine(read_school(SCHOOL), build_offline_scorer(), read_rulebook(rulebook_id))


@pytest.mark.parametrize(("rulebook_id", "clause_id", "kind", "text"), examples())
def test_when_a_rulebook_example_is_scored_then_it_behaves_as_the_rulebook_says(
        rulebook_id, clause_id, kind, text):
    verdict = engine_for(rulebook_id).score([Message(text=text)])[0]
    breached = [b.clause_id for b in verdict.breaches]
    if kind == "flag":
        assert clause_id in breached
    else:
        assert breached == []


# Messages whose verdict depends on when they were sent, which `examples:` cannot carry.
# The example school works 08:00-17:00 and lists the terms of 2025-26 only.
LONDON = ZoneInfo("Europe/London")
TIMED = [
    # praise naming a teacher, in the evening: about her, not to her
    ("Miss Baker did a lovely job with the nativity tonight",
     datetime(2026, 3, 3, 20, 15, tzinfo=LONDON), False),
    # the same evening, speaking to the head
    ("Mrs Rose, can you call me tonight", datetime(2026, 3, 3, 21, 45, tzinfo=LONDON), True),
    # a school-day morning years before the listed terms: term status unknown, so in hours
    ("Mrs Rose, can you call me today", datetime(2019, 3, 5, 10, 0, tzinfo=LONDON), False),
    # half-term between two listed terms is still a holiday
    ("Mrs Rose, can you call me today", datetime(2026, 2, 17, 10, 0, tzinfo=LONDON), True),
]


@pytest.mark.parametrize("rulebook_id", shipped_rulebooks())
@pytest.mark.parametrize(("text", "sent_at", "out_of_hours"), TIMED)
def test_when_a_timed_message_is_scored_then_out_of_hours_follows_who_it_speaks_to(
        rulebook_id, text, sent_at, out_of_hours):
    rulebook = read_rulebook(rulebook_id)
    clause = rulebook.clause_for("out_of_hours_contact")
    if clause is None:
        pytest.skip(f"{rulebook_id} has no out-of-hours rule")
    verdict = engine_for(rulebook_id).score([Message(text=text, sent_at=sent_at)])[0]
    assert (clause.id in [b.clause_id for b in verdict.breaches]) is out_of_hours


@pytest.mark.parametrize("rulebook_id", shipped_rulebooks())
def test_when_a_teacher_is_praised_in_the_evening_then_nothing_is_breached(rulebook_id):
    text, sent_at, _ = TIMED[0]
    verdict = engine_for(rulebook_id).score([Message(text=text, sent_at=sent_at)])[0]
    assert verdict.breaches == ()
