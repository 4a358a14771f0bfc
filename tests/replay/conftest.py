"""Fixtures for the replay tests: the fixture exports, the test school and one real engine."""

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.replay.importer import ImportNotes, read_records
from bot.replay.pipeline import ReplayOptions, replay
from bot.replay.records import ChatRecord, Malformed
from bot.replay.report_model import ReplayReport
from bot.replay.scoring import EngineSpec, load_engine
from bot.replay.sources import open_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chat-exports"
SCHOOL = FIXTURES / "school.yaml"
SHARED_EXPORTS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "chat-exports"
LONDON = ZoneInfo("Europe/London")


def records_of(path: Path, chats: frozenset[str] = frozenset(),
               ) -> tuple[list[ChatRecord], list[Malformed], ImportNotes]:
    """Everything the importer reads from an export, split into records and malformed."""
    notes = ImportNotes()
    items = list(read_records(open_export(path), LONDON, set(chats), notes))
    records = [i for i in items if isinstance(i, ChatRecord)]
    return records, [i for i in items if isinstance(i, Malformed)], notes


@pytest.fixture(scope="session")
def engine():  # noqa: ANN201 - rules.engine.Engine
    """The test school's engine with the offline scorer, built once."""
    built, _ = load_engine(EngineSpec(SCHOOL, scorer="offline"))
    return built


@pytest.fixture
def replayed(engine):  # noqa: ANN001, ANN201
    """Replay a fixture export with the real engine; closes the reports afterwards."""
    reports: list[ReplayReport] = []

    def run(path: Path, **options: object) -> ReplayReport:
        report = replay(open_export(path), engine.school, engine.rulebook, engine.score,
                        ReplayOptions(**options))  # type: ignore[arg-type]
        reports.append(report)
        return report

    yield run
    for report in reports:
        report.flagged.close()
