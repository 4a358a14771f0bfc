"""`kindly demo`: a sample day in a class group, scored by the real engine.

Prints the chat as parents would see it, with Kindly's gentle reminders, then what would
reach the headteacher's queue and the safeguarding lead. (Until the Telegram adapter
lands, this drives the engine directly rather than a bot in an emulated chat.)
"""

import json
from dataclasses import dataclass
from datetime import datetime
from importlib import resources

from rich.console import Console

from rules.message import Message
from rules.school import SchoolConfig, load_school
from rules.verdict import ALERT_SAFEGUARDING_LEAD, OPEN_CASE, REMIND, Verdict


@dataclass(frozen=True)
class ChatLine:
    """One line of the demo conversation."""

    at: datetime
    sender: str
    text: str
    to_staff: bool = False
    has_photo: bool = False


def demo_data(name: str) -> str:
    """Text of a file shipped in bot/demo_data."""
    return (resources.files("bot") / "demo_data" / name).read_text(encoding="utf-8")


def demo_school() -> SchoolConfig:
    """The fictional school the demo and benchmark use."""
    return load_school(demo_data("school.yaml"), "bot/demo_data/school.yaml")


def read_conversation() -> list[ChatLine]:
    """The scripted conversation."""
    lines = []
    for raw in demo_data("conversation.jsonl").splitlines():
        if raw.strip():
            obj = json.loads(raw)
            lines.append(ChatLine(at=datetime.fromisoformat(obj["at"]), sender=obj["sender"],
                                  text=obj["text"], to_staff=obj.get("to_staff", False),
                                  has_photo=obj.get("has_photo", False)))
    return lines


def run_demo(scorer: str | None = None, console: Console | None = None) -> int:
    """Score the conversation and print the chat, the queue and the safeguarding alerts."""
    from bot.loading import build_engine
    from bot.scorers import ScorerSettings, build_scorer

    console = console or Console()
    settings = ScorerSettings.from_env()
    if scorer:
        settings = settings.with_backend(scorer)
    toxicity, status = build_scorer(settings)
    engine = build_engine(demo_school(), toxicity)
    lines = read_conversation()
    messages = [Message(text=c.text, id=str(i), sent_at=c.at, sender=c.sender,
                        to_staff=c.to_staff, has_photo=c.has_photo)
                for i, c in enumerate(lines)]
    verdicts = engine.score(messages)
    console.rule(f"[bold]{engine.school.school} - Year 2 parents[/] (scorer: {status})")
    queue: list[tuple[ChatLine, Verdict]] = []
    alerts: list[tuple[ChatLine, Verdict]] = []
    for line, verdict in zip(lines, verdicts, strict=True):
        photo = " [dim]\\[photo][/]" if line.has_photo else ""
        console.print(f"[dim]{line.at:%a %H:%M}[/] [bold]{line.sender}[/]: {line.text}{photo}")
        if REMIND in verdict.actions and verdict.reminder:
            console.print(f"    [green]Kindly[/] (reply): {verdict.reminder}")
        if OPEN_CASE in verdict.actions:
            queue.append((line, verdict))
        if ALERT_SAFEGUARDING_LEAD in verdict.actions:
            alerts.append((line, verdict))
    console.rule("[bold]Headteacher's review queue[/] (cases opened at once)")
    for line, verdict in queue:
        clauses = ", ".join(b.clause_id for b in verdict.breaches)
        console.print(f"- {line.at:%d %b %H:%M} {line.sender}: {verdict.severity} - {clauses}")
    if not queue:
        console.print("(nothing)")
    console.rule("[bold]Private alerts to the safeguarding lead[/]")
    for line, verdict in alerts:
        why = "; ".join(f.reason for f in verdict.findings if f.label == "safeguarding")
        console.print(f"- {line.at:%d %b %H:%M} {line.sender}: {why}")
    if not alerts:
        console.print("(nothing)")
    return 0
