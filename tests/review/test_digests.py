"""Digests through the real JobQueue and the emulator: on time, once, and after downtime."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_EXECUTED

from bot.retention import PURGE_JOB_NAME
from bot.review.startup import REFRESH_JOB
from bot.sandbox import Sandbox
from models import store
from tests.review.helpers import (
    CONCERN,
    CRITICISM,
    THREAT,
    School,
    answer,
    cards,
    press,
    private,
    restart_bot,
    say,
    texts_to,
)

LONDON = ZoneInfo("Europe/London")
THURSDAY_1630 = datetime(2026, 11, 19, 16, 30, tzinfo=UTC)  # GMT: London time too
FRIDAY_1605 = datetime(2026, 11, 20, 16, 5, tzinfo=UTC)


def digests(box: Sandbox, school: School, kind: str = "Daily digest") -> list[str]:
    return [t for t in texts_to(box, school.head) if t.startswith(kind)]


def runs(box: Sandbox, school: School) -> list[tuple[str, str]]:
    with box.db.session() as s:
        return [(r.kind, r.status) for r in store.digest_runs(s, school.id)]


async def started(box: Sandbox) -> None:
    """Wait until the bot's start-up job (jobs, catch-up) has finished."""
    await box.emu.wait_for(lambda: box.app.job_queue.get_jobs_by_name(REFRESH_JOB), 10)


async def test_a_digest_missed_while_the_bot_was_down_is_sent_once_on_start(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, THREAT)
    await say(box, larkfield, CRITICISM, who=larkfield.other)
    await restart_bot(box, at=THURSDAY_1630)  # down over 16:00
    await box.emu.wait_for(lambda: digests(box, larkfield), 10)
    [digest] = digests(box, larkfield)
    assert digest.splitlines()[:2] == ["Daily digest for Larkfield Primary School",
                                       "Wed 18 Nov 2026, 16:00 to Thu 19 Nov 2026, 16:00"]
    for line in ("New cases: 1 (case 1 (high))",
                 "Open cases: 1. Oldest not yet acknowledged: case 1, waiting 6 hours",
                 "Flagged messages: 2",
                 "  By clause: Take concerns about a member of staff to the school 2; "
                 "No threats of any kind 1",
                 "  By group: Year 2 Parents 2",
                 "Reminders posted: 1",
                 "Parents' reports: 0 new, 0 waiting",
                 "Code of conduct: next review due 1 June 2020 (overdue)."):
        assert line in digest.splitlines()
    assert "Baker" not in digest and "Lou" not in digest  # counts only, no text or names
    await box.emu.wait_for(lambda: runs(box, larkfield) == [("daily", "sent")], 10)
    # another restart, later the same day: nothing is sent again
    await restart_bot(box, at=THURSDAY_1630.replace(minute=45))
    await started(box)
    assert len(digests(box, larkfield)) == 1
    assert runs(box, larkfield) == [("daily", "sent")]


async def test_the_scheduled_job_sends_the_digest_once_however_often_it_fires(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, THREAT)
    [job] = box.app.job_queue.get_jobs_by_name(f"digest:{larkfield.id}:daily")
    local = job.next_t.astimezone(LONDON)
    assert local.time() == time(16, 0) and local.weekday() < 5
    [weekly] = box.app.job_queue.get_jobs_by_name(f"digest:{larkfield.id}:weekly")
    assert weekly.next_t.astimezone(LONDON).weekday() == 4  # Friday
    fired: list[object] = []
    box.app.job_queue.scheduler.add_listener(
        lambda event: fired.append(event) if event.job_id == job.job.id else None,
        EVENT_JOB_EXECUTED)
    box.at(datetime(2026, 11, 19, 16, 0, 30, tzinfo=UTC))
    for times in (1, 2):  # the scheduler fires the real job now, twice
        job.job.modify(next_run_time=datetime.now(UTC))
        await box.emu.wait_for(lambda n=times: len(fired) == n, 10)
    assert len(digests(box, larkfield)) == 1
    assert runs(box, larkfield) == [("daily", "sent")]


async def test_the_nightly_retention_purge_is_scheduled(box: Sandbox, larkfield: School):
    await started(box)
    [purge] = box.app.job_queue.get_jobs_by_name(PURGE_JOB_NAME)
    assert purge.next_t.astimezone(UTC).time() == time(3, 15)


async def test_when_there_is_nothing_to_say_then_nothing_is_sent(
        box: Sandbox, larkfield: School):
    await restart_bot(box, at=THURSDAY_1630)
    await box.emu.wait_for(lambda: runs(box, larkfield) == [("daily", "empty")], 10)
    assert digests(box, larkfield) == []


async def test_on_friday_the_weekly_summary_comes_with_the_daily_digest(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, CRITICISM)  # Thursday: only in the weekly summary
    box.at(FRIDAY_1605.replace(hour=9))
    await say(box, larkfield, CRITICISM, who=larkfield.other)
    await restart_bot(box, at=FRIDAY_1605)
    await box.emu.wait_for(lambda: sorted(runs(box, larkfield)) == [
        ("daily", "sent"), ("weekly", "sent")], 10)
    [weekly] = digests(box, larkfield, "Weekly summary")
    assert weekly.splitlines()[1] == "Fri 13 Nov 2026, 16:00 to Fri 20 Nov 2026, 16:00"
    assert "Flagged messages: 2" in weekly
    [daily] = digests(box, larkfield)
    assert "Flagged messages: 1" in daily


async def test_digest_on_demand_shows_the_dismissed_rate_per_clause(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, THREAT)
    await private(box, larkfield.head, "/queue")
    [card] = cards(box, larkfield.head)
    await press(box, card, larkfield.head, "Not a breach")
    query = await press(box, card, larkfield.head, "Dismiss the selected clauses")
    assert answer(box, query) == ("Case 1 dismissed as not a breach.", False)
    await private(box, larkfield.head, "/digest")
    digest = texts_to(box, larkfield.head)[-1]
    assert digest.startswith("Digest for Larkfield Primary School")
    assert ("Dismissed as not a breach, of the closed cases citing each clause: "
            "Take concerns about a member of staff to the school 1 of 1 (100%); "
            "No threats of any kind 1 of 1 (100%)") in digest
    with box.db.session() as s:
        assert [e.actor for e in store.audit_entries(s, larkfield.id, "digest.view")] == [
            "reviewer:1"]


def alert_line(box: Sandbox, school: School) -> str | None:
    return next((line for line in texts_to(box, school.head)[-1].splitlines()
                 if line.startswith("Safeguarding alerts")), None)


async def test_the_digest_says_why_a_safeguarding_alert_is_still_waiting(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, CONCERN)
    await private(box, larkfield.head, "/digest")
    assert alert_line(box, larkfield) == (
        "Safeguarding alerts not yet delivered: 1 (no safeguarding lead has registered; use "
        "/invite safeguarding_lead)")
    lead = box.emu.create_user("Tom", "Fairweather")
    await box.reviewer(larkfield.id, lead, "safeguarding_lead")  # the alert reaches them
    await private(box, larkfield.head, "/digest")
    assert alert_line(box, larkfield) is None
    box.emu.block_bot(lead)
    await box.settle()
    await say(box, larkfield, CONCERN.replace("a boy", "another boy"), who=larkfield.other)
    await private(box, larkfield.head, "/digest")
    assert alert_line(box, larkfield) == (
        "Safeguarding alerts not yet delivered: 1 (a safeguarding lead is registered, but "
        "sending the alert failed; it will be retried, and the lead can also see it in /queue)")
