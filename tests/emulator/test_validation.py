"""Requests and answers that break the Bot API description are refused and recorded."""

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from telegram.error import BadRequest
from telegram.ext import MessageHandler, filters

from bot.emulator import BotApiEmulator
from bot.emulator.pytest_fixtures import violations_report
from tests.emulator.helpers import builder, polling


def kinds(emu: BotApiEmulator) -> list[tuple[str, str]]:
    found = [(violation.kind, violation.method) for violation in emu.violations]
    emu.violations.clear()  # provoked on purpose: keep the fixture's teardown check quiet
    return found


@pytest.mark.asyncio
async def test_when_bot_calls_an_unknown_method_then_it_is_refused(
    emulator: BotApiEmulator,
) -> None:
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="emulator: unknown method 'sendGreeting'"):
            await app.bot.do_api_request("sendGreeting", api_kwargs={"chat_id": 1})
    assert kinds(emulator) == [("unknown_method", "sendGreeting")]


@pytest.mark.asyncio
async def test_when_bot_sends_an_unknown_parameter_then_it_is_refused(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    emulator.send_private(sarah, "/start")
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="unknown parameter 'silent' for sendMessage"):
            await app.bot.send_message(sarah.id, "hi", api_kwargs={"silent": True})
    assert kinds(emulator) == [("unknown_parameter", "sendMessage")]
    assert emulator.private_messages(sarah) == []


def test_when_a_client_omits_or_mistypes_parameters_then_each_is_recorded(
    emulator: BotApiEmulator,
) -> None:
    url = f"{emulator.base_url}{emulator.token}"
    missing = httpx.post(f"{url}/sendMessage", data={"chat_id": "5"})
    mistyped = httpx.post(f"{url}/deleteMessage", data={"chat_id": "5", "message_id": "first"})
    as_json = httpx.post(f"{url}/getChat", json={"chat_id": [5]})
    assert missing.status_code == mistyped.status_code == as_json.status_code == 400
    assert missing.json()["description"] == (
        "emulator: missing required parameter 'text' for sendMessage"
    )
    assert "expected Integer, got 'first'" in mistyped.json()["description"]
    assert kinds(emulator) == [
        ("missing_parameter", "sendMessage"),
        ("wrong_type", "deleteMessage"),
        ("wrong_type", "getChat"),
    ]


def test_when_token_is_wrong_then_unauthorized(emulator: BotApiEmulator) -> None:
    answer = httpx.post(f"{emulator.base_url}123:nope/getMe")
    assert (answer.status_code, answer.json()["description"]) == (401, "Unauthorized")


@pytest.mark.asyncio
async def test_when_a_real_method_is_not_emulated_then_it_fails_clearly(
    emulator: BotApiEmulator,
) -> None:
    async with builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="banChatMember is a real Bot API method"):
            await app.bot.ban_chat_member(-4100000001, 5)
    assert kinds(emulator) == [("not_implemented", "banChatMember")]


@pytest.mark.asyncio
async def test_when_an_answer_is_malformed_then_the_check_catches_it(
    emulator: BotApiEmulator,
) -> None:
    def drop_first_name(user: dict) -> dict:
        return {key: value for key, value in user.items() if key != "first_name"}

    async with builder(emulator).build() as app:  # initialising calls getMe once, untouched
        emulator.tamper("getMe", drop_first_name)
        with pytest.raises(BadRequest, match="missing required field 'first_name' of User"):
            await app.bot.get_me()
    assert kinds(emulator) == [("bad_result", "getMe")]


@pytest.mark.asyncio
async def test_when_a_delivered_update_is_malformed_then_it_is_caught_and_skipped(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 3", creator=sarah)
    emulator.add_bot(group, by=sarah)

    def break_first_message(updates: list[dict]) -> None:
        for update in updates:
            if update.get("message", {}).get("text") == "broken":
                update["message"]["chat"]["kind"] = "group"

    emulator.tamper("getUpdates", break_first_message)
    received: list[str] = []

    async def record(update, context) -> None:
        received.append(update.message.text)

    app = builder(emulator).build()
    app.add_handler(MessageHandler(filters.TEXT, record))
    async with polling(app, poll_interval=0.0):
        emulator.send_message(group, sarah, "broken")
        emulator.send_message(group, sarah, "fine")
        await emulator.wait_for(lambda: received == ["fine"], timeout=10)
    found = emulator.violations[0]
    assert (found.kind, found.method) == ("bad_update", "getUpdates")
    assert "unknown field 'kind' in Chat" in found.detail
    kinds(emulator)


def test_when_violations_remain_then_the_fixture_report_lists_them(
    emulator: BotApiEmulator,
) -> None:
    assert violations_report(emulator) is None
    httpx.post(f"{emulator.base_url}{emulator.token}/getMee")
    report = violations_report(emulator)
    assert report == (
        "the Bot API emulator recorded violations:\n"
        "  - getMee: unknown_method: 'getMee' is not a Bot API method"
    )
    emulator.violations.clear()


def test_when_a_test_leaves_violations_then_the_fixture_fails_it(tmp_path: Path) -> None:
    test_file = tmp_path / "test_sloppy.py"
    test_file.write_text(
        "import httpx\n\n"
        "def test_sloppy(emulator):\n"
        "    httpx.post(f'{emulator.base_url}{emulator.token}/getMee')\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(test_file), "-q", "--rootdir", str(tmp_path),
         "-p", "bot.emulator.pytest_fixtures", "-p", "no:cacheprovider"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 1, run.stdout
    assert "1 passed, 1 error" in run.stdout
    assert "getMee: unknown_method: 'getMee' is not a Bot API method" in run.stdout
