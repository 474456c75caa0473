"""Separation of duties, flow by flow: the window and the command line agree on who may decide.

Nobody decides their own work, the administrator included: the button the window shows is disabled
with a tooltip saying who may (the refusal the service gives), and `tagana` refuses with exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from deployment.dispatch import service as D
from inventory import catalog, counts, stock, writeoffs
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import settings
from tests.conftest import cli_runner
from tests.dispatch.conftest import env  # noqa: F401 - the dispatch world as a fixture
from ui import ops
from ui.pages.count_dialog import CountsDialog
from ui.pages.dispatches import DispatchesPage
from ui.pages.writeoff_dialogs import WriteOffListDialog

OWN = "atas pekerjaannya sendiri"


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


@pytest.fixture
def run(db_url, monkeypatch, capsys, tmp_path):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    return cli_runner(db_url, monkeypatch, capsys, "admin")


def _approve_button(qtbot, make_ctx, actor, number: str, tmp_path: Path):  # noqa: ANN001, ANN202
    ctx = make_ctx(actor)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    return page.editor.buttons["approve"]


def test_a_pejabat_cannot_approve_the_dispatch_he_made_nor_a_koordinator_any(qtbot, make_ctx, env, run,  # noqa: F811
                                                                              tmp_path):
    number = env.new(env.pejabat)
    env.add(number, "BRS", 5, env.pejabat)
    env.step(D.submit_dispatch, number, "pejabat")
    own = _approve_button(qtbot, make_ctx, env.pejabat, number, tmp_path)
    assert not own.isEnabled() and OWN in own.toolTip() and "selain 'pejabat'" in own.toolTip()
    code, out, err = run("dispatch", "approve", number, user="pejabat")
    assert code == 1 and not out and OWN in err and "selain 'pejabat'" in err
    koordinator = _approve_button(qtbot, make_ctx, env.koordinator, number, tmp_path)
    assert not koordinator.isEnabled() and "yang berwenang: pejabat atau admin" in koordinator.toolTip()
    code, _, err = run("dispatch", "approve", number, user="koordinator")
    assert code == 1 and "tidak berwenang untuk menyetujui pengiriman" in err
    assert env.show(number).status == "submitted"
    admin = _approve_button(qtbot, make_ctx, env.admin, number, tmp_path)  # someone else: enabled, and allowed
    assert admin.isEnabled() and admin.toolTip() == ""
    assert run("dispatch", "approve", number, user="admin")[0] == 0
    assert env.show(number).status == "approved"


def test_an_admin_cannot_decide_his_own_writeoff_in_the_window_or_on_the_command_line(qtbot, make_ctx, env,  # noqa: F811
                                                                                        run):
    admin = env.admin
    number = env.db.write(lambda s: writeoffs.request_writeoff(s, admin, "GDG", [IssueLine("BRS", 5)],
                                                               reason_kind="hilang", reason="dicuri")).number
    listing = WriteOffListDialog(make_ctx(admin))
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    listing.table.selectRow(0)
    for button in (listing.approve_button, listing.reject_button):
        assert not button.isEnabled() and OWN in button.toolTip() and "selain 'admin'" in button.toolTip()
    for argv in (("stock", "writeoff-approve", number), ("stock", "writeoff-reject", number, "--reason", "x")):
        code, _, err = run(*argv)
        assert code == 1 and OWN in err
    pejabat = WriteOffListDialog(make_ctx(env.pejabat))
    qtbot.addWidget(pejabat)
    qtbot.waitUntil(lambda: pejabat.table.rowCount() == 1)
    pejabat.table.selectRow(0)
    assert pejabat.approve_button.isEnabled() and pejabat.approve_button.toolTip() == ""
    assert run("stock", "writeoff-approve", number, user="pejabat")[0] == 0
    with env.db.read() as s:
        assert writeoffs.get_writeoff(s, number).status == "disetujui"


def test_whoever_counted_cannot_approve_the_count_in_the_window_or_on_the_command_line(qtbot, make_ctx, env,  # noqa: F811
                                                                                        run):
    admin = env.admin

    def small_warehouse(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, env.gudang, "GD2", "Gudang Kecamatan", "17.09")
        stock.receive_goods(s, env.gudang, "GD2", [ReceiveLine("BRS", 10)], source="kemensos")
    env.db.write(small_warehouse)
    number = env.db.write(lambda s: counts.start_count(s, admin, "GD2")).number
    env.db.write(lambda s: counts.enter_count(s, admin, number, "BRS", 10))
    env.db.write(lambda s: counts.submit_count(s, env.gudang, number))
    for actor, allowed in ((admin, False), (env.gudang, False), (env.pejabat, True)):
        dialog = CountsDialog(make_ctx(actor), number=number)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.info is not None and d.info.number == number, timeout=5_000)
        assert dialog.approve_button.isEnabled() == allowed
        if actor is admin:
            assert OWN in dialog.approve_button.toolTip() and "selain 'admin'" in dialog.approve_button.toolTip()
    code, _, err = run("stock", "count", "approve", number)
    assert code == 1 and OWN in err and number in err
    code, _, err = run("stock", "count", "approve", number, user="gudang")
    assert code == 1 and "tidak berwenang" in err
    assert run("stock", "count", "approve", number, user="pejabat")[0] == 0
    with env.db.read() as s:
        assert counts.get_count(s, number).status == "diposting"
