"""Tables of distributions (penyaluran): what a posko handed to a village or a household.

A distribution is made at a posko (or at the office from a warehouse of its own) and books its
lines out of that warehouse's stock under its number.  At the office, a posko's distributions
arrive in its exchange files and are stored here as they are (``site_code`` says whose), with no
movement of the office's ledger: the posko's stock is the posko's.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deployment import models as _incidents  # noqa: F401  (the tables a distribution references)
from inventory import models as _items  # noqa: F401
from tagana_app.models import Base, UtcDateTime, utcnow
from tagana_app.texts import N_

RECIPIENT_KINDS = {"kk": N_("domain", "Kepala keluarga"), "desa": N_("domain", "Desa/Kelurahan"),
                   "lembaga": N_("domain", "Lembaga/kelompok")}
DISTRIBUTION_STATUSES = {"aktif": N_("domain", "Aktif"), "batal": N_("domain", "Dibatalkan")}


class Distribution(Base):
    __tablename__ = "distribution"
    __table_args__ = (
        CheckConstraint("recipient_kind IN ('kk','desa','lembaga')", name="recipient_kind"),
        CheckConstraint("status IN ('aktif','batal')", name="status"),
        CheckConstraint("household_size IS NULL OR household_size > 0", name="household_size"),
        Index("ix_distribution_incident_desa", "incident_id", "desa_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    site_code: Mapped[str] = mapped_column(String(30), default="")   # the posko that made it; "" the office
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    distributed_on: Mapped[date] = mapped_column(Date)
    desa_code: Mapped[str] = mapped_column(String(13))
    recipient_kind: Mapped[str] = mapped_column(String(10), default="kk")
    recipient_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16), default="", index=True)
    household_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    package: Mapped[str] = mapped_column(String(30), default="")   # the kit handed out, if one
    warning: Mapped[str] = mapped_column(String(500), default="")  # the repeat warning the person went past
    remarks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="aktif")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    cancelled_by: Mapped[str] = mapped_column(String(64), default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")


class DistributionLine(Base):
    __tablename__ = "distribution_line"
    __table_args__ = (UniqueConstraint("distribution_id", "line_no"),
                      CheckConstraint("quantity > 0", name="quantity"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distribution.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[int] = mapped_column(Integer)
