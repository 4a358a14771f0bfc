"""One-time codes for reviewer invites and group links: random, single-use, expiring, hashed."""

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.code import GROUP_LINK, REVIEWER_PREFIX, Code
from models.reviewer import REVIEWER_ROLES
from models.store.errors import CodeError, StoreError

PURPOSES = (GROUP_LINK, *(REVIEWER_PREFIX + role for role in REVIEWER_ROLES))
DEFAULT_TTL = timedelta(days=7)
# 16 URL-safe characters (96 random bits): valid in a Telegram /start deep link.
CODE_BYTES = 12


def hash_code(code: str) -> str:
    """The stored form of a code (codes are long random strings, so a plain hash suffices)."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def issue_code(s: Session, school_id: int, purpose: str, now: datetime,
               ttl: timedelta = DEFAULT_TTL) -> str:
    """Create a code for `purpose` at one school and return it (only its hash is stored).

    Raises:
        StoreError: An unknown purpose or a non-positive lifetime.
    """
    if purpose not in PURPOSES:
        raise StoreError(f'unknown code purpose "{purpose}"; use one of {", ".join(PURPOSES)}')
    if ttl <= timedelta(0):
        raise StoreError("a code must live for a positive time")
    code = secrets.token_urlsafe(CODE_BYTES)
    s.add(Code(school_id=school_id, purpose=purpose, code_hash=hash_code(code),
               created_at=now, expires_at=now + ttl))
    s.flush()
    return code


def redeem_code(s: Session, code: str, purpose_prefix: str, now: datetime,
                used_by: int | None = None) -> Code:
    """Use a code once; returns it (with `school_id`, `purpose`).

    Args:
        code: What the person sent.
        purpose_prefix: "group_link" or "reviewer:" (a code for another purpose is not
            recognised here).
        now: The time of redemption.
        used_by: The Telegram user id redeeming it, recorded on the code.

    Raises:
        CodeError: reason "not recognised", "expired" or "already used".
    """
    row = s.scalars(select(Code).where(Code.code_hash == hash_code(code))).one_or_none()
    if row is None or not row.purpose.startswith(purpose_prefix):
        raise CodeError("not recognised")
    if row.used_at is not None:
        raise CodeError("already used")
    if row.expires_at <= now:
        raise CodeError("expired")
    # The conditional update makes the code single-use even when two people race for it.
    claimed = s.execute(update(Code).where(Code.id == row.id, Code.used_at.is_(None))
                        .values(used_at=now, used_by=used_by)
                        .execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        raise CodeError("already used")
    s.refresh(row)
    return row
