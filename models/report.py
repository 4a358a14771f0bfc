"""A parent's report of a message in a class group (the reported text is evidence)."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TelegramId


class Report(Base):
    """One report; the reporter is None once they have asked for their data to be erased."""

    __tablename__ = "report"
    __table_args__ = (
        Index("ix_report_school_id_reporter_member_id", "school_id", "reporter_member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    group_id: Mapped[int] = mapped_column(ForeignKey("chat_group.id"))
    reporter_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"))
    reported_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True)
    chat_id: Mapped[int] = mapped_column(TelegramId)
    message_id: Mapped[int | None] = mapped_column(TelegramId)
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    reviewed_at: Mapped[datetime | None]
