"""Fixtures for the review tests: real databases (SQLite and PostgreSQL), the real bot
against the Bot API emulator, and two schools."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.sandbox import Sandbox
from models import testing
from tests.bot.e2e.conftest import offline_scorer
from tests.models.conftest import school_a, school_b
from tests.review.helpers import THURSDAY_MORNING, School, add_school

# `db` and `postgres_server` come from models.testing (tests/conftest.py loads it).
__all__ = ["offline_scorer", "school_a", "school_b"]


@pytest.fixture(params=["sqlite", "postgresql"])
async def box(request: pytest.FixtureRequest, tmp_path: Path,
              offline_scorer: object) -> AsyncIterator[Sandbox]:
    """The real bot and the emulator on a fresh database: SQLite, then PostgreSQL."""
    url = None
    if request.param == "postgresql":
        server = request.getfixturevalue("postgres_server")
        if server is None:
            pytest.skip(testing.UNREACHABLE)
        url = server.create().render_as_string(hide_password=False)
    async with Sandbox(tmp_path, database_url=url, scorer=offline_scorer,
                       start_at=THURSDAY_MORNING, group_cooldown_seconds=0,
                       member_cooldown_seconds=0) as sandbox:
        yield sandbox
        assert sandbox.emu.violations == []


@pytest.fixture
async def larkfield(box: Sandbox) -> School:
    """Larkfield Primary, its Year 2 group and its headteacher."""
    return await add_school(box, "Larkfield Primary School", "larkfield", "Year 2 Parents")


@pytest.fixture
async def oakwood(box: Sandbox, larkfield: School) -> School:
    """A second school in the same deployment, with its own group and headteacher."""
    return await add_school(box, "Oakwood Primary School", "oakwood", "Oakwood Year 4")
