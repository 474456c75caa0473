"""Paragraph styles shared by every document."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from tagana_app.pdf.fonts import SANS, SANS_BOLD, register_fonts

BODY_SIZE = 10.5
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


def _make() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.4, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    return Styles(
        body=body,
        justify=ParagraphStyle("justify", parent=body, alignment=TA_JUSTIFY),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        bold=ParagraphStyle("bold", parent=body, fontName=SANS_BOLD),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY_TEXT),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=12.5, leading=16,
                             alignment=TA_CENTER),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=SANS_BOLD, alignment=TA_CENTER),
        heading=ParagraphStyle("heading", parent=body, fontName=SANS_BOLD, spaceBefore=6, spaceAfter=2),
    )


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = _make()
    return _styles
