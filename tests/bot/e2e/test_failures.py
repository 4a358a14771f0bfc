"""Telegram failing in every way it can: the incident is never lost, never counted twice."""

from datetime import UTC, datetime
from pathlib import Path

from telegram import Bot, Update

from bot import telegram_calls
from tests.bot.e2e.conftest import ClassGroup, class_group, sandbox

CRITICISM = "Miss Baker is useless, she's lost the reading folders again"
THREAT = "Someone should give that Baker woman a good kicking"


def replies_to(g: ClassGroup, record: object) -> list:
    return [m for m in g.emu.bot_messages(g.chat) if m.reply_to_message_id == record.message_id]


async def test_a_rate_limit_is_waited_out_and_the_reminder_still_arrives(
        group: ClassGroup) -> None:
    group.emu.inject("sendMessage", "retry_after", times=1, chat_id=group.chat.id, retry_after=1)
    record = group.emu.send_message(group.chat, group.parent, CRITICISM)
    await group.box.settle()
    await group.emu.wait_for(lambda: replies_to(group, record), timeout=10)
    assert [i.kind for i in group.emu.injected] == ["retry_after"]
    assert len(replies_to(group, record)) == 1


async def test_server_errors_are_retried(group: ClassGroup) -> None:
    group.emu.inject("sendMessage", "server_error", times=2, chat_id=group.chat.id)
    record = group.emu.send_message(group.chat, group.parent, CRITICISM)
    await group.box.settle()
    assert len(replies_to(group, record)) == 1
    assert ("reminded", "ok") in group.actions()


async def test_when_the_bot_is_forbidden_the_incident_is_kept_and_the_failure_recorded(
        group: ClassGroup) -> None:
    group.emu.inject("sendMessage", "kicked", times=1, chat_id=group.chat.id)
    group.emu.send_message(group.chat, group.parent, CRITICISM)
    await group.box.settle()
    assert len(group.incidents()) == 1
    assert ("reminded", "failed:forbidden") in group.actions()
    # and the bot carries on with the next message
    group.emu.send_message(group.chat, group.other, "you are all a bunch of idiots honestly")
    await group.box.settle()
    assert len(group.incidents()) == 2


async def test_a_message_already_deleted_counts_as_removed(group: ClassGroup) -> None:
    group.emu.inject("deleteMessage", "not_found", times=1, chat_id=group.chat.id)
    group.emu.send_message(group.chat, group.parent, THREAT)
    await group.box.settle()
    assert ("deleted", "ok") in group.actions()
    assert any(t.startswith("I removed a message") for t in group.bot_texts())


async def test_a_timed_out_reminder_is_not_sent_twice(group: ClassGroup) -> None:
    group.emu.inject("sendMessage", "timeout", times=1, chat_id=group.chat.id, applied=True)
    record = group.emu.send_message(group.chat, group.parent, CRITICISM)
    await group.emu.wait_for(lambda: group.actions(), timeout=20)
    await group.box.settle()
    assert len(replies_to(group, record)) == 1  # delivered once, by the timed-out call
    assert ("reminded", "failed:timed out (may have been sent)") in group.actions()


async def test_an_update_delivered_twice_is_counted_once(group: ClassGroup) -> None:
    app = group.box.app
    when = int(datetime(2026, 11, 19, 10, 5, tzinfo=UTC).timestamp())
    payload = {"update_id": 990001, "message": {
        "message_id": 4242, "date": when, "text": CRITICISM,
        "chat": {"id": group.chat.id, "type": "supergroup", "title": "Year 2 Parents"},
        "from": {"id": group.parent.id, "is_bot": False, "first_name": "Lou"}}}
    for update_id in (990001, 990001, 990002):  # a redelivery, then the same message again
        payload["update_id"] = update_id
        await app.process_update(Update.de_json(payload, app.bot))
    assert len(group.incidents()) == 1
    assert [a for a in group.actions() if a[0] == "reminded"] == [("reminded", "ok")]


async def test_a_send_to_a_migrated_group_follows_it_to_the_supergroup(
        tmp_path: Path, offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer) as box:
        rep = box.emu.create_user("Gemma")
        chat = box.emu.create_group("Year 2", creator=rep, members=[], supergroup=False)
        box.emu.add_bot(chat, by=rep, status="administrator", can_delete_messages=True)
        new_chat = box.emu.migrate_to_supergroup(chat)
        async with Bot(box.emu.token, base_url=box.emu.base_url) as bot:
            outcome = await telegram_calls.send(bot, chat.id, "Hello")
        assert outcome.ok and outcome.migrated_to == new_chat.id
        assert [m.text for m in box.emu.bot_messages(new_chat)][-1] == "Hello"


async def test_webhook_mode_moderates_too(tmp_path: Path, offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer, mode="webhook") as box:
        g = await class_group(box)
        record = g.emu.send_message(g.chat, g.parent, CRITICISM)
        await box.settle()
        assert len(replies_to(g, record)) == 1
        assert g.emu.webhook_attempts  # the updates really came by webhook
        assert box.emu.violations == []


async def test_an_update_that_fails_is_kept_and_handled_on_retry(
        group: ClassGroup, monkeypatch) -> None:  # noqa: ANN001
    from datetime import timedelta

    from sqlalchemy import select

    from bot.handlers.errors import retry_failed_updates
    from bot.services import BOT_DATA_KEY
    from models.failed_update import FailedUpdate

    services = group.box.app.bot_data[BOT_DATA_KEY]
    engine = services.school(group.school_id).engine
    real_score = engine.score
    calls = {"n": 0}

    def fail_once(messages):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("the model ran out of memory")
        return real_score(messages)

    monkeypatch.setattr(engine, "score", fail_once)
    record = group.emu.send_message(group.chat, group.parent, CRITICISM)
    await group.emu.wait_for(lambda: calls["n"] == 1)
    await group.box.emu.wait_for(lambda: _failed_rows(group), timeout=5)
    [row] = _failed_rows(group)
    assert row.attempts == 1 and "RuntimeError" in row.error
    assert group.incidents() == []

    group.box.at(group.box.now + timedelta(minutes=1))  # the retry is due
    context = type("Ctx", (), {"application": group.box.app, "bot": group.box.app.bot})()
    assert await retry_failed_updates(context) == 1
    assert len(group.incidents()) == 1 and len(replies_to(group, record)) == 1
    assert _failed_rows(group) == []
    with group.box.db.session() as s:
        assert s.scalars(select(FailedUpdate)).all() == []


def _failed_rows(g: ClassGroup) -> list:
    from sqlalchemy import select

    from models.failed_update import FailedUpdate
    with g.box.db.session() as s:
        return list(s.scalars(select(FailedUpdate)))


async def test_under_random_telegram_errors_no_incident_is_lost_or_doubled() -> None:
    from bot.bench_e2e import _run_chaos

    # kept under Telegram's 20 messages a minute per group, which the rate limiter enforces
    result = await _run_chaos(messages=400, groups=10, error_rate=0.1, breach_share=0.15)
    assert result["errors_injected"] > 10
    assert result["breaches_expected"] > 40
    assert (result["lost"], result["duplicated"]) == (0, 0)
    assert result["messages_replied_to_twice"] == 0
    assert result["bot_running"]


async def test_a_burst_in_one_group_does_not_hold_up_another(
        tmp_path: Path, offline_scorer: object) -> None:
    import time

    from bot.demo import demo_data

    async with sandbox(tmp_path, offline_scorer) as box:
        emu = box.emu
        school_id = box.register_school(demo_data("school.yaml"), "hollybrook")
        rep_a, lou, rep_b, sam = (emu.create_user(n) for n in ("Gemma", "Lou", "Priya", "Sam"))
        busy = await box.linked_group(school_id, "Year 2", rep_a, [lou])
        calm = await box.linked_group(school_id, "Year 5", rep_b, [sam])
        for i in range(11):  # 22 deletions and notes: past Telegram's 20 a minute per group
            emu.send_message(busy, lou, f"{THREAT} #{i}")
        record = emu.send_message(calm, sam, CRITICISM)
        started = time.perf_counter()
        await emu.wait_for(lambda: any(m.reply_to_message_id == record.message_id
                                       for m in emu.bot_messages(calm)), timeout=5)
        assert time.perf_counter() - started < 2.0
        await box.settle()
        assert len([m for m in emu.bot_messages(busy) if m.text.startswith("I removed")]) == 11
