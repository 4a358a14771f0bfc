"""The review queue in Telegram: evidence on each card, and every button doing its job."""

from sqlalchemy import select

from bot.sandbox import Sandbox
from models import ClauseDismissal, store
from tests.review.helpers import (
    STAFF_TITLE,
    THREAT,
    THREAT_TITLE,
    School,
    answer,
    cards,
    case_rows,
    labels,
    press,
    private,
    say,
    texts_to,
    threat_then_edited_criticism,
)


async def open_threat_case(box: Sandbox, school: School) -> object:
    """A threat opens a case on its own; the headteacher opens the queue; returns the card."""
    await say(box, school, THREAT)
    await private(box, school.head, "/queue")
    [card] = cards(box, school.head)
    return card


async def test_when_a_case_is_open_then_the_card_shows_its_evidence(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    header = texts_to(box, larkfield.head)[-2]
    assert header == "Larkfield Primary School: 1 open case, 0 unreviewed reports."
    text = card.text
    assert text.startswith("Case 1 · high · open")
    assert "Parent: Lou Carter" in text
    assert "Thu 19 Nov 2026, 10:00, Year 2 Parents, from Lou Carter" in text
    assert f"{THREAT_TITLE} (safety.threat)" in text and STAFF_TITLE in text
    assert "Baker woman a good kicking" in text
    assert "message removed" in text  # the bot deleted the threat
    # the school's next steps for both clauses, before the evidence
    steps = text.split("Suggested next steps from the school's procedure:\n", 1)[1]
    assert steps.startswith("- Evidence is saved with the time and date (policy 8.4).\n"
                            "- A member of the senior leadership team meets the parent")
    assert "- The school contacts the parent directly and offers a meeting." in steps
    assert labels(card) == ["Acknowledge", "Resolve", "Not a breach", "Add note",
                            "Notice to group", "Export"]
    with box.db.session() as s:
        views = [e.subject for e in store.audit_entries(s, larkfield.id, "case.view")]
    assert views == ["case:1"]


async def test_when_acknowledged_then_resolved_the_case_records_who_and_the_outcome(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    query = await press(box, card, larkfield.head, "Acknowledge")
    assert answer(box, query) == ("Acknowledged.", False)
    assert "· acknowledged" in box.emu.private_messages(larkfield.head)[-1].text
    await press(box, card, larkfield.head, "Resolve")
    assert "Written warning sent" in labels(card)
    await press(box, card, larkfield.head, "Written warning sent")
    [case] = case_rows(box)
    assert (case.status, case.outcome, case.closed_at is not None) == (
        "resolved", "Written warning sent", True)
    assert "· resolved: Written warning sent" in card.text
    assert labels(card) == ["Add note", "Export"]
    with box.db.session() as s:
        changes = [e.detail for e in store.audit_entries(s, larkfield.id, "case.status")]
    assert changes == [{"from": "open", "to": "acknowledged"},
                       {"from": "acknowledged", "to": "resolved"}]


async def test_when_dismissed_then_only_the_chosen_clauses_are_recorded(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    await press(box, card, larkfield.head, "Not a breach")
    assert [label for label in labels(card) if label[0] in "☑☐"] == [
        f"☑ {THREAT_TITLE}", f"☑ {STAFF_TITLE}"]
    await press(box, card, larkfield.head, f"☑ {THREAT_TITLE}")  # the threat was real
    assert f"☐ {THREAT_TITLE}" in labels(card)
    await press(box, card, larkfield.head, "Dismiss the selected clauses")
    assert case_rows(box)[0].status == "dismissed"
    with box.db.session() as s:
        dismissed = [d.clause_id for d in s.scalars(select(ClauseDismissal))]
    assert dismissed == ["respect.staff-named"]


async def test_when_a_note_is_added_then_it_is_kept_with_the_case(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    await press(box, card, larkfield.head, "Add note")
    prompt = box.emu.private_messages(larkfield.head)[-1]
    assert prompt.text == "Send your note for case 1 as your next message, or /cancel."
    assert prompt.reply_markup["force_reply"] is True
    await private(box, larkfield.head, "Rang Ms Carter; she will take the post down.")
    said = texts_to(box, larkfield.head)
    assert said[-2] == "Note added to case 1."
    assert "Notes (1):" in said[-1] and "she will take the post down" in said[-1]
    with box.db.session() as s:
        [note] = store.case_notes(s, larkfield.id, 1)
    assert note.text == "Rang Ms Carter; she will take the post down."


async def test_when_the_outcome_is_other_then_the_reviewers_words_are_recorded(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    await press(box, card, larkfield.head, "Resolve")
    await press(box, card, larkfield.head, "Other")
    await private(box, larkfield.head, "Met both parents with the chair of governors")
    assert case_rows(box)[0].outcome == "Met both parents with the chair of governors"
    assert texts_to(box, larkfield.head)[-2] == (
        "Case 1 resolved: Met both parents with the chair of governors.")


async def test_when_a_notice_is_posted_then_the_group_sees_a_neutral_text(
        box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    await press(box, card, larkfield.head, "Notice to group")
    assert card.text.startswith("This neutral notice will be posted")
    query = await press(box, card, larkfield.head, "Post in Year 2 Parents")
    assert answer(box, query) == ("Notice posted in Year 2 Parents.", True)
    notice = box.emu.bot_messages(larkfield.chat)[-1].text
    assert notice.startswith("A note from Larkfield Primary School: please can we close this "
                             "conversation here.")
    assert "the school office" in notice and "Lou" not in notice
    with box.db.session() as s:
        [entry] = store.audit_entries(s, larkfield.id, "case.notice")
        incident = store.case_incidents(s, larkfield.id, 1)[0]
        actions = [a.action for a in store.incident_actions(s, incident.id)]
    assert entry.detail["outcome"] == "ok" and "notice" in actions


async def test_when_a_parent_reports_a_message_then_it_waits_in_the_reports_section(
        box: Sandbox, larkfield: School):
    target = await say(box, larkfield, "Does anyone know if the trip money is due Friday?")
    box.emu.send_command(larkfield.chat, larkfield.other, "/report", reply_to=target)
    await box.settle()
    await private(box, larkfield.head, "/queue")
    [card] = cards(box, larkfield.head, prefix="Report ")
    assert "By: Priya Mehta" in card.text and "About a message from: Lou Carter" in card.text
    assert "trip money is due Friday" in card.text
    await press(box, card, larkfield.head, "Reviewed: no action needed")
    assert "reviewed Thu 19 Nov 2026" in card.text and card.reply_markup is None
    await private(box, larkfield.head, "/queue")
    assert texts_to(box, larkfield.head)[-1].startswith("Nothing waiting at Larkfield")


async def test_when_the_queue_is_long_then_show_more_brings_the_rest(
        box: Sandbox, larkfield: School):
    target = await say(box, larkfield, "Reminder: cake sale on Friday")
    for reporter in (larkfield.rep, larkfield.other) * 3:
        box.emu.send_command(larkfield.chat, reporter, "/report", reply_to=target)
    await box.settle()
    await private(box, larkfield.head, "/queue")
    assert texts_to(box, larkfield.head)[-7] == (
        "Larkfield Primary School: 0 open cases, 6 unreviewed reports.")
    more = box.emu.private_messages(larkfield.head)[-1]
    assert more.text == "1 more waiting."
    await press(box, more, larkfield.head, "Show more")
    shown = [m.text.split(" ·")[0] for m in cards(box, larkfield.head, prefix="Report ")]
    assert shown == [f"Report {n}" for n in range(1, 7)]


async def test_back_returns_to_the_card_and_its_buttons(box: Sandbox, larkfield: School):
    card = await open_threat_case(box, larkfield)
    await press(box, card, larkfield.head, "Notice to group")
    await press(box, card, larkfield.head, "Back")
    assert card.text.startswith("Case 1 · high · open")
    assert labels(card)[0] == "Acknowledge"
    assert not any(m.text.startswith("A note from") for m in box.emu.bot_messages(larkfield.chat))


async def test_when_the_parent_edits_a_breach_away_then_the_card_says_so(
        box: Sandbox, larkfield: School):
    await threat_then_edited_criticism(box, larkfield)
    [card] = cards(box, larkfield.head)
    threat, edited = card.text.split("\n• ")[1:]
    assert "Edited away" not in threat
    assert edited.splitlines()[2:4] == [
        "  “Miss Baker is useless, she's lost the reading folders again”",
        "  Edited away by the parent at Thu 19 Nov 2026, 11:35: it no longer breaches the code"]
