"""the papers of a stock count and a write-off: count team and cut-off; decree, value, disposal

1. A stock count records its cut-off (``stock_count.cutoff_at``: the moment the book quantities
   stand for) and its team (``stock_count_member``: name, NIP, role in the team, in order), which
   the Berita Acara Stock Opname names and which signs it.
2. A write-off records what its Berita Acara Penghapusan rests on and says: the decree (number,
   date, issuer), the value in whole Rupiah when known, and the method of disposal.

Columns are added with plain ALTER TABLE on both databases: a batch rebuild of ``stock_count`` or
``write_off`` would drop a table that others reference while SQLite's foreign keys are on.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tagana_app.models

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('stock_count', sa.Column('cutoff_at', tagana_app.models.UtcDateTime(timezone=True),
                                           nullable=True))
    op.create_table(
        'stock_count_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('count_id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('nip', sa.String(length=18), nullable=False),
        sa.Column('role', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['count_id'], ['stock_count.id'],
                                name=op.f('fk_stock_count_member_count_id_stock_count')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_count_member')),
        sa.UniqueConstraint('count_id', 'seq', name=op.f('uq_stock_count_member_count_id_seq')),
    )
    op.create_index(op.f('ix_stock_count_member_count_id'), 'stock_count_member', ['count_id'])
    op.add_column('write_off', sa.Column('decree_number', sa.String(length=120), nullable=False, server_default=''))
    op.add_column('write_off', sa.Column('decree_date', sa.Date(), nullable=True))
    op.add_column('write_off', sa.Column('decree_issuer', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('write_off', sa.Column('value', sa.BigInteger(), nullable=True))
    op.add_column('write_off', sa.Column('disposal_method', sa.String(length=20), nullable=False,
                                         server_default=''))


def downgrade() -> None:
    for column in ('disposal_method', 'value', 'decree_issuer', 'decree_date', 'decree_number'):
        op.execute(f'ALTER TABLE write_off DROP COLUMN {column}')
    op.drop_index(op.f('ix_stock_count_member_count_id'), table_name='stock_count_member')
    op.drop_table('stock_count_member')
    op.execute('ALTER TABLE stock_count DROP COLUMN cutoff_at')
