"""Who may review what: a Telegram user's schools and roles, read afresh for every request.

Nothing about access is cached: a reviewer removed from the database loses access at once,
and every button press is checked against the school named in its (signed) data.
"""

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session
from telegram.ext import Application, ContextTypes

from bot.review.callbacks import button_key
from models import store
from models.reviewer import REVIEWER_ROLES

STATE_KEY = "kindly.review"
PENDING_LIFETIME_SECONDS = 3600


@dataclass(frozen=True)
class ReviewerRef:
    """One reviewer at one school (the most senior of their roles there)."""

    reviewer_id: int
    telegram_user_id: int
    school_id: int
    school_key: str
    school_name: str
    role: str
    name: str
    roles: tuple[str, ...] = ()

    @property
    def sees_safeguarding(self) -> bool:
        """A safeguarding lead or the headteacher: may see and act on safeguarding concerns."""
        return bool(set(self.roles or (self.role,)) & set(store.SAFEGUARDING_ROLES))


# What a pending answer is for: a case note, a case outcome, a note on a safeguarding concern.
CASE_NOTE, CASE_OUTCOME, CONCERN_NOTE = "note", "outcome", "concern_note"


@dataclass(frozen=True)
class Pending:
    """A reviewer's answer the bot is waiting for: a note, or an outcome in their words."""

    kind: str  # CASE_NOTE, CASE_OUTCOME or CONCERN_NOTE
    school_id: int
    target_id: int  # the case, or the safeguarding alert
    asked_at: datetime


@dataclass
class ReviewState:
    """The review part of a running bot: its button key and the answers it waits for."""

    key: bytes
    pending: dict[int, Pending] = field(default_factory=dict)

    def take_pending(self, user_id: int, now: datetime) -> Pending | None:
        """The user's pending question (and forget it), unless it is over an hour old."""
        pending = self.pending.pop(user_id, None)
        if pending is None or (now - pending.asked_at).total_seconds() > PENDING_LIFETIME_SECONDS:
            return None
        return pending


def install_state(app: Application) -> ReviewState:
    """Create the review state for this Application (its key derives from the bot token)."""
    state = ReviewState(button_key(app.bot.token))
    app.bot_data[STATE_KEY] = state
    return state


def review_state(context: ContextTypes.DEFAULT_TYPE) -> ReviewState:
    """The running bot's review state, from a handler's context."""
    return context.application.bot_data[STATE_KEY]


def _ref(school: object, reviewer: object, roles: tuple[str, ...]) -> ReviewerRef:
    return ReviewerRef(reviewer.id, reviewer.telegram_user_id, school.id, school.key,
                       school.name, reviewer.role, reviewer.display_name or reviewer.role,
                       roles)


def schools_of(s: Session, telegram_user_id: int) -> list[ReviewerRef]:
    """Every school this user reviews, once each, with their most senior role there."""
    rows: dict[int, list[tuple[object, object]]] = {}
    for school, reviewer in store.reviewer_schools(s, telegram_user_id):
        rows.setdefault(school.id, []).append((school, reviewer))
    refs = []
    for pairs in rows.values():
        pairs.sort(key=lambda pair: REVIEWER_ROLES.index(pair[1].role))
        school, senior = pairs[0]
        refs.append(_ref(school, senior, tuple(r.role for _, r in pairs)))
    return sorted(refs, key=lambda r: r.school_key)


def reviewer_of(s: Session, telegram_user_id: int, school_id: int) -> ReviewerRef | None:
    """The user's reviewer record at this school, or None: they may not see its data."""
    rows = store.reviewer_rows(s, school_id, telegram_user_id)
    if not rows:
        return None
    school = store.school_by_id(s, school_id)
    roles = tuple(dict.fromkeys(r.role for r in rows))
    return _ref(school, rows[0], roles) if school is not None else None


def deny(s: Session, telegram_user_id: int, what: str, school_id: int | None,
         now: datetime) -> None:
    """Audit a refused request (a crafted button, another school's case)."""
    store.audit(s, school_id if school_id and store.school_by_id(s, school_id) else None,
                f"telegram:{telegram_user_id}", "review.denied", what, {}, now)
