"""The volunteers page shows a pemantau masked NIKs and phone numbers (table and detail) and no export;
a koordinator sees them whole and exports the roster, which is audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from deployment import volunteers as vs
from tagana_app.models import AuditLog
from ui import dialogs, ops
from ui.pages.volunteers import VolunteersPage
from ui.pages.volunteers_model import Column

NIK = "1709011403950001"


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, make_ctx, actor) -> VolunteersPage:  # noqa: ANN001
    page = VolunteersPage(make_ctx(actor))
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    return page


def test_a_pemantau_sees_masked_personal_data_and_cannot_export(qtbot, make_ctx, db, users, monkeypatch,
                                                                tmp_path) -> None:
    db.write(lambda s: vs.add_volunteer(s, users["koordinator"], vs.VolunteerInput(
        nik=NIK, full_name="Andi Saputra", sex="L", phone="081234567001")))
    page = _page(qtbot, make_ctx, users["pemantau"])
    model = page.model
    assert model.data(model.index(0, Column.NIK)) == "1709**********01"
    assert model.data(model.index(0, Column.PHONE)) == "+6281*******01"
    page.table.selectRow(0)
    _settled(qtbot)
    qtbot.waitUntil(lambda: "Andi Saputra" in page.detail.toPlainText())
    assert "1709**********01" in page.detail.toPlainText() and NIK not in page.detail.toPlainText()
    assert not page.export_button.isEnabled()
    assert "yang berwenang: koordinator atau admin" in page.export_button.toolTip()

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a: asked.append("file") or tmp_path / "relawan.xlsx")
    koordinator = _page(qtbot, make_ctx, users["koordinator"])
    assert koordinator.model.data(koordinator.model.index(0, Column.NIK)) == NIK
    assert koordinator.export_button.isEnabled()
    qtbot.mouseClick(koordinator.export_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert asked == ["file"] and (tmp_path / "relawan.xlsx").exists()
    with db.read() as s:
        assert s.scalars(select(AuditLog.username).where(AuditLog.action == "volunteer.export")).all() == [
            "koordinator"]
