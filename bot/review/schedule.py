"""When a school's digests are due: its settings, its school days and each digest's period.

Pure: no clock reads, no I/O. A school file may carry

    digests:
      daily: {at: "16:00"}               # default; days: [mon, wed] to choose; daily: off
      weekly: {at: "16:00", day: fri}    # default; weekly: off

The daily digest goes on school days: the school's working days (or the days given) that
fall inside a term when `term_dates` are set. The weekly summary goes on its day in any week
with at least one school day. Each digest covers the time since the previous one of its kind
would have gone: Monday's daily covers Friday 16:00 to Monday 16:00, and the first daily
after half-term covers the whole holiday.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rules.config_errors import format_loc
from rules.school import WEEKDAYS, SchoolConfig

DAILY, WEEKLY = "daily", "weekly"
KINDS = (DAILY, WEEKLY)
# How far back to look for the previous slot (a long summer holiday is about 45 days).
LOOK_BACK_DAYS = 400


def _clock_time(value: Any) -> time:
    # Unquoted 16:00 is the integer 960 in YAML 1.1 (base 60); accept it as 16:00.
    if isinstance(value, int) and 0 <= value < 24 * 60:
        return time(value // 60, value % 60)
    if isinstance(value, str):
        parts = value.strip().split(":")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            hour, minute = int(parts[0]), int(parts[1])
            if hour < 24 and minute < 60:
                return time(hour, minute)
    raise ValueError(f'"{value}" is not a time of day like "16:00"')


def _weekday(value: Any) -> str:
    day = str(value).strip().lower()[:3]
    if day not in WEEKDAYS:
        raise ValueError(f'unknown day "{value}"; use mon, tue, wed, thu, fri, sat or sun')
    return day


class DailySettings(BaseModel):
    """The short daily digest."""

    model_config = ConfigDict(extra="forbid")

    at: time = Field(time(16, 0), description="Local time it goes, e.g. 16:00")
    days: list[str] | None = Field(None, description="Weekdays; default the working days")

    @field_validator("at", mode="before")
    @classmethod
    def _time(cls, value: Any) -> time:
        return _clock_time(value)

    @field_validator("days", mode="before")
    @classmethod
    def _days(cls, value: Any) -> list[str] | None:
        return None if value is None else [_weekday(v) for v in value]


class WeeklySettings(BaseModel):
    """The weekly summary."""

    model_config = ConfigDict(extra="forbid")

    at: time = Field(time(16, 0), description="Local time it goes, e.g. 16:00")
    day: str = Field("fri", description="Weekday it goes on")

    @field_validator("at", mode="before")
    @classmethod
    def _time(cls, value: Any) -> time:
        return _clock_time(value)

    @field_validator("day", mode="before")
    @classmethod
    def _day(cls, value: Any) -> str:
        return _weekday(value)


class DigestSettings(BaseModel):
    """A school's digest settings; a kind set to `off` (or false) is not sent."""

    model_config = ConfigDict(extra="forbid")

    daily: DailySettings | None = Field(default_factory=DailySettings)
    weekly: WeeklySettings | None = Field(default_factory=WeeklySettings)

    @field_validator("daily", "weekly", mode="before")
    @classmethod
    def _off(cls, value: Any) -> Any:
        if value is False or (isinstance(value, str) and value.strip().lower() == "off"):
            return None
        return {} if value is True else value


def digest_settings(config: SchoolConfig) -> DigestSettings:
    """The school file's `digests:` settings, or the defaults.

    Raises:
        ValueError: naming the field, e.g. `digests.daily.at: "4pm" is not a time of day`.
    """
    raw = config.digests
    try:
        return DigestSettings.model_validate(raw or {})
    except ValidationError as e:
        err = e.errors()[0]
        message = str(err["msg"]).removeprefix("Value error, ")
        raise ValueError(f"digests.{format_loc(err['loc'])}: {message}") from e


def is_school_day(config: SchoolConfig, day: date, weekdays: list[str] | None = None) -> bool:
    """A working day (or one of `weekdays`) inside a term, when the school lists its terms."""
    if WEEKDAYS[day.weekday()] not in (weekdays or config.working_days):
        return False
    return not config.term_dates or any(t.start <= day <= t.end for t in config.term_dates)


def _is_slot_day(kind: str, settings: DigestSettings, config: SchoolConfig, day: date) -> bool:
    if kind == DAILY:
        return settings.daily is not None and is_school_day(config, day, settings.daily.days)
    if settings.weekly is None or WEEKDAYS[day.weekday()] != settings.weekly.day:
        return False
    monday = day - timedelta(days=day.weekday())
    return any(is_school_day(config, monday + timedelta(days=n)) for n in range(7))


def _at(kind: str, settings: DigestSettings) -> time:
    chosen = settings.daily if kind == DAILY else settings.weekly
    assert chosen is not None
    return chosen.at


@dataclass(frozen=True)
class Slot:
    """One digest: its kind and the period it covers, (start, end]; `end` is when it is due."""

    kind: str
    start: datetime
    end: datetime


def _slot_times(kind: str, settings: DigestSettings, config: SchoolConfig,
                now: datetime, count: int) -> list[datetime]:
    """Up to `count` scheduled times of `kind` at or before `now`, newest first."""
    tz = config.tz
    today = now.astimezone(tz).date()
    found: list[datetime] = []
    for back in range(LOOK_BACK_DAYS):
        day = today - timedelta(days=back)
        if not _is_slot_day(kind, settings, config, day):
            continue
        due = datetime.combine(day, _at(kind, settings), tzinfo=tz)
        if due <= now:
            found.append(due)
            if len(found) == count:
                break
    return found


def latest_slot(kind: str, settings: DigestSettings, config: SchoolConfig,
                now: datetime) -> Slot | None:
    """The most recent digest of `kind` due at or before `now`, or None (none due, or off)."""
    if (settings.daily if kind == DAILY else settings.weekly) is None:
        return None
    times = _slot_times(kind, settings, config, now, 2)
    if not times:
        return None
    default_gap = timedelta(days=1 if kind == DAILY else 7)
    start = times[1] if len(times) > 1 else times[0] - default_gap
    return Slot(kind, start, times[0])


def ptb_days(weekdays: list[str]) -> tuple[int, ...]:
    """Weekday names as PTB's run_daily wants them (0 = Sunday ... 6 = Saturday)."""
    return tuple(sorted((WEEKDAYS.index(d) + 1) % 7 for d in weekdays))


def job_days(kind: str, settings: DigestSettings, config: SchoolConfig) -> tuple[int, ...]:
    """The weekdays on which the JobQueue wakes up for `kind` (terms are checked on waking)."""
    if kind == DAILY:
        assert settings.daily is not None
        return ptb_days(settings.daily.days or config.working_days)
    assert settings.weekly is not None
    return ptb_days([settings.weekly.day])


def period_label(kind: Literal["daily", "weekly"] | str) -> str:
    """How a digest of `kind` is named to the reader."""
    return {"daily": "Daily digest", "weekly": "Weekly summary"}.get(kind, "Digest")
