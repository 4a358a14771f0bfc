"""The operator's undo, end to end: a removed reviewer loses access at once, and an unlinked
group is no longer moderated for its school."""

from sqlalchemy import func, select

from bot.sandbox import Sandbox
from models import Incident, store
from tests.review.helpers import (
    CRITICISM,
    THREAT,
    School,
    answer,
    cards,
    case_rows,
    press,
    private,
    run_kindly,
    say,
    texts_to,
)

REFUSED = ("This button is not valid for you.", True)


async def test_when_a_reviewer_is_revoked_then_their_next_press_is_refused(
        box: Sandbox, larkfield: School):
    deputy = box.emu.create_user("Dev", "Patel")
    await box.reviewer(larkfield.id, deputy, "deputy")
    await say(box, larkfield, THREAT)
    await private(box, deputy, "/queue")
    [card] = cards(box, deputy)
    await press(box, card, deputy, "Add note")  # a note the deputy has not sent yet

    code, out, err = run_kindly(box, "school", "revoke", "--school", "larkfield",
                                "--telegram-id", str(deputy.id))
    assert code == 0, err
    assert out.startswith(f"Telegram user {deputy.id} no longer reviews larkfield "
                          "(removed: deputy).")

    query = await press(box, card, deputy, "Acknowledge")
    assert answer(box, query) == REFUSED
    assert case_rows(box)[0].status == "open"
    await private(box, deputy, "The note I was asked for")
    assert texts_to(box, deputy)[-1].startswith("Only the school's reviewers")
    await private(box, deputy, "/queue")
    assert texts_to(box, deputy)[-1].startswith("Only the school's reviewers")
    with box.db.session() as s:
        assert store.case_notes(s, larkfield.id, 1) == []
        [revoked] = store.audit_entries(s, larkfield.id, "reviewer.revoke")
        denied = store.audit_entries(s, larkfield.id, "review.denied")
    assert revoked.actor == "cli"
    assert revoked.detail == {"telegram_user_id": deputy.id, "role": "deputy",
                              "invites_cancelled": 0}
    assert [e.actor for e in denied] == [f"telegram:{deputy.id}"]
    # the headteacher is untouched
    await private(box, larkfield.head, "/queue")
    assert cards(box, larkfield.head)


async def test_when_the_revoked_reviewer_held_an_acknowledgement_then_the_case_keeps_it(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, THREAT)
    await private(box, larkfield.head, "/queue")
    [card] = cards(box, larkfield.head)
    await press(box, card, larkfield.head, "Acknowledge")
    code, _, err = run_kindly(box, "school", "revoke", "--school", "larkfield",
                              "--telegram-id", str(larkfield.head.id))
    assert code == 0, err
    [case] = case_rows(box)
    assert (case.status, case.reviewer_id) == ("acknowledged", None)
    query = await press(box, card, larkfield.head, "Resolve")
    assert answer(box, query) == REFUSED


async def test_when_a_group_is_unlinked_then_its_messages_are_no_longer_moderated(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, CRITICISM)
    before = len(box.emu.bot_messages(larkfield.chat))
    code, out, err = run_kindly(box, "school", "unlink", "--school", "larkfield",
                                "--chat-id", str(larkfield.chat.id))
    assert code == 0, err
    assert out.startswith(f"Unlinked Year 2 Parents (chat {larkfield.chat.id}) from "
                          "larkfield: the bot no longer moderates it for this school.")
    await say(box, larkfield, THREAT)
    assert len(box.emu.bot_messages(larkfield.chat)) == before  # no reminder, no removal
    with box.db.session() as s:
        incidents = s.scalar(select(func.count()).select_from(Incident))
        [entry] = store.audit_entries(s, larkfield.id, "group.unlink")
        assert store.groups_of(s, larkfield.id) == []
    assert incidents == 1  # the criticism before the unlink stays as evidence
    assert entry.detail == {"chat_id": larkfield.chat.id} and entry.actor == "cli"
    # unlinking it again names the groups that are still linked (none)
    code, _, err = run_kindly(box, "school", "unlink", "--school", "larkfield",
                              "--chat-id", str(larkfield.chat.id))
    assert code == 2
    assert err.strip().endswith(f"no group with chat id {larkfield.chat.id} is linked to "
                                "larkfield (linked: none)")
