"""The bundled fonts, registered once with reportlab, and the face the office prints with.

DejaVu (the default) covers every script; Liberation Sans and Liberation Serif (SIL OFL, see
resources/fonts/LICENSE-Liberation.txt) have the metrics of Arial and Times New Roman, the faces
Tata Naskah Dinas practice asks for, and print at its sizes (12 pt body).  The office setting
``office.font`` names the face; ``build_document`` sets it for the document it builds (a context
variable, so two documents built at once in two threads keep their own face).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Face:
    """A family of four fonts and the sizes a document's text is set in with it."""

    key: str  # the value of the office setting
    regular: str
    bold: str
    italic: str
    bold_italic: str
    body_size: float
    cell_size: float


DEJAVU = Face("dejavu", SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC, body_size=10.5, cell_size=9)
LIBERATION_SANS = Face("liberation-sans", "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic",
                       "LiberationSans-BoldItalic", body_size=12, cell_size=10)
LIBERATION_SERIF = Face("liberation-serif", "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                        "LiberationSerif-BoldItalic", body_size=12, cell_size=10)
FACES: dict[str, Face] = {face.key: face for face in (DEJAVU, LIBERATION_SANS, LIBERATION_SERIF)}

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "LiberationSerif": "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_done = False
_face: ContextVar[Face] = ContextVar("tagana_pdf_face", default=DEJAVU)


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
        for face in FACES.values():
            _map_family(face.regular, face.bold, face.italic, face.bold_italic)
        # The bundled serif has no italic faces: italic text falls back to the upright ones.
        _map_family(SERIF, SERIF_BOLD, SERIF, SERIF_BOLD)
        _done = True


def _map_family(normal: str, bold: str, italic: str, bold_italic: str) -> None:
    addMapping(normal, 0, 0, normal)
    addMapping(normal, 1, 0, bold)
    addMapping(normal, 0, 1, italic)
    addMapping(normal, 1, 1, bold_italic)


def face_named(key: str) -> Face:
    """The face of the office setting's value; an unknown value (an older or newer program) prints in DejaVu."""
    return FACES.get((key or "").strip().lower(), DEJAVU)


def face() -> Face:
    """The face of the document being built (DejaVu outside ``using``)."""
    return _face.get()


@contextmanager
def using(chosen: Face) -> Iterator[Face]:
    """Build with ``chosen`` inside the block: styles, tables, letterhead and page furniture."""
    register_fonts()
    token = _face.set(chosen)
    try:
        yield chosen
    finally:
        _face.reset(token)


def regular() -> str:
    return _face.get().regular


def bold() -> str:
    return _face.get().bold


def string_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
