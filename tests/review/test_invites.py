"""Becoming a reviewer from an invite link, and a headteacher inviting colleagues."""

import re
from datetime import timedelta

from bot.sandbox import Sandbox
from models import store
from tests.review.helpers import School, cards, data_of, private, texts_to


async def test_when_the_headteacher_opens_the_invite_then_they_review_that_school_only(
        box: Sandbox, larkfield: School, oakwood: School):
    welcome = texts_to(box, larkfield.head)[-1]
    assert welcome.startswith("Welcome, Eleanor Rose. You are now a reviewer for Larkfield "
                              "Primary School as headteacher.")
    assert "/queue" in welcome and "/digest" in welcome and "/invite" in welcome
    with box.db.session() as s:
        schools = [(school.key, r.role) for school, r in
                   store.reviewer_schools(s, larkfield.head.id)]
        actions = [e.action for e in store.audit_entries(s, larkfield.id)]
    assert schools == [("larkfield", "headteacher")]
    assert "reviewer.add" in actions and "reviewer.invite_redeemed" in actions


async def test_when_an_invite_is_used_again_expired_or_wrong_then_it_says_so(
        box: Sandbox, larkfield: School):
    emu = box.emu
    code = box.code(larkfield.id, "reviewer:deputy")
    first, second = emu.create_user("Dee"), emu.create_user("Sam")
    await private(box, first, f"/start {code}")
    await private(box, second, f"/start {code}")
    assert "this code has already been used" in texts_to(box, second)[-1]
    with box.db.session() as s:
        old = store.issue_code(s, larkfield.id, "reviewer:deputy", box.now - timedelta(days=8))
    await private(box, second, f"/start {old}")
    assert "this code has expired" in texts_to(box, second)[-1]
    await private(box, second, f"/start {box.code(larkfield.id, 'group_link')}")
    assert "this code is not recognised" in texts_to(box, second)[-1]
    await private(box, second, "/queue")
    assert texts_to(box, second)[-1].startswith("Only the school's reviewers")
    with box.db.session() as s:
        assert [r.role for r in store.reviewers(s, larkfield.id)] == ["headteacher", "deputy"]


async def test_when_the_headteacher_invites_a_deputy_then_the_link_works_once(
        box: Sandbox, larkfield: School):
    await private(box, larkfield.head, "/invite deputy")
    invite = texts_to(box, larkfield.head)[-1]
    link = re.search(r"https://t\.me/kindly_test_bot\?start=([\w-]+)", invite)
    assert link and "deputy headteacher at Larkfield Primary School" in invite
    deputy = box.emu.create_user("Dev", "Patel")
    await private(box, deputy, f"/start {link.group(1)}")
    assert "as deputy headteacher" in texts_to(box, deputy)[-1]
    # a deputy cannot invite anyone
    await private(box, deputy, "/invite safeguarding_lead")
    assert texts_to(box, deputy)[-1] == "Only a headteacher can invite reviewers."
    with box.db.session() as s:
        [entry] = store.audit_entries(s, larkfield.id, "reviewer.invite")
    assert entry.detail == {"role": "deputy"}
    assert link.group(1) not in str(entry.detail)


async def test_when_the_safeguarding_lead_registers_then_waiting_alerts_reach_them(
        box: Sandbox, larkfield: School):
    box.emu.send_message(larkfield.chat, larkfield.parent,
                         "My daughter says a boy in her class told her his dad hits him with "
                         "a belt. He had bruises on his arms at swimming.")
    await box.settle()
    dsl = box.emu.create_user("Tom", "Fairweather")
    await box.reviewer(larkfield.id, dsl, "safeguarding_lead")
    said = texts_to(box, dsl)
    assert said[0].startswith("Welcome, Tom Fairweather")
    assert "safeguarding concerns here, privately" in said[0]
    assert any("belt" in text for text in said[1:])


async def test_when_someone_reviews_two_schools_then_they_choose_which(
        box: Sandbox, larkfield: School, oakwood: School):
    await box.reviewer(oakwood.id, larkfield.head, "deputy")
    await private(box, larkfield.head, "/queue")
    [picker] = [m for m in box.emu.private_messages(larkfield.head) if m.text == "Which school?"]
    box.emu.press_button(picker, larkfield.head, data_of(picker, "Oakwood"))
    await box.settle()
    await box.emu.wait_for(lambda: "Nothing waiting at Oakwood" in texts_to(box, larkfield.head)
                           [-1])
    assert cards(box, larkfield.head) == []
