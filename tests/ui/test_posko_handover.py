"""At a posko, the "Pengiriman" page offers the handover of an approved dispatch addressed to it (the
truck came before the office recorded it sent); the goods received come into the posko's stock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from deployment.exchange.models import Site
from inventory.models import Item, StockLevel
from tagana_app import settings
from tests.exchange.up_world import World, world_fixture  # noqa: F401 - the fixture "world": an office and its posko
from ui import ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.pages.dispatches import DispatchesPage


def test_the_posko_hands_over_an_approved_dispatch_in_the_window(qtbot, local, world: World, tmp_path) -> None:  # noqa: ANN001
    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    ctx = AppContext(world.posko.db, world.posko.gudang, local, AppChanges())
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)
    page.select(number)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    assert page.editor.record.status == "approved" and page.editor.buttons["handover"].isEnabled()
    handover = page.editor.handover()
    qtbot.addWidget(handover)
    handover.counts["BRS"].setValue(97)
    qtbot.keyClicks(handover.reason, "3 kg tumpah")
    with qtbot.waitSignal(handover.accepted):
        qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)
    with world.posko.db.read() as s:
        own = s.scalar(select(Site).where(Site.is_self.is_(True)))
        stock = dict(s.execute(select(Item.code, StockLevel.on_hand).join(Item, Item.id == StockLevel.item_id)
                               .where(StockLevel.warehouse_id == own.warehouse_id)).all())
    assert stock == {"BRS": 97, "MSS": 20}
