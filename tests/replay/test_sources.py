"""Recognising an export from its content, and refusing anything else with the reason."""

import zipfile

import pytest

from bot.cli import main
from bot.replay.records import ExportError
from bot.replay.sources import TELEGRAM, WHATSAPP, open_export
from tests.replay.conftest import FIXTURES, SCHOOL


@pytest.mark.parametrize(("name", "fmt"), [
    ("whatsapp-android-uk.txt", WHATSAPP), ("whatsapp-ios-us.txt", WHATSAPP),
    ("telegram-group.json", TELEGRAM), ("telegram-account.json", TELEGRAM),
])
def test_when_a_fixture_is_opened_then_its_format_is_recognised(name, fmt):
    assert open_export(FIXTURES / name).format == fmt


def test_when_a_telegram_export_is_renamed_then_its_content_still_decides(tmp_path):
    renamed = tmp_path / "chat.txt"
    renamed.write_bytes((FIXTURES / "telegram-group.json").read_bytes())
    assert open_export(renamed).format == TELEGRAM


def _error(path) -> str:
    with pytest.raises(ExportError) as e:
        open_export(path)
    return str(e.value)


def test_when_the_file_is_not_an_export_then_the_error_says_what_was_expected():
    message = _error(FIXTURES / "not-an-export.txt")
    assert message.startswith(f"{FIXTURES / 'not-an-export.txt'}: unknown format: not a "
                              "WhatsApp chat export")
    assert "Telegram Desktop result.json" in message


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "the export is empty"),
    ("\ufeffhello".encode("utf-16"), "the file is UTF-16 text"),
    (b"<!DOCTYPE html>\n<html><head><title>Exported Data</title>",
     "a Telegram Desktop HTML export"),
])
def test_when_the_file_is_unusable_then_the_error_names_the_file_and_why(tmp_path, content,
                                                                        problem):
    path = tmp_path / "export.txt"
    path.write_bytes(content)
    assert _error(path).startswith(f"{path}: {problem}")


def test_when_the_file_is_missing_then_it_is_said(tmp_path):
    assert _error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: export file not found"


def test_when_a_zip_holds_several_chats_then_the_user_is_asked_to_choose(tmp_path):
    archive = tmp_path / "chats.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat with A.txt", "15/01/2024, 09:30 - Dan: hi\n")
        z.writestr("WhatsApp Chat with B.txt", "15/01/2024, 09:30 - Dan: hi\n")
    assert "the zip holds several chats" in _error(archive)


def test_when_a_zip_holds_no_chat_then_it_is_said(tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("IMG-20240116-WA0003.jpg", b"\xff\xd8")
    assert _error(archive).endswith("the zip holds no chat export (no .txt file, no "
                                    "result.json)")


def test_when_a_zip_holds_a_telegram_export_folder_then_result_json_is_used(tmp_path):
    archive = tmp_path / "Telegram.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "telegram-group.json", "ChatExport_2024-01-17/result.json")
        z.writestr("ChatExport_2024-01-17/messages.html", "<html></html>")
    export = open_export(archive)
    assert (export.format, export.member) == (TELEGRAM, "ChatExport_2024-01-17/result.json")


def test_when_kindly_replay_gets_an_unknown_format_then_it_exits_2_with_one_line(capsys):
    code = main(["replay", str(FIXTURES / "not-an-export.txt"), "--school", str(SCHOOL),
                 "--scorer", "offline"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("kindly: error: ")
    assert "unknown format" in err
