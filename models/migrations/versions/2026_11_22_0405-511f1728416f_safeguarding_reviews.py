"""Safeguarding reviews: a lead's acknowledgement of, or note on, a safeguarding alert.

Reviewed by hand after autogenerate.

Revision ID: 511f1728416f
Revises: bc7d4dbc485e
Create Date: 2026-11-22 04:05:08.526003+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "511f1728416f"
down_revision: str | None = "bc7d4dbc485e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "safeguarding_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('ack', 'note')", name=op.f("ck_safeguarding_review_kind")),
        sa.ForeignKeyConstraint(
            ["alert_id"],
            ["safeguarding_alert.id"],
            name=op.f("fk_safeguarding_review_alert_id_safeguarding_alert"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewer.id"],
            name=op.f("fk_safeguarding_review_reviewer_id_reviewer"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_safeguarding_review_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safeguarding_review")),
    )
    with op.batch_alter_table("safeguarding_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_safeguarding_review_alert_id"), ["alert_id"], unique=False
        )


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("safeguarding_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safeguarding_review_alert_id"))

    op.drop_table("safeguarding_review")
