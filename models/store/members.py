"""Members of a school: parents and staff, their role and acknowledgement of the code."""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.member import MEMBER_ROLES, Member
from models.reviewer import Reviewer
from models.store._rows import insert_unless_exists
from models.store.errors import StoreError


def member_by_telegram(s: Session, school_id: int, telegram_user_id: int) -> Member | None:
    """The school's member with this Telegram user id, or None."""
    return s.scalars(select(Member).where(Member.school_id == school_id,
                                          Member.telegram_user_id == telegram_user_id)
                     ).one_or_none()


def member_by_id(s: Session, school_id: int, member_id: int) -> Member | None:
    """The member with this id if they belong to this school, else None."""
    member = s.get(Member, member_id)
    return member if member is not None and member.school_id == school_id else None


def ensure_member(s: Session, school_id: int, telegram_user_id: int,
                  display_name: str | None, now: datetime) -> Member:
    """The school's member for this Telegram user, created on first sight; name kept fresh."""
    member = member_by_telegram(s, school_id, telegram_user_id)
    if member is None:
        member = Member(school_id=school_id, telegram_user_id=telegram_user_id,
                        display_name=display_name, role="parent",
                        first_seen_at=now, last_seen_at=now)
        if insert_unless_exists(s, member):
            return member
        member = member_by_telegram(s, school_id, telegram_user_id)
        assert member is not None
    if display_name is not None and member.display_name != display_name:
        member.display_name = display_name
    if member.last_seen_at < now:
        member.last_seen_at = now
    return member


def _existing(s: Session, school_id: int, telegram_user_id: int) -> Member:
    member = member_by_telegram(s, school_id, telegram_user_id)
    if member is None:
        raise StoreError(f"no member with Telegram id {telegram_user_id} at this school")
    return member


def set_member_role(s: Session, school_id: int, telegram_user_id: int, role: str) -> Member:
    """Mark a member as a parent or as staff.

    Raises:
        StoreError: An unknown role, or no such member at this school.
    """
    if role not in MEMBER_ROLES:
        raise StoreError(f'unknown member role "{role}"; use parent or staff')
    member = _existing(s, school_id, telegram_user_id)
    member.role = role
    return member


def record_acknowledgement(s: Session, school_id: int, telegram_user_id: int,
                           group_id: int | None, now: datetime) -> Member:
    """Record that the member accepted the school's code of conduct (the first time counts).

    Raises:
        StoreError: No such member at this school.
    """
    member = _existing(s, school_id, telegram_user_id)
    if member.acknowledged_at is None:
        member.acknowledged_at = now
        member.acknowledged_group_id = group_id
    return member


def is_staff(s: Session, school_id: int, telegram_user_id: int) -> bool:
    """True for members marked staff and for the school's reviewers."""
    member = member_by_telegram(s, school_id, telegram_user_id)
    if member is not None and member.role == "staff":
        return True
    reviewer = s.scalars(select(Reviewer.id).where(
        Reviewer.school_id == school_id, Reviewer.telegram_user_id == telegram_user_id)).first()
    return reviewer is not None
