"""The provinsi's page "Kabupaten/Kota": two districts side by side after their files came."""

from __future__ import annotations

from pathlib import Path

from deployment.exchange import province
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.settings import LocalSettings
from tests.exchange.districts import add_volunteer_and_distribution, build_world
from tests.exchange.pairs import send, take
from ui import ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.pages.province import ProvincePage


def _texts(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_page_shows_the_districts_side_by_side(qtbot, db: Database, users: dict[str, Actor], _templates,  # noqa: ANN001
                                                   tmp_path: Path, local: LocalSettings) -> None:
    world = build_world(db, users, _templates, tmp_path)
    prov, coord = world["prov"], world["prov_users"]["koordinator"]
    try:
        page = ProvincePage(AppContext(prov, coord, local, AppChanges()))
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)
        assert page.figures.columnCount() == 3 and page.stock.rowCount() == 0  # paired, no file yet
        assert "KAB-1709" in page.note.text() and "KOTA-1771" in page.note.text()
        assert _texts(page.figures, 1)[1:] == ["0"] + ["–"] * (len(province.FIGURES) - 2)

        add_volunteer_and_distribution(world)
        take(prov, coord, send(world["kab"], world["kab_users"]["koordinator"], "PROV-17"))
        take(prov, coord, send(world["kota"], world["kota_users"]["koordinator"], "PROV-17"))
        page.refresh()
        qtbot.waitUntil(lambda: not ops.busy() and page.stock.rowCount() == 2, timeout=15_000)
        heads = [page.figures.horizontalHeaderItem(c).text() for c in range(page.figures.columnCount())]
        assert heads[1].startswith("KAB-1709") and heads[2].startswith("KOTA-1771")
        keys = [key for key, _label in province.FIGURES]
        people = keys.index("people")
        assert (_texts(page.figures, 1)[people], _texts(page.figures, 2)[people]) == ("4", "0")
        requests = keys.index("open_requests")
        assert _texts(page.figures, 1)[requests] == _texts(page.figures, 2)[requests] == "1"
        assert _texts(page.stock, 0) == ["Beras (BRS)", "Selimut (SLM)"]
        assert (_texts(page.stock, 2)[0], _texts(page.stock, 3)[0]) == ("1.000", "300")
        assert page.note.text() == "" and not page.empty.isVisible()
        assert _texts(page.requests, 0) == ["KAB-1709", "KOTA-1771"]
        assert "Beras 250 / – / 0 kg" in _texts(page.requests, 6)[0]
        assert _texts(page.places, 0) == ["KAB-1709"] and _texts(page.places, 7) == ["Beras 10 kg"]
        assert [_texts(page.places, c)[0] for c in (4, 5)] == ["1", "4"]
    finally:
        world["kota"].dispose()
        prov.dispose()
