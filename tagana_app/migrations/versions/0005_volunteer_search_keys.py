"""volunteer search keys

The search-as-you-type table gets the volunteer's lower-cased name in its key (token, name_lower,
volunteer_id): a word search then reads one page of matches in name order, and counts them, from
this index alone, without visiting the volunteer rows of every match.  A narrow index on the
filter columns (status, level, skill_mask, kecamatan_code) answers the counts of the filters.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 11:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _rebuild(with_name: bool) -> None:
    """Copy the tokens into a new table of the wanted shape and put it in place of the old one."""
    bind = op.get_bind()
    op.drop_index('ix_volunteer_name_token_volunteer', table_name='volunteer_name_token')
    op.rename_table('volunteer_name_token', 'volunteer_name_token_old')
    if bind.dialect.name == 'postgresql':  # constraint names are schema-wide there
        for kind in ('pk', 'fk'):
            old = ('pk_volunteer_name_token' if kind == 'pk'
                   else 'fk_volunteer_name_token_volunteer_id_volunteer')
            op.execute(f'ALTER TABLE volunteer_name_token_old RENAME CONSTRAINT {old} TO {old}_old')
    key = ['token', 'name_lower', 'volunteer_id'] if with_name else ['token', 'volunteer_id']
    columns = [sa.Column('token', sa.String(length=60), nullable=False)]
    if with_name:
        columns.append(sa.Column('name_lower', sa.String(length=200), nullable=False))
    columns.append(sa.Column('volunteer_id', sa.Integer(), nullable=False))
    op.create_table(
        'volunteer_name_token', *columns,
        sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'],
                                name=op.f('fk_volunteer_name_token_volunteer_id_volunteer'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint(*key, name=op.f('pk_volunteer_name_token')),
        sqlite_with_rowid=False)
    op.create_index('ix_volunteer_name_token_volunteer', 'volunteer_name_token', ['volunteer_id'], unique=False)
    if with_name:
        op.execute('INSERT INTO volunteer_name_token (token, name_lower, volunteer_id) '
                   'SELECT o.token, v.name_lower, o.volunteer_id FROM volunteer_name_token_old o '
                   'JOIN volunteer v ON v.id = o.volunteer_id')
    else:
        op.execute('INSERT INTO volunteer_name_token (token, volunteer_id) '
                   'SELECT token, volunteer_id FROM volunteer_name_token_old')
    op.drop_table('volunteer_name_token_old')


def upgrade() -> None:
    _rebuild(with_name=True)
    op.create_index('ix_volunteer_filters', 'volunteer', ['status', 'level', 'skill_mask', 'kecamatan_code'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_volunteer_filters', table_name='volunteer')
    _rebuild(with_name=False)
