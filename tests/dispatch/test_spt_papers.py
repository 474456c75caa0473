"""The SPT read back with pypdf: the emergency decree in its Dasar, an SPT for volunteers added later
that lists only them and names the first SPT, and a long list on a signed Lampiran (A4 and F4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from deployment import assignments, incidents
from deployment import volunteers as vs
from deployment.dispatch import documents
from tagana_app import settings
from tests.conftest import SIGNERS

from .conftest import KEC, TODAY, _nik
from .test_documents import PROFILE

DECREE = {"sk_number": "360/45/BPBD/2026", "sk_date": date(2026, 11, 20), "sk_issuer": "Bupati Bengkulu Tengah"}


def _pages(path: str) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _spt(env, tmp_path):  # noqa: ANN001, ANN202
    return env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=tmp_path))


def test_the_decree_is_in_the_dasar(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident, **DECREE))
    text = " ".join(_pages(_spt(env, tmp_path).path))
    assert ("Keputusan Bupati Bengkulu Tengah Nomor 360/45/BPBD/2026 tanggal 20 November 2026 tentang Status "
            "Tanggap Darurat") in text
    with env.db.read() as s:
        record = incidents.get_incident(s, env.incident)
    assert (record.sk_number, record.sk_date, record.sk_issuer) == tuple(DECREE.values())


LONG_OFFICE = ("DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA "
               "BERENCANA")


def test_a_volunteer_added_later_gets_an_spt_of_their_own_naming_the_first(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, {**PROFILE, settings.OFFICE_NAME: LONG_OFFICE}))
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident, **DECREE))
    first = _spt(env, tmp_path)
    env.db.write(lambda s: assignments.assign_volunteer(s, env.koordinator, env.outsider, env.incident, "dapur_umum",
                                                        TODAY, TODAY + timedelta(days=5)))
    added = _spt(env, tmp_path)
    assert added.number != first.number and added.copy_no == 0
    text = " ".join(_pages(added.path))
    assert "Relawan Uji 3" in text
    assert "Relawan Uji 1" not in text and "Relawan Uji 2" not in text  # not ordered a second time
    assert f"Menambah Surat Perintah Tugas Nomor {first.number}" in text
    assert f"Surat Perintah Tugas Nomor {first.number} tanggal" in text  # in the Dasar too
    # "Kepada" never ends a page without the people it orders
    page = next(p for p in _pages(added.path) if "Menambah Surat Perintah Tugas" in p)
    assert "Relawan Uji 3" in page
    # Nobody new: printing again is a copy of the latest SPT, not a third one.
    again = _spt(env, tmp_path)
    assert again.number == added.number and again.copy_no == 1
    with env.db.read() as s:
        listed = documents.list_documents(s, doc_type="spt")
    assert {d.number for d in listed} == {first.number, added.number}
    assert any(f"menambah SPT {first.number}" in d.title for d in listed)


def _crowd(env, people: int) -> None:  # noqa: ANN001
    for serial in range(10, 10 + people):
        data = vs.VolunteerInput(nik=_nik(serial), full_name=f"Muhammad Rizky Pratama Wijayakusuma Ke-{serial}",
                                 region_code=KEC, sex="L", birth_date=date(1995, 3, 14), niat=f"TGN-17-09-{serial:05d}")
        v = env.db.write(lambda s, d=data: vs.add_volunteer(s, env.koordinator, d))
        env.db.write(lambda s, nik=v.nik: assignments.assign_volunteer(
            s, env.koordinator, nik, env.incident, "evakuasi", TODAY, TODAY + timedelta(days=13)))


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_long_list_goes_to_a_signed_lampiran(env, tmp_path, paper):
    env.db.write(lambda s: settings.set_office(s, env.admin, {**PROFILE, settings.PAPER_SIZE: paper}))
    _crowd(env, 38)  # with the two already on duty: 40 people
    printed = _spt(env, tmp_path)
    pages = _pages(printed.path)
    head = SIGNERS["kepala_dinas"][1]
    order_page = next(i for i, p in enumerate(pages) if head in p)
    # The order is signed with its own text on the page: the list is on the Lampiran.
    assert "sebagaimana tercantum dalam Lampiran Surat Perintah Tugas ini" in " ".join(pages[:order_page + 1])
    assert "Melaksanakan perintah ini dengan penuh tanggung jawab." in pages[order_page]
    assert not any("Wijayakusuma" in p for p in pages[:order_page + 1])
    lampiran = next(i for i, p in enumerate(pages) if "DAFTAR RELAWAN TAGANA YANG DIPERINTAHKAN" in p)
    assert lampiran > order_page
    assert "Lampiran" in pages[lampiran] and f"Nomor : {printed.number}" in pages[lampiran]
    listed = " ".join(pages[lampiran:])
    assert listed.count("Wijayakusuma") == 38 and "Relawan Uji 1" in listed
    # The Lampiran's last page holds its own signature with at least one of its rows.
    last = pages[-1]
    assert head in last and "NIP. 197001012000032001" in last and "Wijayakusuma" in last
    assert "40 " in last  # the 40th row


def test_ten_people_stay_in_the_body(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    _crowd(env, 8)
    pages = _pages(_spt(env, tmp_path).path)
    assert not any("DAFTAR RELAWAN TAGANA YANG DIPERINTAHKAN" in p for p in pages)
    assert " ".join(pages).count("Wijayakusuma") == 8


def test_the_orders_signature_stays_with_the_orders_under_a_tall_letterhead(env, tmp_path):
    env.db.write(lambda s: settings.set_office(s, env.admin, {**PROFILE, settings.OFFICE_NAME: LONG_OFFICE}))
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident, **DECREE))
    _crowd(env, 10)  # twelve people: a Lampiran
    pages = _pages(_spt(env, tmp_path).path)
    signed = [p for p in pages if "NIP. 197001012000032001" in p]
    assert len(signed) == 2
    assert "Melaksanakan perintah ini dengan penuh tanggung jawab." in signed[0] and "Pada tanggal" in signed[0]
