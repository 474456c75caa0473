"""Personal data of volunteers: NIK and phone masked for the roles that do not need them (pemantau, gudang),
whole for admin, koordinator and pejabat; the export of the roster is for admin and koordinator, audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from deployment import personal_data
from deployment import volunteers as vs
from tagana_app.errors import PermissionDenied
from tagana_app.models import AuditLog
from tests.conftest import cli_runner

NIK = "1709011403950001"
PHONE = "+6281234567001"


@pytest.fixture
def volunteer(db, users):  # noqa: ANN001, ANN201
    data = vs.VolunteerInput(nik=NIK, full_name="Andi Saputra", sex="L", niat="TGN-1", phone="081234567001",
                             emergency_contact="Ibu Andi", emergency_phone="081234567002")
    return db.write(lambda s: vs.add_volunteer(s, users["koordinator"], data))


def test_the_nik_and_phone_are_masked_for_pemantau_and_gudang(db, users, volunteer):
    for role in ("pemantau", "gudang"):
        with db.read() as s:
            row = personal_data.volunteer_page(s, users[role]).rows[0]
            record = personal_data.volunteer_record(s, users[role], "TGN-1")
        assert row.nik == record.nik == "1709**********01" and NIK not in repr(row) + repr(record)
        assert row.phone == record.phone == "+6281*******01" and PHONE not in repr(record)
        assert record.emergency_phone == "+6281*******02" and record.full_name == "Andi Saputra"
    for role in ("admin", "koordinator", "pejabat"):
        with db.read() as s:
            row = personal_data.volunteer_page(s, users[role]).rows[0]
            record = personal_data.volunteer_record(s, users[role], NIK)
        assert (row.nik, row.phone, record.nik, record.emergency_phone) == (NIK, PHONE, NIK, "+6281234567002")


def test_the_export_is_for_admin_and_koordinator_and_audited(db, users, volunteer, tmp_path):
    for role in ("pemantau", "gudang", "pejabat"):
        with pytest.raises(PermissionDenied, match="yang berwenang: koordinator atau admin"):
            db.write(lambda s, r=role: personal_data.export_volunteers(s, users[r], tmp_path / f"{r}.xlsx"))
        assert not (tmp_path / f"{role}.xlsx").exists()
    flt = vs.VolunteerFilter(text="andi")
    assert db.write(lambda s: personal_data.export_volunteers(s, users["koordinator"], tmp_path / "r.xlsx", flt)) == 1
    with db.read() as s:
        rows = [(r.username, r.entity_id, r.changes["jumlah"], r.changes["filter"])
                for r in s.scalars(select(AuditLog).where(AuditLog.action == "volunteer.export"))]
    assert rows == [("koordinator", "r.xlsx", 1, {"text": "andi"})]


@pytest.fixture
def run(db_url, monkeypatch, capsys):  # noqa: ANN001, ANN201
    return cli_runner(db_url, monkeypatch, capsys, "pemantau")


def test_the_command_line_masks_for_pemantau_and_refuses_his_export(db, users, volunteer, run, tmp_path):
    code, out, _ = run("volunteer", "list")
    assert code == 0 and "1709**********01" in out and NIK not in out and PHONE not in out
    code, out, _ = run("volunteer", "show", "TGN-1", "--json")
    assert code == 0 and json.loads(out)["volunteer"]["nik"] == "1709**********01" and NIK not in out
    code, out, _ = run("volunteer", "list", "--json", user="koordinator")
    assert code == 0 and json.loads(out)[0]["nik"] == NIK
    code, _, err = run("volunteer", "export", str(tmp_path / "x.xlsx"))
    assert code == 1 and "tidak berwenang untuk mengekspor data pribadi relawan" in err
    assert not (tmp_path / "x.xlsx").exists()
    code, out, _ = run("volunteer", "export", str(tmp_path / "y.xlsx"), user="admin")
    assert code == 0 and "1 relawan" in out
    with db.read() as s:
        assert s.scalars(select(AuditLog.username).where(AuditLog.action == "volunteer.export")).all() == ["admin"]
