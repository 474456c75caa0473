"""A pejabat in the "Pengiriman" window: approving a dispatch from a lumbung sosial without a decree is
refused with the reason, "Izinkan tanpa status darurat..." records his permission, then it is approved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.dispatch.conftest import env  # noqa: F401 - the dispatch world as a fixture
from tests.dispatch.test_release import _submitted, lumbung  # noqa: F401 - the lumbung as a fixture
from ui.pages.release_dialog import OverrideReleaseDialog

from .test_dispatches_page import _enabled, _page, _settled


def test_a_pejabat_allows_a_lumbung_dispatch_and_approves_it(qtbot, make_ctx, lumbung, tmp_path,  # noqa: F811
                                                            no_modal_dialogs):
    number = _submitted(lumbung)
    gdg = lumbung.new()  # from the gudang: it needs no permission
    lumbung.add(gdg, "BRS", 5)
    page = _page(qtbot, make_ctx, lumbung.pejabat, tmp_path)
    page.select(gdg)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == gdg)
    assert "override_release" not in _enabled(page)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    assert {"approve", "override_release"} <= _enabled(page)

    qtbot.mouseClick(page.editor.buttons["approve"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert any("Lumbung Sosial Karang Tinggi (LS1)" in text and "tanpa SK" in text
               for kind, text in no_modal_dialogs if kind == "warn"), no_modal_dialogs
    assert page.editor.record.status == "submitted"

    qtbot.mouseClick(page.editor.buttons["override_release"], Qt.MouseButton.LeftButton)
    dialog = page.editor.findChild(OverrideReleaseDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "wajib diisi" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "SK bupati sedang ditandatangani")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record.release_override == "SK bupati sedang ditandatangani")
    assert "Izin tanpa status darurat dari pejabat: SK bupati sedang ditandatangani" in page.editor.info.text()

    qtbot.mouseClick(page.editor.buttons["approve"], Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record.status == "approved")
