"""requests for aid, separation of duties, emergency status history, voided assignments

1. ``aid_request`` with its goods (``aid_request_line``) and people (``aid_request_people``): a letter
   asking for aid, received by the koordinator, decided line by line by a pejabat, fulfilled by the
   dispatches and assignments that point to it (``dispatch.request_id``, ``assignment.request_id``).
2. ``dispatch.status`` gains "submitted" (diajukan): the koordinator submits, a pejabat approves.
   ``submitted_by``/``submitted_at`` say who and when.  On PostgreSQL the CHECK is dropped and made
   again; on SQLite, where a CHECK cannot be altered and rebuilding ``dispatch`` would fire the
   ON DELETE CASCADE of its lines, the stored table definition gains the one allowed value in place
   (SQLite's documented writable_schema procedure for loosening a constraint: the rows are untouched
   and all of them satisfy the wider CHECK).
3. ``dispatch.release_override``/``release_override_by``: the pejabat's reason to send from a warehouse
   that needs a declared emergency without one; ``warehouse.needs_emergency`` (on for every lumbung).
4. ``dispatch.close_note`` and ``incident.close_note``: what stayed open when a pejabat closed anyway.
5. ``incident_status_entry``: each emergency status with its decree and period, and each extension.
   The incidents' current decree becomes their first entry.
6. ``assignment.voided_at``/``voided_by``/``void_reason``: a wrong assignment voided before check-in.
7. ``item.content_per_unit``: how much of its need category one unit holds (a 5 kg pack: 5).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tagana_app.models import UtcDateTime

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

OLD_STATUSES = "('draft','approved','sent','handed_over','closed','cancelled')"
NEW_STATUSES = "('draft','submitted','approved','sent','handed_over','closed','cancelled')"
SKILLS = "('dapur_umum','shelter','logistik','psikososial','evakuasi','kaji_cepat','posko','komunikasi')"
DECISIONS = "decision IN ('', 'penuh','sebagian','ditolak')"


def _sqlite_definition(table: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in SQLite's stored CREATE TABLE of ``table`` (a constraint loosened or a
    reference removed; the rows are not touched)."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(f"SELECT sql FROM sqlite_master WHERE type='table' AND name='{table}'").scalar()
    wanted = sql.replace(old, new)
    assert wanted != sql, f"the definition of {table} does not hold what this migration changes"
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(f"UPDATE sqlite_master SET sql = ? WHERE type='table' AND name='{table}'", (wanted,))
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _dispatch_statuses(old: str, new: str) -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE dispatch DROP CONSTRAINT ck_dispatch_status')
        op.execute(f'ALTER TABLE dispatch ADD CONSTRAINT ck_dispatch_status CHECK (status IN {new})')
    else:
        _sqlite_definition('dispatch', f"status IN {old}", f"status IN {new}")


def _reference(table: str, column: str, target: str) -> None:
    """A nullable column referencing ``target``: SQLite takes the reference in ADD COLUMN itself."""
    if op.get_bind().dialect.name == 'postgresql':
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(f'fk_{table}_{column}_{target}', table, target, [column], ['id'])
    else:
        op.execute(f'ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)')
    op.create_index(f'ix_{table}_{column}', table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        'aid_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=120), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('requester_kind', sa.String(length=20), nullable=False),
        sa.Column('region_code', sa.String(length=13), nullable=False),
        sa.Column('requester_name', sa.String(length=200), nullable=False),
        sa.Column('requester_position', sa.String(length=200), nullable=False),
        sa.Column('requester_id_kind', sa.String(length=3), nullable=False),
        sa.Column('requester_id', sa.String(length=30), nullable=False),
        sa.Column('letter_number', sa.String(length=120), nullable=False),
        sa.Column('letter_date', sa.Date(), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('disposition_note', sa.Text(), nullable=False),
        sa.Column('remarks', sa.Text(), nullable=False),
        sa.Column('received_by', sa.String(length=64), nullable=False),
        sa.Column('received_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('decided_by', sa.String(length=64), nullable=False),
        sa.Column('decided_at', UtcDateTime(timezone=True), nullable=True),
        sa.Column('cancelled_by', sa.String(length=64), nullable=False),
        sa.Column('cancelled_at', UtcDateTime(timezone=True), nullable=True),
        sa.Column('cancel_reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint("requester_kind IN ('desa','kelurahan','kecamatan','posko','instansi')",
                           name=op.f('ck_aid_request_requester_kind')),
        sa.CheckConstraint("status IN ('diterima','didisposisi','sebagian','dipenuhi','ditolak','dibatalkan')",
                           name=op.f('ck_aid_request_status')),
        sa.CheckConstraint("requester_id_kind IN ('NIK','NIP','')", name=op.f('ck_aid_request_requester_id_kind')),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_aid_request_incident_id_incident')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_request')),
        sa.UniqueConstraint('number', name=op.f('uq_aid_request_number')),
    )
    op.create_index(op.f('ix_aid_request_incident_id'), 'aid_request', ['incident_id'], unique=False)
    op.create_index('ix_aid_request_status_received', 'aid_request', ['status', 'received_on'], unique=False)
    op.create_table(
        'aid_request_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('need_category', sa.String(length=30), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('unit', sa.String(length=20), nullable=False),
        sa.Column('approved', sa.Integer(), nullable=True),
        sa.Column('decision', sa.String(length=10), nullable=False),
        sa.Column('decision_reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint('quantity > 0', name=op.f('ck_aid_request_line_quantity')),
        sa.CheckConstraint("item_id IS NOT NULL OR need_category <> ''", name=op.f('ck_aid_request_line_what')),
        sa.CheckConstraint('approved IS NULL OR (approved >= 0 AND approved <= quantity)',
                           name=op.f('ck_aid_request_line_approved')),
        sa.CheckConstraint(DECISIONS, name=op.f('ck_aid_request_line_decision')),
        sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_aid_request_line_item_id_item')),
        sa.ForeignKeyConstraint(['request_id'], ['aid_request.id'], ondelete='CASCADE',
                                name=op.f('fk_aid_request_line_request_id_aid_request')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_request_line')),
        sa.UniqueConstraint('request_id', 'line_no', name=op.f('uq_aid_request_line_request_id_line_no')),
    )
    op.create_index(op.f('ix_aid_request_line_request_id'), 'aid_request_line', ['request_id'], unique=False)
    op.create_table(
        'aid_request_people',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('skill', sa.String(length=20), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('approved', sa.Integer(), nullable=True),
        sa.Column('decision', sa.String(length=10), nullable=False),
        sa.Column('decision_reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint(f"skill IN {SKILLS}", name=op.f('ck_aid_request_people_skill')),
        sa.CheckConstraint('count > 0', name=op.f('ck_aid_request_people_count')),
        sa.CheckConstraint('approved IS NULL OR (approved >= 0 AND approved <= count)',
                           name=op.f('ck_aid_request_people_approved')),
        sa.CheckConstraint(DECISIONS, name=op.f('ck_aid_request_people_decision')),
        sa.ForeignKeyConstraint(['request_id'], ['aid_request.id'], ondelete='CASCADE',
                                name=op.f('fk_aid_request_people_request_id_aid_request')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_request_people')),
        sa.UniqueConstraint('request_id', 'skill', name=op.f('uq_aid_request_people_request_id_skill')),
    )
    op.create_index(op.f('ix_aid_request_people_request_id'), 'aid_request_people', ['request_id'], unique=False)
    op.create_table(
        'incident_status_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('decree_number', sa.String(length=100), nullable=False),
        sa.Column('decree_date', sa.Date(), nullable=True),
        sa.Column('issuer', sa.String(length=200), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('recorded_by', sa.String(length=64), nullable=False),
        sa.Column('recorded_at', UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('status','extension')", name=op.f('ck_incident_status_entry_kind')),
        sa.CheckConstraint("status IN ('siaga_darurat','tanggap_darurat','transisi','selesai')",
                           name=op.f('ck_incident_status_entry_status')),
        sa.CheckConstraint('valid_to IS NULL OR valid_to >= valid_from', name=op.f('ck_incident_status_entry_period')),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ondelete='CASCADE',
                                name=op.f('fk_incident_status_entry_incident_id_incident')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_status_entry')),
    )
    op.create_index('ix_incident_status_entry_incident', 'incident_status_entry', ['incident_id', 'id'],
                    unique=False)
    # The decree each incident carries today becomes its first entry (from its own start when it names none).
    op.execute(
        "INSERT INTO incident_status_entry (incident_id, kind, status, decree_number, decree_date, issuer, "
        "valid_from, valid_to, recorded_by, recorded_at) "
        "SELECT id, 'status', status, sk_number, sk_date, sk_issuer, "
        "COALESCE(status_from, CAST(started_at AS DATE)), "
        "CASE WHEN status_to IS NOT NULL AND status_to >= COALESCE(status_from, CAST(started_at AS DATE)) "
        "THEN status_to END, 'migrasi', created_at FROM incident")

    _dispatch_statuses(OLD_STATUSES, NEW_STATUSES)
    _reference('dispatch', 'request_id', 'aid_request')
    _reference('assignment', 'request_id', 'aid_request')
    for table, column, type_ in (
            ('dispatch', 'submitted_by', sa.String(length=64)),
            ('dispatch', 'release_override', sa.String(length=500)),
            ('dispatch', 'release_override_by', sa.String(length=64)),
            ('dispatch', 'close_note', sa.Text()),
            ('incident', 'close_note', sa.Text()),
            ('assignment', 'voided_by', sa.String(length=64)),
            ('assignment', 'void_reason', sa.String(length=500))):
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=''))
    op.add_column('dispatch', sa.Column('submitted_at', UtcDateTime(timezone=True), nullable=True))
    op.add_column('assignment', sa.Column('voided_at', UtcDateTime(timezone=True), nullable=True))
    op.add_column('warehouse', sa.Column('needs_emergency', sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    op.execute("UPDATE warehouse SET needs_emergency = TRUE WHERE kind = 'lumbung'")
    op.add_column('item', sa.Column('content_per_unit', sa.Numeric(precision=14, scale=3), nullable=True))


def downgrade() -> None:
    for table, column in (('item', 'content_per_unit'), ('warehouse', 'needs_emergency'),
                          ('assignment', 'voided_at'), ('dispatch', 'submitted_at'),
                          ('assignment', 'void_reason'), ('assignment', 'voided_by'), ('incident', 'close_note'),
                          ('dispatch', 'close_note'), ('dispatch', 'release_override_by'),
                          ('dispatch', 'release_override'), ('dispatch', 'submitted_by')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
    for table in ('assignment', 'dispatch'):
        op.drop_index(f'ix_{table}_request_id', table_name=table)
        if op.get_bind().dialect.name == 'postgresql':
            op.drop_constraint(f'fk_{table}_request_id_aid_request', table, type_='foreignkey')
        else:  # SQLite drops no column that a reference names
            _sqlite_definition(table, 'request_id INTEGER REFERENCES aid_request (id)', 'request_id INTEGER')
        op.execute(f'ALTER TABLE {table} DROP COLUMN request_id')
    op.execute("UPDATE dispatch SET status = 'draft' WHERE status = 'submitted'")
    _dispatch_statuses(NEW_STATUSES, OLD_STATUSES)
    op.drop_table('incident_status_entry')
    op.drop_table('aid_request_people')
    op.drop_table('aid_request_line')
    op.drop_table('aid_request')
