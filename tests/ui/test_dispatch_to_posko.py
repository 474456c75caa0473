"""The new-dispatch dialog offers the poskos of ours of the chosen incident ("Posko tujuan"): choosing one
fills the destination with the posko's name and addresses the dispatch to it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select, update

from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch
from deployment.exchange.models import Site
from deployment.incidents import add_incident, find
from tagana_app import clock, settings
from tests.dispatch.conftest import env  # noqa: F401 - env: the dispatch world as a fixture
from ui import ops
from ui.pages.dispatches import DispatchesPage


def _settled(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)


def test_a_dispatch_addressed_to_a_posko_from_the_window(qtbot, make_ctx, env, tmp_path: Path):  # noqa: ANN001, F811
    def poskos(s):  # noqa: ANN001, ANN202
        incident = find(s, env.incident)
        s.add(Site(code="PSK-01", name="Posko Balai Desa Srikaton", kind="posko", status="aktif", public_key="",
                   region_code="17.09.03", incident_id=incident.id, profile={}, peer_held=[]))
        s.add(Site(code="PSK-02", name="Posko yang dicabut", kind="posko", status="dicabut", public_key="",
                   region_code="17.09.03", incident_id=incident.id, profile={}, peer_held=[]))
        return add_incident(s, env.koordinator, disaster_type="tanah_longsor", name="Longsor tanpa posko",
                            region_codes=["17.09.03"], started_at=clock.today()).number
    other = env.db.write(poskos)
    ctx = make_ctx(env.koordinator)
    ctx.local.set(settings.DOCUMENTS_DIR, str(tmp_path / "dokumen"))
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    dialog = page.open_new()
    qtbot.addWidget(dialog)
    dialog.incident.setCurrentIndex(dialog.incident.findData(other))
    assert not dialog.form.isRowVisible(dialog.posko)  # that incident has no posko of ours
    dialog.incident.setCurrentIndex(dialog.incident.findData(env.incident))
    assert dialog.form.isRowVisible(dialog.posko)
    assert [dialog.posko.itemData(i) for i in range(dialog.posko.count())] == ["", "PSK-01"]  # not the revoked one
    dialog.posko.setCurrentIndex(1)
    assert dialog.destination.text() == "Posko Balai Desa Srikaton" and not dialog.destination.isEnabled()
    assert dialog.kind.currentData() == "posko" and not dialog.kind.isEnabled()
    if os.environ.get("TAGANA_GRAB"):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.environ["TAGANA_GRAB"])
    qtbot.keyClicks(dialog.recipient, "Ketua Posko")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    with env.db.read() as s:
        made = s.scalar(select(Dispatch))
        site = s.get(Site, made.site_id)
        assert (site.code, made.destination, made.destination_kind) == ("PSK-01", "Posko Balai Desa Srikaton", "posko")
    dialog.posko.setCurrentIndex(0)  # back to none: the destination is typed again
    assert dialog.destination.text() == "" and dialog.destination.isEnabled()


def _sent_to_a_posko(env) -> tuple[int, str]:  # noqa: ANN001, F811
    """A posko of ours, PSK-01, and a dispatch of 10 masks sent (not yet addressed to it)."""
    def posko(s):  # noqa: ANN001, ANN202
        s.add(Site(code="PSK-01", name="Posko Balai Desa Srikaton", kind="posko", status="aktif", public_key="",
                   region_code="17.09.03", incident_id=find(s, env.incident).id, profile={}, peer_held=[]))
        s.flush()
        return s.scalar(select(Site.id).where(Site.code == "PSK-01"))
    site_id = env.db.write(posko)
    number = env.new(destination="Posko Balai Desa Srikaton")
    env.add(number, "MSS", 10)
    env.approve(number)
    env.step(dispatches.send_dispatch, number, "gudang")
    return site_id, number


def _showing(qtbot, ctx, number: str) -> DispatchesPage:  # noqa: ANN001
    page = DispatchesPage(ctx)
    qtbot.addWidget(page)
    _settled(qtbot)
    page.select(number)
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.number == number)
    return page


def test_the_office_leaves_the_handover_of_a_posko_dispatch_to_the_posko(qtbot, make_ctx, env):  # noqa: ANN001, F811
    """Sent to a posko of ours, a dispatch's handover comes in the posko's file: the office's button stays off
    (and the service refuses it, deployment.dispatch.service.HandoverAtPosko)."""
    site_id, number = _sent_to_a_posko(env)
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number).values(site_id=site_id)))
    page = _showing(qtbot, make_ctx(env.gudang), number)
    assert page.editor.record.handed_over_at_posko == "PSK-01"
    assert not page.editor.buttons["handover"].isEnabled()


def test_the_office_prints_no_second_bast_of_a_handover_at_the_posko(qtbot, make_ctx, env):  # noqa: ANN001, F811
    """Handed over at a posko of ours, the dispatch's BAST is the paper printed and signed there: the office's
    Cetak BAST stays off and says why, before and after the posko's number arrives (documents.BastAtPosko)."""
    from deployment.exchange.models import ExchangeSent

    site_id, number = _sent_to_a_posko(env)

    def handed_over_at_the_posko(s):  # noqa: ANN001, ANN202 - as the posko's exchange file records it
        s.execute(update(Dispatch).where(Dispatch.number == number).values(site_id=site_id))
        s.add(ExchangeSent(site_id=site_id, kind="dispatch", key=number, hash="0" * 64, seq=1, acked_hash=""))
        dispatches.handover_dispatch(s, env.koordinator, number, from_posko=True)
    env.db.write(handed_over_at_the_posko)
    page = _showing(qtbot, make_ctx(env.pejabat), number)
    button = page.editor.buttons["bast"]
    assert not button.isEnabled() and "nomornya datang dengan berkas posko berikutnya" in button.toolTip()

    bast = f"001/BAST/PSK-01/{clock.today():%m}/{clock.today():%Y}"
    env.db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == number).values(bast_number=bast)))
    page.editor.load(number)  # the posko's next file came in
    _settled(qtbot)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record.bast_number == bast)
    assert not button.isEnabled() and f"di posko PSK-01 dengan nomor {bast}" in button.toolTip()
    assert not page.editor.buttons["handover"].isEnabled()
