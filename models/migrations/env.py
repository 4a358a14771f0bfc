"""Alembic environment for Kindly: run from `Database.upgrade()` or the alembic command line."""

import logging.config

from alembic import context
from sqlalchemy import create_engine

import models
from models.base import UTCDateTime
from models.database import default_url, normalise_url

config = context.config
target_metadata = models.Base.metadata


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write Kindly's UTC column type as the plain type it stores."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: object) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, render_item=render_item, compare_type=True)


def run_migrations_online() -> None:
    """Migrate over the caller's connection, or over one to the configured database."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    if config.config_file_name is not None:
        logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)
    url = config.get_main_option("sqlalchemy.url") or default_url()
    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Kindly's migrations run online only: give a database URL")
run_migrations_online()
