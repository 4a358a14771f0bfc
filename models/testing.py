"""Pytest fixtures for tests that need a real Kindly database, on SQLite and PostgreSQL.

Load it with `pytest_plugins = ["models.testing"]` in a conftest. `db` runs each test once
on a fresh SQLite file and once on PostgreSQL (a database created for the test session and
dropped after it; the test is skipped when PostgreSQL is not reachable). Set
KINDLY_TEST_POSTGRES_URL to use another server (default: postgres on 127.0.0.1:5432).
"""

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from models import Base
from models.database import Database

BACKENDS = ("sqlite", "postgresql")
DEFAULT_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
UNREACHABLE = "PostgreSQL not reachable at 127.0.0.1:5432"


def postgres_admin_url() -> URL:
    """The URL of a PostgreSQL database from which test databases are created."""
    return make_url(os.environ.get("KINDLY_TEST_POSTGRES_URL", DEFAULT_ADMIN_URL))


class PostgresServer:
    """Creates and drops throwaway databases on one server."""

    def __init__(self, admin_url: URL):
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT",
                                    connect_args={"connect_timeout": 3})
        self.created: list[str] = []

    def reachable(self) -> bool:
        """True if a connection can be made."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means "skip", with the reason
            return False
        return True

    def create(self) -> URL:
        """A new empty database; its URL."""
        name = f"kindly_test_{secrets.token_hex(6)}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.admin_url.set(database=name)

    def drop_all(self) -> None:
        """Drop every database this server object created."""
        with self.engine.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.created.clear()
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    """The test PostgreSQL server, or None when it cannot be reached."""
    server = PostgresServer(postgres_admin_url())
    if not server.reachable():
        server.engine.dispose()
        yield None
        return
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def _postgres_db(postgres_server: PostgresServer | None) -> Iterator[Database | None]:
    """One migrated PostgreSQL database for the whole session (emptied before each test)."""
    if postgres_server is None:
        yield None
        return
    db = Database(postgres_server.create())
    db.upgrade()
    yield db
    db.dispose()


def _empty_tables(db: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty Kindly database: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        database = Database.sqlite_in(tmp_path)
        database.upgrade()
        yield database
        database.dispose()
        return
    database = request.getfixturevalue("_postgres_db")
    if database is None:
        pytest.skip(UNREACHABLE)
    _empty_tables(database)
    yield database


@pytest.fixture(params=BACKENDS)
def blank_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database with no tables at all (for migration tests), on both backends."""
    if request.param == "sqlite":
        database = Database.sqlite_in(tmp_path)
    else:
        server = request.getfixturevalue("postgres_server")
        if server is None:
            pytest.skip(UNREACHABLE)
        database = Database(server.create())
    yield database
    database.dispose()
