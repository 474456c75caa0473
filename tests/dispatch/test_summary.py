"""The WhatsApp summary of an incident and of the office's day (deployment.reports.summary) and its commands."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from deployment import assignments, incidents
from deployment import requests as rq
from deployment.dispatch import service as dispatches
from deployment.models import Assignment, IncidentStatusEntry
from deployment.reports import summary
from inventory.models import Item
from tagana_app import clock, regions
from tests.conftest import cli_runner

from .conftest import KEC, TODAY

DESA = "17.09.03.2001"


def _request(env, received: date, letter: str, lines=(("BRS", 200),)) -> str:  # noqa: ANN001
    data = rq.RequestInput(env.incident, "kecamatan", KEC, "Camat Pondok Kelapa", letter, received,
                           lines=[rq.RequestLineInput(w, q) for w, q in lines], received_on=received)
    return env.db.write(lambda s: rq.add_request(s, env.koordinator, data)).number


@pytest.fixture
def prepared(env):  # noqa: ANN001, ANN201
    """The dispatch world, with: a decree and its extension, a second figures report, an old request
    (overdue) and one of today, a dispatch handed over with 90 of 100 kg of rice counted, a genset
    still on site, one volunteer checked in."""
    def decree(s) -> None:  # noqa: ANN001
        inc = incidents.find(s, env.incident)
        inc.posko_location = "Kantor Camat Pondok Kelapa"
        s.execute(update(Item).where(Item.code == "BRS").values(need_category="beras"))  # rice counts as rice
        # The incident's own columns are the latest entry's (part 4's services keep them in step).
        inc.sk_number, inc.status_from, inc.status_to = "360/117/2026", TODAY - timedelta(days=2), TODAY + timedelta(days=12)
        s.add_all([IncidentStatusEntry(incident_id=inc.id, kind="status", status="tanggap_darurat",
                                       decree_number="360/101/2026", decree_date=TODAY - timedelta(days=2),
                                       issuer="Bupati Bengkulu Tengah", valid_from=TODAY - timedelta(days=2),
                                       valid_to=TODAY + timedelta(days=5), recorded_by="koordinator"),
                   IncidentStatusEntry(incident_id=inc.id, kind="extension", status="tanggap_darurat",
                                       decree_number="360/117/2026", decree_date=TODAY,
                                       issuer="Bupati Bengkulu Tengah", valid_from=TODAY - timedelta(days=2),
                                       valid_to=TODAY + timedelta(days=12), recorded_by="koordinator")])
    env.db.write(decree)
    env.db.write(lambda s: incidents.record_figures(s, env.koordinator, env.incident,
                                                    {"pengungsi": 520, "kk": 130, "jiwa": 600}, note="laporan kedua"))
    old = _request(env, TODAY - timedelta(days=7), "005/PK/XI/2026")
    new = _request(env, TODAY, "009/PK/XI/2026", lines=(("FK", 10),))
    number = env.new()
    env.add(number, "BRS", 100)
    env.add(number, "GEN", 1)
    env.approve(number)
    env.step(dispatches.send_dispatch, number, "gudang")
    env.step(dispatches.handover_dispatch, number, "koordinator", received={"BRS": 90}, reason="karung sobek")
    with env.db.read() as s:
        first = next(a for a in assignments.list_assignments(s, incident=env.incident)
                     if a.volunteer_name == "Relawan Uji 1")
    env.db.write(lambda s: assignments.check_in(s, env.koordinator, first.id))
    return env, old, new, number


def _incident_text(env, **kw) -> str:  # noqa: ANN001, ANN003
    with env.db.read() as s:
        return summary.incident_summary(s, env.incident, **kw)


def test_the_incident_summary_holds_each_part(prepared):
    env, old, new, number = prepared
    text = _incident_text(env)
    assert text.startswith("*LAPORAN SITUASI BANJIR*\n*Banjir uji Pondok Kelapa* (" + env.incident + ")")
    assert "Keadaan Senin, 23 November 2026 pukul 10.00 WIB" in text  # the clock's moment
    assert "Wilayah: Pondok Kelapa (17.09.03)" in text
    assert "Posko: Kantor Camat Pondok Kelapa" in text
    # Status and decree: the extension first, then the first decree.
    assert "*Status:* tanggap darurat" in text
    assert ("- perpanjangan: SK 360/117/2026 tanggal 23 November 2026 oleh Bupati Bengkulu Tengah, "
            "berlaku 21 November 2026 s.d. 5 Desember 2026") in text
    assert text.index("360/117/2026") < text.index("360/101/2026")
    # Figures and their change since the previous report.
    assert "- Pengungsi 520 (+400)" in text and "- KK 130 (+90)" in text and "- Jiwa 600 (+450)\n" in text
    # Requests: the old one overdue (one working day after it arrived has passed), today's not.
    assert "*Permintaan bantuan terbuka:* 2, terlambat 1 (standar 1 hari kerja)" in text
    late = next(line for line in text.splitlines() if line.startswith(f"- {old}:"))
    assert "*terlambat* (batas 17-11-2026)" in late
    assert "terlambat" not in next(line for line in text.splitlines() if line.startswith(f"- {new}:"))
    # Goods sent and handed over, per item.
    assert "*Barang bantuan:* 1 pengiriman terkirim, 1 sudah serah terima" in text
    assert "- Beras: dikirim 100 kg, diterima 90 kg" in text
    # Volunteers on duty: two assigned, one checked in.
    assert ("*Relawan bertugas hari ini:* 2 orang; 1 di lokasi (Kantor Camat Pondok Kelapa), 1 belum tiba"
            in text)
    assert "- logistik: 1 (Relawan Uji 1)" in text
    # Equipment still on site, with its serial number.
    assert "- Genset 2000 W: 1 unit di Posko Kantor Camat Pondok Kelapa (G-00" in text
    # Needs still missing for 520 displaced over the decree's period.
    assert "*Kebutuhan yang masih kurang* (520 pengungsi, 15 hari)" in text
    assert "- Beras: kurang 2.220 kg (perlu 3.120)" in text  # 0.4 x 520 x 15 = 3,120 kg; 900 kg in stock
    assert len(text) < summary.LIMIT


def test_the_decree_of_the_incident_itself_without_a_history(env):
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident, sk_number="360/55/2026",
                                                     sk_date=TODAY, sk_issuer="Bupati Bengkulu Tengah",
                                                     status_from=TODAY, status_to=TODAY + timedelta(days=13)))
    text = _incident_text(env)
    assert ("SK 360/55/2026 tanggal 23 November 2026 oleh Bupati Bengkulu Tengah, berlaku 23 November 2026 "
            "s.d. 6 Desember 2026") in text
    assert "*Permintaan bantuan terbuka:* tidak ada" in text
    assert "*Peralatan di lokasi:* tidak ada" in text


def test_overdue_counts_working_days_across_a_weekend_and_a_holiday(clock_at):
    friday = date(2026, 12, 18)
    assert summary.request_due(friday, 1) == date(2026, 12, 21)  # the weekend is not counted
    assert not summary.is_overdue("didisposisi", friday, date(2026, 12, 21), 1)
    assert summary.is_overdue("didisposisi", friday, date(2026, 12, 22), 1)
    assert not summary.is_overdue("dipenuhi", friday, date(2026, 12, 22), 1)
    # Friday 14 August: the weekend and Independence Day (Monday 17 August) are not counted.
    assert summary.request_due(date(2026, 8, 14), 1) == date(2026, 8, 18)
    assert not summary.is_overdue("diterima", date(2026, 8, 14), date(2026, 8, 18), 1)
    assert summary.is_overdue("sebagian", date(2026, 8, 14), date(2026, 8, 19), 1)
    # Christmas Eve's cuti bersama, Christmas and the weekend after it.
    assert summary.request_due(date(2026, 12, 23), 1) == date(2026, 12, 28)


def test_a_summary_of_another_day_reads_that_day(prepared):
    env, old, new, number = prepared
    text = _incident_text(env, today=TODAY - timedelta(days=3))
    assert "Keadaan Jumat, 20 November 2026\n" in text
    assert "*Permintaan bantuan terbuka:* 1, terlambat 1" in text  # today's request not yet received
    assert "*Relawan bertugas hari ini:* tidak ada" in text        # the assignments start on the 22nd


def test_a_big_incident_stays_under_4000_characters(env):
    """Forty requests, fourteen decrees, every desa of the kecamatan, three dispatches: the lists are cut
    shorter until the text fits."""
    issuer = "Bupati Bengkulu Tengah selaku Ketua Badan Penanggulangan Bencana Daerah Kabupaten Bengkulu Tengah"
    for n in range(40):
        _request(env, TODAY - timedelta(days=n % 9), f"{n:03d}/DESA-PANJANG-SEKALI-NAMA-SURATNYA/XI/2026")

    def decrees(s) -> None:  # noqa: ANN001
        inc = incidents.find(s, env.incident)
        s.add_all(IncidentStatusEntry(incident_id=inc.id, kind="extension" if n else "status",
                                      status="tanggap_darurat", decree_number=f"360/{n:03d}/BPBD-BT/XI/2026",
                                      decree_date=TODAY, issuer=issuer, valid_from=TODAY,
                                      valid_to=TODAY + timedelta(days=n + 1), recorded_by="koordinator")
                  for n in range(14))
    env.db.write(decrees)
    villages = [r.code for r in regions.children(KEC)]
    env.db.write(lambda s: incidents.update_incident(s, env.koordinator, env.incident,
                                                     region_codes=[KEC, *villages]))
    for _ in range(3):
        number = env.new()
        env.add(number, "VEL", 1)
        env.approve(number)
        env.step(dispatches.send_dispatch, number, "gudang")
    text = _incident_text(env)
    assert len(text) < summary.LIMIT
    assert "*Permintaan bantuan terbuka:* 40, terlambat" in text
    shown = [line for line in text.splitlines() if "/BPBD-BT/XI/2026" in line]
    assert 1 <= len(shown) < 10 and shown[0].startswith("- perpanjangan: SK 360/013/")  # the latest first
    assert f"- ... dan {15 - len(shown)} lainnya" in text  # and the entry the incident was made with
    assert "wilayah lain" in text.split("Wilayah:")[1].splitlines()[0]  # the regions were cut too
    assert "*Barang bantuan:* 3 pengiriman terkirim" in text


def test_the_office_summary_of_a_day(prepared):
    env, old, new, number = prepared
    env.db.write(lambda s: rq.decide_request(s, env.pejabat, new, lines={"FK": rq.Decision(10)},
                                             note="segera kirim"))
    with env.db.read() as s:
        text = summary.office_summary(s, TODAY)
    assert text.startswith("*RINGKASAN HARIAN DINAS SOSIAL*\nKeadaan Senin, 23 November 2026 pukul 10.00 WIB")
    assert "*Kejadian aktif:* 1" in text
    assert f"- *{env.incident}* Banjir uji Pondok Kelapa (tanggap darurat s.d. 05-12-2026)" in text
    assert "pengungsi 520 (+400), relawan bertugas 2, permintaan terbuka 2 (terlambat 1)" in text
    assert "*Keluar gudang hari ini:* 1 pengiriman" in text
    assert "- GDG: Beras 100 kg" in text and "- GDG: Genset 2000 W 1 unit" in text
    assert f"Pengiriman: {number} ke Posko Kantor Camat Pondok Kelapa ({env.incident})" in text
    assert "*Permintaan diterima hari ini:* 1" in text
    assert f"- {new}: Kecamatan Pondok Kelapa [{env.incident}], status didisposisi" in text
    assert "*Permintaan diputuskan hari ini:* 1" in text and "disetujui (segera kirim)" in text
    assert "*Permintaan terlambat* (standar 1 hari kerja): 1" in text and f"- {old}:" in text
    with env.db.read() as s:
        tomorrow = summary.office_summary(s, TODAY + timedelta(days=1))
    assert "*Keluar gudang hari ini:* tidak ada" in tomorrow
    assert "*Permintaan diterima hari ini:* 0" in tomorrow
    assert "Keadaan Selasa, 24 November 2026\n" in tomorrow


def test_the_commands_print_the_same_text(prepared, db_url, monkeypatch, capsys, tmp_path):
    env, *_ = prepared
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    run = cli_runner(db_url, monkeypatch, capsys, "pemantau")
    code, out, err = run("incident", "summary", env.incident, "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["text"] == _incident_text(env) and answer["chars"] == len(answer["text"])
    code, out, _ = run("incident", "summary", env.incident)
    assert code == 0 and out.rstrip("\n") == _incident_text(env)
    code, out, err = run("summary", "--date", "2026-11-23", "--json")
    assert code == 0, err
    with env.db.read() as s:
        assert json.loads(out)["text"] == summary.office_summary(s, date(2026, 11, 23))
    assert run("incident", "summary", "KB-2026-9999")[0] == 1
    assert run("summary", "--date", "kemarin")[0] == 2
    assert clock.today() == TODAY


def test_goods_sent_but_not_yet_handed_over(prepared):
    env, *_ = prepared
    number = env.new()
    env.add(number, "BRS", 50)
    env.approve(number)
    env.step(dispatches.send_dispatch, number, "gudang")
    text = _incident_text(env)
    assert "*Barang bantuan:* 2 pengiriman terkirim, 1 sudah serah terima" in text
    assert "- Beras: dikirim 150 kg, diterima 90 dari 100 kg yang sudah serah terima" in text
    env.step(dispatches.cancel_dispatch, env.new(), "koordinator", "contoh")  # a cancelled one counts nowhere
    assert "masih diproses" not in _incident_text(env)


def test_a_voided_assignment_is_not_on_duty(prepared):
    env, *_ = prepared

    def void(s) -> None:  # noqa: ANN001 - part 5's service sets these; the summary only reads them
        row = s.scalar(select(Assignment).where(Assignment.checkin_at.is_(None)))
        row.voided_at, row.voided_by, row.void_reason = clock.utcnow(), "koordinator", "salah orang"
    env.db.write(void)
    text = _incident_text(env)
    assert "*Relawan bertugas hari ini:* 1 orang; 1 di lokasi (Kantor Camat Pondok Kelapa)\n" in text
    with env.db.read() as s:
        assert "relawan bertugas 1," in summary.office_summary(s)
