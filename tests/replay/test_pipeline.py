"""Replays of the fixture exports through the real engine (offline scorer)."""

from bot.replay.ladder import ALERTS_LEAD, OPENS_CASE
from tests.replay.conftest import FIXTURES


def _flagged(report) -> dict[int, list[str]]:  # noqa: ANN001
    """Line -> clause ids of each flagged message."""
    return {f.record.line: [b.clause_id for b in f.verdict.breaches] for f in report.flagged}


def test_when_the_uk_export_is_replayed_then_the_figures_add_up(replayed):
    report = replayed(FIXTURES / "whatsapp-android-uk.txt")
    assert (report.messages, report.staff_messages, report.system_lines, report.deleted,
            report.malformed_count) == (13, 1, 8, 2, 1)
    assert report.format == "whatsapp"
    assert report.source == "whatsapp-android-uk.txt"
    assert report.date_order == "day-first"
    assert report.flagged_count == len(list(report.flagged)) == sum(
        day[1] for day in report.timeline.values())
    assert sum(day[0] for day in report.timeline.values()) == 13


def test_when_the_uk_export_is_replayed_then_breaches_are_flagged_with_their_clauses(replayed):
    flagged = _flagged(replayed(FIXTURES / "whatsapp-android-uk.txt"))
    assert "respect.staff-named" in flagged[8]        # Miss Hope is useless
    assert "privacy.photo-consent" in flagged[10]     # <Media omitted>
    assert "contact.out-of-hours" in flagged[24]      # "Mrs Rose, ..." at 21:40
    assert "respect.pupil-named" in flagged[25]       # Sam T is a little liar
    assert "privacy.confidential" in flagged[30]      # a phone number
    assert "safety.safeguarding" in flagged[35]       # a man taking photos at the gates
    # clean chatter, and the headteacher's own message (staff are exempt)
    for clean in (5, 6, 23, 26, 33, 36):
        assert clean not in flagged


def test_when_a_member_breaches_repeatedly_then_the_ladder_steps_are_reported(replayed):
    report = replayed(FIXTURES / "whatsapp-android-uk.txt")
    assert [(s.sender, s.what) for s in report.steps] == [
        ("Dan Price", OPENS_CASE), ("Dan Price", ALERTS_LEAD)]
    dan = report.members["Dan Price"]
    assert (dan.messages, dan.flagged, dan.added_to_case, dan.alerts) == (4, 4, 0, 1)
    assert dan.case_opened is not None and dan.case_opened.hour == 13  # the phone number
    assert (report.cases_opened(), report.alerts()) == (1, 1)
    assert report.repeat_members()[0].name == "Dan Price"
    assert report.members["Mrs Eleanor Rose"].staff


def test_when_context_is_asked_for_then_neighbours_come_with_each_flagged_message(replayed):
    report = replayed(FIXTURES / "whatsapp-android-uk.txt", context_lines=2)
    phone = next(f for f in report.flagged if f.record.line == 30)
    assert [c.sender for c in phone.before] == ["Priya Shah", "Gemma Hart"]
    assert [c.sender for c in phone.after] == ["Priya Shah", "Dan Price"]
    last = next(f for f in report.flagged if f.record.line == 35)
    assert [c.text for c in last.after] == ["Lovely assembly yesterday, thank you all"]
    without = replayed(FIXTURES / "whatsapp-android-uk.txt")
    assert all(not f.before and not f.after for f in without.flagged)


def test_when_a_telegram_group_is_replayed_then_replies_mentions_and_shares_count(replayed):
    report = replayed(FIXTURES / "telegram-group.json")
    # later breaches join a member's open case: counted for the member, not listed as steps
    assert [s.what for s in report.steps] == [OPENS_CASE, OPENS_CASE]
    assert report.members["Dan Price"].added_to_case == 1
    by_id = {f.record.source_id: [b.clause_id for b in f.verdict.breaches]
             for f in report.flagged}
    assert report.staff_messages == 1                       # Miss Hope's own message
    assert "contact.out-of-hours" in by_id["4"]             # replies to her at 19:45
    assert "contact.out-of-hours" in by_id["5"]             # @-mentions her at 20:05
    assert "privacy.confidential" in by_id["6"]             # a shared contact card
    assert "privacy.confidential" in by_id["7"]             # a shared home address
    assert "respect.pupil-named" in by_id["10"]             # a forward about a child
    assert "9" not in by_id and "12" not in by_id           # clean messages


def test_when_a_us_ios_export_is_replayed_then_times_decide_out_of_hours(replayed):
    flagged = _flagged(replayed(FIXTURES / "whatsapp-ios-us.txt"))
    assert flagged[5] == ["contact.out-of-hours"]   # "Mrs Rose, ..." at 9:45 PM
    assert 4 not in flagged and 11 not in flagged    # same kind of texts in the daytime
