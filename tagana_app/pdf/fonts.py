"""The bundled DejaVu fonts, registered once with reportlab (Windows has no DejaVu of its own)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tagana_app import paths

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the fonts and their bold/italic families; safe to call often and from threads."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", filename))))
        _map_family(SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC)
        # The bundled serif has no italic faces: italic text falls back to the upright ones.
        _map_family(SERIF, SERIF_BOLD, SERIF, SERIF_BOLD)
        _done = True


def _map_family(normal: str, bold: str, italic: str, bold_italic: str) -> None:
    addMapping(normal, 0, 0, normal)
    addMapping(normal, 1, 0, bold)
    addMapping(normal, 0, 1, italic)
    addMapping(normal, 1, 1, bold_italic)


def string_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
