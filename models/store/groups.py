"""Class groups: seen, linked to a school, switched between modes, migrated to supergroups."""

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.group import GROUP_MODES, Group
from models.incident import Incident
from models.member import Member
from models.report import Report
from models.store._rows import insert_unless_exists
from models.store.errors import StoreError


def group_by_chat(s: Session, chat_id: int) -> Group | None:
    """The group with this Telegram chat id, or None."""
    return s.scalars(select(Group).where(Group.chat_id == chat_id)).one_or_none()


def linked_group(s: Session, chat_id: int) -> Group | None:
    """The group with this chat id if it is linked to a school and the bot is still in it."""
    group = group_by_chat(s, chat_id)
    if group is None or group.school_id is None or not group.active:
        return None
    return group


def ensure_group(s: Session, chat_id: int, title: str | None, chat_type: str,
                 now: datetime) -> Group:
    """The group for this chat, created (unlinked) the first time; title and type kept fresh."""
    group = group_by_chat(s, chat_id)
    if group is None:
        group = Group(chat_id=chat_id, title=title, chat_type=chat_type, created_at=now,
                      mode="remind", active=True, can_read_all=False, can_delete=False)
        if insert_unless_exists(s, group):
            return group
        group = group_by_chat(s, chat_id)
        assert group is not None
    if title is not None and group.title != title:
        group.title = title
    if group.chat_type != chat_type:
        group.chat_type = chat_type
    return group


def groups_of(s: Session, school_id: int, active_only: bool = False) -> list[Group]:
    """A school's linked groups, by class name then chat id."""
    query = select(Group).where(Group.school_id == school_id)
    if active_only:
        query = query.where(Group.active.is_(True))
    return list(s.scalars(query.order_by(Group.class_name, Group.chat_id)))


def link_group(s: Session, group: Group, school_id: int, now: datetime,
               class_name: str | None = None) -> Group:
    """Attach a group to a school (a group linked to another school stays where it is).

    Raises:
        StoreError: The group already belongs to a different school.
    """
    if group.school_id is not None and group.school_id != school_id:
        raise StoreError("this group is already linked to another school")
    if group.school_id is None:
        group.linked_at = now
    group.school_id = school_id
    if class_name is not None:
        group.class_name = class_name
    s.flush()
    return group


def set_group_mode(s: Session, group: Group, mode: str) -> Group:
    """observe (record only), remind (the default) or enforce (also delete when allowed).

    Raises:
        StoreError: An unknown mode.
    """
    if mode not in GROUP_MODES:
        raise StoreError(f'unknown mode "{mode}"; use one of {", ".join(GROUP_MODES)}')
    group.mode = mode
    return group


def set_group_active(s: Session, group: Group, active: bool, now: datetime) -> Group:
    """Mark the bot as in (True) or out of (False) the group, e.g. after it is removed."""
    group.active = active
    group.deactivated_at = None if active else now
    return group


def set_bot_rights(s: Session, group: Group, can_read_all: bool, can_delete: bool) -> Group:
    """What the bot may do in the group (privacy mode off; delete messages as an admin)."""
    group.can_read_all = can_read_all
    group.can_delete = can_delete
    return group


def mark_intro_sent(s: Session, group: Group, now: datetime) -> Group:
    """Remember that the bot introduced itself and the code of conduct in this group."""
    group.intro_sent_at = now
    return group


def migrate_group(s: Session, old_chat_id: int, new_chat_id: int) -> Group | None:
    """Carry a group over to its new supergroup chat id: school, settings and evidence.

    If the bot already saw the new chat as a separate group, that row's evidence moves into
    the old group and the duplicate row goes. Returns None if the old chat was never seen.
    """
    old = group_by_chat(s, old_chat_id)
    new = group_by_chat(s, new_chat_id)
    if old is None:
        return new
    if new is not None and new.id != old.id:
        if new.school_id is not None and old.school_id not in (None, new.school_id):
            raise StoreError("the old and new chats are linked to different schools")
        old.school_id = old.school_id or new.school_id
        for table in (Incident, Report):
            s.execute(update(table).where(table.group_id == new.id).values(group_id=old.id))
        s.execute(update(Member).where(Member.acknowledged_group_id == new.id)
                  .values(acknowledged_group_id=old.id))
        s.delete(new)
        s.flush()
    old.migrated_from_chat_id = old_chat_id
    old.chat_id = new_chat_id
    s.flush()
    return old
