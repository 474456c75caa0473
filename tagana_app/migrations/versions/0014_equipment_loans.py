"""equipment lent outside incidents: loans and their units

1. ``equipment_loan``: one loan (pinjam pakai) of equipment to another office or a village, numbered
   like its Berita Acara Pinjam Pakai: warehouse, borrower (name, office or village, contact person
   and position), purpose, day lent, due day (not before the day lent), status and remarks.
2. ``equipment_loan_line``: one unit of a loan: condition when it left; day, condition and Berita
   Acara Pengembalian when it came back.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tagana_app.models

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'equipment_loan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=80), nullable=False),
        sa.Column('warehouse_id', sa.Integer(), nullable=False),
        sa.Column('borrower', sa.String(length=200), nullable=False),
        sa.Column('borrower_office', sa.String(length=200), nullable=False),
        sa.Column('contact_name', sa.String(length=200), nullable=False),
        sa.Column('contact_position', sa.String(length=200), nullable=False),
        sa.Column('purpose', sa.String(length=300), nullable=False),
        sa.Column('lent_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('remarks', sa.String(length=300), nullable=False),
        sa.Column('created_at', tagana_app.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('dipinjam','selesai')", name=op.f('ck_equipment_loan_status')),
        sa.CheckConstraint('due_on >= lent_on', name=op.f('ck_equipment_loan_due')),
        sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'],
                                name=op.f('fk_equipment_loan_warehouse_id_warehouse')),
        sa.ForeignKeyConstraint(['created_by'], ['app_user.id'], name=op.f('fk_equipment_loan_created_by_app_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_loan')),
        sa.UniqueConstraint('number', name=op.f('uq_equipment_loan_number')),
    )
    op.create_index(op.f('ix_equipment_loan_warehouse_id'), 'equipment_loan', ['warehouse_id'])
    op.create_index(op.f('ix_equipment_loan_due_on'), 'equipment_loan', ['due_on'])
    op.create_table(
        'equipment_loan_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('loan_id', sa.Integer(), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=False),
        sa.Column('condition_out', sa.String(length=20), nullable=False),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.Column('condition_back', sa.String(length=20), nullable=False),
        sa.Column('return_number', sa.String(length=80), nullable=False),
        sa.Column('return_remarks', sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(['loan_id'], ['equipment_loan.id'],
                                name=op.f('fk_equipment_loan_line_loan_id_equipment_loan')),
        sa.ForeignKeyConstraint(['unit_id'], ['equipment_unit.id'],
                                name=op.f('fk_equipment_loan_line_unit_id_equipment_unit')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_loan_line')),
        sa.UniqueConstraint('loan_id', 'unit_id', name=op.f('uq_equipment_loan_line_loan_id_unit_id')),
    )
    op.create_index(op.f('ix_equipment_loan_line_loan_id'), 'equipment_loan_line', ['loan_id'])
    op.create_index(op.f('ix_equipment_loan_line_unit_id'), 'equipment_loan_line', ['unit_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_equipment_loan_line_unit_id'), table_name='equipment_loan_line')
    op.drop_index(op.f('ix_equipment_loan_line_loan_id'), table_name='equipment_loan_line')
    op.drop_table('equipment_loan_line')
    op.drop_index(op.f('ix_equipment_loan_due_on'), table_name='equipment_loan')
    op.drop_index(op.f('ix_equipment_loan_warehouse_id'), table_name='equipment_loan')
    op.drop_table('equipment_loan')
