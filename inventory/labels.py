"""Sheets of sticky labels with a QR code: one per serial-numbered unit, or one per item (for its shelf).

The QR code holds what a USB scanner types back into the program:

- a unit: ``U:<ITEM CODE>:<SERIAL>``, e.g. ``U:TENDA-PELETON:TP-0007``.  Item codes never hold a colon
  (``catalog._code``), so everything after the second colon is the serial, whatever it holds;
- an item or a shelf: the item code itself, as typed into any item field.

``parse_scan`` reads such a text back.  Layouts are the common A4 label sheets (``LAYOUTS``); a sheet
begun earlier can be used from a later position (``start``).  Text is shrunk, wrapped and at last
shortened with "…" so that it stays inside its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory.catalog import get_item, get_warehouse
from inventory.models import EquipmentUnit, Item, ItemBarcode, StockLevel, Warehouse
from inventory.permissions import can_print_labels
from tagana_app import outputs
from tagana_app.accounts import Actor
from tagana_app.errors import ValidationError
from tagana_app.pdf import fonts
from tagana_app.texts import N_

UNIT_PREFIX = "U:"
KINDS = ("units", "items")
GONE = ("dihapus", "batal")  # units no longer kept: no label


@dataclass(frozen=True)
class Layout:
    """A sheet of ``columns`` x ``rows`` labels of ``width`` x ``height`` mm on A4, the first label's
    top-left corner ``left``/``top`` mm from the paper's, ``gap_x``/``gap_y`` mm between labels."""

    key: str
    name: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points of the label at ``position`` (0 = top left, row by row);
        y is the label's bottom edge, reportlab's way."""
        row, column = divmod(position % self.per_sheet, self.columns)
        x = (self.left + column * (self.width + self.gap_x)) * mm
        top = A4[1] - (self.top + row * (self.height + self.gap_y)) * mm
        return x, top - self.height * mm, self.width * mm, self.height * mm


LAYOUTS: dict[str, Layout] = {x.key: x for x in (
    Layout("a4-24", "A4 24 (70 x 37 mm)", 3, 8, 70, 37, left=0, top=0.5),
    Layout("a4-21", "A4 21 (63,5 x 38,1 mm)", 3, 7, 63.5, 38.1, left=7.2, top=15.15, gap_x=2.55),
    Layout("a4-14", "A4 14 (99,1 x 38,1 mm)", 2, 7, 99.1, 38.1, left=4.65, top=15.15, gap_x=2.5),
)}
DEFAULT_LAYOUT = "a4-24"


@dataclass(frozen=True)
class Label:
    code: str          # the item code, in bold on top
    second: str        # the serial ("SN ...") or the barcode ("" when the item has none)
    name: str          # the item's name, wrapped
    qr: str            # what the QR code holds
    footer: str = ""   # the warehouse, small, at the bottom


@dataclass(frozen=True)
class LabelSheet:
    """What was printed: the file, how many labels on how many pages, from which position."""

    path: str
    kind: str
    layout: str
    labels: int
    pages: int
    start: int


@dataclass(frozen=True)
class Scanned:
    """What a scanner typed: a unit (item and serial) or an item code or barcode (serial "")."""

    item: str
    serial: str = ""

    @property
    def is_unit(self) -> bool:
        return bool(self.serial)


def unit_code(item: str, serial: str) -> str:
    return f"{UNIT_PREFIX}{item}:{serial}"


def parse_scan(text: str) -> Scanned | None:
    """``U:ITEM:SERIAL`` as a unit, anything else as an item code or barcode; None for empty text."""
    key = (text or "").strip()
    if not key:
        return None
    if key[:2].upper() == UNIT_PREFIX and ":" in key[2:]:
        item, serial = key[2:].split(":", 1)
        if item.strip() and serial.strip():
            return Scanned(item.strip().upper(), serial.strip())
    return Scanned(key)


def layout_named(name: str | None) -> Layout:
    """The layout with this key ("a4-24"), name ("A4 24 (70 x 37 mm)") or count ("24")."""
    wanted = " ".join((name or DEFAULT_LAYOUT).lower().split())
    for layout in LAYOUTS.values():
        if wanted in (layout.key, layout.name.lower(), str(layout.per_sheet)):
            return layout
    raise ValidationError(N_("errors", "Tata letak label '{layout}' tidak dikenal. Pilihan: {choices}."),
                          layout=name, choices=", ".join(f"{x.key} = {x.name}" for x in LAYOUTS.values()))


# --- what goes on the labels -------------------------------------------------------------------------------

def unit_labels(session: Session, *, warehouse: str | None = None, items: Sequence[str] = ()) -> list[Label]:
    """A label per serial unit still kept (in a warehouse or out on loan), by item code and serial;
    with ``warehouse`` only the units in it."""
    query = (select(EquipmentUnit, Item, Warehouse).join(Item, Item.id == EquipmentUnit.item_id)
             .outerjoin(Warehouse, Warehouse.id == EquipmentUnit.warehouse_id)
             .where(EquipmentUnit.status.not_in(GONE)).order_by(Item.code, EquipmentUnit.serial))
    if warehouse:
        query = query.where(EquipmentUnit.warehouse_id == get_warehouse(session, warehouse).id,
                            EquipmentUnit.status == "gudang")
    if items:
        query = query.where(Item.id.in_([get_item(session, code).id for code in items]))
    return [Label(i.code, f"SN {u.serial}", i.name, unit_code(i.code, u.serial), w.name if w else "")
            for u, i, w in session.execute(query)]


def item_labels(session: Session, *, warehouse: str | None = None, items: Sequence[str] = ()) -> list[Label]:
    """A label per active item (with ``warehouse``: per item kept there), by code; the first barcode."""
    query = select(Item).where(Item.active.is_(True)).order_by(Item.code)
    where = ""
    if warehouse:
        wh = get_warehouse(session, warehouse)
        where = wh.name
        query = query.where(Item.id.in_(select(StockLevel.item_id).where(StockLevel.warehouse_id == wh.id)))
    if items:
        query = query.where(Item.id.in_([get_item(session, code).id for code in items]))
    found = list(session.scalars(query))
    barcodes: dict[int, str] = {}
    for item_id, barcode in session.execute(select(ItemBarcode.item_id, ItemBarcode.barcode)
                                            .where(ItemBarcode.item_id.in_([i.id for i in found]))
                                            .order_by(ItemBarcode.barcode)):
        barcodes.setdefault(item_id, barcode)
    return [Label(i.code, barcodes.get(i.id, ""), i.name, i.code, where) for i in found]


def print_labels(session: Session, actor: Actor, kind: str, out: Path | str, *, warehouse: str | None = None,
                 items: Sequence[str] = (), layout: str | None = None, start: int = 1) -> LabelSheet:
    """Write the label sheet of ``kind`` ("units" or "items") to ``out``; refused when there is nothing
    to print or ``start`` is not a position of the layout."""
    can_print_labels.require(actor)
    if kind not in KINDS:
        raise ValidationError(N_("errors", "Jenis label '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=kind, choices=", ".join(KINDS))
    chosen = layout_named(layout)
    if not 1 <= start <= chosen.per_sheet:
        raise ValidationError(N_("errors", "Posisi awal {start} tidak ada pada lembar {layout}: pilih 1 sampai "
                                           "{last}."), start=start, layout=chosen.name, last=chosen.per_sheet)
    labels = (unit_labels if kind == "units" else item_labels)(session, warehouse=warehouse, items=items)
    if not labels:
        raise ValidationError(N_("errors", "Tidak ada label untuk dicetak: tidak ada {what} yang cocok dengan "
                                           "pilihan gudang dan barang."),
                              what=N_("domain", "unit bernomor seri") if kind == "units" else N_("domain", "barang"))
    pages = render(labels, chosen, out, start=start, database=outputs.live_database(session))
    return LabelSheet(str(Path(out)), kind, chosen.key, len(labels), pages, start)


# --- drawing -----------------------------------------------------------------------------------------------

PAD = 2.2 * mm
MIN_SIZE = 5.0


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    parts, current = [], ""
    for ch in word:
        if current and fonts.string_width(current + ch, font, size) > width:
            parts.append(current)
            current = ""
        current += ch
    return [*parts, current] if current else parts


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (a word too long for a line is broken)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if fonts.string_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, font, size, width) if fonts.string_width(word, font, size) > width else [word]
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        lines.append(current)
    return lines


def fit(text: str, font: str, width: float, height: float, largest: float, *, max_lines: int = 4,
        one_line_down_to: float | None = None) -> tuple[float, list[str]]:
    """The largest size (down to MIN_SIZE) at which ``text`` wraps into ``height``; at the smallest the
    lines that fit, the last one shortened with "…".  With ``one_line_down_to`` a code stays on one
    line while it fits at that size or larger."""
    if one_line_down_to is not None:
        size = largest
        while size >= one_line_down_to:
            if fonts.string_width(text, font, size) <= width and size * 1.15 <= height:
                return size, [text]
            size -= 0.5
    size = largest
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * 1.15 <= height and len(lines) <= max_lines:
            return size, lines
        if size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.5)
    keep = max(1, min(max_lines, int(height // (size * 1.15))))
    if len(lines) > keep:
        last = lines[keep - 1]
        while last and fonts.string_width(last + "…", font, size) > width:
            last = last[:-1]
        lines = [*lines[:keep - 1], last.rstrip() + "…"]
    return size, lines


def _qr(payload: str, size: float) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M", barBorder=1)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def draw_label(canv: Canvas, label: Label, x: float, y: float, width: float, height: float) -> None:
    """One label: the QR code on the left, filling the height; the text on its right."""
    regular, bold = fonts.regular(), fonts.bold()
    qr_size = min(height - 2 * PAD, width * 0.42)
    renderPDF.draw(_qr(label.qr, qr_size), canv, x + PAD, y + (height - qr_size) / 2)
    left = x + PAD + qr_size + 1.5 * mm
    text_width = x + width - PAD - left
    top = y + height - PAD
    bottom = y + PAD
    if label.footer:
        size, lines = fit(label.footer, regular, text_width, 7, 6, max_lines=1)
        canv.setFont(regular, size)
        canv.drawString(left, bottom, lines[0])
        bottom += size * 1.3
    # the code and the serial are never shortened (an 80-character serial takes up to 5 lines at the smallest)
    for text, font, largest, max_lines in ((label.code, bold, 10, 3), (label.second, bold, 8.5, 6)):
        if not text:
            continue
        size, lines = fit(text, font, text_width, (top - bottom) * 0.6, largest, max_lines=max_lines,
                          one_line_down_to=largest - 3)
        canv.setFont(font, size)
        for line in lines:
            top -= size
            canv.drawString(left, top, line)
            top -= size * 0.15
        top -= 1.2
    size, lines = fit(label.name, regular, text_width, top - bottom, 8, max_lines=5)
    canv.setFont(regular, size)
    for line in lines:
        top -= size
        canv.drawString(left, top, line)
        top -= size * 0.15


def render(labels: Sequence[Label], layout: Layout, out: Path | str, *, start: int = 1,
           database: Path | None = None) -> int:
    """Draw the labels from position ``start`` (1 = top left of the first sheet); the number of pages."""
    with fonts.using(fonts.DEJAVU), outputs.atomic(out, database=database) as tmp:
        canv = Canvas(str(tmp), pagesize=A4, pageCompression=1)
        canv.setTitle("Label")
        canv.setCreator("Tagana Logistik")
        pages = 0
        for n, label in enumerate(labels):
            position = start - 1 + n
            if position % layout.per_sheet == 0 and n:
                canv.showPage()
            if n == 0 or position % layout.per_sheet == 0:
                pages += 1
            draw_label(canv, label, *layout.cell(position))
        canv.showPage()
        canv.save()
    return pages
