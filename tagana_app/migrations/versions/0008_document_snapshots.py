"""frozen originals of printed documents

``document_snapshot`` keeps, for each numbered document printed at least once, what its original
said (the record's content, letterhead, paper size, signers and title, as JSON with its sha256) and
the original PDF's bytes: every later print (SALINAN ke-n) is made from them, never rebuilt from
today's data and settings.  ``replaces_id`` names the document a new one replaces when its record
changed after printing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import tagana_app.models

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'document_snapshot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('snapshot', sa.JSON(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('pdf', sa.LargeBinary(), nullable=False),
        sa.Column('replaces_id', sa.Integer(), nullable=True),
        sa.Column('created_at', tagana_app.models.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document_number.id'],
                                name=op.f('fk_document_snapshot_document_id_document_number')),
        sa.ForeignKeyConstraint(['replaces_id'], ['document_number.id'],
                                name=op.f('fk_document_snapshot_replaces_id_document_number')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_snapshot')),
        sa.UniqueConstraint('document_id', name=op.f('uq_document_snapshot_document_id')),
        sa.UniqueConstraint('replaces_id', name=op.f('uq_document_snapshot_replaces_id')))


def downgrade() -> None:
    op.drop_table('document_snapshot')
