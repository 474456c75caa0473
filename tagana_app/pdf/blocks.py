"""Flowables the documents are made of: title, label/value fields, data tables, signatures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from tagana_app import indonesian
from tagana_app.pdf import fonts
from tagana_app.pdf.fonts import string_width
from tagana_app.pdf.styles import GRID, HEADER_FILL, ZEBRA_FILL, cell_size, styles

_ALIGN = {"left": "LEFT", "right": "RIGHT", "center": "CENTER"}
CELL_PAD_H = 3.0
CELL_PAD_V = 2.2


def esc(text: Any) -> str:
    """Text for Paragraph markup: escaped, newlines kept as line breaks."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def para(text: Any, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or, with ``markup=True``, of reportlab mini-markup."""
    return Paragraph(str(text) if markup else esc(text), getattr(styles(), style))


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def title_block(title: str, number: str | None = None, *, subtitle: str | None = None,
                replaces: str | None = None) -> list[Flowable]:
    """Bold underlined title (one line per ``\\n``), then "Nomor: ..." centred under it, and for a new
    document that replaces an earlier one "Menggantikan dokumen nomor X" under that, where the official
    reads it before the body."""
    st = styles()
    lines = "<br/>".join(f"<u>{esc(line)}</u>" for line in title.split("\n") if line.strip())
    out: list[Flowable] = [Paragraph(lines, st.title)]
    if subtitle:
        out.append(Paragraph(esc(subtitle), st.subtitle))
    if number:
        out.append(Paragraph("Nomor: " + esc(number), st.subtitle))
    if replaces:
        out.append(replaces_note(replaces))
    out.append(Spacer(1, 5 * mm))
    return out


def replaces_note(number: str) -> Paragraph:
    """"Menggantikan dokumen nomor X", centred in bold under a new document's number."""
    return Paragraph("<b>Menggantikan dokumen nomor " + esc(number) + "</b>", styles().subtitle)


def fields(rows: Sequence[tuple[str, Any]], width: float, *, label_mm: float = 38, indent_mm: float = 0,
           style: str = "body") -> Table:
    """Label : value lines ("Nama : ...", "NIP : ...") aligned on the colon, no grid."""
    st = getattr(styles(), style)
    data = [[Paragraph(esc(label), st), Paragraph(":", st), Paragraph(esc(value), st)] for label, value in rows]
    colon = 4 * mm
    widths = [indent_mm * mm + label_mm * mm, colon, width - indent_mm * mm - label_mm * mm - colon]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("LEFTPADDING", (0, 0), (0, -1), indent_mm * mm),
    ]))
    return table


def numbered(items: Sequence[str], width: float, *, style: str = "body", marker: str = "{n}.") -> Table:
    """A numbered list with hanging indent (Dasar, tembusan)."""
    st = getattr(styles(), style)
    data = [[Paragraph(esc(marker.format(n=i)), st), Paragraph(esc(item), st)] for i, item in enumerate(items, 1)]
    table = Table(data, colWidths=[8 * mm, width - 8 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


# --- data tables -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """A table column; ``width`` is a relative weight, scaled to the width available."""

    title: str
    width: float = 1.0
    align: str = "left"  # left | right | center
    wrap: bool = True
    fmt: Callable[[Any], str] | None = None  # e.g. ``str`` for a "No" column (1000, not "1.000")


def cell_text(value: Any) -> str:
    """How a value is written in a table cell: quantities with Indonesian separators, dates dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int | float | Decimal):
        return indonesian.quantity(value)
    if isinstance(value, datetime | date):
        return indonesian.short_date(value)
    return str(value)


MIN_CELL_SIZE = 7.0  # a table shrinks its font this far, in half-points, before it splits a word


def _cell(column: Column, value: Any) -> Any:
    if isinstance(value, Flowable):
        return value
    return cell_text(value) if column.fmt is None or value is None else column.fmt(value)


def _fit_widths(columns: Sequence[Column], texts: list[list[Any]], footer: list[list[Any]], width: float,
                font_size: float, span_footer_label: int) -> tuple[float, list[float]]:
    """The font size and column widths at which no word of a heading or cell is split.

    Each column is at least as wide as its longest word (a column that does not wrap: its longest
    line); the width left over is shared by the columns' weights, so it goes to the wide text
    columns.  When the words do not fit side by side, the font shrinks by half points down to
    ``MIN_CELL_SIZE``; below that the widest columns are narrowed (and only then words break).
    """
    pad = 2 * CELL_PAD_H + 0.75
    regular, bold, standard = fonts.regular(), fonts.bold(), cell_size()
    need = [0.0] * len(columns)  # widest word at 1 pt, body and footer
    head = [0.0] * len(columns)  # widest heading word at 1 pt, bold

    def words(text: str, column: Column) -> list[str]:
        return text.split("\n") if not column.wrap else text.split()

    for i, column in enumerate(columns):
        head[i] = max((string_width(w, bold, 1.0) for w in column.title.split()), default=0.0)
        seen: set[tuple[str, str]] = set()
        for font, rows in ((regular, texts), (bold, footer)):
            for row in rows:
                if i >= len(row) or isinstance(row[i], Flowable):
                    continue
                if font == bold and span_footer_label > 1 and i < span_footer_label:
                    continue  # the merged label has the width of the columns it spans
                for word in words(row[i], column):
                    if (word, font) in seen or len(word) * 1.2 <= need[i]:
                        continue  # no Latin glyph of the bundled faces is wider than 1.2 em: this one cannot be wider
                    seen.add((word, font))
                    need[i] = max(need[i], string_width(word, font, 1.0))
    weights = [max(c.width, 0.0) for c in columns]
    size = font_size
    while True:
        header_size = standard if size == font_size or size >= standard else size
        mins = [max(n * size, h * header_size) + pad for n, h in zip(need, head, strict=True)]
        if sum(mins) <= width or size <= MIN_CELL_SIZE:
            break
        size = max(MIN_CELL_SIZE, size - 0.5)
    if sum(mins) > width:  # too narrow even at the smallest size: cap the widest columns' minimum
        level = _level(mins, width)
        mins = [min(m, level) for m in mins]
    return size, _allocate(weights, mins, width)


def _level(mins: Sequence[float], width: float) -> float:
    """The cap L at which sum(min(m, L)) equals ``width``."""
    ordered = sorted(mins)
    below = 0.0
    for n, m in enumerate(ordered):
        rest = len(ordered) - n
        if below + m * rest >= width:
            return (width - below) / rest
        below += m
    return ordered[-1]


def _allocate(weights: Sequence[float], mins: Sequence[float], width: float) -> list[float]:
    """Share ``width`` by ``weights``, giving every column at least its minimum."""
    fixed = [False] * len(weights)
    while True:
        free_weight = sum(w for w, f in zip(weights, fixed, strict=True) if not f)
        rest = width - sum(m for m, f in zip(mins, fixed, strict=True) if f)
        if free_weight <= 0:  # every column at its minimum: the rest (if any) by weight
            total = sum(weights)
            extra = max(rest, 0.0)
            return [m + extra * (w / total if total else 1 / len(mins)) for m, w in zip(mins, weights, strict=True)]
        share = [rest * w / free_weight for w in weights]
        newly = [i for i, f in enumerate(fixed) if not f and share[i] < mins[i]]
        if not newly:
            return [mins[i] if f else share[i] for i, f in enumerate(fixed)]
        for i in newly:
            fixed[i] = True


def data_table(columns: Sequence[Column], rows: Iterable[Sequence[Any]], width: float, *,
               footer_rows: Sequence[Sequence[Any]] = (), zebra: bool = True, font_size: float | None = None,
               span_footer_label: int = 0) -> Table:
    """A bordered table whose header row repeats on every page.

    Column widths fit every word of the heading and cells unbroken (see ``_fit_widths``; the font
    shrinks a step if it must).  Cells stay plain strings (fast) unless the text is wider than its
    column, then they become wrapping Paragraphs, which wrap between words.  ``footer_rows``
    (totals) are bold and not striped; with ``span_footer_label=n`` their first n cells are merged
    for a label such as "Jumlah".
    """
    st = styles()
    regular, bold, standard = fonts.regular(), fonts.bold(), cell_size()
    font_size = font_size or standard
    rows = list(rows)
    texts = [[_cell(columns[i], value) for i, value in enumerate(row)] for row in rows]
    footer_texts = [[_cell(columns[i], value) for i, value in enumerate(row)] for row in footer_rows]
    requested = font_size
    font_size, widths = _fit_widths(columns, texts, footer_texts, width, font_size, span_footer_label)
    limits = [w - 2 * CELL_PAD_H - 0.5 for w in widths]
    cell_styles = [st.cell_right if c.align == "right" else st.cell_center if c.align == "center" else st.cell
                   for c in columns]
    if font_size != standard:
        cell_styles = [ParagraphStyle(f"{s.name}{font_size}", parent=s, fontSize=font_size,
                                      leading=font_size * 1.25) for s in cell_styles]
    header_style = st.header_cell
    if font_size < requested and font_size < standard:  # shrunk to keep words whole: the heading too
        header_style = ParagraphStyle(f"header_cell{font_size}", parent=header_style, fontSize=font_size,
                                      leading=font_size * 1.25)
    data: list[list[Any]] = [[Paragraph(esc(c.title), header_style) for c in columns]]

    # Measuring every cell is most of the cost of a long table: skip what surely fits, and
    # remember repeated values (units, conditions, item names).
    sure_fit = [limit / (font_size * 1.2) for limit in limits]  # no Latin glyph is wider than 1.2 em
    too_wide: dict[tuple[str, str, int], bool] = {}

    def wraps(text: str, font: str, i: int) -> bool:
        if "\n" in text:
            return True
        if len(text) <= sure_fit[i]:
            return False
        key = (text, font, i)
        found = too_wide.get(key)
        if found is None:
            found = too_wide[key] = string_width(text, font, font_size) > limits[i]
        return found

    def convert(row: Sequence[Any], font: str) -> list[Any]:
        out: list[Any] = []
        for i, text in enumerate(row):
            if isinstance(text, Flowable):
                out.append(text)
                continue
            if columns[i].wrap and wraps(text, font, i):
                out.append(Paragraph(esc(text) if font == regular else f"<b>{esc(text)}</b>", cell_styles[i]))
            else:
                out.append(text)
        return out

    data.extend(convert(row, regular) for row in texts)
    body_end = len(data) - 1
    if span_footer_label > 1:  # the merged label cell is as wide as the columns it spans
        limits[0] = sum(widths[:span_footer_label]) - 2 * CELL_PAD_H - 0.5
        sure_fit[0] = limits[0] / (font_size * 1.2)
        cell_styles[0] = ParagraphStyle("footer_label", parent=st.cell_right, fontSize=font_size,
                                        leading=font_size * 1.25)
    data.extend(convert(row, bold) for row in footer_texts)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), bold, header_style.fontSize, header_style.leading),  # not reportlab's Helvetica
        ("FONT", (0, 1), (-1, -1), regular, font_size, font_size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_H), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_V), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_V + 0.8),
    ]
    for i, column in enumerate(columns):
        if column.align != "left":
            commands.append(("ALIGN", (i, 1), (i, -1), _ALIGN[column.align]))
    if zebra and body_end >= 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, body_end), [None, ZEBRA_FILL]))
    if footer_rows:
        commands.append(("FONT", (0, body_end + 1), (-1, -1), bold, font_size, font_size * 1.25))
        if span_footer_label > 1:
            for r in range(body_end + 1, len(data)):
                commands.append(("SPAN", (0, r), (span_footer_label - 1, r)))
                commands.append(("ALIGN", (0, r), (0, r), "RIGHT"))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    table.footer_rows = len(footer_rows)  # for ``signed_end``: totals alone are not "the last rows"
    return table


# --- signatures ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Signer:
    """One signature: heading ("PIHAK PERTAMA," / "Yang Menyerahkan,"), position, space, name, NIP.

    An empty name leaves a dotted line to be filled in by hand; ``id_value`` empty leaves out the
    NIP line (or prints "NIP. ......" with ``blank_id=True``).
    """

    heading: str = ""
    position: str = ""
    name: str = ""
    rank: str = ""
    id_value: str = ""
    id_label: str = "NIP"
    blank_id: bool = False

    @classmethod
    def of(cls, official: Any, heading: str = "", position: str | None = None) -> Signer:
        """The signature of an official (``tagana_app.signatories.Official``: name, NIP, rank, position);
        ``position`` replaces the official's own where a paper words it its own way."""
        return cls(heading, official.position if position is None else position, official.name, official.rank,
                   official.nip, blank_id=not official.nip)


def _dots(width: float, style: ParagraphStyle, most: int, beside: str = "") -> str:
    """As many dots (at most ``most``) as fit on one line of ``width`` next to the text ``beside``."""
    room = width - string_width(beside, style.fontName, style.fontSize) - 6
    return "." * max(3, min(most, int(room / string_width(".", style.fontName, style.fontSize))))


def _signer_cell(signer: Signer, space_mm: float, width: float) -> tuple[list[Flowable], list[Flowable]]:
    """The signature's heading (its top) and its space, name, rank and NIP (its bottom)."""
    st = styles()
    top = [Paragraph(esc(text), st.center) for text in (signer.heading, signer.position) if text]
    bottom: list[Flowable] = [Spacer(1, space_mm * mm)]
    # A name left blank is a dotted line to write on, on one line of the signature's column.
    name = (f"<u><b>{esc(signer.name)}</b></u>" if signer.name.strip()
            else "(" + _dots(width, st.center, 44, beside="()") + ")")
    bottom.append(Paragraph(name, st.center))
    if signer.rank:
        bottom.append(Paragraph(esc(signer.rank), st.center))
    if signer.id_value:
        bottom.append(Paragraph(f"{esc(signer.id_label)}. {esc(signer.id_value)}", st.center))
    elif signer.blank_id:
        label = f"{signer.id_label}. "
        bottom.append(Paragraph(esc(label) + _dots(width, st.center, 30, beside=label), st.center))
    return top, bottom


def signature_blocks(signers: Sequence[Signer], width: float, *, place_date: str | None = None,
                     acknowledged: Signer | None = None, space_mm: float = 22,
                     keep_with: Sequence[Flowable] = ()) -> Flowable:
    """One, two or three signatures side by side, then an optional centred "Mengetahui," block.

    ``place_date`` ("Karang Tinggi, 23 November 2026") is written above the rightmost signature.
    A single signature sits on the right half of the page, as on a letter.  Headings are one row
    and names another, so the names stand on one line however many lines each heading takes.  The
    whole block is kept together on one page, with ``keep_with`` (e.g. the closing "Demikian ..."
    sentence) before it, so a signature page never stands alone without text.
    """
    st = styles()
    if not 1 <= len(signers) <= 3:
        raise ValueError("one to three signers")
    count = len(signers)
    widths = [width * 0.45, width * 0.55] if count == 1 else [width / count] * count
    cells = [_signer_cell(s, space_mm, widths[-1] - 4) for s in signers]  # less the cell's padding
    tops, bottoms = [top for top, _ in cells], [bottom for _, bottom in cells]
    if place_date:
        tops[-1].insert(0, Paragraph(esc(place_date), st.center))
        for top in tops[:-1]:
            top.insert(0, Paragraph("&nbsp;", st.center))
    data = [["", tops[0]], ["", bottoms[0]]] if count == 1 else [tops, bottoms]
    plain = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    inner = Table(data, colWidths=widths, hAlign="LEFT")
    inner.setStyle(TableStyle(plain))
    table = Table([[inner]], colWidths=[width], hAlign="LEFT")  # one row: headings and names never split apart
    table.setStyle(TableStyle(plain))
    parts: list[Flowable] = [*keep_with, Spacer(1, 6 * mm), table]
    if acknowledged is not None:
        top, bottom = _signer_cell(acknowledged, space_mm, width * 0.7 - 4)
        ack = Table([["", top + bottom, ""]], colWidths=[width * 0.15, width * 0.7, width * 0.15], hAlign="LEFT")
        ack.setStyle(TableStyle(plain))
        parts += [Spacer(1, 6 * mm), ack]
    return KeepTogether(parts)


MIN_ROWS_BEFORE_CUT = 3  # a signed table that fits on the next page is cut only with this many rows before the cut


class _SignedEnd(KeepTogether):
    """A table and what follows it (closing text, signatures): kept on one page when they fit, on the
    next page when they fit there and not in the rest of this one, and otherwise the table is split so
    that its header and at least its last ``tail`` rows go on to the page of what follows.  Only when
    even that is taller than a page does it flow freely."""

    def __init__(self, table: Table, following: Sequence[Flowable], tail: int, lead: Sequence[Flowable] = ()) -> None:
        # measured flat: a nested KeepTogether says 0xffffff
        super().__init__([*lead, table, *_flat(following)])
        self._table, self._following, self._tail, self._lead = table, list(following), tail, list(lead)

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        table, lead = self._table, self._lead
        if self._H <= aH:
            return [*lead, table, *self._following]
        heights = list(table._rowHeights)
        head = table.repeatRows if isinstance(table.repeatRows, int) else 0
        keep = min(self._tail, len(heights) - head)
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else aH
        # All of it fits on the next page: rather than leave a row or two of the table at the foot of this
        # page (the rest with the signatures), all of it goes on, every row under them; but when a good
        # part of it fits here, it starts here, so that this page is not left almost empty.
        fits_next = self._H <= max(page, self._next_page_height()) and not getattr(frame, "_atTop", True)
        lead_h = _listWrapOn(lead, aW, self.canv)[1] if lead else 0
        following = _listWrapOn(self._content[len(lead) + 1:], aW, self.canv)[1]
        # the lead stays with the first rows, not with the last ones on the signed page
        if not fits_next and sum(heights[:head]) + sum(heights[len(heights) - keep:]) + following > page:
            return [*lead, table, *self._following]  # taller than a page: nothing better is possible
        limit = min(aH - lead_h, sum(heights[:len(heights) - keep]) + 0.01)
        parts = table.split(aW, limit) if limit > 0 else []
        if fits_next and (len(parts) != 2 or len(parts[0]._cellvalues) - head < MIN_ROWS_BEFORE_CUT):
            return []
        if len(parts) != 2:
            if lead and getattr(frame, "_atTop", False):
                # at the top of a page and no row fits under the lead: the lead here, the table whole after
                return [*lead, _SignedEnd(table, self._following, self._tail)]
            return []  # not even the header and one row fit here: all of it goes to the next page
        return [*lead, parts[0], _SignedEnd(parts[1], self._following, self._tail)]

    def _next_page_height(self) -> float:
        """The height of the frame that comes after this one (the next page's, taller than the first's
        under the letterhead); 0 when it is not known."""
        peek = self._doctemplateAttr("_peekNextFrame")
        following = peek() if peek else None
        return following._height if following is not None else 0.0


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]
    return out


def signed_end(table: Table, following: Sequence[Flowable], *, rows: int = 2,
               lead: Sequence[Flowable] = ()) -> Flowable:
    """``table`` followed by ``following`` (the closing text and the signature block), so that the
    signatures never stand on a page without the closing text and the table's last ``rows`` body
    rows (and its totals, and its header repeated above them).  ``lead`` (the sentence that
    introduces the table) stays with the table's first rows: it never ends a page alone."""
    return _SignedEnd(table, following, rows + getattr(table, "footer_rows", 0), lead)


class _WithNext(KeepTogether):
    """A heading kept with the start of what follows it (see ``with_next``)."""

    def __init__(self, head: Sequence[Flowable], following: Flowable) -> None:
        super().__init__([*head, *_flat([following])])  # measured flat, as _SignedEnd
        self._head, self._following = list(head), following

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H <= aH:
            return [*self._head, self._following]
        head = _listWrapOn(self._head, aW, self.canv)[1]
        frame = getattr(self, "_frame", None)
        if head < aH:
            self._following._frame = frame  # a signed_end measures against the page's height
            self._following.wrapOn(self.canv, aW, aH - head)
            parts = self._following.splitOn(self.canv, aW, aH - head)
            if len(parts) >= 2 and parts[0].wrapOn(self.canv, aW, aH - head)[1] <= aH - head:
                return [*self._head, *parts]  # the heading and the first lines or rows here, the rest after
        if frame is not None and getattr(frame, "_atTop", False):
            return [*self._head, self._following]  # already at the top of a page: nothing better is possible
        return []  # not even the heading and a line of what follows fit: both go to the next page


def heading(text: Any, style: str = "heading", *, markup: bool = False) -> Flowable:
    """A paragraph (or a flowable) that never ends a page (a section heading, "MEMERINTAHKAN:", a
    lead-in ending in "sebagai berikut:"): ``build_document`` keeps it with the start of what follows."""
    flowable = text if isinstance(text, Flowable) else para(text, style, markup=markup)
    flowable.keepWithNext = 1
    return flowable


def with_next(head: Flowable | Sequence[Flowable], following: Flowable) -> Flowable:
    """``head`` on the page where ``following`` starts, with at least its first line or table row
    (and the table's header).  ``following`` may itself be a ``signed_end``."""
    head = [head] if isinstance(head, Flowable) else list(head)
    for flowable in head:
        flowable.keepWithNext = 0  # this does it, not reportlab's KeepTogether (which leaves half pages empty)
    return _WithNext(head, following)


def keep_headings(flowables: Sequence[Flowable]) -> list[Flowable]:
    """Every flowable marked keep-with-next (``heading``, the "heading" style), with the spacers and
    headings right after it, joined to the next flowable by ``with_next``."""
    out: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable in flowables:
        if flowable.getKeepWithNext() or (pending and isinstance(flowable, Spacer)):
            pending.append(flowable)
        elif pending:
            out.append(with_next(pending, flowable))
            pending = []
        else:
            out.append(flowable)
    return out + pending


def keep_space(height_mm: float) -> CondPageBreak:
    """Start a new page unless ``height_mm`` is left (e.g. before a closing paragraph + signatures)."""
    return CondPageBreak(height_mm * mm)


def numbered_block(marker: str, body: Flowable, width: float) -> Table:
    """``body`` indented 8 mm behind ``marker`` ("1.", or "" to continue the item above)."""
    table = Table([[Paragraph(esc(marker), styles().body), body]], colWidths=[8 * mm, width - 8 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def two_parties(first: Sequence[tuple[str, Any]], first_for: str, second: Sequence[tuple[str, Any]],
                second_for: str, width: float, *, label_mm: float) -> list[Flowable]:
    """"1. (PIHAK PERTAMA) ... 2. (PIHAK KEDUA)": each party's fields and for whom it acts (plain text)."""
    inner = width - 8 * mm
    return [
        spacer(2),
        numbered_block("1.", fields(first, inner, label_mm=label_mm), width),
        numbered_block("", para(f"Dalam hal ini bertindak untuk dan atas nama {esc(first_for)}, "
                                "selanjutnya disebut <b>PIHAK PERTAMA</b>.", "justify", markup=True), width),
        spacer(2),
        numbered_block("2.", fields(second, inner, label_mm=label_mm), width),
        numbered_block("", para(f"Dalam hal ini bertindak untuk dan atas nama {esc(second_for)}, "
                                "selanjutnya disebut <b>PIHAK KEDUA</b>.", "justify", markup=True), width),
        spacer(3),
    ]
