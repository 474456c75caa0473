from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tagana_app import accounts, db, errors, paths, progress
from ui import app as gui_app
from ui import core_texts, domain_texts

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


# Every Qt module: a new user-facing string that is not translated fails here.
SOURCES = ("ui/*.py", "ui/pages/*.py")


def test_english_translation_is_complete_and_current(tmp_path) -> None:
    tool = TOOLS / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate not installed next to the interpreter")
    root = TRANSLATIONS.parents[1]
    fresh = tmp_path / "fresh.ts"
    sources = sorted({str(p) for pattern in SOURCES for p in root.glob(pattern)})
    subprocess.run([str(tool), "-silent", *sources, "-ts", str(fresh)], check=True)
    kept = _messages(TRANSLATIONS / "tagana_en.ts")
    missing = [key for key in _messages(fresh) if key not in kept or kept[key].get("type") in ("unfinished",)
               or not (kept[key].text or "").strip()]
    assert not missing, f"run pyside6-lupdate and translate: {missing[:10]}"


def test_english_qm_translates_the_shell_and_pages(tmp_path, qapp) -> None:
    qm = tmp_path / "tagana_en.qm"
    _lrelease(TRANSLATIONS / "tagana_en.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("sections", "Gudang & Stok") == "Warehouse & Stock"
        assert QCoreApplication.translate("errors", errors.AuthenticationFailed.template) == "Wrong user name or password."
        assert core_texts.role_label("pemantau") == "Observer (read only)"
        assert QCoreApplication.translate("StockPage", "Terima barang...") == "Receive goods..."
        assert QCoreApplication.translate("DispatchEditor", "Cetak BAST") == "Print handover record (BAST)"
        assert QCoreApplication.translate("incidents", "KK") == "Households"
        assert domain_texts.label("tanggap darurat") == "emergency response"
        assert domain_texts.label("Berita Acara Serah Terima") == "Handover record (BAST)"
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


def test_core_texts_match_the_core() -> None:
    classes = (errors.TaganaError, errors.ValidationError, errors.NotFound, errors.Duplicate,
               errors.PermissionDenied, errors.AuthenticationFailed, errors.DatabaseLocationRefused,
               errors.BackupError, errors.SchemaOutdated, progress.Cancelled, db.DatabaseBusy)
    assert {c.template for c in classes} <= set(core_texts.CORE_TEMPLATES)
    assert set(accounts.ROLE_LABELS.values()) == set(core_texts.ROLE_TEXTS)


def test_domain_texts_match_the_domain() -> None:
    from deployment.dispatch.models import DISPATCH_STATUSES
    from deployment.models import DISASTER_TYPES, EMERGENCY_STATUSES, LEVELS, SKILLS, STATUSES
    from deployment.reports import REPORTS
    from inventory.models import CONDITIONS
    from inventory.stock import SOURCE_LABELS
    from tagana_app import doc_kinds

    shown = {*SKILLS.values(), *LEVELS.values(), *STATUSES.values(), *DISASTER_TYPES.values(),
             *EMERGENCY_STATUSES.values(), *DISPATCH_STATUSES.values(), *(k.title for k in doc_kinds.numbered()),
             *SOURCE_LABELS.values(), *CONDITIONS, *(k.title for k in REPORTS.values()),
             *(k.description for k in REPORTS.values())}
    assert shown - set(domain_texts.DOMAIN_TEXTS) == set()


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


def test_domain_error_templates_are_listed_for_translation() -> None:
    import importlib
    import pkgutil

    import deployment
    import inventory

    for package in (inventory, deployment):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)

    def subclasses(cls: type) -> list[type]:
        return [s for c in cls.__subclasses__() for s in (c, *subclasses(c))]

    templates = {c.template for c in subclasses(errors.TaganaError)
                 if c.__module__.split(".")[0] in ("inventory", "deployment") and "template" in c.__dict__}
    assert templates - set(domain_texts.DOMAIN_ERRORS) == set()


@pytest.mark.parametrize("name", ["tagana_en", "qt_id"])
def test_committed_qm_matches_its_ts(tmp_path, name) -> None:
    """The .qm files are committed so that `pip install .` from a checkout ships the translations."""
    fresh = tmp_path / f"{name}.qm"
    _lrelease(TRANSLATIONS / f"{name}.ts", fresh)
    committed = TRANSLATIONS / f"{name}.qm"
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), \
        f"{committed} is stale: run `make translations` and commit it"
