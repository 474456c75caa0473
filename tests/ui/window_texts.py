"""Reading every text of a widget tree, and telling which of them is a marked Indonesian text of the
English catalogue (tests/ui/test_english_window.py).

"Marked" means in ``resources/translations/tagana_en.ts`` with a finished English that differs from the
Indonesian: what lupdate extracts from the window and from the domain's ``N_`` marks.  A text the
English keeps as it is in some context (NIK, BAST, a code) is no such text, nor is an English text of
the catalogue, nor anything a person typed (``Seen.data``).  A template with ``{fields}`` is matched as
a pattern (when its words are long enough to tell it from other texts); texts shorter than 4
characters are ignored.  A line of several texts the window joined (" · ", " — ", "; ", a new line) is
also checked part by part, and a title with a count, "Posisi stok (12)", without the count.
"""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tagana_en.ts"
SHORTEST = 4  # shorter texts are ignored ("Ya", "KK", "No")
ROWS_READ = 30  # rows of a table or list whose cells are read
JOINS = re.compile(r" · | — |; |\n")  # how the window joins several texts in one label
COUNT = re.compile(r"\s*\(\d[\d.,]*\)$")  # "Posisi stok (12)": a title with its count
SKIPPED = ("unfinished", "vanished", "obsolete")


# --- what must not be seen: the catalogue's marked texts --------------------------------------------


def _parse(text: str) -> list[tuple[str, str | None]]:
    """(literal, field) pairs of a template; a text that is no template is one literal."""
    try:
        return [(literal, name) for literal, name, _spec, _conv in string.Formatter().parse(text)]
    except ValueError:
        return [(text, None)]


def _pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """A regular expression for the filled template, and its literal parts; None when the literal parts
    are too short to tell the template from any other text ("{name} ({role})")."""
    parts = _parse(template)
    literals = tuple(literal for literal, _name in parts if literal)
    if sum(len(literal.strip()) for literal in literals) < SHORTEST:
        return None
    regex = "".join(re.escape(literal) + ("(.*?)" if name is not None else "") for literal, name in parts)
    return re.compile(regex, re.S), tuple(literal.strip() for literal in literals if literal.strip())


class MarkedTexts:
    """The sources of the catalogue whose English differs from them, as whole texts and as patterns."""

    def __init__(self, ts: Path, extra: dict[str, set[str]] | None = None) -> None:
        translations: dict[str, set[str]] = defaultdict(set)
        for context in ET.parse(ts).iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in SKIPPED or not (translation.text or "").strip():
                    continue
                translations[message.findtext("source") or ""].add(translation.text or "")
        for source, english in (extra or {}).items():
            translations[source] |= english
        self.english = {english for found in translations.values() for english in found}
        self.whole: set[str] = set()
        self.templates: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = []
        for source, english in translations.items():
            if source in english:  # a word the English keeps as it is (NIK, BAST) in some context
                continue
            if any(name is not None for _literal, name in _parse(source)):
                found = _pattern(source)
                if found is not None:
                    self.templates.append((source, *found))
            elif len(source.strip()) >= SHORTEST and source not in self.english:
                self.whole.add(source)
        self.english_templates = [found[0] for english in self.english
                                  if any(name is not None for _literal, name in _parse(english))
                                  and (found := _pattern(english)) is not None]

    def source_of(self, text: str) -> str | None:
        """The marked Indonesian text that ``text`` is (filled in, for a template), or None."""
        if len(text) < SHORTEST or text in self.english:
            return None
        if text in self.whole:
            return text
        for source, pattern, literals in self.templates:
            if all(literal in text for literal in literals) and pattern.fullmatch(text):
                if not any(english.fullmatch(text) for english in self.english_templates):
                    return source
        return None


def pieces(text: str) -> set[str]:
    """The text, its lines and the parts the window joined, as plain text."""
    if QtGui.Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("\xa0", " ").strip()
    found = {text, *(part.strip() for part in JOINS.split(text))}
    found |= {COUNT.sub("", part) for part in found}
    return {part for part in found if part}


# --- what is seen: every text of a widget tree --------------------------------------------------------


def _name(widget: QWidget) -> str:
    """The widget's class and name, and the nearest named widget around it."""
    name = type(widget).__name__ + (f" '{widget.objectName()}'" if widget.objectName() else "")
    around = widget.parentWidget()
    while around is not None and (not around.objectName() or around.objectName().startswith("qt_")):
        around = around.parentWidget()
    return name + (f" in '{around.objectName()}'" if around is not None else "")


DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def _written_cells() -> dict[type, tuple[set[int] | None, set[Qt.ItemDataRole]]]:
    """Cells (columns, None for all; roles) that show what a person or a file wrote, or text stored in the
    database, which is not translated: the roster import names a problem's column by the header as
    written in the file (the person looks for it there); the audit trail's changes; an assignment's
    warnings, stored with it when it was saved (the tooltip of its row)."""
    from ui.pages.audit_model import AuditModel
    from ui.pages.audit_model import Column as AuditColumn
    from ui.pages.incident_model import AssignmentModel
    from ui.pages.volunteer_import import ErrorColumn, RowErrorModel

    return {RowErrorModel: ({ErrorColumn.COLUMN}, {DISPLAY, TOOLTIP}),
            AuditModel: ({AuditColumn.CHANGES}, {DISPLAY, TOOLTIP}),
            AssignmentModel: (None, {TOOLTIP})}


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, Any]]:
    model = view.model()
    if model is None:
        return
    written_columns, written_roles = next((found for kind, found in _written_cells().items()
                                           if isinstance(model, kind)), (set(), set()))
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield "heading", model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        yield "heading tooltip", model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column)
            for role, what in ((DISPLAY, f"row {row + 1}"), (TOOLTIP, f"row {row + 1} tooltip")):
                if role not in written_roles or (written_columns is not None and column not in written_columns):
                    yield what, model.data(index, role)


def widget_texts(root: QWidget) -> Iterator[tuple[str, Any]]:
    """(which widget, text) for every text of ``root`` and its children a person can read."""
    for widget in (root, *root.findChildren(QWidget)):
        name = _name(widget)
        if widget.isWindow():
            yield f"{name} title", widget.windowTitle()
        yield f"{name} tooltip", widget.toolTip()
        for action in widget.actions():
            yield f"{name} action", action.text()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{name} tab", widget.tabText(i)
                yield f"{name} tab tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item", widget.itemText(i)
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
            yield name, widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
            yield name, widget.toPlainText()
        if isinstance(widget, QSpinBox):
            yield f"{name} suffix", widget.suffix()
            yield f"{name} prefix", widget.prefix()
        if isinstance(widget, QAbstractSpinBox | QDateTimeEdit):
            yield f"{name} special", widget.specialValueText()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for what, value in _model_texts(widget):
                yield f"{name} {what}", value


@dataclass
class Seen:
    """Everything read while visiting the window, and the dialogs opened."""

    marked: MarkedTexts
    texts: dict[tuple[str, str, str], None] = field(default_factory=dict)  # (where, widget, text), in order
    opened: set[type] = field(default_factory=set)
    data: set[str] = field(default_factory=set)  # names people typed, which may equal a marked text

    def add(self, where: str, widget: str, text: Any) -> None:
        if text is not None and not isinstance(text, bool) and str(text).strip():
            self.texts.setdefault((where, widget, str(text)), None)

    def read(self, root: QWidget, where: str) -> None:
        if isinstance(root, QDialog):
            self.opened.add(type(root))
        for widget, text in widget_texts(root):
            self.add(where, widget, text)

    def untranslated(self, awaiting: tuple[tuple[str, str], ...] = ()) -> tuple[list[str], set[tuple[str, str]]]:
        """What is shown in Indonesian, except at the (where, widget) prefixes ``awaiting``; and the
        entries of ``awaiting`` that excused something."""
        found, excused = [], set()
        for where, widget, text in self.texts:
            for piece in sorted(pieces(text)):
                source = self.marked.source_of(piece) if piece not in self.data else None
                if source is None:
                    continue
                matched = [(w, x) for w, x in awaiting if where.startswith(w) and widget.startswith(x)]
                if matched:
                    excused.update(matched)
                else:
                    found.append(f"{where} › {widget}: {piece!r} (the Indonesian of {source!r})")
                break
        return found, excused

    def distinct(self) -> int:
        return len({text for _where, _widget, text in self.texts})


# --- a catalogue built and installed for a test ---------------------------------------------------------


def lrelease(ts: Path, qm: Path) -> Path:
    """``ts`` compiled to ``qm`` (the test is skipped without Qt's lrelease)."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease not installed next to the interpreter")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@contextmanager
def installed(qm: Path) -> Iterator[None]:
    """The catalogue ``qm`` installed for the duration of the block."""
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
