"""Decoding request parameters exactly as python-telegram-bot 22 encodes them."""

import json

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, ReplyParameters
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.emulator.params import UploadedFile, parse_params
from bot.emulator.spec import load_spec

SPEC = load_spec()


def parse(method: str, raw: dict, files: dict | None = None, typed: bool = False):
    return parse_params(SPEC, SPEC.methods[method], raw, files or {}, typed)


def ptb_form(**params: object) -> tuple[dict[str, str], dict]:
    """The form fields and file parts PTB sends for these parameters."""
    data = RequestData([RequestParameter.from_input(key, value) for key, value in params.items()])
    return data.json_parameters, data.multipart_data


def test_when_ptb_encodes_a_reply_then_every_value_decodes_to_its_type() -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Thanks", callback_data="ack:1")]])
    form, files = ptb_form(chat_id=-4100000001, text="Hello", disable_notification=True,
                           reply_parameters=ReplyParameters(message_id=3), reply_markup=markup)
    assert form["disable_notification"] == "true"  # how PTB sends booleans
    parsed = parse("sendMessage", form, files)
    assert parsed.problems == []
    assert parsed.values == {
        "chat_id": -4100000001,
        "text": "Hello",
        "disable_notification": True,
        "reply_parameters": {"message_id": 3},
        "reply_markup": {"inline_keyboard": [[{"text": "Thanks", "callback_data": "ack:1"}]]},
    }


def test_when_ptb_uploads_a_document_then_the_file_part_is_the_parameter() -> None:
    upload = InputFile(b"id,label\n1,ok\n", filename="queue.csv")
    form, files = ptb_form(chat_id=42, document=upload, caption="Review queue")
    parts = {name: UploadedFile(name, spec[0], spec[2], spec[1]) for name, spec in files.items()}
    parsed = parse("sendDocument", form, parts)
    assert parsed.problems == []
    assert parsed.values["document"].filename == "queue.csv"
    assert parsed.values["document"].data == b"id,label\n1,ok\n"


def test_when_a_thumbnail_is_attached_then_attach_reference_resolves() -> None:
    thumb = UploadedFile("t1", "t.jpg", "image/jpeg", b"jpg")
    parsed = parse("sendDocument", {"chat_id": "1", "document": "https://x/y.pdf",
                                    "thumbnail": "attach://t1"}, {"t1": thumb})
    assert parsed.problems == []
    assert parsed.values["thumbnail"] is thumb
    missing = parse("sendDocument", {"chat_id": "1", "document": "attach://nope"})
    assert missing.problems == ["parameter 'document': attach://nope names no uploaded file part"]


@pytest.mark.parametrize(
    ("method", "raw", "expected"),
    [
        ("sendMessage", {"chat_id": "1"}, "missing required parameter 'text' for sendMessage"),
        ("sendMessage", {"chat_id": "1", "text": "x", "colour": "red"},
         "unknown parameter 'colour' for sendMessage"),
        ("deleteMessage", {"chat_id": "1", "message_id": "abc"},
         "parameter 'message_id': expected Integer, got 'abc'"),
        ("sendMessage", {"chat_id": "1", "text": "x", "disable_notification": "True"},
         "parameter 'disable_notification': expected Boolean (true or false), got 'True'"),
        ("sendMessage", {"chat_id": "1", "text": "x", "reply_parameters": "3"},
         "parameter 'reply_parameters': expected ReplyParameters object, got int 3"),
        ("sendMessage", {"chat_id": "1", "text": "x", "reply_parameters": "{bad"},
         "parameter 'reply_parameters': expected JSON-serialised ReplyParameters"),
        ("sendMessage", {"chat_id": "1", "text": "x", "reply_markup": json.dumps(
            {"inline_keyboard": [[{"text": "a", "callback_data": 7}]]})},
         "parameter 'reply_markup'"),
        ("deleteMessages", {"chat_id": "1", "message_ids": '[1, "2"]'},
         "parameter 'message_ids'[1]: expected Integer, got str '2'"),
        ("setWebhook", {"url": "https://x", "certificate": "cert"},
         "parameter 'certificate': expected an uploaded file or an attach:// reference"),
    ],
)
def test_when_a_parameter_is_wrong_then_the_problem_says_which(
    method: str, raw: dict, expected: str
) -> None:
    found = parse(method, raw).problems
    assert any(problem.startswith(expected) for problem in found), found


def test_when_a_file_part_is_not_a_parameter_then_it_is_unknown() -> None:
    stray = UploadedFile("extra", "a.txt", "text/plain", b"a")
    found = parse("sendMessage", {"chat_id": "1", "text": "x"}, {"extra": stray}).problems
    assert found[0].startswith("unknown parameter 'extra' for sendMessage")


def test_when_the_body_is_json_then_values_are_checked_as_json_types() -> None:
    assert parse("sendMessage", {"chat_id": 1, "text": "x"}, typed=True).problems == []
    found = parse("sendMessage", {"chat_id": 1, "text": 5}, typed=True).problems
    assert found == ["parameter 'text': expected String, got int 5"]
