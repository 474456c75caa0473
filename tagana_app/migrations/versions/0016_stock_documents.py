"""stock documents: the header of every receipt and issue, unit prices of serial units

1. ``stock_document``: one row per receipt (penerimaan), issue (pengeluaran) or opening-stock import
   (saldo_awal): our number (unique per kind), warehouse, document date, when and by whom it was
   entered, source, sender or recipient, the sender's or requester's own document (``ref_number``,
   ``ref_date``: many lines, even many documents, may come under one delivery note), remarks, the
   reason a back-dated document gives, and the sha256 of the file it was booked from (a second
   booking of the same file is refused).
2. ``equipment_unit.unit_price``: the price of a serial-numbered unit (whole Rupiah, NULL when not
   known), taken from its receipt line.
3. ``ix_stock_movement_docdate``: balances "as of" a day go by the document date.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tagana_app.models import UtcDateTime

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'stock_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('doc_type', sa.String(length=30), nullable=False),
        sa.Column('number', sa.String(length=80), nullable=False),
        sa.Column('warehouse_id', sa.Integer(), nullable=True),
        sa.Column('doc_date', sa.Date(), nullable=False),
        sa.Column('entered_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('entered_by', sa.Integer(), nullable=True),
        sa.Column('source', sa.String(length=30), nullable=False),
        sa.Column('counterparty', sa.String(length=200), nullable=False),
        sa.Column('ref_number', sa.String(length=80), nullable=False),
        sa.Column('ref_date', sa.Date(), nullable=True),
        sa.Column('remarks', sa.Text(), nullable=False),
        sa.Column('backdate_reason', sa.Text(), nullable=False),
        sa.Column('file_digest', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['entered_by'], ['app_user.id'], name=op.f('fk_stock_document_entered_by_app_user')),
        sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'],
                                name=op.f('fk_stock_document_warehouse_id_warehouse')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_document')),
        sa.UniqueConstraint('doc_type', 'number', name=op.f('uq_stock_document_doc_type_number')),
        sa.UniqueConstraint('doc_type', 'file_digest', name=op.f('uq_stock_document_doc_type_file_digest')),
    )
    op.create_index(op.f('ix_stock_document_ref_number'), 'stock_document', ['ref_number'], unique=False)
    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX (no batch rebuild of tables others reference).
    op.add_column('equipment_unit', sa.Column('unit_price', sa.BigInteger(), nullable=True))
    op.create_index('ix_stock_movement_docdate', 'stock_movement',
                    ['warehouse_id', 'item_id', 'doc_date', 'qty_in', 'qty_out'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_stock_movement_docdate', table_name='stock_movement')
    op.execute('ALTER TABLE equipment_unit DROP COLUMN unit_price')
    op.drop_index(op.f('ix_stock_document_ref_number'), table_name='stock_document')
    op.drop_table('stock_document')
