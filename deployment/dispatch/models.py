"""Tables of dispatches (pengiriman), kits, and duty orders (SPT).

The register of issued documents (title, summary, last file) is the core's: ``tagana_app.models.IssuedDocument``.

A dispatch sends goods from one warehouse to an incident.  Its lines say what and how much; its
picks say which batches or serial-numbered units (chosen earliest-expiry-first, or by hand before
approval).  Approval reserves the picks on ``stock_balance.reserved`` (CHECK reserved <= quantity),
sending books them out through the ledger, returns book them back in.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deployment.dispatch import lifecycle
from deployment.exchange import models as _sites  # noqa: F401  (the table dispatch.site_id references)
from tagana_app.models import Base, UtcDateTime, utcnow
from tagana_app.texts import N_

DISPATCH_STATUSES = lifecycle.STATES  # the states of a dispatch's life and their labels
DESTINATION_KINDS = {"posko": N_("domain", "Posko"), "desa": N_("domain", "Desa/Kelurahan"),
                     "kecamatan": N_("domain", "Kecamatan")}
RECIPIENT_ID_KINDS = ("NIP", "NIK", "")
KIT_BASES = {"kk": N_("domain", "per kepala keluarga"), "jiwa": N_("domain", "per jiwa"),
             "tetap": N_("domain", "jumlah tetap")}
RETURN_CONDITIONS = (N_("domain", "baik"), N_("domain", "rusak ringan"), N_("domain", "rusak berat"))  # codes, shown


def _in(column: str, values: dict[str, str] | tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class Dispatch(Base):
    __tablename__ = "dispatch"
    __table_args__ = (
        CheckConstraint(_in("status", DISPATCH_STATUSES), name="status"),
        CheckConstraint(_in("destination_kind", DESTINATION_KINDS), name="destination_kind"),
        CheckConstraint(_in("recipient_id_kind", RECIPIENT_ID_KINDS), name="recipient_id_kind"),
        Index("ix_dispatch_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=lifecycle.DRAFT)
    dispatch_date: Mapped[date] = mapped_column(Date)
    destination_kind: Mapped[str] = mapped_column(String(20), default="posko")
    destination: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(String(13), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_position: Mapped[str] = mapped_column(String(200), default="")
    recipient_id_kind: Mapped[str] = mapped_column(String(3), default="")
    recipient_id: Mapped[str] = mapped_column(String(30), default="")
    vehicle_plate: Mapped[str] = mapped_column(String(20), default="")
    driver_name: Mapped[str] = mapped_column(String(200), default="")
    driver_phone: Mapped[str] = mapped_column(String(20), default="")
    budget: Mapped[str] = mapped_column(String(300), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The request (permintaan bantuan) it answers, if any (deployment.requests).
    request_id: Mapped[int | None] = mapped_column(ForeignKey("aid_request.id"), nullable=True, index=True)
    submitted_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Sent from a warehouse that needs a declared emergency, without one: the pejabat's reason (printed
    # on the Surat Jalan) and who gave it.
    release_override: Mapped[str] = mapped_column(String(500), default="", server_default="")
    release_override_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Closed by a pejabat's override while something was still open: what stayed open, as listed then.
    close_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # 0018: the posko (a site) it is addressed to; its handover is recorded there and comes back in a file
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), nullable=True, index=True)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sent_by: Mapped[str] = mapped_column(String(64), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    handed_over_by: Mapped[str] = mapped_column(String(64), default="")
    handed_over_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    handed_over_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    handover_place: Mapped[str] = mapped_column(String(300), default="")
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancelled_by: Mapped[str] = mapped_column(String(64), default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")
    manifest_number: Mapped[str | None] = mapped_column(String(120), nullable=True, unique=True)
    bast_number: Mapped[str | None] = mapped_column(String(120), nullable=True, unique=True)
    # The Berita Acara Pinjam Pakai of the equipment it lends, and the day that equipment is due back.
    loan_number: Mapped[str | None] = mapped_column(String(120), nullable=True, unique=True, index=True)
    loan_due: Mapped[date | None] = mapped_column(Date, nullable=True)


class DispatchLine(Base):
    """One item of a dispatch; ``received`` is the recipient's count, ``returned`` what came back."""

    __tablename__ = "dispatch_line"
    __table_args__ = (
        UniqueConstraint("dispatch_id", "line_no"),
        UniqueConstraint("dispatch_id", "item_id"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("received IS NULL OR received >= 0", name="received"),
        CheckConstraint("returned >= 0 AND returned <= quantity", name="returned"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    manual_pick: Mapped[bool] = mapped_column(Boolean, default=False)
    received: Mapped[int | None] = mapped_column(Integer, nullable=True)
    difference_reason: Mapped[str] = mapped_column(String(500), default="")
    returned: Mapped[int] = mapped_column(Integer, default=0)
    remarks: Mapped[str] = mapped_column(String(300), default="")


class DispatchPick(Base):
    """Which batch (and unit) a line takes: a proposal in a draft, reserved once approved."""

    __tablename__ = "dispatch_pick"
    __table_args__ = (
        UniqueConstraint("line_id", "part"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("unit_id IS NULL OR quantity = 1", name="unit_one"),
        CheckConstraint("returned >= 0 AND returned <= quantity", name="returned"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("dispatch_line.id", ondelete="CASCADE"), index=True)
    part: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_unit.id"), nullable=True, index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    returned: Mapped[int] = mapped_column(Integer, default=0)


class DispatchEscort(Base):
    """A Tagana volunteer escorting the goods; must be assigned to the dispatch's incident."""

    __tablename__ = "dispatch_escort"
    __table_args__ = (UniqueConstraint("dispatch_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id", ondelete="CASCADE"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"))


class DispatchReturn(Base):
    """Goods coming back from the incident: booked into the dispatch's warehouse with a condition."""

    __tablename__ = "dispatch_return"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint(_in("condition", RETURN_CONDITIONS), name="condition"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("dispatch_line.id"))
    doc_number: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(20), default="baik")
    serials: Mapped[str] = mapped_column(Text, default="")
    returned_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    remarks: Mapped[str] = mapped_column(String(300), default="")
    ba_number: Mapped[str | None] = mapped_column(String(120), nullable=True, index=True)  # its Berita Acara


class Kit(Base):
    """A named template of lines ("Paket keluarga"), scaled to households, people, or fixed."""

    __tablename__ = "kit"
    __table_args__ = (CheckConstraint(_in("basis", KIT_BASES), name="basis"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    basis: Mapped[str] = mapped_column(String(10), default="kk")
    description: Mapped[str] = mapped_column(Text, default="")


class KitLine(Base):
    """``quantity`` of the item for every ``per`` households/people (rounded up)."""

    __tablename__ = "kit_line"
    __table_args__ = (
        UniqueConstraint("kit_id", "item_id"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("per > 0", name="per"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kit_id: Mapped[int] = mapped_column(ForeignKey("kit.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    per: Mapped[int] = mapped_column(Integer, default=1)


class DutyOrder(Base):
    """A Surat Perintah Tugas for the volunteers of an incident, frozen when it is issued."""

    __tablename__ = "duty_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    adds_to: Mapped[str | None] = mapped_column(String(120), nullable=True)  # the first SPT it adds people to


class DutyOrderMember(Base):
    __tablename__ = "duty_order_member"
    __table_args__ = (UniqueConstraint("order_id", "assignment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("duty_order.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    role: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
