"""`kindly demo`: a day in a class group, played through the real bot and a local Bot API.

Starts the Bot API emulator and the real bot (SQLite in a temporary folder, the offline
scorer, no token, no network), registers a fictional school, links a Year 2 parents' group,
plays the scripted day in `demo_data/day.jsonl` and prints the chat as parents saw it, then
what reached the headteacher and the safeguarding lead.
"""

import asyncio
import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.markup import escape

from rules.message import Message
from rules.school import SchoolConfig, load_school
from rules.scorer import ToxicityScorer

if TYPE_CHECKING:
    from bot.sandbox import Sandbox


def demo_data(name: str) -> str:
    """Text of a file shipped in bot/demo_data."""
    return (resources.files("bot") / "demo_data" / name).read_text(encoding="utf-8")


def demo_school() -> SchoolConfig:
    """The fictional school the demo and benchmark use."""
    return load_school(demo_data("school.yaml"), "bot/demo_data/school.yaml")


@dataclass(frozen=True)
class Step:
    """One line of the scripted day."""

    at: datetime
    raw: dict


def read_day() -> list[Step]:
    """The scripted day, in order."""
    return [Step(datetime.fromisoformat(obj["at"]), obj)
            for obj in map(json.loads, filter(str.strip, demo_data("day.jsonl").splitlines()))]


def read_conversation() -> list[Message]:
    """The day's messages as the engine sees them (for `kindly bench`)."""
    return [Message(text=s.raw["text"], id=str(i), sent_at=s.at, sender=s.raw.get("from"))
            for i, s in enumerate(read_day()) if "text" in s.raw and "from" in s.raw]


PARENTS = {"Gemma": "Shaw", "Priya": "Mehta", "Dan": "Walsh", "Lou": "Carter", "Sam": "Reid",
           "Jo": "Evans", "Alex": "Green"}
STAFF = {"head": ("Sarah", "Okafor"), "dsl": ("Tom", "Fairweather")}


def run_demo(scorer: str | None = None, console: Console | None = None) -> int:
    """Play the day through the bot and print what each person saw."""
    from bot.scorers import ScorerSettings, build_scorer

    console = console or Console()
    settings = ScorerSettings.from_env().with_backend(scorer or "offline")
    toxicity, status = build_scorer(settings)
    with tempfile.TemporaryDirectory(prefix="kindly-demo-") as folder:
        asyncio.run(_play(Path(folder), toxicity, status, console))
    return 0


async def _play(folder: Path, scorer: ToxicityScorer, status: str, console: Console) -> None:
    from bot.sandbox import Sandbox

    school_yaml = demo_data("school.yaml")
    config = demo_school()
    async with Sandbox(folder, scorer=scorer, group_cooldown_seconds=60,
                       member_cooldown_seconds=300) as box:
        people = {key: box.emu.create_user(first, last_name=last)
                  for key, (first, last) in STAFF.items()}
        people |= {first: box.emu.create_user(first, last_name=last)
                   for first, last in PARENTS.items()}
        school_id = box.register_school(school_yaml, "hollybrook")
        await box.reviewer(school_id, people["head"], "headteacher")
        await box.reviewer(school_id, people["dsl"], "safeguarding_lead")
        members = [people[p] for p in PARENTS if p not in ("Gemma", "Alex")]
        group = await box.linked_group(school_id, "Hollybrook Year 2 Parents", people["Gemma"],
                                       members)
        sent: dict[str, object] = {}
        for step in read_day():
            box.at(step.at)
            _act(box, group, people, sent, step)
            await box.settle()
        console.rule(f"[bold]{config.school}: Year 2 parents' group[/] (scorer: {status})")
        print_chat(console, box, group, people, ZoneInfo(config.timezone))
        for key, title in (("head", "Headteacher's private chat with Kindly"),
                           ("dsl", "Safeguarding lead's private chat with Kindly")):
            console.rule(f"[bold]{title}[/]")
            for m in box.emu.private_messages(people[key]):
                console.print(f"[cyan]Kindly[/]: {escape(m.text or m.caption or '')}")
                if m.reply_markup:
                    buttons = [b["text"] for row in m.reply_markup.get("inline_keyboard", [])
                               for b in row]
                    console.print(f"  [dim]buttons: {escape(' | '.join(buttons))}[/]")
        console.rule("[bold]Headteacher's review queue (from the database)[/]")
        print_queue(console, box, school_id)


def _act(box: "Sandbox", group: object, people: dict, sent: dict, step: Step) -> None:
    """Carry out one scripted step in the emulated chat."""
    raw, emu = step.raw, box.emu
    who = people.get(raw.get("from") or raw.get("join") or raw.get("press_ack")
                     or raw.get("private", ""))
    reply_to = sent.get(raw.get("reply_to", ""))
    if "private" in raw:
        emu.send_private(who, raw["text"])
    elif "join" in raw:
        emu.add_member(group, who)
    elif "press_ack" in raw:
        welcome = [m for m in emu.bot_messages(group) if m.reply_markup]
        emu.press_button(welcome[-1], who, "ack")
    elif "command" in raw:
        emu.send_command(group, who, raw["command"], reply_to=reply_to)
    elif "edit" in raw:
        emu.edit_message(sent[raw["edit"]], raw["text"], date=step.at)
    elif raw.get("photo"):
        sent[raw.get("key", str(step.at))] = emu.send_photo(group, who, caption=raw.get("text"),
                                                            date=step.at)
    else:
        sent[raw.get("key", str(step.at))] = emu.send_message(group, who, raw["text"],
                                                              reply_to=reply_to, date=step.at)


def print_chat(console: Console, box: "Sandbox", group: object, people: dict,
               tz: ZoneInfo) -> None:
    """The group as a parent saw it: removed messages greyed out, Kindly's replies in green."""
    names = {u.id: f"{u.first_name} {u.last_name}" for u in people.values()}
    names[box.emu.bot.id] = "Kindly"
    for m in box.emu.chat_log(group):
        if m.is_service:
            continue
        who = names.get(m.from_id, "someone")
        when = datetime.fromtimestamp(m.date, tz).strftime("%a %H:%M")
        text = escape(m.text or m.caption or "")
        if m.deleted and text.startswith("/"):
            continue  # a /report command the bot took down: nobody saw who reported
        if m.deleted:
            console.print(f"[dim]{when} {who}: (message removed by Kindly)[/]")
        elif who == "Kindly":
            console.print(f"[dim]{when}[/] [green]Kindly[/]: {text}")
        else:
            photo = "\\[photo] " if m.photo else ""
            edited = " [dim](edited)[/]" if m.edit_date else ""
            console.print(f"[dim]{when}[/] [bold]{who}[/]: {photo}{text}{edited}")


def print_queue(console: Console, box: "Sandbox", school_id: int) -> None:
    """Open cases, as the headteacher's queue lists them."""
    from models import store

    with box.db.session() as s:
        cases = store.open_cases(s, school_id)
        for case in cases:
            member = store.member_by_id(s, school_id, case.member_id)
            incidents = store.case_incidents(s, school_id, case.id)
            clauses = sorted({c for i in incidents for c in i.clause_ids})
            console.print(f"- case {case.id}: {member.display_name}, {case.severity} severity, "
                          f"{len(incidents)} incident(s): {', '.join(clauses)}")
        if not cases:
            console.print("(no open cases)")
