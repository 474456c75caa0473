"""build_document: letterhead, page numbers "Halaman X dari Y", QR code and SALINAN stamp.

The page furniture is drawn by a canvas that holds each finished page until the end, so the
total page count is known without laying the document out twice (reportlab's NumberedCanvas
recipe).  The QR code is drawn once as a form and placed on every page.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tagana_app import outputs
from tagana_app.pdf import fonts
from tagana_app.pdf.blocks import keep_headings, replaces_note, title_block
from tagana_app.pdf.fonts import string_width
from tagana_app.pdf.profile import OfficeProfile, paper_size
from tagana_app.pdf.styles import Styles, styles
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import N_, Text

MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
KOP_TOP = 12 * mm          # from the paper's top edge to the top of the letterhead
KOP_HEIGHT = 31 * mm       # letterhead including its double rule and the space under it (at least)
MARGIN_BOTTOM = 18 * mm
QR_SIZE = 19 * mm
MARGIN_BOTTOM_QR = 12 * mm + QR_SIZE
STAMP_RED = colors.HexColor("#A0161B")
BASE_FONT = rl_config.canvas_basefontname  # what reportlab draws in when told no font (Helvetica)


@dataclass(frozen=True)
class DocContext:
    """What a story builder needs to lay out its part: usable width, profile, styles."""

    profile: OfficeProfile
    width: float
    page_size: tuple[float, float]
    styles: Styles


@dataclass(frozen=True)
class BuiltDocument:
    pages: int
    size: int


StoryBuilder = Callable[[DocContext], Sequence[Flowable]]


@dataclass(frozen=True)
class _Furniture:
    profile: OfficeProfile
    page_size: tuple[float, float]
    number: str | None
    qr_payload: str | None
    qr_caption: str
    copy_no: int
    letterhead: bool
    replaces: str | None = None


LOGO_W = 24 * mm
LOGO_H = 25 * mm
LOGO_GAP = 3 * mm
KOP_RULE = 27 * mm         # from the letterhead's top to its thick rule, unless the text needs more
OFFICE_SIZE = 17.0
OFFICE_MIN = 10.0          # a long office name wraps rather than shrinking below this


@dataclass(frozen=True)
class KopLine:
    text: str
    font: str
    size: float
    y: float  # baseline


@dataclass(frozen=True)
class KopLayout:
    """Where each letterhead line goes, the logo's box and the rule's height (all in points)."""

    lines: tuple[KopLine, ...]
    logo: tuple[float, float, float, float]  # x, y, width, height
    centre: float
    text_width: float
    rule_y: float

    @property
    def body_top(self) -> float:
        """The highest the first page's text may start: under the double rule, with some air."""
        return self.rule_y - (KOP_HEIGHT - KOP_RULE)


def _words_in_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap between words; a word wider than ``width`` stays whole on its own line."""
    lines: list[str] = []
    for word in text.split():
        if lines and string_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _fit_lines(text: str, font: str, size: float, width: float, floors: Sequence[float]) -> tuple[float, list[str]]:
    """The fewest lines (one per entry of ``floors``) at the largest size not below that line count's
    floor; failing that, as many lines as needed at the last floor."""
    s = size
    while s >= floors[0]:  # on one line as written (spacing kept), shrinking a little as before
        if string_width(text, font, s) <= width:
            return s, [text]
        s -= 0.5
    for count, floor in enumerate(floors, 1):
        s = size
        while s >= floor:
            lines = _words_in_lines(text, font, s, width)
            if len(lines) <= count and all(string_width(line, font, s) <= width for line in lines):
                return s, lines
            s -= 0.5
    return floors[-1], _words_in_lines(text, font, floors[-1], width)


def letterhead_layout(profile: OfficeProfile, page_size: tuple[float, float]) -> KopLayout:
    """Kop surat geometry: the name lines centred in the space beside the logo (never over it), a
    long office name on two or three lines at 10 pt or more, and the rule under the lowest line."""
    page_w, page_h = page_size
    left, right = MARGIN_LEFT, page_w - MARGIN_RIGHT
    top = page_h - KOP_TOP
    text_w = right - left - 2 * (LOGO_W + LOGO_GAP)
    regular, bold = fonts.regular(), fonts.bold()
    blocks = [(profile.government.upper(), bold, 13.5, (11.0, OFFICE_MIN, OFFICE_MIN)),
              (profile.office.upper(), bold, OFFICE_SIZE, (13.0, 11.0, OFFICE_MIN)),
              *[(part, regular, 9.0, (8.0, 8.0, 8.0)) for part in _wrap_address(profile.address, text_w)],
              (_contact(profile), regular, 9.0, (8.0, 8.0, 8.0))]
    y = top - 4
    lines: list[KopLine] = []
    for text, font, size, floors in blocks:
        if not text.strip():
            continue
        size, parts = _fit_lines(text, font, size, text_w, floors)
        for n, part in enumerate(parts):
            y -= size * (1.22 if n == 0 else 1.12)
            lines.append(KopLine(part, font, size, y))
        if font == bold:
            y -= 1.5
    rule_y = min(y - 6, top - KOP_RULE)
    return KopLayout(tuple(lines), (left, top - LOGO_H, LOGO_W, LOGO_H), (left + right) / 2, text_w, rule_y)


def draw_letterhead(canv: Canvas, profile: OfficeProfile, page_size: tuple[float, float]) -> None:
    """Kop surat: logo on the left, the name lines centred, a thick-and-thin double rule under it."""
    layout = letterhead_layout(profile, page_size)
    left, right = MARGIN_LEFT, page_size[0] - MARGIN_RIGHT
    if profile.logo_png:
        x, y, w, h = layout.logo
        try:
            image = ImageReader(io.BytesIO(profile.logo_png))
            canv.drawImage(image, x, y, width=w, height=h, preserveAspectRatio=True, anchor="c", mask="auto")
        except Exception:  # noqa: BLE001 - a broken logo must not stop a document
            pass
    canv.setFillColor(colors.black)
    for line in layout.lines:
        canv.setFont(line.font, line.size)
        canv.drawCentredString(layout.centre, line.y, line.text)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(2.2)
    canv.line(left, layout.rule_y, right, layout.rule_y)
    canv.setLineWidth(0.7)
    canv.line(left, layout.rule_y - 2.6, right, layout.rule_y - 2.6)


def _wrap_address(address: str, width: float) -> list[str]:
    """A long address goes on two lines, broken at the comma nearest the middle, rather than tiny."""
    address = " ".join(address.split())
    if string_width(address, fonts.regular(), 8.5) <= width or "," not in address:
        return [address]
    cuts = [i for i, ch in enumerate(address) if ch == ","]
    cut = min(cuts, key=lambda i: abs(i - len(address) / 2))
    return [address[:cut + 1].strip(), address[cut + 1:].strip()]


def _contact(profile: OfficeProfile) -> str:
    parts = []
    if profile.phone.strip():
        parts.append(f"Telepon {profile.phone.strip()}")
    if profile.email.strip():
        parts.append(f"Surel: {profile.email.strip()}")
    return "   ".join(parts)


class _QrForm:
    NAME = "taganaQr"

    def __init__(self, payload: str) -> None:
        widget = QrCodeWidget(payload, barLevel="M", barBorder=2)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
        drawing.add(widget)
        self.drawing = drawing
        self.made = False

    def place(self, canv: Canvas, x: float, y: float) -> None:
        if not self.made:
            canv.beginForm(self.NAME)
            renderPDF.draw(self.drawing, canv, 0, 0)
            canv.endForm()
            self.made = True
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(self.NAME)
        canv.restoreState()


def code_text(qr_payload: str | None) -> str | None:
    """The verification code of a ``TAGANA|number|code`` payload as a person types it: "ABCDE-FGHIJ"."""
    parts = (qr_payload or "").split("|")
    if len(parts) != 3 or not parts[2]:
        return None
    code = parts[2]
    return f"{code[:5]}-{code[5:]}" if len(code) > 5 else code


# The number of the document a new one replaces, set by the print pipeline around the build
# (``replacing``) so that every kind's builder prints "Menggantikan dokumen nomor X" without a
# parameter of its own.
_REPLACING: ContextVar[str | None] = ContextVar("tagana_replacing", default=None)


@contextmanager
def replacing(number: str | None) -> Iterator[None]:
    token = _REPLACING.set(number)
    try:
        yield
    finally:
        _REPLACING.reset(token)


def _draw_furniture(canv: Canvas, f: _Furniture, page: int, total: int, qr: _QrForm | None) -> None:
    page_w, page_h = f.page_size
    if page == 1 and f.letterhead:
        draw_letterhead(canv, f.profile, f.page_size)
    canv.setFillColor(colors.black)
    canv.setFont(fonts.regular(), 8)
    footer_y = 9 * mm
    canv.drawRightString(page_w - MARGIN_RIGHT, footer_y, f"Halaman {page} dari {total}")
    lines = [f"Nomor: {f.number}"] if f.number else []
    code = code_text(f.qr_payload)
    if code:
        lines.append(f"Kode verifikasi: {code}")
    if f.replaces:
        lines.append(f"Menggantikan dokumen nomor {f.replaces}")
    if qr is not None:
        qr.place(canv, MARGIN_LEFT - 1.2 * mm, footer_y - 2 * mm)
        text_x = MARGIN_LEFT + QR_SIZE + 1 * mm
        canv.setFillColor(colors.HexColor("#333333"))
        y = footer_y - 2 * mm + QR_SIZE - 8
        for n, line in enumerate([f.qr_caption, *lines]):
            canv.setFont(fonts.bold() if line.startswith(("Kode", "Menggantikan")) else fonts.regular(), 8)
            canv.drawString(text_x, y - n * 9.5, line)
    elif lines:
        for n, line in enumerate(lines):
            canv.drawString(MARGIN_LEFT, footer_y + n * 9.5, line)
    if f.copy_no > 0:
        draw_copy_stamp(canv, f.copy_no, page_w, page_h)


def draw_copy_stamp(canv: Canvas, copy_no: int, page_w: float, page_h: float) -> None:
    """"SALINAN" across the page, the red "SALINAN ke-n" box at the top right and "Salinan sesuai dengan
    aslinya" at the top left: drawn on a rebuilt copy and laid over a stored original alike."""
    canv.saveState()
    canv.setFillColor(colors.grey)
    canv.setFillAlpha(0.10)
    canv.setFont(fonts.bold(), 96)
    canv.translate(page_w / 2, page_h / 2)
    canv.rotate(35)
    canv.drawCentredString(0, -30, "SALINAN")
    canv.restoreState()
    label = f"SALINAN ke-{copy_no}"
    canv.saveState()
    canv.setFont(fonts.bold(), 10)
    w = string_width(label, fonts.bold(), 10) + 8 * mm
    x, y = page_w - MARGIN_RIGHT - w, page_h - 10 * mm
    canv.setStrokeColor(STAMP_RED)
    canv.setFillColor(STAMP_RED)
    canv.setLineWidth(1.2)
    canv.rect(x, y, w, 7 * mm, stroke=1, fill=0)
    canv.drawCentredString(x + w / 2, y + 2.2 * mm, label)
    canv.setFont(fonts.bold(), 9)
    canv.drawString(MARGIN_LEFT, y + 2.2 * mm, "Salinan sesuai dengan aslinya")
    canv.restoreState()


def _canvas_maker(furniture: _Furniture, progress: Progress) -> type[Canvas]:
    qr = _QrForm(furniture.qr_payload) if furniture.qr_payload else None
    face = fonts.face()

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # every page starts in the document's face, not reportlab's Helvetica (a font not embedded)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or face.regular
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802
            # reportlab's tables set their default font (Helvetica) on every cell: the face instead
            super().setFont(face.regular if psfontname == BASE_FONT else psfontname, size, leading)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for page, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, page, total, qr)
                Canvas.showPage(self)
                if page % 10 == 0 or page == total:
                    progress.update(page, total, Text(N_("domain", "Menulis halaman {page} dari {total}"),
                                                      "domain",
                                                     page=page, total=total))
            Canvas.save(self)

    return _NumberedCanvas


def build_document(target: str | os.PathLike[str] | BinaryIO, profile: OfficeProfile, *, title: str,
                   story: StoryBuilder | Sequence[Flowable], number: str | None = None,
                   subtitle: str | None = None, show_title: bool = True, qr_payload: str | None = None,
                   qr_caption: str = "Pindai kode QR untuk memeriksa keaslian dokumen.", copy_no: int = 0,
                   paper: str | None = None, landscape: bool = False, letterhead: bool = True,
                   subject: str = "", progress: Progress | None = None) -> BuiltDocument:
    """Build one PDF document and write it to ``target`` (a path, written atomically, or a binary file).

    ``story`` is a list of flowables or a function of :class:`DocContext` returning one (use
    ``ctx.width`` for tables).  ``title``/``number`` become the underlined title block (unless
    ``show_title=False``) and the PDF metadata.  ``copy_no`` 0 is the original; n > 0 stamps
    "SALINAN ke-n" on every page.  ``paper`` defaults to the profile's (A4 or F4); the face is the profile's ``font``.  ``progress``
    gets page counts and may cancel (raises ``Cancelled``; nothing is written then).
    """
    if isinstance(target, str | os.PathLike):  # refused before anything is built
        outputs.check_output_path(target)
    with fonts.using(fonts.face_named(profile.font)):
        data, pages = _build(profile, title=title, story=story, number=number, subtitle=subtitle,
                             show_title=show_title, qr_payload=qr_payload, qr_caption=qr_caption, copy_no=copy_no,
                             paper=paper, landscape=landscape, letterhead=letterhead, subject=subject,
                             progress=progress)
    if isinstance(target, str | os.PathLike):
        outputs.write_bytes(target, data)
    else:
        target.write(data)
    return BuiltDocument(pages=pages, size=len(data))


def _build(profile: OfficeProfile, *, title: str, story: StoryBuilder | Sequence[Flowable], number: str | None,
           subtitle: str | None, show_title: bool, qr_payload: str | None, qr_caption: str, copy_no: int,
           paper: str | None, landscape: bool, letterhead: bool, subject: str,
           progress: Progress | None) -> tuple[bytes, int]:
    """The PDF's bytes and page count, laid out in the current face."""
    progress = progress or NullProgress()
    size = paper_size(paper or profile.paper)
    if landscape:
        size = to_landscape(size)
    page_w, page_h = size
    frame_w = page_w - MARGIN_LEFT - MARGIN_RIGHT
    bottom = MARGIN_BOTTOM_QR if qr_payload else MARGIN_BOTTOM
    # the first page's body starts under the letterhead, lower when a long name takes more lines
    first_top = (min(page_h - KOP_TOP - KOP_HEIGHT, letterhead_layout(profile, size).body_top) if letterhead
                 else page_h - MARGIN_TOP)
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(MARGIN_LEFT, bottom, frame_w, first_top - bottom, id="first", **frame_args)
    later = Frame(MARGIN_LEFT, bottom, frame_w, page_h - MARGIN_TOP - bottom, id="later", **frame_args)
    buffer = io.BytesIO()
    author = f"{profile.office} {profile.region}".strip()
    doc = BaseDocTemplate(buffer, pagesize=size, title=title.replace("\n", " "), author=author,
                          subject=subject or (number or ""), creator="Tagana Logistik",
                          leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
                          bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate(id="first", frames=[first], pagesize=size, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[later], pagesize=size)])

    def on_progress(kind: str, value: int) -> None:
        if kind == "PAGE":
            progress.update(value, None, Text(N_("domain", "Menyusun halaman {page}"), "domain", page=value))

    doc.setProgressCallBack(on_progress)
    ctx = DocContext(profile, frame_w, size, styles())
    replaces = _REPLACING.get()
    flowables: list[Flowable] = (title_block(title, number, subtitle=subtitle, replaces=replaces) if show_title
                                 else [replaces_note(replaces)] if replaces else [])
    flowables.extend(keep_headings(story(ctx) if callable(story) else story))
    furniture = _Furniture(profile, size, number, qr_payload, qr_caption, copy_no, letterhead, replaces)
    doc.build(flowables, canvasmaker=_canvas_maker(furniture, progress))
    return buffer.getvalue(), doc.page
