"""`tagana item update|show|deactivate|reactivate|pack|barcode`, `tagana warehouse update|deactivate|reactivate`
and `tagana unit add|list|deactivate`: the master data the office keeps itself."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from inventory import catalog_edit
from inventory.catalog import get_item
from inventory.models import ITEM_KINDS, WAREHOUSE_KINDS, ItemBarcode
from tagana_app.cli_support import Context, quantity_arg
from tagana_app.quantities import parse_quantity

YES_NO = {"ya": True, "yes": True, "tidak": False, "no": False}


def _minimum(text: str) -> tuple[str, int]:
    """"GDG=50": the minimum level of the item in warehouse GDG."""
    code, sep, qty = text.partition("=")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(f"'{text}' tidak terbaca; tulis GUDANG=JUMLAH, mis. GDG=50")
    try:
        return code.strip().upper(), parse_quantity(qty.strip(), field="Stok minimum", allow_zero=True)
    except Exception as exc:  # noqa: BLE001 - argparse shows it as a usage error
        raise argparse.ArgumentTypeError(str(exc)) from None


def _detail_text(d: catalog_edit.ItemDetail) -> str:
    i = d.item
    lines = [f"{i.code} {i.name} ({'aktif' if i.active else 'NONAKTIF'})",
             f"  Kategori: {i.category or '-'}   Satuan: {i.unit}   Jenis: {i.kind}"
             f"{'   kedaluwarsa' if i.expires else ''}{'   bernomor seri' if i.serialized else ''}",
             f"  Kategori kebutuhan: {d.need_category or '-'}"
             + (f"   isi per satuan: {d.content_per_unit.normalize():f} "
                f"{catalog_edit.NEED_UNITS.get(d.need_category, '')}" if d.content_per_unit else ""),
             f"  Kemasan: {', '.join(f'{p.name} = {p.contains} {i.unit}' for p in d.packs) or '-'}",
             f"  Barcode: {', '.join(d.barcodes) or '-'}"]
    for m in d.minimums:
        lines.append(f"  {m.warehouse}: stok {m.on_hand} {i.unit}, minimum {m.minimum}")
    return "\n".join(lines)


def cmd_item_update(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()

    def work(s):  # noqa: ANN001, ANN202
        barcodes = None
        if a.barcode or a.remove_barcode:
            item = get_item(s, a.code)
            current = list(s.scalars(select(ItemBarcode.barcode).where(ItemBarcode.item_id == item.id)
                                     .order_by(ItemBarcode.barcode)))
            gone = {b.strip() for b in a.remove_barcode or ()}
            barcodes = [b for b in current if b not in gone] + list(a.barcode or ())
        return catalog_edit.update_item(
            s, actor, a.code, name=a.name, category=a.category, unit=a.unit, kind=a.kind,
            expires=None if a.expires is None else YES_NO[a.expires],
            serialized=None if a.serial is None else YES_NO[a.serial], need_category=a.need_category,
            barcodes=barcodes, minimums=dict(a.minimum) if a.minimum else None, content_per_unit=a.content)
    detail = ctx.db.write(work)
    ctx.emit(detail, text="Data barang disimpan.\n" + _detail_text(detail))


def cmd_item_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        detail = catalog_edit.item_detail(s, ctx.args.code)
    ctx.emit(detail, text=_detail_text(detail))


def cmd_item_deactivate(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    done = ctx.db.write(lambda s: catalog_edit.deactivate_item(s, actor, a.code))
    still = (f" Stoknya masih {done.on_hand} {done.unit}: tetap tercatat dan dapat dikeluarkan lewat dokumen yang ada."
             if done.on_hand else "")
    ctx.emit(done, text=f"Barang {done.code} ({done.name}) dinonaktifkan: tidak ditawarkan lagi untuk dokumen "
                        f"baru; riwayat dan laporannya tetap.{still}")


def cmd_item_reactivate(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    done = ctx.db.write(lambda s: catalog_edit.reactivate_item(s, actor, a.code))
    ctx.emit(done, text=f"Barang {done.code} ({done.name}) aktif kembali.")


def cmd_item_pack(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    if a.remove:
        pack = ctx.db.write(lambda s: catalog_edit.remove_pack(s, actor, a.item, a.name))
        ctx.emit(pack, text=f"Kemasan {pack.name} ({pack.contains}) barang {a.item.upper()} dihapus.")
        return
    if a.contains is None:
        ctx.args._parser.error("sebutkan --contains JUMLAH (isi satu kemasan dalam satuan barang)")
    pack = ctx.db.write(lambda s: catalog_edit.add_pack(s, actor, a.item, a.name, a.contains))
    ctx.emit(pack, text=f"Kemasan {pack.name} barang {a.item.upper()}: 1 {pack.name} = {pack.contains}.")


def cmd_warehouse_update(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog_edit.update_warehouse(
        s, actor, a.code, name=a.name, kind=a.kind, region=a.region, address=a.address, person_in_charge=a.pic,
        needs_emergency=a.needs_emergency))
    ctx.emit(info, text=f"Gudang {info.code} ({info.name}, {info.region_name}) disimpan; penanggung jawab: "
                        f"{info.person_in_charge or '-'}"
                        + ("; barang keluar hanya dengan status darurat." if info.needs_emergency else "."))


def cmd_warehouse_deactivate(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog_edit.deactivate_warehouse(s, actor, a.code))
    ctx.emit(info, text=f"Gudang {info.code} ({info.name}) dinonaktifkan; riwayatnya tetap.")


def cmd_warehouse_reactivate(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: catalog_edit.reactivate_warehouse(s, actor, a.code))
    ctx.emit(info, text=f"Gudang {info.code} ({info.name}) aktif kembali.")


def cmd_unit_add(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    unit = ctx.db.write(lambda s: catalog_edit.add_unit(s, actor, a.code))
    ctx.emit(unit, text=f"Satuan {unit.code} ada di katalog satuan.")


def cmd_unit_deactivate(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    unit = ctx.db.write(lambda s: catalog_edit.deactivate_unit(s, actor, a.code))
    ctx.emit(unit, text=f"Satuan {unit.code} tidak ditawarkan lagi untuk barang baru ({unit.items} barang tetap "
                        "memakainya).")


def cmd_unit_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        units = catalog_edit.list_units(s)
    rows = units if ctx.json else [{"code": u.code, "active": "aktif" if u.active else "nonaktif", "items": u.items}
                                   for u in units]
    ctx.emit_table(rows, [("code", "SATUAN"), ("active", "STATUS"), ("items", "DIPAKAI BARANG")])


def register_item(ip: argparse._SubParsersAction) -> None:
    p = ip.add_parser("update", help="ubah data barang (satuan/jenis hanya selama belum ada mutasi)")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--name", metavar="NAMA")
    p.add_argument("--category", metavar="KATEGORI")
    p.add_argument("--unit", metavar="SATUAN")
    p.add_argument("--kind", choices=ITEM_KINDS)
    p.add_argument("--expires", choices=("ya", "tidak"), help="dicatat per batch kedaluwarsa")
    p.add_argument("--serial", choices=("ya", "tidak"), help="setiap unit bernomor seri")
    p.add_argument("--barcode", action="append", metavar="B", help="tambah barcode (boleh diulang)")
    p.add_argument("--remove-barcode", action="append", metavar="B", help="hapus barcode (boleh diulang)")
    p.add_argument("--need-category", metavar="KODE",
                   help="kebutuhan yang dihitung: " + ", ".join(catalog_edit.NEED_CATEGORIES) + " ('' untuk tidak ada)")
    p.add_argument("--content", metavar="ISI",
                   help="isi per satuan dalam satuan kebutuhannya (beras kg, air liter, tenda m²), "
                        "mis. 5 untuk karung 5 kg; kosong (\"\") menghapusnya")
    p.add_argument("--minimum", action="append", type=_minimum, metavar="GUDANG=JUMLAH",
                   help="stok minimum di gudang itu (boleh diulang)")
    p.set_defaults(func=cmd_item_update)
    p = ip.add_parser("show", help="data lengkap satu barang: kemasan, barcode, minimum per gudang")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_item_show)
    p = ip.add_parser("deactivate", help="nonaktifkan barang (tidak ditawarkan untuk dokumen baru)")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_item_deactivate)
    p = ip.add_parser("reactivate", help="aktifkan kembali barang")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_item_reactivate)
    p = ip.add_parser("pack", help="kemasan barang: --name karton --contains 24 (atau --remove)")
    p.add_argument("item", metavar="BARANG")
    p.add_argument("--name", required=True, metavar="KEMASAN")
    p.add_argument("--contains", type=quantity_arg("Isi kemasan"), metavar="JUMLAH",
                   help="berapa satuan barang dalam satu kemasan")
    p.add_argument("--remove", action="store_true", help="hapus kemasan ini")
    p.set_defaults(func=cmd_item_pack, _parser=p)


def needs_emergency_option(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument("--needs-emergency", action=argparse.BooleanOptionalAction, default=None,
                   help="barang hanya keluar untuk kejadian dengan status darurat yang ditetapkan (atau izin "
                        f"pejabat); {default}")


def register_warehouse(wp: argparse._SubParsersAction) -> None:
    p = wp.add_parser("update", help="ubah data gudang")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--name", metavar="NAMA")
    p.add_argument("--kind", choices=WAREHOUSE_KINDS)
    p.add_argument("--region", metavar="KODE", help="kode wilayah Kemendagri")
    p.add_argument("--address", metavar="ALAMAT")
    p.add_argument("--pic", metavar="NAMA", help="penanggung jawab")
    needs_emergency_option(p, "bawaan: tidak diubah")
    p.set_defaults(func=cmd_warehouse_update)
    p = wp.add_parser("deactivate", help="nonaktifkan gudang (ditolak selama masih ada stok atau unit)")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_warehouse_deactivate)
    p = wp.add_parser("reactivate", help="aktifkan kembali gudang")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_warehouse_reactivate)


def register_units(sub: argparse._SubParsersAction) -> None:
    up = sub.add_parser("unit").add_subparsers(dest="unit_cmd", required=True)
    p = up.add_parser("add", help="admin: tambah satuan ke katalog")
    p.add_argument("code", metavar="SATUAN")
    p.set_defaults(func=cmd_unit_add)
    p = up.add_parser("deactivate", help="admin: satuan tidak ditawarkan lagi untuk barang baru")
    p.add_argument("code", metavar="SATUAN")
    p.set_defaults(func=cmd_unit_deactivate)
    up.add_parser("list", help="daftar satuan").set_defaults(func=cmd_unit_list)
