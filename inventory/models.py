"""Warehouse stock tables: catalogue, batches, equipment units, the ledger and the balances.

Quantities are whole numbers in the item's unit (``Item.unit``): an item kept in kg is counted in
whole kg, one kept in ``paket`` in whole packages.  Use a smaller unit when fractions matter.

The ledger (``stock_movement``) is append-only.  Two balance tables are kept in the same
transaction as every movement, both protected by CHECK constraints:
- ``stock_balance`` per warehouse, item and batch (every item has at least the batch with the
  empty code, so the key never holds a NULL);
- ``stock_level`` per warehouse and item: the sum over the batches, the minimum level and the
  nearest expiry, so the stock overview is a plain indexed query even at 100,000 rows.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from tagana_app.models import Base, UtcDateTime, utcnow
from tagana_app.quantities import BalanceInteger
from tagana_app.texts import N_

WAREHOUSE_KINDS = ("gudang", "provinsi", "lumbung", "posko")
ITEM_KINDS = ("consumable", "equipment")
# Units, conditions and the statuses of counts and write-offs are codes that are also the words shown,
# so they are marked: the window translates them where it shows them.
# The units a new database starts with (migration 0012 seeds ``unit_of_measure`` with them); the admin
# adds more, so the catalogue in the database is what an item is checked against.
UNITS = (N_("domain", "paket"), N_("domain", "lembar"), N_("domain", "unit"), N_("domain", "buah"),
         N_("domain", "liter"), N_("domain", "kg"), N_("domain", "ton"), N_("domain", "dus"), N_("domain", "karton"),
         N_("domain", "botol"), N_("domain", "set"), N_("domain", "pcs"), N_("domain", "kaleng"),
         N_("domain", "bungkus"), N_("domain", "pasang"), N_("domain", "rol"), N_("domain", "kotak"),
         N_("domain", "pak"), N_("domain", "karung"))
CONDITIONS = (N_("domain", "baik"), N_("domain", "rusak ringan"), N_("domain", "rusak berat"))
# Where an equipment unit is: on a warehouse's shelf (with its warehouse_id), lent out, written off, cancelled.
IN_WAREHOUSE, ON_LOAN, WRITTEN_OFF, UNIT_CANCELLED = UNIT_STATUSES = ("gudang", "dipinjam", "dihapus", "batal")
MOVEMENT_KINDS = ("receive", "issue", "transfer_out", "transfer_in", "adjust", "writeoff", "reversal",
                  "dispatch", "return")
SOURCES = ("kemensos", "dinsos_provinsi", "apbd", "donor", "return", "lainnya")
COUNT_STATUSES = (N_("domain", "dibuka"), N_("domain", "diposting"), N_("domain", "batal"))
# A count sent for approval keeps the status "dibuka" in the table (its CHECK is unchanged) and is shown so.
COUNT_SUBMITTED = N_("domain", "diajukan")
WRITEOFF_STATUSES = (N_("domain", "diajukan"), N_("domain", "disetujui"), N_("domain", "ditolak"))
WRITEOFF_REASONS = ("rusak", "hilang", "kedaluwarsa")
# How written-off goods leave: destroyed, given away, sold (or auctioned), or gone for another cause
# (lost, stolen, burnt): the disposal the Berita Acara Penghapusan states.
DISPOSAL_METHODS = ("dimusnahkan", "dihibahkan", "dijual", "sebab_lain")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class Warehouse(Base):
    __tablename__ = "warehouse"
    __table_args__ = (CheckConstraint(_in("kind", WAREHOUSE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="gudang")
    region_code: Mapped[str] = mapped_column(String(13))
    address: Mapped[str] = mapped_column(String(300), default="")
    person_in_charge: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Goods leave only for an incident with a declared emergency (or a pejabat's override): on for the
    # lumbung sosial (Kemensos buffer stock) by default, a choice for the others.
    needs_emergency: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        CheckConstraint(_in("kind", ITEM_KINDS), name="kind"),
        CheckConstraint("NOT serialized OR kind = 'equipment'", name="serial_equipment"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(60), default="", index=True)
    unit: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="consumable")
    expires: Mapped[bool] = mapped_column(Boolean, default=False)
    serialized: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The line of the needs estimate (deployment.needs) the item counts for; "" for none.
    need_category: Mapped[str] = mapped_column(String(30), default="", server_default="")
    # How much of its need category one unit holds, in the need's own unit (a 5 kg pack of rice: 5 kg;
    # a 600 ml bottle: 0.6 liter); None: the unit itself is the need's (kg for beras) or converts (ton).
    content_per_unit: Mapped[Decimal | None] = mapped_column(Numeric(14, 3), nullable=True)


class UnitOfMeasure(Base):
    """A unit an item may be kept in; deactivated units stay on the items that use them."""

    __tablename__ = "unit_of_measure"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ItemPack(Base):
    """A pack size of an item: ``contains`` of the item's unit (1 karton = 24 paket)."""

    __tablename__ = "item_pack"
    __table_args__ = (UniqueConstraint("item_id", "name"), CheckConstraint("contains > 1", name="contains"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    name: Mapped[str] = mapped_column(String(20))
    contains: Mapped[int] = mapped_column(BigInteger)


class ItemBarcode(Base):
    """A barcode printed on an item's packaging; one barcode names one item."""

    __tablename__ = "item_barcode"

    barcode: Mapped[str] = mapped_column(String(80), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)


class Batch(Base):
    """A batch of an item; the batch with the empty code is the item's stock without a batch."""

    __tablename__ = "batch"
    __table_args__ = (UniqueConstraint("item_id", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    code: Mapped[str] = mapped_column(String(60), default="")
    expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Price of one unit in whole Rupiah (None: not known): value on hand = quantity x price, per batch.
    unit_price: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class StockLevel(Base):
    """Per warehouse and item: on hand (sum of the batch balances), reserved, minimum, nearest expiry."""

    __tablename__ = "stock_level"
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand"),
        CheckConstraint("reserved >= 0 AND reserved <= on_hand", name="reserved"),
        CheckConstraint("minimum >= 0", name="minimum"),
        Index("ix_stock_level_item_warehouse", "item_id", "warehouse_id"),
    )

    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(BalanceInteger, default=0)  # BIGINT on PostgreSQL (quantities.py)
    reserved: Mapped[int] = mapped_column(BalanceInteger, default=0)
    minimum: Mapped[int] = mapped_column(BalanceInteger, default=0)
    nearest_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)


class StockBalance(Base):
    __tablename__ = "stock_balance"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity"),
        CheckConstraint("reserved >= 0 AND reserved <= quantity", name="reserved"),
    )

    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(BalanceInteger, default=0)
    reserved: Mapped[int] = mapped_column(BalanceInteger, default=0)


class EquipmentUnit(Base):
    """One serial-numbered unit; its single place makes it impossible to be in two places."""

    __tablename__ = "equipment_unit"
    __table_args__ = (
        UniqueConstraint("item_id", "serial"),
        CheckConstraint(_in("condition", CONDITIONS), name="condition"),
        CheckConstraint(_in("status", UNIT_STATUSES), name="status"),
        CheckConstraint("(status = 'gudang') = (warehouse_id IS NOT NULL)", name="place"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    serial: Mapped[str] = mapped_column(String(80))
    condition: Mapped[str] = mapped_column(String(20), default="baik")
    status: Mapped[str] = mapped_column(String(20), default="gudang")
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"), nullable=True, index=True)
    loan_ref: Mapped[str] = mapped_column(String(200), default="")
    dispatch_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    remarks: Mapped[str] = mapped_column(String(300), default="")
    # Price of the unit in whole Rupiah from its receipt line (None: not known).
    unit_price: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class EquipmentEvent(Base):
    """Things that happen to a unit besides moving (condition changes); moves are in the ledger."""

    __tablename__ = "equipment_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("equipment_unit.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    old_value: Mapped[str] = mapped_column(String(100), default="")
    new_value: Mapped[str] = mapped_column(String(100), default="")
    remarks: Mapped[str] = mapped_column(String(300), default="")


class StockMovement(Base):
    """Append-only ledger line.  One of ``qty_in``/``qty_out`` is positive, the other zero.

    (doc_type, doc_number, line_no, part) is unique: a document line booked twice (double click,
    retry) fails.  ``part`` numbers the movements one document line makes (batches, serials, the
    two sides of a transfer).
    """

    __tablename__ = "stock_movement"
    __table_args__ = (
        UniqueConstraint("doc_type", "doc_number", "line_no", "part"),
        CheckConstraint(_in("kind", MOVEMENT_KINDS), name="kind"),
        CheckConstraint("(qty_in > 0 AND qty_out = 0) OR (qty_in = 0 AND qty_out > 0)", name="qty"),
        Index("ix_stock_movement_card", "warehouse_id", "item_id", "id"),
        # Covers "balances as of a date" (the stock position report) without touching the table.
        Index("ix_stock_movement_asof", "warehouse_id", "item_id", "at", "qty_in", "qty_out"),
        Index("ix_stock_movement_item", "item_id"),
        # Balances "as of" a day go by the document date (migration 0016).
        Index("ix_stock_movement_docdate", "warehouse_id", "item_id", "doc_date", "qty_in", "qty_out"),
        Index("ix_stock_movement_unit", "equipment_unit_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    equipment_unit_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_unit.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    qty_in: Mapped[int] = mapped_column(Integer, default=0)
    qty_out: Mapped[int] = mapped_column(Integer, default=0)
    doc_type: Mapped[str] = mapped_column(String(30))
    doc_number: Mapped[str] = mapped_column(String(80))
    doc_date: Mapped[date] = mapped_column(Date)
    line_no: Mapped[int] = mapped_column(Integer, default=1)
    part: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(30), default="")
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_movement.id"), nullable=True, unique=True)


class StockDocument(Base):
    """The header of a receipt, an issue or an opening-stock import: one row per document.

    ``number`` is ours (from tagana_app.numbering); ``ref_number``/``ref_date`` the sender's or the
    requester's document, which many lines and documents may share.  ``file_digest`` is the sha256
    of the file the document was booked from: the same file is not booked twice.
    """

    __tablename__ = "stock_document"
    __table_args__ = (UniqueConstraint("doc_type", "number"), UniqueConstraint("doc_type", "file_digest"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(30))
    number: Mapped[str] = mapped_column(String(80))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"), nullable=True)
    doc_date: Mapped[date] = mapped_column(Date)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(30), default="")
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    ref_number: Mapped[str] = mapped_column(String(80), default="", index=True)
    ref_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    backdate_reason: Mapped[str] = mapped_column(Text, default="")
    file_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class StockCount(Base):
    """A stock count (stock opname) of one warehouse; ``snapshot_mark`` is the last movement id at start."""

    __tablename__ = "stock_count"
    __table_args__ = (CheckConstraint(_in("status", COUNT_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    status: Mapped[str] = mapped_column(String(20), default="dibuka")
    snapshot_mark: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    posted_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    remarks: Mapped[str] = mapped_column(String(300), default="")
    # The moment the book quantities stand for (the Berita Acara's cut-off); None for counts from
    # before it was recorded (their start is the cut-off).
    cutoff_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Sent for approval (the status stays "dibuka", shown as "diajukan"); posted_at/by are the approval.
    # User ids without a foreign key, like the audit log's (migration 0013 adds them with a plain ALTER).
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    submitted_by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StockCountMember(Base):
    """One member of the count team (the Berita Acara Stock Opname names them and they sign it)."""

    __tablename__ = "stock_count_member"
    __table_args__ = (UniqueConstraint("count_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_count.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    role: Mapped[str] = mapped_column(String(100))


class StockCountLine(Base):
    """``counted_mark`` is the last movement id when the count was entered: movements between the
    snapshot and that mark happened before the goods were counted."""

    __tablename__ = "stock_count_line"
    __table_args__ = (
        UniqueConstraint("count_id", "item_id", "batch_id"),
        CheckConstraint("snapshot_qty >= 0", name="snapshot"),
        CheckConstraint("counted_qty IS NULL OR counted_qty >= 0", name="counted"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_count.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    snapshot_qty: Mapped[int] = mapped_column(BalanceInteger)
    counted_qty: Mapped[int | None] = mapped_column(BalanceInteger, nullable=True)
    counted_mark: Mapped[int | None] = mapped_column(Integer, nullable=True)
    adjustment: Mapped[int | None] = mapped_column(BalanceInteger, nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    counted_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # who entered counted_qty


class WriteOff(Base):
    """A write-off (penghapusan): requested by warehouse staff, approved or refused by a pejabat."""

    __tablename__ = "write_off"
    __table_args__ = (
        CheckConstraint(_in("status", WRITEOFF_STATUSES), name="status"),
        CheckConstraint(_in("reason_kind", WRITEOFF_REASONS), name="reason_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    status: Mapped[str] = mapped_column(String(20), default="diajukan")
    reason_kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    decision_remarks: Mapped[str] = mapped_column(Text, default="")
    # What the Berita Acara Penghapusan rests on and says of the disposal (recorded by the pejabat).
    decree_number: Mapped[str] = mapped_column(String(120), default="", server_default="")
    decree_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    decree_issuer: Mapped[str] = mapped_column(String(200), default="", server_default="")
    value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # whole Rupiah, when known
    disposal_method: Mapped[str] = mapped_column(String(20), default="", server_default="")


class WriteOffLine(Base):
    __tablename__ = "write_off_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    write_off_id: Mapped[int] = mapped_column(ForeignKey("write_off.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    equipment_unit_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_unit.id"), nullable=True)
    quantity: Mapped[int] = mapped_column(Integer)


TRANSFER_STATUSES = (N_("domain", "dikirim"), N_("domain", "diterima"), N_("domain", "diterima_selisih"))


class StockTransfer(Base):
    """A transfer between warehouses (mutasi): sent (the goods are on the road, "dalam perjalanan")
    and later received at the destination, in full or short (the difference with its reason)."""

    __tablename__ = "stock_transfer"
    __table_args__ = (CheckConstraint(_in("status", TRANSFER_STATUSES), name="status"),
                      CheckConstraint("from_warehouse_id <> to_warehouse_id", name="two_places"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    from_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    to_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="dikirim", index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    driver: Mapped[str] = mapped_column(String(200), default="")
    vehicle: Mapped[str] = mapped_column(String(60), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    difference_reason: Mapped[str] = mapped_column(Text, default="")


class StockTransferLine(Base):
    """What one line of a transfer took from one batch (or one unit): sent, and received when it arrived;
    the difference (sent - received) is the loss on the road, recorded with the transfer's reason."""

    __tablename__ = "stock_transfer_line"
    __table_args__ = (
        UniqueConstraint("transfer_id", "line_no", "part"),
        CheckConstraint("qty_sent > 0", name="sent"),
        CheckConstraint("qty_received IS NULL OR (qty_received >= 0 AND qty_received <= qty_sent)",
                        name="received"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("stock_transfer.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    part: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    equipment_unit_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_unit.id"), nullable=True)
    qty_sent: Mapped[int] = mapped_column(Integer)
    qty_received: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StockCorrection(Base):
    """A reversing document (koreksi) of a whole receipt or issue; its movements are ``reversal``
    lines under ``number`` pointing to the original's movements.  A document is corrected once."""

    __tablename__ = "stock_correction"
    __table_args__ = (UniqueConstraint("original_doc_type", "original_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    original_doc_type: Mapped[str] = mapped_column(String(30))
    original_number: Mapped[str] = mapped_column(String(80))
    doc_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
