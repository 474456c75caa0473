"""Tables of equipment lent outside incidents (pinjam pakai to another office or a village).

``equipment_loan`` is one loan: its number (the Berita Acara Pinjam Pakai's, from
``tagana_app.numbering``), the warehouse the units leave, the borrower and the person who takes them,
purpose, the day lent and the day they must be back.  ``equipment_loan_line`` is one unit of it: its
condition when it left and, once back, the day, its condition and the Berita Acara Pengembalian that
recorded it.  The units themselves move through the ledger (``inventory.loans``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from tagana_app.models import Base, UtcDateTime, utcnow
from tagana_app.texts import N_

# A loan is open while one of its units is out, closed when the last came back.
LOAN_OPEN, LOAN_CLOSED = LOAN_STATUSES = (N_("domain", "dipinjam"), N_("domain", "selesai"))


class EquipmentLoan(Base):
    __tablename__ = "equipment_loan"
    __table_args__ = (
        CheckConstraint("status IN ('dipinjam','selesai')", name="status"),
        CheckConstraint("due_on >= lent_on", name="due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    borrower: Mapped[str] = mapped_column(String(200))
    borrower_office: Mapped[str] = mapped_column(String(200), default="")  # office or village
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_position: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(300), default="")
    lent_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=LOAN_OPEN)
    remarks: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)


class EquipmentLoanLine(Base):
    __tablename__ = "equipment_loan_line"
    __table_args__ = (UniqueConstraint("loan_id", "unit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("equipment_loan.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("equipment_unit.id"), index=True)
    condition_out: Mapped[str] = mapped_column(String(20))
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    condition_back: Mapped[str] = mapped_column(String(20), default="")
    return_number: Mapped[str] = mapped_column(String(80), default="")  # its Berita Acara Pengembalian
    return_remarks: Mapped[str] = mapped_column(String(300), default="")


def open_loan_of(session: Session, unit_id: int) -> str | None:
    """The number of the open loan a unit is out on (None: not lent outside an incident)."""
    query = (select(EquipmentLoan.number)
             .join(EquipmentLoanLine, EquipmentLoanLine.loan_id == EquipmentLoan.id)
             .where(EquipmentLoanLine.unit_id == unit_id, EquipmentLoanLine.returned_on.is_(None)).limit(1))
    return session.scalar(query)
