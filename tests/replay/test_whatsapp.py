"""WhatsApp exports read end to end: the UK Android and US iOS fixtures, zips, broken lines."""

import zipfile
from collections import Counter
from datetime import datetime

from bot.replay.records import DELETED, SYSTEM, USER
from tests.replay.conftest import FIXTURES, LONDON, records_of

ANDROID = FIXTURES / "whatsapp-android-uk.txt"
IOS = FIXTURES / "whatsapp-ios-us.txt"


def test_when_the_uk_android_export_is_read_then_every_entry_is_accounted_for():
    records, malformed, notes = records_of(ANDROID)
    kinds = Counter(r.kind for r in records)
    assert kinds == {USER: 13, SYSTEM: 8, DELETED: 2}
    assert Counter(r.system_kind for r in records if r.kind == SYSTEM) == {
        "encryption": 1, "subject": 2, "join": 2, "leave": 2, "icon": 1}
    assert notes.date_order == "day-first"
    # the impossible date is reported with its line, and its second line goes with it
    assert [(m.line, m.reason) for m in malformed] == [
        (31, "timestamp 32/01/2024 14:00 is not a valid day-first date (day is out of range "
             "for month) (and 1 following lines)")]


def test_when_a_message_runs_over_many_lines_then_it_is_one_message_with_all_of_them():
    records, _, _ = records_of(ANDROID)
    reminder = next(r for r in records if r.sender == "Lou Evans")
    assert reminder.line == 11
    lines = reminder.text.split("\n")
    assert len(lines) == 12
    assert lines[3] == ""  # a blank line inside the message is kept
    assert "15/01 works for me if anyone wants to bake together" in lines  # not a new message
    assert lines[-1] == "Thank you all!"


def test_when_the_uk_export_is_read_then_times_are_local_and_day_first():
    records, _, _ = records_of(ANDROID)
    late = next(r for r in records if r.line == 24)
    assert late.sent_at == datetime(2024, 1, 15, 21, 40, tzinfo=LONDON)
    assert late.sender == "Dan Price"
    assert late.text == "Mrs Rose, why has nobody replied to my email about the trip??"


def test_when_media_is_omitted_then_the_message_counts_as_a_photo_without_text():
    records, _, _ = records_of(ANDROID)
    media = next(r for r in records if r.line == 10)
    assert (media.kind, media.text, media.media, media.has_photo) == (USER, "", "media", True)


def test_when_a_member_mentions_someone_then_the_mention_is_kept():
    records, _, _ = records_of(ANDROID)
    asking = next(r for r in records if r.line == 26)
    assert asking.mentions[0].startswith("Miss Hope could you")


def test_when_the_us_ios_export_is_read_then_brackets_seconds_bom_and_marks_are_handled():
    records, malformed, notes = records_of(IOS)
    assert malformed == []
    assert notes.date_order == "month-first"
    users = [r for r in records if r.kind == USER]
    assert [(r.line, r.sender, r.media) for r in users] == [
        (3, "Gemma Hart", "photo"), (4, "Dan Price", None), (5, "Dan Price", None),
        (6, "Priya Shah", "photo"), (7, "Gemma Hart", None), (11, "Priya Shah", None)]
    assert users[2].sent_at == datetime(2024, 1, 15, 21, 45, 30, tzinfo=LONDON)
    assert users[4].text.split("\n") == [
        "Packing list for the trip:", "waterproof coat", "packed lunch, no glass bottles"]
    # the group's encryption notice and "added" notice are system lines, not members
    assert [(r.line, r.system_kind) for r in records if r.kind == SYSTEM] == [
        (1, "encryption"), (2, "join")]


def test_when_every_date_is_ambiguous_then_the_uk_reading_is_used():
    records, _, notes = records_of(FIXTURES / "whatsapp-ambiguous-dates.txt")
    assert notes.date_order == "day-first"
    assert records[0].sent_at.date().isoformat() == "2024-04-03"


def test_when_the_export_is_a_zip_then_the_chat_inside_is_read(tmp_path):
    archive = tmp_path / "WhatsApp Chat with Class 2 Parents.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(ANDROID, "WhatsApp Chat with Class 2 Parents.txt")
        z.writestr("IMG-20240116-WA0003.jpg", b"\xff\xd8\xff")
    from_zip, malformed, _ = records_of(archive)
    plain, _, _ = records_of(ANDROID)
    assert from_zip == plain
    assert len(malformed) == 1


def test_when_text_comes_before_the_first_message_then_each_line_is_reported(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("Exported from my old phone\n\n15/01/2024, 09:30 - Dan: hello\n",
                    encoding="utf-8")
    records, malformed, _ = records_of(path)
    assert [(m.line, m.reason) for m in malformed] == [(1, "text before the first message")]
    assert [r.text for r in records] == ["hello"]


def test_when_bytes_are_not_utf8_then_the_line_is_reported_and_still_read(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"15/01/2024, 09:30 - Dan: caf\xe9 at 10?\n15/01/2024, 09:31 - Jo: ok\n")
    records, malformed, _ = records_of(path)
    assert [(m.line, m.reason) for m in malformed] == [
        (1, "bytes that are not UTF-8 (byte 29 of the line) were replaced")]
    assert [r.text for r in records] == ["caf\ufffd at 10?", "ok"]


def test_when_a_header_line_cannot_be_read_then_it_is_reported_not_glued_on(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("15/01/2024, 09:30 - Dan: hello\n15/01/2024, 09:31 Jo: no separator\n"
                    "15/01/2024, 09:32 - Jo: ok\n", encoding="utf-8")
    records, malformed, _ = records_of(path)
    assert [r.text for r in records] == ["hello", "ok"]
    assert [m.line for m in malformed] == [2]
    assert "cannot be read" in malformed[0].reason
