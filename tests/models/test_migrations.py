"""Migrations go up and down on both databases, and the models match them exactly."""

import os
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from models import Base
from models.database import Database, alembic_config

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"school", "chat_group", "member", "incident", "incident_action", "case_file",
          "case_note", "clause_dismissal", "reviewer", "report", "audit_entry", "digest_run",
          "failed_update", "one_time_code", "processed_update", "safeguarding_alert",
          "safeguarding_review"}


def tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names()) - {"alembic_version"}


def diff(db: Database) -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_when_migrated_up_down_and_up_again_then_every_table_comes_back(blank_db):
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    blank_db.upgrade()
    assert tables(blank_db) == TABLES
    assert blank_db.current_revision() == head
    blank_db.downgrade("base")
    assert tables(blank_db) == set()
    assert blank_db.current_revision() is None
    blank_db.upgrade()
    assert tables(blank_db) == TABLES


def test_when_migrated_to_head_then_the_models_match_the_migrations(blank_db):
    blank_db.upgrade()
    assert diff(blank_db) == []


def test_when_upgrade_runs_twice_then_nothing_changes(blank_db):
    blank_db.upgrade()
    blank_db.upgrade()
    assert blank_db.current_revision() is not None


def test_when_migration_files_are_listed_then_names_start_with_a_date():
    versions = sorted((ROOT / "models" / "migrations" / "versions").glob("*.py"))
    assert versions
    for path in versions:
        assert path.name[:10].replace("_", "").isdigit(), path.name


def test_when_alembic_runs_from_the_repo_root_then_check_finds_no_difference(tmp_path):
    env = {**os.environ, "KINDLY_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    alembic = [sys.executable, "-m", "alembic", "-c", "models/alembic.ini"]
    outputs = []
    for args in (["upgrade", "head"], ["check"], ["downgrade", "base"]):
        done = subprocess.run(alembic + args, cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout + done.stderr)
    assert "No new upgrade operations detected" in outputs[1]
    assert (tmp_path / "cli.db").exists()
