"""Tenant isolation: no command, button or crafted callback reaches another school's data."""

import pytest

from bot.review.callbacks import Button, button_key, sign
from bot.sandbox import Sandbox
from models import store
from tests.review.helpers import (
    THREAT,
    School,
    answer,
    cards,
    case_rows,
    data_of,
    press_data,
    private,
    say,
    texts_to,
)

REFUSED = ("This button is not valid for you.", True)


async def larkfield_card(box: Sandbox, larkfield: School) -> object:
    await say(box, larkfield, THREAT)
    await private(box, larkfield.head, "/queue")
    [card] = cards(box, larkfield.head)
    return card


async def test_when_the_other_head_asks_for_the_queue_then_only_their_school_shows(
        box: Sandbox, larkfield: School, oakwood: School):
    await larkfield_card(box, larkfield)
    await private(box, oakwood.head, "/queue")
    assert texts_to(box, oakwood.head)[-1] == (
        "Nothing waiting at Oakwood Primary School: no open cases and no unreviewed reports.")
    await private(box, oakwood.head, "/digest")
    digest = texts_to(box, oakwood.head)[-1]
    assert digest.startswith("Digest for Oakwood Primary School")
    assert "Open cases: 0" in digest and "Flagged messages: 0" in digest


@pytest.mark.parametrize("label", ["Acknowledge", "Resolve", "Export", "Add note",
                                   "Notice to group", "Not a breach"])
async def test_when_another_schools_head_replays_a_button_then_it_is_refused(
        box: Sandbox, larkfield: School, oakwood: School, label: str):
    card = await larkfield_card(box, larkfield)
    before = list(box.emu.private_messages(oakwood.head))
    query = await press_data(box, card, oakwood.head, data_of(card, label))
    assert answer(box, query) == REFUSED
    assert case_rows(box)[0].status == "open"
    assert box.emu.private_messages(oakwood.head) == before  # no document, no prompt


async def test_when_button_data_is_altered_then_it_is_refused(
        box: Sandbox, larkfield: School, oakwood: School):
    card = await larkfield_card(box, larkfield)
    await private(box, oakwood.head, "/queue")
    own = box.emu.private_messages(oakwood.head)[-1]
    ack = data_of(card, "Acknowledge")
    for crafted in (ack.replace(f":{larkfield.id}:", f":{oakwood.id}:"),  # school swapped
                    ack.rsplit(".", 1)[0] + ".AAAAAAAAAAAAAA",            # forged signature
                    "k1:exp:1:1:.",                                      # unsigned
                    "k1:something else entirely"):
        query = await press_data(box, own, oakwood.head, crafted)
        assert answer(box, query) == REFUSED
    assert case_rows(box)[0].status == "open"


async def test_when_the_signing_key_leaks_then_access_checks_still_hold(
        box: Sandbox, larkfield: School, oakwood: School):
    """Even with validly signed data, a reviewer only reaches their own school's rows."""
    card = await larkfield_card(box, larkfield)
    key, user = button_key(box.emu.token), oakwood.head.id
    other_group = 2  # Oakwood's class group
    cases = [
        # Larkfield named as the school: Oakwood's head does not review it
        (Button("ack", larkfield.id, 1), REFUSED),
        (Button("exp", larkfield.id, 1), REFUSED),
        # Oakwood named as the school, Larkfield's case id: there is no such case at Oakwood
        (Button("ack", oakwood.id, 1), ("That case or report is not available.", True)),
        (Button("exp", oakwood.id, 1), ("That case or report is not available.", True)),
    ]
    for button, expected in cases:
        query = await press_data(box, card, oakwood.head, sign(key, user, button))
        assert answer(box, query) == expected
    # Larkfield's head cannot post the notice into Oakwood's group from a Larkfield case
    query = await press_data(box, card, larkfield.head, sign(
        key, larkfield.head.id, Button("ntp", larkfield.id, 1, str(other_group))))
    assert answer(box, query) == REFUSED
    assert box.emu.bot_messages(oakwood.chat)[-1].text.startswith("This group is now linked")
    assert case_rows(box)[0].status == "open"
    with box.db.session() as s:
        refused = [e for e in store.audit_entries(s, larkfield.id, "review.denied")]
    assert {e.actor for e in refused} == {f"telegram:{oakwood.head.id}"}


async def test_a_parent_cannot_use_reviewer_commands(box: Sandbox, larkfield: School):
    await larkfield_card(box, larkfield)
    for command in ("/queue", "/digest", "/invite deputy"):
        await private(box, larkfield.parent, command)
        assert texts_to(box, larkfield.parent)[-1].startswith("Only the school's reviewers")
