"""The operator's undo: take a reviewer's access away, and stop moderating a group for a school.

Removing a reviewer deletes their reviewer rows. Every access check reads those rows at the
moment it runs (each /queue, button press, typed answer, digest and safeguarding alert), so
the person loses access at once, with no cache to expire. What they did stays in the audit
log under `reviewer:<id>`; the records that named them (cases, notes, dismissals) keep the
change and lose only the link to the removed row.
"""

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.alert import SafeguardingAlert
from models.case import Case, CaseNote, ClauseDismissal
from models.code import REVIEWER_PREFIX, Code
from models.group import Group
from models.reviewer import REVIEWER_ROLES, Reviewer
from models.safeguarding_review import SafeguardingReview
from models.store.audit import audit
from models.store.errors import StoreError
from models.store.groups import group_by_chat

# Columns that point at a reviewer row; cleared before the row goes.
_REVIEWER_LINKS = ((Case, Case.reviewer_id), (CaseNote, CaseNote.reviewer_id),
                   (ClauseDismissal, ClauseDismissal.reviewer_id),
                   (SafeguardingAlert, SafeguardingAlert.delivered_to_reviewer_id),
                   (SafeguardingReview, SafeguardingReview.reviewer_id))


def revoke_reviewer(s: Session, school_id: int, telegram_user_id: int, now: datetime, *,
                    role: str | None = None, actor: str = "cli") -> tuple[list[str], int]:
    """Remove a Telegram user as a reviewer of one school (every role, or just `role`).

    The school's unused reviewer invites are cancelled too: one the removed person kept back
    would otherwise let them straight back in. Both are audited.

    Returns:
        The roles removed, and how many unused invites were cancelled.

    Raises:
        StoreError: An unknown role, or the user is not a reviewer of this school (in `role`).
    """
    if role is not None and role not in REVIEWER_ROLES:
        raise StoreError(f'unknown reviewer role "{role}"; use one of {", ".join(REVIEWER_ROLES)}')
    query = select(Reviewer).where(Reviewer.school_id == school_id,
                                   Reviewer.telegram_user_id == telegram_user_id)
    if role is not None:
        query = query.where(Reviewer.role == role)
    rows = list(s.scalars(query.order_by(Reviewer.id)))
    if not rows:
        what = f" as {role.replace('_', ' ')}" if role else ""
        raise StoreError(f"Telegram user {telegram_user_id} is not a reviewer of this "
                         f"school{what}")
    ids = [r.id for r in rows]
    for table, column in _REVIEWER_LINKS:
        s.execute(update(table).where(column.in_(ids)).values({column.key: None})
                  .execution_options(synchronize_session=False))
    cancelled = s.execute(update(Code).where(
        Code.school_id == school_id, Code.purpose.startswith(REVIEWER_PREFIX),
        Code.used_at.is_(None), Code.expires_at > now).values(expires_at=now)
        .execution_options(synchronize_session=False)).rowcount
    for row in rows:
        audit(s, school_id, actor, "reviewer.revoke", f"reviewer:{row.id}",
              {"telegram_user_id": telegram_user_id, "role": row.role,
               "invites_cancelled": cancelled}, now)
        s.delete(row)
    s.flush()
    s.expire_all()
    return [r.role for r in rows], cancelled


def unlink_group(s: Session, school_id: int, chat_id: int, now: datetime, *,
                 actor: str = "cli") -> Group:
    """Stop moderating a group for this school (audited).

    The group keeps its row, mode and evidence: the school's cases still show its messages.
    The bot ignores the group from its next message until an admin links it again with a
    new code.

    Raises:
        StoreError: No group with this chat id is linked to this school.
    """
    group = group_by_chat(s, chat_id)
    if group is None or group.school_id != school_id:
        raise StoreError(f"no group with chat id {chat_id} is linked to this school")
    group.school_id = None
    group.linked_at = None
    audit(s, school_id, actor, "group.unlink", f"group:{group.id}", {"chat_id": chat_id}, now)
    s.flush()
    return group
