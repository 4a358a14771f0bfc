"""The replay report as JSON (one object) and the flagged messages as CSV."""

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from bot.replay.report_model import ContextLine, FlaggedMessage, ReplayReport
from bot.report import finding_json
from rules.config_errors import ConfigError

CSV_COLUMNS = ("id", "line", "sent_at", "sender", "chat", "severity", "clauses", "clause_titles",
               "labels", "why", "escalation", "reminder", "media", "text")
# Spreadsheets run cells that start with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _context(line: ContextLine) -> dict[str, Any]:
    return {"at": _iso(line.sent_at), "sender": line.sender, "text": line.text,
            "media": line.media}


def flagged_json(f: FlaggedMessage) -> dict[str, Any]:
    """One flagged message with its clauses, findings, reminder and escalation."""
    r, v = f.record, f.verdict
    return {
        "id": f.ident, "line": r.line, "at": _iso(r.sent_at), "sender": r.sender,
        "chat": r.chat, "text": r.text, "media": r.media, "edited": r.edited,
        "forwarded_from": r.forwarded_from, "severity": v.severity,
        "clauses": [{"clause": b.clause_id, "title": b.title, "section": b.section,
                     "severity": b.severity} for b in v.breaches],
        "findings": [finding_json(x, r.text) for x in v.findings],
        "reminder": v.reminder, "actions": sorted(v.actions),
        "escalation": None if f.decision is None else {
            "step": f.step.what if f.step else None, "reason": f.decision.reason,
            "weight": f.decision.weight, "threshold": f.decision.threshold},
        "context": {"before": [_context(c) for c in f.before],
                    "after": [_context(c) for c in f.after]},
    }


def report_json(report: ReplayReport) -> dict[str, Any]:
    """The report's figures as a JSON-ready object (the flagged messages are streamed)."""
    return {
        "format": report.format, "source": report.source, "school": report.school,
        "rulebook": report.rulebook, "scorer": report.scorer, "consent": report.consent,
        "messages": report.messages, "staff_messages": report.staff_messages,
        "system_lines": report.system_lines, "deleted_messages": report.deleted,
        "flagged": report.flagged_count, "malformed_lines": report.malformed_count,
        "cases_opened": report.cases_opened(), "safeguarding_alerts": report.alerts(),
        "seconds": round(report.seconds, 2), "load_seconds": round(report.load_seconds, 2),
        "first_message_at": _iso(report.first_at), "last_message_at": _iso(report.last_at),
        "date_order": report.date_order, "date_order_reason": report.date_order_reason,
        "skipped_chats": dict(report.skipped_chats),
        "clauses": [{"clause": c.clause_id, "title": c.title, "section": c.section,
                     "severity": c.severity, "messages": n} for c, n in report.clause_rows()],
        "repeat_members": [{"name": m.name, "messages": m.messages, "flagged": m.flagged,
                            "clauses": dict(m.clauses.most_common()),
                            "case_opened": _iso(m.case_opened),
                            "added_to_case": m.added_to_case, "safeguarding_alerts": m.alerts,
                            "first_flagged": _iso(m.first_flagged),
                            "last_flagged": _iso(m.last_flagged)}
                           for m in report.repeat_members()],
        "escalations": [{"id": s.ident, "at": _iso(s.at), "member": s.sender, "step": s.what,
                         "reason": s.reason} for s in report.steps],
        "timeline": [{"date": d.isoformat(), "messages": n, "flagged": k}
                     for d, (n, k) in sorted(report.timeline.items())],
        "malformed": [{"line": m.line, "reason": m.reason} for m in report.malformed],
    }


def write_json(report: ReplayReport, out: TextIO) -> None:
    """The whole report as one JSON object, flagged messages written one at a time."""
    head = json.dumps(report_json(report), ensure_ascii=False, indent=2)
    out.write(head.removesuffix("\n}"))
    out.write(',\n  "flagged_messages": [')
    for i, item in enumerate(report.flagged):
        out.write(("," if i else "") + "\n    ")
        out.write(json.dumps(flagged_json(item), ensure_ascii=False))
    out.write("\n  ]\n}\n")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(report: ReplayReport, path: Path) -> None:
    """One row per flagged message, safe to open in a spreadsheet."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow(CSV_COLUMNS)
            for item in report.flagged:
                r, v = item.record, item.verdict
                out.writerow([_cell(x) for x in (
                    item.ident, r.line, _iso(r.sent_at), r.sender, r.chat, v.severity,
                    "; ".join(b.clause_id for b in v.breaches),
                    "; ".join(b.title for b in v.breaches), "; ".join(v.labels),
                    "; ".join(x.reason for x in v.findings),
                    f"{item.step.what}: {item.step.reason}" if item.step else "",
                    v.reminder, r.media, r.text)])
    except OSError as e:
        raise ConfigError(str(path), f"cannot write the CSV report: {e.strerror}") from e
