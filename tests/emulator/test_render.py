"""Every object the emulator builds fits the Bot API description."""

import pytest

from bot.emulator import render
from bot.emulator.checks import check_value
from bot.emulator.model import (
    ADMINISTRATOR,
    CREATOR,
    KICKED,
    LEFT,
    MEMBER,
    RESTRICTED,
    Chat,
    Document,
    Member,
    MessageRecord,
    User,
)
from bot.emulator.spec import load_spec

SPEC = load_spec()
SARAH = User(5_000_001, "Sarah", "Jones", "sarahj", language_code="en")
BOT = User(7_000_000_001, "Kindly", None, "kindly_test_bot", is_bot=True)
GROUP = Chat(-4_100_000_001, "group", "Year 3 Parents")


@pytest.mark.parametrize("status", [CREATOR, ADMINISTRATOR, MEMBER, RESTRICTED, LEFT, KICKED])
@pytest.mark.parametrize("chat_type", ["group", "supergroup", "private"])
def test_when_a_member_is_rendered_then_it_is_a_valid_chat_member(
    status: str, chat_type: str
) -> None:
    member = Member(SARAH.id, status, {"can_delete_messages": True})
    body = render.member_json(member, SARAH, chat_type)
    assert body["status"] == status
    assert check_value(SPEC, ("ChatMember",), body, "member") == []


def test_when_chats_and_users_are_rendered_then_they_are_valid() -> None:
    private = Chat(SARAH.id, "private", None, SARAH.id)
    assert check_value(SPEC, ("User",), render.bot_user_json(BOT, False), "me") == []
    for chat in (GROUP, private):
        assert check_value(SPEC, ("Chat",), render.chat_json(chat, SARAH), "chat") == []
        info = render.chat_full_info_json(chat, SARAH)
        assert check_value(SPEC, ("ChatFullInfo",), info, "chat") == []
    assert render.chat_json(private, SARAH)["first_name"] == "Sarah"


def test_when_a_full_message_is_rendered_then_it_is_a_valid_message() -> None:
    users = {SARAH.id: SARAH, BOT.id: BOT}
    asked = MessageRecord(GROUP.id, 1, SARAH.id, 1_700_000_000, text="Is school open?")
    answer = MessageRecord(
        GROUP.id, 2, BOT.id, 1_700_000_060, text="See the letter", caption="Letter",
        reply_to_message_id=1, forward_from_id=SARAH.id, edit_date=1_700_000_100, photo=True,
        document=Document("doc-1", "udoc1", "letter.pdf", "application/pdf", b"%PDF"),
        entities=[{"type": "bold", "offset": 0, "length": 3}],
        reply_markup={"inline_keyboard": [[{"text": "Thanks", "callback_data": "t"}]]},
    )
    body = render.message_json(answer, render.chat_json(GROUP), users, asked)
    assert check_value(SPEC, ("Message",), body, "message") == []
    assert body["reply_to_message"]["text"] == "Is school open?"
    assert body["document"]["file_size"] == 4
