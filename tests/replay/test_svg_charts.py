"""The report's inline charts: bins that fit the chat's span, and escaped labels."""

from datetime import date, timedelta

import pytest

from bot.replay.svg_charts import clause_bars, timeline, timeline_bins


def _days(start: date, n: int) -> dict[date, list[int]]:
    return {start + timedelta(days=i): [10, i % 3 == 0] for i in range(n)}


@pytest.mark.parametrize(("span", "unit"), [(30, "day"), (200, "week"), (900, "month")])
def test_when_the_chat_spans_longer_then_bins_get_wider_and_totals_stay(span, unit):
    days = _days(date(2024, 1, 3), span)
    got_unit, bins = timeline_bins(days)
    assert got_unit == unit
    assert sum(n for _, n, _ in bins) == 10 * span
    assert sum(k for _, _, k in bins) == sum(k for _, k in days.values())
    if unit == "week":
        assert all(d.weekday() == 0 for d, _, _ in bins)
    if unit == "month":
        assert all(d.day == 1 for d, _, _ in bins)


def test_when_labels_hold_markup_then_the_chart_escapes_them():
    svg = clause_bars([("<b>Be kind</b> & fair", 3)])
    assert "<b>" not in svg and "&lt;b&gt;Be kind&lt;/b&gt; &amp; fair" in svg
    assert "<desc>&lt;b&gt;Be kind&lt;/b&gt; &amp; fair: 3</desc>" in svg


def test_when_there_is_nothing_to_draw_then_no_chart_is_made():
    assert clause_bars([]) == "" and timeline({}) == ""
    assert timeline(_days(date(2024, 1, 3), 5)).count("<rect") == 10
