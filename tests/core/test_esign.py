"""`tagana sign setup|status|remove`: the office's certificate for electronic signatures, stored only when
it is a readable PKCS#12 with its key, opened with the right password and valid now; admin only."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tagana_app import clock, esign
from tagana_app.models import AppSetting, AuditLog
from tests.conftest import cli_runner
from tests.esign_certs import P12_PASSWORD, SIGNER_NAME, make_certificates


@pytest.fixture(scope="module")
def certs():  # noqa: ANN201
    return make_certificates()


@pytest.fixture
def p12(tmp_path, certs):  # noqa: ANN001, ANN201
    path = tmp_path / "kantor.p12"
    path.write_bytes(certs.p12)
    return path


@pytest.fixture
def run(db_url, users, monkeypatch, capsys):  # noqa: ANN001, ANN201
    monkeypatch.setenv("SANDI_P12", P12_PASSWORD)
    return cli_runner(db_url, monkeypatch, capsys, "admin")


def _stored(db) -> tuple[int, int]:  # noqa: ANN001
    """Whether a certificate is stored, and how many audit rows say so."""
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(AppSetting).where(AppSetting.key == esign.CERTIFICATE_KEY)),
                s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action.like("esign.%"))))


def test_setup_status_and_remove_from_the_command_line(run, db, p12, certs):
    code, out, err = run("sign", "status")
    assert (code, err) == (0, "") and "Tidak ada sertifikat" in out

    code, out, err = run("sign", "setup", "--p12", str(p12), "--password-env", "SANDI_P12")
    assert code == 0, err
    assert f"Penanda tangan: {SIGNER_NAME}\n" in out and "CN=CA Uji Tagana" in out and "01-01-2090" in out
    assert _stored(db) == (1, 1)

    code, out, _ = run("sign", "status", "--json")
    shown = json.loads(out)
    assert shown["valid_now"] is True
    assert shown["certificate"]["signer_name"] == SIGNER_NAME
    assert shown["certificate"]["issuer"] == certs.ca.subject.rfc4514_string()
    assert shown["certificate"]["valid_to"].startswith("2090-01-01")
    assert shown["certificate"]["installed_by"] == "admin"
    code, out, _ = run("sign", "status", user="pemantau")  # anyone may see which certificate signs
    assert code == 0 and "Penerbit: " in out

    # The password is not kept anywhere in the database: only a re-encrypted PKCS#12.
    with db.read() as s:
        stored = json.dumps(s.get(AppSetting, esign.CERTIFICATE_KEY).value)
    assert P12_PASSWORD not in stored

    code, out, err = run("sign", "remove")
    assert code == 1 and "--ya" in err and _stored(db) == (1, 1)
    code, out, err = run("sign", "remove", "--ya")
    assert code == 0 and "dihapus" in out and _stored(db) == (0, 2)
    code, out, _ = run("sign", "status")
    assert "Tidak ada sertifikat" in out


def test_refusals_store_nothing(run, db, p12, tmp_path, monkeypatch, clock_at):
    def refused(*argv: str, user: str = "admin") -> str:
        code, out, err = run("sign", *argv, user=user)
        assert (code, out) == (1, ""), err
        assert err.startswith("Ditolak: ") and "Traceback" not in err
        assert _stored(db) == (0, 0)
        return err

    assert "tidak berwenang" in refused("setup", "--p12", str(p12), "--password-env", "SANDI_P12", user="gudang")
    assert "'TIDAK_ADA' tidak diisi" in refused("setup", "--p12", str(p12), "--password-env", "TIDAK_ADA")
    monkeypatch.setenv("SANDI_SALAH", "bukan-sandinya")
    assert "Kata sandi sertifikat 'kantor.p12' salah" in refused("setup", "--p12", str(p12),
                                                                  "--password-env", "SANDI_SALAH")
    text = tmp_path / "surat.p12"
    text.write_text("ini bukan sertifikat", encoding="utf-8")
    assert "bukan sertifikat PKCS#12" in refused("setup", "--p12", str(text), "--password-env", "SANDI_P12")
    assert "tidak dapat dibaca" in refused("setup", "--p12", str(tmp_path / "hilang.p12"), "--password-env",
                                           "SANDI_P12")
    assert "tidak dapat dibaca" in refused("setup", "--p12", str(tmp_path), "--password-env", "SANDI_P12")

    now = clock.now()
    expired = tmp_path / "lama.p12"
    expired.write_bytes(make_certificates(not_before=now - timedelta(days=800),
                                          not_after=now - timedelta(days=1)).p12)
    assert "tidak pada saat ini" in refused("setup", "--p12", str(expired), "--password-env", "SANDI_P12")
    future = tmp_path / "baru.p12"
    future.write_bytes(make_certificates(not_before=now + timedelta(days=2)).p12)
    assert "tidak pada saat ini" in refused("setup", "--p12", str(future), "--password-env", "SANDI_P12")
    assert "tidak berwenang" in refused("remove", "--ya", user="pejabat")


def test_a_pkcs12_without_its_key_is_refused(db, users, tmp_path, certs):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    only_certs = tmp_path / "tanpa-kunci.p12"
    only_certs.write_bytes(pkcs12.serialize_key_and_certificates(
        b"x", None, certs.signer, [certs.ca], serialization.BestAvailableEncryption(P12_PASSWORD.encode())))
    with pytest.raises(esign.NoKeyInCertificate):
        db.write(lambda s: esign.setup(s, users["admin"], only_certs, P12_PASSWORD))
    assert _stored(db) == (0, 0)


def test_a_stored_certificate_that_cannot_be_read_is_said_so_and_can_be_removed(run, db, p12):
    code, _, err = run("sign", "setup", "--p12", str(p12), "--password-env", "SANDI_P12")
    assert code == 0, err

    def damage(s) -> None:  # noqa: ANN001
        row = s.get(AppSetting, esign.CERTIFICATE_KEY)
        row.value = {**row.value, "passphrase": "bukan-ini"}
    db.write(damage)
    code, out, err = run("sign", "status")
    assert (code, out) == (1, "") and "tidak dapat dibaca" in err and "tagana sign remove" in err
    with db.read() as s, pytest.raises(esign.StoredCertificateUnreadable):
        esign.sign_if_configured(s, b"%PDF-1.4")  # an original is refused, never printed unsigned
    code, out, err = run("sign", "remove", "--ya")
    assert (code, out) == (0, "Sertifikat dihapus; dokumen asli dicetak tanpa tanda tangan elektronik.\n")
    assert _stored(db) == (0, 2)
    code, out, err = run("sign", "remove", "--ya")
    assert (code, out) == (0, "Tidak ada sertifikat yang terpasang.\n") and _stored(db) == (0, 2)
