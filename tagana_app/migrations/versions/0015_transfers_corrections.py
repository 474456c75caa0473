"""transfers in transit and corrections by reversing document

1. ``stock_transfer``: a transfer between warehouses, sent (goods on the road, "dalam perjalanan")
   and received at the destination in full or short (``difference_reason``).
2. ``stock_transfer_line``: what each line took from one batch or unit: sent, and received when it
   arrived; sent - received is the loss on the road.
3. ``stock_correction``: a reversing document (koreksi, its own number) of a whole receipt or issue.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tagana_app.models

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'stock_transfer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=80), nullable=False),
        sa.Column('from_warehouse_id', sa.Integer(), nullable=False),
        sa.Column('to_warehouse_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=False),
        sa.Column('sent_at', tagana_app.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column('sent_by', sa.Integer(), nullable=True),
        sa.Column('received_on', sa.Date(), nullable=True),
        sa.Column('received_at', tagana_app.models.UtcDateTime(timezone=True), nullable=True),
        sa.Column('received_by', sa.Integer(), nullable=True),
        sa.Column('driver', sa.String(length=200), nullable=False),
        sa.Column('vehicle', sa.String(length=60), nullable=False),
        sa.Column('remarks', sa.Text(), nullable=False),
        sa.Column('difference_reason', sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('dikirim','diterima','diterima_selisih')",
                           name=op.f('ck_stock_transfer_status')),
        sa.CheckConstraint('from_warehouse_id <> to_warehouse_id', name=op.f('ck_stock_transfer_two_places')),
        sa.ForeignKeyConstraint(['from_warehouse_id'], ['warehouse.id'],
                                name=op.f('fk_stock_transfer_from_warehouse_id_warehouse')),
        sa.ForeignKeyConstraint(['to_warehouse_id'], ['warehouse.id'],
                                name=op.f('fk_stock_transfer_to_warehouse_id_warehouse')),
        sa.ForeignKeyConstraint(['sent_by'], ['app_user.id'], name=op.f('fk_stock_transfer_sent_by_app_user')),
        sa.ForeignKeyConstraint(['received_by'], ['app_user.id'],
                                name=op.f('fk_stock_transfer_received_by_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_transfer')),
        sa.UniqueConstraint('number', name=op.f('uq_stock_transfer_number')),
    )
    op.create_index(op.f('ix_stock_transfer_status'), 'stock_transfer', ['status'], unique=False)
    op.create_index(op.f('ix_stock_transfer_to_warehouse_id'), 'stock_transfer', ['to_warehouse_id'], unique=False)
    op.create_table(
        'stock_transfer_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('transfer_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('part', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('equipment_unit_id', sa.Integer(), nullable=True),
        sa.Column('qty_sent', sa.Integer(), nullable=False),
        sa.Column('qty_received', sa.Integer(), nullable=True),
        sa.CheckConstraint('qty_sent > 0', name=op.f('ck_stock_transfer_line_sent')),
        sa.CheckConstraint('qty_received IS NULL OR (qty_received >= 0 AND qty_received <= qty_sent)',
                           name=op.f('ck_stock_transfer_line_received')),
        sa.ForeignKeyConstraint(['transfer_id'], ['stock_transfer.id'],
                                name=op.f('fk_stock_transfer_line_transfer_id_stock_transfer')),
        sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_stock_transfer_line_item_id_item')),
        sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], name=op.f('fk_stock_transfer_line_batch_id_batch')),
        sa.ForeignKeyConstraint(['equipment_unit_id'], ['equipment_unit.id'],
                                name=op.f('fk_stock_transfer_line_equipment_unit_id_equipment_unit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_transfer_line')),
        sa.UniqueConstraint('transfer_id', 'line_no', 'part',
                            name=op.f('uq_stock_transfer_line_transfer_id_line_no_part')),
    )
    op.create_index(op.f('ix_stock_transfer_line_transfer_id'), 'stock_transfer_line', ['transfer_id'],
                    unique=False)
    op.create_table(
        'stock_correction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=80), nullable=False),
        sa.Column('original_doc_type', sa.String(length=30), nullable=False),
        sa.Column('original_number', sa.String(length=80), nullable=False),
        sa.Column('doc_date', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('created_at', tagana_app.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_stock_correction_created_by_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_correction')),
        sa.UniqueConstraint('number', name=op.f('uq_stock_correction_number')),
        sa.UniqueConstraint('original_doc_type', 'original_number',
                            name=op.f('uq_stock_correction_original_doc_type_original_number')),
    )


def downgrade() -> None:
    op.drop_table('stock_correction')
    op.drop_index(op.f('ix_stock_transfer_line_transfer_id'), table_name='stock_transfer_line')
    op.drop_table('stock_transfer_line')
    op.drop_index(op.f('ix_stock_transfer_to_warehouse_id'), table_name='stock_transfer')
    op.drop_index(op.f('ix_stock_transfer_status'), table_name='stock_transfer')
    op.drop_table('stock_transfer')
