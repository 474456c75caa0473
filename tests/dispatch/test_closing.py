"""Closing means closed: an incident or a dispatch closes only when nothing is left open, or by a
pejabat's override that keeps the list of what stayed open."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from deployment import assignments, closing, incidents, requests
from deployment.dispatch import service as D
from deployment.dispatch.models import Dispatch
from deployment.models import Assignment, Incident
from tagana_app import clock
from tagana_app.errors import OwnWorkRefused, PermissionDenied
from tagana_app.models import AuditLog
from tests.conftest import cli_runner

from .conftest import KEC, TODAY, snapshot


def _refused(env, exc, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    before = snapshot(env.db)
    with pytest.raises(exc) as caught:
        env.db.write(lambda s: fn(s, *args, **kwargs))
    assert snapshot(env.db) == before, "a refused close changed the database"
    return caught.value


def _handed_over(env, *lines: tuple[str, int]) -> str:  # noqa: ANN001
    number = env.new()
    for item, qty in lines:
        env.add(number, item, qty)
    env.step(D.add_escort, number, "koordinator", env.crew[0])
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "gudang")
    return number


def _request(env) -> str:  # noqa: ANN001
    data = requests.RequestInput(incident=env.incident, requester_kind="desa", region_code="17.09.03.2018",
                                 requester_name="Kepala Desa Contoh", letter_number="140/12/DS/2026",
                                 letter_date=TODAY, lines=[requests.RequestLineInput("beras", 100)])
    return env.db.write(lambda s: requests.add_request(s, env.koordinator, data)).number


def _incident(env) -> Incident:  # noqa: ANN001
    with env.db.read() as s:
        found = incidents.find(s, env.incident)
        s.expunge(found)
        return found


def test_an_incident_with_open_things_is_refused_with_the_list(env):
    sent = _handed_over(env, ("GEN", 1), ("MSS", 5))
    draft = env.new()
    asked = _request(env)
    err = _refused(env, closing.StillOpen, incidents.close_incident, env.koordinator, env.incident)
    text = str(err)
    assert text.startswith(f"Kejadian {env.incident} belum dapat ditutup; masih terbuka: ")
    assert "relawan Relawan Uji 1 (logistik)" in text and "relawan Relawan Uji 2" in text
    assert f"peralatan Genset 2000 W 1 unit dari pengiriman {sent} belum kembali" in text
    assert f"pengiriman {draft} (Konsep)" in text and f"pengiriman {sent} (Diserahterimakan)" in text
    assert f"permintaan {asked} dari Kepala Desa Contoh (diterima)" in text
    assert "Makanan" not in text  # consumables handed over are gone, not out
    # The status dialog's path (update_incident) refuses the same way.
    _refused(env, closing.StillOpen, incidents.update_incident, env.koordinator, env.incident, status="selesai")
    assert _incident(env).status != "selesai"


def test_only_a_pejabat_overrides_and_the_list_is_kept(env):
    sent = _handed_over(env, ("GEN", 1))
    _refused(env, PermissionDenied, incidents.close_incident, env.koordinator, env.incident, override="sudah aman")
    record = env.db.write(lambda s: incidents.close_incident(s, env.pejabat, env.incident,
                                                           override="  tanggap darurat dicabut  SK Bupati "))
    assert record.status == "selesai"
    note = _incident(env).close_note
    assert note.startswith("Ditutup dengan pengecualian oleh pejabat: tanggap darurat dicabut SK Bupati\n")
    assert "- relawan Relawan Uji 1" in note and f"- pengiriman {sent} (Diserahterimakan)" in note
    with env.db.read() as s:
        kept = s.scalars(select(AuditLog.changes).where(AuditLog.entity_id == env.incident,
                                                        AuditLog.action == "incident.update")).all()[-1]
    assert any("Genset 2000 W" in line for line in kept["pengecualian_penutupan"]["masih_terbuka"])


def test_an_incident_with_nothing_open_closes_without_a_note(env):
    k = env.koordinator
    quiet = env.db.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir kecil", region_codes=[KEC], started_at=TODAY - timedelta(days=30)))
    # A volunteer whose duty ended weeks ago is not on duty.
    env.db.write(lambda s: assignments.assign_volunteer(s, k, env.outsider, quiet.number, "logistik",
                                                        TODAY - timedelta(days=20), TODAY - timedelta(days=19)))
    with env.db.read() as s:
        assert closing.incident_open(s, quiet.id) == []
    closed = env.db.write(lambda s: incidents.close_incident(s, k, quiet.number))
    assert closed.status == "selesai"
    with env.db.read() as s:
        assert incidents.find(s, quiet.number).close_note == ""


def test_a_checked_out_or_voided_volunteer_is_not_on_duty(env):
    with env.db.read() as s:
        duty = assignments.list_assignments(s, incident=env.incident)
    first, second = duty[0], duty[1]
    env.db.write(lambda s: assignments.check_in(s, env.koordinator, first.id, clock.now() - timedelta(hours=3)))
    env.db.write(lambda s: assignments.check_out(s, env.koordinator, first.id, clock.now() - timedelta(hours=1)))
    with env.db.read() as s:
        open_now = closing.incident_open(s, incidents.find(s, env.incident).id)
    assert [t.key for t in open_now] == [second.nik]

    def void(s):  # noqa: ANN001, ANN202 - part 5 voids through a service; the column is what counts here
        s.get(Assignment, second.id).voided_at = clock.now()
    env.db.write(void)
    with env.db.read() as s:
        assert closing.incident_open(s, incidents.find(s, env.incident).id) == []


def test_a_dispatch_closes_once_equipment_is_back_and_escorts_are_out_of_the_field(env):
    number = _handed_over(env, ("GEN", 1), ("VEL", 2), ("MSS", 3))
    with env.db.read() as s:
        escort = next(a for a in assignments.list_assignments(s, incident=env.incident) if a.nik == env.crew[0])
    env.db.write(lambda s: assignments.check_in(s, env.koordinator, escort.id, clock.now() - timedelta(hours=2)))
    err = _refused(env, closing.StillOpen, D.close_dispatch, env.koordinator, number)
    text = str(err)
    assert f"Pengiriman {number} belum dapat ditutup" in text
    assert "Genset 2000 W 1 unit" in text and "Velbed 2 unit" in text and "pendamping Relawan Uji 1" in text
    serial = env.show(number).lines[0].picks[0].serial
    env.step(D.return_goods, number, "gudang", "GEN", 1, serials=[serial])
    env.step(D.return_goods, number, "gudang", "VEL", 2)
    err = _refused(env, closing.StillOpen, D.close_dispatch, env.koordinator, number)
    assert "Genset" not in str(err) and "pendamping Relawan Uji 1" in str(err)
    env.db.write(lambda s: assignments.check_out(s, env.koordinator, escort.id, clock.now()))
    closed = env.step(D.close_dispatch, number, "koordinator")
    assert closed.status == "closed" and closed.close_note == ""


def test_a_dispatch_override_by_a_pejabat_not_its_creator(env):
    number = _handed_over(env, ("GEN", 1))
    _refused(env, PermissionDenied, D.close_dispatch, env.koordinator, number, override="dipinjam desa")
    mine = env.new(env.pejabat)
    env.add(mine, "VEL", 1, actor=env.pejabat)
    env.step(D.submit_dispatch, mine, "pejabat")
    env.step(D.approve_dispatch, mine, "admin")
    env.step(D.send_dispatch, mine, "gudang")
    env.step(D.handover_dispatch, mine, "gudang")
    _refused(env, OwnWorkRefused, D.close_dispatch, env.pejabat, mine, override="dipinjam desa")
    closed = env.step(D.close_dispatch, number, "pejabat", override="genset dipinjam desa sampai pemulihan")
    assert closed.status == "closed"
    assert closed.close_note.splitlines() == [
        "Ditutup dengan pengecualian oleh pejabat: genset dipinjam desa sampai pemulihan",
        "Masih terbuka saat ditutup:", f"- peralatan Genset 2000 W 1 unit dari pengiriman {number} belum kembali"]
    with env.db.read() as s:
        assert s.scalar(select(Dispatch.close_note).where(Dispatch.number == number)) == closed.close_note
        details = s.scalars(select(AuditLog.changes).where(AuditLog.entity_id == number,
                                                           AuditLog.action == "dispatch.close")).one()
    assert "genset dipinjam desa" in str(details)


@pytest.fixture
def run(env, db_url, monkeypatch, capsys, tmp_path):  # noqa: ANN001, ANN201
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    return cli_runner(db_url, monkeypatch, capsys, "koordinator")


def test_close_on_the_command_line(run, env):
    number = _handed_over(env, ("GEN", 1))
    code, _, err = run("dispatch", "close", number)
    assert code == 1 and "Genset 2000 W" in err and env.show(number).status == "handed_over"
    code, out, err = run("dispatch", "close", number, "--override", "dipinjam desa", "--json", user="pejabat")
    assert code == 0, err
    assert json.loads(out)["close_note"].startswith("Ditutup dengan pengecualian oleh pejabat: dipinjam desa")
    code, _, err = run("incident", "close", env.incident)
    assert code == 1 and "relawan Relawan Uji 1" in err and _incident(env).status != "selesai"
    code, out, err = run("incident", "close", env.incident, "--override", "status dicabut", user="pejabat")
    assert code == 0, err
    assert "Kejadian ditutup" in out and "- relawan Relawan Uji 1" in out
    code, _, _ = run("incident", "close")
    assert code == 2
