"""Writing a report: .xlsx (openpyxl) and PDF (the tagana_app.pdf toolkit).

.xlsx: one sheet per table, title rows with the office name, the report title and the filter,
then a bold header row frozen under them, formatted numbers and dates, the totals row in bold.
PDF: letterhead, title, filter lines, each table with its header repeated on every page,
"Halaman X dari Y", and the signature of the head of office.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.platypus import Table as PdfTable
from sqlalchemy.orm import Session

from deployment.reports.model import Col, Report, Table
from tagana_app import clock, indonesian, outputs, pdf, sheets, signatories
from tagana_app.pdf import Column, OfficeProfile, Signer, fonts
from tagana_app.pdf.fonts import string_width
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import DOMAIN, N_, Text

HEADER_FILL = PatternFill("solid", fgColor="E4E8EE")
FOOTER_FILL = PatternFill("solid", fgColor="F3F5F8")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NUMBER_FORMATS = {"int": "#,##0", "date": "DD-MM-YYYY", "no": "0"}
MAX_WIDTH = 60


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31].strip() or "Lembar"
    base, n = name, 2
    while name in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


def _cell_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return clock.local(value).replace(tzinfo=None)
    return value


def _title_rows(ws: Any, profile: OfficeProfile, report: Report, heading: str, width: int) -> int:
    """Office lines, report title, table heading, filter lines; returns the next free row."""
    lines: list[tuple[str, Font]] = [(profile.government.upper(), Font(bold=True, size=11)),
                                     (profile.office.upper(), Font(bold=True, size=12)),
                                     (report.title.replace("\n", " "), Font(bold=True, size=13)),
                                     (heading, Font(bold=True, size=11))]
    lines += [(line, Font(size=10)) for line in report.filter_lines]
    lines.append((f"Dibuat {indonesian.long_date(clock.local(report.made_at))} "
                  f"pukul {clock.local(report.made_at):%H.%M}", Font(size=9, italic=True, color="555555")))
    for row, (text, font) in enumerate(lines, 1):
        cell = sheets.write_cell(ws, row, 1, text)
        cell.font = font
        if width > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    return len(lines) + 2


def _write_table(ws: Any, table: Table, first_row: int) -> int:
    columns = table.columns
    widths = [max(len(c.title) + 2, c.width * 7) for c in columns]
    for i, col in enumerate(columns, 1):
        cell = sheets.write_cell(ws, first_row, i, col.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    formats = [NUMBER_FORMATS.get(c.kind) for c in columns]
    row_no = first_row
    for row_no, values in enumerate(table.rows, first_row + 1):
        for i, value in enumerate(values):
            cell = sheets.write_cell(ws, row_no, i + 1, _cell_value(value))
            if formats[i] and value is not None and not isinstance(value, str):
                cell.number_format = formats[i]
            if row_no - first_row <= 500 and value is not None:  # widths from the first rows are enough
                text = value.strftime("%d-%m-%Y") if isinstance(value, date) else str(value)
                widths[i] = max(widths[i], min(len(text) + 2, MAX_WIDTH))
    for values in table.footer:
        row_no += 1
        for i, value in enumerate(values):
            if 0 < i < table.label_span:
                continue
            cell = sheets.write_cell(ws, row_no, i + 1, _cell_value(value))
            if formats[i] and i >= table.label_span and not isinstance(value, str):
                cell.number_format = formats[i]
        if table.label_span > 1:
            ws.merge_cells(start_row=row_no, start_column=1, end_row=row_no, end_column=table.label_span)
            ws.cell(row=row_no, column=1).alignment = Alignment(horizontal="right")
        for i in range(1, len(columns) + 1):
            cell = ws.cell(row=row_no, column=i)
            cell.font = Font(bold=True)
            cell.fill = FOOTER_FILL
            cell.border = Border(top=Side(style="medium"), bottom=THIN)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(width, MAX_WIDTH)
    ws.print_title_rows = f"{first_row}:{first_row}"
    return row_no


def to_xlsx(report: Report, target: str | os.PathLike[str] | BinaryIO, profile: OfficeProfile,
            progress: Progress | None = None) -> Path | None:
    """Write the report as a workbook, one sheet per table (and a "Ringkasan" sheet for ``info()``)."""
    if isinstance(target, str | os.PathLike):  # refused before the work, not after it
        outputs.check_output_path(target)
    progress = progress or NullProgress()
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    info = report.info()
    if info:
        ws = wb.create_sheet(_sheet_name("Ringkasan", used))
        row = _title_rows(ws, profile, report, "Ringkasan", 2)
        for label, value in info:
            sheets.write_cell(ws, row, 1, label).font = Font(bold=True)
            sheets.write_cell(ws, row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        for note in report.notes():
            row += 1
            sheets.write_cell(ws, row, 1, note).font = Font(italic=True, size=9)
        ws.column_dimensions["A"].width = 26
        ws.column_dimensions["B"].width = 90
    tables = report.tables()
    for n, table in enumerate(tables, 1):
        progress.update(n - 1, len(tables), Text(N_("domain", "Menulis lembar {sheet}"), DOMAIN, sheet=table.title))
        ws = wb.create_sheet(_sheet_name(table.title, used))
        first = _title_rows(ws, profile, report, table.title, len(table.columns))
        last = _write_table(ws, table, first)
        notes = ([table.note] if table.note else []) + ([] if info else report.notes())
        for note in notes:
            last += 2
            sheets.write_cell(ws, last, 1, note).font = Font(italic=True, size=9)
        ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    progress.update(len(tables), len(tables), N_("domain", "Menyimpan berkas"))
    if isinstance(target, str | os.PathLike):
        with outputs.atomic(target) as tmp:
            wb.save(tmp)
        return Path(target)
    wb.save(target)
    return None


# --- PDF ------------------------------------------------------------------------------------------

PAD = 2 * 3.0 + 2.0  # the toolkit's cell padding and a little air
KEEP_WITH_SIGNATURE = 20  # rows of a last table short enough to move to the signature's page


def _text(col: Col, value: Any) -> str:
    if value is None:
        return ""
    return str(value) if col.kind == "no" else pdf.cell_text(value)


def _widths(table: Table, available: float, size: float) -> list[float]:
    """Column widths from the content: numbers, dates and short codes never wrap, text shares the rest."""
    columns = table.columns
    regular, bold = fonts.regular(), fonts.bold()  # the office's face: build_document sets it
    header = pdf.styles().header_cell.fontSize
    texts: list[set[str]] = [set() for _ in columns]
    for row in table.rows:
        for i, value in enumerate(row):
            texts[i].add(_text(columns[i], value))
    for row in table.footer:
        for i, value in enumerate(row):
            if i >= table.label_span or table.label_span == 1:
                texts[i].add(_text(columns[i], value))
    mins, wants, flexible = [], [], []
    for col, values in zip(columns, texts, strict=True):
        head_words = max(string_width(w, bold, header) for w in col.title.split()) + 1.5
        head = string_width(col.title, bold, header) + 1.5
        widest = max((string_width(t, regular, size) for t in values), default=0.0)
        if col.kind in ("no", "int", "date"):
            low = max(head_words, widest)
            mins.append(low + PAD)
            wants.append(max(low, min(head, widest * 1.5)) + PAD)
            flexible.append(False)
            continue
        tokens = {tok for t in values for tok in t.split()}
        token = max((string_width(tok, regular, size) for tok in tokens), default=0.0)
        low = max(head_words, min(token, available * 0.26))
        mins.append(low + PAD)
        wants.append(max(low, min(widest, available * 0.4), min(head, available * 0.2)) + PAD)
        flexible.append(True)
    if sum(wants) <= available:
        extra = available - sum(wants)
        weights = [w if f else 0.0 for w, f in zip(wants, flexible, strict=True)]
        if not sum(weights):
            weights = list(wants)
        return [w + extra * k / sum(weights) for w, k in zip(wants, weights, strict=True)]
    if sum(mins) <= available:
        room = available - sum(mins)
        gaps = [w - m for w, m in zip(wants, mins, strict=True)]
        return [m + room * g / sum(gaps) for m, g in zip(mins, gaps, strict=True)]
    # Too narrow even for the unbroken words: numbers and dates keep their width, text columns get
    # their header's width and share the rest by how much they would like (long words break).
    heads = [max(string_width(w, bold, header) for w in c.title.split()) + 1.5 + PAD for c in columns]
    fixed = sum(m for m, f in zip(mins, flexible, strict=True) if not f)
    floors = [h if f else m for h, m, f in zip(heads, mins, flexible, strict=True)]
    room = available - fixed - sum(h for h, f in zip(heads, flexible, strict=True) if f)
    gaps = [max(w - h, 0.0) if f else 0.0 for w, h, f in zip(wants, heads, flexible, strict=True)]
    if room <= 0 or not sum(gaps):
        return [m * available / sum(mins) for m in mins]
    return [fl + room * g / sum(gaps) for fl, g in zip(floors, gaps, strict=True)]


def _pdf_columns(table: Table, widths: list[float]) -> list[Column]:
    out = []
    for c, width in zip(table.columns, widths, strict=True):
        if c.kind == "no":
            out.append(Column(c.title, width, "center", wrap=False, fmt=str))
        elif c.kind == "int":
            out.append(Column(c.title, width, "right", wrap=False))
        elif c.kind == "date":
            out.append(Column(c.title, width, "center", wrap=False))
        else:
            out.append(Column(c.title, width))
    return out


def _without(table: Table, drop: set[int], rows: tuple[tuple[Any, ...], ...],
             footer: tuple[tuple[Any, ...], ...]) -> Table:
    keep = [i for i in range(len(table.columns)) if i not in drop]
    span = table.label_span - len([i for i in drop if i < table.label_span]) if table.label_span > 1 else 1
    return replace(table, columns=tuple(table.columns[i] for i in keep),
                   rows=tuple(tuple(r[i] for i in keep) for r in rows),
                   footer=tuple(tuple(r[i] for i in keep) for r in footer), label_span=max(span, 1), group=())


def _blanked(table: Table) -> tuple[tuple[Any, ...], ...]:
    if not table.blank_repeats:
        return table.rows
    key, previous, out = table.blank_repeats[0], object(), []
    for row in table.rows:
        if row[key] == previous:
            row = tuple("" if i in table.blank_repeats else v for i, v in enumerate(row))
        else:
            previous = row[key]
        out.append(row)
    return tuple(out)


def _pdf_parts(table: Table, width: float, size: float) -> list[Any]:
    """The table's flowables: one bordered table, or a heading and a table per group."""
    rows = _blanked(table)
    if not table.group:
        groups = [("", rows, table.footer)]
    else:
        groups, order = {}, []
        for shown, row in zip(rows, table.rows, strict=True):
            label = " — ".join(str(row[i]) for i in table.group if row[i])
            if label not in groups:
                groups[label] = []
                order.append(label)
            groups[label].append(shown)
        groups = [(label, tuple(groups[label]), table.footer if n == len(order) - 1 else ())
                  for n, label in enumerate(order)]
    parts: list[Any] = []
    whole = _without(table, set(table.group), rows, table.footer)
    widths = _widths(whole, width, size)  # one set of widths, so the groups line up
    columns = _pdf_columns(whole, widths)
    for label, group_rows, footer in groups:
        part = _without(table, set(table.group), group_rows, footer)
        if label:
            parts.append(pdf.heading(label, "bold"))
        parts.append(pdf.data_table(columns, part.rows, width, footer_rows=part.footer,
                                    span_footer_label=part.label_span if part.label_span > 1 else 0,
                                    font_size=size))
        parts.append(pdf.spacer(1.5))
    return parts


def report_signers(session: Session, report: Report) -> list[Signer]:
    """The signatures of ``report`` (``Report.signed_by``): the head of office alone, or "Mengetahui" the
    head beside the pengurus barang; refused when one is missing or one person is named twice."""
    officials = {role: signatories.official(session, role, document=report.title) for role in report.signed_by}
    signatories.distinct(report.title, {signatories.ROLE_TITLES[role]: o for role, o in officials.items()})
    if len(officials) == 1:
        return [Signer.of(official) for official in officials.values()]
    return [Signer.of(o, "Mengetahui," if role == signatories.KEPALA_DINAS else "",
                      (o.position or signatories.ROLE_TITLES[role]) + ",") for role, o in officials.items()]


def head_signer(profile: OfficeProfile) -> Signer:
    return Signer(position=profile.head_title, name=profile.head_name, rank=profile.head_rank,
                  id_value=profile.head_nip, blank_id=not profile.head_nip)


def to_pdf(report: Report, target: str | os.PathLike[str] | BinaryIO, profile: OfficeProfile, *,
           progress: Progress | None = None, signed_on: date | None = None,
           signers: Sequence[Signer] = ()) -> pdf.BuiltDocument:
    """The report as a PDF with the letterhead, signed by ``signers`` (``report_signers``), else by the
    head of office of ``profile``."""
    def story(ctx: pdf.DocContext) -> list[Any]:
        parts: list[Any] = []
        info = report.info()
        if info:
            parts += [pdf.fields(info, ctx.width, label_mm=48), pdf.spacer(3)]
        tables = report.tables()
        tail_at: int | None = None
        for n, table in enumerate(tables, 1):
            part: list[Any] = [pdf.keep_space(30), pdf.para(table.title, "heading")]
            if table.rows:
                part += _pdf_parts(table, ctx.width, pdf.styles().cell.fontSize - (1 if len(table.columns) > 7 else 0))
            else:
                part.append(pdf.para("Tidak ada data.", "small"))
            if table.note:
                part.append(pdf.para(table.note, "small"))
            part.append(pdf.spacer(2))
            if n == len(tables) and len(table.rows) <= KEEP_WITH_SIGNATURE:
                last = part[1:]  # a short last table (the totals) goes to the signature's page with it
            else:
                last = []
                if n == len(tables):  # a long one: its last rows go there
                    tail_at = len(parts) + max(i for i, x in enumerate(part) if isinstance(x, PdfTable))
                parts += part
        notes = [pdf.para(note, "small") for note in report.notes()]
        when = signed_on or clock.today()
        # The notes and the last table (whole when short, else its last rows) go with the signature:
        # it never stands alone on a page.
        signature = pdf.signature_blocks(list(signers) or [head_signer(profile)], ctx.width, keep_with=[*last, *notes],
                                         place_date=indonesian.place_and_date(profile.city, when))
        if tail_at is None:
            return [*parts, signature]
        return [*parts[:tail_at], pdf.signed_end(parts[tail_at], [*parts[tail_at + 1:], signature])]

    return pdf.build_document(target, profile, title=report.title, subtitle="\n".join(report.filter_lines) or None,
                              story=story, landscape=report.landscape, subject=report.title.replace("\n", " "),
                              progress=progress)
