"""Schools: register (or update) a school, and find it by id or key."""

import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.school import School
from models.store.errors import StoreError

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def register_school(s: Session, *, key: str, name: str, config_yaml: str, rulebook_id: str,
                    rulebook_version: str, timezone: str, now: datetime,
                    update: bool = True) -> School:
    """Add a school, or update the configuration of the school with this key.

    Two schools whose names make the same key would otherwise share one row, the second
    silently replacing the first; callers that register a new school pass `update=False`.

    Raises:
        StoreError: The key is not a short slug ("brookfield", "st-marys-ce"), or, with
            `update=False`, a school with this key is already registered.
    """
    if not KEY_PATTERN.match(key):
        raise StoreError(f'school key "{key}" must be lowercase letters, digits and dashes '
                         "(e.g. brookfield-primary), at most 64 characters")
    school = school_by_key(s, key)
    if school is not None and not update:
        raise StoreError(f'a school with key "{key}" is already registered ({school.name})')
    if school is None:
        school = School(key=key, created_at=now)
        s.add(school)
    school.name = name
    school.config_yaml = config_yaml
    school.rulebook_id = rulebook_id
    school.rulebook_version = rulebook_version
    school.timezone = timezone
    school.updated_at = now
    s.flush()
    return school


def set_retention(s: Session, school_id: int, days: int | None) -> School:
    """Keep evidence `days` after closure; None: until the end of the school year (31 August).

    Raises:
        StoreError: No such school, or fewer than one day.
    """
    if days is not None and days < 1:
        raise StoreError(f"retention must be at least 1 day (got {days})")
    school = school_by_id(s, school_id)
    if school is None:
        raise StoreError(f"no school with id {school_id}")
    school.retention_days = days
    return school


def school_by_id(s: Session, school_id: int) -> School | None:
    """The school with this id, or None."""
    return s.get(School, school_id)


def school_by_key(s: Session, key: str) -> School | None:
    """The school with this key, or None."""
    return s.scalars(select(School).where(School.key == key)).one_or_none()


def list_schools(s: Session) -> list[School]:
    """Every school, by key."""
    return list(s.scalars(select(School).order_by(School.key)))


def slug_for(name: str) -> str:
    """A school key from its name: "St Mary's CE Primary" -> "st-marys-ce-primary"."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("'", ""))
    words = [w for w in words if w != "school"] or words
    return "-".join(words)[:64].strip("-") or "school"
