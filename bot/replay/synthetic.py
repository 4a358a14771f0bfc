"""A synthetic but realistic WhatsApp class-group export, for tests and the benchmark.

Android's UK format (`15/01/2024, 09:30 - Name: text`): mostly ordinary chatter with a few
breaches of the code mixed in, multi-line messages, media placeholders, deleted messages and
system lines, at school-day rhythms over many months. Deterministic for a given seed, and
it counts what it wrote so tests can check the importer found exactly that.
"""

import random
import string
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bot.replay import synthetic_phrases as P

# Share of each kind of entry (the rest is ordinary chatter).
SHARES = {"short": 0.16, "question": 0.22, "answer": 0.2, "social": 0.09, "to_staff": 0.02,
          "list": 0.05, "media": 0.06, "deleted": 0.01, "breach": 0.06, "system": 0.03,
          "staff": 0.02}
# Some members appear by phone number, as they do when not in the exporter's contacts.
PHONE_SENDERS = 6


@dataclass
class Written:
    """What the generator wrote: the truth the importer must recover."""

    lines: int = 0
    messages: int = 0
    system_lines: int = 0
    deleted: int = 0
    media: int = 0
    multi_line: int = 0
    kinds: Counter[str] = field(default_factory=Counter)


class _Chat:
    """Draws senders, texts and times."""

    def __init__(self, seed: int, staff: list[str], pupils: list[str]):
        self.rnd = random.Random(seed)  # noqa: S311 - test data, not security
        r = self.rnd
        parents = [f"{p} ({r.choice(P.CHILDREN)}'s {r.choice(('mum', 'dad'))})"
                   for p in P.PARENT_FIRST]
        parents += [f"+44 7700 900{r.randrange(100, 999)}" for _ in range(PHONE_SENDERS)]
        self.parents = parents
        self.staff = staff or ["Mrs Eleanor Rose"]
        self.pupils = pupils or ["Sam T"]
        self.at = datetime(2023, 9, 4, 7, 50)  # noqa: DTZ001 - exports hold wall-clock times

    def fill(self, template: str, ending: bool = True) -> str:
        """The template with its slots filled and, if `ending`, a casual ending."""
        r = self.rnd
        slots = {"child": r.choice(P.CHILDREN), "child2": r.choice(P.CHILDREN),
                 "parent": r.choice(P.PARENT_FIRST), "parent2": r.choice(P.PARENT_FIRST),
                 "day": r.choice(P.DAYS), "item": r.choice(P.ITEMS),
                 "activity": r.choice(P.ACTIVITIES), "event": r.choice(P.EVENTS),
                 "time": r.choice(P.TIMES), "place": r.choice(P.PLACES),
                 "teacher": r.choice(self.staff), "pupil": r.choice(self.pupils),
                 "n": str(r.randrange(2, 60)), "n3": str(r.randrange(100, 999)),
                 "month": r.choice(P.MONTHS), "street": r.choice(P.STREETS),
                 "initial": r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)}
        text = template.format(**slots)
        if not ending:
            return text
        return text + r.choice(("", "", "", " x", " 😊", "!", " thanks", " 🙂"))

    def tick(self) -> datetime:
        """The next message time: minutes apart by day, quiet at night and in summer."""
        self.at += timedelta(seconds=self.rnd.expovariate(1 / 300))
        if self.at.hour >= 22 or self.at.hour < 7:
            self.at = (self.at + timedelta(hours=10)).replace(hour=7, minute=self.rnd.randrange(
                0, 59))
        if self.at.month == 8:
            self.at = self.at.replace(month=9, day=1)
        return self.at


def _entry(chat: _Chat, kind: str) -> tuple[str | None, str]:
    """(sender or None for a system line, text) for one entry of `kind`."""
    r = chat.rnd
    bank = {"short": P.SHORT, "question": P.QUESTIONS, "answer": P.ANSWERS,
            "social": P.SOCIAL, "to_staff": P.TO_STAFF, "list": P.LISTS}
    if kind in bank:
        return r.choice(chat.parents), chat.fill(r.choice(bank[kind]))
    if kind == "media":
        return r.choice(chat.parents), "<Media omitted>"
    if kind == "deleted":
        return r.choice(chat.parents), "This message was deleted"
    if kind == "breach":
        return r.choice(chat.parents[:12]), chat.fill(r.choice(P.BREACHES)[1])
    if kind == "system":
        return None, chat.fill(r.choice(P.SYSTEM), ending=False)
    return chat.staff[0], chat.fill("Reminder: {event} is on {day} at {time}, thank you all")


CLEAN_KINDS = ("short", "question", "answer", "social", "list")


def clean_chatter(n: int, seed: int, staff: list[str], pupils: list[str]) -> Iterator[str]:
    """`n` ordinary messages from the clean phrase banks (no breach templates)."""
    chat = _Chat(seed, staff, pupils)
    for _ in range(n):
        yield _entry(chat, chat.rnd.choice(CLEAN_KINDS))[1]


def write_export(path: Path, messages: int, seed: int = 7, staff: list[str] | None = None,
                 pupils: list[str] | None = None) -> Written:
    """Write an export holding `messages` members' messages, plus system lines and deletions.

    Args:
        path: Where to write the .txt.
        messages: Members' messages to write (what the importer must count as messages).
        seed: Seed for the random choices.
        staff: Staff names to mention and to post as (the school file's).
        pupils: Pupil names for the breaches about children.
    """
    chat = _Chat(seed, staff or [], pupils or [])
    kinds, weights = list(SHARES), list(SHARES.values())
    written = Written()
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{chat.tick():%d/%m/%Y, %H:%M} - Messages and calls are end-to-end "
                  "encrypted. No one outside of this chat, not even WhatsApp, can read or "
                  "listen to them. Tap to learn more.\n")
        written.lines, written.system_lines = 1, 1
        while written.messages < messages:
            kind = chat.rnd.choices(kinds, weights)[0]
            sender, text = _entry(chat, kind)
            head = f"{chat.tick():%d/%m/%Y, %H:%M} - "
            out.write(f"{head}{text}\n" if sender is None else f"{head}{sender}: {text}\n")
            written.lines += text.count("\n") + 1
            written.kinds[kind] += 1
            if sender is None:
                written.system_lines += 1
            elif kind == "deleted":
                written.deleted += 1
            else:
                written.messages += 1
                written.media += kind == "media"
                written.multi_line += "\n" in text
    return written
