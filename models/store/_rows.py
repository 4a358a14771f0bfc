"""Small helpers shared by the store modules."""

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.base import Base
from models.store.errors import StoreError


def insert_unless_exists(s: Session, row: Base) -> bool:
    """Insert `row` in a savepoint; False (and nothing inserted) if a unique key clashes.

    Two workers handling the same chat at once both try the insert; one wins, the other
    reads the winner's row instead of failing the whole transaction.
    """
    try:
        with s.begin_nested():
            s.add(row)
            s.flush()
    except IntegrityError:
        return False
    return True


def require_aware(now: datetime, name: str = "now") -> None:
    """Refuse naive datetimes early, with the argument's name."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise StoreError(f"{name} must be timezone-aware (got {now.isoformat()})")
