"""Roster import with a spreadsheet full of the mistakes real forum spreadsheets have."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from deployment import roster
from deployment.errors import WrongSheet
from deployment.models import Volunteer, VolunteerSkill
from tagana_app.errors import PermissionDenied
from tagana_app.models import AuditLog
from tagana_app.progress import Cancelled, RecordingProgress
from tests.deployment.conftest import add_volunteer, make_nik

HEADER = ["No", "Nama Lengkap", "NIK", "No. HP", "Jenis Kelamin", "Tanggal Lahir", "Kecamatan", "Desa",
          "Keahlian", "NIAT", "Jenjang", "Status", "Tempat Lahir", "Ukuran Baju"]
B = date(1995, 3, 14)


def nik(serial: int, sex: str = "L") -> str:
    return make_nik(B, sex, serial)


def rows(existing_nik: str) -> list[list]:
    """Spreadsheet rows 4.. (row 1 a title, row 2 empty, row 3 the header)."""
    return [
        [1, "Andi Saputra", nik(1), "0812-3456-7001", "L", datetime(1995, 3, 14), "Karang Tinggi", "Taba Terunjam",
         "Dapur Umum, LDP", "TGN-001", "Madya", "Aktif", "Bengkulu", "L"],               # 4 ok, date cell
        [2, "Budi Pratama", nik(2), "081234567002", "Laki-laki", "1995-03-14", "Kec. Karang Tinggi", "",
         "evakuasi/SAR", "", "", "", "", ""],                                              # 5 ok, ISO date
        [3, "Citra Lestari", nik(3, "P"), "+62 812 3456 7003", "P", "14/03/1995", "karang tinggi", None,
         "posko/TRC; komunikasi", "TGN-003", "Muda", "aktif", "", ""],                    # 6 ok, d/m/Y
        [4, "Dedi Kurniawan", nik(4), "0812 3456 7004", "L", "14-03-1995", "Talang Empat", None,
         "logistik", None, "Utama", "Legiun", "", ""],                                    # 7 ok, d-m-Y
        [5, "Eka Wahyuni", nik(5, "P"), "081234567005", "P", "14 Maret 1995", "Pondok Kelapa", "Srikaton",
         "shelter", None, None, None, "", ""],                                             # 8 ok, Indonesian month
        [6, "Fajar Nugroho", "17090114039500", "081234567006", "L", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 9 bad NIK (14 digits)
        [7, "Gita Ramadhan", nik(1), "081234567007", "L", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 10 duplicate of row 4
        [8, "Hadi Santoso", existing_nik, "081234567008", "L", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 11 NIK already stored
        [9, "Indah Permata", nik(9, "P"), "12345", "P", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 12 wrong phone
        [10, "Joko Susilo", nik(10), "081234567010", "L", "14/03/1995", "Atlantis", None,
         "logistik", None, None, None, "", ""],                                            # 13 unknown kecamatan
        [11, None, nik(11), "081234567011", "L", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 14 empty name
        [12, "Lina Marlina", None, "081234567012", "P", "14/03/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 15 empty NIK
        [13, "Maya Sari", nik(13, "P"), "081234567013", "P", "31/02/1995", "Karang Tinggi", None,
         "logistik", None, None, None, "", ""],                                            # 16 impossible date
        [14, "Nanda Putra", nik(14), "081234567014", "L", "14/03/1995", "Karang Tinggi", None,
         "memasak", None, None, None, "", ""],                                             # 17 unknown skill
        [15, "Oki Setiawan", int(nik(15)), 81234567015, "L", "14/03/1995", "17.09.03", None,
         "logistik", None, None, None, "", ""],                                            # 18 ok: numbers, code
        [None] * 14,                                                                       # 19 empty, skipped
        [17, "Putri Anggraini", nik(17, "P"), "081234567017", "P", "14/03/1995", "Karang Tinggi", "Srikaton",
         "logistik", None, None, None, "", ""],                                            # 20 desa elsewhere
        [18, "Rudi Hartono", nik(18), "081234567018", "X", "14/03/1995", "", "",
         "logistik", "TGN-001", None, None, "", ""],                                       # 21 sex, no region, NIAT dup
    ]


EXPECTED_ERRORS = {
    (9, "C (NIK)"), (10, "C (NIK)"), (11, "C (NIK)"), (12, "D (No. HP)"), (13, "G (Kecamatan)"), (14, "B (Nama Lengkap)"), (15, "C (NIK)"),
    (16, "F (Tanggal Lahir)"), (17, "I (Keahlian)"), (20, "H (Desa)"), (21, "E (Jenis Kelamin)"), (21, "G (Kecamatan)"),
}
GOOD_ROWS = 6


def write_xlsx(path, data, header=HEADER, title="Data Relawan", before=None):  # noqa: ANN001, ANN201
    book = Workbook()
    ws = book.active
    if before is not None:
        ws.title = "Ringkasan"
        ws.append(before)
        ws = book.create_sheet(title)
    else:
        ws.title = title
    ws.append(["DAFTAR ANGGOTA TAGANA KABUPATEN BENGKULU TENGAH"])
    ws.append([])
    ws.append(header)
    for row in data:
        ws.append(row)
    book.save(path)
    return path


@pytest.fixture
def messy(tmp_path, db, coord):
    existing = add_volunteer(db, coord, 99, name="Sudah Terdaftar")
    return write_xlsx(tmp_path / "relawan.xlsx", rows(existing.nik))


def _count(db, model=Volunteer):  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_every_mistake_reported_by_row_and_column_and_nothing_written(db, coord, messy):
    with pytest.raises(roster.ImportRefusedWithReport) as caught:
        db.write(lambda s: roster.import_roster(s, coord, messy))
    report = caught.value.report
    found = {(e.row, e.column) for e in report.errors}
    assert found == EXPECTED_ERRORS, sorted(found ^ EXPECTED_ERRORS)
    messages = {(e.row, e.column): e.message for e in report.errors}
    assert "16 digit" in messages[(9, "C (NIK)")]
    assert "baris 4" in messages[(10, "C (NIK)")]
    assert "Sudah Terdaftar" in messages[(11, "C (NIK)")]
    assert "wajib" in messages[(14, "B (Nama Lengkap)")] and "wajib" in messages[(15, "C (NIK)")]
    assert "Atlantis" in messages[(13, "G (Kecamatan)")]
    assert report.rows_total == 17 and report.rows_ok == GOOD_ROWS
    assert any("Tempat Lahir" in i and "Ukuran Baju" in i and "No" in i for i in report.info)
    assert report.error_rows == 11 and "11 baris" in str(caught.value)
    assert _count(db) == 1 and _count(db, VolunteerSkill) == 0  # nothing half-imported
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "volunteer.import")) == 0


def test_valid_only_imports_just_the_good_rows(db, coord, messy):
    report = db.write(lambda s: roster.import_roster(s, coord, messy, valid_only=True))
    assert report.imported == GOOD_ROWS and report.error_rows == 11
    assert _count(db) == 1 + GOOD_ROWS
    with db.read() as s:
        stored = {v.full_name: v for v in s.scalars(select(Volunteer))}
        s.expunge_all()
        skills = s.execute(select(Volunteer.full_name, VolunteerSkill.skill)
                           .join(VolunteerSkill, VolunteerSkill.volunteer_id == Volunteer.id)).all()
    for name in ("Andi Saputra", "Budi Pratama", "Citra Lestari", "Dedi Kurniawan", "Eka Wahyuni"):
        assert stored[name].birth_date == B, name  # every date format understood
    andi = stored["Andi Saputra"]
    assert (andi.phone, andi.region_code, andi.level, andi.niat) == ("+6281234567001", "17.09.01.2001", "madya",
                                                                    "TGN-001")
    assert stored["Dedi Kurniawan"].status == "legiun"
    assert stored["Eka Wahyuni"].region_code == "17.09.03.2010"
    oki = stored["Oki Setiawan"]
    assert (oki.nik, oki.phone, oki.kecamatan_code) == (nik(15), "+6281234567015", "17.09.03")
    assert sorted(s for n, s in skills if n == "Andi Saputra") == ["dapur_umum", "psikososial"]
    assert sorted(s for n, s in skills if n == "Citra Lestari") == ["komunikasi", "posko"]


def test_wrong_sheet_is_a_clear_error(tmp_path, db, coord):
    path = write_xlsx(tmp_path / "stok.xlsx", [["BRS", "Beras", 100]], header=["Kode Barang", "Nama Barang",
                                                                               "Jumlah"])
    with pytest.raises(WrongSheet, match="Nama dan NIK"):
        db.write(lambda s: roster.import_roster(s, coord, path))


def test_roster_on_second_sheet_is_found(tmp_path, db, coord):
    data = [[1, "Andi Saputra", nik(1), "081234567001", "L", "14/03/1995", "Karang Tinggi", None, "logistik"]]
    path = write_xlsx(tmp_path / "dua.xlsx", data, header=HEADER[:9], before=["Rekap per kecamatan"])
    report = db.write(lambda s: roster.import_roster(s, coord, path))
    assert report.imported == 1 and report.sheet == "Data Relawan"


def test_csv_with_semicolons_and_other_headers(tmp_path, db, coord):
    path = tmp_path / "relawan.csv"
    path.write_text("NAMA;nik;No HP;JK;Tgl. Lahir;KEC\n"
                    f"Andi Saputra;{nik(1)};081234567001;L;14-03-1995;Karang Tinggi\n"
                    f"Budi Pratama;{nik(2)};;L;;Talang Empat\n", encoding="utf-8-sig")
    report = db.write(lambda s: roster.import_roster(s, coord, path))
    assert report.imported == 2 and report.errors == ()
    with db.read() as s:
        budi = s.scalar(select(Volunteer).where(Volunteer.full_name == "Budi Pratama"))
        s.expunge(budi)
    assert budi.birth_date == B and budi.phone is None  # birth date from the NIK


def test_import_needs_a_writing_role(db, users, messy):
    with pytest.raises(PermissionDenied):
        db.write(lambda s: roster.import_roster(s, users["pemantau"], messy))


def test_progress_and_cancel(tmp_path, db, coord):
    data = [[n, f"Relawan {n}", make_nik(B, "L", n), None, "L", None, "Karang Tinggi", None, "logistik"]
            for n in range(1, 1201)]
    path = write_xlsx(tmp_path / "besar.xlsx", data, header=HEADER[:9])
    with pytest.raises(Cancelled):
        db.write(lambda s: roster.import_roster(s, coord, path, progress=RecordingProgress(cancel_after=2)))
    assert _count(db) == 0
    progress = RecordingProgress()
    report = db.write(lambda s: roster.import_roster(s, coord, path, progress=progress))
    assert report.imported == 1200 and _count(db) == 1200 and _count(db, VolunteerSkill) == 1200
    assert progress.reports and progress.reports[-1][0] == 1200


def test_export_reads_back_and_is_recognised(tmp_path, db, coord):
    add_volunteer(db, coord, 1, name="Andi Saputra", phone="081234567001", niat="TGN-9",
                  skills=("dapur umum", "SAR"), region="17.09.01.2001")
    add_volunteer(db, coord, 2, name="Budi Pratama")
    path = tmp_path / "ekspor.xlsx"
    with db.read() as s:
        assert roster.export_roster(s, path) == 2
    ws = load_workbook(path).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:3] == ("NIK", "Nama Lengkap", "NIAT")
    assert values[1][1] == "Andi Saputra" and values[1][8] == "Taba Terunjam"
    assert "dapur umum" in values[1][10] and "evakuasi/SAR" in values[1][10]
    with db.read() as s:
        report, good = roster.check_roster(s, path)
    assert report.rows_total == 2 and not good  # recognised, and both already registered
    assert all("sudah terdaftar" in e.message for e in report.errors)


def test_niat_duplicates_in_file_and_database(tmp_path, db, coord):
    add_volunteer(db, coord, 50, niat="TGN-050")
    path = tmp_path / "niat.csv"
    path.write_text("Nama,NIK,NIAT,Kecamatan\n"
                    f"Andi,{nik(1)},TGN-001,Karang Tinggi\n"
                    f"Budi,{nik(2)},TGN-001,Karang Tinggi\n"
                    f"Citra,{nik(3, 'P')},TGN-050,Karang Tinggi\n", encoding="utf-8")
    with db.read() as s:
        report, good = roster.check_roster(s, path)
    assert {(e.row, e.column) for e in report.errors} == {(3, "C (NIAT)"), (4, "C (NIAT)")}
    assert "baris 2" in report.errors[0].message and "Relawan Uji 50" in report.errors[1].message
    assert [c.values["full_name"] for c in good] == ["Andi"]


def test_import_file_checks_again_what_was_registered_meanwhile(tmp_path, db, coord):
    """``import_roster_file`` reads and checks before its transaction; a NIK registered in between is refused."""
    path = write_xlsx(tmp_path / "relawan.xlsx", [[1, "Andi", nik(1), None, "L", None, "Karang Tinggi"],
                                                   [2, "Budi", nik(2), None, "L", None, "Karang Tinggi"]],
                      header=HEADER[:7])
    with db.read() as s:
        checked = roster.check_roster(s, path)
    assert not checked[0].errors
    add_volunteer(db, coord, 2, name="Sudah Masuk")  # nik(2): registered after the check
    with pytest.raises(roster.ImportRefusedWithReport) as caught:
        db.write(lambda s: roster.import_roster(s, coord, path, checked=checked))
    assert [(e.row, e.column) for e in caught.value.report.errors] == [(5, "C (NIK)")]
    assert "- baris 5, kolom C (NIK): NIK" in str(caught.value) and "Sudah Masuk" in str(caught.value)
    report = db.write(lambda s: roster.import_roster(s, coord, path, checked=checked, valid_only=True))
    assert (report.imported, report.error_rows) == (1, 1)
    assert roster.import_roster_file(db, coord, write_xlsx(tmp_path / "lain.xlsx", [
        [3, "Citra", nik(3, "P"), None, "P", (B - date(1899, 12, 30)).days, "Karang Tinggi"]], header=HEADER[:7])).imported == 1
    with db.read() as s:
        assert s.scalar(select(Volunteer.birth_date).where(Volunteer.full_name == "Citra")) == B


def test_formula_names_export_as_text(tmp_path, db, coord):
    path = tmp_path / "relawan.csv"
    path.write_bytes(f"Nama;NIK;Kecamatan\n=HYPERLINK(\"x\") Budi;{nik(4)};Karang Tinggi\n".encode())
    assert roster.import_roster_file(db, coord, path).imported == 1
    out = tmp_path / "ekspor.xlsx"
    with db.read() as s:
        assert s.scalar(select(Volunteer.full_name)) == '=HYPERLINK("x") Budi'
        roster.export_roster(s, out)
    cell = load_workbook(out).active["B2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x") Budi', "s")


def test_control_characters_and_long_text_reported_by_row_and_column(tmp_path, db, coord):
    """The roster's free text is cleaned as every service cleans it (tagana_app.cleaning)."""
    path = tmp_path / "relawan.csv"
    path.write_text("Nama;NIK;Kecamatan;Alamat;Keterangan\n"
                    f"Andi\x1b[31m Saputra;{nik(1)};Karang Tinggi;;\n"
                    f"Budi Pratama;{nik(2)};Talang Empat;Jl. Melati;{'K' * 20_001}\n"
                    f"Citra Lestari;{nik(3)};Talang Empat;Jl. Mawar\tNo. 3;\"catatan\r\nbaris dua\"\n",
                    encoding="utf-8")
    with pytest.raises(roster.ImportRefusedWithReport) as caught:
        db.write(lambda s: roster.import_roster(s, coord, path))
    messages = {(e.row, e.column): e.message for e in caught.value.report.errors}
    assert set(messages) == {(2, "A (Nama)"), (3, "E (Keterangan)")}
    assert "karakter kendali" in messages[(2, "A (Nama)")] and "\\x1b" in messages[(2, "A (Nama)")]
    assert "terlalu panjang: 20001 karakter" in messages[(3, "E (Keterangan)")]
    assert _count(db) == 0
    report = db.write(lambda s: roster.import_roster(s, coord, path, valid_only=True))
    assert report.imported == 1
    with db.read() as s:
        citra = s.scalar(select(Volunteer).where(Volunteer.full_name == "Citra Lestari"))
        assert (citra.address, citra.remarks) == ("Jl. Mawar\tNo. 3", "catatan\nbaris dua")  # multi-line kept
