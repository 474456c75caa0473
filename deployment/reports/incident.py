"""Laporan pertanggungjawaban kejadian: one document per incident for the end-of-emergency report.

Its parts: the incident and its impact figures with their history, the needs estimate against the
stock, the dispatches and their BASTs, what was distributed per item, handover differences, the
volunteers and their days, returns, equipment still out, and the write-offs of equipment that went
out to this incident.  What the data cannot say is listed in ``notes()``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment import needs
from deployment.dispatch import service as dispatch_service
from deployment.dispatch.models import Dispatch, DispatchLine, DispatchPick, DispatchReturn
from deployment.reports import deployments as deployment_report
from deployment.reports import distribution as distribution_report
from deployment.reports import loans as loan_report
from deployment.reports.model import Col, Report, ReportFilter, Table, local_date, made_now, unit_sums
from inventory.models import EquipmentUnit, Item, WriteOff, WriteOffLine
from inventory.writeoffs import REASON_LABELS
from tagana_app import clock, indonesian
from tagana_app.errors import ValidationError
from tagana_app.models import User
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTERS = ("incident",)
DEFAULT_NEED_DAYS = 7
FIGURE_TITLES = (("kk", N_("domain", "KK")), ("jiwa", N_("domain", "Jiwa")), ("pengungsi", N_("domain", "Pengungsi")),
                 ("meninggal", N_("domain", "Meninggal")), ("luka", N_("domain", "Luka")),
                 ("hilang", N_("domain", "Hilang")), ("rumah_rusak", N_("domain", "Rumah rusak")))


@dataclass(frozen=True)
class IncidentAccount(Report):
    incident: incident_service.IncidentRecord
    need_days: int
    needs: tuple[needs.ShortLine, ...]
    dispatches: tuple[dispatch_service.DispatchSummary, ...]
    dispatch_units: dict[str, str]  # dispatch number -> "250 kg; 40 lembar" (never one sum of both)
    basts: tuple[tuple[str, str, date | None, str, str], ...]  # BAST, dispatch, date, place, recipient
    distribution: distribution_report.Distribution
    differences: tuple[tuple[str, str, int, int, str, str], ...]  # dispatch, item, sent, received, unit, reason
    deployments: deployment_report.Deployments
    returns: tuple[tuple[str, str, date, str, int, str, str, str], ...]
    loans: loan_report.Loans
    writeoffs: tuple[tuple[str, date | None, str, str, int, str, str], ...]

    def info(self) -> list[tuple[str, str]]:
        i = self.incident
        return [
            (N_("domain", "Nomor kejadian"), i.number),
            (N_("domain", "Jenis bencana"), i.disaster_label),
            (N_("domain", "Nama kejadian"), i.name),
            (N_("domain", "Wilayah terdampak"), "; ".join(f"{r.code} {r.name}" for r in i.regions) or "-"),
            (N_("domain", "Mulai"), indonesian.full_date(clock.local(i.started_at))),
            (N_("domain", "Status keadaan darurat"), _status(i)),
            (N_("domain", "Posko"), i.posko_location or "-"),
            # "KK 210, Jiwa 730, ...": a template of fields only, so each title is translated as a label.
            (N_("domain", "Dampak terakhir"), Text(
                ", ".join(f"{{{key}_title}} {{{key}}}" for key, _title in FIGURE_TITLES), DOMAIN,
                **{f"{key}_title": title for key, title in FIGURE_TITLES},
                **{key: indonesian.quantity(getattr(i.figures, key)) for key, _title in FIGURE_TITLES})),
            (N_("domain", "Relawan bertugas"), Text(N_("domain", "{people} orang, {days} hari orang"), DOMAIN,
                                                    people=len(self.deployments.by_volunteer),
                                                    days=indonesian.quantity(self.deployments.total_days))),
            (N_("domain", "Pengiriman"), Text(N_("domain", "{recorded} dicatat, {sent} dikirim, {with_bast} dengan "
                                                 "BAST"), DOMAIN, recorded=len(self.dispatches),
                                              sent=self.distribution.dispatches, with_bast=len(self.basts))),
        ]

    def tables(self) -> list[Table]:
        i = self.incident
        history = Table(
            "dampak", N_("domain", "Perkembangan data dampak"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("at", N_("domain", "Dilaporkan"), 1.1, "date"),
             Col("by", N_("domain", "Oleh"), 0.9), *(Col(key, title, 0.75, "int") for key, title in FIGURE_TITLES),
             Col("note", N_("domain", "Catatan"), 1.6)),
            tuple((n, local_date(e.recorded_at), e.recorded_by, *(getattr(e.figures, k) for k, _ in FIGURE_TITLES),
                   e.note) for n, e in enumerate(i.history, 1)))
        need_table = Table(
            "kebutuhan", Text(N_("domain", "Perkiraan kebutuhan {days} hari dan ketersediaan stok"), DOMAIN,
                              days=self.need_days),
            (Col("label", N_("domain", "Kebutuhan"), 1.6), Col("needed", N_("domain", "Perlu"), 0.9, "int"),
             Col("available", N_("domain", "Tersedia"), 0.9, "int"),
             Col("short", N_("domain", "Kurang"), 0.9, "int"), Col("unit", N_("domain", "Satuan"), 0.6),
             Col("basis", N_("domain", "Dasar perhitungan"), 3.2)),
            tuple((n.label, _whole(n.needed), _whole(n.available), _whole(n.short), n.unit, n.basis) for n in self.needs))
        dispatch_table = Table(
            "pengiriman", N_("domain", "Pengiriman bantuan"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("number", N_("domain", "Nomor"), 1.7),
             Col("date", N_("domain", "Tanggal"), 0.9, "date"), Col("warehouse", N_("domain", "Gudang"), 0.8),
             Col("destination", N_("domain", "Tujuan"), 2.0), Col("recipient", N_("domain", "Penerima"), 1.6),
             Col("status", N_("domain", "Status"), 1.1), Col("lines", N_("domain", "Baris"), 0.6, "int"),
             Col("quantity", N_("domain", "Jumlah"), 1.4)),
            tuple((n, d.number, d.dispatch_date, d.warehouse, d.destination, d.recipient_name, d.status_label, d.lines,
                   self.dispatch_units.get(d.number, "")) for n, d in enumerate(self.dispatches, 1)))
        bast_table = Table(
            "bast", N_("domain", "Berita Acara Serah Terima"),
            (Col("no", N_("domain", "No"), 0.4, "no"), Col("bast", N_("domain", "Nomor BAST"), 1.8),
             Col("dispatch", N_("domain", "Pengiriman"), 1.7), Col("date", N_("domain", "Tanggal"), 0.9, "date"),
             Col("place", N_("domain", "Tempat"), 2.2), Col("recipient", N_("domain", "Pihak kedua"), 2.0)),
            tuple((n, *b) for n, b in enumerate(self.basts, 1)))
        items = self.distribution.tables()[1]
        diff_table = Table(
            "selisih", N_("domain", "Selisih serah terima"),
            (Col("dispatch", N_("domain", "Pengiriman"), 1.6), Col("item", N_("domain", "Uraian barang"), 2.0),
             Col("sent", N_("domain", "Dikirim"), 0.8, "int"),
             Col("received", N_("domain", "Diterima"), 0.8, "int"), Col("unit", N_("domain", "Satuan"), 0.6),
             Col("reason", N_("domain", "Alasan"), 2.4)),
            self.differences)
        people = self.deployments.tables()[0]
        people = Table("relawan", N_("domain", "Relawan yang ditugaskan"),
                       tuple(c for c in people.columns if c.key not in ("incident", "incident_name", "nik")),
                       tuple((r[0], r[1], r[2], r[6], r[7], r[8], r[9]) for r in people.rows),
                       ((N_("domain", "Jumlah hari orang"), "", "", "", "", "", self.deployments.total_days),),
                       label_span=6)
        returns = Table(
            "pengembalian", N_("domain", "Pengembalian barang"),
            (Col("doc", N_("domain", "Nomor"), 1.8), Col("dispatch", N_("domain", "Pengiriman"), 1.6),
             Col("date", N_("domain", "Tanggal"), 0.9, "date"), Col("item", N_("domain", "Uraian barang"), 2.0),
             Col("quantity", N_("domain", "Jumlah"), 0.7, "int"), Col("unit", N_("domain", "Satuan"), 0.6),
             Col("condition", N_("domain", "Kondisi"), 0.9), Col("serials", N_("domain", "Nomor seri"), 1.6)),
            self.returns)
        out = self.loans.tables()[0]
        out = Table("dipinjam", N_("domain", "Peralatan yang belum kembali"),
                    tuple(c for c in out.columns if c.key not in ("incident", "warehouse")),
                    tuple((r[0], r[1], r[2], r[3], r[4], r[6], r[8], r[9], r[10], r[11]) for r in out.rows))
        writeoffs = Table(
            "penghapusan", N_("domain", "Penghapusan peralatan dari kejadian ini"),
            (Col("number", N_("domain", "Nomor"), 1.8), Col("date", N_("domain", "Tanggal"), 0.9, "date"),
             Col("item", N_("domain", "Uraian barang"), 2.0), Col("serial", N_("domain", "Nomor seri"), 1.2),
             Col("quantity", N_("domain", "Jumlah"), 0.7, "int"), Col("reason", N_("domain", "Alasan"), 0.9),
             Col("remarks", N_("domain", "Keterangan"), 2.0)),
            self.writeoffs)
        return [history, need_table, dispatch_table, bast_table, items, diff_table, people, returns, out, writeoffs]

    def notes(self) -> list[str]:
        return [
            Text(N_("domain", "Perkiraan kebutuhan memakai angka pengungsi dan KK terakhir untuk {days} hari "
                    "(masa status keadaan darurat bila tercatat) dan stok yang tersedia sekarang."), DOMAIN,
                 days=self.need_days),
            N_("domain", "Penghapusan barang habis pakai tidak tercatat per kejadian; yang dicantumkan hanya "
                         "penghapusan unit peralatan bernomor seri yang pernah dikirim ke kejadian ini."),
            N_("domain", "Nilai rupiah dan sumber anggaran per barang tidak dicatat program, sehingga tidak "
                         "dicantumkan."),
        ]

    def file_stem(self) -> str:
        return f"pertanggungjawaban-{self.incident.number}"


def _status(i: incident_service.IncidentRecord) -> str:
    """"tanggap darurat, SK 360/123/2026 (1 Desember 2026 s.d. 14 Desember 2026)", as far as it is known."""
    days = [indonesian.long_date(d) for d in (i.status_from, i.status_to) if d]
    period = Text(N_("domain", "{start} s.d. {end}"), DOMAIN, start=days[0], end=days[1]) if len(days) == 2 \
        else days[0] if days else ""
    if i.sk_number and period:
        return Text(N_("domain", "{status}, SK {sk} ({period})"), DOMAIN, status=i.status_label, sk=i.sk_number,
                    period=period)
    if i.sk_number:
        return Text(N_("domain", "{status}, SK {sk}"), DOMAIN, status=i.status_label, sk=i.sk_number)
    if period:
        return Text(N_("domain", "{status} ({period})"), DOMAIN, status=i.status_label, period=period)
    return i.status_label


def _whole(value) -> int | None:  # noqa: ANN001
    return None if value is None else int(value.to_integral_value()) if hasattr(value, "to_integral_value") \
        else int(value)


def need_days(record: incident_service.IncidentRecord) -> int:
    if record.status_from and record.status_to and record.status_to >= record.status_from:
        return (record.status_to - record.status_from).days + 1
    return DEFAULT_NEED_DAYS


def _reported_by_people(session: Session, history: tuple[incident_service.FiguresEntry, ...]
                        ) -> tuple[incident_service.FiguresEntry, ...]:
    """Who reported each figure as a person (full name), not a login name: the report leaves the office."""
    logins = {e.recorded_by for e in history}
    names = dict(session.execute(select(User.username, User.full_name).where(User.username.in_(logins))).all())
    return tuple(replace(e, recorded_by=(names.get(e.recorded_by) or "").strip() or e.recorded_by) for e in history)


def build(session: Session, flt: ReportFilter, progress: Progress) -> IncidentAccount:
    if not flt.incident:
        raise ValidationError(N_("errors", "Laporan pertanggungjawaban dibuat per kejadian: pilih nomor kejadian."))
    steps = 6
    progress.update(0, steps, N_("domain", "Membaca kejadian"))
    record = incident_service.get_incident(session, flt.incident)
    record = replace(record, history=_reported_by_people(session, record.history))
    incident_id = record.id
    only = ReportFilter(incident=record.number)
    days = need_days(record)
    estimate = needs.estimate_needs(record.figures.pengungsi, record.figures.kk, days)
    shortfall = tuple(needs.shortfall(estimate, session=session))
    progress.update(1, steps, N_("domain", "Membaca pengiriman"))
    dispatch_list = tuple(reversed(dispatch_service.list_dispatches(session, incident=record.number, limit=10_000)))
    lines_of: dict[str, list[tuple[str, int]]] = {}
    for number, unit, qty in session.execute(
            select(Dispatch.number, Item.unit, DispatchLine.quantity).join(DispatchLine, DispatchLine.dispatch_id == Dispatch.id)
            .join(Item, Item.id == DispatchLine.item_id).where(Dispatch.incident_id == incident_id)
            .order_by(Dispatch.number, DispatchLine.line_no)):
        lines_of.setdefault(number, []).append((unit, qty))
    dispatch_units = {number: unit_sums(pairs) for number, pairs in lines_of.items()}
    basts = tuple(
        (d.bast_number, d.number, d.handed_over_on, d.handover_place or d.destination,
         f"{d.recipient_name}, {d.recipient_position}" if d.recipient_position else d.recipient_name)
        for d in session.scalars(select(Dispatch).where(Dispatch.incident_id == incident_id,
                                                        Dispatch.bast_number.is_not(None))
                                 .order_by(Dispatch.handed_over_on, Dispatch.number)))
    differences = tuple(
        (number, name, qty, received, unit, reason)
        for number, name, qty, received, unit, reason in session.execute(
            select(Dispatch.number, Item.name, DispatchLine.quantity, DispatchLine.received, Item.unit,
                   DispatchLine.difference_reason)
            .join(DispatchLine, DispatchLine.dispatch_id == Dispatch.id).join(Item, Item.id == DispatchLine.item_id)
            .where(Dispatch.incident_id == incident_id, DispatchLine.received.is_not(None),
                   DispatchLine.received != DispatchLine.quantity)
            .order_by(Dispatch.number, DispatchLine.line_no)))
    progress.update(2, steps, N_("domain", "Menghitung distribusi"))
    distribution = distribution_report.build(session, only, NullProgress())
    progress.update(3, steps, N_("domain", "Menghitung penugasan relawan"))
    deployments = deployment_report.build(session, only, NullProgress())
    progress.update(4, steps, N_("domain", "Membaca pengembalian dan peralatan"))
    returns = tuple(
        (r.doc_number, number, r.returned_on, name, r.quantity, unit, r.condition, r.serials.replace(",", ", "))
        for r, number, name, unit in session.execute(
            select(DispatchReturn, Dispatch.number, Item.name, Item.unit)
            .join(Dispatch, Dispatch.id == DispatchReturn.dispatch_id)
            .join(DispatchLine, DispatchLine.id == DispatchReturn.line_id).join(Item, Item.id == DispatchLine.item_id)
            .where(Dispatch.incident_id == incident_id).order_by(DispatchReturn.returned_on, DispatchReturn.id)))
    loans = loan_report.build(session, only, NullProgress())
    progress.update(5, steps, N_("domain", "Membaca penghapusan"))
    lent_units = (select(DispatchPick.unit_id).join(DispatchLine, DispatchLine.id == DispatchPick.line_id)
                  .join(Dispatch, Dispatch.id == DispatchLine.dispatch_id)
                  .where(Dispatch.incident_id == incident_id, DispatchPick.unit_id.is_not(None)))
    writeoffs = tuple(
        (wo.number, local_date(wo.decided_at), name, serial or "", line.quantity,
         REASON_LABELS.get(wo.reason_kind, wo.reason_kind), wo.reason)
        for wo, line, name, serial in session.execute(
            select(WriteOff, WriteOffLine, Item.name, EquipmentUnit.serial)
            .join(WriteOffLine, WriteOffLine.write_off_id == WriteOff.id).join(Item, Item.id == WriteOffLine.item_id)
            .join(EquipmentUnit, EquipmentUnit.id == WriteOffLine.equipment_unit_id)
            .where(WriteOff.status == "disetujui", WriteOffLine.equipment_unit_id.in_(lent_units))
            .order_by(WriteOff.decided_at, WriteOff.number, WriteOffLine.line_no)))
    progress.update(6, steps, N_("domain", "Selesai."))
    title = Text(N_("domain", "LAPORAN PERTANGGUNGJAWABAN\nPENANGANAN BENCANA {name}"), DOMAIN,
                 name=record.name.upper())
    # Person-days are counted up to the report date; the heading says which period that is.
    period = Text(N_("domain", "Periode: {start} s.d. {end}"), DOMAIN,
                  start=indonesian.long_date(clock.local(record.started_at)),
                  end=indonesian.long_date(deployment_report.report_date(only)))
    lines = (Text(N_("domain", "Kejadian {number}"), DOMAIN, number=record.number), period)
    return IncidentAccount("incident", title, lines, made_now(), record, days, shortfall,
                           dispatch_list, dispatch_units, basts, distribution, differences, deployments, returns, loans, writeoffs)

