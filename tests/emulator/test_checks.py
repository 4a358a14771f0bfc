"""Recursive checks of objects against the Bot API types."""

import pytest

from bot.emulator.checks import check_result, check_value
from bot.emulator.spec import load_spec

SPEC = load_spec()
USER = {"id": 5, "is_bot": False, "first_name": "Sarah"}
RIGHTS = (
    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
    "can_edit_stories", "can_delete_stories",
)
ADMIN = {"status": "administrator", "user": USER, "can_be_edited": False,
         "is_anonymous": False, **dict.fromkeys(RIGHTS, False)}


def problems(type_name: str, value: object) -> list[str]:
    return check_value(SPEC, (type_name,), value, "result")


@pytest.mark.parametrize(
    ("type_name", "value"),
    [
        ("User", USER),
        ("Chat", {"id": -4100000001, "type": "group", "title": "Year 3"}),
        ("ChatMember", ADMIN),
        ("ChatMember", {"status": "kicked", "user": USER, "until_date": 0}),
        ("Message", {"message_id": 1, "date": 1, "chat": {"id": 1, "type": "private"},
                     "reply_markup": {"inline_keyboard": [[{"text": "ok", "url": "https://x"}]]}}),
        ("Array of Array of InlineKeyboardButton", [[{"text": "a", "url": "https://x"}]]),
        ("Float", 3),
    ],
)
def test_when_object_matches_its_type_then_no_problems(type_name: str, value: object) -> None:
    assert problems(type_name, value) == []


@pytest.mark.parametrize(
    ("type_name", "value", "expected"),
    [
        # missing and unknown fields
        ("User", {"id": 5, "is_bot": False},
         "result: missing required field 'first_name' of User"),
        ("User", {**USER, "nickname": "S"}, "result: unknown field 'nickname' in User"),
        # wrong scalar types, booleans are not integers
        ("User", {**USER, "id": "5"}, "result.id: expected Integer, got str '5'"),
        ("User", {**USER, "id": True}, "result.id: expected Integer, got bool True"),
        ("User", {**USER, "last_name": None}, "result.last_name: null is not allowed"),
        # nested objects and arrays
        ("Message", {"message_id": 1, "date": 1, "chat": {"id": 1}},
         "result.chat: missing required field 'type' of Chat"),
        ("Array of User", [USER, {"id": 2}], "result[1]: missing required field"),
    ],
)
def test_when_object_breaks_its_type_then_the_problem_is_named(
    type_name: str, value: object, expected: str
) -> None:
    found = problems(type_name, value)
    assert any(problem.startswith(expected) for problem in found), found


def test_when_administrator_lacks_a_required_right_then_it_is_caught() -> None:
    broken = {key: value for key, value in ADMIN.items() if key != "can_delete_stories"}
    assert problems("ChatMember", broken) == [
        "result: missing required field 'can_delete_stories' of ChatMemberAdministrator"
    ]


def test_when_status_does_not_match_the_fields_then_no_subtype_accepts_it() -> None:
    # 'left' has no until_date; 'kicked' needs one. Both must be caught.
    assert problems("ChatMember", {"status": "left", "user": USER, "until_date": 0})
    assert problems("ChatMember", {"status": "kicked", "user": USER})
    assert problems("ChatMember", {"status": "owner", "user": USER, "is_anonymous": False})


def test_when_method_returns_true_then_only_true_is_accepted() -> None:
    assert check_result(SPEC, ("Boolean",), True) == []
    assert check_result(SPEC, ("Boolean",), False) == ["result: expected True, got bool False"]
    assert check_result(SPEC, ("Message", "Boolean"), True) == []
