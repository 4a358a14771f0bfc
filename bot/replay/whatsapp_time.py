"""The timestamp that opens each message of a WhatsApp export, in any locale.

Android writes `15/01/2024, 09:30 - Name: text`, iOS `[15/01/2024, 09:30:12] Name: text`.
Locales change the date order (day-first, month-first, year-first), the separators (`/ . -`),
the clock (24h, or 12h with `PM`, `p.m.`, `p. m.`, `下午` ...) and the spaces (no-break and
narrow no-break spaces). The date order is not written in the file, so `DateOrderVote` infers
it from all the dates: a first field above 12 means day-first, a second field above 12 means
month-first; when every date is ambiguous, the field that changes more often is the day; with
no evidence at all, UK day-first.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

_SP = "[ \u00a0\u202f]"
# Direction and formatting marks that exports put before headers, names and placeholders.
MARKS = "\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

HEADER = re.compile(
    rf"(?P<open>\[)?"
    rf"(?P<a>\d{{1,4}})(?P<sep>[./-]){_SP}?(?P<b>\d{{1,2}})(?P=sep){_SP}?(?P<c>\d{{1,4}})\.?"
    rf"(?:,{_SP}*|{_SP}+)"
    rf"(?:(?P<pre>上午|下午|午前|午後|오전|오후){_SP}?)?"
    rf"(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}})(?:[:.](?P<s>\d{{2}}))?\.?"
    rf"(?:{_SP}*(?P<ampm>[aApP]\.?{_SP}?[mM]\.?|vorm\.|nachm\.))?"
    rf"(?(open)\]{_SP}?|{_SP}[-–]{_SP})"
    r"(?P<rest>.*)")

# Looks like the start of a message, even if HEADER cannot read it: reported as malformed.
LOOKS_LIKE_HEADER = re.compile(
    rf"\[?\d{{1,4}}[./-]{_SP}?\d{{1,2}}[./-]{_SP}?\d{{1,4}}\.?,?{_SP}+\d{{1,2}}[:.]\d{{2}}")

_AFTERNOON = ("下午", "午後", "오후", "nachm.")
_MORNING = ("上午", "午前", "오전", "vorm.")

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
YEAR_FIRST = "year-first"


@dataclass
class DateOrderVote:
    """Collects evidence about the date order from every header's date fields."""

    day_first: int = 0
    month_first: int = 0
    year_first: int = 0
    first_changes: int = 0
    second_changes: int = 0
    _last: tuple[int, int] | None = field(default=None, repr=False)

    def add(self, a: str, b: str) -> None:
        """Count one date whose first two fields are `a` and `b`."""
        if len(a) == 4 or int(a) > 31:
            self.year_first += 1
            return
        x, y = int(a), int(b)
        if x > 12 >= y:
            self.day_first += 1
        elif y > 12 >= x:
            self.month_first += 1
        if self._last is not None:
            self.first_changes += x != self._last[0]
            self.second_changes += y != self._last[1]
        self._last = (x, y)

    @property
    def votes(self) -> int:
        """Dates that showed which field is the day."""
        return self.day_first + self.month_first + self.year_first

    def decide(self) -> tuple[str, str]:
        """The date order and a one-line reason for the report."""
        if self.year_first and self.year_first >= self.day_first + self.month_first:
            return YEAR_FIRST, "dates start with a four-digit year"
        if self.day_first or self.month_first:
            mixed = (f"; {min(self.day_first, self.month_first)} dates disagree"
                     if self.day_first and self.month_first else "")
            if self.day_first >= self.month_first:
                return DAY_FIRST, f"{self.day_first} dates have a first field above 12{mixed}"
            return MONTH_FIRST, f"{self.month_first} dates have a second field above 12{mixed}"
        if self.first_changes > self.second_changes:
            return DAY_FIRST, "every date is ambiguous; the first field changes more often"
        if self.second_changes > self.first_changes:
            return MONTH_FIRST, "every date is ambiguous; the second field changes more often"
        return DAY_FIRST, "every date is ambiguous; UK day-first assumed"


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) <= 2 else year


def header_time(m: re.Match[str], order: str, tz: ZoneInfo) -> datetime | str:
    """The timestamp a HEADER match holds, in `tz`; or why it is not a valid time."""
    a, b, c = m["a"], m["b"], m["c"]
    if order == YEAR_FIRST or len(a) == 4:
        year, month, day = _year(a), int(b), int(c)
    elif order == MONTH_FIRST:
        year, month, day = _year(c), int(a), int(b)
    else:
        year, month, day = _year(c), int(b), int(a)
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    marker = (m["ampm"] or m["pre"] or "").lower().replace(" ", "").replace("\u00a0", "")
    marker = marker.replace("\u202f", "")
    if marker and hour <= 12:
        if marker.startswith("p") or marker in _AFTERNOON:
            hour = hour % 12 + 12
        elif marker.startswith("a") or marker in _MORNING:
            hour = hour % 12
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError as e:
        stamp = f"{a}{m['sep']}{b}{m['sep']}{c} {m['h']}:{m['m']}"
        return f"timestamp {stamp} is not a valid {order} date ({e})"


def strip_marks(text: str) -> str:
    """The text without leading direction marks and byte-order marks."""
    return text.lstrip(MARKS)
