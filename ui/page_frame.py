"""The frame every section page shares: margins, a title and a subtitle above the page's content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_layout(page: QWidget, title: str, subtitle: str) -> QVBoxLayout:
    """The page's vertical layout, holding its title and subtitle; the caller adds the rest."""
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    note = QLabel(subtitle)
    note.setObjectName("pageSubtitle")
    note.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.addWidget(heading)
    layout.addWidget(note)
    layout.addSpacing(6)
    return layout
