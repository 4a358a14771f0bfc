"""Reviewers: the staff who see a school's cases, and the schools a person reviews."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.reviewer import REVIEWER_ROLES, Reviewer
from models.school import School
from models.store._rows import insert_unless_exists
from models.store.audit import audit
from models.store.errors import StoreError


def _find(s: Session, school_id: int, telegram_user_id: int, role: str) -> Reviewer | None:
    return s.scalars(select(Reviewer).where(
        Reviewer.school_id == school_id, Reviewer.telegram_user_id == telegram_user_id,
        Reviewer.role == role)).one_or_none()


def add_reviewer(s: Session, school_id: int, telegram_user_id: int, role: str,
                 display_name: str | None, now: datetime) -> Reviewer:
    """Make a Telegram user a reviewer of one school in one role (again: no change).

    Raises:
        StoreError: An unknown role or school.
    """
    if role not in REVIEWER_ROLES:
        raise StoreError(f'unknown reviewer role "{role}"; use one of {", ".join(REVIEWER_ROLES)}')
    if s.get(School, school_id) is None:
        raise StoreError(f"no school with id {school_id}")
    reviewer = _find(s, school_id, telegram_user_id, role)
    if reviewer is None:
        reviewer = Reviewer(school_id=school_id, telegram_user_id=telegram_user_id, role=role,
                            display_name=display_name, added_at=now)
        if insert_unless_exists(s, reviewer):
            audit(s, school_id, f"telegram:{telegram_user_id}", "reviewer.add",
                  f"reviewer:{reviewer.id}", {"role": role}, now)
            return reviewer
        reviewer = _find(s, school_id, telegram_user_id, role)
        assert reviewer is not None
    if display_name is not None:
        reviewer.display_name = display_name
    return reviewer


def reviewers(s: Session, school_id: int, role: str | None = None) -> list[Reviewer]:
    """A school's reviewers (of one role, when given), in the order they were added."""
    query = select(Reviewer).where(Reviewer.school_id == school_id)
    if role is not None:
        query = query.where(Reviewer.role == role)
    return list(s.scalars(query.order_by(Reviewer.added_at, Reviewer.id)))


def reviewer_schools(s: Session, telegram_user_id: int) -> list[tuple[School, Reviewer]]:
    """Every (school, reviewer role row) this Telegram user reviews, by school key."""
    rows = s.execute(select(School, Reviewer).join(Reviewer, Reviewer.school_id == School.id)
                     .where(Reviewer.telegram_user_id == telegram_user_id)
                     .order_by(School.key, Reviewer.role))
    return [(school, reviewer) for school, reviewer in rows]
