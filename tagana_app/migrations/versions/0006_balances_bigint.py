"""balances in 64-bit integers

The stored balances (stock_level.on_hand, reserved, minimum; stock_balance.quantity, reserved) and
the stock count's book and counted quantities become BIGINT on PostgreSQL, where INTEGER stops at
2,147,483,647 and a larger balance failed with a raw error.  The services bound a balance at
tagana_app.quantities.MAX_BALANCE (10^12), far inside BIGINT.  SQLite's INTEGER is already 64-bit:
nothing changes there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

COLUMNS = {
    'stock_level': ('on_hand', 'reserved', 'minimum'),
    'stock_balance': ('quantity', 'reserved'),
    'stock_count_line': ('snapshot_qty', 'counted_qty', 'adjustment'),
}


def _alter(to: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, type_=to, existing_nullable=column in ('counted_qty', 'adjustment'))


def upgrade() -> None:
    _alter(sa.BigInteger())


def downgrade() -> None:
    _alter(sa.Integer())
