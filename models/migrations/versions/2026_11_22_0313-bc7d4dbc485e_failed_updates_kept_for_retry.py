"""Failed updates: an update whose handling raised is kept here and retried.

Reviewed by hand after autogenerate.

Revision ID: bc7d4dbc485e
Revises: 51521ac826c1
Create Date: 2026-11-22 03:13:32.070557+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "bc7d4dbc485e"
down_revision: str | None = "51521ac826c1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "failed_update",
        sa.Column("bot_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("bot_id", "update_id", name=op.f("pk_failed_update")),
    )
    with op.batch_alter_table("failed_update", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_failed_update_next_attempt_at"), ["next_attempt_at"], unique=False
        )



def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("failed_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_failed_update_next_attempt_at"))

    op.drop_table("failed_update")
