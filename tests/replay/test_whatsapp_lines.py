"""What follows a WhatsApp timestamp: member's message, system line, deletion or media."""

import pytest

from bot.replay.records import DELETED, SYSTEM, USER
from bot.replay.whatsapp_lines import Entry, classify

LRM = "\u200e"


@pytest.mark.parametrize(("rest", "expected"), [
    # system lines: no "Name: "
    ("Gemma Hart added Dan Price", Entry(SYSTEM, None, "Gemma Hart added Dan Price",
                                          system_kind="join")),
    ("Priya Shah joined using this group's invite link",
     Entry(SYSTEM, None, "Priya Shah joined using this group's invite link", system_kind="join")),
    ("Lou Evans left", Entry(SYSTEM, None, "Lou Evans left", system_kind="leave")),
    ("You were added", Entry(SYSTEM, None, "You were added", system_kind="join")),
    ("Gemma Hart changed this group's icon",
     Entry(SYSTEM, None, "Gemma Hart changed this group's icon", system_kind="icon")),
    # a subject with a colon in it is still a system line, not "Gemma ...: text"
    ('Gemma changed the subject from "Class 2" to "Class 2: Spring"',
     Entry(SYSTEM, None, 'Gemma changed the subject from "Class 2" to "Class 2: Spring"',
           system_kind="subject")),
    ("+44 7700 900123 left", Entry(SYSTEM, None, "+44 7700 900123 left", system_kind="leave")),
    # written in a member's name, but not a message
    ("Dan: This message was deleted", Entry(DELETED, "Dan", "", system_kind="deleted")),
    (f"Dan: {LRM}This message was deleted.", Entry(DELETED, "Dan", "", system_kind="deleted")),
    ("Dan: You deleted this message", Entry(DELETED, "Dan", "", system_kind="deleted")),
    ("Dan: Missed voice call", Entry(SYSTEM, "Dan", "", system_kind="call")),
    # iOS writes group notices after the group's name and a left-to-right mark
    (f"Class 2: {LRM}Gemma added Dan", Entry(SYSTEM, None, "Gemma added Dan",
                                              system_kind="join")),
    # ... but without the mark it is a member saying so
    ("Dan: Gemma added Dan to the rota", Entry(USER, "Dan", "Gemma added Dan to the rota")),
    ("Dan: I left my coat at school", Entry(USER, "Dan", "I left my coat at school")),
    # media placeholders
    ("Dan: <Media omitted>", Entry(USER, "Dan", "", "media")),
    ("Dan: <Multimedia omitido>", Entry(USER, "Dan", "", "media")),
    (f"Dan: {LRM}image omitted", Entry(USER, "Dan", "", "photo")),
    ("Dan: video omitted", Entry(USER, "Dan", "", "video")),
    ("Dan: sticker omitted", Entry(USER, "Dan", "", "sticker")),
    (f"Dan: {LRM}<attached: 00000012-PHOTO-2024-01-16-12-15-00.jpg>",
     Entry(USER, "Dan", "", "photo")),
    ("Dan: <attached: 00000013-John Doe.vcf>", Entry(USER, "Dan", "", "contact")),
    ("Dan: VID-20240116-WA0001.mp4 (file attached)", Entry(USER, "Dan", "", "video")),
    ("Dan: test_document • 2 pages <attached: 00000001-test_document.pdf>",
     Entry(USER, "Dan", "", "document")),
    ("Dan: location: https://maps.google.com/?q=51.5,-0.12",
     Entry(USER, "Dan", "location: https://maps.google.com/?q=51.5,-0.12", "location")),
    # ordinary messages, colons and all
    ("John-John Doe: Lorem ipsum : dolor", Entry(USER, "John-John Doe", "Lorem ipsum : dolor")),
    ("🤓: Testing emoji 🤓", Entry(USER, "🤓", "Testing emoji 🤓")),
    ("Dan: <3 you all", Entry(USER, "Dan", "<3 you all")),
])
def test_when_a_line_is_classified_then_kind_sender_text_and_media_follow(rest, expected):
    assert classify(rest, []) == expected


def test_when_a_photo_has_a_caption_on_the_next_line_then_the_caption_is_the_text():
    entry = classify("Dan: IMG-20240116-WA0003.jpg (file attached)", ["Look at them go!"])
    assert entry == Entry(USER, "Dan", "Look at them go!", "photo")


def test_when_a_message_goes_on_for_lines_then_they_are_joined_in_order():
    entry = classify("Lou: Reminders:", ["- nuts", "", "- money in the tin"])
    assert entry.text == "Reminders:\n- nuts\n\n- money in the tin"
