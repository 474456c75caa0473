"""`tagana label units|items`: a PDF sheet of labels with QR codes (inventory.labels)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory import labels
from tagana_app.cli_support import Context, whole_number_arg


def cmd_label(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    with ctx.db.read() as s:
        sheet = labels.print_labels(s, actor, a.label_kind, Path(a.output), warehouse=a.warehouse,
                                    items=a.item or (), layout=a.layout, start=a.start)
    what = "unit" if sheet.kind == "units" else "barang"
    ctx.emit(sheet, text=f"{sheet.labels} label {what} ({labels.LAYOUTS[sheet.layout].name}, mulai posisi "
                         f"{sheet.start}) disimpan: {sheet.path} ({sheet.pages} halaman).")


def register(sub: argparse._SubParsersAction) -> None:
    """Add `tagana label` (its one-line help is in tagana_app/cli.py's COMMANDS)."""
    lp = sub.add_parser("label").add_subparsers(dest="label_kind", required=True)
    for kind, help_text in (("units", "label unit peralatan bernomor seri (QR: U:KODE:SERI)"),
                            ("items", "label barang atau rak (QR: kode barang)")):
        p = lp.add_parser(kind, help=help_text)
        p.add_argument("--warehouse", metavar="CODE", help="hanya yang ada di gudang ini")
        p.add_argument("--item", action="append", metavar="CODE", help="hanya barang ini (boleh diulang)")
        p.add_argument("--layout", default=labels.DEFAULT_LAYOUT, metavar="NAME",
                       help="; ".join(f"{x.key} = {x.name}" for x in labels.LAYOUTS.values()))
        p.add_argument("--start", type=whole_number_arg("posisi awal", maximum=1000), default=1, metavar="N",
                       help="mulai dari label ke-N pada lembar yang sudah terpakai sebagian (1 = kiri atas)")
        p.add_argument("-o", "--output", required=True, metavar="PATH")
        p.set_defaults(func=cmd_label)
