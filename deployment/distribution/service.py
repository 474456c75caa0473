"""Distributions (penyaluran): goods handed to a village, a household or a group, under a DST number.

``distribute`` records one: the incident, the warehouse the goods leave (at a posko its own
warehouse), the desa/kelurahan, who received it (kepala keluarga with NIK when known, or the
village, or a group), how many people, and the lines (item = quantity, or a kit scaled to the
household).  Its lines leave the warehouse's stock like a pengeluaran (issue movements under doc
type "distribusi", so the stock card shows them).  ``cancel_distribution`` books them back under a
koreksi number.

**Repeat warning**: the same household (same NIK, or same name in the same desa when no NIK) given
the same package (same kit, or the same set of items) within ``settings.DISTRIBUTION_REPEAT_DAYS``
days is refused with ``RepeatDistribution`` unless the person confirms; the warning they went past is
kept with the distribution.

Distributions made at a posko arrive at the office by exchange file (``site_code`` is the posko's):
they are listed and counted here but never touch this database's ledger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import kits
from deployment.distribution.models import RECIPIENT_KINDS, Distribution, DistributionLine
from deployment.exchange import sites
from deployment.models import Incident
from deployment.permissions import can_distribute
from deployment.validate import check_nik, kecamatan_of
from inventory import doc_dates, stock_documents
from inventory.catalog import find_item, get_warehouse
from inventory.ledger import DocRef
from inventory.models import Item, StockCorrection, StockMovement, Warehouse
from inventory.stock import IssueLine, book_issue_lines, book_reversals
from tagana_app import audit, clock, numbering, regions, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.errors import NotFound, TaganaError, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_

DOC_TYPE = "distribusi"


class RepeatDistribution(TaganaError):
    """The same household got the same package a short while ago: recorded only when confirmed."""

    template = N_("errors", "{recipient} di {desa} sudah menerima {package} pada {date} ({number}), {days} hari "
                            "terakhir. Catat lagi hanya bila memang disengaja (konfirmasi distribusi ulang).")


class DistributionNotActive(TaganaError):
    template = N_("errors", "Distribusi {number} sudah dibatalkan ({reason}).")


class NotOurDistribution(TaganaError):
    template = N_("errors", "Distribusi {number} dicatat di {site}; hanya {site} yang dapat membatalkannya.")


@dataclass(frozen=True)
class DistributionLineInput:
    item: str          # item code or barcode
    quantity: int      # in the item's unit


@dataclass(frozen=True)
class DistributionInput:
    incident: str
    desa_code: str
    recipient_name: str
    recipient_kind: str = "kk"
    nik: str = ""
    household_size: int | None = None
    warehouse: str = ""        # "" at a posko: its own warehouse
    package: str = ""          # a kit code, scaled to the household by the kit's basis
    lines: Sequence[DistributionLineInput] = ()
    distributed_on: date | None = None
    backdate_reason: str = ""
    remarks: str = ""
    confirm_repeat: bool = False


@dataclass(frozen=True)
class DistributionLineInfo:
    line_no: int
    item: str
    item_name: str
    unit: str
    quantity: int


@dataclass(frozen=True)
class DistributionRecord:
    id: int
    number: str
    site_code: str             # "" the office
    incident: str
    incident_name: str
    warehouse: str
    warehouse_name: str
    distributed_on: date
    desa_code: str
    desa_name: str
    kecamatan_name: str
    recipient_kind: str
    recipient_name: str
    nik: str
    household_size: int | None
    package: str
    warning: str
    remarks: str
    status: str
    created_by: str
    cancel_reason: str
    lines: tuple[DistributionLineInfo, ...]

    @property
    def items_text(self) -> str:
        """"Beras 10 kg, Family kit 1 paket": what the recipient got, for lists and papers."""
        return ", ".join(f"{x.item_name} {x.quantity} {x.unit}" for x in self.lines)

    @property
    def where(self) -> str:
        """Who recorded it: the posko's code, or "Kantor"."""
        return self.site_code or "Kantor"


@dataclass(frozen=True)
class VillageTotal:
    desa_code: str
    desa_name: str
    kecamatan_name: str
    distributions: int
    households: int          # distributions to a kepala keluarga
    people: int              # the people they feed (jiwa)
    items: tuple[tuple[str, str, str, int], ...]  # (code, name, unit, quantity), by code

    @property
    def items_text(self) -> str:
        return ", ".join(f"{name} {qty} {unit}" for _code, name, unit, qty in self.items)


def own_code(session: Session) -> str:
    """The site code this database records distributions under: the posko's code, or "" at the office."""
    me = sites.self_row(session, create=False)
    return me.code if me is not None and me.kind == "posko" else ""


def own_warehouse(session: Session) -> Warehouse | None:
    """A posko's own warehouse (the default of a distribution there); None at the office."""
    me = sites.self_row(session, create=False)
    if me is None or me.kind != "posko" or me.warehouse_id is None:
        return None
    return session.get(Warehouse, me.warehouse_id)


def _normal_name(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").replace(",", " ").split())


def _region_names(code: str) -> tuple[str, str]:
    if not code:
        return "", ""
    return regions.name(code), regions.name(kecamatan_of(code))


def _record(session: Session, row: Distribution) -> DistributionRecord:
    incident = session.get(Incident, row.incident_id)
    wh = session.get(Warehouse, row.warehouse_id)
    lines = tuple(DistributionLineInfo(line.line_no, item.code, item.name, item.unit, line.quantity)
                  for line, item in session.execute(
                      select(DistributionLine, Item).join(Item, Item.id == DistributionLine.item_id)
                      .where(DistributionLine.distribution_id == row.id).order_by(DistributionLine.line_no)))
    desa, kecamatan = _region_names(row.desa_code)
    return DistributionRecord(row.id, row.number, row.site_code, incident.number, incident.name,
                              wh.code if wh else "", wh.name if wh else "", row.distributed_on, row.desa_code, desa,
                              kecamatan, row.recipient_kind, row.recipient_name, row.nik, row.household_size,
                              row.package, row.warning, row.remarks, row.status, row.created_by, row.cancel_reason,
                              lines)


def _lines(session: Session, data: DistributionInput, household: int | None) -> tuple[str, list[tuple[Item, int]]]:
    """(kit code, [(item, quantity)]) of what is handed out: the kit scaled, then the typed lines."""
    wanted: dict[int, int] = {}
    items: dict[int, Item] = {}
    package = ""
    if data.package.strip():
        kit = kits.get_kit(session, data.package)
        package = kit.code
        if kit.basis == "jiwa" and household is None:
            raise ValidationError(N_("errors", "Paket {kit} dihitung per jiwa: isi jumlah jiwa penerima."),
                                  kit=kit.name)
        count = household if kit.basis == "jiwa" else 1
        for line in kits.scale(kit, count or 1):
            item = find_item(session, line.item)
            items[item.id] = item
            wanted[item.id] = wanted.get(item.id, 0) + line.quantity
    typed: set[int] = set()
    for n, line in enumerate(data.lines, start=1):
        item = find_item(session, line.item)
        if item.id in typed:
            raise ValidationError(N_("errors", "Baris {line}: barang {item} sudah ada pada baris lain."),
                                  line=n, item=item.code)
        typed.add(item.id)
        items[item.id] = item
        wanted[item.id] = wanted.get(item.id, 0) + check_quantity(line.quantity, field=N_("domain", "Jumlah"))
    if not wanted:
        raise ValidationError(N_("errors", "Distribusi tanpa barang: isi paket atau baris barang (KODE=JUMLAH)."))
    return package, [(items[i], q) for i, q in wanted.items()]


def _package_label(session: Session, package: str, item_ids: set[int]) -> str:
    if package:
        return package
    names = session.scalars(select(Item.name).where(Item.id.in_(item_ids)).order_by(Item.name))
    return ", ".join(names)


def repeat_of(session: Session, *, nik: str, name: str, desa_code: str, package: str, item_ids: set[int],
              when: date) -> Distribution | None:
    """The latest active distribution to the same household of the same package within the repeat window."""
    days = settings.get_office(session, settings.DISTRIBUTION_REPEAT_DAYS)
    if days <= 0:
        return None
    query = (select(Distribution).where(Distribution.status == "aktif",
                                        Distribution.distributed_on >= when - timedelta(days=days),
                                        Distribution.distributed_on <= when + timedelta(days=days))
             .order_by(Distribution.distributed_on.desc(), Distribution.id.desc()))
    if nik:
        query = query.where(Distribution.nik == nik)
    else:
        query = query.where(Distribution.desa_code == desa_code)
    wanted = _normal_name(name)
    for row in session.scalars(query):
        if not nik and (row.nik or _normal_name(row.recipient_name) != wanted):
            continue
        if package or row.package:
            if package == row.package:
                return row
            continue
        got = set(session.scalars(select(DistributionLine.item_id)
                                  .where(DistributionLine.distribution_id == row.id)))
        if got == item_ids:
            return row
    return None


@changes("stock", "documents", "distributions")
def distribute(session: Session, actor: Actor, data: DistributionInput) -> DistributionRecord:
    """Record a distribution and book its goods out of the warehouse's stock."""
    can_distribute.require(actor)
    incident = incident_service.find(session, data.incident)
    desa = regions.require((data.desa_code or "").strip(), levels=(4,), field=N_("domain", "Desa/kelurahan"))
    if data.recipient_kind not in RECIPIENT_KINDS:
        raise ValidationError(N_("errors", "Jenis penerima '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=data.recipient_kind, choices=", ".join(RECIPIENT_KINDS))
    name = clean_text(data.recipient_name, field=N_("domain", "Nama penerima"), max_len=200)
    if not name:
        raise ValidationError(N_("errors", "Nama penerima wajib diisi."))
    nik = check_nik(data.nik).nik if (data.nik or "").strip() else ""
    household = None
    if data.household_size is not None:
        household = check_quantity(data.household_size, field=N_("domain", "Jumlah jiwa"))
    remarks = clean_text(data.remarks, field=N_("domain", "Keterangan"), max_len=TEXT_MAX, multiline=True)
    code = own_code(session)
    if (data.warehouse or "").strip():
        wh = get_warehouse(session, data.warehouse.strip())
    else:
        wh = own_warehouse(session)
        if wh is None:
            raise ValidationError(N_("errors", "Gudang asal distribusi wajib diisi."))
    when, reason = doc_dates.check_document_date(session, wh.id, data.distributed_on,
                                                 backdate_reason=data.backdate_reason)
    package, lines = _lines(session, data, household)
    item_ids = {item.id for item, _qty in lines}
    warning = ""
    earlier = repeat_of(session, nik=nik, name=name, desa_code=desa.code, package=package, item_ids=item_ids,
                        when=when)
    if earlier is not None:
        refusal = RepeatDistribution(recipient=name, desa=desa.name, package=_package_label(session, package, item_ids),
                                     date=earlier.distributed_on.strftime("%d-%m-%Y"), number=earlier.number,
                                     days=settings.get_office(session, settings.DISTRIBUTION_REPEAT_DAYS))
        if not data.confirm_repeat:
            raise refusal
        warning = refusal.message[:500]
    issued = numbering.next_number(session, actor, DOC_TYPE, when, entity=DOC_TYPE)
    doc = DocRef(DOC_TYPE, issued.number, when, fresh=True)
    recipient = f"{name} ({desa.name})"
    ids = book_issue_lines(session, actor, wh, doc, [IssueLine(item.code, qty) for item, qty in lines],
                           recipient=recipient, remarks=remarks)
    stock_documents.record_document(session, actor, doc, warehouse_id=wh.id, counterparty=recipient,
                                    ref_number=incident.number, remarks=remarks, backdate_reason=reason)
    row = Distribution(number=doc.number, site_code=code, incident_id=incident.id, warehouse_id=wh.id,
                       distributed_on=when, desa_code=desa.code, recipient_kind=data.recipient_kind,
                       recipient_name=name, nik=nik, household_size=household, package=package, warning=warning,
                       remarks=remarks, status="aktif", created_by=actor.username, cancelled_by="",
                       cancel_reason="")
    session.add(row)
    session.flush()
    for n, (item, qty) in enumerate(lines, start=1):
        session.add(DistributionLine(distribution_id=row.id, line_no=n, item_id=item.id, quantity=qty))
    session.flush()
    audit.record(session, actor, "distribution.add", N_("domain", "distribusi"), row.number,
                 {"kejadian": incident.number, "gudang": wh.code, "desa": desa.code, "penerima": name,
                  "jenis": data.recipient_kind, "jiwa": household, "paket": package, "peringatan": warning,
                  "baris": [{"barang": item.code, "jumlah": qty} for item, qty in lines],
                  "mutasi": ids})
    return _record(session, row)


def find(session: Session, number: str, *, lock: bool = False) -> Distribution:
    query = select(Distribution).where(Distribution.number == (number or "").strip())
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound(what=N_("domain", "Distribusi"), key=number)
    return row


def get_distribution(session: Session, number: str) -> DistributionRecord:
    return _record(session, find(session, number))


@changes("stock", "documents", "distributions")
def cancel_distribution(session: Session, actor: Actor, number: str, reason: str) -> DistributionRecord:
    """Cancel a distribution of this database: its goods go back into the warehouse under a koreksi number."""
    can_distribute.require(actor, action=N_("domain", "membatalkan distribusi bantuan"))
    reason = clean_text(reason, field=N_("domain", "Alasan pembatalan"), max_len=500)
    if not reason:
        raise ValidationError(N_("errors", "Alasan pembatalan distribusi wajib diisi."))
    row = find(session, number, lock=True)
    if row.status != "aktif":
        raise DistributionNotActive(number=row.number, reason=row.cancel_reason)
    if row.site_code != own_code(session):
        raise NotOurDistribution(number=row.number, site=row.site_code or "kantor")
    when = clock.today()
    doc_dates.check_document_date(session, row.warehouse_id, when)
    group = list(session.scalars(select(StockMovement).where(StockMovement.doc_type == DOC_TYPE,
                                                             StockMovement.doc_number == row.number,
                                                             StockMovement.reverses_id.is_(None))
                                 .with_for_update().order_by(StockMovement.id)))
    undone = set(session.scalars(select(StockMovement.reverses_id)
                                 .where(StockMovement.reverses_id.in_([m.id for m in group]))))
    group = [m for m in group if m.id not in undone]
    correction = ""
    ids: list[int] = []
    if group:
        issued = numbering.next_number(session, actor, "koreksi", when, entity="koreksi", entity_id=row.number)
        doc = DocRef("koreksi", issued.number, when, fresh=True)
        ids = book_reversals(session, actor, doc, group, f"pembatalan distribusi {row.number}: {reason}")
        session.add(StockCorrection(number=doc.number, original_doc_type=DOC_TYPE, original_number=row.number,
                                    doc_date=when, reason=reason, created_by=actor.id))
        correction = doc.number
    row.status, row.cancelled_by, row.cancelled_at, row.cancel_reason = "batal", actor.username, clock.utcnow(), reason
    session.flush()
    audit.record(session, actor, "distribution.cancel", N_("domain", "distribusi"), row.number,
                 {"alasan": reason, "koreksi": correction, "pembatalan": ids})
    return _record(session, row)


def list_distributions(session: Session, incident: str | None = None, desa: str | None = None,
                       site: str | None = None, period: tuple[date | None, date | None] | None = None, *,
                       include_cancelled: bool = True) -> list[DistributionRecord]:
    """Every distribution (the office's and those of its poskos), newest first; ``desa`` may be a
    kecamatan's code (its villages); ``site`` "" the office's own, a code a posko's."""
    query = select(Distribution).order_by(Distribution.distributed_on.desc(), Distribution.id.desc())
    if incident:
        query = query.where(Distribution.incident_id == incident_service.find(session, incident).id)
    if desa:
        code = regions.normalize(desa.strip())
        query = query.where((Distribution.desa_code == code) | Distribution.desa_code.startswith(code + "."))
    if site is not None:
        query = query.where(Distribution.site_code == site.strip().upper())
    if period is not None:
        since, until = period
        if since is not None:
            query = query.where(Distribution.distributed_on >= since)
        if until is not None:
            query = query.where(Distribution.distributed_on <= until)
    if not include_cancelled:
        query = query.where(Distribution.status == "aktif")
    return [_record(session, row) for row in session.scalars(query)]


def by_village(session: Session, incident_id: int, site_code: str | None = None) -> list[VillageTotal]:
    """Per desa: how many distributions, households and people, and the goods (active distributions)."""
    query = select(Distribution).where(Distribution.incident_id == incident_id, Distribution.status == "aktif")
    if site_code is not None:
        query = query.where(Distribution.site_code == site_code)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    goods: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for row in session.scalars(query):
        c = counts[row.desa_code]
        c[0] += 1
        c[1] += 1 if row.recipient_kind == "kk" else 0
        c[2] += row.household_size or 0
        for line in session.scalars(select(DistributionLine).where(DistributionLine.distribution_id == row.id)):
            goods[row.desa_code][line.item_id] += line.quantity
    items = {i.id: i for i in session.scalars(select(Item).where(
        Item.id.in_({i for g in goods.values() for i in g})))} if goods else {}
    result = []
    for code in sorted(counts):
        desa, kecamatan = _region_names(code)
        lines = tuple(sorted((items[i].code, items[i].name, items[i].unit, q) for i, q in goods[code].items()))
        result.append(VillageTotal(code, desa, kecamatan, *counts[code], lines))
    return result
