"""Helpers for the review tests: two schools in one sandbox, cards, buttons and presses."""

import contextlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from bot.cli import main as kindly
from bot.emulator import MessageRecord, User
from bot.sandbox import Sandbox
from models import Case

THURSDAY_MORNING = datetime(2026, 11, 19, 10, 0, tzinfo=UTC)  # 10:00 in London (GMT)
CRITICISM = "Miss Baker is useless, she's lost the reading folders again"
THREAT = "Someone should give that Baker woman a good kicking"
THREAT_TITLE = "No threats of any kind"
# A disclosure: the safeguarding clause, a private alert to the DSL and nothing in the group.
CONCERN = ("My daughter says a boy in her class told her his dad hits him with a belt. He had "
           "bruises on his arms at swimming.")
STAFF_TITLE = "Take concerns about a member of staff to the school"

SCHOOL_YAML = """\
school: {name}
timezone: Europe/London
working_hours: "08:00-17:00"
rulebook: pimperne-primary
staff:
  - name: "Mrs Eleanor Rose"
    role: "Headteacher"
  - name: "Miss Leah Baker"
    role: "Year 2 class teacher"
    aliases: ["Miss B"]
term_dates:
  - {{name: "Autumn 2026", start: 2026-09-03, end: 2026-12-18}}
"""


def school_yaml(name: str) -> str:
    """A school file for a school called `name` (Pimperne's rulebook; autumn term 2026)."""
    return SCHOOL_YAML.format(name=name)


@dataclass
class School:
    """A registered school with a linked class group, a headteacher and two parents."""

    id: int
    chat: object
    head: User
    rep: User
    parent: User
    other: User


async def add_school(box: Sandbox, name: str, key: str, group_title: str) -> School:
    """Register a school, link a class group, and register its headteacher."""
    emu = box.emu
    rep, parent, other = (emu.create_user("Gemma", "Shaw"), emu.create_user("Lou", "Carter"),
                          emu.create_user("Priya", "Mehta"))
    head = emu.create_user("Eleanor", "Rose")
    school_id = box.register_school(school_yaml(name), key)
    chat = await box.linked_group(school_id, group_title, rep, [parent, other])
    await box.reviewer(school_id, head, "headteacher")
    return School(school_id, chat, head, rep, parent, other)


async def say(box: Sandbox, school: School, text: str, who: User | None = None) -> MessageRecord:
    """A parent writes in the school's group; returns once the bot has handled it."""
    record = box.emu.send_message(school.chat, who or school.parent, text)
    await box.settle()
    return record


async def threat_then_edited_criticism(box: Sandbox, school: School) -> None:
    """A threat at 10:00, a criticism at 11:20 that the parent edits into thanks at 11:35,
    then the headteacher opens the queue."""
    await say(box, school, THREAT)
    box.at(box.now.replace(hour=11, minute=20))
    criticism = await say(box, school, CRITICISM)
    box.at(box.now.replace(hour=11, minute=35))
    box.emu.edit_message(criticism, "Thank you Miss Baker for finding the reading folders")
    await box.settle()
    await private(box, school.head, "/queue")


async def private(box: Sandbox, user: User, text: str) -> None:
    """`user` writes to the bot privately."""
    box.emu.send_private(user, text)
    await box.settle()


def texts_to(box: Sandbox, user: User) -> list[str]:
    """The texts the bot sent `user` privately, oldest first."""
    return [m.text or m.caption or "" for m in box.emu.private_messages(user)]


def cards(box: Sandbox, user: User, prefix: str = "Case ") -> list[MessageRecord]:
    """The bot's private messages to `user` that start with `prefix` and carry buttons."""
    return [m for m in box.emu.private_messages(user)
            if (m.text or "").startswith(prefix) and m.reply_markup]


def labels(record: MessageRecord) -> list[str]:
    """The labels of a message's inline buttons, row by row."""
    rows = (record.reply_markup or {}).get("inline_keyboard", [])
    return [button["text"] for row in rows for button in row]


def data_of(record: MessageRecord, label: str) -> str:
    """The callback data of the button whose label starts with `label`."""
    for row in (record.reply_markup or {}).get("inline_keyboard", []):
        for button in row:
            if button["text"].startswith(label):
                return button["callback_data"]
    raise AssertionError(f"no button {label!r} among {labels(record)}")


async def press(box: Sandbox, record: MessageRecord, user: User, label: str) -> str:
    """`user` presses the button labelled `label`; returns the callback query id."""
    query_id = box.emu.press_button(record, user, data_of(record, label))
    await box.settle()
    return query_id


async def press_data(box: Sandbox, record: MessageRecord, user: User, data: str) -> str:
    """`user`'s client sends `data` as if from a button on `record` (a crafted callback)."""
    backend = box.emu._backend  # noqa: SLF001 - press_button only sends data that is shown
    with backend.lock:
        record.reply_markup = {"inline_keyboard": [[{"text": "crafted",
                                                     "callback_data": data}]]}
    query_id = box.emu.press_button(record, user, data)
    await box.settle()
    return query_id


def answer(box: Sandbox, query_id: str) -> tuple[str | None, bool]:
    """The (text, show_alert) the bot answered a callback query with."""
    found = [(text, alert) for qid, text, alert in box.emu.answered_callbacks if qid == query_id]
    assert found, f"callback query {query_id} was not answered"
    return found[0]


def case_rows(box: Sandbox) -> list[Case]:
    """Every case in the database."""
    with box.db.session() as s:
        return list(s.scalars(select(Case).order_by(Case.id)))


async def restart_bot(box: Sandbox, at: datetime | None = None) -> None:
    """Stop the bot (the emulator keeps running), move the clock, and start it again."""
    await box.restart_bot(at)


def run_kindly(box: Sandbox, *argv: str) -> tuple[int, str, str]:
    """Run the operator's `kindly` command line against the running bot's database."""
    url = box.db.url.render_as_string(hide_password=False)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = kindly([*argv, "--database", url])
    return code, out.getvalue(), err.getvalue()
