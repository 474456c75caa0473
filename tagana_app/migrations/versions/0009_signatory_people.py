"""signatories are people: a user's NIP, rank and position

The officials who sign the office's papers are users: ``app_user`` gets the NIP (18 digits, empty
for someone who is not a civil servant), the rank (pangkat/golongan, e.g. "Penata (III/c)") and the
position (jabatan) printed under the signature.  The office settings ``signer.*`` name which user
signs as which role (``tagana_app.signatories``); settings need no schema change.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nip', sa.String(length=18), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('rank', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('position', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    # Plain ALTER TABLE on both databases (SQLite 3.35+), as 0007: a batch rebuild of app_user would
    # drop a table that others reference while SQLite's foreign keys are on.
    op.execute('ALTER TABLE app_user DROP COLUMN position')
    op.execute('ALTER TABLE app_user DROP COLUMN rank')
    op.execute('ALTER TABLE app_user DROP COLUMN nip')
