"""sites, exchange files between the office and its poskos (and the provinsi), distributions

1. ``site``: every installation (this one ``is_self``) with its code, kind and Ed25519 public key;
   ``site_key`` holds this installation's private key and nothing reads it for a file.
2. ``exchange_file``, ``exchange_sent``, ``exchange_record``, ``exchange_issue``, ``exchange_ref``: what
   was sent to and received from each site (deployment/exchange/models.py).
3. ``distribution`` and ``distribution_line``: goods handed to villages and households at a posko.
4. ``dispatch.site_id``: the posko a dispatch is addressed to.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from tagana_app.models import UtcDateTime

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'site',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=30), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('is_self', sa.Boolean(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('region_code', sa.String(length=13), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=True),
        sa.Column('warehouse_id', sa.Integer(), nullable=True),
        sa.Column('profile', sa.JSON(), nullable=False),
        sa.Column('in_applied', sa.Integer(), nullable=False),
        sa.Column('out_seq', sa.Integer(), nullable=False),
        sa.Column('out_acked', sa.Integer(), nullable=False),
        sa.Column('peer_held', sa.JSON(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('paired_at', UtcDateTime(timezone=True), nullable=True),
        sa.Column('revoked_at', UtcDateTime(timezone=True), nullable=True),
        sa.Column('revoked_by', sa.String(length=64), nullable=False),
        sa.Column('revoke_reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint("kind IN ('kabupaten','kota','provinsi','posko')", name=op.f('ck_site_kind')),
        sa.CheckConstraint("status IN ('menunggu','aktif','dicabut')", name=op.f('ck_site_status')),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_site_incident_id_incident')),
        sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'], name=op.f('fk_site_warehouse_id_warehouse')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_site')),
        sa.UniqueConstraint('code', name=op.f('uq_site_code')),
    )
    op.create_table(
        'site_key',
        sa.Column('site_id', sa.Integer(), nullable=False),
        sa.Column('private_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='CASCADE', name=op.f('fk_site_key_site_id_site')),
        sa.PrimaryKeyConstraint('site_id', name=op.f('pk_site_key')),
    )
    op.create_table(
        'exchange_file',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('site_id', sa.Integer(), nullable=False),
        sa.Column('direction', sa.String(length=6), nullable=False),
        sa.Column('file_type', sa.String(length=10), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('base', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('made_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('done_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('done_by', sa.String(length=64), nullable=False),
        sa.Column('body', sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("direction IN ('keluar','masuk')", name=op.f('ck_exchange_file_direction')),
        sa.CheckConstraint("status IN ('dibuat','diterapkan','ditahan','tercakup')",
                           name=op.f('ck_exchange_file_status')),
        sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_exchange_file_site_id_site')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_file')),
        sa.UniqueConstraint('site_id', 'direction', 'seq', name=op.f('uq_exchange_file_site_id_direction_seq')),
    )
    op.create_index(op.f('ix_exchange_file_site_id'), 'exchange_file', ['site_id'], unique=False)
    op.create_table(
        'exchange_sent',
        sa.Column('site_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('acked_hash', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='CASCADE',
                                name=op.f('fk_exchange_sent_site_id_site')),
        sa.PrimaryKeyConstraint('site_id', 'kind', 'key', name=op.f('pk_exchange_sent')),
    )
    op.create_table(
        'exchange_record',
        sa.Column('site_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('received_at', UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('diterapkan','tertunda','ditolak')", name=op.f('ck_exchange_record_status')),
        sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='CASCADE',
                                name=op.f('fk_exchange_record_site_id_site')),
        sa.PrimaryKeyConstraint('site_id', 'kind', 'key', name=op.f('pk_exchange_record')),
    )
    op.create_index('ix_exchange_record_site_kind', 'exchange_record', ['site_id', 'kind'], unique=False)
    op.create_table(
        'exchange_issue',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('site_id', sa.Integer(), nullable=False),
        sa.Column('side', sa.String(length=4), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('pending', sa.Boolean(), nullable=False),
        sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', UtcDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("side IN ('sini','sana')", name=op.f('ck_exchange_issue_side')),
        sa.ForeignKeyConstraint(['site_id'], ['site.id'], ondelete='CASCADE',
                                name=op.f('fk_exchange_issue_site_id_site')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_issue')),
        sa.UniqueConstraint('site_id', 'side', 'kind', 'key', name=op.f('uq_exchange_issue_site_id_side_kind_key')),
    )
    op.create_index(op.f('ix_exchange_issue_site_id'), 'exchange_issue', ['site_id'], unique=False)
    op.create_table(
        'exchange_ref',
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('local_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_exchange_ref')),
        sa.UniqueConstraint('kind', 'local_id', name=op.f('uq_exchange_ref_kind_local_id')),
    )
    op.create_table(
        'distribution',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=120), nullable=False),
        sa.Column('site_code', sa.String(length=30), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('warehouse_id', sa.Integer(), nullable=False),
        sa.Column('distributed_on', sa.Date(), nullable=False),
        sa.Column('desa_code', sa.String(length=13), nullable=False),
        sa.Column('recipient_kind', sa.String(length=10), nullable=False),
        sa.Column('recipient_name', sa.String(length=200), nullable=False),
        sa.Column('nik', sa.String(length=16), nullable=False),
        sa.Column('household_size', sa.Integer(), nullable=True),
        sa.Column('package', sa.String(length=30), nullable=False),
        sa.Column('warning', sa.String(length=500), nullable=False),
        sa.Column('remarks', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('cancelled_by', sa.String(length=64), nullable=False),
        sa.Column('cancelled_at', UtcDateTime(timezone=True), nullable=True),
        sa.Column('cancel_reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint("recipient_kind IN ('kk','desa','lembaga')", name=op.f('ck_distribution_recipient_kind')),
        sa.CheckConstraint("status IN ('aktif','batal')", name=op.f('ck_distribution_status')),
        sa.CheckConstraint('household_size IS NULL OR household_size > 0', name=op.f('ck_distribution_household_size')),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], name=op.f('fk_distribution_incident_id_incident')),
        sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'], name=op.f('fk_distribution_warehouse_id_warehouse')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_distribution')),
        sa.UniqueConstraint('number', name=op.f('uq_distribution_number')),
    )
    op.create_index('ix_distribution_incident_desa', 'distribution', ['incident_id', 'desa_code'], unique=False)
    op.create_index(op.f('ix_distribution_nik'), 'distribution', ['nik'], unique=False)
    op.create_index(op.f('ix_distribution_warehouse_id'), 'distribution', ['warehouse_id'], unique=False)
    op.create_table(
        'distribution_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('distribution_id', sa.Integer(), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.CheckConstraint('quantity > 0', name=op.f('ck_distribution_line_quantity')),
        sa.ForeignKeyConstraint(['distribution_id'], ['distribution.id'], ondelete='CASCADE',
                                name=op.f('fk_distribution_line_distribution_id_distribution')),
        sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_distribution_line_item_id_item')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_distribution_line')),
        sa.UniqueConstraint('distribution_id', 'line_no', name=op.f('uq_distribution_line_distribution_id_line_no')),
    )
    op.create_index(op.f('ix_distribution_line_distribution_id'), 'distribution_line', ['distribution_id'],
                    unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.add_column('dispatch', sa.Column('site_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_dispatch_site_id_site', 'dispatch', 'site', ['site_id'], ['id'])
    else:
        op.execute('ALTER TABLE dispatch ADD COLUMN site_id INTEGER REFERENCES site (id)')
    op.create_index('ix_dispatch_site_id', 'dispatch', ['site_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_dispatch_site_id', table_name='dispatch')
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_constraint('fk_dispatch_site_id_site', 'dispatch', type_='foreignkey')
        op.drop_column('dispatch', 'site_id')
    else:  # SQLite drops no column a reference names: the stored definition loses the reference first
        bind = op.get_bind()
        sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type='table' AND name='dispatch'").scalar()
        version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
        bind.exec_driver_sql("PRAGMA writable_schema = ON")
        bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type='table' AND name='dispatch'",
                             (sql.replace('site_id INTEGER REFERENCES site (id)', 'site_id INTEGER'),))
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
        op.execute('ALTER TABLE dispatch DROP COLUMN site_id')
    for table in ('distribution_line', 'distribution', 'exchange_ref', 'exchange_issue', 'exchange_record',
                  'exchange_sent', 'exchange_file', 'site_key', 'site'):
        op.drop_table(table)
