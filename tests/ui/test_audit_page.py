from __future__ import annotations

from tagana_app import audit
from tagana_app.audit import AuditFilter
from ui import ops
from ui.pages.audit import AuditPage
from ui.pages.audit_model import AuditModel, Column


def _add_entries(db, actor, n: int, entity: str = "barang") -> None:  # noqa: ANN001
    db.write(lambda s: [audit.record(s, actor, "item.create", entity, f"BRG-{i:04d}", {"nama": f"Barang {i}"})
                        for i in range(n)])


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy())


def test_page_lists_entries_and_fetches_more_as_it_scrolls(qtbot, ctx, users) -> None:
    _add_entries(ctx.db, users["gudang"], 450)
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    model = page.model
    assert model.rowCount() == AuditModel.PAGE
    assert model.data(model.index(0, Column.ENTITY_ID)) == "BRG-0449"  # newest first
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        _settled(qtbot)
    assert model.rowCount() == 450 + 5  # and the five user.create rows of the fixture
    assert len({model.entry(r).id for r in range(model.rowCount())}) == model.rowCount()
    assert "dari 455 catatan" in page.count.text()


def test_filters_by_user_entity_action_and_text(qtbot, ctx, users) -> None:
    _add_entries(ctx.db, users["gudang"], 3)
    _add_entries(ctx.db, users["koordinator"], 2, entity="relawan")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    model = page.model
    assert model.rowCount() == 10

    page.user.setCurrentIndex(page.user.findData("koordinator"))
    _settled(qtbot)
    assert model.rowCount() == 2
    assert {model.entry(r).username for r in range(2)} == {"koordinator"}

    page.clear_filters()
    page.entity.setCurrentIndex(page.entity.findData("pengguna"))
    _settled(qtbot)
    assert model.rowCount() == 5
    page.action.setCurrentIndex(page.action.findData("item.create"))
    _settled(qtbot)
    assert model.rowCount() == 0  # pengguna AND item.create

    page.clear_filters()
    qtbot.keyClicks(page.text, "brg-0001")
    qtbot.waitUntil(lambda: page.model.filter.text == "brg-0001")
    _settled(qtbot)
    assert [model.entry(r).entity_id for r in range(model.rowCount())] == ["BRG-0001", "BRG-0001"]


def test_new_entries_arrive_on_the_change_signal_keeping_selection(qtbot, ctx, users) -> None:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    page.table.selectRow(2)
    chosen = page.model.entry(2).id
    assert "user.create" in page.detail.toPlainText()
    _add_entries(ctx.db, users["gudang"], 2)
    with qtbot.waitSignal(page.model.rowsInserted):
        ctx.changes.notify(("stock",))
    _settled(qtbot)
    assert page.model.rowCount() == 7
    assert page.model.entry(0).entity_id == "BRG-0001"
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.entry(i.row()).id for i in selected] == [chosen]


def test_audit_model_passes_the_model_tester(qtbot, qtmodeltester, db, users) -> None:
    _add_entries(db, users["admin"], 30)
    model = AuditModel(db)
    model.set_filter(AuditFilter())
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not ops.busy())
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
