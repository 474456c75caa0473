"""Paragraph styles shared by every document."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from tagana_app.pdf.fonts import Face, face, register_fonts

BODY_SIZE = 10.5  # DejaVu's sizes; each face has its own (fonts.Face, cell_size() for the current one)
CELL_SIZE = 9
GREY_TEXT = colors.HexColor("#444444")
HEADER_FILL = colors.HexColor("#E4E8EE")
ZEBRA_FILL = colors.HexColor("#F5F6F8")
GRID = colors.HexColor("#555555")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    justify: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    heading: ParagraphStyle


def _make(f: Face) -> Styles:
    register_fonts()
    size, cell_size = f.body_size, f.cell_size
    body = ParagraphStyle(f"body-{f.key}", fontName=f.regular, fontSize=size, leading=size * 1.4,
                          alignment=TA_LEFT)
    cell = ParagraphStyle(f"cell-{f.key}", fontName=f.regular, fontSize=cell_size, leading=cell_size * 1.25)
    return Styles(
        body=body,
        justify=ParagraphStyle("justify", parent=body, alignment=TA_JUSTIFY),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        bold=ParagraphStyle("bold", parent=body, fontName=f.bold),
        small=ParagraphStyle("small", parent=body, fontSize=size - 2.5, leading=(size - 2.5) * 1.25,
                             textColor=GREY_TEXT),
        title=ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=size + 2, leading=(size + 2) * 1.28,
                             alignment=TA_CENTER),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=f.bold, alignment=TA_CENTER),
        # a section heading never ends a page: build_document keeps it with what follows (blocks.keep_headings)
        heading=ParagraphStyle("heading", parent=body, fontName=f.bold, spaceBefore=6, spaceAfter=2,
                               keepWithNext=1),
    )


_styles: dict[str, Styles] = {}


def styles() -> Styles:
    """The styles of the face the current document is built with (``fonts.using``)."""
    f = face()
    found = _styles.get(f.key)
    if found is None:
        found = _styles[f.key] = _make(f)
    return found


def cell_size() -> float:
    return face().cell_size
