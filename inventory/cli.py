"""`tagana warehouse ...`, `tagana item ...` and `tagana stock ...` commands."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inventory import (
    catalog,
    catalog_cli,
    corrections,
    counts,
    equipment,
    importing,
    line_files,
    queries,
    stock,
    transfers,
    writeoffs,
)
from inventory.ledger import KIND_LABELS, Booking
from inventory.models import CONDITIONS, DISPOSAL_METHODS, SOURCES, WAREHOUSE_KINDS, WRITEOFF_REASONS
from tagana_app import clock, doc_kinds, pdf
from tagana_app.cli_support import EXIT_USAGE, Context, quantity_arg, whole_number_arg
from tagana_app.errors import ValidationError
from tagana_app.quantities import MAX_BALANCE, format_rupiah, parse_rupiah
from tagana_app.texts import N_

SOURCE_WORDS = {
    "kemensos": "kemensos", "kementerian sosial": "kemensos",
    "dinsos provinsi": "dinsos_provinsi", "dinsos_provinsi": "dinsos_provinsi", "provinsi": "dinsos_provinsi",
    "apbd": "apbd", "pengadaan apbd": "apbd",
    "donor": "donor", "donatur": "donor", "dunia usaha": "donor", "csr": "donor",
    "return": "return", "pengembalian": "return", "kembali": "return",
    "lainnya": "lainnya", "lain": "lainnya",
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' tidak valid, gunakan YYYY-MM-DD") from None


def _member(text: str) -> counts.TeamMember:
    """"Nama|NIP|Peran" (the NIP may be left empty: "Nama||Anggota")."""
    parts = text.split("|")
    if len(parts) != 3:
        raise ValidationError(N_("errors", "Anggota tim '{text}' tidak terbaca; tulis NAMA|NIP|PERAN, mis. "
                                           "\"Rina Marlina|198503122010012003|Ketua Tim\" (NIP boleh kosong)."),
                              text=text[:80])
    return counts.TeamMember(*parts)


def _cutoff(text: str | None) -> datetime | None:
    """"2026-11-30 16:00" in the office's time zone."""
    if not text:
        return None
    try:
        return datetime.strptime(" ".join(text.split()), "%Y-%m-%d %H:%M").replace(tzinfo=clock.zone())
    except ValueError:
        raise ValidationError(N_("errors", "Cut-off '{text}' tidak valid; tulis YYYY-MM-DD HH:MM, mis. "
                                           "2026-11-30 16:00."), text=text[:40]) from None


def _decree(a: argparse.Namespace) -> writeoffs.Decree | None:
    given = (a.decree_number, a.decree_date, a.decree_issuer)
    if not any(given):
        return None
    if not all(given):
        raise ValidationError(N_("errors", "Keputusan penghapusan perlu nomor, tanggal dan pejabat yang "
                                           "menetapkannya."))
    return writeoffs.Decree(a.decree_number, a.decree_date, a.decree_issuer)


def _rupiah(text: str | None) -> int | None:
    return None if text is None else parse_rupiah(text, field=N_("domain", "Nilai barang"))


def _source(text: str) -> str:
    key = " ".join(text.strip().lower().replace("/", " ").split())
    if key in SOURCE_WORDS:
        return SOURCE_WORDS[key]
    raise ValidationError(N_("errors", "Sumber '{source}' tidak dikenal. Pilihan: {choices}."), source=text,
                          choices=", ".join(SOURCES))


def _booking_text(title: str, booking: Booking) -> str:
    ref = f", dokumen pengirim/permintaan {booking.ref_number}" if booking.ref_number else ""
    lines = [f"{title} {booking.doc_number} ({booking.doc_date:%d-%m-%Y}{ref}) dibukukan:"]
    for m in booking.movements:
        qty = m.qty_in or m.qty_out
        sign = "+" if m.qty_in else "-"
        extra = f" batch {m.batch}" if m.batch else ""
        extra += f" seri {m.serial}" if m.serial else ""
        lines.append(f"  #{m.id} {KIND_LABELS.get(m.kind, m.kind)} {m.warehouse} {m.item} {sign}{qty} {m.unit}{extra}")
    return "\n".join(lines)


# --- warehouses and items -------------------------------------------------------------------------------

def cmd_warehouse_add(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog.add_warehouse(s, actor, a.code, a.name, a.region, kind=a.kind,
                                                        address=a.address or "", person_in_charge=a.pic or "",
                                                        needs_emergency=a.needs_emergency))
    ctx.emit(info, text=f"Gudang {info.code} ({info.name}, {info.region_name}) ditambahkan.")


def cmd_warehouse_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        rows = catalog.list_warehouses(s)
    if not ctx.json:
        rows = [dataclasses.asdict(w) | {"needs_emergency": "ya" if w.needs_emergency else "tidak"} for w in rows]
    ctx.emit_table(rows, [("code", "KODE"), ("name", "NAMA"), ("kind", "JENIS"), ("region_code", "WILAYAH"),
                          ("region_name", "NAMA WILAYAH"), ("person_in_charge", "PENANGGUNG JAWAB"),
                          ("needs_emergency", "PERLU STATUS DARURAT")])


def cmd_item_add(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog.add_item(
        s, actor, a.code, a.name, a.unit, category=a.category or "",
        kind="equipment" if a.equipment or a.serial else "consumable", expires=a.expires, serialized=a.serial))
    ctx.emit(info, text=f"Barang {info.code} ({info.name}, satuan {info.unit}) ditambahkan.")


def cmd_item_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        rows = catalog.list_items(s, text=ctx.args.search, category=ctx.args.category)
    ctx.emit_table(rows, [("code", "KODE"), ("name", "NAMA"), ("category", "KATEGORI"), ("unit", "SATUAN"),
                          ("kind", "JENIS"), ("expires", "KEDALUWARSA"), ("serialized", "BERSERI")])


# --- stock operations -----------------------------------------------------------------------------------

def _usage_problem(a: argparse.Namespace) -> str:
    """What is wrong with ITEM QTY against --lines (both or neither): a usage error, exit 2."""
    if a.lines:
        if a.item is not None or a.qty is not None:
            return "ITEM dan QTY tidak dipakai bersama --lines"
        for option in ("batch", "expiry", "serial", "pack", "price"):
            if getattr(a, option, None):
                return f"--{option} tidak dipakai bersama --lines (isi kolomnya di berkas)"
    elif a.item is None or a.qty is None:
        return "sebutkan ITEM dan QTY, atau --lines BERKAS"
    return ""


def _line_file(ctx: Context) -> line_files.LineFile | None | int:
    """The --lines file (read before any transaction), None for the one line ITEM QTY, or EXIT_USAGE."""
    problem = _usage_problem(ctx.args)
    if problem:
        print(f"tagana stock {ctx.args.stock_cmd}: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    return line_files.read_line_file(ctx.args.lines) if ctx.args.lines else None


def _price(text: str | None) -> int | None:
    return None if text is None else parse_rupiah(text, field=N_("domain", "Harga satuan"))


def cmd_receive(ctx: Context) -> int | None:
    a = ctx.args
    file = _line_file(ctx)
    if isinstance(file, int):
        return file
    actor = ctx.actor()
    source = _source(a.source)
    price = _price(a.price)

    def book(s: Any) -> Booking:
        if file is not None:
            lines = line_files.receive_lines(s, file)
        else:
            lines = [stock.ReceiveLine(a.item, a.qty, a.batch or "", a.expiry, tuple(a.serial or ()), a.condition,
                                       a.pack or "", price)]
        return stock.receive_goods(s, actor, a.warehouse, lines, source=source, sender=a.sender or "",
                                   doc_number=a.doc_number, doc_date=a.date, remarks=a.remarks or "",
                                   ref_number=a.ref or "", ref_date=a.ref_date,
                                   backdate_reason=a.backdate_reason or "",
                                   file_digest=file.digest if file is not None else None)

    booking = ctx.db.write(book)
    ctx.emit(booking, text=_booking_text("Penerimaan", booking))


def _issue_line(a: argparse.Namespace) -> stock.IssueLine:
    return stock.IssueLine(a.item, a.qty, a.batch, tuple(a.serial or ()), getattr(a, "pack", None) or "")


def cmd_issue(ctx: Context) -> int | None:
    a = ctx.args
    file = _line_file(ctx)
    if isinstance(file, int):
        return file
    actor = ctx.actor()

    def book(s: Any) -> Booking:
        lines = line_files.issue_lines(s, file) if file is not None else [_issue_line(a)]
        return stock.issue_goods(s, actor, a.warehouse, lines, recipient=a.to, doc_number=a.doc_number,
                                 doc_date=a.date, remarks=a.remarks or "", override_expired=a.override_expired,
                                 ref_number=a.ref or "", ref_date=a.ref_date, backdate_reason=a.backdate_reason or "",
                                 file_digest=file.digest if file is not None else None)

    booking = ctx.db.write(book)
    ctx.emit(booking, text=_booking_text("Pengeluaran", booking))


def _transfer_text(info: transfers.TransferInfo) -> str:
    head = (f"Mutasi {info.number} ({info.sent_on:%d-%m-%Y}) {info.from_warehouse} -> {info.to_warehouse}: "
            f"{transfers.STATUS_LABELS[info.status]}")
    if info.received_on:
        head += f", diterima {info.received_on:%d-%m-%Y}"
    lines = [head]
    for x in info.lines:
        extra = f" batch {x.batch}" if x.batch else ""
        extra += f" seri {x.serial}" if x.serial else ""
        got = "" if x.qty_received is None else f", diterima {x.qty_received}"
        lost = f", hilang {x.lost}" if x.lost else ""
        lines.append(f"  {x.line_no}. {x.item} dikirim {x.qty_sent} {x.unit}{got}{lost}{extra}")
    if info.difference_reason:
        lines.append(f"  alasan selisih: {info.difference_reason}")
    return "\n".join(lines)


def cmd_transfer(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: transfers.send_transfer(
        s, actor, a.source_wh, a.target_wh, [_issue_line(a)], doc_number=a.ref, doc_date=a.date,
        backdate_reason=a.backdate_reason or "", remarks=a.remarks or "", override_expired=a.override_expired,
        driver=a.driver or "", vehicle=a.vehicle or ""))
    ctx.emit(info, text=_transfer_text(info))


def _received(pairs: list[str] | None) -> dict[str, int]:
    found: dict[str, int] = {}
    for pair in pairs or ():
        code, sep, qty = pair.partition("=")
        if not sep or not qty.strip().isdigit() or not code.strip():
            raise ValidationError(N_("errors", "--received '{text}' tidak terbaca; tulis BARANG=JUMLAH, mis. "
                                               "BRS=90."), text=pair[:60])
        found[code.strip()] = int(qty.strip())
    return found


def cmd_transfer_receive(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: transfers.receive_transfer(
        s, actor, a.number, _received(a.received), missing_serials=tuple(a.missing_serial or ()),
        reason=a.reason or "", doc_date=a.date, backdate_reason=a.backdate_reason or ""))
    ctx.emit(info, text=_transfer_text(info))


def cmd_in_transit(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        rows = transfers.in_transit(s, ctx.args.warehouse)
    ctx.emit_table(rows, [("number", "NOMOR"), ("sent_on", "DIKIRIM"), ("from_warehouse", "DARI"),
                          ("to_warehouse", "KE"), ("item", "BARANG"), ("batch", "BATCH"), ("serial", "SERI"),
                          ("quantity", "JUMLAH"), ("unit", "SATUAN")])


def cmd_correct(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: corrections.correct_document(s, actor, a.number, a.reason))
    lines = [f"Koreksi {info.number} ({info.doc_date:%d-%m-%Y}) membalik {info.original_number}:"]
    for m in info.movements:
        sign = "+" if m.qty_in else "-"
        lines.append(f"  #{m.id} {m.warehouse} {m.item} {sign}{m.qty_in or m.qty_out} {m.unit}"
                     f" (membalik #{m.reverses_id})")
    ctx.emit(info, text="\n".join(lines))


def cmd_reverse(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    booking = ctx.db.write(lambda s: stock.reverse_movement(s, actor, a.movement_id, a.reason))
    ctx.emit(booking, text=_booking_text("Pembatalan", booking))


def cmd_writeoff(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: writeoffs.request_writeoff(
        s, actor, a.warehouse, [_issue_line(a)], reason_kind=a.kind, reason=a.reason, number=a.ref,
        value=_rupiah(a.value), method=a.method))
    ctx.emit(info, text=f"Usulan penghapusan {info.number} diajukan ({sum(x.quantity for x in info.lines)} "
                        f"{info.lines[0].unit} {info.lines[0].item}); menunggu persetujuan pejabat.")


def cmd_writeoff_approve(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info, booking = ctx.db.write(lambda s: writeoffs.approve_writeoff(
        s, actor, a.number, remarks=a.remarks or "", decree=_decree(a), value=_rupiah(a.value), method=a.method))
    ctx.emit(info, text=_booking_text("Penghapusan", booking))


def cmd_writeoff_basis(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: writeoffs.record_writeoff_basis(s, actor, a.number, decree=_decree(a),
                                                                  value=_rupiah(a.value), method=a.method))
    decree = f"Keputusan {info.decree.issuer} Nomor {info.decree.number}" if info.decree else "keputusan belum dicatat"
    ctx.emit(info, text=f"Penghapusan {info.number}: {decree}; cara: {info.method or '-'}; nilai: "
                        f"{format_rupiah(info.value) if info.value is not None else '-'}.")


def cmd_writeoff_reject(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: writeoffs.reject_writeoff(s, actor, a.number, remarks=a.reason))
    ctx.emit(info, text=f"Usulan penghapusan {info.number} ditolak; cadangan stok dilepas.")


def _print_paper(ctx: Context, title: str, print_it: Callable[..., Any]) -> None:
    """Print the paper of ``ctx.args.number`` to ``ctx.args.output`` and say where it went."""
    a, actor = ctx.args, ctx.actor()
    printed = ctx.db.write(lambda s: print_it(s, actor, a.number, out=Path(a.output)))
    copy = "asli" if not printed.is_copy else f"SALINAN ke-{printed.copy_no}"
    ctx.emit(printed, text=f"{title} {a.number} ({copy}) disimpan: {printed.path} ({printed.pages} halaman).")


def cmd_writeoff_print(ctx: Context) -> None:
    from inventory import writeoff_papers

    _print_paper(ctx, "Berita Acara Penghapusan", writeoff_papers.print_writeoff)


def cmd_print(ctx: Context) -> None:
    from inventory import papers

    a, actor = ctx.args, ctx.actor()
    out = Path(a.output) if a.output else None
    printed = ctx.db.write(lambda s: papers.print_stock_paper(s, actor, a.number, out=out))
    copy = "asli" if not printed.is_copy else f"SALINAN ke-{printed.copy_no}"
    ctx.emit(printed, text=f"{doc_kinds.title(printed.doc_type)} {printed.number} ({copy}), {printed.title}; "
                           f"disimpan: {printed.path} ({printed.pages} halaman).")


def cmd_writeoff_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        rows = writeoffs.list_writeoffs(s, status=ctx.args.status)
    if ctx.json:
        ctx.emit(rows)
        return
    ctx.emit_table([{"number": w.number, "warehouse": w.warehouse, "status": w.status, "reason": w.reason_kind,
                     "lines": ", ".join(f"{x.item} {x.quantity}" for x in w.lines)} for w in rows],
                   [("number", "NOMOR"), ("warehouse", "GUDANG"), ("status", "STATUS"), ("reason", "ALASAN"),
                    ("lines", "BARANG")])


def cmd_minimum(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog.set_minimum(s, actor, a.warehouse, a.item, a.qty))
    ctx.emit(info, text=f"Stok minimum {info.item} di {info.warehouse}: {info.minimum} {info.unit}.")


# --- reading --------------------------------------------------------------------------------------------

def cmd_balance(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        if a.batches:
            rows = queries.balances(s, warehouse=a.warehouse, item=a.item)
            ctx.emit_table(rows, [("warehouse", "GUDANG"), ("item", "BARANG"), ("item_name", "NAMA"),
                                  ("batch", "BATCH"), ("expiry", "KEDALUWARSA"), ("quantity", "JUMLAH"),
                                  ("reserved", "DICADANGKAN"), ("unit", "SATUAN")])
            return
        if a.warehouse:
            catalog.get_warehouse(s, a.warehouse)
        if a.item:
            catalog.get_item(s, a.item)
        flt = queries.StockFilter(text=a.search or "", warehouse=a.warehouse, item=a.item, category=a.category,
                                  alert=a.alert)
        rows = queries.stock_overview(s, flt, a.sort, a.limit, a.offset)
    plain = [{**r.__dict__, "available": r.available, "alert_label": r.alert_label} for r in rows]
    ctx.emit_table(plain, [("warehouse", "GUDANG"), ("item", "BARANG"), ("item_name", "NAMA"),
                           ("category", "KATEGORI"), ("on_hand", "STOK"), ("reserved", "DICADANGKAN"),
                           ("unit", "SATUAN"), ("minimum", "MINIMUM"), ("nearest_expiry", "KEDALUWARSA"),
                           ("alert_label", "PERINGATAN")])


def cmd_alerts(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        rows = queries.alerts(s, alert_days=ctx.args.days, warehouse=ctx.args.warehouse)
    plain = [{**r.__dict__, "label": r.label} for r in rows]
    ctx.emit_table(plain, [("label", "PERINGATAN"), ("warehouse", "GUDANG"), ("item", "BARANG"),
                           ("item_name", "NAMA"), ("batch", "BATCH"), ("expiry", "KEDALUWARSA"),
                           ("quantity", "JUMLAH"), ("minimum", "MINIMUM"), ("unit", "SATUAN")])


def cmd_card(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        card = queries.stock_card(s, a.warehouse, a.item, since=a.since, until=a.until)
        profile = pdf.load_profile(s)
        if a.pdf:
            from inventory import documents  # reportlab loads only for a PDF

            signers = documents.stock_card_signers(s)  # refused before anything is written
    if a.pdf:
        documents.stock_card_pdf(card, profile, Path(a.pdf), signers=signers)
        if not ctx.json:
            print(f"Kartu persediaan disimpan: {a.pdf}")
    if ctx.json:
        ctx.emit({**card.__dict__, "total_in": card.total_in, "total_out": card.total_out,
                  "closing_balance": card.closing_balance, "pdf": a.pdf})
        return
    if a.pdf:
        return
    print(f"KARTU PERSEDIAAN  {card.item} {card.item_name} ({card.unit})  gudang {card.warehouse} {card.warehouse_name}")
    rows = [{"date": line.date, "doc": line.doc_number, "doc_date": line.doc_date, "party": line.counterparty,
             "in": line.qty_in or "", "out": line.qty_out or "", "balance": line.balance} for line in card.lines]
    ctx.emit_table(rows, [("date", "TANGGAL"), ("doc", "NOMOR DOKUMEN"), ("doc_date", "TGL DOKUMEN"),
                          ("party", "DARI/KEPADA"), ("in", "MASUK"), ("out", "KELUAR"), ("balance", "SALDO")])
    print(f"Saldo awal {card.opening_balance}, masuk {card.total_in}, keluar {card.total_out}, "
          f"saldo akhir {card.closing_balance} {card.unit}.")


def cmd_import(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    path = Path(a.path)
    if not path.exists():
        raise ValidationError(N_("errors", "Berkas '{path}' tidak ditemukan."), path=a.path)
    result = importing.import_opening_stock_file(ctx.db, actor, path, doc_number=a.ref)
    ctx.emit(result, text=f"Saldo awal {result.doc_number} diimpor dari lembar '{result.sheet}': {result.rows} "
                          f"baris, {result.quantity} satuan barang.")


def cmd_export(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        n = importing.export_stock_xlsx(s, Path(a.path), queries.StockFilter(warehouse=a.warehouse))
    ctx.emit({"path": a.path, "rows": n}, text=f"{n} baris stok ditulis ke {a.path}.")


# --- counts ---------------------------------------------------------------------------------------------

def _count_text(info: counts.CountInfo) -> str:
    lines = [f"Stock opname {info.number} gudang {info.warehouse}: {info.status}, "
             f"{len(info.lines)} baris, {info.uncounted} belum dihitung; cut-off "
             f"{clock.local(info.cutoff):%d-%m-%Y %H:%M} {clock.zone_code()}."]
    lines += [f"  Tim: {m.name} ({'NIP ' + m.nip if m.nip else 'tanpa NIP'}), {m.role}" for m in info.team]
    for x in info.lines:
        counted = "-" if x.counted_qty is None else x.counted_qty
        diff = "" if x.difference is None else f" selisih {x.difference:+d}"
        lines.append(f"  {x.line_no:3d}. {x.item} {x.batch or ''} buku {x.snapshot_qty} hitung {counted}{diff} {x.unit}")
    return "\n".join(lines)


def cmd_count_start(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    team = [_member(m) for m in a.member or ()]
    info = ctx.db.write(lambda s: counts.start_count(s, actor, a.warehouse, team=team, cutoff=_cutoff(a.cutoff)))
    ctx.emit(info, text=_count_text(info))


def cmd_count_team(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    team = [_member(m) for m in a.member]
    info = ctx.db.write(lambda s: counts.set_count_team(s, actor, a.number, team))
    ctx.emit(info, text=_count_text(info))


def cmd_count_print(ctx: Context) -> None:
    from inventory import count_papers

    _print_paper(ctx, "Berita Acara Stock Opname", count_papers.print_count_report)


def cmd_count_sheet(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        sheet = counts.count_sheet(s, a.number)
        profile = pdf.load_profile(s)
    if a.pdf:
        from inventory import documents

        documents.count_sheet_pdf(sheet, profile, Path(a.pdf))
    if ctx.json or not a.pdf:
        rows = [x.__dict__ for x in sheet.lines]
        if ctx.json:
            ctx.emit(sheet)
        else:
            ctx.emit_table(rows, [("line_no", "NO"), ("item", "KODE"), ("item_name", "NAMA BARANG"),
                                  ("batch", "BATCH"), ("expiry", "KEDALUWARSA"), ("unit", "SATUAN")])
    else:
        print(f"Lembar hitung disimpan: {a.pdf}")


def cmd_count_enter(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    line = ctx.db.write(lambda s: counts.enter_count(s, actor, a.number, a.item, a.qty, batch=a.batch or "",
                                                     reason=a.reason or "", expiry=a.expiry))
    ctx.emit(line, text=f"{line.item} {line.batch}: terhitung {line.counted_qty} {line.unit} "
                        f"(menurut buku {line.expected_qty}, selisih {line.difference:+d}).")


def cmd_count_submit(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: counts.submit_count(s, actor, a.number))
    ctx.emit(info, text=_count_text(info) + f"\nDiajukan untuk persetujuan pejabat: tagana stock count approve "
                                            f"{info.number}")


def cmd_count_return(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: counts.return_count(s, actor, a.number, a.note))
    ctx.emit(info, text=_count_text(info))


def cmd_count_approve(ctx: Context) -> None:
    """Approve a submitted count (``stock count post`` is the same step: nobody posts differences alone)."""
    a, actor = ctx.args, ctx.actor()
    info, booking = ctx.db.write(lambda s: counts.approve_count(s, actor, a.number))
    ctx.emit(info, text=_count_text(info) + "\n" + _booking_text("Penyesuaian opname", booking))


def cmd_count_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        info = counts.get_count(s, ctx.args.number)
    ctx.emit(info, text=_count_text(info))


# --- equipment ------------------------------------------------------------------------------------------

def cmd_units(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        rows = equipment.list_units(s, item=a.item, warehouse=a.warehouse, status=a.status)
    plain = [{**u.__dict__, "place": u.place} for u in rows]
    ctx.emit_table(plain, [("item", "BARANG"), ("serial", "NO. SERI"), ("condition", "KONDISI"),
                           ("status", "STATUS"), ("place", "TEMPAT")])


def cmd_unit_condition(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: equipment.set_condition(s, actor, a.item, a.serial, a.condition,
                                                          remarks=a.remarks or ""))
    ctx.emit(info, text=f"Kondisi {info.item} {info.serial}: {info.condition}.")


def cmd_unit_history(ctx: Context) -> None:
    a = ctx.args
    ctx.actor()
    with ctx.db.read() as s:
        rows = equipment.unit_history(s, a.item, a.serial)
    rows = [dataclasses.replace(r, at=clock.local(r.at).replace(microsecond=0)) for r in rows]
    ctx.emit_table(rows, [("at", f"WAKTU ({clock.zone_code()})"), ("what", "KEJADIAN"), ("detail", "KETERANGAN"),
                          ("username", "PENGGUNA")])


# --- the parser -----------------------------------------------------------------------------------------

def _disposal(p: argparse.ArgumentParser) -> None:
    p.add_argument("--method", metavar="CARA", help="cara penghapusan: " + ", ".join(DISPOSAL_METHODS))
    p.add_argument("--value", metavar="RUPIAH", help="nilai barang yang dihapus (rupiah, bila diketahui)")


def _decree_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--decree-number", metavar="NOMOR", help="nomor keputusan penghapusan")
    p.add_argument("--decree-date", type=_date, metavar="YYYY-MM-DD", help="tanggal keputusan")
    p.add_argument("--decree-issuer", metavar="TEXT", help="pejabat yang menetapkan, mis. Bupati ...")


def _picking(p: argparse.ArgumentParser) -> None:
    p.add_argument("--batch", help="batch tertentu (tanpa ini: kedaluwarsa paling awal lebih dulu)")
    p.add_argument("--serial", action="append", metavar="S", help="nomor seri unit (boleh diulang)")


def _document_options(p: argparse.ArgumentParser, ref_help: str) -> None:
    p.add_argument("--lines", metavar="BERKAS", help=".csv/.xlsx: Kode Barang, Jumlah, Kemasan, Batch, Kedaluwarsa, "
                                                       "Nomor Seri, Kondisi, Harga Satuan; satu dokumen")
    p.add_argument("--pack", metavar="NAMA", help="jumlah dalam kemasan ini, mis. karton")
    p.add_argument("--ref", metavar="NOMOR", help=ref_help)
    p.add_argument("--ref-date", type=_date, metavar="YYYY-MM-DD", help="tanggal dokumen itu")
    p.add_argument("--doc-number", metavar="NOMOR", help="nomor dokumen kita (tanpa ini: nomor otomatis)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="tanggal dokumen (tidak boleh di masa depan)")
    p.add_argument("--backdate-reason", metavar="ALASAN", help="wajib bila tanggal dokumen sebelum hari ini")


def register(sub: argparse._SubParsersAction) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    wp = sub.add_parser("warehouse").add_subparsers(dest="wh_cmd", required=True)
    p = wp.add_parser("add", help="tambah gudang")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--region", required=True, metavar="KODE", help="kode wilayah Kemendagri, mis. 17.09")
    p.add_argument("--kind", choices=WAREHOUSE_KINDS, default="gudang")
    p.add_argument("--address")
    p.add_argument("--pic", metavar="NAMA", help="penanggung jawab")
    catalog_cli.needs_emergency_option(p, "bawaan: ya untuk lumbung, selain itu menurut pengaturan kantor")
    p.set_defaults(func=cmd_warehouse_add)
    wp.add_parser("list", help="daftar gudang").set_defaults(func=cmd_warehouse_list)
    catalog_cli.register_warehouse(wp)

    ip = sub.add_parser("item").add_subparsers(dest="item_cmd", required=True)
    p = ip.add_parser("add", help="tambah barang")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--unit", required=True, help="satuan: paket, lembar, unit, buah, liter, kg, ...")
    p.add_argument("--category")
    p.add_argument("--equipment", action="store_true", help="peralatan yang dipinjamkan (bukan habis pakai)")
    p.add_argument("--expires", action="store_true", help="dicatat per batch dengan tanggal kedaluwarsa")
    p.add_argument("--serial", action="store_true", help="setiap unit bernomor seri (peralatan)")
    p.set_defaults(func=cmd_item_add)
    p = ip.add_parser("list", help="daftar barang")
    p.add_argument("--search")
    p.add_argument("--category")
    p.set_defaults(func=cmd_item_list)
    catalog_cli.register_item(ip)
    catalog_cli.register_units(sub)

    sp = sub.add_parser("stock").add_subparsers(dest="stock_cmd", required=True)
    p = sp.add_parser("receive", help="penerimaan barang")
    p.add_argument("warehouse")
    p.add_argument("item", nargs="?", help="kode barang atau barcodenya (tanpa ini: --lines)")
    p.add_argument("qty", nargs="?", type=quantity_arg())
    p.add_argument("--batch")
    p.add_argument("--expiry", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--serial", action="append", metavar="S", help="nomor seri (sekali per unit)")
    p.add_argument("--price", metavar="RUPIAH", help="harga satuan per satuan barang (bukan per kemasan)")
    p.add_argument("--source", default="lainnya", metavar="TEXT",
                   help="kemensos, dinsos provinsi, apbd, donor/dunia usaha, pengembalian, lainnya")
    p.add_argument("--from", dest="sender", metavar="TEXT", help="nama pengirim")
    _document_options(p, "nomor dokumen pengirim, mis. surat jalan Kemensos (boleh sama untuk banyak baris)")
    p.add_argument("--condition", choices=CONDITIONS, default="baik")
    p.add_argument("--remarks")
    p.set_defaults(func=cmd_receive)

    p = sp.add_parser("issue", help="pengeluaran barang")
    p.add_argument("warehouse")
    p.add_argument("item", nargs="?", help="kode barang atau barcodenya (tanpa ini: --lines)")
    p.add_argument("qty", nargs="?", type=quantity_arg())
    p.add_argument("--to", required=True, metavar="TEXT", help="penerima")
    _document_options(p, "nomor dokumen permintaan (surat permohonan)")
    p.add_argument("--override-expired", metavar="ALASAN", help="pejabat: izinkan batch kedaluwarsa")
    p.add_argument("--remarks")
    _picking(p)
    p.set_defaults(func=cmd_issue)

    p = sp.add_parser("transfer", help="mutasi antargudang")
    p.add_argument("source_wh", metavar="FROM")
    p.add_argument("target_wh", metavar="TO")
    p.add_argument("item")
    p.add_argument("qty", type=quantity_arg())
    p.add_argument("--ref", metavar="TEXT")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="tanggal kirim")
    p.add_argument("--backdate-reason", metavar="ALASAN", help="alasan bila tanggal kirim sebelum hari ini")
    p.add_argument("--override-expired", metavar="ALASAN", help="pejabat: izinkan batch kedaluwarsa")
    p.add_argument("--driver", metavar="NAMA")
    p.add_argument("--vehicle", metavar="NOPOL")
    p.add_argument("--remarks")
    _picking(p)
    p.set_defaults(func=cmd_transfer)
    p = sp.add_parser("transfer-receive", help="terima mutasi di gudang tujuan (selisih dengan alasan)")
    p.add_argument("number")
    p.add_argument("--received", action="append", metavar="BARANG=JUMLAH",
                   help="jumlah yang tiba (boleh diulang; barang yang tidak disebut tiba lengkap)")
    p.add_argument("--missing-serial", action="append", metavar="S", help="nomor seri unit yang tidak tiba")
    p.add_argument("--reason", metavar="TEXT", help="alasan selisih (wajib bila kurang)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="tanggal terima")
    p.add_argument("--backdate-reason", metavar="ALASAN")
    p.set_defaults(func=cmd_transfer_receive)
    p = sp.add_parser("in-transit", help="barang dalam perjalanan (mutasi belum diterima)")
    p.add_argument("--warehouse", metavar="CODE")
    p.set_defaults(func=cmd_in_transit)
    p = sp.add_parser("correct", help="koreksi penerimaan/pengeluaran dengan dokumen pembalik")
    p.add_argument("number", metavar="DOCNUMBER")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_correct)

    p = sp.add_parser("reverse", help="batalkan mutasi dengan mutasi pembalik")
    p.add_argument("movement_id", type=whole_number_arg("ID mutasi", maximum=2**62), metavar="MOVEMENT_ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_reverse)

    p = sp.add_parser("writeoff", help="usulkan penghapusan barang (disetujui pejabat)")
    p.add_argument("warehouse")
    p.add_argument("item")
    p.add_argument("qty", type=quantity_arg())
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--kind", choices=WRITEOFF_REASONS, default="rusak")
    p.add_argument("--ref", metavar="NOMOR")
    _disposal(p)
    _picking(p)
    p.set_defaults(func=cmd_writeoff)
    p = sp.add_parser("writeoff-approve", help="pejabat: setujui penghapusan")
    p.add_argument("number")
    p.add_argument("--remarks")
    _decree_options(p)
    _disposal(p)
    p.set_defaults(func=cmd_writeoff_approve)
    p = sp.add_parser("writeoff-basis", help="pejabat: catat keputusan, nilai dan cara penghapusan")
    p.add_argument("number")
    _decree_options(p)
    _disposal(p)
    p.set_defaults(func=cmd_writeoff_basis)
    p = sp.add_parser("writeoff-reject", help="pejabat: tolak penghapusan")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_writeoff_reject)
    p = sp.add_parser("writeoff-print", help="cetak Berita Acara Penghapusan (PDF)")
    p.add_argument("number")
    p.add_argument("-o", "--output", required=True, metavar="PATH")
    p.set_defaults(func=cmd_writeoff_print)
    p = sp.add_parser("print", help="cetak Berita Acara Penerimaan Barang, Surat Bukti Barang Keluar atau "
                                    "Surat Jalan mutasi (PDF)")
    p.add_argument("number", metavar="NUMBER", help="nomor penerimaan, pengeluaran atau mutasi (atau nomor "
                                                    "dokumen pengirim sebuah penerimaan)")
    p.add_argument("-o", "--output", metavar="PATH", help="salin juga ke sini (selalu disimpan di folder dokumen)")
    p.set_defaults(func=cmd_print)
    p = sp.add_parser("writeoff-list", help="daftar penghapusan")
    p.add_argument("--status", choices=("diajukan", "disetujui", "ditolak"))
    p.set_defaults(func=cmd_writeoff_list)

    p = sp.add_parser("minimum", help="atur stok minimum")
    p.add_argument("warehouse")
    p.add_argument("item")
    p.add_argument("qty", type=quantity_arg(allow_zero=True))
    p.set_defaults(func=cmd_minimum)

    p = sp.add_parser("balance", help="posisi stok")
    p.add_argument("--warehouse", metavar="CODE")
    p.add_argument("--item", metavar="CODE")
    p.add_argument("--search")
    p.add_argument("--category")
    p.add_argument("--alert", choices=queries.ALERT_FILTERS)
    p.add_argument("--sort", default="item", choices=[*queries.SORT_KEYS, *("-" + k for k in queries.SORT_KEYS)])
    p.add_argument("--limit", type=whole_number_arg("--limit", maximum=10**9), default=1000)
    p.add_argument("--offset", type=whole_number_arg("--offset", allow_zero=True, maximum=10**9), default=0)
    p.add_argument("--batches", action="store_true", help="per batch")
    p.set_defaults(func=cmd_balance)

    p = sp.add_parser("alerts", help="di bawah minimum, segera kedaluwarsa, kedaluwarsa")
    p.add_argument("--days", type=whole_number_arg("--days", allow_zero=True, maximum=36500))
    p.add_argument("--warehouse", metavar="CODE")
    p.set_defaults(func=cmd_alerts)

    p = sp.add_parser("card", help="kartu persediaan")
    p.add_argument("warehouse")
    p.add_argument("item")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--pdf", metavar="PATH")
    p.set_defaults(func=cmd_card)

    p = sp.add_parser("import", help="impor saldo awal dari .xlsx/.csv")
    p.add_argument("path")
    p.add_argument("--ref", metavar="NOMOR", help="nomor dokumen saldo awal")
    p.set_defaults(func=cmd_import)
    p = sp.add_parser("export", help="ekspor daftar stok ke .xlsx")
    p.add_argument("path")
    p.add_argument("--warehouse", metavar="CODE")
    p.set_defaults(func=cmd_export)

    cp = sp.add_parser("count", help="stock opname").add_subparsers(dest="count_cmd", required=True)
    p = cp.add_parser("start", help="mulai opname (potret saldo; nomor dari pola nomor opname)")
    p.add_argument("warehouse")
    p.add_argument("--member", action="append", metavar="NAMA|NIP|PERAN", help="anggota tim opname (berulang)")
    p.add_argument("--cutoff", metavar="'YYYY-MM-DD HH:MM'", help="batas pencatatan (bawaan: saat ini)")
    p.set_defaults(func=cmd_count_start)
    p = cp.add_parser("team", help="catat (ganti) tim opname")
    p.add_argument("number")
    p.add_argument("--member", action="append", required=True, metavar="NAMA|NIP|PERAN")
    p.set_defaults(func=cmd_count_team)
    p = cp.add_parser("sheet", help="lembar hitung tanpa jumlah buku")
    p.add_argument("number")
    p.add_argument("--pdf", metavar="PATH")
    p.set_defaults(func=cmd_count_sheet)
    p = cp.add_parser("enter", help="isi jumlah terhitung")
    p.add_argument("number")
    p.add_argument("item")
    p.add_argument("qty", type=quantity_arg(allow_zero=True, maximum=MAX_BALANCE))
    p.add_argument("--batch", default="")
    p.add_argument("--reason")
    p.add_argument("--expiry", type=_date, metavar="YYYY-MM-DD",
                   help="kedaluwarsa batch yang belum tercatat (barang ditemukan)")
    p.set_defaults(func=cmd_count_enter)
    p = cp.add_parser("submit", help="ajukan opname yang lengkap untuk persetujuan pejabat")
    p.add_argument("number")
    p.set_defaults(func=cmd_count_submit)
    p = cp.add_parser("approve", help="setujui opname yang diajukan (pejabat yang tidak ikut menghitung): "
                                      "selisih menjadi penyesuaian")
    p.add_argument("number")
    p.set_defaults(func=cmd_count_approve)
    p = cp.add_parser("post", help="sama dengan approve: selisih hanya diposting melalui persetujuan pejabat")
    p.add_argument("number")
    p.set_defaults(func=cmd_count_approve)
    p = cp.add_parser("return", help="kembalikan opname yang diajukan ke gudang (pejabat), dengan catatan")
    p.add_argument("number")
    p.add_argument("--note", required=True)
    p.set_defaults(func=cmd_count_return)
    p = cp.add_parser("show", help="tampilkan opname")
    p.add_argument("number")
    p.set_defaults(func=cmd_count_show)
    p = cp.add_parser("print", help="cetak Berita Acara Stock Opname (PDF) dari opname yang diposting")
    p.add_argument("number")
    p.add_argument("-o", "--output", required=True, metavar="PATH")
    p.set_defaults(func=cmd_count_print)

    p = sp.add_parser("units", help="unit peralatan bernomor seri")
    p.add_argument("--item", metavar="CODE")
    p.add_argument("--warehouse", metavar="CODE")
    p.add_argument("--status", choices=tuple(equipment.STATUS_LABELS))
    p.set_defaults(func=cmd_units)
    p = sp.add_parser("unit-condition", help="ubah kondisi unit")
    p.add_argument("item")
    p.add_argument("serial")
    p.add_argument("condition", choices=CONDITIONS)
    p.add_argument("--remarks")
    p.set_defaults(func=cmd_unit_condition)
    p = sp.add_parser("unit-history", help="riwayat unit")
    p.add_argument("item")
    p.add_argument("serial")
    p.set_defaults(func=cmd_unit_history)
