"""A school: its configuration, its rulebook and how long it keeps evidence."""

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class School(Base):
    """One school served by this deployment; every other row belongs to one school."""

    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    config_yaml: Mapped[str] = mapped_column(Text)
    rulebook_id: Mapped[str] = mapped_column(String(100))
    rulebook_version: Mapped[str] = mapped_column(String(50))
    timezone: Mapped[str] = mapped_column(String(64))
    # None: keep evidence until the end of the school year (31 August) after closure.
    retention_days: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"School(id={self.id}, key={self.key!r})"
