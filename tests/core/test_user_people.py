"""Users as people who sign: full name, NIP (checked), rank and position; `tagana user update`."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tagana_app import accounts
from tagana_app.errors import PermissionDenied
from tagana_app.models import AuditLog, User
from tagana_app.nip import InvalidNip, check_nip
from tests.conftest import cli_runner

NIP = "198003152005011002"


def test_nip_is_read_part_by_part():
    assert check_nip("19800315 200501 1 002") == NIP
    assert check_nip("  ") == ""
    for bad, why in (("19800315200501100X", "angka"), ("1980031520050110", "18 digit"),
                     ("198002302005011002", "tanggal lahir"), ("198003152005131002", "pengangkatan"),
                     ("198003151975011002", "pengangkatan"), ("198003152005013002", "jenis kelamin")):
        with pytest.raises(InvalidNip) as err:
            check_nip(bad)
        assert why in str(err.value) and "NIP" in str(err.value), bad


def _stored(db, username: str) -> tuple[str, str, str, str]:
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        return user.full_name, user.nip, user.rank, user.position


def test_admin_records_who_a_user_is_and_it_is_audited(db, users):
    info = db.write(lambda s: accounts.update_user(s, users["admin"], "pejabat", full_name="Drs. Hendra Saputra",
                                                   nip="19800315 200501 1 002", rank="Penata Tingkat I (III/d)",
                                                   position="Kepala Bidang Perlindungan dan Jaminan Sosial"))
    assert (info.nip, info.rank) == (NIP, "Penata Tingkat I (III/d)")
    assert _stored(db, "pejabat") == ("Drs. Hendra Saputra", NIP, "Penata Tingkat I (III/d)",
                                      "Kepala Bidang Perlindungan dan Jaminan Sosial")
    db.write(lambda s: accounts.update_user(s, users["admin"], "pejabat", rank="Pembina (IV/a)"))
    assert _stored(db, "pejabat")[1:3] == (NIP, "Pembina (IV/a)")  # the other fields are kept
    with db.read() as s:
        changes = s.scalars(select(AuditLog.changes).where(AuditLog.action == "user.update")
                            .order_by(AuditLog.id)).all()
    assert changes[-1] == {"rank": {"lama": "Penata Tingkat I (III/d)", "baru": "Pembina (IV/a)"}}


def test_bad_nip_or_non_admin_changes_nothing(db, users):
    with pytest.raises(InvalidNip):
        db.write(lambda s: accounts.update_user(s, users["admin"], "pejabat", full_name="Nama Baru",
                                                nip="19800315200501300"))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: accounts.update_user(s, users["gudang"], "gudang", nip=NIP))
    assert _stored(db, "pejabat") == ("Pejabat", "", "", "")
    assert _stored(db, "gudang") == ("Gudang", "", "", "")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "user.update")) == 0


@pytest.fixture
def run(db_url, monkeypatch, capsys, users):
    return cli_runner(db_url, monkeypatch, capsys, "admin")


def test_user_update_command(db, run):
    code, out, err = run("user", "update", "gudang", "--full-name", "Siti Aminah, S.E.", "--nip", NIP,
                         "--rank", "Penata Muda (III/a)", "--position", "Pengurus Barang")
    assert code == 0, err
    assert "Siti Aminah, S.E." in out and NIP in out
    assert _stored(db, "gudang") == ("Siti Aminah, S.E.", NIP, "Penata Muda (III/a)", "Pengurus Barang")
    code, out, err = run("user", "list")
    assert NIP in out and "Pengurus Barang" in out
    code, out, err = run("user", "list", user="pemantau")  # the NIPs are for the admins
    assert code == 0 and NIP not in out and "Pengurus Barang" in out


@pytest.mark.parametrize(("argv", "said"), [
    (("user", "update", "gudang", "--nip", "12345", "--rank", "Penata (III/c)"), "NIP '12345' tidak valid: harus 18 digit"),
    (("user", "update", "gudang", "--nip", "198003152005019002"), "(jenis kelamin) harus 1 atau 2"),
    (("user", "update", "tidakada", "--rank", "Penata (III/c)"), "Pengguna 'tidakada' tidak ditemukan"),
    (("user", "update", "gudang", "--nip", "197001012000032001"), "NIP '197001012000032001' sudah ada"),
    (("user", "update", "gudang", "--position", "Jabatan\x07"), "Jabatan"),
])
def test_user_update_refusals(db, run, argv, said):
    run("user", "update", "pejabat", "--nip", "197001012000032001")  # the head's NIP, taken
    code, out, err = run(*argv)
    assert code == 1
    assert said in " ".join(err.split()) and "Traceback" not in err
    assert _stored(db, "gudang") == ("Gudang", "", "", "")


def test_only_an_admin_updates_users(db, run):
    code, _out, err = run("user", "update", "gudang", "--nip", NIP, user="gudang")
    assert code == 1 and "tidak berwenang" in err
    assert _stored(db, "gudang") == ("Gudang", "", "", "")
