"""The office profile as the window shows it (header strip, title, dashboard)."""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtGui import QPixmap

from tagana_app import settings
from tagana_app.indonesian import title_case


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    return title_case(text) if text.isupper() else text


def display_name(values: dict[str, Any]) -> str:
    """'DINAS SOSIAL' + 'PEMERINTAH KABUPATEN BENGKULU TENGAH' -> 'Dinas Sosial Kabupaten Bengkulu Tengah'."""
    office = _tidy(values.get(settings.OFFICE_NAME.key) or "")
    government = _tidy(values.get(settings.GOVERNMENT_NAME.key) or "")
    for prefix in ("Pemerintah ", "PEMERINTAH "):
        government = government.removeprefix(prefix)
    if government and government.lower() not in office.lower():
        return f"{office} {government}".strip()
    return office or government


def logo_pixmap(values: dict[str, Any]) -> QPixmap | None:
    data = values.get(settings.OFFICE_LOGO_PNG.key) or ""
    if not data:
        return None
    pixmap = QPixmap()
    try:
        ok = pixmap.loadFromData(base64.b64decode(data))
    except ValueError:
        return None
    return pixmap if ok else None


def posko_title(name: str) -> str:
    """"Posko Pondok Kelapa" for a posko named "Pondok Kelapa" or "Posko Pondok Kelapa"."""
    return name if name.lower().startswith("posko") else f"Posko {name}"  # the same word in every language
