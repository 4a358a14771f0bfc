"""What cards and the exported letter say, from plain data (no bot, no database)."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.loading import read_rulebook
from bot.review.cards import next_steps
from bot.review.evidence import CaseView, EvidenceMessage, GroupRef
from bot.review.export import case_document

RULEBOOK = read_rulebook("pimperne-primary")
AT = datetime(2026, 11, 19, 10, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


def test_when_clauses_share_a_next_step_then_it_is_listed_once():
    steps = next_steps(RULEBOOK, ["safety.safeguarding", "safety.threat", "no.such-clause"])
    assert steps == [
        "The DSL sees the message straight away and follows the school's child protection "
        "procedures.",
        "Evidence is saved with the time and date (policy 8.4).",
        "A member of the senior leadership team meets the parent and asks for the content to "
        "be removed (8.6).",
        "The school considers contacting the police (8.8)."]


def test_when_every_message_was_edited_away_then_there_is_no_draft_letter():
    message = EvidenceMessage(
        incident_id=1, sent_at=AT, group=GroupRef(1, -1001, "Year 2 Parents"), message_id=5,
        sender="Lou Carter", clause_ids=("respect.staff-named",), severity="medium",
        text="Miss Baker is useless", edited=False, actions=("reminded",),
        edited_away_at=AT.replace(minute=5))
    view = CaseView(school_id=1, case_id=1, status="open", severity="medium", reason="ladder",
                    opened_at=AT, updated_at=AT, closed_at=None, outcome=None,
                    member="Lou Carter", reviewer=None, messages=(message,))
    html = case_document(view, RULEBOOK, "Larkfield", "Eleanor Rose, headteacher", LONDON,
                         AT.replace(hour=12)).decode()
    letter = html.split("Draft letter to the parent")[1]
    assert "No draft: the parent edited every message in this case" in letter
    assert "Dear" not in letter and "Miss Baker is useless" not in letter
