"""The window of a posko database: only the posko's sections, a handover of a dispatch the office sent,
the "Beranda posko" after it, and the "Pertukaran" page."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from deployment import assignments
from deployment.dispatch import service as D
from deployment.dispatch.models import Dispatch
from deployment.exchange import sites
from deployment.exchange.models import ExchangeFile, ExchangeIssue, Site
from deployment.exchange.sites import SiteInfo
from deployment.models import Incident
from inventory import catalog, queries, stock
from inventory.stock import ReceiveLine
from tagana_app import clock
from tagana_app.db import Database
from tests.dispatch.conftest import KEC, Env, env  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops, theme
from ui.main_window import MainWindow
from ui.pages.dispatches import POSKO_STEPS
from ui.sections import SECTIONS

POSKO_SECTIONS = ["Beranda posko", "Stok", "Pengiriman masuk", "Permintaan", "Relawan", "Stock opname",
                  "Pertukaran"]


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """A posko's database is a SQLite file on its laptop."""
    return sqlite_db


@dataclass
class Posko:
    env: Env
    site: SiteInfo
    dispatch: str  # sent
    approved: str  # approved, not yet recorded as sent at the office


@pytest.fixture
def posko(env: Env) -> Posko:  # noqa: F811
    """The dispatch world as a posko holds it: its own site (PSK-01, warehouse PSK-01 with some rice), the
    office's site with one file taken from it and one issue, and a dispatch of 60 MSS the office sent,
    addressed to the posko."""
    g = env.users["gudang"]

    def make(s) -> SiteInfo:  # noqa: ANN001
        warehouse = catalog.add_warehouse(s, g, "PSK-01", "Posko Pondok Kelapa", KEC, kind="posko")
        stock.receive_goods(s, g, "PSK-01", [ReceiveLine("BRS", 20)], source="kemensos")
        incident_id = s.scalar(select(Incident.id).where(Incident.number == env.incident))
        site = sites.make_self(s, "PSK-01", "Posko Pondok Kelapa", "posko", warehouse_id=warehouse.id,
                               incident_id=incident_id, region_code=KEC)
        office = Site(code="KAB-1709", name="Dinas Sosial Kabupaten Bengkulu Tengah", kind="kabupaten",
                      is_self=False, status="aktif", public_key="ab" * 32, profile={}, peer_held=[], in_applied=1)
        s.add(office)
        s.flush()
        s.add(ExchangeFile(site_id=office.id, direction="masuk", seq=1, status="diterapkan", digest="0" * 64,
                           size=2048, records=12, made_at=clock.utcnow()))
        s.add(ExchangeIssue(site_id=office.id, side="sana", kind="handover", key="KRM/LAMA",
                            message="Serah terima KRM/LAMA tidak dapat diterapkan: pengiriman itu dibatalkan.",
                            pending=False))
        return sites.info(site)

    site = env.db.write(make)
    number = env.new(destination="Posko Pondok Kelapa")
    env.add(number, "MSS", 60)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    approved = env.new(destination="Posko Pondok Kelapa")
    env.add(approved, "FK", 10)
    env.approve(approved)
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number.in_([number, approved]))
                                     .values(site_id=site.id)))
    return Posko(env, site, number, approved)


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _window(qtbot, make_ctx, posko: Posko, role: str) -> MainWindow:  # noqa: ANN001
    ctx = replace(make_ctx(posko.env.users[role]), posko=posko.site)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _settled(qtbot)
    return window


def _titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def _grab(window: MainWindow, tmp_path: Path, name: str) -> Path:
    """The window as a picture; with TAGANA_SHOTS set, styled as the program does and kept there to look
    at (the style is the whole application's: not for the usual run)."""
    shots = os.environ.get("TAGANA_SHOTS")
    if shots:
        theme.apply(QApplication.instance())
    path = Path(shots or tmp_path) / name
    assert window.grab().save(str(path))
    return path


def test_a_posko_window_shows_only_the_posko_sections(qtbot, make_ctx, posko, tmp_path):  # noqa: ANN001
    window = _window(qtbot, make_ctx, posko, "koordinator")
    assert window.windowTitle() == "Tagana Logistik — Posko Pondok Kelapa (PSK-01)"
    titles = _titles(window)
    assert titles == POSKO_SECTIONS or titles == [*POSKO_SECTIONS[:3], "Distribusi", *POSKO_SECTIONS[3:]]
    # the office's pages the posko does not use are not there, whatever the keyboard tries
    assert {"master", "incidents", "volunteers", "reports", "audit", "settings"}.isdisjoint(
        s.key for s in window.sections)
    home = window.page("posko_home")
    qtbot.waitUntil(lambda: home.home is not None)
    assert "PSK-01" in home.incident.text() and "Banjir uji Pondok Kelapa" in home.incident.text()
    arriving = {home.arriving.item(r, 0).text(): home.arriving.item(r, 4).text()
                for r in range(home.arriving.rowCount())}
    assert arriving == {posko.dispatch: "60", posko.approved: "10"}
    assert [home.stock.item(r, 0).text() for r in range(home.stock.rowCount())] == ["BRS"]
    assert "KAB-1709" in home.exchange.text() and "no. 1" in home.exchange.text()
    assert home.issues.rowCount() == 1 and "dibatalkan" in home.issues.item(0, 3).text()
    _grab(window, tmp_path, "posko-beranda.png")

    window.show_section("exchange")
    exchange = window.page("exchange")
    _settled(qtbot)
    qtbot.waitUntil(lambda: exchange.table.rowCount() == 1)
    assert exchange.table.item(0, 0).text() == "KAB-1709" and exchange.table.item(0, 5).text().startswith("no. 1 · ")
    assert exchange.selected() is not None and exchange.export_button.isEnabled()  # its one peer, chosen
    assert exchange.issue_table.rowCount() == 1
    _grab(window, tmp_path, "posko-pertukaran.png")

    window.show_section("dispatches")
    page = window.page("dispatches")
    assert page.new_button.isHidden()
    assert {step for step, b in page.editor.buttons.items() if not b.isHidden()} == POSKO_STEPS
    _settled(qtbot)
    page.select(posko.approved)  # the truck came before the office clicked "Kirim": handed over here all the same
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == posko.approved)
    assert page.editor.buttons["handover"].isEnabled()


def test_the_office_window_keeps_its_sections_and_gains_pertukaran(qtbot, make_ctx, posko):  # noqa: ANN001
    ctx = make_ctx(posko.env.users["koordinator"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [s.key for s in window.sections] == [s.key for s in SECTIONS] and "exchange" in window.sections[-2].key
    assert "Posko" not in window.windowTitle()


def test_a_koordinator_records_the_handover_short_at_the_posko(qtbot, make_ctx, posko, tmp_path):  # noqa: ANN001
    window = _window(qtbot, make_ctx, posko, "koordinator")
    window.show_section("dispatches")
    page = window.page("dispatches")
    _settled(qtbot)
    page.select(posko.dispatch)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None)
    assert page.editor.buttons["handover"].isEnabled() and page.editor.edit_box.isHidden()
    _grab(window, tmp_path, "posko-pengiriman.png")
    handover = page.editor.handover()
    qtbot.addWidget(handover)
    handover.counts["MSS"].setValue(58)
    qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: "alasan selisih wajib diisi" in handover.error.text())
    assert handover.isVisible()
    qtbot.keyClicks(handover.reason, "2 paket basah")
    with qtbot.waitSignal(handover.accepted):
        qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record.status == "handed_over")
    line = page.editor.record.lines[0]
    assert (line.received, line.difference_reason) == (58, "2 paket basah")

    # The Beranda posko: the dispatch no longer on its way, the posko's stock as its ledger has it
    # (with the posko's booking of the received goods, MSS 58 beside the rice).
    window.show_section("posko_home")
    home = window.page("posko_home")
    _settled(qtbot)
    qtbot.waitUntil(lambda: home.home is not None and [a.number for a in home.home.arriving] == [posko.approved])
    with posko.env.db.read() as s:
        ledger = {}
        for b in queries.balances(s, warehouse="PSK-01"):
            ledger[b.item] = ledger.get(b.item, 0) + b.quantity
    shown = {home.stock.item(r, 0).text(): home.stock.item(r, 2).text() for r in range(home.stock.rowCount())}
    assert shown == {item: str(n) for item, n in ledger.items()} and shown["BRS"] == "20"
    assert home.arriving.rowCount() == 1
    _grab(window, tmp_path, "posko-beranda-after.png")


def test_check_in_and_out_on_the_relawan_page(qtbot, make_ctx, posko, tmp_path):  # noqa: ANN001
    window = _window(qtbot, make_ctx, posko, "koordinator")
    window.show_section("posko_volunteers")
    page = window.page("posko_volunteers")
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert not page.checkin_button.isEnabled()
    page.table.selectRow(0)
    assert page.checkin_button.isEnabled() and not page.checkout_button.isEnabled()
    dialog = page.check_in()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().checkin_at is not None)
    assert page.checkout_button.isEnabled() and "1 relawan di lokasi" in page.count.text()
    _grab(window, tmp_path, "posko-relawan.png")
    home = window.page("posko_home")
    _settled(qtbot)
    qtbot.waitUntil(lambda: home.home is not None and len(home.home.on_site) == 1)
    with posko.env.db.read() as s:
        on_site = [a for a in assignments.list_assignments(s, incident=posko.env.incident) if a.checkin_at]
    assert home.on_site.item(0, 0).text() == on_site[0].volunteer_name
    assert clock.today() - timedelta(days=1) <= on_site[0].start


def test_the_stock_and_count_pages_keep_to_the_posko_warehouse(qtbot, make_ctx, posko):  # noqa: ANN001
    window = _window(qtbot, make_ctx, posko, "koordinator")
    window.show_section("stock")
    page = window.page("stock")
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.warehouse.count() == 1)
    assert page.warehouse.currentData() == "PSK-01"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).warehouse == "PSK-01"
    window.show_section("counts")
    counts = window.page("counts")
    _settled(qtbot)
    qtbot.waitUntil(lambda: counts.counts.warehouse_hint == "PSK-01")
    assert [w.code for w in counts.counts.choices["warehouses"]] == ["PSK-01"]
    assert counts.counts.close_button.isHidden() and counts.counts.isVisible()
    counts.counts.reject()  # Escape
    assert counts.counts.isVisible()

    window.show_section("requests")
    requests = window.page("requests")
    assert {key for key, b in requests.detail.buttons.items() if not b.isHidden()} == {"cancel"}


def test_impact_figures_counted_at_the_posko_are_proposed_to_the_office(qtbot, make_ctx, posko):  # noqa: ANN001
    """Beranda posko: "Usulkan data dampak..." opens the figures of the posko's incident; what is saved goes to
    the office in the next file as a proposal (the posko's "figures" record)."""
    from deployment.exchange import kinds

    window = _window(qtbot, make_ctx, posko, "koordinator")
    home = window.page("posko_home")
    qtbot.waitUntil(lambda: home.figures_button.isEnabled())
    home.figures_button.click()
    qtbot.waitUntil(lambda: getattr(home, "figures_dialog", None) is not None and home.figures_dialog.isVisible())
    dialog = home.figures_dialog
    dialog.spins["jiwa"].setValue(450)
    dialog.spins["kk"].setValue(118)
    dialog.spins["pengungsi"].setValue(412)
    qtbot.keyClicks(dialog.note, "hitungan posko pukul 16.00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    office = sites.SiteInfo(0, "KAB-1709", "Dinas Sosial", "kabupaten", "aktif", False, "", "", None, None)
    with posko.env.db.read() as s:
        proposals = [p for p in kinds.get("figures").collect(s, office) if p[1]["pengungsi"] == 412]
    assert len(proposals) == 1
    key, data = proposals[0]
    assert key.startswith("PSK-01:") and data["pengungsi"] == 412 and data["kk"] == 118
    assert "hitungan posko pukul 16.00" in data["note"]
