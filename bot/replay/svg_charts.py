"""Inline SVG charts for the HTML report: clause counts and a timeline, no scripts.

Each chart carries a <title> and <desc> for screen readers, and each bar a <title> that a
browser shows on hover. Every label is escaped.
"""

from datetime import date, timedelta
from html import escape

ACCENT = "#b4443c"
MUTED = "#c9d3dd"
INK = "#1f2933"


def clause_bars(rows: list[tuple[str, int]], width: int = 680) -> str:
    """Horizontal bars, one per (label, count), largest first as given."""
    if not rows:
        return ""
    bar_h, gap, label_w, count_w = 22, 8, 300, 48
    height = len(rows) * (bar_h + gap) + gap
    top = max(n for _, n in rows) or 1
    scale = (width - label_w - count_w) / top
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">',
             "<title>Flagged messages per clause</title>",
             f"<desc>{escape('; '.join(f'{label}: {n}' for label, n in rows))}</desc>"]
    for i, (label, n) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        short = label if len(label) <= 44 else label[:43] + "…"
        w = max(2.0, n * scale)
        parts += [f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" font-size="12" '
                  f'fill="{INK}">{escape(short)}</text>',
                  f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                  f'fill="{ACCENT}"><title>{escape(label)}: {n}</title></rect>',
                  f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" font-size="12" '
                  f'fill="{INK}">{n}</text>']
    parts.append("</svg>")
    return "".join(parts)


def _bin_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def timeline_bins(days: dict[date, list[int]]) -> tuple[str, list[tuple[date, int, int]]]:
    """Group per-day (messages, flagged) into days, weeks or months, by the chat's span."""
    if not days:
        return "day", []
    span = (max(days) - min(days)).days + 1
    unit = "day" if span <= 62 else "week" if span <= 730 else "month"
    bins: dict[date, list[int]] = {}
    for day, (n, k) in days.items():
        b = bins.setdefault(_bin_start(day, unit), [0, 0])
        b[0] += n
        b[1] += k
    return unit, [(d, n, k) for d, (n, k) in sorted(bins.items())]


def timeline(days: dict[date, list[int]], width: int = 680, height: int = 200) -> str:
    """Columns of messages (grey) with the flagged ones (red) in front, per day/week/month."""
    unit, bins = timeline_bins(days)
    if not bins:
        return ""
    left, bottom, top_pad = 44, 28, 12
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    most = max(n for _, n, _ in bins) or 1
    step = plot_w / len(bins)
    bar_w = max(1.0, step * 0.8)
    flagged = sum(k for _, _, k in bins)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}">',
             f"<title>Messages and flagged messages per {unit}</title>",
             f"<desc>{len(bins)} {unit}s from {bins[0][0]:%d %b %Y}; {flagged} flagged "
             f"messages in all; busiest {unit}: {most} messages</desc>",
             f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 8}" '
             f'y2="{top_pad + plot_h}" stroke="{INK}" stroke-width="1"/>',
             f'<text x="{left - 6}" y="{top_pad + 10}" text-anchor="end" font-size="11" '
             f'fill="{INK}">{most}</text>',
             f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end" font-size="11" '
             f'fill="{INK}">0</text>']
    for i, (start, n, k) in enumerate(bins):
        x = left + i * step + (step - bar_w) / 2
        h_all, h_flag = n / most * plot_h, k / most * plot_h
        if k:
            h_flag = max(h_flag, 2.0)
        tip = f"{unit} of {start:%d %b %Y}: {n} messages, {k} flagged"
        parts.append(f'<g><title>{escape(tip)}</title>'
                     f'<rect x="{x:.1f}" y="{top_pad + plot_h - h_all:.1f}" width="{bar_w:.1f}" '
                     f'height="{h_all:.1f}" fill="{MUTED}"/>'
                     f'<rect x="{x:.1f}" y="{top_pad + plot_h - h_flag:.1f}" '
                     f'width="{bar_w:.1f}" height="{h_flag:.1f}" fill="{ACCENT}"/></g>')
    ticks = {0, len(bins) // 2, len(bins) - 1}
    fmt = "%b %Y" if unit == "month" else "%d %b %Y"
    for i in sorted(ticks):
        x = left + i * step + step / 2
        anchor = "start" if i == 0 else "end" if i == len(bins) - 1 else "middle"
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}" '
                     f'font-size="11" fill="{INK}">{bins[i][0].strftime(fmt)}</text>')
    parts.append("</svg>")
    return "".join(parts)
