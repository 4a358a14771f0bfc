"""The database layer: UTC times, 64-bit ids, SQLite settings, sessions and threads."""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from models import Group, store
from models.database import Database, default_url, normalise_url
from tests.models.conftest import NOW

BIG = 2**62 + 12345  # larger than any 32-bit column could hold


def test_when_a_time_in_another_zone_is_stored_then_it_comes_back_as_the_same_utc_instant(db):
    paris = timezone(timedelta(hours=2))
    at = datetime(2026, 6, 1, 14, 0, tzinfo=paris)
    with db.session() as s:
        group = store.ensure_group(s, -100, "t", "group", at)
        group_id = group.id
    with db.session() as s:
        stored = s.get(Group, group_id).created_at
    assert stored == at
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored.hour == 12


def test_when_a_naive_time_is_stored_then_it_is_refused(db):
    with pytest.raises(Exception, match="naive datetime"), db.session() as s:
        store.ensure_group(s, -100, "t", "group", datetime(2026, 6, 1, 14, 0))  # noqa: DTZ001


def test_when_telegram_ids_need_64_bits_then_they_round_trip(db):
    with db.session() as s:
        group = store.ensure_group(s, -BIG, "t", "supergroup", NOW)
        store.claim_update(s, BIG, BIG, NOW)
        group_id = group.id
    with db.session() as s:
        assert s.get(Group, group_id).chat_id == -BIG
        assert store.group_by_chat(s, -BIG).id == group_id
        assert store.claim_update(s, BIG, BIG, NOW) is False


def test_when_a_session_block_raises_then_nothing_is_kept(db):
    with pytest.raises(RuntimeError), db.session() as s:
        store.ensure_group(s, -7, "t", "group", NOW)
        raise RuntimeError("boom")
    with db.session() as s:
        assert store.group_by_chat(s, -7) is None


def test_when_sqlite_is_opened_then_wal_and_foreign_keys_are_on(tmp_path):
    db = Database.sqlite_in(tmp_path / "data")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    assert (tmp_path / "data" / "kindly.db").exists()
    db.dispose()


def test_when_many_threads_claim_the_same_update_then_exactly_one_wins(db):
    def claim(_: int) -> bool:
        with db.session() as s:
            return store.claim_update(s, 1, 42, NOW)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(claim, range(16)))
    assert results.count(True) == 1


def test_when_threads_write_different_rows_at_once_then_all_are_kept(db):
    def write(i: int) -> None:
        with db.session() as s:
            store.ensure_group(s, -1000 - i, f"g{i}", "group", NOW)

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(write, range(30)))
    with db.session() as s:
        assert all(store.group_by_chat(s, -1000 - i) for i in range(30))


def test_when_no_url_is_given_then_the_environment_decides():
    assert default_url({"KINDLY_DATABASE_URL": "postgresql://x@h/db"}) == "postgresql://x@h/db"
    url = default_url({"KINDLY_DATA_DIR": "/srv/kindly"})
    assert url == "sqlite:////srv/kindly/kindly.db"
    assert default_url({}).endswith("/kindly-data/kindly.db")


def test_when_a_postgres_url_names_no_driver_then_psycopg_3_is_used():
    assert normalise_url("postgresql://u@h/d").drivername == "postgresql+psycopg"
    assert normalise_url("sqlite:///x.db").drivername == "sqlite"


def test_when_utc_now_is_passed_then_it_is_accepted(db):
    with db.session() as s:
        assert store.ensure_group(s, -1, None, "group", datetime.now(UTC)).id
