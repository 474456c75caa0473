"""repair edited history; failed logins

1. Repair.  Three committed migrations were edited after they were committed, so a database made
   by an earlier commit records a revision without that revision's whole schema:
   - 0001 got the document number registry (``document_number``, ``document_print``) afterwards:
     a database made before it (at 0001 or 0002) has neither table;
   - 0002 got the covering index ``ix_stock_movement_asof`` afterwards;
   - 0003 got ``volunteer.skill_mask``, the name-word table ``volunteer_name_token`` and a new
     name index, and lost three indexes: a database made before it "upgrades" by 0005 into an
     error (0005 drops ``ix_volunteer_name_token_volunteer``, which it does not have).
   ``repair`` creates what is missing and drops only what exists, so it does nothing to a sound
   database.  It runs here, and also before the other migrations (``tagana_app.migrate.upgrade``
   calls it for a database recorded at a revision before 0005), so 0005 finds what it needs.
   Committed migrations are never edited again: a change is a new migration.

2. Failed logins.  ``app_user.failed_logins`` counts the failures since the last successful login
   (the next attempt waits longer after three; ten lock the account), ``locked_at`` says when the
   account was locked (an admin unlocks it).

Revision ID: 0007
Revises: 0005 (re-chained after 0006 when both are merged)
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op
from alembic.operations import Operations

import tagana_app.models

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_OBSOLETE_INDEXES = {  # indexes of the first 0003, replaced when it was edited
    'volunteer': ('ix_volunteer_name_lower', 'ix_volunteer_status_level'),
    'volunteer_skill': ('ix_volunteer_skill_skill_volunteer',),
}


# As the program stored them when 0003 was edited (deployment.models.SKILL_BITS,
# deployment.volunteers.name_tokens); a migration keeps its own copy, so it never changes later.
_SKILL_BITS = {code: 1 << n for n, code in enumerate(
    ('dapur_umum', 'shelter', 'logistik', 'psikososial', 'evakuasi', 'kaji_cepat', 'posko', 'komunikasi'))}
_TOKEN_LENGTH = 60


def _name_tokens(name_lower: str, niat_lower: str | None) -> set[str]:
    words = set(name_lower.split()) | set(re.findall(r'[0-9a-z]+', name_lower))
    if niat_lower:
        words.add(niat_lower)
        words.update(niat_lower.split())
    return {w[:_TOKEN_LENGTH] for w in words if w}


def _at_least(revision_: str, wanted: str) -> bool:
    return int(revision_) >= int(wanted)


def _document_tables(ops: Operations, tables: set[str]) -> None:
    """The registry of issued numbers and their prints, as 0001 creates them."""
    stamp = tagana_app.models.UtcDateTime(timezone=True)
    if 'document_number' not in tables:
        ops.create_table(
            'document_number',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('doc_type', sa.String(length=40), nullable=False),
            sa.Column('year', sa.Integer(), nullable=False),
            sa.Column('seq', sa.Integer(), nullable=False),
            sa.Column('number', sa.String(length=120), nullable=False),
            sa.Column('doc_date', sa.Date(), nullable=False),
            sa.Column('status', sa.String(length=12), nullable=False),
            sa.Column('reason', sa.String(length=500), nullable=False),
            sa.Column('entity', sa.String(length=64), nullable=False),
            sa.Column('entity_id', sa.String(length=100), nullable=False),
            sa.Column('print_count', sa.Integer(), nullable=False),
            sa.Column('created_by', sa.Integer(), nullable=True),
            sa.Column('created_by_name', sa.String(length=64), nullable=False),
            sa.Column('created_at', stamp, nullable=False),
            sa.Column('cancelled_by_name', sa.String(length=64), nullable=False),
            sa.Column('cancelled_at', stamp, nullable=True),
            sa.CheckConstraint("status IN ('issued','cancelled')", name=ops.f('ck_document_number_status')),
            sa.CheckConstraint('print_count >= 0', name=ops.f('ck_document_number_print_count')),
            sa.CheckConstraint('seq > 0', name=ops.f('ck_document_number_seq_positive')),
            sa.ForeignKeyConstraint(['created_by'], ['app_user.id'],
                                    name=ops.f('fk_document_number_created_by_app_user')),
            sa.PrimaryKeyConstraint('id', name=ops.f('pk_document_number')),
            sa.UniqueConstraint('doc_type', 'year', 'seq', name=ops.f('uq_document_number_doc_type_year_seq')),
            sa.UniqueConstraint('number', name=ops.f('uq_document_number_number')))
        ops.create_index('ix_document_number_entity', 'document_number', ['entity', 'entity_id'])
    if 'document_print' not in tables:
        ops.create_table(
            'document_print',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('document_id', sa.Integer(), nullable=False),
            sa.Column('copy_no', sa.Integer(), nullable=False),
            sa.Column('code', sa.String(length=16), nullable=False),
            sa.Column('content', sa.JSON(), nullable=False),
            sa.Column('printed_by', sa.Integer(), nullable=True),
            sa.Column('printed_by_name', sa.String(length=64), nullable=False),
            sa.Column('printed_at', stamp, nullable=False),
            sa.CheckConstraint('copy_no >= 0', name=ops.f('ck_document_print_copy_no')),
            sa.ForeignKeyConstraint(['document_id'], ['document_number.id'],
                                    name=ops.f('fk_document_print_document_id_document_number')),
            sa.ForeignKeyConstraint(['printed_by'], ['app_user.id'], name=ops.f('fk_document_print_printed_by_app_user')),
            sa.PrimaryKeyConstraint('id', name=ops.f('pk_document_print')),
            sa.UniqueConstraint('document_id', 'copy_no', name=ops.f('uq_document_print_document_id_copy_no')))
        ops.create_index('ix_document_print_code', 'document_print', ['code'])


def _volunteer_search(ops: Operations, revision_: str, tables: set[str]) -> None:
    """The search columns, table and indexes of the edited 0003 (the token table in the shape of
    ``revision_``: 0005 adds the name to its key), filled from the volunteers as the program would."""
    bind = ops.get_bind()
    inspector = sa.inspect(bind)
    if 'skill_mask' not in {c['name'] for c in inspector.get_columns('volunteer')}:
        ops.add_column('volunteer', sa.Column('skill_mask', sa.Integer(), nullable=False, server_default='0'))
        masks: dict[int, int] = {}
        for volunteer_id, skill in bind.execute(sa.text('SELECT volunteer_id, skill FROM volunteer_skill')):
            masks[volunteer_id] = masks.get(volunteer_id, 0) | _SKILL_BITS.get(skill, 0)
        if masks:
            bind.execute(sa.text('UPDATE volunteer SET skill_mask = :mask WHERE id = :id'),
                         [{'mask': m, 'id': i} for i, m in masks.items()])
        if bind.dialect.name != 'sqlite':  # SQLite cannot drop a default without rebuilding the table
            ops.alter_column('volunteer', 'skill_mask', server_default=None, existing_type=sa.Integer(),
                             existing_nullable=False)
    for table, names in _OBSOLETE_INDEXES.items():
        present = {ix['name'] for ix in inspector.get_indexes(table)}
        for name in names:
            if name in present:
                ops.drop_index(name, table_name=table)
    if 'ix_volunteer_name_filters' not in {ix['name'] for ix in inspector.get_indexes('volunteer')}:
        ops.create_index('ix_volunteer_name_filters', 'volunteer',
                         ['name_lower', 'status', 'level', 'skill_mask', 'kecamatan_code'])
    if 'volunteer_name_token' not in tables:
        with_name = _at_least(revision_, '0005')
        key = ['token', 'name_lower', 'volunteer_id'] if with_name else ['token', 'volunteer_id']
        columns = [sa.Column('token', sa.String(length=60), nullable=False)]
        if with_name:
            columns.append(sa.Column('name_lower', sa.String(length=200), nullable=False))
        columns.append(sa.Column('volunteer_id', sa.Integer(), nullable=False))
        ops.create_table(
            'volunteer_name_token', *columns,
            sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'],
                                    name=ops.f('fk_volunteer_name_token_volunteer_id_volunteer'), ondelete='CASCADE'),
            sa.PrimaryKeyConstraint(*key, name=ops.f('pk_volunteer_name_token')),
            sqlite_with_rowid=False)
        ops.create_index('ix_volunteer_name_token_volunteer', 'volunteer_name_token', ['volunteer_id'])
        rows = [{'token': token, 'name_lower': name, 'volunteer_id': volunteer_id}
                for volunteer_id, name, niat in bind.execute(sa.text(
                    'SELECT id, name_lower, niat_lower FROM volunteer'))
                for token in sorted(_name_tokens(name, niat))]
        if rows:
            names = ', '.join(c.name for c in columns)
            marks = ', '.join(f':{c.name}' for c in columns)
            bind.execute(sa.text(f'INSERT INTO volunteer_name_token ({names}) VALUES ({marks})'), rows)


def repair(ops: Operations, revision_: str) -> None:
    """Give a database recorded at ``revision_`` that revision's true schema (see the module's text):
    create what is missing, drop only what exists."""
    tables = set(sa.inspect(ops.get_bind()).get_table_names())
    _document_tables(ops, tables)
    if _at_least(revision_, '0002') and 'stock_movement' in tables:
        present = {ix['name'] for ix in sa.inspect(ops.get_bind()).get_indexes('stock_movement')}
        if 'ix_stock_movement_asof' not in present:
            ops.create_index('ix_stock_movement_asof', 'stock_movement',
                             ['warehouse_id', 'item_id', 'at', 'qty_in', 'qty_out'])
    if _at_least(revision_, '0003') and 'volunteer' in tables:
        _volunteer_search(ops, revision_, tables)


def upgrade() -> None:
    repair(op, '0005')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_at', tagana_app.models.UtcDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE on both databases (SQLite 3.35+): a batch rebuild of app_user would drop a
    # table that others reference while SQLite's foreign keys are on.
    op.execute('ALTER TABLE app_user DROP COLUMN locked_at')
    op.execute('ALTER TABLE app_user DROP COLUMN failed_logins')
