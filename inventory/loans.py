"""Equipment lent outside incidents (pinjam pakai to another office or a village), and its return.

A loan is a document of its own: its number is the Berita Acara Pinjam Pakai's (kind ``pinjam_pakai``,
registered with entity ``pinjam``), the units leave the warehouse through the ledger under it (movements
of kind "issue", the borrower as counterparty) and become "dipinjam" with the loan number as their
``loan_ref``.  They come back only through their loan: each return is a Berita Acara Pengembalian
(kind ``ba_pengembalian``, numbered then), movements of kind "return" under its number, each unit's
condition recorded (a changed condition is an equipment event too).  A loan is overdue once its due
date has passed (``clock.today()``) with a unit still out.

No Qt and no deployment import: the dispatch side reads these loans for its "out" list and the
dashboard (deployment -> inventory).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import doc_dates, ledger
from inventory.catalog import find_item, get_warehouse
from inventory.ledger import DocRef
from inventory.loan_models import LOAN_CLOSED, LOAN_OPEN, EquipmentLoan, EquipmentLoanLine
from inventory.models import CONDITIONS, IN_WAREHOUSE, ON_LOAN, EquipmentEvent, EquipmentUnit, Item, Warehouse
from inventory.permissions import can_lend_equipment
from inventory.stock import IssueLine, pick
from tagana_app import audit, clock, numbering
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import clean_text
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import utcnow
from tagana_app.texts import N_

LOAN_KIND, RETURN_KIND = "pinjam_pakai", "ba_pengembalian"  # doc kinds of the two papers and of the movements
ENTITY = "pinjam"  # document_number.entity of both papers; entity_id: the loan's number


@dataclass(frozen=True)
class LoanUnit:
    item: str
    item_name: str
    unit: str
    serial: str
    condition_out: str
    returned_on: date | None
    condition_back: str
    return_number: str
    return_remarks: str

    @property
    def out(self) -> bool:
        return self.returned_on is None


@dataclass(frozen=True)
class LoanInfo:
    number: str
    warehouse: str
    warehouse_name: str
    warehouse_address: str
    borrower: str
    borrower_office: str
    contact_name: str
    contact_position: str
    purpose: str
    lent_on: date
    due_on: date
    status: str
    remarks: str
    units: tuple[LoanUnit, ...]
    today: date

    @property
    def units_out(self) -> int:
        return sum(1 for u in self.units if u.out)

    @property
    def overdue(self) -> bool:
        return self.units_out > 0 and self.due_on < self.today

    @property
    def days_late(self) -> int:
        return (self.today - self.due_on).days if self.overdue else 0

    @property
    def items(self) -> str:
        """The goods lent, once each ("Genset 2000 W, Tenda pleton")."""
        return ", ".join(dict.fromkeys(u.item_name for u in self.units))


@dataclass(frozen=True)
class LoanReturn:
    """One return of a loan: its Berita Acara Pengembalian number and the loan as it is now."""

    number: str
    loan: LoanInfo


def _text(value: str, field: str, max_len: int = 200) -> str:
    return clean_text(value, field=field, max_len=max_len)


def _serials(serials: Sequence[str]) -> list[str]:
    wanted = [s.strip() for s in serials if s and s.strip()]
    if not wanted:
        raise ValidationError(N_("errors", "Pilih paling sedikit satu unit (nomor seri)."))
    if len(set(wanted)) != len(wanted):
        raise ValidationError(N_("errors", "Nomor seri ganda dalam satu pinjam pakai."))
    return wanted


def _condition(value: str) -> str:
    condition = {"rusak": "rusak ringan"}.get(value.strip().lower(), value.strip().lower())
    if condition not in CONDITIONS:
        raise ValidationError(N_("errors", "Kondisi '{condition}' tidak dikenal. Pilihan: {choices}."),
                              condition=value, choices=", ".join(CONDITIONS))
    return condition


def _find(session: Session, number: str, *, lock: bool = False) -> EquipmentLoan:
    query = select(EquipmentLoan).where(EquipmentLoan.number == (number or "").strip())
    loan = session.scalar(query.with_for_update() if lock else query)
    if loan is None:
        raise NotFound(what=N_("domain", "Pinjam pakai"), key=number)
    return loan


def _info(session: Session, loan: EquipmentLoan, today: date | None = None) -> LoanInfo:
    wh = session.get(Warehouse, loan.warehouse_id)
    rows = session.execute(select(EquipmentLoanLine, EquipmentUnit.serial, Item)
                           .join(EquipmentUnit, EquipmentUnit.id == EquipmentLoanLine.unit_id)
                           .join(Item, Item.id == EquipmentUnit.item_id)
                           .where(EquipmentLoanLine.loan_id == loan.id)
                           .order_by(Item.name, EquipmentUnit.serial))
    units = tuple(LoanUnit(item.code, item.name, item.unit, serial, line.condition_out, line.returned_on,
                           line.condition_back, line.return_number, line.return_remarks)
                  for line, serial, item in rows)
    return LoanInfo(loan.number, wh.code, wh.name, wh.address, loan.borrower, loan.borrower_office,
                    loan.contact_name, loan.contact_position, loan.purpose, loan.lent_on, loan.due_on, loan.status,
                    loan.remarks, units, today or clock.today())


def counterparty(loan: EquipmentLoan | LoanInfo) -> str:
    """The borrower as the ledger names it: "Kantor Desa Pagar Jati (Desa Pagar Jati)"."""
    office = loan.borrower_office
    return f"{loan.borrower} ({office})" if office and office != loan.borrower else loan.borrower


# --- lending -----------------------------------------------------------------------------------------

@changes("stock", "documents")
def lend_units(session: Session, actor: Actor, warehouse: str, item: str, serials: Sequence[str], *,
               borrower: str, due: date | None, office: str = "", contact: str = "", contact_position: str = "",
               purpose: str = "", remarks: str = "", lent_on: date | None = None,
               backdate_reason: str = "") -> LoanInfo:
    """Pinjam pakai: the named units of ``item`` leave ``warehouse`` for ``borrower`` until ``due``."""
    can_lend_equipment.require(actor, action=N_("domain", "meminjamkan peralatan (pinjam pakai)"))
    borrower = _text(borrower, N_("domain", "Peminjam"))
    if not borrower:
        raise ValidationError(N_("errors", "Peminjam wajib diisi."))
    office = _text(office, N_("domain", "Kantor / desa peminjam"))
    contact = _text(contact, N_("domain", "Penanggung jawab peminjam"))
    contact_position = _text(contact_position, N_("domain", "Jabatan penanggung jawab"))
    purpose = _text(purpose, N_("domain", "Keperluan"), 300)
    remarks = _text(remarks, N_("domain", "Keterangan"), 300)
    wanted = _serials(serials)
    wh = get_warehouse(session, warehouse)
    it = find_item(session, item)
    if not it.serialized:
        raise ValidationError(N_("errors", "Pinjam pakai hanya untuk peralatan bernomor seri; {item} tidak "
                                           "bernomor seri."), item=f"{it.name} ({it.code})")
    when, reason = doc_dates.check_document_date(session, wh.id, lent_on, backdate_reason=backdate_reason)
    if due is None:
        raise ValidationError(N_("errors", "Tanggal wajib kembali harus diisi."))
    if due < when:
        raise ValidationError(N_("errors", "Tanggal wajib kembali {due} sebelum tanggal pinjam {lent}."),
                              due=due, lent=when)
    picks = pick(session, actor, wh, it, IssueLine(it.code, len(wanted), serials=tuple(wanted)),
                 allow_expired=False, purpose="issue")
    for p in picks:
        unit = session.get(EquipmentUnit, p.unit_id)
        if unit.dispatch_id is not None:  # approved for a dispatch that has not left yet
            raise ValidationError(N_("errors", "Unit {item} nomor seri {serial} sudah dicadangkan untuk sebuah "
                                               "pengiriman."), item=it.name, serial=unit.serial)
    number = numbering.next_number(session, actor, LOAN_KIND, when, entity=ENTITY).number
    loan = EquipmentLoan(number=number, warehouse_id=wh.id, borrower=borrower, borrower_office=office,
                         contact_name=contact, contact_position=contact_position, purpose=purpose, lent_on=when,
                         due_on=due, status=LOAN_OPEN, remarks=remarks, created_at=utcnow(), created_by=actor.id)
    session.add(loan)
    session.flush()
    doc = DocRef(LOAN_KIND, number, when, fresh=True)
    party = counterparty(loan)
    note = "; ".join(x for x in (purpose, f"wajib kembali {due:%d-%m-%Y}", reason and f"tanggal mundur: {reason}")
                     if x)
    for part, p in enumerate(picks):
        unit = session.get(EquipmentUnit, p.unit_id)
        ledger.take(session, wh.id, it.id, p.batch_id, 1, expires=False)
        unit.status, unit.warehouse_id, unit.loan_ref = ON_LOAN, None, number
        session.add(EquipmentLoanLine(loan_id=loan.id, unit_id=unit.id, condition_out=unit.condition,
                                      condition_back="", return_number="", return_remarks=""))
        session.flush()
        ledger.record(session, actor, doc, line_no=1, part=part, kind="issue", warehouse_id=wh.id, item_id=it.id,
                      batch=p.batch_id, qty_out=1, unit_id=unit.id, counterparty=party, remarks=note)
    audit.record(session, actor, "loan.out", N_("domain", "pinjam pakai"), number,
                 {"gudang": wh.code, "barang": it.code, "seri": wanted, "peminjam": borrower, "kantor": office,
                  "penanggung_jawab": contact, "keperluan": purpose, "tanggal": when.isoformat(),
                  "wajib_kembali": due.isoformat(), "alasan_tanggal_mundur": reason})
    return _info(session, loan)


# --- returning ---------------------------------------------------------------------------------------

@changes("stock", "documents")
def return_loan_units(session: Session, actor: Actor, number: str, serials: Sequence[str], condition: str = "baik",
                      *, remarks: str = "", when: date | None = None, backdate_reason: str = "") -> LoanReturn:
    """Units of loan ``number`` come back into its warehouse in ``condition`` (one Berita Acara Pengembalian)."""
    can_lend_equipment.require(actor, action=N_("domain", "menerima kembali peralatan pinjam pakai"))
    condition = _condition(condition)
    remarks = _text(remarks, N_("domain", "Keterangan"), 300)
    wanted = _serials(serials)
    loan = _find(session, number, lock=True)
    when, reason = doc_dates.check_document_date(session, loan.warehouse_id, when, backdate_reason=backdate_reason)
    if when < loan.lent_on:
        raise ValidationError(N_("errors", "Tanggal kembali {date} sebelum tanggal pinjam {lent}."), date=when,
                              lent=loan.lent_on)
    lines = {serial: (line, unit) for line, unit, serial in session.execute(
        select(EquipmentLoanLine, EquipmentUnit, EquipmentUnit.serial)
        .join(EquipmentUnit, EquipmentUnit.id == EquipmentLoanLine.unit_id)
        .where(EquipmentLoanLine.loan_id == loan.id).with_for_update(of=EquipmentLoanLine))}
    for serial in wanted:
        found = lines.get(serial)
        if found is None or found[0].returned_on is not None or found[1].status != ON_LOAN \
                or found[1].loan_ref != loan.number:
            raise ValidationError(N_("errors", "Unit nomor seri {serial} tidak sedang dipinjam dalam pinjam pakai "
                                               "{number}."), serial=serial, number=loan.number)
    back = numbering.next_number(session, actor, RETURN_KIND, when, entity=ENTITY, entity_id=loan.number).number
    doc = DocRef(RETURN_KIND, back, when, fresh=True)
    party = counterparty(loan)
    late = f"terlambat {(when - loan.due_on).days} hari" if when > loan.due_on else ""
    note = "; ".join(x for x in (f"kembali dari {loan.number}", "" if condition == "baik" else f"kondisi {condition}",
                                 late, remarks, reason and f"tanggal mundur: {reason}") if x)
    for part, serial in enumerate(wanted):
        line, unit = lines[serial]
        batch = ledger.empty_batch(session, unit.item_id)
        ledger.put(session, loan.warehouse_id, unit.item_id, batch, 1, expires=False)
        if unit.condition != condition:
            session.add(EquipmentEvent(unit_id=unit.id, at=utcnow(), user_id=actor.id, kind="kondisi",
                                       old_value=unit.condition, new_value=condition,
                                       remarks=f"kembali dari {loan.number}"[:300]))
        unit.status, unit.warehouse_id, unit.loan_ref, unit.condition = IN_WAREHOUSE, loan.warehouse_id, "", condition
        line.returned_on, line.condition_back, line.return_number, line.return_remarks = when, condition, back, remarks
        session.flush()
        ledger.record(session, actor, doc, line_no=1, part=part, kind="return", warehouse_id=loan.warehouse_id,
                      item_id=unit.item_id, batch=batch, qty_in=1, unit_id=unit.id, source="return",
                      counterparty=party, remarks=note)
    if all(line.returned_on is not None for line, _unit in lines.values()):
        loan.status = LOAN_CLOSED
    session.flush()
    audit.record(session, actor, "loan.return", N_("domain", "pinjam pakai"), loan.number,
                 {"berita_acara": back, "seri": wanted, "kondisi": condition, "tanggal": when.isoformat(),
                  "catatan": remarks, "alasan_tanggal_mundur": reason})
    return LoanReturn(back, _info(session, loan))


# --- reading -----------------------------------------------------------------------------------------

def get_loan(session: Session, number: str) -> LoanInfo:
    return _info(session, _find(session, number))


def find_loan(session: Session, number: str) -> LoanInfo | None:
    """The loan numbered ``number``, or None (the papers' registry asks before it knows the kind)."""
    loan = session.scalar(select(EquipmentLoan).where(EquipmentLoan.number == (number or "").strip()))
    return None if loan is None else _info(session, loan)


def list_loans(session: Session, *, overdue: bool = False, open_only: bool = False, warehouse: str | None = None,
               today: date | None = None) -> list[LoanInfo]:
    """Loans, newest first; ``open_only``: with a unit still out; ``overdue``: out past the due date."""
    today = today or clock.today()
    query = select(EquipmentLoan).order_by(EquipmentLoan.lent_on.desc(), EquipmentLoan.id.desc())
    if open_only or overdue:
        query = query.where(EquipmentLoan.status == LOAN_OPEN)
    if overdue:
        query = query.where(EquipmentLoan.due_on < today)
    if warehouse:
        query = query.where(EquipmentLoan.warehouse_id == get_warehouse(session, warehouse).id)
    return [_info(session, loan, today) for loan in session.scalars(query)]


def lendable_units(session: Session, warehouse: str, item: str) -> list[tuple[str, str]]:
    """(serial, condition) of the units of ``item`` that may be lent from ``warehouse`` now: on the shelf,
    not held by a dispatch, not heavily damaged (a write-off request is refused when lending)."""
    wh, it = get_warehouse(session, warehouse), find_item(session, item)
    return [(serial, cond) for serial, cond in session.execute(
        select(EquipmentUnit.serial, EquipmentUnit.condition)
        .where(EquipmentUnit.item_id == it.id, EquipmentUnit.warehouse_id == wh.id,
               EquipmentUnit.status == IN_WAREHOUSE, EquipmentUnit.dispatch_id.is_(None),
               EquipmentUnit.condition != "rusak berat")
        .order_by(EquipmentUnit.serial))]
