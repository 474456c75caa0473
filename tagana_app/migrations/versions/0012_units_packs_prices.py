"""units, pack sizes, barcodes, need category and batch prices

1. ``unit_of_measure``: the catalogue of units an item may be kept in (the admin extends it); seeded
   with the units of the earlier fixed list and kaleng, bungkus, pasang, rol, kotak, pak, karung.
2. ``item_pack``: pack sizes of an item ("karton" holds 24 "paket"); quantities may be entered in them.
3. ``item_barcode``: the barcodes printed on an item's packaging; a scanned barcode finds the item.
4. ``item.need_category``: which line of the needs estimate the item counts for ("" for none).
5. ``batch.unit_price``: the price of one unit of the batch in whole Rupiah (NULL when not known);
   the value of stock on hand is its quantity times this price, batch by batch.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

UNITS = ('paket', 'lembar', 'unit', 'buah', 'liter', 'kg', 'ton', 'dus', 'karton', 'botol', 'set', 'pcs',
         'kaleng', 'bungkus', 'pasang', 'rol', 'kotak', 'pak', 'karung')


def upgrade() -> None:
    units = op.create_table(
        'unit_of_measure',
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_unit_of_measure')),
    )
    op.bulk_insert(units, [{'code': u, 'active': True} for u in UNITS])
    op.create_table(
        'item_pack',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=20), nullable=False),
        sa.Column('contains', sa.BigInteger(), nullable=False),
        sa.CheckConstraint('contains > 1', name=op.f('ck_item_pack_contains')),
        sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_pack_item_id_item')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_item_pack')),
        sa.UniqueConstraint('item_id', 'name', name=op.f('uq_item_pack_item_id_name')),
    )
    op.create_table(
        'item_barcode',
        sa.Column('barcode', sa.String(length=80), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_item_barcode_item_id_item')),
        sa.PrimaryKeyConstraint('barcode', name=op.f('pk_item_barcode')),
    )
    op.create_index(op.f('ix_item_barcode_item_id'), 'item_barcode', ['item_id'], unique=False)
    # Plain ALTER TABLE ADD COLUMN on both databases (no batch rebuild of tables others reference).
    op.add_column('item', sa.Column('need_category', sa.String(length=30), nullable=False, server_default=''))
    op.add_column('batch', sa.Column('unit_price', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE batch DROP COLUMN unit_price')
    op.execute('ALTER TABLE item DROP COLUMN need_category')
    op.drop_index(op.f('ix_item_barcode_item_id'), table_name='item_barcode')
    op.drop_table('item_barcode')
    op.drop_table('item_pack')
    op.drop_table('unit_of_measure')
