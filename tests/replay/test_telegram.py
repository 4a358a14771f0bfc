"""Telegram Desktop exports: one chat, a whole account, older formats, broken files."""

import json
from datetime import datetime

from bot.replay.records import SYSTEM, USER
from tests.replay.conftest import FIXTURES, LONDON, records_of

GROUP = FIXTURES / "telegram-group.json"
ACCOUNT = FIXTURES / "telegram-account.json"


def _line_of(path, marker: str) -> int:
    """The line where the JSON object holding `marker` opens."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if marker in line)
    return next(i for i in range(at, -1, -1) if lines[i].strip() == "{") + 1


def test_when_a_group_export_is_read_then_messages_and_service_entries_come_out():
    records, malformed, _ = records_of(GROUP)
    users = [r for r in records if r.kind == USER]
    assert [r.source_id for r in users] == ["3", "4", "5", "6", "7", "8", "9", "10", "12", "13"]
    assert [(r.source_id, r.system_kind) for r in records if r.kind == SYSTEM] == [
        ("1", "subject"), ("2", "join"), ("14", "subject")]
    assert all(r.chat == "Class 2 Parents" for r in records)
    # the entry without a date is reported at the line where it starts
    assert [(m.line, m.reason) for m in malformed] == [
        (_line_of(GROUP, '"id": 11,'), "message id 11 has no readable date or date_unixtime")]


def test_when_text_is_a_list_of_entities_then_it_is_joined_and_mentions_are_kept():
    records, _, _ = records_of(GROUP)
    by_id = {r.source_id: r for r in records}
    assert by_id["5"].text == "@missHopeY2 is PE on Tuesday this week?"
    assert by_id["5"].mentions == ("missHopeY2",)
    assert by_id["9"].text == "Thank you for organising the cake sale, it was lovely"
    assert by_id["9"].edited is True


def test_when_a_contact_or_location_is_shared_then_it_is_written_out_to_be_scored():
    records, _, _ = records_of(GROUP)
    by_id = {r.source_id: r for r in records}
    assert by_id["6"].text == "Shared contact: Sarah Field +44 7700 900123"
    assert by_id["6"].media == "contact"
    assert by_id["7"].text == ("Shared location: Sarah's house, 14 Orchard Close, Meadowbank "
                               "MB4 2QT, (51.501, -0.142)")


def test_when_messages_carry_media_replies_and_forwards_then_they_are_kept():
    records, _, _ = records_of(GROUP)
    by_id = {r.source_id: r for r in records}
    assert (by_id["8"].media, by_id["8"].has_photo, by_id["8"].text) == (
        "photo", True, "Sports day practice!")
    assert (by_id["13"].media, by_id["13"].has_photo) == ("sticker", False)
    assert by_id["4"].reply_to == "3"
    assert by_id["10"].forwarded_from == "Tom Field"


def test_when_date_unixtime_is_given_then_it_wins_and_is_shown_in_school_time():
    records, _, _ = records_of(GROUP)
    by_id = {r.source_id: r for r in records}
    assert by_id["4"].sent_at == datetime(2024, 1, 15, 19, 45, tzinfo=LONDON)
    # an older entry with only "date" is read as the school's local time
    assert by_id["12"].sent_at == datetime(2024, 1, 16, 12, 15, tzinfo=LONDON)


def test_when_an_account_export_is_read_then_private_chats_are_skipped_and_counted():
    records, malformed, notes = records_of(ACCOUNT)
    assert malformed == []
    assert notes.skipped_chats == ["personal_chat"]
    users = [r for r in records if r.kind == USER]
    assert [(r.chat, r.sender) for r in users] == [
        ("Class 2 Parents", "Gemma Hart"), ("Class 2 Parents", "Dan Price"),
        ("Class 2 Parents", "Priya Shah"), ("Old PTA group", "Lou Evans")]
    # older exports: no date_unixtime, no text_entities, text as a list
    assert users[1].text == "Miss Hope is useless, she never marks anything"
    assert users[3].sent_at == datetime(2023, 6, 1, 18, 0, tzinfo=LONDON)


def test_when_a_chat_is_named_then_only_that_chat_is_read():
    records, _, notes = records_of(ACCOUNT, chats=frozenset({"Dan Price"}))
    assert [r.text for r in records] == ["between us, Miss Hope is useless"]
    assert sorted(notes.skipped_chats) == ["private_group", "private_supergroup"]


def test_when_the_export_is_cut_off_then_what_was_read_is_kept_and_the_break_reported(tmp_path):
    text = GROUP.read_text(encoding="utf-8")
    cut = tmp_path / "result.json"
    cut.write_text(text[:text.index('"id": 8,')], encoding="utf-8")
    records, malformed, _ = records_of(cut)
    assert [r.source_id for r in records] == ["1", "2", "3", "4", "5", "6", "7"]
    assert len(malformed) == 1
    assert malformed[0].reason.startswith("invalid JSON (")
    assert malformed[0].reason.endswith("the rest of the file could not be read")


def test_when_chat_miner_style_exports_are_read_then_single_and_batch_agree(tmp_path):
    single = {"messages": [{"type": "message", "date_unixtime": "1544006350",
                            "from": "Author 1", "text": "Minimal Message"}]}
    batch = {"chats": {"list": [{"name": "Chatname", **single}]}}
    (tmp_path / "a.json").write_text(json.dumps(single), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(batch), encoding="utf-8")
    one, _, _ = records_of(tmp_path / "a.json")
    two, _, _ = records_of(tmp_path / "b.json")
    assert [(r.sender, r.text, r.sent_at) for r in one] == [
        (r.sender, r.text, r.sent_at) for r in two]
    assert two[0].chat == "Chatname"
