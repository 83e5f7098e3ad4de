"""Schema 2: laws, policies and agreements for Part C; charts the team adds; resolved data gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations


def upgrade(op: Operations) -> None:
    # Each change is skipped when already there: an earlier mpdesk committed these CREATE TABLEs before
    # its upgrade transaction, so a failed upgrade of that day left them behind in a version-1 file.
    existing = sa.inspect(op.get_bind())
    tables = set(existing.get_table_names())
    if "legal_instrument" not in tables:
        _legal_instrument(op)
    if "custom_chart" not in tables:
        _custom_chart(op)
    if "resolved" not in {c["name"] for c in existing.get_columns("data_gap")}:
        with op.batch_alter_table("data_gap") as batch:
            batch.add_column(sa.Column("resolved", sa.Boolean(), nullable=False, server_default=sa.false()))


def _legal_instrument(op: Operations) -> None:
    op.create_table(
        "legal_instrument",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(400), nullable=False, server_default=""),
        sa.Column("kind", sa.String(20), nullable=False, server_default="law"),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(60), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
    )


def _custom_chart(op: Operations) -> None:
    op.create_table(
        "custom_chart",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("section_key", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="line"),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        sa.Column("indicators", sa.String(400), nullable=False, server_default=""),
        sa.Column("by", sa.String(20), nullable=False, server_default=""),
    )
