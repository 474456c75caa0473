"""The office's records for its posko through real exchange files (the engine): the set-up brings the
catalogue, the incident and its people; a dispatch addressed to the posko arrives in the next file; its
cancellation after the posko's handover is refused there and reported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.exchange import sites
from deployment.models import Assignment, Incident, Volunteer
from inventory.models import Item, Warehouse
from tagana_app import clock
from tests.exchange import pairs  # noqa: E402


def test_a_dispatch_to_a_posko_travels_in_the_files(env, _templates, tmp_path: Path):  # noqa: ANN001
    posko = pairs.make_posko(env.db, env.koordinator, _templates, tmp_path / "posko.db", incident=env.incident)
    with posko.db.read() as s:
        own = sites.self_site(s)
        incident = s.scalar(select(Incident).where(Incident.number == env.incident))
        assert own.incident_id == incident.id
        assert s.scalar(select(Item.name).where(Item.code == "MSS")) == "Makanan siap saji"
        assert len(s.scalars(select(Volunteer)).all()) == 2 and len(s.scalars(select(Assignment)).all()) == 2
    number = env.new(posko="PSK-01", recipient_name="Ketua Posko")
    env.add(number, "BRS", 30)
    env.approve(number)
    outcome = pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    assert (outcome.pending, outcome.refused) == (0, 0) and outcome.applied >= 2  # the warehouse and the dispatch
    with posko.db.read() as s:
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        assert (d.status, d.site_id) == ("approved", own.id)
        assert s.scalar(select(Warehouse.active).where(Warehouse.code == "GDG")) is False

    def handed_over(s):  # noqa: ANN001, ANN202  (the posko's handover, recorded there)
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        d.status, d.handed_over_on = "handed_over", clock.today()
        for line in s.scalars(select(DispatchLine).where(DispatchLine.dispatch_id == d.id)):
            line.received = line.quantity
    posko.db.write(handed_over)
    env.step(dispatches.cancel_dispatch, number, "pejabat", "salah alamat")
    outcome = pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    assert outcome.refused == 1
    assert any(f"Pengiriman {number} dibatalkan di kantor (salah alamat)" in m for m in outcome.messages)
    with posko.db.read() as s:
        assert s.scalar(select(Dispatch.status).where(Dispatch.number == number)) == "handed_over"
