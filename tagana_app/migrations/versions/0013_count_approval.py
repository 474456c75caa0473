"""stock count approval: who sent a count for approval, and who entered each counted line

A count is no longer posted by the clerk who counted it: the warehouse sends it for approval
(``stock_count.submitted_at``/``submitted_by``) and an official who neither counted nor sent it
approves, which posts the adjustments (``posted_at``/``posted_by`` are the approval).
``stock_count_line.counted_by`` records who entered the counted quantity, so the approval can
refuse them.  The status CHECK is left as it is (changing it needs a table rebuild on SQLite of a
table others reference): a count sent for approval keeps the status "dibuka" with ``submitted_at``
set, and is shown as "diajukan".  The user ids are plain integers, like the audit log's, so that
SQLite adds the columns with a plain ALTER TABLE.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tagana_app.models

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('stock_count', sa.Column('submitted_at', tagana_app.models.UtcDateTime(timezone=True),
                                           nullable=True))
    op.add_column('stock_count', sa.Column('submitted_by', sa.Integer(), nullable=True))
    op.add_column('stock_count_line', sa.Column('counted_by', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE stock_count_line DROP COLUMN counted_by')
    op.execute('ALTER TABLE stock_count DROP COLUMN submitted_by')
    op.execute('ALTER TABLE stock_count DROP COLUMN submitted_at')
