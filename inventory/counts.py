"""Stock count (stock opname): snapshot, blind count sheet, counted quantities, adjustments.

Work goes on while a warehouse is counted, so the count never overwrites the balance:
- starting a count records the balances and the last movement id (the snapshot mark);
- entering a counted quantity records the last movement id at that moment (the counted mark):
  movements between the two marks happened before the goods were counted;
- the warehouse sends the complete count for approval (``submit_count``); from then on its counts
  cannot change unless an official returns it (``return_count``);
- an official who neither entered counts nor sent it approves (``approve_count``), which books, per
  line, an adjustment of ``counted - (snapshot + movements between the marks)``.  Movements after
  the count was entered stay as they are, on top of the adjustment.  Nobody posts differences alone.
An item that expires is counted per batch: a counted quantity without a batch would be stock without
an expiry, so it is refused; goods found off the books name their batch and expiry (the batch is
recorded then).
Serial-numbered equipment is counted too, but a difference there must be settled unit by unit
(receipt of the found serial, write-off of the missing one), so posting refuses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory import ledger
from inventory.catalog import get_item, get_warehouse
from inventory.errors import (
    CountIncomplete,
    CountNotOpen,
    CountNotSubmitted,
    CountSubmitted,
)
from inventory.ledger import Booking, DocRef
from inventory.models import (
    COUNT_SUBMITTED,
    Batch,
    Item,
    StockBalance,
    StockCount,
    StockCountLine,
    StockCountMember,
    StockMovement,
    Warehouse,
)
from inventory.permissions import can_approve_count, can_count_stock
from tagana_app import audit, clock, numbering
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.models import User, utcnow
from tagana_app.quantities import MAX_BALANCE, check_quantity
from tagana_app.texts import N_, Text

NIP_DIGITS = 18
TEAM_NAME_MAX, TEAM_ROLE_MAX = 200, 100


@dataclass(frozen=True)
class TeamMember:
    """One member of the count team: name, NIP (empty for staff who are not civil servants), role."""

    name: str
    nip: str
    role: str


@dataclass(frozen=True)
class CountLineInfo:
    id: int
    line_no: int
    item: str
    item_name: str
    category: str
    unit: str
    batch: str
    expiry: date | None
    serialized: bool
    snapshot_qty: int
    counted_qty: int | None
    during_count: int | None  # net movements between the snapshot and the count
    expected_qty: int | None
    difference: int | None
    reason: str


@dataclass(frozen=True)
class CountInfo:
    id: int
    number: str
    warehouse: str
    warehouse_name: str
    status: str
    started_at: datetime
    posted_at: datetime | None
    remarks: str
    lines: tuple[CountLineInfo, ...]
    cutoff_at: datetime | None = None  # None: the start is the cut-off (counts from before it was recorded)
    team: tuple[TeamMember, ...] = ()
    submitted_at: datetime | None = None
    submitted_by: str = ""  # user name of who sent it for approval
    counted_by: tuple[str, ...] = ()  # user names of who entered its counted quantities
    posted_by: str = ""  # the official who approved it (its posting)

    @property
    def cutoff(self) -> datetime:
        return self.cutoff_at or self.started_at

    @property
    def uncounted(self) -> int:
        return sum(1 for line in self.lines if line.counted_qty is None)


@dataclass(frozen=True)
class CountSheetLine:
    line_no: int
    item: str
    item_name: str
    category: str
    unit: str
    batch: str
    expiry: date | None


@dataclass(frozen=True)
class CountSheet:
    """The blind count sheet: what to count, never how much the books say."""

    number: str
    warehouse: str
    warehouse_name: str
    started_at: datetime
    lines: tuple[CountSheetLine, ...]


def _get(session: Session, number_or_id: str | int, *, lock: bool = False) -> StockCount:
    key = StockCount.id == number_or_id if isinstance(number_or_id, int) else StockCount.number == number_or_id
    query = select(StockCount).where(key)
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(what=N_("domain", "Stock opname"), key=number_or_id)
    return found


def _open(session: Session, number_or_id: str | int) -> StockCount:
    """A count whose counts may still change: open, and not sent for approval."""
    count = _get(session, number_or_id, lock=True)
    if count.status != "dibuka":
        raise CountNotOpen(number=count.number, status=count.status)
    if count.submitted_at is not None:
        raise CountSubmitted(number=count.number)
    return count


def _submitted(session: Session, number_or_id: str | int) -> StockCount:
    count = _get(session, number_or_id, lock=True)
    if count.status != "dibuka" or count.submitted_at is None:
        raise CountNotSubmitted(number=count.number, status=_status(count))
    return count


def _status(count: StockCount) -> str:
    return COUNT_SUBMITTED if count.status == "dibuka" and count.submitted_at is not None else count.status


def check_team(team: Sequence[TeamMember]) -> tuple[TeamMember, ...]:
    """The team as it will be printed: names and roles required, a NIP of 18 digits when given, nobody twice."""
    checked: list[TeamMember] = []
    for n, member in enumerate(team, 1):
        name, nip, role = " ".join(member.name.split()), member.nip.strip(), " ".join(member.role.split())
        if not name or not role:
            raise ValidationError(N_("errors", "Anggota tim opname ke-{n}: nama dan peran dalam tim wajib diisi."),
                                  n=n)
        if len(name) > TEAM_NAME_MAX or len(role) > TEAM_ROLE_MAX:
            raise ValidationError(N_("errors", "Anggota tim opname ke-{n}: nama paling panjang {name_max} huruf, "
                                               "peran {role_max} huruf."), n=n, name_max=TEAM_NAME_MAX,
                                  role_max=TEAM_ROLE_MAX)
        if nip and not (len(nip) == NIP_DIGITS and nip.isascii() and nip.isdigit()):
            raise ValidationError(N_("errors", "NIP {name} harus 18 angka (tertulis '{nip}')."), name=name,
                                  nip=nip[:40])
        key = nip or name.casefold()
        if any((x.nip or x.name.casefold()) == key for x in checked):
            raise ValidationError(N_("errors", "{name} tercatat dua kali dalam tim opname."), name=name)
        checked.append(TeamMember(name, nip, role))
    return tuple(checked)


def _check_cutoff(session: Session, warehouse_id: int, cutoff: datetime) -> datetime:
    """A cut-off is not in the future, and no movement of the warehouse was booked after it (the book
    quantities taken now would otherwise include goods that moved after the cut-off)."""
    if cutoff.tzinfo is None:
        cutoff = cutoff.replace(tzinfo=clock.zone())
    if cutoff > clock.utcnow():
        raise ValidationError(N_("errors", "Cut-off opname {cutoff} belum terjadi; isi saat yang sudah lewat."),
                              cutoff=_shown_time(cutoff))
    last = session.scalar(select(func.max(StockMovement.at)).where(StockMovement.warehouse_id == warehouse_id))
    # a cut-off is written to the minute: it covers the movements of its own minute
    if last is not None and clock.local(last).replace(second=0, microsecond=0) > cutoff:
        raise ValidationError(N_("errors", "Cut-off opname {cutoff} lebih awal dari mutasi terakhir gudang ini "
                                           "({last}); jumlah menurut buku tidak akan sesuai cut-off."),
                              cutoff=_shown_time(cutoff), last=_shown_time(last))
    return cutoff


def _shown_time(value: datetime) -> str:
    return clock.local(value).strftime("%d-%m-%Y %H:%M")


def _store_team(session: Session, count: StockCount, team: tuple[TeamMember, ...]) -> None:
    for row in session.scalars(select(StockCountMember).where(StockCountMember.count_id == count.id)):
        session.delete(row)
    session.flush()
    session.add_all([StockCountMember(count_id=count.id, seq=n, name=m.name, nip=m.nip, role=m.role)
                     for n, m in enumerate(team, 1)])


@changes("stock", "documents")
def start_count(session: Session, actor: Actor, warehouse: str, *, team: Sequence[TeamMember] = (),
                cutoff: datetime | None = None, remarks: str = "") -> CountInfo:
    """Open a count: snapshot every batch balance of the warehouse (empty ones included).  Its number
    comes from the office's "opname" pattern; ``team`` and ``cutoff`` (default: now) are what its
    Berita Acara states."""
    can_count_stock.require(actor, action=N_("domain", "memulai stock opname"))
    wh = get_warehouse(session, warehouse)
    members = check_team(team)
    cutoff = _check_cutoff(session, wh.id, cutoff) if cutoff is not None else clock.utcnow()
    already = session.scalar(select(StockCount.number).where(StockCount.warehouse_id == wh.id,
                                                             StockCount.status == "dibuka"))
    if already:
        raise ValidationError(N_("errors", "Gudang {warehouse} sedang diopname ({number}); selesaikan dulu "
                                           "opname itu."),
                              warehouse=wh.name, number=already)
    mark = ledger.movement_mark(session)
    number = numbering.next_number(session, actor, "opname", clock.today(), entity="stock_opname").number
    count = StockCount(number=number, warehouse_id=wh.id, status="dibuka", snapshot_mark=mark, started_at=utcnow(),
                       started_by=actor.id, remarks=remarks, cutoff_at=cutoff)
    session.add(count)
    session.flush()
    _store_team(session, count, members)
    rows = session.execute(select(StockBalance.item_id, StockBalance.batch_id, StockBalance.quantity)
                           .join(Item, Item.id == StockBalance.item_id)
                           .where(StockBalance.warehouse_id == wh.id, Item.active.is_(True))
                           .where((StockBalance.quantity > 0) | (Item.expires.is_(False)))
                           .order_by(Item.category, Item.name, StockBalance.batch_id)).all()
    session.add_all([StockCountLine(count_id=count.id, item_id=i, batch_id=b, snapshot_qty=q, reason="")
                     for i, b, q in rows])
    session.flush()
    audit.record(session, actor, "stock.count.start", N_("domain", "stock_opname"), number,
                 {"gudang": wh.code, "baris": len(rows), "tanda_mutasi": mark, "cut_off": cutoff.isoformat(),
                  "tim": [m.__dict__ for m in members]})
    return count_info(session, count.id)


@changes("stock")
def set_count_team(session: Session, actor: Actor, number_or_id: str | int, team: Sequence[TeamMember]) -> CountInfo:
    """Name (or rename) the count team of a count that is not cancelled (a change after its Berita Acara
    was printed shows when the paper is verified)."""
    can_count_stock.require(actor, action=N_("domain", "mengisi tim stock opname"))
    members = check_team(team)
    if not members:
        raise ValidationError(N_("errors", "Tim opname tanpa anggota."))
    count = _get(session, number_or_id, lock=True)
    if count.status == "batal":
        raise CountNotOpen(number=count.number, status=count.status)
    _store_team(session, count, members)
    session.flush()
    audit.record(session, actor, "stock.count.team", N_("domain", "stock_opname"), count.number,
                 {"tim": [m.__dict__ for m in members]})
    return count_info(session, count.id)


def count_sheet(session: Session, number_or_id: str | int) -> CountSheet:
    count = _get(session, number_or_id)
    wh = session.get(Warehouse, count.warehouse_id)
    lines = tuple(CountSheetLine(i + 1, line.item, line.item_name, line.category, line.unit, line.batch, line.expiry)
                  for i, line in enumerate(count_info(session, count.id).lines))
    return CountSheet(count.number, wh.code, wh.name, count.started_at, lines)


def _count_batch(session: Session, item: Item, batch: str, expiry: date | None, counted: int) -> Batch:
    """The batch a counted quantity is for.  Goods of an item that expires are counted per batch: a
    positive count on a line without a batch code and without an expiry would be stock that never
    expires, so it is refused.  A batch not on the books (goods found) is recorded, with its expiry
    when the item expires."""
    code = " ".join(batch.split())
    found = session.scalar(select(Batch).where(Batch.item_id == item.id, Batch.code == code))
    if item.expires and not code and (found is None or (found.expiry is None and counted > 0)):
        raise ValidationError(N_("errors", "{item} ({code}) memiliki tanggal kedaluwarsa: hitung per batch dan isi "
                                           "kode batch (dan tanggal kedaluwarsa bila batch belum tercatat)."),
                              item=item.name, code=item.code)
    if found is not None:
        if expiry is not None and found.expiry != expiry:
            raise ValidationError(N_("errors", "Batch '{batch}' sudah tercatat dengan tanggal kedaluwarsa "
                                               "{recorded}, bukan {given}."),
                                  batch=code, recorded=found.expiry or "-", given=expiry)
        return found
    if item.expires and expiry is None:
        raise ValidationError(N_("errors", "Batch '{batch}' {item} belum tercatat: isi tanggal kedaluwarsanya untuk "
                                           "mencatat barang yang ditemukan."), batch=code, item=item.code)
    return session.get(Batch, ledger.batch_id(session, item.id, code, expiry if item.expires else None))


@changes("stock")
def enter_count(session: Session, actor: Actor, number_or_id: str | int, item: str, counted: int, *,
                batch: str = "", reason: str = "", expiry: date | None = None) -> CountLineInfo:
    """Record what was counted for an item and batch (a line is added for goods found off the books;
    ``expiry`` records a batch not on the books of an item that expires)."""
    can_count_stock.require(actor, action=N_("domain", "mengisi hasil stock opname"))
    check_quantity(counted, field=N_("domain", "Jumlah terhitung"), allow_zero=True, maximum=MAX_BALANCE)
    count = _open(session, number_or_id)
    it = get_item(session, item)
    batch_row = _count_batch(session, it, batch, expiry, counted)
    line = session.scalar(select(StockCountLine).where(StockCountLine.count_id == count.id,
                                                       StockCountLine.item_id == it.id,
                                                       StockCountLine.batch_id == batch_row.id))
    if line is None:
        line = StockCountLine(count_id=count.id, item_id=it.id, batch_id=batch_row.id, snapshot_qty=0, reason="")
        session.add(line)
    line.counted_qty = counted
    line.counted_mark = ledger.movement_mark(session)
    line.counted_by = actor.id
    line.reason = reason.strip()[:300]
    session.flush()
    audit.record(session, actor, "stock.count.enter", N_("domain", "stock_opname"), count.number,
                 {"barang": it.code, "batch": batch_row.code, "terhitung": counted, "alasan": line.reason})
    return next(x for x in count_info(session, count.id).lines if x.id == line.id)


def _during(session: Session, count: StockCount, line: StockCountLine) -> int:
    if line.counted_mark is None:
        return 0
    return int(session.scalar(
        select(func.coalesce(func.sum(StockMovement.qty_in - StockMovement.qty_out), 0))
        .where(StockMovement.warehouse_id == count.warehouse_id, StockMovement.item_id == line.item_id,
               StockMovement.batch_id == line.batch_id, StockMovement.id > count.snapshot_mark,
               StockMovement.id <= line.counted_mark)) or 0)


def _check_complete(session: Session, count: StockCount) -> CountInfo:
    """Every line counted, every difference with its reason, no difference of serial-numbered goods."""
    info = count_info(session, count.id)
    missing = [line for line in info.lines if line.counted_qty is None]
    if missing:
        examples = ", ".join(f"{x.item}{'/' + x.batch if x.batch else ''}" for x in missing[:5])
        raise CountIncomplete(number=count.number, missing=len(missing), examples=examples)
    no_reason = [x for x in info.lines if x.difference and not x.reason]
    if no_reason:
        raise ValidationError(N_("errors", "Selisih opname perlu alasan: {lines}."), lines=", ".join(
            f"{x.item}{'/' + x.batch if x.batch else ''} ({x.difference:+d})" for x in no_reason[:10]))
    serial_diff = [x for x in info.lines if x.difference and x.serialized]
    if serial_diff:
        raise ValidationError(N_("errors", "Selisih barang bernomor seri ({items}) diselesaikan per unit: "
                                           "catat penerimaan unit yang ditemukan atau ajukan penghapusan unit "
                                           "yang hilang, lalu hitung ulang."),
                              items=", ".join(x.item for x in serial_diff))
    return info


@changes("stock")
def submit_count(session: Session, actor: Actor, number_or_id: str | int) -> CountInfo:
    """Send a complete count for approval (every line counted, every difference with its reason)."""
    can_count_stock.require(actor, action=N_("domain", "mengajukan stock opname"))
    count = _open(session, number_or_id)
    info = _check_complete(session, count)
    count.submitted_at, count.submitted_by = utcnow(), actor.id
    session.flush()
    audit.record(session, actor, "stock.count.request", N_("domain", "stock_opname"), count.number,
                 {"selisih": [{"barang": x.item, "batch": x.batch, "selisih": x.difference, "alasan": x.reason}
                              for x in info.lines if x.difference]})
    return count_info(session, count.id)


@changes("stock")
def return_count(session: Session, actor: Actor, number_or_id: str | int, note: str) -> CountInfo:
    """An official sends a submitted count back to the warehouse (recount, a reason to fix), with a note."""
    can_approve_count.require(actor, action=N_("domain", "mengembalikan stock opname"))
    if not note.strip():
        raise ValidationError(N_("errors", "Catatan pengembalian opname wajib diisi: apa yang perlu diperbaiki."))
    count = _submitted(session, number_or_id)
    count.submitted_at, count.submitted_by = None, None
    session.flush()
    audit.record(session, actor, "stock.count.return", N_("domain", "stock_opname"), count.number,
                 {"catatan": note.strip()[:300]})
    return count_info(session, count.id)


@changes("stock", "documents")
def approve_count(session: Session, actor: Actor, number_or_id: str | int) -> tuple[CountInfo, Booking]:
    """An official who neither entered counts on it nor sent it approves a submitted count: the count
    closes and its differences are booked as adjustment movements with their reasons."""
    can_approve_count.require(actor, action=N_("domain", "menyetujui stock opname"))
    count = _submitted(session, number_or_id)
    makers = {count.submitted_by} | set(session.scalars(select(StockCountLine.counted_by).where(
        StockCountLine.count_id == count.id)))
    can_approve_count.require(actor, action=Text(N_("domain", "menyetujui stock opname {number}"), "domain",
                                                 number=count.number),
                              made_by=session.scalars(select(User.username).where(User.id.in_(makers - {None}))))
    info = _check_complete(session, count)
    doc = DocRef("opname", count.number, clock.today())
    ids: list[int] = []
    rows = {line.id: line for line in session.scalars(select(StockCountLine).where(
        StockCountLine.count_id == count.id))}
    for x in info.lines:
        row = rows[x.id]
        row.adjustment = x.difference
        if not x.difference:
            continue
        item_id, batch = row.item_id, row.batch_id
        if x.difference > 0:
            ledger.put(session, count.warehouse_id, item_id, batch, x.difference)
        else:
            ledger.take(session, count.warehouse_id, item_id, batch, -x.difference)
        ids.append(ledger.record(session, actor, doc, line_no=x.line_no, part=0, kind="adjust",
                                 warehouse_id=count.warehouse_id, item_id=item_id, batch=batch,
                                 qty_in=max(x.difference, 0), qty_out=max(-x.difference, 0),
                                 counterparty="Selisih stock opname", remarks=x.reason))
    count.status, count.posted_at, count.posted_by = "diposting", utcnow(), actor.id
    session.flush()
    booking = Booking(doc.doc_type, doc.number, doc.date, ledger.movement_infos(session, ids))
    audit.record(session, actor, "stock.count.approve", N_("domain", "stock_opname"), count.number,
                 {"penyesuaian": [{"barang": m.item, "batch": m.batch, "masuk": m.qty_in, "keluar": m.qty_out}
                                  for m in booking.movements]})
    return count_info(session, count.id), booking


@changes("stock")
def cancel_count(session: Session, actor: Actor, number_or_id: str | int, reason: str) -> CountInfo:
    can_count_stock.require(actor, action=N_("domain", "membatalkan stock opname"))
    if not reason.strip():
        raise ValidationError(N_("errors", "Alasan pembatalan opname wajib diisi."))
    count = _open(session, number_or_id)
    count.status, count.remarks = "batal", (count.remarks + " | batal: " + reason.strip())[:300]
    session.flush()
    audit.record(session, actor, "stock.count.cancel", N_("domain", "stock_opname"), count.number,
                 {"alasan": reason.strip()})
    return count_info(session, count.id)


def count_info(session: Session, count_id: int) -> CountInfo:
    count = session.get(StockCount, count_id)
    wh = session.get(Warehouse, count.warehouse_id)
    rows = session.execute(select(StockCountLine, Item, Batch)
                           .join(Item, Item.id == StockCountLine.item_id)
                           .join(Batch, Batch.id == StockCountLine.batch_id)
                           .where(StockCountLine.count_id == count.id)
                           .order_by(StockCountLine.id)).all()
    lines = []
    for n, (line, item, batch) in enumerate(rows, start=1):
        during = expected = diff = None
        if line.counted_qty is not None:
            during = _during(session, count, line)
            expected = line.snapshot_qty + during
            diff = line.counted_qty - expected
        if count.status == "diposting":
            diff = line.adjustment
        lines.append(CountLineInfo(line.id, n, item.code, item.name, item.category, item.unit, batch.code,
                                   batch.expiry, item.serialized, line.snapshot_qty, line.counted_qty, during,
                                   expected, diff, line.reason))
    team = tuple(TeamMember(m.name, m.nip, m.role) for m in session.scalars(
        select(StockCountMember).where(StockCountMember.count_id == count.id).order_by(StockCountMember.seq)))
    ids = {count.submitted_by, count.posted_by} | {line.counted_by for line, _item, _batch in rows}
    names = {uid: name for uid, name in session.execute(
        select(User.id, User.username).where(User.id.in_(ids - {None})))} if ids - {None} else {}
    counters = tuple(sorted({names[line.counted_by] for line, _i, _b in rows if line.counted_by in names}))
    return CountInfo(count.id, count.number, wh.code, wh.name, _status(count), count.started_at, count.posted_at,
                     count.remarks, tuple(lines), count.cutoff_at, team, count.submitted_at,
                     names.get(count.submitted_by, ""), counters, names.get(count.posted_by, ""))


def get_count(session: Session, number_or_id: str | int) -> CountInfo:
    return count_info(session, _get(session, number_or_id).id)


def list_counts(session: Session, *, warehouse: str | None = None, pending: bool = False) -> list[CountInfo]:
    """Newest first; ``pending``: only those sent for approval and not yet approved."""
    query = select(StockCount.id).order_by(StockCount.id.desc())
    if pending:
        query = query.where(StockCount.status == "dibuka", StockCount.submitted_at.is_not(None))
    if warehouse:
        query = query.where(StockCount.warehouse_id == get_warehouse(session, warehouse).id)
    return [count_info(session, cid) for cid in session.scalars(query)]
