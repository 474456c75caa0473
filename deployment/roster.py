"""Import and export of the volunteer roster (.xlsx or .csv, as kept by the FK Tagana forum).

Columns are found by their header names (case and punctuation do not matter); every row is checked
before anything is written; mistakes are listed by row and column.  Then either nothing is written
(mistakes found and ``valid_only`` not asked) or the valid rows are written in one transaction,
with bulk inserts: existing NIKs and NIATs are read in one query each, never per row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deployment.errors import ImportRefused, WrongSheet, refusal_text
from deployment.models import LEVELS, SKILLS, STATUSES, Volunteer, VolunteerNameToken, VolunteerSkill
from deployment.permissions import can_import_roster
from deployment.validate import (
    age_warning,
    check_nik,
    kecamatan_of,
    normalize_phone,
    parse_date,
    parse_level,
    parse_sex,
    parse_skills,
    parse_status,
    require_region,
    resolve_region,
    squash,
)
from deployment.volunteers import VolunteerFilter, filtered, name_tokens, region_name, skill_mask
from tagana_app import audit, clock, outputs, settings, sheets
from tagana_app.accounts import Actor
from tagana_app.bulk import gc_paused
from tagana_app.changes import changes
from tagana_app.cleaning import clean_values
from tagana_app.db import Database, insert_rows
from tagana_app.errors import TaganaError
from tagana_app.models import utcnow
from tagana_app.progress import NullProgress, Progress
from tagana_app.texts import DOMAIN, N_, Text

HEADER_SCAN_ROWS = 20
HEADER_SCAN_COLUMNS = 100
BATCH = 5000
REQUIRED = ("full_name", "nik")

# Field -> headers seen in forum spreadsheets (compared squashed: "No. HP" == "no hp" == "NOHP").
HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("Nama", "Nama Lengkap", "Nama Relawan", "Nama Anggota", "Nama Tagana"),
    "nik": ("NIK", "No NIK", "Nomor NIK", "NIK KTP", "No KTP", "Nomor Induk Kependudukan"),
    "niat": ("NIAT", "No. Anggota", "Nomor Anggota", "No NIAT", "NIA", "Nomor Induk Anggota Tagana",
             "No. Induk Anggota"),
    "phone": ("No. HP", "No HP", "Nomor HP", "HP", "Telepon", "Telp", "No. Telp", "No Telepon", "Nomor Telepon",
              "No. WA", "WhatsApp", "No HP/WA"),
    "sex": ("Jenis Kelamin", "JK", "L/P", "Kelamin", "Gender"),
    "birth_date": ("Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Tanggal Kelahiran"),
    "region_code": ("Kode Wilayah", "Kode Kemendagri"),
    "kecamatan": ("Kecamatan", "Kec", "Kec.", "Kode Kecamatan"),
    "desa": ("Desa", "Desa/Kelurahan", "Kelurahan", "Kode Desa"),
    "address": ("Alamat", "Alamat Lengkap", "Alamat Rumah"),
    "skills": ("Keahlian", "Keterampilan", "Spesialisasi", "Bidang Keahlian", "Kompetensi"),
    "level": ("Jenjang", "Tingkat", "Level", "Jenjang Tagana"),
    "status": ("Status", "Status Keanggotaan", "Status Anggota"),
    "trained_on": ("Tanggal Pelatihan", "Tgl Pelatihan", "Tanggal Diklat", "Tgl Diklat"),
    "certificate_expiry": ("Sertifikat Berlaku Sampai", "Masa Berlaku Sertifikat", "Berlaku Sampai",
                           "Sertifikat Berlaku s.d."),
    "emergency_contact": ("Kontak Darurat", "Nama Kontak Darurat", "Keluarga yang Dapat Dihubungi"),
    "emergency_phone": ("Telepon Kontak Darurat", "No. HP Kontak Darurat", "HP Kontak Darurat",
                        "Telepon Darurat"),
    "remarks": ("Keterangan", "Catatan", "Ket"),
}
_LOOKUP = {squash(h): name for name, headers in HEADERS.items() for h in headers}
EXPORT_COLUMNS = (
    ("nik", "NIK"), ("full_name", "Nama Lengkap"), ("niat", "NIAT"), ("sex", "Jenis Kelamin"),
    ("birth_date", "Tanggal Lahir"), ("phone", "No. HP"), ("address", "Alamat"), ("kecamatan", "Kecamatan"),
    ("desa", "Desa"), ("region_code", "Kode Wilayah"), ("skills", "Keahlian"), ("level", "Jenjang"),
    ("status", "Status"), ("emergency_contact", "Kontak Darurat"), ("emergency_phone", "Telepon Kontak Darurat"),
    ("remarks", "Keterangan"),
)


class RowError(NamedTuple):
    row: int  # as the spreadsheet program numbers it
    column: str  # the header as written in the file
    message: Text


@dataclass(frozen=True)
class ImportReport:
    path: str
    sheet: str
    rows_total: int
    rows_ok: int
    imported: int
    errors: tuple[RowError, ...]
    warnings: tuple[RowError, ...] = ()
    info: tuple[Text, ...] = ()
    columns: dict[str, str] = field(default_factory=dict, compare=False)  # field -> how problems name it

    @property
    def error_rows(self) -> int:
        return len({e.row for e in self.errors})


class ImportRefusedWithReport(ImportRefused):
    """Carries the whole report, so the window can list every row; the message names the first problems
    by row and column (the command line prints it as its refusal)."""

    template = N_("errors", "Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan.\n{details}")
    SHOWN = 50

    def __init__(self, report: ImportReport) -> None:
        shown = [Text(N_("errors", "- baris {row}, kolom {column}: {text}"), row=e.row, column=e.column,
                      text=e.message) for e in report.errors[:self.SHOWN]]
        if len(report.errors) > self.SHOWN:
            shown.append(Text(N_("errors", "- ... dan {count} kesalahan lain"), count=len(report.errors) - self.SHOWN))
        super().__init__(count=report.error_rows, details="\n".join(shown))
        self.report = report


@dataclass
class _Table:
    sheet: str
    header_row: int
    columns: dict[str, int]  # field -> index
    headers: dict[str, str]  # field -> header as written
    extra: list[str]
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    total: int | None
    close: Any = None

    def label(self, name: str) -> str:
        """How a row's problem names a column: its letter and its header as written, e.g. "C (NIK)"."""
        return sheets.column_label(self.columns.get(name), self.headers.get(name, HEADERS[name][0]))


def _match_header(cells: tuple[Any, ...]) -> tuple[dict[str, int], dict[str, str], list[str]] | None:
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    extra: list[str] = []
    for index, cell in enumerate(cells):
        if cell is None or cell is sheets.FORMULA or not str(cell).strip():
            continue
        name = _LOOKUP.get(squash(cell))
        if name and name not in columns:
            columns[name] = index
            headers[name] = str(cell).strip()
        else:
            extra.append(str(cell).strip())
    if all(r in columns for r in REQUIRED):
        return columns, headers, extra
    return None


def _find_header(rows: Iterator[tuple[Any, ...]]) -> tuple[int, tuple[dict[str, int], dict[str, str], list[str]]] | None:
    for number, cells in enumerate(rows, start=1):
        found = _match_header(cells)
        if found:
            return number, found
        if number >= HEADER_SCAN_ROWS:
            break
    return None


def open_table(path: str | Path, sheet: str | None = None) -> _Table:
    """Find the roster table: on ``sheet`` when named, else on the first visible sheet with a header row
    naming Nama and NIK (hidden sheets are never read; see ``tagana_app.sheets``)."""
    path = Path(path)
    tables = sheets.open_sheets(path, sheet)
    tried: list[str] = []
    try:
        for table in tables:
            tried.append(table.sheet)
            for number, cells in table.rows:
                if number > HEADER_SCAN_ROWS:
                    break
                found = _match_header(cells[:HEADER_SCAN_COLUMNS])
                if found:
                    columns, headers, extra = found
                    total = table.total - number if table.total is not None else None
                    return _Table(table.sheet, number, columns, headers, extra, table.rows, total, tables.close)
    except BaseException:
        tables.close()
        raise
    tables.close()
    raise WrongSheet(path=path.name, sheet=", ".join(tried), required=N_("domain", "Nama dan NIK"))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


@dataclass
class _Checked:
    row: int
    values: dict[str, Any]
    skills: list[str]
    trained_on: date | None
    certificate_expiry: date | None
    warnings: list[Text] = field(default_factory=list)


def _sheet_date(value: Any) -> date:
    """A date cell, an Excel serial number (also as the digits a CSV file holds) or a date as text."""
    return sheets.excel_date(value) if sheets.is_serial_number(value) else parse_date(value)


def _attempt(row: dict[str, Any], name: str, parse: Any, fail: Any, default: Any = None) -> Any:
    value = row.get(name)
    if value is None or (value.__class__ is str and not value.strip()):
        return default
    try:
        return parse(value)
    except TaganaError as exc:
        fail(name, refusal_text(exc))
        return default


def _check_row(number: int, cells: tuple[Any, ...], table: _Table, home: str, today: date,
               errors: list[RowError], warnings: list[RowError]) -> _Checked | None:
    heads = table.headers
    size = len(cells)
    row = {name: cells[index] for name, index in table.columns.items() if index < size}
    before = len(errors)

    def fail(name: str, message: Text) -> None:
        errors.append(RowError(number, table.label(name), message))

    formulas = [name for name, value in row.items() if value is sheets.FORMULA]
    for name in formulas:
        fail(name, Text(N_("errors", "Sel berisi rumus tanpa nilai tersimpan; buka berkas di Excel dan simpan "
                                     "ulang (agar nilainya tersimpan) atau tulis nilainya.")))
    if formulas:
        return None
    name = " ".join(_text(row.get("full_name")).split())
    if not name:
        fail("full_name", Text(N_("errors", "Nama wajib diisi.")))
    sex = _attempt(row, "sex", parse_sex, fail)
    birth = _attempt(row, "birth_date", _sheet_date, fail)
    nik_check = None
    if _blank(row.get("nik")):
        fail("nik", Text(N_("errors", "NIK wajib diisi.")))
    else:
        try:
            nik_check = check_nik(row["nik"], birth_date=birth, sex=sex)
        except TaganaError as exc:
            fail("nik", refusal_text(exc))
    phone = _attempt(row, "phone", normalize_phone, fail)
    region = None
    if not _blank(row.get("region_code")):
        try:
            region = require_region(_text(row["region_code"]), N_("domain", "Kode wilayah")).code
        except TaganaError as exc:
            fail("region_code", refusal_text(exc))
    elif _blank(row.get("kecamatan")) and _blank(row.get("desa")):
        fail("desa" if "desa" in heads and "kecamatan" not in heads else "kecamatan",
             Text(N_("errors", "Kecamatan wajib diisi.")))
    else:
        try:
            region = resolve_region(_text(row.get("kecamatan")) or None, _text(row.get("desa")) or None, home)
        except TaganaError as exc:
            fail("desa" if exc.template.startswith("Desa") else "kecamatan", refusal_text(exc))
    skills = _attempt(row, "skills", parse_skills, fail, ())
    level = _attempt(row, "level", parse_level, fail, "muda")
    status = _attempt(row, "status", parse_status, fail, "aktif")
    trained = _attempt(row, "trained_on", _sheet_date, fail)
    expiry = _attempt(row, "certificate_expiry", _sheet_date, fail)
    emergency_phone = _attempt(row, "emergency_phone", normalize_phone, fail)
    if len(errors) > before or nik_check is None or region is None:
        return None
    niat = _text(row.get("niat")) or None
    row_warnings = list(nik_check.warnings)
    age_note = age_warning(nik_check.birth_date, status, today)
    if age_note:
        row_warnings.append(age_note)
    for message in row_warnings:
        warnings.append(RowError(number, table.label("nik"), message))
    values = dict(
        nik=nik_check.nik, niat=niat, niat_lower=niat.lower() if niat else None, full_name=name,
        name_lower=name.lower(), sex=nik_check.sex, birth_date=nik_check.birth_date, phone=phone,
        address=_text(row.get("address")), region_code=region, kecamatan_code=kecamatan_of(region), level=level,
        status=status, emergency_contact=_text(row.get("emergency_contact")), emergency_phone=emergency_phone,
        remarks=_text(row.get("remarks")))
    # Free text as every service takes it (tagana_app.cleaning): no control characters, within the columns.
    typed = {key: values[key] for key in ("full_name", "niat", "address", "emergency_contact", "remarks")}
    values.update(clean_values(Volunteer.__table__, typed, fail=lambda key, exc: fail(key, refusal_text(exc))))
    if len(errors) > before:
        return None
    return _Checked(number, values, list(skills), trained, expiry, row_warnings)


def check_roster(session: Session, path: str | Path, *, home_region: str | None = None, sheet: str | None = None,
                 progress: Progress | None = None) -> tuple[ImportReport, list[_Checked]]:
    """Read and check every row; writes nothing.  Returns the report and the rows that are valid."""
    with gc_paused():
        return _check(session, path, home_region=home_region, sheet=sheet, progress=progress)


def _check(session: Session, path: str | Path, *, home_region: str | None, sheet: str | None,
           progress: Progress | None) -> tuple[ImportReport, list[_Checked]]:
    progress = progress or NullProgress()
    home = home_region or settings.get_office(session, settings.HOME_REGION)
    table = open_table(path, sheet)
    try:
        existing_nik = dict(session.execute(select(Volunteer.nik, Volunteer.full_name)).all())
        existing_niat = dict(session.execute(select(Volunteer.niat, Volunteer.full_name)
                                             .where(Volunteer.niat.is_not(None))).all())
        errors: list[RowError] = []
        warnings: list[RowError] = []
        good: list[_Checked] = []
        seen_nik: dict[str, int] = {}
        seen_niat: dict[str, int] = {}
        today = clock.today()
        total = 0
        for number, cells in table.rows:
            if all(_blank(c) for c in cells):
                continue
            total += 1
            if total % 500 == 0:
                progress.update(total, table.total, Text(N_("domain", "Memeriksa baris {row}"), DOMAIN, row=total))
            checked = _check_row(number, cells, table, home, today, errors, warnings)
            nik = checked.values["nik"] if checked else _nik_guess(cells, table)
            if nik:
                if nik in seen_nik:
                    errors.append(RowError(number, table.label("nik"), Text(
                        N_("errors", "NIK {nik} sama dengan baris {other} di berkas ini."), nik=nik,
                        other=seen_nik[nik])))
                    checked = None
                elif nik in existing_nik:
                    errors.append(RowError(number, table.label("nik"), Text(
                        N_("errors", "NIK {nik} sudah terdaftar atas nama {name}."), nik=nik,
                        name=existing_nik[nik])))
                    checked = None
                seen_nik.setdefault(nik, number)
            niat = checked.values["niat"] if checked else None
            if niat:
                column = table.label("niat")
                if niat in seen_niat:
                    errors.append(RowError(number, column, Text(
                        N_("errors", "NIAT '{niat}' sama dengan baris {other}."), niat=niat, other=seen_niat[niat])))
                    checked = None
                elif niat in existing_niat:
                    errors.append(RowError(number, column, Text(
                        N_("errors", "NIAT '{niat}' sudah dipakai oleh {name}."), niat=niat,
                        name=existing_niat[niat])))
                    checked = None
                seen_niat.setdefault(niat, number)
            if checked is not None:
                good.append(checked)
    finally:
        if table.close:
            table.close()
    info = [Text(N_("errors", "Lembar '{sheet}', baris judul {row}."), sheet=table.sheet, row=table.header_row)]
    if table.extra:
        info.append(Text(N_("errors", "Kolom yang tidak dipakai: {columns}."), columns=", ".join(table.extra)))
    missing = [HEADERS[f][0] for f in ("phone", "sex", "birth_date", "skills") if f not in table.columns]
    if missing:
        info.append(Text(N_("errors", "Kolom tidak ada (diisi dari NIK atau dibiarkan kosong): {columns}."),
                         columns=", ".join(missing)))
    errors.sort(key=lambda e: e.row)
    report = ImportReport(str(path), table.sheet, total, len(good), 0, tuple(errors), tuple(warnings), tuple(info),
                          {name: table.label(name) for name in table.columns})
    return report, good


def _nik_guess(cells: tuple[Any, ...], table: _Table) -> str | None:
    """The NIK of a row that failed elsewhere, so a duplicate is still reported."""
    index = table.columns["nik"]
    value = cells[index] if index < len(cells) else None
    from deployment.validate import clean_nik

    nik = clean_nik(value)
    return nik if len(nik) == 16 and nik.isdigit() else None


@changes("volunteers")
def import_roster(session: Session, actor: Actor, path: str | Path, *, valid_only: bool = False,
                  home_region: str | None = None, sheet: str | None = None, progress: Progress | None = None,
                  checked: tuple[ImportReport, list[_Checked]] | None = None) -> ImportReport:
    """Check the whole file, then write all rows, or with ``valid_only`` the valid rows only.

    ``checked`` is ``check_roster``'s answer made before this transaction began (``import_roster_file``):
    the file is then not read again here, only its NIKs and NIATs are checked again against the
    volunteers registered meanwhile.

    Raises ``ImportRefusedWithReport`` (nothing written) when a row is wrong and ``valid_only`` is not set.
    """
    can_import_roster.require(actor, action=N_("domain", "mengimpor daftar relawan"))
    with gc_paused():
        return _import(session, actor, path, valid_only=valid_only, home_region=home_region, sheet=sheet,
                       progress=progress or NullProgress(), checked=checked)


@changes("volunteers")
def import_roster_file(db: Database, actor: Actor, path: str | Path, *, valid_only: bool = False,
                       home_region: str | None = None, sheet: str | None = None,
                       progress: Progress | None = None) -> ImportReport:
    """The import that lets others work: the file is read and every row checked in a read-only session
    (no write lock: a clerk's issue meanwhile goes through), then the rows are written in one short
    transaction, all or nothing.  Cancelling at any step writes nothing."""
    can_import_roster.require(actor, action=N_("domain", "mengimpor daftar relawan"))
    progress = progress or NullProgress()
    with gc_paused():
        with db.read() as session:
            checked = _check(session, path, home_region=home_region, sheet=sheet, progress=progress)
        if checked[0].errors and not valid_only:
            raise ImportRefusedWithReport(checked[0])
    return db.write(lambda s: import_roster(s, actor, path, valid_only=valid_only, progress=progress,
                                            checked=checked))


def _recheck(session: Session, report: ImportReport, good: list[_Checked]) -> tuple[ImportReport, list[_Checked]]:
    """The rows checked before the transaction, less those whose NIK or NIAT was registered meanwhile."""
    taken_nik = dict(session.execute(select(Volunteer.nik, Volunteer.full_name)).all())
    taken_niat = dict(session.execute(select(Volunteer.niat, Volunteer.full_name)
                                      .where(Volunteer.niat.is_not(None))).all())
    found: list[RowError] = []
    kept: list[_Checked] = []
    for c in good:
        nik, niat = c.values["nik"], c.values["niat"]
        if nik in taken_nik:
            found.append(RowError(c.row, report.columns.get("nik", "NIK"), Text(
                N_("errors", "NIK {nik} sudah terdaftar atas nama {name}."), nik=nik, name=taken_nik[nik])))
        elif niat and niat in taken_niat:
            found.append(RowError(c.row, report.columns.get("niat", "NIAT"), Text(
                N_("errors", "NIAT '{niat}' sudah dipakai oleh {name}."), niat=niat, name=taken_niat[niat])))
        else:
            kept.append(c)
    if not found:
        return report, good
    errors = tuple(sorted((*report.errors, *found), key=lambda e: e.row))
    return dataclasses.replace(report, rows_ok=len(kept), errors=errors), kept


def _import(session: Session, actor: Actor, path: str | Path, *, valid_only: bool, home_region: str | None,
            sheet: str | None, progress: Progress,
            checked: tuple[ImportReport, list[_Checked]] | None) -> ImportReport:
    if checked is None:
        report, good = check_roster(session, path, home_region=home_region, sheet=sheet, progress=progress)
    else:
        report, good = _recheck(session, *checked)
    if report.errors and not valid_only:
        raise ImportRefusedWithReport(report)
    volunteers = Volunteer.__table__
    stamp = utcnow()
    keys = tuple(good[0].values) if good else ()
    picked = itemgetter(*keys) if keys else None
    columns = (*keys, "skill_mask", "created_at", "updated_at")
    for start in range(0, len(good), BATCH):
        chunk = good[start:start + BATCH]
        # Bulk rows without RETURNING (COPY on PostgreSQL); the new ids are read back after.
        before = session.scalar(select(func.coalesce(func.max(volunteers.c.id), 0)))
        insert_rows(session, volunteers, columns,
                    [(*picked(c.values), skill_mask(c.skills), stamp, stamp) for c in chunk])
        mine = {c.values["nik"] for c in chunk}
        ids = {nik: vid for vid, nik in session.execute(select(volunteers.c.id, volunteers.c.nik)
                                                         .where(volunteers.c.id > before)) if nik in mine}
        insert_rows(session, VolunteerSkill.__table__, ("volunteer_id", "skill", "trained_on", "certificate_expiry"),
                    [(ids[c.values["nik"]], s, c.trained_on, c.certificate_expiry) for c in chunk for s in c.skills])
        insert_rows(session, VolunteerNameToken.__table__, ("token", "name_lower", "volunteer_id"),
                    [(token, c.values["name_lower"], ids[c.values["nik"]]) for c in chunk
                     for token in name_tokens(c.values["name_lower"], c.values["niat_lower"])])
        progress.update(start + len(chunk), len(good),
                        Text(N_("domain", "Menyimpan {count} relawan"), DOMAIN, count=start + len(chunk)))
    audit.record(session, actor, "volunteer.import", N_("domain", "relawan"), Path(path).name,
                 {"baris": report.rows_total, "diimpor": len(good), "baris_salah": report.error_rows,
                  "hanya_yang_valid": valid_only})
    return dataclasses.replace(report, imported=len(good))


def export_roster(session: Session, path: str | Path, flt: VolunteerFilter | None = None,
                  progress: Progress | None = None) -> int:
    """Write the volunteers (all, or those matching ``flt``) to .xlsx with the import's headers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    database = outputs.live_database(session)
    outputs.check_output_path(path, database=database)  # before the work, not after it
    progress = progress or NullProgress()
    book = Workbook(write_only=True)
    from openpyxl.cell import WriteOnlyCell

    ws = book.create_sheet("Relawan Tagana")
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJKLMNOP", (18, 30, 14, 8, 12, 16, 30, 18, 18, 14, 30, 8, 10, 20, 16, 20),
                             strict=True):
        ws.column_dimensions[letter].width = width
    header_cells = []
    for _key, title in EXPORT_COLUMNS:
        c = WriteOnlyCell(ws, value=title)
        c.font = Font(bold=True)
        header_cells.append(c)
    ws.append(header_cells)
    skills: dict[int, list[str]] = {}
    for vid, skill in session.execute(select(VolunteerSkill.volunteer_id, VolunteerSkill.skill)
                                      .order_by(VolunteerSkill.skill)):
        skills.setdefault(vid, []).append(SKILLS[skill])
    query = filtered(select(Volunteer), flt or VolunteerFilter()).order_by(Volunteer.name_lower, Volunteer.id)
    count = 0
    for v in session.scalars(query.execution_options(yield_per=2000)):
        desa = v.region_code if v.region_code != v.kecamatan_code else ""
        values = {"nik": v.nik, "full_name": v.full_name, "niat": v.niat or "", "sex": v.sex,
                  "birth_date": v.birth_date, "phone": v.phone or "", "address": v.address,
                  "kecamatan": region_name(v.kecamatan_code), "desa": region_name(desa) if desa else "",
                  "region_code": v.region_code, "skills": ", ".join(skills.get(v.id, ())),
                  "level": LEVELS[v.level].removeprefix("Tagana "), "status": STATUSES[v.status],
                  "emergency_contact": v.emergency_contact, "emergency_phone": v.emergency_phone or "",
                  "remarks": v.remarks}
        ws.append(sheets.safe_row(ws, [values[k] for k, _title in EXPORT_COLUMNS]))
        count += 1
        if count % 2000 == 0:
            progress.update(count, None, Text(N_("domain", "Menulis {count} relawan"), DOMAIN, count=count))
    with outputs.atomic(path, database=database) as tmp:
        book.save(tmp)
    return count

