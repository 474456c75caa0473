"""`tagana report stock|distribution|deployments|loans|incident [filters] (--xlsx PATH | --pdf PATH | --json)`;
`tagana summary [--date D]` and `tagana incident summary NUMBER [--date D]`: the text to paste into WhatsApp."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from deployment.reports import REPORTS, ReportFilter, export, summary
from deployment.reports.model import plain
from tagana_app.cli_support import Context, format_table, to_plain
from tagana_app.pdf import load_profile


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' tidak valid (pakai YYYY-MM-DD)") from None


class _Progress:
    """Progress on stderr when it is a terminal; silent otherwise."""

    cancelled = False

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        if self.live and text:
            print(f"\r{text[:70]:<70}", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.live:
            print("\r" + " " * 70 + "\r", end="", file=sys.stderr, flush=True)


def cmd_report(ctx: Context) -> None:
    args = ctx.args
    ctx.actor()  # every role may read reports, but only a known user
    kind = REPORTS[args.kind]
    flt = ReportFilter(as_of=args.as_of, start=args.start, end=args.end, warehouse=args.warehouse,
                       incident=args.incident, region=args.region)
    progress = _Progress()
    try:
        with ctx.db.read() as session:
            report = kind.build(session, flt, progress)
            profile = load_profile(session)
            signers = export.report_signers(session, report) if args.pdf else ()
        if args.xlsx:
            path = export.to_xlsx(report, Path(args.xlsx), profile, progress)
        elif args.pdf:
            export.to_pdf(report, Path(args.pdf), profile, progress=progress, signers=signers)
            path = Path(args.pdf)
        else:
            path = None
    finally:
        progress.end()
    if ctx.json:
        ctx.emit(plain(report) if path is None else {"report": kind.key, "path": str(path)})
        return
    if path is not None:
        print(f"{kind.title} disimpan: {path}")
        return
    print(_text(report))


def _text(report: Any) -> str:
    parts = [report.title.replace("\n", " "), *report.filter_lines]
    for label, value in report.info():
        parts.append(f"{label}: {value}")
    for table in report.tables():
        parts += ["", table.title.upper()]
        columns = [(c.key, c.title.upper()) for c in table.columns]
        rows = [dict(zip([c.key for c in table.columns], to_plain(list(row)), strict=False)) for row in table.rows]
        for row in table.footer:  # the totals' label under the last column it spans, not in "No"
            cells = list(row)
            if table.label_span > 1:
                cells[table.label_span - 1], cells[0] = cells[0], ""
            rows.append(dict(zip([c.key for c in table.columns], to_plain(cells), strict=False)))
        parts.append(format_table(rows, columns))
    return "\n".join(parts)


def _emit_summary(ctx: Context, text: str) -> None:
    ctx.emit({"text": text, "chars": len(text)}, text=text)


def cmd_incident_summary(ctx: Context) -> None:
    """`tagana incident summary NUMBER`: registered with the other incident commands (deployment.cli)."""
    ctx.actor()
    with ctx.db.read() as session:
        text = summary.incident_summary(session, ctx.args.number, today=ctx.args.date)
    _emit_summary(ctx, text)


def cmd_summary(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        text = summary.office_summary(session, ctx.args.date)
    _emit_summary(ctx, text)


def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    p = sub.add_parser("report")
    p.add_argument("kind", choices=list(REPORTS), help="; ".join(f"{k}: {v.title}" for k, v in REPORTS.items()))
    p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="posisi stok pada akhir tanggal ini")
    p.add_argument("--from", dest="start", type=_date, metavar="TANGGAL", help="awal periode")
    p.add_argument("--to", dest="end", type=_date, metavar="TANGGAL", help="akhir periode")
    p.add_argument("--warehouse", metavar="KODE")
    p.add_argument("--incident", metavar="NOMOR")
    p.add_argument("--region", metavar="KODE", help="kode wilayah Kemendagri")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--xlsx", metavar="PATH", help="simpan sebagai .xlsx")
    out.add_argument("--pdf", metavar="PATH", help="simpan sebagai PDF")
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("summary")
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="hari yang diringkas (bawaan: hari ini)")
    p.set_defaults(func=cmd_summary)
