"""Buffer stock leaves a lumbung sosial only under a declared emergency or a pejabat's written permission,
which the Surat Jalan prints (read back with pypdf)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from deployment import emergency
from deployment.dispatch import documents, release
from deployment.dispatch import service as D
from inventory import catalog, stock
from inventory.stock import ReceiveLine
from tagana_app.errors import OwnWorkRefused, PermissionDenied, ValidationError
from tests.conftest import SIGNERS

from .conftest import TODAY, snapshot

PEJABAT = SIGNERS["kepala_dinas"][1]  # the pejabat user's full name


@pytest.fixture
def lumbung(env):  # noqa: ANN001, ANN201
    """A lumbung sosial (needs a declared emergency by default) holding 100 family kits."""
    def goods(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, env.gudang, "LS1", "Lumbung Sosial Karang Tinggi", "17.09.01", kind="lumbung")
        stock.receive_goods(s, env.gudang, "LS1", [ReceiveLine("FK", 100)], source="kemensos")
    env.db.write(goods)
    return env


def _submitted(env, **extra) -> str:  # noqa: ANN001, ANN003
    number = env.new(warehouse="LS1", **extra)
    env.add(number, "FK", 10)
    env.step(D.submit_dispatch, number, "koordinator")
    return number


def _declare(env, start, end) -> None:  # noqa: ANN001
    env.db.write(lambda s: emergency.set_status(s, env.koordinator, env.incident, "tanggap_darurat",
                                                "360/12/SK/2026", min(start, TODAY), "Bupati Bengkulu Tengah",
                                                start, end))


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_lumbung_needs_a_decree_and_other_warehouses_follow_the_setting(lumbung):
    with lumbung.db.read() as s:
        assert catalog.get_warehouse(s, "LS1").needs_emergency
        assert not catalog.get_warehouse(s, "GDG").needs_emergency


def test_without_a_decree_approving_and_sending_are_refused_and_nothing_changes(lumbung):
    number = _submitted(lumbung)
    before = snapshot(lumbung.db)
    with pytest.raises(release.ReleaseNeedsEmergency) as refused:
        lumbung.step(D.approve_dispatch, number, "pejabat")
    message = str(refused.value)
    for part in ("Lumbung Sosial Karang Tinggi (LS1)", lumbung.incident, "Banjir uji Pondok Kelapa",
                 "berstatus tanggap darurat tanpa SK penetapan status darurat", str(TODAY)):
        assert part in message, part
    assert snapshot(lumbung.db) == before
    # Declared while approving, lapsed by the day the goods leave: sending is refused too.
    _declare(lumbung, TODAY - timedelta(days=3), TODAY)
    lumbung.step(D.approve_dispatch, number, "pejabat")
    with pytest.raises(release.ReleaseNeedsEmergency, match="berakhir .* dan belum diperpanjang"):
        lumbung.step(D.send_dispatch, number, "gudang", when=TODAY + timedelta(days=1))
    assert lumbung.show(number).status == "approved"


def test_a_decree_not_covering_the_send_date_is_refused_until_extended(lumbung):
    _declare(lumbung, TODAY - timedelta(days=14), TODAY - timedelta(days=1))
    number = _submitted(lumbung)
    with pytest.raises(release.ReleaseNeedsEmergency, match=f"berakhir {TODAY - timedelta(days=1)}"):
        lumbung.step(D.approve_dispatch, number, "pejabat")
    lumbung.db.write(lambda s: emergency.extend_status(s, lumbung.koordinator, lumbung.incident,
                                                       TODAY + timedelta(days=7), "360/15/SK/2026", TODAY))
    lumbung.step(D.approve_dispatch, number, "pejabat")
    assert lumbung.step(D.send_dispatch, number, "gudang").status == "sent"


def test_a_decree_starting_later_does_not_count(lumbung):
    number = _submitted(lumbung)
    _declare(lumbung, TODAY + timedelta(days=2), TODAY + timedelta(days=9))
    with pytest.raises(release.ReleaseNeedsEmergency, match="baru berlaku mulai"):
        lumbung.step(D.approve_dispatch, number, "pejabat")


def test_with_a_pejabats_override_the_goods_go_and_the_surat_jalan_prints_the_reason(lumbung, tmp_path):
    number = _submitted(lumbung)
    reason = "SK bupati sedang ditandatangani; pengungsi 120 jiwa belum menerima family kit"
    record = lumbung.step(release.override_release, number, "pejabat", reason)
    assert (record.release_override, record.release_override_by) == (reason, "pejabat")
    lumbung.step(D.approve_dispatch, number, "pejabat")
    assert lumbung.step(D.send_dispatch, number, "gudang").status == "sent"
    printed = lumbung.db.write(lambda s: documents.print_manifest(s, lumbung.gudang, number, directory=tmp_path))
    text = _text(printed.path)
    assert f"Dikeluarkan tanpa penetapan status darurat atas persetujuan {PEJABAT}: {reason}" in text
    assert documents.manifest_content(lumbung.show(number))["tanpa_status_darurat"] == {
        "disetujui": "pejabat", "alasan": reason}


def test_a_paper_without_an_override_gains_no_key(lumbung):
    number = lumbung.new()
    lumbung.add(number, "MSS", 2)
    assert "tanpa_status_darurat" not in documents.manifest_content(lumbung.show(number))


def test_who_may_give_the_override(lumbung):
    number = _submitted(lumbung)
    with pytest.raises(PermissionDenied, match="yang berwenang: pejabat"):
        lumbung.step(release.override_release, number, "koordinator", "mendesak")
    with pytest.raises(ValidationError, match="Alasan izin"):
        lumbung.step(release.override_release, number, "pejabat", "  ")
    own = lumbung.new(lumbung.pejabat, warehouse="LS1")  # the pejabat prepared this one himself
    with pytest.raises(OwnWorkRefused):
        lumbung.step(release.override_release, own, "pejabat", "mendesak")
    other = lumbung.new()  # from GDG, which needs no declaration
    with pytest.raises(release.ReleaseNotNeeded, match="tidak memerlukan izin"):
        lumbung.step(release.override_release, other, "pejabat", "mendesak")
    assert lumbung.show(number).release_override == ""


def test_the_command_line_gives_the_override(lumbung, db_url, monkeypatch, capsys):
    from tests.conftest import cli_runner

    run = cli_runner(db_url, monkeypatch, capsys, "pejabat")
    number = _submitted(lumbung)
    code, _out, err = run("dispatch", "override-release", number, "--reason", "mendesak", user="koordinator")
    assert code == 1 and "tidak berwenang" in err
    code, out, _err = run("--json", "dispatch", "override-release", number, "--reason", "pengungsi menunggu")
    assert code == 0 and '"release_override": "pengungsi menunggu"' in out
    assert run("dispatch", "override-release", number)[0] == 2  # --reason is required
