"""The database: engine setup for SQLite (WAL) and PostgreSQL, sessions and migrations.

SQLite is the embedded default; PostgreSQL (psycopg 3) the production database. Sessions are
short and commit on success, so the bot can run store calls in worker threads
(`asyncio.to_thread`): each call opens its own session from the thread-safe engine.
"""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def default_url(environ: dict[str, str] | None = None) -> str:
    """KINDLY_DATABASE_URL, else a SQLite file in KINDLY_DATA_DIR (default ./kindly-data)."""
    env = os.environ if environ is None else environ
    if env.get("KINDLY_DATABASE_URL"):
        return env["KINDLY_DATABASE_URL"]
    folder = Path(env.get("KINDLY_DATA_DIR") or "kindly-data")
    return f"sqlite:///{(folder / 'kindly.db').resolve()}"


def normalise_url(url: str | URL) -> URL:
    """Use psycopg 3 for PostgreSQL URLs that name no driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, hide_parameters=True,
                           connect_args={"check_same_thread": False,
                                         "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: two threads writing at once wait for each
        # other (busy timeout) instead of one failing with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Database:
    """One database: an engine, a session factory and its migrations."""

    def __init__(self, url: str | URL | None = None, echo: bool = False):
        self.url = normalise_url(url or default_url())
        if self.url.get_backend_name() == "sqlite":
            self.engine = _sqlite_engine(self.url)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True, echo=echo,
                                        hide_parameters=True)  # errors never show message text
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def sqlite_in(cls, folder: Path) -> "Database":
        """A SQLite database file `kindly.db` in `folder` (created if missing)."""
        return cls(f"sqlite:///{(Path(folder) / 'kindly.db').resolve()}")

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.url.get_backend_name()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def upgrade(self, revision: str = "head") -> None:
        """Run the Alembic migrations up to `revision`."""
        from alembic import command

        before = self.current_revision()
        with self.engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
        after = self.current_revision()
        if after != before:
            log.info("database migrated from revision %s to %s", before, after)

    def downgrade(self, revision: str = "base") -> None:
        """Run the Alembic migrations down to `revision`."""
        from alembic import command

        with self.engine.begin() as conn:
            command.downgrade(alembic_config(conn), revision)

    def current_revision(self) -> str | None:
        """The revision the database is at, or None before the first migration."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"


def alembic_config(connection: Any = None):  # noqa: ANN201 - alembic.config.Config
    """Alembic's configuration for Kindly's migrations, optionally bound to a connection."""
    from alembic.config import Config

    config = Config(str(MIGRATIONS.parent / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config
