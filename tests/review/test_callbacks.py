"""Signed button data: it fits Telegram's 64 bytes and cannot be changed or reused."""

import pytest

from bot.review.callbacks import BadButton, Button, button_key, sign, verify

KEY = button_key("123456:TEST-token")
REVIEWER = 5_000_001


def test_when_signed_then_it_verifies_to_the_same_button():
    button = Button("dix", 123_456_789, 999_999_999_999, "16383")
    data = sign(KEY, REVIEWER, button)
    assert len(data.encode()) <= 64
    assert verify(KEY, REVIEWER, data) == button


@pytest.mark.parametrize("change", [
    # another school's case, same signature
    lambda d: d.replace("k1:ack:1:", "k1:ack:2:"),
    # another case at the same school
    lambda d: d.replace(":41:", ":42:"),
    # another operation
    lambda d: d.replace("k1:ack:", "k1:exp:"),
    # a forged signature
    lambda d: d[:-3] + "AAA",
    # no signature
    lambda d: d.split(".")[0],
    # junk
    lambda d: "k1:ack:1:41:.",
    lambda d: "",
])
def test_when_data_is_changed_then_it_is_refused(change):
    data = sign(KEY, REVIEWER, Button("ack", 1, 41))
    with pytest.raises(BadButton):
        verify(KEY, REVIEWER, change(data))


def test_when_another_user_presses_then_it_is_refused():
    data = sign(KEY, REVIEWER, Button("ack", 1, 41))
    with pytest.raises(BadButton, match="signature"):
        verify(KEY, REVIEWER + 1, data)


def test_when_another_bot_signed_it_then_it_is_refused():
    data = sign(button_key("654321:OTHER-token"), REVIEWER, Button("ack", 1, 41))
    with pytest.raises(BadButton):
        verify(KEY, REVIEWER, data)


def test_when_an_argument_has_bad_characters_then_signing_refuses():
    with pytest.raises(ValueError, match="callback format"):
        sign(KEY, REVIEWER, Button("ack", 1, 41, "a:b"))
