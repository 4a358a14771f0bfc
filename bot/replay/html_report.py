"""The replay report as one self-contained HTML page a headteacher can open offline.

Inline CSS and SVG only: no scripts, no fonts, no images, no links out. Every value from the
export is escaped. Flagged messages are written one at a time from the report's store.
"""

from collections.abc import Iterable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TextIO

from bot.replay.html_flagged import flagged_article, when
from bot.replay.report_model import ReplayReport
from bot.replay.svg_charts import clause_bars, timeline
from rules.config_errors import ConfigError

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;
 background:#f7f8fa;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;
 border-bottom:1px solid #d9dee4;padding-bottom:.2rem}
.meta,.dim{color:#52606d}.meta{margin:.2rem 0}
.consent{background:#fff8e6;border:1px solid #f0d58c;padding:.6rem 1rem;border-radius:6px}
dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.6rem}
dl.figures div{background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:.5rem .7rem}
dl.figures dt{font-size:.8rem;color:#52606d}dl.figures dd{margin:0;font-size:1.4rem;
 font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d9dee4;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
.chart{max-width:100%;height:auto;background:#fff;border:1px solid #d9dee4;border-radius:6px}
article.flag{background:#fff;border:1px solid #d9dee4;border-left:6px solid #c9a227;
 border-radius:6px;padding:.6rem 1rem;margin:1rem 0;page-break-inside:avoid}
article.sev-medium{border-left-color:#d9822b}article.sev-high{border-left-color:#b4443c}
article header{display:flex;gap:.8rem;flex-wrap:wrap;font-size:.9rem}
.who{font-weight:600}.badge{margin-left:auto;text-transform:uppercase;font-size:.75rem;
 letter-spacing:.05em}
blockquote.text{white-space:pre-wrap;margin:.5rem 0;padding:.4rem .8rem;background:#f3f4f6;
 border-radius:4px}
mark{background:#fde2a7}ol.context{color:#52606d;font-size:.9rem;margin:.3rem 0;
 list-style:none;padding-left:.8rem;border-left:2px solid #e4e7eb}
.reminder,.ladder,.note{margin:.3rem 0}.note{font-style:italic;color:#52606d}
@media print{body{background:#fff}details{display:block}}
"""


def _figures(report: ReplayReport) -> str:
    members = [m for m in report.members.values() if not m.staff]
    rows = [("Messages", report.messages), ("Flagged", report.flagged_count),
            ("Members", len(members)), ("Repeated breaches", len(report.repeat_members())),
            ("Cases the ladder opens", report.cases_opened()),
            ("Safeguarding alerts", report.alerts()),
            ("System lines", report.system_lines), ("Deleted messages", report.deleted),
            ("Malformed lines", report.malformed_count)]
    items = "".join(f'<div><dt>{escape(k)}</dt><dd data-figure="{escape(k)}">{v}</dd></div>'
                    for k, v in rows)
    return f'<dl class="figures">{items}</dl>'


def _table(head: Iterable[str], rows: Iterable[Iterable[object]], numeric: set[int]) -> str:
    cells = "".join(f'<th{" class=n" if i in numeric else ""}>{escape(h)}</th>'
                    for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>'
                                    f"{escape(str(c))}</td>" for i, c in enumerate(row))
                   + "</tr>" for row in rows)
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def _clauses(report: ReplayReport) -> str:
    rows = report.clause_rows()
    if not rows:
        return "<p>No clause of the code was breached.</p>"
    chart = clause_bars([(info.title, n) for info, n in rows])
    table = _table(("Clause", "Title", "Section", "Severity", "Messages"),
                   ((i.clause_id, i.title, i.section, i.severity, n) for i, n in rows), {4})
    return chart + table


def _members(report: ReplayReport) -> str:
    repeat = report.repeat_members()
    if not repeat:
        return "<p>No member breached the code more than once.</p>"
    rows = ((m.name, m.flagged, m.messages,
             ", ".join(f"{report.clauses[c].title} ({n})" for c, n in m.clauses.most_common()),
             when(m.case_opened) if m.case_opened else "no", m.added_to_case, m.alerts,
             f"{when(m.first_flagged)} to {when(m.last_flagged)}" if m.first_flagged else "")
            for m in repeat)
    return _table(("Member", "Flagged", "Messages", "Clauses", "Case opened",
                   "Breaches added to the case", "Safeguarding alerts", "Period"), rows,
                  {1, 2, 5, 6})


def _escalations(report: ReplayReport) -> str:
    if not report.steps:
        return "<p>The ladder would not have escalated anything.</p>"
    rows = ((when(s.at), s.sender, s.what, s.reason) for s in report.steps)
    note = ("<p>Cases opened and private alerts to the safeguarding lead, in order. A member's "
            "later breaches join their open case; the members table counts them.</p>")
    return note + _table(("When", "Member", "What the ladder does", "Why"), rows, set())


def _malformed(report: ReplayReport) -> str:
    if not report.malformed_count:
        return "<p>Every line of the export was read.</p>"
    items = "".join(f"<li>Line {m.line}: {escape(m.reason)}</li>" for m in report.malformed)
    more = report.malformed_count - len(report.malformed)
    extra = f"<p>and {more} more.</p>" if more else ""
    return (f"<p>{report.malformed_count} lines could not be read and were not scored; check "
            f"them in the export.</p><ul>{items}</ul>{extra}")


def _head(report: ReplayReport, out: TextIO) -> None:
    period = (f"{report.first_at:%d %b %Y} to {report.last_at:%d %b %Y}"
              if report.first_at and report.last_at else "no messages")
    context = (f", each with up to {report.context_lines} messages before and after it"
               if report.context_lines else "")
    others = report.messages - report.flagged_count
    order = (f" Dates were read {escape(report.date_order)} "
             f"({escape(report.date_order_reason or '')})." if report.date_order else "")
    out.write(
        f'<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Code of conduct review: {escape(report.school)}</title>"
        f"<style>{_CSS}</style></head><body><main>"
        f"<h1>Code of conduct review: {escape(report.school)}</h1>"
        f'<p class="meta">Source file: <code>{escape(report.source)}</code> '
        f"({escape(report.format)} export), {escape(period)}.{order}</p>"
        f'<p class="meta">Rulebook {escape(report.rulebook)}; toxicity scorer '
        f"{escape(report.scorer)}; generated {datetime.now().astimezone():%d %b %Y %H:%M}.</p>"
        f'<section class="consent"><h2>Consent and privacy</h2>'
        f"<p>{escape(report.consent)}</p><p>This report reproduces only the "
        f"{report.flagged_count} messages that may breach the code{context}; the other "
        f"{others} messages of the chat are not included. Each finding is a suggestion for "
        f"a person to check, not a decision. Keep this report as confidential as the chat "
        f"itself.</p></section>")


def write_html(report: ReplayReport, path: Path) -> None:
    """Write the report page to `path`."""
    try:
        with path.open("w", encoding="utf-8") as out:
            _head(report, out)
            out.write(f"<section><h2>Summary</h2>{_figures(report)}</section>")
            out.write(f"<section><h2>Clauses breached</h2>{_clauses(report)}</section>")
            out.write(f"<section><h2>Timeline</h2>{timeline(report.timeline)}</section>")
            out.write(f"<section><h2>Members with repeated breaches</h2>{_members(report)}"
                      f"</section>")
            out.write(f"<section><h2>Escalations the school's ladder would have made</h2>"
                      f"{_escalations(report)}</section>")
            out.write(f'<section><h2>Flagged messages ({report.flagged_count})</h2>')
            for item in report.flagged:
                out.write(flagged_article(item))
            out.write(f"</section><section><h2>Lines that could not be read</h2>"
                      f"{_malformed(report)}</section>"
                      f'<footer class="meta"><p>Made by Kindly from the school\'s rulebook. '
                      f"Staff messages are exempt from the parents' code.</p></footer>"
                      f"</main></body></html>\n")
    except OSError as e:
        raise ConfigError(str(path), f"cannot write the HTML report: {e.strerror}") from e
