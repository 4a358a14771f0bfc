"""Human-readable and JSON renderings of verdicts and evaluation results."""

from rich.console import Console
from rich.table import Table

from bot.evaluation import EvalResult
from rules.findings import Finding
from rules.labels import CONTENT_LABELS
from rules.rulebook import Rulebook
from rules.verdict import Verdict


def finding_json(f: Finding, text: str) -> dict[str, object]:
    """A finding as JSON, with the evidence span's text (for the person who typed it)."""
    evidence = text[f.start:f.end] if f.start is not None and f.end is not None else None
    return {"label": f.label, "detector": f.detector, "score": round(f.score, 3),
            "threshold": f.threshold, "span": [f.start, f.end] if f.start is not None else None,
            "evidence": evidence, "reason": f.reason, "target": f.target}


def verdict_json(v: Verdict, text: str) -> dict[str, object]:
    """A verdict as one JSON object."""
    return {
        "labels": list(v.labels),
        "severity": v.severity,
        "breaches": [{"clause": b.clause_id, "title": b.title, "section": b.section,
                      "severity": b.severity, "kind": b.kind,
                      "labels": sorted({f.label for f in b.findings})} for b in v.breaches],
        "reminder": v.reminder,
        "actions": sorted(v.actions),
        "findings": [finding_json(f, text) for f in v.findings],
        "exempt": v.exempt,
    }


def print_verdict(v: Verdict, text: str, rulebook: Rulebook,
                  console: Console | None = None) -> None:
    """Explain a verdict: each finding, each clause breached, and the reminder."""
    console = console or Console()
    if v.exempt:
        console.print(f"[bold]Not checked[/]: {v.exempt}")
        return
    if v.clean:
        console.print("[green]Clean[/]: no clause of the code of conduct is breached.")
        return
    table = Table(title="Findings", show_lines=False)
    for col in ("label", "detector", "score", "limit", "evidence", "why"):
        table.add_column(col)
    for f in v.findings:
        evidence = text[f.start:f.end] if f.start is not None else "(whole message)"
        table.add_row(f.label, f.detector, f"{f.score:.2f}", f"{f.threshold:.2f}",
                      evidence, f.reason)
    console.print(table)
    for b in v.breaches:
        console.print(f"[bold]{b.severity.upper()}[/] {b.clause_id}: {b.title} "
                      f"[dim]({rulebook.school}, {b.section})[/]")
    console.print(f"Actions: {', '.join(sorted(v.actions)) or 'none'}")
    if v.reminder:
        console.print(f"[italic]Reminder:[/] {v.reminder}")


def print_eval(result: EvalResult, show_errors: bool = False,
               console: Console | None = None) -> None:
    """The evaluation figures as a table, and optionally the misclassified messages."""
    console = console or Console()
    data = result.as_dict()
    table = Table(title=f"{result.n} messages, scorer: {result.scorer}")
    for col in ("label", "precision", "recall", "F1", "tp", "fp", "fn", "support"):
        table.add_column(col, justify="right" if col != "label" else "left")
    labels = data["labels"]
    assert isinstance(labels, dict)
    for label in CONTENT_LABELS:
        m = labels[label]
        table.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      str(m["tp"]), str(m["fp"]), str(m["fn"]), str(m["support"]))
    console.print(table)
    anyb = data["any_breach"]
    assert isinstance(anyb, dict)
    console.print(f"any breach: precision {anyb['precision']:.3f}, recall {anyb['recall']:.3f}, "
                  f"F1 {anyb['f1']:.3f}")
    console.print(f"clean false-positive rate: {data['clean_false_positive_rate']:.3f}")
    console.print(f"throughput: {data['messages_per_second']} messages/s")
    if show_errors:
        err = Table(title=f"Misclassified ({len(result.errors)})", show_lines=True)
        for col in ("id", "line", "expected", "predicted", "text"):
            err.add_column(col)
        for item, pred in result.errors:
            err.add_row(item.message.id, str(item.line), ", ".join(sorted(item.labels)) or "-",
                        ", ".join(sorted(pred)) or "-", item.message.text)
        console.print(err)
