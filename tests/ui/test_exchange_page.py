"""The "Pertukaran" page between an office (the test's backend) and its posko (a SQLite file): a file
made at the office and saved, taken at the posko, taken again (nothing changes), and a file with one
byte changed refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from deployment.exchange import engine, sites
from deployment.exchange.models import ExchangeFile
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tests.deployment.conftest import add_incident
from tests.dispatch.conftest import env  # noqa: F401 - env: the dispatch world as a fixture
from tests.exchange.pairs import Posko, make_posko
from ui import dialogs, ops
from ui.changes import AppChanges
from ui.context import AppContext
from ui.pages.exchange import ExchangePage


@pytest.fixture
def pair(db: Database, users: dict[str, Actor], _templates, tmp_path: Path) -> Posko:  # noqa: ANN001
    incident = add_incident(db, users["koordinator"]).number
    return make_posko(db, users["koordinator"], _templates, tmp_path / "posko.db", incident=incident)


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def _page(qtbot, ctx: AppContext) -> ExchangePage:  # noqa: ANN001
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1)
    return page


def _files_in(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ExchangeFile).where(ExchangeFile.direction == "masuk"))


def test_a_file_made_at_the_office_is_taken_at_the_posko(qtbot, make_ctx, local, users, pair, tmp_path,  # noqa: ANN001
                                                         monkeypatch, no_modal_dialogs) -> None:
    office = _page(qtbot, make_ctx(users["koordinator"]))
    codes = [office.table.item(r, 0).text() for r in range(office.table.rowCount())]
    office.table.selectRow(codes.index("PSK-01"))
    assert office.export_button.isEnabled()
    target = tmp_path / "ke-posko.tagana"
    offered: list[str] = []
    monkeypatch.setattr(dialogs, "save_file_name", lambda parent, title, start, filters: offered.append(start)
                        or target)
    office.make_file()
    _settled(qtbot)
    qtbot.waitUntil(lambda: office.saved_to == target)
    assert target.exists() and offered and offered[0] == "KAB-1709-ke-PSK-01-0002.tagana"  # 1: the set-up
    assert "disimpan di" in no_modal_dialogs[-1][1]
    qtbot.waitUntil(lambda: office.table.item(codes.index("PSK-01"), 6).text().startswith("no. 2"))

    with pair.db.read() as s:
        posko_site = sites.info(sites.self_row(s, create=False))
    at_posko = _page(qtbot, AppContext(pair.db, pair.admin, local, AppChanges(), posko=posko_site))
    assert at_posko.table.rowCount() == 1 and at_posko.selected() is not None  # its office, chosen
    monkeypatch.setattr(dialogs, "open_file_name", lambda parent, title, start, filters: target)
    before = _files_in(pair.db)
    at_posko.take_file()
    _settled(qtbot)
    qtbot.waitUntil(lambda: at_posko.outcome is not None)
    assert at_posko.outcome.status == "diterapkan" and "Berkas no. 2 dari KAB-1709" in no_modal_dialogs[-1][1]
    assert _files_in(pair.db) == before + 1
    qtbot.waitUntil(lambda: at_posko.table.item(0, 5).text().startswith("no. 2"))

    at_posko.outcome = None
    at_posko.take_file()  # the same file again: nothing changes, and the page says so
    _settled(qtbot)
    qtbot.waitUntil(lambda: at_posko.outcome is not None)
    assert at_posko.outcome.status == "sudah" and "tidak ada yang berubah" in no_modal_dialogs[-1][1]
    assert _files_in(pair.db) == before + 1

    changed = bytearray(target.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    altered = tmp_path / "diubah.tagana"
    altered.write_bytes(bytes(changed))
    monkeypatch.setattr(dialogs, "open_file_name", lambda parent, title, start, filters: altered)
    shown = len(no_modal_dialogs)
    at_posko.take_file()
    _settled(qtbot)
    qtbot.waitUntil(lambda: len(no_modal_dialogs) > shown)
    assert no_modal_dialogs[-1][0] == "warn" and at_posko.outcome is None
    assert _files_in(pair.db) == before + 1


def test_a_pemantau_sees_the_sites_but_moves_no_file(qtbot, make_ctx, users, pair) -> None:  # noqa: ANN001
    page = _page(qtbot, make_ctx(users["pemantau"]))
    page.table.selectRow(0)
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
    assert "bertukar berkas" in page.import_button.toolTip()


def test_a_joined_posko_database_opens_the_posko_window(qtbot, local, pair, tmp_path) -> None:  # noqa: ANN001
    """What start-up reads of a database joined from a set-up file makes the window a posko's."""
    from ui.main_window import MainWindow
    from ui.startup import open_database

    opened = open_database(str(pair.db.sqlite_path), local)
    try:
        assert opened.posko is not None and opened.posko.code == "PSK-01" and opened.posko.warehouse_id
        window = MainWindow(AppContext(opened.db, pair.admin, local, AppChanges(), posko=opened.posko))
        qtbot.addWidget(window)
        window.show()
        assert window.sections[0].key == "posko_home" and "PSK-01" in window.windowTitle()
        home = window.page("posko_home")
        _settled(qtbot)
        qtbot.waitUntil(lambda: home.home is not None)
        assert home.home.warehouse == "PSK-01" and "KAB-1709" in home.exchange.text()
        assert home.home.incident_number == pair_incident(opened.db)  # it came with the set-up's records
    finally:
        _settled(qtbot)
        opened.db.dispose()


def pair_incident(db: Database) -> str:
    from deployment.models import Incident

    with db.read() as s:
        return s.scalar(select(Incident.number))


def test_an_office_database_opens_the_office_window(local, db) -> None:  # noqa: ANN001
    from ui.startup import posko_site

    with db.read() as s:
        assert posko_site(s) is None


def test_a_dispatch_sent_at_the_office_is_handed_over_in_the_posko_window(  # noqa: ANN001
        qtbot, make_ctx, local, env, _templates, tmp_path, monkeypatch, no_modal_dialogs) -> None:  # noqa: F811
    """Through real files: the office sends a dispatch addressed to its posko, the posko takes the file on
    its Pertukaran page, the dispatch arrives on its Beranda and is handed over short on Pengiriman masuk."""
    from deployment.dispatch import service as D
    from ui.main_window import MainWindow

    posko = make_posko(env.db, env.koordinator, _templates, tmp_path / "posko.db", incident=env.incident)
    number = env.new(posko="PSK-01")
    env.add(number, "MSS", 60)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    made = env.db.write(lambda s: engine.export(s, env.koordinator, "PSK-01"))
    target = tmp_path / made.name
    target.write_bytes(made.data)

    with posko.db.read() as s:
        site = sites.info(sites.self_row(s, create=False))
    window = MainWindow(AppContext(posko.db, posko.admin, local, AppChanges(), posko=site))
    qtbot.addWidget(window)
    window.show()
    window.show_section("exchange")
    exchange = window.page("exchange")
    _settled(qtbot)
    monkeypatch.setattr(dialogs, "open_file_name", lambda parent, title, start, filters: target)
    exchange.take_file()
    _settled(qtbot)
    qtbot.waitUntil(lambda: exchange.outcome is not None)
    assert exchange.outcome.status == "diterapkan", no_modal_dialogs

    window.show_section("posko_home")
    home = window.page("posko_home")
    _settled(qtbot)
    qtbot.waitUntil(lambda: home.home is not None and [a.number for a in home.home.arriving] == [number])

    window.show_section("dispatches")
    page = window.page("dispatches")
    _settled(qtbot)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None)
    handover = page.editor.handover()
    qtbot.addWidget(handover)
    handover.counts["MSS"].setValue(58)
    qtbot.keyClicks(handover.reason, "2 paket basah")
    with qtbot.waitSignal(handover.accepted):
        qtbot.mouseClick(handover.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record.status == "handed_over")
    window.show_section("posko_home")
    _settled(qtbot)
    qtbot.waitUntil(lambda: home.home is not None and not home.home.arriving)


def test_an_office_and_its_provinsi_pair_by_cards_in_the_window(qtbot, make_ctx, local, db, users, _templates,  # noqa: ANN001
                                                                 tmp_path, monkeypatch, no_modal_dialogs) -> None:
    """Each side makes its card (*Buat berkas perkenalan...*) and takes the other's with *Ambil berkas...*,
    typing the fingerprint read over the phone; a misheard one is refused and pairs nothing."""
    from tests.conftest import make_user
    from tests.exchange.pairs import fresh_sqlite

    prov = fresh_sqlite(_templates, tmp_path / "provinsi.db")
    try:
        prov_admin = make_user(prov, "admin", "admin")
        prov.write(lambda s: sites.configure_self(s, prov_admin, code="PROV-17", kind="provinsi",
                                                  name="Dinas Sosial Provinsi Bengkulu"))
        prov_page = _page_empty(qtbot, AppContext(prov, prov_admin, local, AppChanges()))
        office = _page_empty(qtbot, make_ctx(users["koordinator"]))
        cards = {}
        for name, page in (("prov", prov_page), ("office", office)):
            cards[name] = tmp_path / f"{name}-kenalan.tagana"
            monkeypatch.setattr(dialogs, "save_file_name", lambda *a, path=cards[name]: path)
            assert page.card_button.isVisible() or not page.isVisible()
            page.card_button.click()
            _settled(qtbot)
            assert cards[name].exists() and page.saved_to == cards[name]
        prov_fp = prov.write(sites.self_site).fingerprint
        office_fp = db.write(sites.self_site).fingerprint
        # at the office: the provinsi's card, first with a misheard fingerprint
        monkeypatch.setattr(dialogs, "open_file_name", lambda *a: cards["prov"])
        monkeypatch.setattr(dialogs, "ask_text", lambda *a: "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
        office.import_button.click()
        _settled(qtbot)
        assert office.outcome is None
        with db.read() as s:
            assert sites.find(s, "PROV-17") is None
        monkeypatch.setattr(dialogs, "ask_text", lambda *a: prov_fp.lower())
        office.import_button.click()
        _settled(qtbot)
        assert office.outcome is not None and office.outcome.status == "dikenal"
        # at the provinsi: the office's card
        monkeypatch.setattr(dialogs, "open_file_name", lambda *a: cards["office"])
        monkeypatch.setattr(dialogs, "ask_text", lambda *a: office_fp)
        prov_page.import_button.click()
        _settled(qtbot)
        assert prov_page.outcome is not None and prov_page.outcome.site_code == "KAB-1709"
        qtbot.waitUntil(lambda: prov_page.table.rowCount() == 1)
        qtbot.waitUntil(lambda: office.table.rowCount() == 1)
    finally:
        prov.dispose()


def _page_empty(qtbot, ctx: AppContext) -> ExchangePage:  # noqa: ANN001
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.show()
    _settled(qtbot)
    return page


def test_the_office_checks_a_bast_printed_at_the_posko_on_the_documents_page(  # noqa: ANN001
        qtbot, make_ctx, env, _templates, tmp_path) -> None:  # noqa: F811
    """The paper signed at the posko comes to the office: its code, typed on the Dokumen page, is checked
    against the print the posko's file told of and against the office's record of the dispatch."""
    from pypdf import PdfReader

    from deployment.dispatch import documents
    from deployment.dispatch import service as D
    from tests.exchange import pairs
    from ui.pages.documents import DocumentsPage

    posko = make_posko(env.db, env.koordinator, _templates, tmp_path / "posko.db", incident=env.incident)
    number = env.new(posko="PSK-01")
    env.add(number, "MSS", 60)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    posko.db.write(lambda s: D.handover_dispatch(s, posko.admin, number, received={"MSS": 58}, reason="2 basah"))
    printed = posko.db.write(lambda s: documents.print_bast(s, posko.admin, number, directory=tmp_path))
    pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, "KAB-1709"))
    typed = next(w for w in PdfReader(printed.path).pages[0].extract_text().split() if len(w) == 11 and w[5] == "-")

    page = DocumentsPage(make_ctx(env.pejabat))
    qtbot.addWidget(page)
    _settled(qtbot)
    qtbot.keyClicks(page.verify_panel.code, typed)
    qtbot.mouseClick(page.verify_panel.check_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.verify_panel.report is not None)
    assert page.verify_panel.report.matches and page.verify_panel.report.number == printed.number
    assert f"Dokumen {printed.number} ASLI: dicetak di posko PSK-01" in page.verify_panel.result.text()
