"""Who signs the papers: officials are users named in the office settings (issue 12, item 3).

Each paper prints its officials' full name, NIP and rank; a paper with a signatory missing, or one
person in two of its places, is refused with nothing written (no number taken, no file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from deployment.dispatch import documents
from deployment.dispatch import service as D
from tagana_app import accounts, settings, signatories
from tagana_app.errors import ValidationError
from tagana_app.models import DocumentNumber
from tagana_app.signatories import MissingSignatory, SignatoryNotUsable, SignsTwice
from tests.conftest import SIGNERS

from .conftest import TODAY


def _text(path: str) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _handed_over(env) -> str:  # noqa: ANN001
    number = env.new()
    env.add(number, "BRS", 50)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "gudang", received={}, when=TODAY)
    return number


def _no_files(tmp_path: Path) -> bool:
    folder = tmp_path / "dokumen"
    return not folder.exists() or not any(folder.iterdir())


def _numbers(env) -> int:  # noqa: ANN001
    with env.db.read() as s:
        return s.scalar(select(func.count()).select_from(DocumentNumber))


def _set(env, **values: str) -> None:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.REGISTRY[f"signer.{role}"]: username
                                                              for role, username in values.items()}))


def _person(role: str) -> tuple[str, str, str]:
    _user, name, nip, rank, _position = SIGNERS[role]
    return name, f"NIP. {nip}", rank


def test_each_paper_prints_the_named_users_name_nip_and_rank(env, tmp_path):
    number = _handed_over(env)
    manifest = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path / "dokumen"))
    bast = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path / "dokumen"))
    spt = env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path / "dokumen"))
    for printed, roles in ((manifest, ["pengurus_barang"]), (bast, ["pihak_pertama", "kepala_dinas"]),
                           (spt, ["kepala_dinas"])):
        text = _text(printed.path)
        for role in roles:
            for part in _person(role):
                assert part in text, (printed.doc_type, role, part)
    # the BAST's PIHAK PERTAMA block names the Kabid's position
    assert "Kepala Bidang Perlindungan dan Jaminan Sosial" in _text(bast.path)


def test_a_missing_signatory_refuses_the_paper_and_writes_nothing(env, tmp_path):
    number = _handed_over(env)
    _set(env, pengurus_barang="", pihak_pertama="")  # and no older setting names a PIHAK PERTAMA
    before = _numbers(env)
    with pytest.raises(MissingSignatory) as err:
        env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=tmp_path / "dokumen"))
    assert str(err.value).startswith("Surat Jalan tidak dapat dicetak: Pengurus barang / petugas gudang belum "
                                     "ditentukan")
    with pytest.raises(MissingSignatory) as err:
        env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path / "dokumen"))
    assert "Pejabat PIHAK PERTAMA (Kabid/Kasi) belum ditentukan" in str(err.value)
    assert _numbers(env) == before and _no_files(tmp_path)
    d = env.show(number)
    assert (d.manifest_number, d.bast_number) == (None, None)


def test_one_person_in_two_places_of_a_paper_is_refused(env, tmp_path):
    number = _handed_over(env)
    _set(env, pihak_pertama=SIGNERS["kepala_dinas"][0])  # the Kepala Dinas as PIHAK PERTAMA and "Mengetahui"
    before = _numbers(env)
    with pytest.raises(SignsTwice) as err:
        env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path / "dokumen"))
    assert f"{SIGNERS['kepala_dinas'][1]} tercatat sebagai PIHAK PERTAMA dan juga Mengetahui" in str(err.value)
    assert _numbers(env) == before and _no_files(tmp_path)


def test_a_named_user_without_a_name_or_inactive_is_refused_never_printed_as_a_login(env, tmp_path):
    env.db.write(lambda s: accounts.update_user(s, env.admin, "pejabat", full_name=""))
    with pytest.raises(SignatoryNotUsable) as err:
        env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path / "dokumen"))
    assert "pengguna 'pejabat', yang ditunjuk sebagai Kepala Dinas" in str(err.value)
    assert _no_files(tmp_path)
    # and the settings refuse to name such a user anew, or one who does not exist
    _set(env, kepala_dinas="")
    for username in ("pejabat", "tidakada"):
        with pytest.raises(ValidationError):
            _set(env, kepala_dinas=username)


def test_databases_from_before_keep_printing_with_the_older_settings(env, tmp_path):
    """No user named: the head of office and the BAST official of the older settings sign."""
    _set(env, kepala_dinas="", pihak_pertama="")
    env.db.write(lambda s: settings.set_office(s, env.admin, {
        settings.HEAD_NAME: "Ir. Lama Contoh", settings.HEAD_NIP: "196801011990031001",
        settings.HEAD_RANK: "Pembina Tingkat I (IV/b)", settings.BAST_OFFICIAL_NAME: "Kabid Lama Contoh",
        settings.BAST_OFFICIAL_NIP: "197202021998031002"}))
    with env.db.read() as s:
        assert signatories.find(s, signatories.KEPALA_DINAS).name == "Ir. Lama Contoh"
    number = _handed_over(env)
    bast = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path / "dokumen"))
    text = _text(bast.path)
    for part in ("Ir. Lama Contoh", "NIP. 196801011990031001", "Pembina Tingkat I (IV/b)", "Kabid Lama Contoh",
                 "197202021998031002"):
        assert part in text, part
