"""With the office's certificate stored, the original of a paper (here a Berita Acara Penghapusan) is a
PAdES-signed PDF that validates against the issuing CA; a SALINAN is not signed; without a certificate
nothing is signed; a stored certificate no longer valid refuses the original rather than print it unsigned."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from inventory import stock, writeoff_papers, writeoffs
from inventory.stock import IssueLine, ReceiveLine
from tagana_app import clock, esign, numbering, settings
from tests.esign_certs import P12_PASSWORD, SIGNER_NAME, make_certificates, signatures, validate


@pytest.fixture(scope="module")
def certs():  # noqa: ANN201
    return make_certificates()


def _approved_writeoff(env) -> str:  # noqa: ANN001
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 50)], source="kemensos"))
    info = env.db.write(lambda s: writeoffs.request_writeoff(s, env.gudang, "GDG", [IssueLine("BRS", 5)],
                                                             reason_kind="rusak", reason="basah terendam banjir"))
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.HEAD_NAME: "Dra. Wulan Contoh, M.Si."}))
    env.db.write(lambda s: writeoffs.approve_writeoff(
        s, env.pejabat, info.number, decree=writeoffs.Decree("900/12/BT/2026", clock.today(), "Bupati Bengkulu Tengah"),
        method="dimusnahkan"))
    return info.number


def _print(env, number, tmp_path, name):  # noqa: ANN001, ANN202
    out = tmp_path / name
    printed = env.db.write(lambda s: writeoff_papers.print_writeoff(s, env.gudang, number, out=out,
                                                                    directory=tmp_path / "dokumen"))
    return printed, out.read_bytes()


def _install(env, tmp_path, certs) -> None:  # noqa: ANN001
    path = tmp_path / "kantor.p12"
    path.write_bytes(certs.p12)
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.SIGNING_CITY: "Karang Tinggi"}))
    env.db.write(lambda s: esign.setup(s, env.users["admin"], path, P12_PASSWORD))


def test_the_original_is_signed_and_validates_and_the_salinan_is_not(env, tmp_path, certs):
    _install(env, tmp_path, certs)
    number = _approved_writeoff(env)
    original, data = _print(env, number, tmp_path, "asli.pdf")
    assert original.copy_no == 0

    status = validate(data, certs.ca)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"  # the signature covers the whole file as written
    assert status.signing_cert.subject.native["common_name"] == SIGNER_NAME
    sig = signatures(data)[0]
    assert sig.sig_object["/Reason"] == esign.REASON and sig.sig_object["/Location"] == "Karang Tinggi"
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES, not the older PKCS#7 form
    # The paper is still the paper: its text reads back, and the kept copy is the signed one.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    assert number in text and "basah terendam banjir" in text
    assert (tmp_path / "dokumen" / "berita-acara-penghapusan_"
            f"{number.replace('/', '-')}_asli.pdf").read_bytes() == data

    copy, copy_data = _print(env, number, tmp_path, "salinan.pdf")
    assert copy.copy_no == 1 and signatures(copy_data) == []
    assert "SALINAN" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(copy_data)).pages)

    # A signed original changed afterwards no longer validates (the reader's check, not only ours).
    tampered = data.replace(b"/Producer", b"/Producex", 1)
    assert tampered != data
    assert not validate(tampered, certs.ca).intact


def test_without_a_certificate_nothing_is_signed(env, tmp_path):
    number = _approved_writeoff(env)
    _printed, data = _print(env, number, tmp_path, "asli.pdf")
    assert signatures(data) == [] and b"/ByteRange" not in data


def test_a_certificate_that_has_expired_since_refuses_the_original(env, tmp_path, clock_at):
    now = clock.now()
    short = make_certificates(not_before=now - timedelta(days=300), not_after=now + timedelta(days=30))
    _install(env, tmp_path, short)
    number = _approved_writeoff(env)
    clock_at.set(now + timedelta(days=31))
    with pytest.raises(esign.StoredCertificateExpired, match="tagana sign remove"):
        _print(env, number, tmp_path, "asli.pdf")
    assert not (tmp_path / "asli.pdf").exists() and not (tmp_path / "dokumen").exists()
    with env.db.read() as s:
        assert numbering.get_number(s, number).print_count == 0  # nothing recorded: the original is still to come
