from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tagana_app import errors, paths
from ui import app as gui_app
from ui import texts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in tree.iter("context") for m in ctx.iter("message")}


def _lrelease(ts: Path, qm: Path) -> None:
    tool = TOOLS / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease not installed next to the interpreter")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


# As `make translations` runs lupdate: the window and the packages below it (their texts marked with
# N_(context, text), tagana_app/texts.py), every module but the migrations.  A new text shown to a person
# that has no English fails here.
PACKAGES = ("ui", "tagana_app", "inventory", "deployment")
LUPDATE_FLAGS = ("-tr-function-alias", "QT_TRANSLATE_NOOP+=N_")


def marked_sources() -> list[str]:
    root = TRANSLATIONS.parents[1]
    return sorted(str(p.relative_to(root)) for package in PACKAGES for p in (root / package).rglob("*.py")
                  if not p.relative_to(root).as_posix().startswith("tagana_app/migrations/"))


def lupdate(target: Path) -> None:
    tool = TOOLS / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate not installed next to the interpreter")
    subprocess.run([str(tool), "-silent", *LUPDATE_FLAGS, *marked_sources(), "-ts", str(target)], check=True,
                   cwd=TRANSLATIONS.parents[1])


def test_english_translation_is_complete_and_current(tmp_path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    kept = _messages(TRANSLATIONS / "tagana_en.ts")
    missing = [key for key in _messages(fresh) if key not in kept
               or kept[key].get("type") in ("unfinished", "vanished", "obsolete")
               or not (kept[key].text or "").strip()]
    assert not missing, f"run `make translations` and translate: {missing[:10]}"


def test_lupdate_finds_the_marks_of_the_window_and_of_the_domain(tmp_path) -> None:
    """The alias N_ and the packages below the window are read: a marked text of each kind is found."""
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    found = _messages(fresh)
    assert ("domain", "basis data") in found  # N_ in the window (ui/pages/local_settings.py)
    assert ("sections", "Dasbor") in found  # QT_TRANSLATE_NOOP
    assert ("StockPage", "Terima barang...") in found  # self.tr()
    assert ("incidents", "Selesai") in found  # QCoreApplication.translate()
    assert not any(context.startswith("tagana_app") or "migrations" in context for context, _ in found)


MARKERS = {"tr", "translate", "N_", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def test_no_marked_text_is_written_inside_an_f_string() -> None:
    """lupdate does not read a call inside an f-string: a text marked there never reaches the catalogue
    (and the English window would show it in Indonesian without the catalogue knowing it)."""
    import ast

    root = TRANSLATIONS.parents[1]
    found = []
    for name in marked_sources():
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for fstring in (node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)):
            for call in (node for node in ast.walk(fstring) if isinstance(node, ast.Call)):
                called = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
                if called in MARKERS:
                    found.append(f"{name}:{call.lineno}")
    assert not found, f"take these texts out of their f-strings: {found}"


def test_english_qm_translates_the_shell_and_pages(tmp_path, qapp) -> None:
    qm = tmp_path / "tagana_en.qm"
    _lrelease(TRANSLATIONS / "tagana_en.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("sections", "Gudang & Stok") == "Warehouse & Stock"
        assert QCoreApplication.translate("errors", errors.AuthenticationFailed.template) == "Wrong user name or password."
        assert texts.role_label("pemantau") == "Observer (read only)"
        assert QCoreApplication.translate("StockPage", "Terima barang...") == "Receive goods..."
        assert QCoreApplication.translate("DispatchEditor", "Cetak BAST") == "Print handover record (BAST)"
        assert QCoreApplication.translate("incidents", "KK") == "Households"
        assert texts.label("tanggap darurat") == "emergency response"
        assert texts.label("Berita Acara Serah Terima") == "Handover record (BAST)"
        from inventory.errors import InsufficientStock
        assert QCoreApplication.translate("errors", InsufficientStock.template).startswith("Not enough stock of {item}")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_standard_buttons_have_indonesian(tmp_path, qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    qm = tmp_path / "qt_id.qm"
    _lrelease(TRANSLATIONS / "qt_id.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.Save)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Batal", "Ya", "Simpan"}
    finally:
        QCoreApplication.removeTranslator(translator)


def test_missing_qm_falls_back_to_source_text(tmp_path, monkeypatch, qapp) -> None:
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert gui_app.install_translations(qapp, "en") == []
    assert QCoreApplication.translate("sections", "Dasbor") == "Dasbor"


def test_pages_show_english_under_the_english_translator(tmp_path, qapp, qtbot, ctx) -> None:
    from ui.pages.dispatches import DispatchesPage
    from ui.pages.stock import StockPage

    qm = tmp_path / "tagana_en.qm"
    _lrelease(TRANSLATIONS / "tagana_en.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        stock = StockPage(ctx)
        qtbot.addWidget(stock)
        assert stock.receive_button.text() == "Receive goods..."
        dispatches = DispatchesPage(ctx)
        qtbot.addWidget(dispatches)
        statuses = [dispatches.status.itemText(i) for i in range(dispatches.status.count())]
        assert statuses[:3] == ["All statuses", "Needs action", "Draft"]
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("name", ["tagana_en", "qt_id"])
def test_committed_qm_matches_its_ts(tmp_path, name) -> None:
    """The .qm files are committed so that `pip install .` from a checkout ships the translations."""
    fresh = tmp_path / f"{name}.qm"
    _lrelease(TRANSLATIONS / f"{name}.ts", fresh)
    committed = TRANSLATIONS / f"{name}.qm"
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), \
        f"{committed} is stale: run `make translations` and commit it"
