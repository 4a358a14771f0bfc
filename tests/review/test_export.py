"""The exported case file: the incident report and the draft letter, checked for content."""

from html.parser import HTMLParser

from bot.sandbox import Sandbox
from models import store
from tests.review.helpers import (
    CRITICISM,
    STAFF_TITLE,
    THREAT,
    THREAT_TITLE,
    School,
    cards,
    press,
    private,
    say,
    threat_then_edited_criticism,
)


class _Text(HTMLParser):
    """The text a reader sees in an HTML page (tags become spaces; style is left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


async def test_when_a_case_is_exported_then_the_report_and_letter_cite_clauses_and_messages(
        box: Sandbox, larkfield: School):
    await say(box, larkfield, THREAT)
    box.at(box.now.replace(hour=11, minute=20))
    await say(box, larkfield, CRITICISM + " <b>really</b>")
    await private(box, larkfield.head, "/queue")
    [card] = cards(box, larkfield.head)
    await press(box, card, larkfield.head, "Export")
    document = box.emu.private_messages(larkfield.head)[-1]
    assert document.document.file_name == "case-1-larkfield-2026-11-19.html"
    assert document.caption == ("Case 1: incident report and draft letter for the school's "
                                "records.")
    html = document.document.content.decode("utf-8")
    text = visible(html)
    # the incident report: who, when, what, where, action taken
    assert "Inappropriate content report: case 1" in text
    assert "Staff name (submitting report) Eleanor Rose, headteacher" in text
    assert "Name of individual who posted the content Lou Carter" in text
    assert "Date Thu 19 Nov 2026, 10:00 to Thu 19 Nov 2026, 11:20" in text
    assert "Where Telegram class group: Year 2 Parents" in text
    assert f"{THREAT_TITLE} (safety.threat)" in text and STAFF_TITLE in text
    assert "Social Media Policy, 8.8" in text  # the clause's source and section
    assert "Action taken message removed; removal explained; reminder posted; case open" in text
    assert ("Suggested next steps from the school's procedure Evidence is saved with the time "
            "and date (policy 8.4). A member of the senior leadership team") in text
    # the evidence, with time and date; message text is escaped, never markup
    assert "Thu 19 Nov 2026, 11:20" in text and "&lt;b&gt;really&lt;/b&gt;" in html
    assert "<b>really</b>" not in html
    # the draft letter
    assert "Draft letter to the parent" in text
    assert "Dear Lou Carter," in text
    assert "Thu 19 Nov 2026, 10:00: “Someone should give that Baker woman a good kicking”" \
        in text
    assert "remove these messages" in text and "the school office" in text
    assert "Eleanor Rose, headteacher Larkfield Primary School" in text
    with box.db.session() as s:
        [entry] = store.audit_entries(s, larkfield.id, "case.export")
    assert entry.subject == "case:1" and entry.detail["bytes"] == len(html.encode())


async def test_when_a_message_was_edited_away_then_the_letter_leaves_it_out(
        box: Sandbox, larkfield: School):
    await threat_then_edited_criticism(box, larkfield)
    [card] = cards(box, larkfield.head)
    await press(box, card, larkfield.head, "Export")
    text = visible(box.emu.private_messages(larkfield.head)[-1].document.content.decode())
    report, letter = text.split("Draft letter to the parent")
    assert ("Miss Baker is useless, she's lost the reading folders again Edited away by the "
            "parent at Thu 19 Nov 2026, 11:35; it no longer breaches the code.") in report
    assert "1 message the parent edited away is left out of this letter." in letter
    assert "kicking" in letter and "reading folders" not in letter
