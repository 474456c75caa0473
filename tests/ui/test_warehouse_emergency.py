"""The warehouse dialog's "Perlu status darurat untuk mengeluarkan": on for a new lumbung sosial, off for a
new gudang (the office's setting), and changed by the warehouse clerk."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inventory import catalog
from ui.pages.master_dialogs import WarehouseDialog

from .test_master_data_page import _page, _save, _select, _type, catalogue  # noqa: F401 - the fixture


def test_the_box_follows_the_kind_until_ticked_and_is_saved(qtbot, make_ctx, users, catalogue, db):  # noqa: F811
    page = _page(qtbot, make_ctx(users["gudang"]))
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_warehouse_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(WarehouseDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not dialog.needs_emergency.touched and dialog.isVisible())
    assert not dialog.needs_emergency.isChecked()  # a gudang: the office's setting says no
    qtbot.keyClicks(dialog.code, "ls-pkl")
    qtbot.keyClicks(dialog.name, "Lumbung Sosial Pondok Kelapa")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Lumbung")
    assert dialog.needs_emergency.isChecked()
    _type(qtbot, dialog.region, "17.09.03")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    _select(qtbot, page.warehouses, "LS-PKL")
    qtbot.mouseClick(page.edit_warehouse_button, Qt.MouseButton.LeftButton)
    edit = next(d for d in page.findChildren(WarehouseDialog) if d.isVisible())
    assert edit.needs_emergency.isChecked()
    qtbot.mouseClick(edit.needs_emergency, Qt.MouseButton.LeftButton)
    _save(qtbot, edit)
    with db.read() as s:
        assert not catalog.get_warehouse(s, "LS-PKL").needs_emergency
        assert not catalog.get_warehouse(s, "GDG").needs_emergency

