"""parse_mode text as the chat shows it, and Telegram's refusals of broken markup."""

import pytest
from telegram.helpers import escape_markdown

from bot.emulator.errors import ApiError
from bot.emulator.formatting import auto_entities, format_text


def test_when_html_has_tags_then_entities_count_utf16_units() -> None:
    text, entities = format_text('👋 <b>Reminder</b> &amp; <a href="https://s.example">policy</a>',
                                 "HTML")
    assert text == "👋 Reminder & policy"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 8},  # the emoji is two UTF-16 units
        {"type": "text_link", "offset": 14, "length": 6, "url": "https://s.example"},
    ]


def test_when_ptb_escapes_markdown_v2_then_the_text_comes_back_unchanged() -> None:
    original = "Hello. (Year 3) parents! a_b *c* 5-4=1 #tag"
    assert format_text(escape_markdown(original, version=2), "MarkdownV2") == (original, [])
    assert format_text(r"*Note:* see [the policy](https://s.example/a_b.pdf)\.", "MarkdownV2") == (
        "Note: see the policy.", []
    )


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("<b>open", "HTML", "Can't find end tag corresponding to start tag \"b\""),
        ("<div>x</div>", "HTML", 'Unsupported start tag "div"'),
        ("See you at 3.30!", "MarkdownV2", "Character '.' is reserved"),
        ("`unclosed", "MarkdownV2", "Can't find end of Code entity"),
        ("hello", "html", None),
    ],
)
def test_when_markup_is_broken_then_telegrams_error_is_raised(
    text: str, mode: str, expected: str | None
) -> None:
    with pytest.raises(ApiError) as raised:
        format_text(text, mode)
    assert raised.value.status == 400
    description = raised.value.description
    if expected is None:
        assert description == "Bad Request: unsupported parse_mode"
    else:
        assert description.startswith("Bad Request: can't parse entities: ")
        assert expected in description


def test_when_a_person_types_commands_mentions_and_links_then_they_are_marked() -> None:
    assert auto_entities("/report@kindly_test_bot ask @office_team https://s.example/x") == [
        {"type": "bot_command", "offset": 0, "length": 23},
        {"type": "mention", "offset": 28, "length": 12},
        {"type": "url", "offset": 41, "length": 19},
    ]
