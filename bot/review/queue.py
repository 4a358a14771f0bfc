"""`/queue`: a school's safeguarding concerns (for the safeguarding lead and the headteacher
only), its open cases (most severe, then oldest, first) and its parents' reports.

Safeguarding concerns come first and only for those two roles: a concern never opens a case,
and nobody else may read it. Reports are a separate section after the cases: a report is one
parent's view of one message, not a breach the bot found, so it does not open a case or move
the ladder. The reviewer marks it reviewed (no action needed, or dealt with) or posts a
notice in its group. Each card shown is audited as a view.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls
from bot.review import texts
from bot.review.access import deny, review_state, reviewer_of
from bot.review.cards import case_card, report_card, safeguarding_card
from bot.review.evidence import (
    CaseView,
    ReportView,
    SafeguardingView,
    case_view,
    open_queue,
    open_safeguarding,
    report_view,
    safeguarding_view,
)
from bot.review.keyboards import PICK_QUEUE, Keys
from bot.review.which_school import school_for
from bot.services import services
from models import store

PAGE_SIZE = 5


@dataclass(frozen=True)
class QueuePage:
    """One page of a school's queue."""

    school_name: str
    cases: int
    reports: int
    items: list[CaseView | ReportView | SafeguardingView]
    remaining: int
    concerns: int | None = None  # None: this reviewer may not see safeguarding concerns


async def show_queue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/queue: the reviewer's queue (asks which school first if they review several)."""
    school_id = await school_for(update, context, PICK_QUEUE)
    if school_id is not None:
        await send_queue(context, update.effective_user.id, school_id, 0)


def _read_page(s: Session, user_id: int, school_id: int, offset: int,
               now: datetime) -> QueuePage | None:
    ref = reviewer_of(s, user_id, school_id)
    if ref is None:
        deny(s, user_id, f"queue:{school_id}", school_id, now)
        return None
    case_ids, report_ids = open_queue(s, school_id)
    alert_ids = open_safeguarding(s, school_id) if ref.sees_safeguarding else []
    everything = ([("alert", i) for i in alert_ids] + [("case", i) for i in case_ids]
                  + [("report", i) for i in report_ids])
    items: list[CaseView | ReportView | SafeguardingView] = []
    actor = f"reviewer:{ref.reviewer_id}"
    for kind, item_id in everything[offset:offset + PAGE_SIZE]:
        read, action = _READERS[kind]
        view = read(s, school_id, item_id)
        if view is not None:
            items.append(view)
            store.audit(s, school_id, actor, action, f"{kind}:{item_id}", {}, now)
    store.audit(s, school_id, actor, "queue.view", f"school:{school_id}",
                {"offset": offset, "shown": len(items)}, now)
    remaining = max(len(everything) - offset - PAGE_SIZE, 0)
    return QueuePage(ref.school_name, len(case_ids), len(report_ids), items, remaining,
                     len(alert_ids) if ref.sees_safeguarding else None)


# How each kind of queue item is read, and the audit action for viewing it.
_READERS = {"alert": (safeguarding_view, "safeguarding.view"),
            "case": (case_view, "case.view"), "report": (report_view, "report.view")}


def _header(page: QueuePage) -> str:
    counts = {"school": page.school_name, "cases": page.cases, "reports": page.reports,
              "cs": "" if page.cases == 1 else "s", "rs": "" if page.reports == 1 else "s"}
    if page.concerns:
        return texts.QUEUE_HEADER_SAFEGUARDING.format(
            concerns=texts.plural(page.concerns, "safeguarding concern"), **counts)
    return texts.QUEUE_HEADER.format(**counts)


async def send_queue(context: ContextTypes.DEFAULT_TYPE, user_id: int, school_id: int,
                     offset: int) -> None:
    """Send one page of the queue as cards, each with its buttons."""
    k = services(context)
    now = k.now()
    page = await k.run_db(lambda s: _read_page(s, user_id, school_id, offset, now))
    bot = context.bot
    if page is None:
        await telegram_calls.send(bot, user_id, texts.NOT_A_REVIEWER)
        return
    if offset == 0:
        if not page.items:
            await telegram_calls.send(bot, user_id, texts.QUEUE_EMPTY.format(
                school=page.school_name))
            return
        await telegram_calls.send(bot, user_id, _header(page))
    school = await k.school_async(school_id)
    keys = Keys(review_state(context).key, user_id)
    tz = school.config.tz
    for n, item in enumerate(page.items):
        if isinstance(item, SafeguardingView):
            if offset + n == 0:
                await telegram_calls.send(bot, user_id, texts.SAFEGUARDING_SECTION)
            await telegram_calls.send(bot, user_id,
                                      safeguarding_card(item, school.rulebook, tz, now),
                                      markup=keys.safeguarding(item))
        elif isinstance(item, CaseView):
            await telegram_calls.send(bot, user_id, case_card(item, school.rulebook, tz, now),
                                      markup=keys.case(item))
        else:
            await telegram_calls.send(bot, user_id, report_card(item, tz, now),
                                      markup=keys.report(item))
    if page.remaining:
        await telegram_calls.send(bot, user_id, texts.QUEUE_MORE.format(n=page.remaining),
                                  markup=keys.more(school_id, offset + PAGE_SIZE))
