"""The scheduled retention job: registered on PTB's JobQueue, purges, logs counts only."""

import asyncio
import logging
from datetime import timedelta

from telegram.ext import JobQueue

from bot.retention import PURGE_JOB_NAME, add_purge_job, purge_job
from models import store
from tests.models.conftest import NOW
from tests.models.helpers import incident, member


def test_when_the_job_runs_then_expired_evidence_goes_and_only_counts_are_logged(
        db, school_a, caplog):
    with db.session() as s:
        store.set_retention(s, school_a.school_id, 10)
        incident(s, school_a, member(s, school_a), 1, text="secret words")
    caplog.set_level(logging.INFO, logger="bot.retention")
    assert purge_job(db, NOW + timedelta(days=5))["incidents"] == 0
    assert purge_job(db, NOW + timedelta(days=11))["incidents"] == 1
    assert "incidents=1" in caplog.text
    assert "secret words" not in caplog.text and "A Parent" not in caplog.text


def test_when_the_job_is_scheduled_then_it_runs_daily_and_purges_in_a_thread(db, school_a):
    with db.session() as s:
        store.set_retention(s, school_a.school_id, 10)
        incident(s, school_a, member(s, school_a), 1)
    job = add_purge_job(JobQueue(), db, clock=lambda: NOW + timedelta(days=30))
    assert job.name == PURGE_JOB_NAME
    asyncio.run(job.callback(None))
    with db.session() as s:
        assert store.latest_incident(s, school_a.school_id, school_a.group_id, 1) is None
