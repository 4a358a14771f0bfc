"""Safeguarding concerns in /queue: only the lead and the headteacher see them or press their
buttons, every action is audited, and no other school's lead can reach them."""

from bot.emulator import User
from bot.review.callbacks import Button, button_key, sign
from bot.sandbox import Sandbox
from models import store
from tests.review.helpers import (
    CONCERN,
    School,
    answer,
    cards,
    data_of,
    labels,
    press,
    press_data,
    private,
    texts_to,
)

REFUSED = ("This button is not valid for you.", True)
CARD = "Safeguarding concern "


async def concern_with_lead(box: Sandbox, school: School) -> User:
    """A parent posts a disclosure; the school's safeguarding lead registers; returns the lead."""
    box.emu.send_message(school.chat, school.parent, CONCERN)
    await box.settle()
    lead = box.emu.create_user("Tom", "Fairweather")
    await box.reviewer(school.id, lead, "safeguarding_lead")
    return lead


async def lead_card(box: Sandbox, school: School) -> tuple[User, object]:
    lead = await concern_with_lead(box, school)
    await private(box, lead, "/queue")
    [card] = cards(box, lead, prefix=CARD)
    return lead, card


async def test_when_the_lead_opens_the_queue_then_the_concern_is_in_its_own_section(
        box: Sandbox, larkfield: School):
    lead, card = await lead_card(box, larkfield)
    said = texts_to(box, lead)
    assert "Larkfield Primary School: 1 safeguarding concern, 0 open cases, 0 unreviewed " \
           "reports." in said
    assert said[-2].startswith("Safeguarding concerns, not yet acknowledged (only the "
                               "safeguarding lead and the headteacher see these)")
    text = card.text
    assert text.startswith("Safeguarding concern 1 · waiting")
    assert "Sent privately to the safeguarding lead Thu 19 Nov 2026, 10:00" in text
    assert "Thu 19 Nov 2026, 10:00, Year 2 Parents, from Lou Carter" in text
    assert "hits him with a belt" in text
    assert "Suggested next steps from the school's procedure:\n- The DSL sees the message" \
        in text
    assert labels(card) == ["Acknowledge", "Add note"]
    assert box.emu.bot_messages(larkfield.chat)[-1].text.startswith("This group is now linked")

    query = await press(box, card, lead, "Acknowledge")
    assert answer(box, query) == ("Acknowledged: you have this concern in hand.", False)
    assert card.text.startswith("Safeguarding concern 1 · acknowledged")
    assert "Acknowledged by Tom Fairweather, Thu 19 Nov 2026, 10:00" in card.text
    assert labels(card) == ["Add note"]
    await private(box, lead, "/queue")
    assert texts_to(box, lead)[-1].startswith("Nothing waiting at Larkfield")
    with box.db.session() as s:
        acks = store.audit_entries(s, larkfield.id, "safeguarding.ack")
        views = store.audit_entries(s, larkfield.id, "safeguarding.view")
    assert [(e.actor, e.subject) for e in acks] == [("reviewer:2", "alert:1")]
    assert [e.subject for e in views] == ["alert:1"]


async def test_when_the_lead_adds_a_note_then_it_stays_with_the_concern_not_the_audit_log(
        box: Sandbox, larkfield: School):
    lead, card = await lead_card(box, larkfield)
    await press(box, card, lead, "Add note")
    assert texts_to(box, lead)[-1].startswith("Send your note for safeguarding concern 1")
    await private(box, lead, "Spoke to the class teacher; logged on the school's system.")
    said = texts_to(box, lead)
    assert said[-2] == "Note added to safeguarding concern 1."
    assert said[-1].startswith("Safeguarding concern 1 · waiting")
    assert "Notes (1):" in said[-1] and "logged on the school's system" in said[-1]
    with box.db.session() as s:
        [note] = [r for r in store.safeguarding_reviews(s, larkfield.id, 1) if r.kind == "note"]
        [entry] = store.audit_entries(s, larkfield.id, "safeguarding.note")
    assert note.text == "Spoke to the class teacher; logged on the school's system."
    assert entry.detail == {"note_id": note.id} and "school's system" not in str(entry.detail)


async def test_the_headteacher_sees_the_concern_and_a_deputy_does_not(
        box: Sandbox, larkfield: School):
    lead, card = await lead_card(box, larkfield)
    lead_ack = data_of(card, "Acknowledge")
    await private(box, larkfield.head, "/queue")
    [head_card] = cards(box, larkfield.head, prefix=CARD)
    deputy = box.emu.create_user("Dev", "Patel")
    await box.reviewer(larkfield.id, deputy, "deputy")
    await private(box, deputy, "/queue")
    assert texts_to(box, deputy)[-1].startswith("Nothing waiting at Larkfield")
    assert not any(CARD.strip() in t for t in texts_to(box, deputy))
    # a deputy holding validly signed data (a leaked key) is still refused by role
    key = button_key(box.emu.token)
    for op in ("sga", "sgn"):
        query = await press_data(box, card, deputy,
                                 sign(key, deputy.id, Button(op, larkfield.id, 1)))
        assert answer(box, query) == REFUSED
    # the headteacher may act on it
    await press(box, head_card, larkfield.head, "Acknowledge")
    assert head_card.text.startswith("Safeguarding concern 1 · acknowledged")
    query = await press_data(box, card, lead, lead_ack)  # the lead's card, a moment later
    assert answer(box, query) == ("Eleanor Rose has already acknowledged this concern.", True)
    with box.db.session() as s:
        denied = store.audit_entries(s, larkfield.id, "review.denied")
    assert [(e.actor, e.subject) for e in denied] == [
        (f"telegram:{deputy.id}", "sga:1"), (f"telegram:{deputy.id}", "sgn:1")]


async def test_when_another_schools_lead_presses_the_buttons_then_they_are_refused(
        box: Sandbox, larkfield: School, oakwood: School):
    lead, card = await lead_card(box, larkfield)
    other = box.emu.create_user("Nia", "Osei")
    await box.reviewer(oakwood.id, other, "safeguarding_lead")
    await private(box, other, "/queue")
    assert texts_to(box, other)[-1].startswith("Nothing waiting at Oakwood")
    replayed = [data_of(card, label) for label in ("Acknowledge", "Add note")]
    for data in replayed:  # Larkfield's own buttons, replayed
        query = await press_data(box, card, other, data)
        assert answer(box, query) == REFUSED
    key = button_key(box.emu.token)
    crafted = [(Button("sga", larkfield.id, 1), REFUSED),  # not a Larkfield reviewer
               (Button("sgn", larkfield.id, 1), REFUSED),
               # Oakwood named, Larkfield's alert id: no such concern at Oakwood
               (Button("sga", oakwood.id, 1), ("That case or report is not available.", True)),
               (Button("sgn", oakwood.id, 1), ("That case or report is not available.", True))]
    for button, expected in crafted:
        query = await press_data(box, card, other, sign(key, other.id, button))
        assert answer(box, query) == expected
    assert not any("belt" in t for t in texts_to(box, other))
    with box.db.session() as s:
        assert store.unacknowledged_safeguarding_alerts(s, larkfield.id)[0].id == 1
        assert store.safeguarding_reviews(s, larkfield.id, 1) == []
