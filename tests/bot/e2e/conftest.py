"""End-to-end fixtures: the real bot, the local Bot API emulator and a real database."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.demo import demo_data
from bot.sandbox import Sandbox
from bot.scorers import build_offline_scorer

THURSDAY_MORNING = datetime(2026, 11, 19, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def offline_scorer():  # noqa: ANN201
    """One offline scorer for the whole session (it takes a moment to load)."""
    return build_offline_scorer()


@dataclass
class ClassGroup:
    """A linked Year 2 group: its sandbox, school, chat and people."""

    box: Sandbox
    school_id: int
    chat: object
    rep: object      # the class rep, the group's owner
    parent: object   # an ordinary parent
    other: object    # another parent
    head: object     # the headteacher (a reviewer, not in the group)
    dsl: object      # the designated safeguarding lead (a reviewer)

    @property
    def emu(self):  # noqa: ANN201
        return self.box.emu

    def bot_texts(self) -> list[str]:
        """What the bot has posted in the group and not deleted."""
        return [m.text for m in self.emu.bot_messages(self.chat)]

    def incidents(self) -> list:
        from sqlalchemy import select

        from models.incident import Incident
        with self.box.db.session() as s:
            return list(s.scalars(select(Incident).order_by(Incident.id)))

    def actions(self) -> list[tuple[str, str]]:
        from sqlalchemy import select

        from models.incident import IncidentAction
        with self.box.db.session() as s:
            return [(a.action, a.outcome)
                    for a in s.scalars(select(IncidentAction).order_by(IncidentAction.id))]


def sandbox(tmp_path: Path, scorer: object, **settings: object) -> Sandbox:
    """A sandbox with cooldowns off unless a test sets them."""
    settings = {"group_cooldown_seconds": 0, "member_cooldown_seconds": 0} | settings
    return Sandbox(tmp_path, scorer=scorer, start_at=THURSDAY_MORNING, **settings)


async def class_group(box: Sandbox, *, can_delete: bool = True) -> ClassGroup:
    """Register the demo school and a linked class group with its people."""
    emu = box.emu
    rep, parent, other = (emu.create_user("Gemma", last_name="Shaw"),
                          emu.create_user("Lou", last_name="Carter"),
                          emu.create_user("Priya", last_name="Mehta"))
    head = emu.create_user("Sarah", last_name="Okafor")
    dsl = emu.create_user("Tom", last_name="Fairweather")
    school_id = box.register_school(demo_data("school.yaml"), "hollybrook")
    chat = await box.linked_group(school_id, "Year 2 Parents", rep, [parent, other],
                                  can_delete=can_delete)
    return ClassGroup(box, school_id, chat, rep, parent, other, head, dsl)


@pytest.fixture
async def group(tmp_path: Path, offline_scorer: object):  # noqa: ANN201
    """A linked class group with the bot as an admin that may delete messages."""
    async with sandbox(tmp_path, offline_scorer) as box:
        yield await class_group(box)
        assert box.emu.violations == []
