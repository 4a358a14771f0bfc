"""`/queue`: a school's open cases (most severe, then oldest, first) and its parents' reports.

Reports are a separate section after the cases: a report is one parent's view of one
message, not a breach the bot found, so it does not open a case or move the ladder. The
reviewer marks it reviewed (no action needed, or dealt with) or posts a notice in its group.
Each card shown is audited as a view.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot import telegram_calls
from bot.review import texts
from bot.review.access import deny, review_state, reviewer_of
from bot.review.cards import case_card, report_card
from bot.review.evidence import CaseView, ReportView, case_view, open_queue, report_view
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
    items: list[CaseView | ReportView]
    remaining: int


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
    everything = [("case", i) for i in case_ids] + [("report", i) for i in report_ids]
    items: list[CaseView | ReportView] = []
    actor = f"reviewer:{ref.reviewer_id}"
    for kind, item_id in everything[offset:offset + PAGE_SIZE]:
        view = case_view(s, school_id, item_id) if kind == "case" else \
            report_view(s, school_id, item_id)
        if view is not None:
            items.append(view)
            store.audit(s, school_id, actor, f"{kind}.view", f"{kind}:{item_id}", {}, now)
    store.audit(s, school_id, actor, "queue.view", f"school:{school_id}",
                {"offset": offset, "shown": len(items)}, now)
    remaining = max(len(everything) - offset - PAGE_SIZE, 0)
    return QueuePage(ref.school_name, len(case_ids), len(report_ids), items, remaining)


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
        await telegram_calls.send(bot, user_id, texts.QUEUE_HEADER.format(
            school=page.school_name, cases=page.cases, reports=page.reports,
            cs="" if page.cases == 1 else "s", rs="" if page.reports == 1 else "s"))
    school = await k.school_async(school_id)
    keys = Keys(review_state(context).key, user_id)
    tz = school.config.tz
    for item in page.items:
        if isinstance(item, CaseView):
            await telegram_calls.send(bot, user_id, case_card(item, school.rulebook, tz, now),
                                      markup=keys.case(item))
        else:
            await telegram_calls.send(bot, user_id, report_card(item, tz, now),
                                      markup=keys.report(item))
    if page.remaining:
        await telegram_calls.send(bot, user_id, texts.QUEUE_MORE.format(n=page.remaining),
                                  markup=keys.more(school_id, offset + PAGE_SIZE))
