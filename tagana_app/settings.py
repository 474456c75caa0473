"""Every setting of the program, declared once with its type and default.

Two scopes:
- ``OFFICE`` settings live in the database (table ``app_setting``) so every desktop sharing the
  database prints the same letterhead; changing them needs an admin and is audited.
- ``LOCAL`` settings belong to one desktop (language, database location, backup folder, window
  geometry) and live in a JSON file in the user's configuration folder.
Nothing else in the program reads settings by string key: use the ``Setting`` objects below.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from tagana_app import clock, doc_kinds, paths
from tagana_app.changes import changes
from tagana_app.cleaning import clean_text
from tagana_app.errors import DatabasePasswordInUrl, ValidationError
from tagana_app.number_patterns import validate_pattern
from tagana_app.permissions import can_change_office_settings
from tagana_app.texts import N_, Text

if TYPE_CHECKING:  # the database parts load with the database; `tagana --help` and the login dialog need none
    from sqlalchemy.orm import Session

T = TypeVar("T")


class Scope(Enum):
    OFFICE = "office"
    LOCAL = "local"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    scope: Scope
    label: str
    choices: tuple[str, ...] = ()
    validator: Callable[[Any], None] | None = None  # raises ValidationError for a bad value
    bounds: tuple[int, int] | None = None  # whole numbers: lowest and highest allowed

    def named(self) -> Text:
        """The label as the field of a refusal: it keeps its context, "settings", for the window."""
        return Text(self.label, "settings")

    def coerce(self, value: Any, *, check: bool = True) -> T:
        """``value`` as this setting's type; with ``check``, also refused when outside its choices or
        refused by its validator (values being stored are checked; stored values are only read)."""
        if value is None:
            return self.default
        try:
            if self.type is bool:
                result = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "ya", "yes")
            elif self.type is int:
                if isinstance(value, str) and not re.fullmatch(r"-?[0-9]+", value.strip(), re.ASCII):
                    raise ValueError(value)  # int() would read "١٤" or "1_4"
                result = int(value)
            else:
                result = self.type(value)
        except (TypeError, ValueError):
            raise ValidationError(N_("errors", "Pengaturan '{label}': nilai '{value}' tidak valid."),
                                  label=self.named(), value=value) from None
        if check and self.type is str and self.scope is Scope.OFFICE:  # a desktop's paths are not free text
            result = clean_text(result, field=self.named(), max_len=TEXT_MAX.get(self.key, 300))
        if check and self.choices and result not in self.choices:
            raise ValidationError(N_("errors", "Pengaturan '{label}' harus salah satu dari: {choices}."),
                                  label=self.named(), choices=", ".join(self.choices))
        if check and self.bounds is not None and not self.bounds[0] <= result <= self.bounds[1]:
            raise ValidationError(N_("errors", "Pengaturan '{label}' harus antara {lowest} dan {highest}; "
                                               "tertulis {value}."),
                                  label=self.named(), lowest=self.bounds[0], highest=self.bounds[1], value=result)
        if check and self.validator is not None:
            self.validator(result)
        return result


REGISTRY: dict[str, Setting[Any]] = {}
TEXT_MAX = {"office.logo_png": 5_000_000}  # characters of a text setting other than 300 (cleaning.py's rule)


def _declare(key: str, type_: type, default: Any, scope: Scope, label: str,
             choices: tuple[str, ...] = (), validator: Callable[[Any], None] | None = None,
             bounds: tuple[int, int] | None = None) -> Setting[Any]:
    setting = Setting(key, type_, default, scope, label, choices, validator, bounds)
    REGISTRY[key] = setting
    return setting


OFF, LOC = Scope.OFFICE, Scope.LOCAL

# The office profile, printed on every document.
GOVERNMENT_NAME = _declare("office.government", str, "PEMERINTAH KABUPATEN BENGKULU TENGAH", OFF,
                           N_("settings", "Nama pemerintah daerah"))
OFFICE_NAME = _declare("office.name", str, "DINAS SOSIAL", OFF, N_("settings", "Nama kantor"))
OFFICE_ADDRESS = _declare("office.address", str, "", OFF, N_("settings", "Alamat kantor"))
OFFICE_PHONE = _declare("office.phone", str, "", OFF, N_("settings", "Telepon"))
OFFICE_EMAIL = _declare("office.email", str, "", OFF, N_("settings", "Surel"))
OFFICE_LOGO_PNG = _declare("office.logo_png", str, "", OFF, N_("settings", "Logo (PNG, base64)"))
SIGNING_CITY = _declare("office.city", str, "Karang Tinggi", OFF,
                        N_("settings", "Kota tempat penandatanganan"))
HEAD_NAME = _declare("office.head_name", str, "", OFF, N_("settings", "Nama Kepala Dinas"))
HEAD_RANK = _declare("office.head_rank", str, "", OFF, N_("settings", "Pangkat/golongan Kepala Dinas"))
HEAD_NIP = _declare("office.head_nip", str, "", OFF, N_("settings", "NIP Kepala Dinas"))
# Who signs the office's papers (tagana_app.signatories): the username of the user who signs as that
# role; their full name, NIP, rank and position are printed.  Empty: the older settings above (the
# head of office) and dispatch.bast_official_* still name the official, else the paper is refused.
SIGNER_KEPALA_DINAS = _declare("signer.kepala_dinas", str, "", OFF,
                               N_("settings", "Penandatangan sebagai Kepala Dinas (nama pengguna)"))
SIGNER_PIHAK_PERTAMA = _declare("signer.pihak_pertama", str, "", OFF,
                                N_("settings", "Penandatangan PIHAK PERTAMA pada BAST (nama pengguna)"))
SIGNER_PENGURUS_BARANG = _declare("signer.pengurus_barang", str, "", OFF,
                                  N_("settings", "Pengurus barang / petugas gudang penandatangan (nama pengguna)"))
SIGNERS = (SIGNER_KEPALA_DINAS, SIGNER_PIHAK_PERTAMA, SIGNER_PENGURUS_BARANG)
PAPER_SIZE = _declare("office.paper", str, "A4", OFF, N_("settings", "Ukuran kertas"), ("A4", "F4"))
# The face papers print in (tagana_app.pdf.fonts.FACES): DejaVu, or Liberation Sans / Serif (the
# metrics of Arial / Times New Roman) at Tata Naskah Dinas sizes, 12 pt body.
FONT = _declare("office.font", str, "dejavu", OFF, N_("settings", "Huruf dokumen"),
                ("dejavu", "liberation-sans", "liberation-serif"))
DEMO_DATA = _declare("office.demo_data", bool, False, OFF, N_("settings", "Berisi data contoh"))
# Dates and times of the office (tagana_app.clock): WIB UTC+7, WITA UTC+8, WIT UTC+9.
TIMEZONE = _declare("office.timezone", str, "WIB", OFF, N_("settings", "Zona waktu kantor"),
                    ("WIB", "WITA", "WIT"))


# Document number patterns, one per numbered kind of paper (tagana_app.doc_kinds; placeholders in
# tagana_app.number_patterns: seq, year, month, month_roman, day).
# Each label is "Pola nomor " and the kind's title, written whole for the translators.
PATTERN_LABELS = {
    "bast": N_("settings", "Pola nomor Berita Acara Serah Terima"),
    "manifest": N_("settings", "Pola nomor Surat Jalan"),
    "spt": N_("settings", "Pola nomor Surat Perintah Tugas"),
    "penerimaan": N_("settings", "Pola nomor Berita Acara Penerimaan Barang"),
    "pengeluaran": N_("settings", "Pola nomor Surat Bukti Barang Keluar"),
    "mutasi": N_("settings", "Pola nomor Surat Jalan Mutasi Antargudang"),
    "opname": N_("settings", "Pola nomor Berita Acara Stock Opname"),
    "penghapusan": N_("settings", "Pola nomor Berita Acara Penghapusan"),
    "pengiriman": N_("settings", "Pola nomor Pengiriman"),
    "pinjam_pakai": N_("settings", "Pola nomor Berita Acara Pinjam Pakai"),
    "ba_pengembalian": N_("settings", "Pola nomor Berita Acara Pengembalian"),
    "koreksi": N_("settings", "Pola nomor Koreksi (pembatalan)"),
    "permintaan": N_("settings", "Pola nomor Permintaan Bantuan"),
    "distribusi": N_("settings", "Pola nomor Distribusi bantuan"),
}
NUMBER_PATTERNS: dict[str, Setting[Any]] = {
    kind.code: _declare(f"numbering.{kind.code}", str, kind.default_pattern, OFF, PATTERN_LABELS[kind.code],
                        validator=validate_pattern)
    for kind in doc_kinds.numbered()
}


def _kabupaten(value: str) -> None:
    from tagana_app import regions  # the region list loads only when a code is checked

    regions.require(value, levels=(2,), field=N_("domain", "Wilayah kerja"))


# Tagana deployment (deployment package).
MAX_CONTINUOUS_DAYS = _declare("deployment.max_continuous_days", int, 14, OFF,
                               N_("settings", "Lama penugasan terus-menerus paling lama (hari)"), bounds=(1, 365))
MIN_REST_DAYS = _declare("deployment.min_rest_days", int, 7, OFF,
                         N_("settings", "Istirahat minimum antarpenugasan (hari)"), bounds=(0, 365))
HOME_REGION = _declare("deployment.home_region", str, "17.09", OFF,
                       N_("settings", "Kode kabupaten/kota wilayah kerja"), validator=_kabupaten)
CERTIFICATE_ALERT_DAYS = _declare("deployment.certificate_alert_days", int, 60, OFF,
                                  N_("settings", "Peringatan sertifikat relawan habis (hari sebelumnya)"),
                                  bounds=(0, 365))

# How an assignment rule that is broken is treated: refused unless a pejabat overrides with a reason
# ("tolak"), or only warned about ("peringatan").
RULE_MODES = ("tolak", "peringatan")
REST_RULE = _declare("deployment.rest_rule", str, "tolak", OFF,
                     N_("settings", "Aturan istirahat antarpenugasan"), RULE_MODES)
LENGTH_RULE = _declare("deployment.length_rule", str, "tolak", OFF,
                       N_("settings", "Aturan lama penugasan terpanjang"), RULE_MODES)
# The roles (skill codes, comma-separated) a member older than 45 (Legiun Tagana) may still be assigned to.
LEGIUN_ROLES = _declare("deployment.legiun_roles", str, "dapur_umum,psikososial,posko,komunikasi,logistik", OFF,
                        N_("settings", "Peran yang boleh untuk anggota di atas 45 tahun (Legiun)"))

# Requests for aid (deployment.requests): the service standard, in working days (weekends and
# Indonesian public holidays not counted), after which an undecided or unfulfilled request is overdue.
REQUEST_SERVICE_DAYS = _declare("request.service_days", int, 1, OFF,
                                N_("settings", "Standar pelayanan permintaan bantuan (hari kerja)"), bounds=(1, 30))
# Distributions (deployment.distribution): a household given the same package again within this many
# days is asked about (the repeat warning) before it is recorded.
DISTRIBUTION_REPEAT_DAYS = _declare("distribution.repeat_days", int, 7, OFF,
                                    N_("settings", "Peringatan distribusi berulang ke rumah tangga yang sama "
                                                   "(hari)"), bounds=(0, 365))
# Whether a warehouse of a kind other than lumbung needs a declared emergency by default when it is created.
EMERGENCY_FOR_OTHER_WAREHOUSES = _declare("stock.emergency_for_other_warehouses", bool, False, OFF,
                                          N_("settings", "Gudang baru selain lumbung sosial juga memerlukan "
                                                         "status darurat"))

# Warehouse stock (inventory package).
EXPIRY_ALERT_DAYS = _declare("stock.expiry_alert_days", int, 90, OFF,
                             N_("settings", "Peringatan kedaluwarsa (hari sebelumnya)"), bounds=(0, 365))

# Dispatches and their documents (deployment package).
BAST_OFFICIAL_NAME = _declare("dispatch.bast_official_name", str, "", OFF,
                              N_("settings", "Nama pejabat PIHAK PERTAMA pada BAST (bila tidak ada pengguna yang ditunjuk)"))
BAST_OFFICIAL_NIP = _declare("dispatch.bast_official_nip", str, "", OFF,
                             N_("settings", "NIP pejabat PIHAK PERTAMA"))
BAST_OFFICIAL_POSITION = _declare("dispatch.bast_official_position", str,
                                  "Kepala Bidang Perlindungan dan Jaminan Sosial", OFF,
                                  N_("settings", "Jabatan pejabat PIHAK PERTAMA"))
DISPATCH_BUDGET = _declare("dispatch.default_budget", str, "persediaan buffer stock Dinas Sosial", OFF,
                           N_("settings", "Sumber anggaran bantuan (bawaan)"))

# This desktop.
LANGUAGE = _declare("local.language", str, "id", LOC, N_("settings", "Bahasa"), ("id", "en"))
DATABASE_URL = _declare("local.database_url", str, "", LOC, N_("settings", "Lokasi basis data"))
BACKUP_DIR = _declare("local.backup_dir", str, "", LOC, N_("settings", "Folder cadangan"))
BACKUP_KEEP = _declare("local.backup_keep", int, 10, LOC,
                       N_("settings", "Jumlah cadangan otomatis yang disimpan"))
BACKUP_ON_EXIT = _declare("local.backup_on_exit", bool, True, LOC,
                          N_("settings", "Cadangkan otomatis saat keluar"))
MAIN_WINDOW_GEOMETRY = _declare("local.window.main", str, "", LOC, N_("settings", "Posisi jendela utama"))
LAST_USERNAME = _declare("local.last_username", str, "", LOC, N_("settings", "Pengguna terakhir"))
LAST_OFFICE = _declare("local.last_office", dict, {}, LOC,
                       N_("settings", "Kantor terakhir (untuk jendela masuk)"))
DOCUMENTS_DIR = _declare("local.documents_dir", str, "", LOC, N_("settings", "Folder dokumen"))

OFFICE_PROFILE = (GOVERNMENT_NAME, OFFICE_NAME, OFFICE_ADDRESS, OFFICE_PHONE, OFFICE_EMAIL, OFFICE_LOGO_PNG,
                  SIGNING_CITY, HEAD_NAME, HEAD_RANK, HEAD_NIP, PAPER_SIZE, FONT, *SIGNERS)


# --- office settings, in the database ------------------------------------------------------------

def get_office(session: Session, setting: Setting[T]) -> T:
    from tagana_app.models import AppSetting

    assert setting.scope is Scope.OFFICE
    row = session.get(AppSetting, setting.key)
    return setting.coerce(row.value.get("v"), check=False) if row is not None else setting.default


def office_values(session: Session) -> dict[str, Any]:
    from sqlalchemy import select

    from tagana_app.models import AppSetting

    stored = {row.key: row.value.get("v") for row in session.scalars(select(AppSetting))}
    return {key: s.coerce(stored.get(key), check=False) for key, s in REGISTRY.items() if s.scope is Scope.OFFICE}


@changes("settings")
def set_office(session: Session, actor: Any, values: dict[Setting[Any], Any], *, audited: bool = True) -> dict[str, Any]:
    """Store office settings (admin only); returns what changed, old and new."""
    from tagana_app import audit
    from tagana_app.models import AppSetting

    can_change_office_settings.require(actor, action=N_("domain", "mengubah pengaturan kantor"))
    changed: dict[str, Any] = {}
    for setting, raw in values.items():
        assert setting.scope is Scope.OFFICE
        value = setting.coerce(raw)
        row = session.get(AppSetting, setting.key)
        old = setting.coerce(row.value.get("v"), check=False) if row is not None else setting.default
        if setting in SIGNERS and value and value != old:  # a signer kept as is does not stop other changes
            value = _signing_user(session, setting, value)
        if old == value:  # unchanged: a default chosen explicitly is kept, with nothing to audit
            if row is None:
                session.add(AppSetting(key=setting.key, value={"v": value}))
            continue
        if row is None:
            session.add(AppSetting(key=setting.key, value={"v": value}))
        else:
            row.value = {"v": value}
        shown = (lambda v: f"<{len(v)} karakter>") if setting is OFFICE_LOGO_PNG else (lambda v: v)
        changed[setting.key] = {"lama": shown(old), "baru": shown(value)}
    if changed and audited:
        audit.record(session, actor, "settings.update", N_("domain", "pengaturan"), "kantor", changed)
    if TIMEZONE.key in changed:
        clock.use_zone(changed[TIMEZONE.key]["baru"])
    return changed


def _signing_user(session: Session, setting: Setting[Any], username: str) -> str:
    """The username as stored, of an active user with a full name (what the paper prints); else refused."""
    from sqlalchemy import func, select

    from tagana_app.models import User

    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None or not user.active:
        raise ValidationError(N_("errors", "Pengaturan '{label}': pengguna '{value}' tidak ada atau tidak aktif."),
                              label=setting.named(), value=username)
    if not user.full_name.strip():
        raise ValidationError(N_("errors", "Pengaturan '{label}': pengguna '{value}' belum memiliki nama lengkap "
                                           "(isi di Pengaturan, Pengguna)."), label=setting.named(), value=username)
    return user.username


def apply_office_clock(session: Session) -> None:
    """Make the program's clock use the office's time zone (at start-up, after the database opened)."""
    clock.use_zone(get_office(session, TIMEZONE))


# --- local settings, in a JSON file ---------------------------------------------------------------

def url_has_password(value: str) -> bool:
    """True when a database URL carries a password (``postgresql://user:SANDI@host/db``)."""
    from urllib.parse import urlsplit

    if "://" not in value:
        return False
    try:
        return bool(urlsplit(value.strip()).password)
    except ValueError:
        return False


class LocalSettings:
    """This desktop's settings file; ``TAGANA_CONFIG_DIR`` moves it (tests, portable installs)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            base = os.environ.get("TAGANA_CONFIG_DIR")
            path = (Path(base) if base else paths.config_dir()) / "pengaturan.json"
        self.path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = {}
            # A damaged or hand-edited file falls back to the defaults instead of stopping the program.
            self._values = loaded if isinstance(loaded, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        assert setting.scope is Scope.LOCAL
        try:
            return setting.coerce(self._values.get(setting.key))
        except ValidationError:
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        assert setting.scope is Scope.LOCAL
        if setting is DATABASE_URL and url_has_password(str(value)):
            raise DatabasePasswordInUrl()
        self._values[setting.key] = setting.coerce(value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

    def backup_dir(self) -> Path:
        value = self.get(BACKUP_DIR)
        return Path(value) if value else paths.default_backup_dir()
