"""Fixtures for the storage tests: the `db` fixtures and two schools with a group each."""

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from models import store
from models.database import Database

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@dataclass
class Tenant:
    """A registered school with one linked class group."""

    school_id: int
    group_id: int
    chat_id: int


def make_tenant(db: Database, key: str, chat_id: int) -> Tenant:
    """Register a school and link one group to it."""
    with db.session() as s:
        school = store.register_school(
            s, key=key, name=f"{key.title()} Primary", config_yaml="school: x\n",
            rulebook_id="uk-primary", rulebook_version="1", timezone="Europe/London", now=NOW)
        group = store.ensure_group(s, chat_id, "Year 3 parents", "supergroup", NOW)
        store.link_group(s, group, school.id, NOW, class_name="Year 3")
        return Tenant(school.id, group.id, chat_id)


@pytest.fixture
def school_a(db: Database) -> Tenant:
    """Brookfield, with a Year 3 group."""
    return make_tenant(db, "brookfield", -1001000000001)


@pytest.fixture
def school_b(db: Database) -> Tenant:
    """Larkfield, with a Year 3 group."""
    return make_tenant(db, "larkfield", -1001000000002)
