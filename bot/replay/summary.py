"""The replay report on the terminal: figures, clauses, members, escalations; no message text."""

from pathlib import Path

from rich.console import Console
from rich.table import Table

from bot.replay.report_model import ReplayReport

_MALFORMED_SHOWN = 10


def print_summary(report: ReplayReport, written: list[Path],
                  console: Console | None = None) -> None:
    """Print the report's figures; flagged messages are only in the HTML, CSV and JSON."""
    console = console or Console()
    period = (f"{report.first_at:%d %b %Y} to {report.last_at:%d %b %Y}"
              if report.first_at and report.last_at else "no messages")
    console.print(f"[bold]{report.school}[/]: replay of {report.source} ({report.format}, "
                  f"{period})")
    console.print(f"{report.messages} messages ({report.staff_messages} from staff), "
                  f"{report.system_lines} system lines, {report.deleted} deleted, "
                  f"[bold]{report.flagged_count} flagged[/], {report.malformed_count} "
                  f"malformed lines; {report.seconds:.1f} s")
    if report.date_order:
        console.print(f"Dates read {report.date_order}: {report.date_order_reason}")
    if report.skipped_chats:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.skipped_chats.items()))
        console.print(f"Not replayed (private conversations): {kinds}; use --chat to add one")
    if report.clause_counts:
        table = Table(title="Clauses breached")
        for col in ("clause", "title", "severity", "messages"):
            table.add_column(col, justify="right" if col == "messages" else "left")
        for info, n in report.clause_rows():
            table.add_row(info.clause_id, info.title, info.severity, str(n))
        console.print(table)
    repeat = report.repeat_members()
    if repeat:
        table = Table(title="Members with repeated breaches")
        for col in ("member", "flagged", "of messages", "case opened", "safeguarding alerts"):
            table.add_column(col, justify="left" if col == "member" else "right")
        for m in repeat:
            opened = f"{m.case_opened:%d %b %Y}" if m.case_opened else "no"
            table.add_row(m.name, str(m.flagged), str(m.messages), opened, str(m.alerts))
        console.print(table)
    console.print(f"The ladder would have opened {report.cases_opened()} cases and sent "
                  f"{report.alerts()} alerts to the safeguarding lead.")
    if report.malformed:
        shown = ", ".join(str(m.line) for m in report.malformed[:_MALFORMED_SHOWN])
        more = report.malformed_count - min(len(report.malformed), _MALFORMED_SHOWN)
        console.print(f"Malformed lines: {shown}" + (f" and {more} more" if more else ""))
    for path in written:
        console.print(f"Wrote {path}")
    if not written:
        console.print("The flagged messages are in the full report: add --html report.html")
