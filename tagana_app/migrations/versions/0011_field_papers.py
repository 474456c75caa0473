"""field papers: the emergency decree on the incident, lent equipment, added SPTs

1. ``incident.sk_date`` and ``incident.sk_issuer``: the decree (SK status keadaan darurat) with its
   number (``sk_number``, already there), date and issuer, printed in the SPT's "Dasar".
2. ``dispatch.loan_number`` and ``dispatch.loan_due``: the Berita Acara Pinjam Pakai of the
   equipment a dispatch lends (its number, issued at the first print) and the date by which that
   equipment must come back.
3. ``dispatch_return.ba_number``: the Berita Acara Pengembalian that records a return (returns not
   yet on one are put on the next one printed).
4. ``duty_order.adds_to``: an SPT for volunteers added later names the incident's first SPT.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


# Plain ALTER TABLE and CREATE INDEX on both databases: a batch rebuild of incident or dispatch would
# drop a table that others reference while SQLite's foreign keys are on.
_COLUMNS = (('incident', 'sk_date'), ('incident', 'sk_issuer'), ('dispatch', 'loan_number'), ('dispatch', 'loan_due'),
            ('dispatch_return', 'ba_number'), ('duty_order', 'adds_to'))


def upgrade() -> None:
    op.add_column('incident', sa.Column('sk_date', sa.Date(), nullable=True))
    op.add_column('incident', sa.Column('sk_issuer', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('dispatch', sa.Column('loan_number', sa.String(length=120), nullable=True))
    op.add_column('dispatch', sa.Column('loan_due', sa.Date(), nullable=True))
    op.create_index(op.f('ix_dispatch_loan_number'), 'dispatch', ['loan_number'], unique=True)
    op.add_column('dispatch_return', sa.Column('ba_number', sa.String(length=120), nullable=True))
    op.create_index(op.f('ix_dispatch_return_ba_number'), 'dispatch_return', ['ba_number'], unique=False)
    op.add_column('duty_order', sa.Column('adds_to', sa.String(length=120), nullable=True))


def downgrade() -> None:
    op.drop_index(op.f('ix_dispatch_return_ba_number'), table_name='dispatch_return')
    op.drop_index(op.f('ix_dispatch_loan_number'), table_name='dispatch')
    for table, column in reversed(_COLUMNS):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
