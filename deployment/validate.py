"""Checks shared by the services and the roster import: NIK, phone, dates, codes from free text.

A warning (a NIK that disagrees with the birth date typed, an age that does not fit the status) is a
``Text``: it reads as the Indonesian sentence and keeps its marked template for the window's translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import lokal
import phonenumbers

from deployment.errors import InvalidNIK, InvalidPhone
from deployment.models import LEVELS, SKILLS, STATUSES
from tagana_app import regions
from tagana_app.errors import ValidationError
from tagana_app.texts import N_, Text

ACTIVE_AGE = (18, 45)
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}
EXCEL_EPOCH = date(1899, 12, 30)

_SKILL_ALIASES = {
    "dapur": "dapur_umum", "dapurumum": "dapur_umum", "du": "dapur_umum",
    "shelter": "shelter", "penampungan": "shelter", "huntara": "shelter",
    "logistik": "logistik",
    "psikososial": "psikososial", "ldp": "psikososial", "psikososialldp": "psikososial", "dukunganpsikososial": "psikososial",
    "evakuasi": "evakuasi", "sar": "evakuasi", "evakuasisar": "evakuasi",
    "kajicepat": "kaji_cepat", "pendataan": "kaji_cepat", "kajicepatpendataan": "kaji_cepat", "assessment": "kaji_cepat",
    "posko": "posko", "trc": "posko", "poskotrc": "posko",
    "komunikasi": "komunikasi", "radio": "komunikasi",
}


def squash(text: object) -> str:
    """Lower-case letters and digits only: how headers and choices are compared."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


def parse_skill(text: str) -> str:
    key = squash(text)
    code = _SKILL_ALIASES.get(key) or (key if key in SKILLS else None)
    if code is None:
        code = next((c for c in SKILLS if squash(c) == key or squash(SKILLS[c]) == key), None)
    if code is None:
        raise ValidationError(N_("errors", "Keahlian '{value}' tidak dikenal. Pilihan: {choices}."), value=text,
                              choices=", ".join(SKILLS.values()))
    return code


@lru_cache(maxsize=4096)
def parse_skills(text: str) -> tuple[str, ...]:
    parts = [p for p in re.split(r"[,;\n]+", str(text or "")) if p.strip()]
    return tuple(dict.fromkeys(parse_skill(p) for p in parts))


@lru_cache(maxsize=4096)
def parse_level(text: str) -> str:
    key = squash(text).removeprefix("tagana")
    if key in LEVELS:
        return key
    raise ValidationError(N_("errors", "Jenjang '{value}' tidak dikenal. Pilihan: Muda, Madya, Utama."), value=text)


@lru_cache(maxsize=4096)
def parse_status(text: str) -> str:
    key = squash(text).replace("tagana", "")
    key = {"nonaktif": "nonaktif", "tidakaktif": "nonaktif", "legiun": "legiun", "aktif": "aktif"}.get(key, key)
    if key in STATUSES:
        return key
    raise ValidationError(N_("errors", "Status '{value}' tidak dikenal. Pilihan: aktif, nonaktif, Legiun."), value=text)


@lru_cache(maxsize=4096)
def parse_sex(text: str) -> str:
    key = squash(text)
    code = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L", "m": "L",
            "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "w": "P", "f": "P"}.get(key)
    if code is None:
        raise ValidationError(N_("errors", "Jenis kelamin '{value}' tidak dikenal: isi L atau P."), value=text)
    return code


def parse_date(value: object) -> date:
    """A date from a date cell, an Excel serial number or text: 2026-11-23, 23/11/2026, 23-11-2026,
    23.11.2026 or "23 November 2026"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 100000:
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value).strip()
    try:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        match = re.fullmatch(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})", text)
        if match and match[2].lower() in MONTHS:
            return date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        pass
    raise ValidationError(N_("errors", "Tanggal '{value}' tidak dikenali: tulis seperti 2026-11-23, 23/11/2026 "
                             "atau 23 November 2026."), value=text)


@lru_cache(maxsize=4096)
def _national_valid(prefix: str, length: int) -> bool:
    """phonenumbers' verdict for Indonesian numbers starting with ``prefix`` of ``length`` digits: its
    patterns for Indonesia depend on the leading digits and the length only, so a roster of thousands
    of numbers asks it a few hundred times."""
    sample = int(prefix + "0" * (length - len(prefix)))
    return phonenumbers.is_valid_number(phonenumbers.PhoneNumber(country_code=62, national_number=sample))


_PHONE_DIGITS = re.compile(r"(?:\+?62|0)([1-9]\d{6,12})")


def normalize_phone(value: object) -> str | None:
    """E.164 ("+6281234567890"), or None for an empty cell; InvalidPhone when it cannot be a number."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    plain = _PHONE_DIGITS.fullmatch(re.sub(r"[\s\-.()]", "", text))
    if plain:  # the usual way of writing: skip the general parser
        national = plain[1]
        if not _national_valid(national[:6], len(national)):
            raise InvalidPhone(phone=text)
        return "+62" + national
    else:
        try:
            number = phonenumbers.parse(text, "ID")
        except phonenumbers.NumberParseException:
            raise InvalidPhone(phone=text) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(phone=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_nik(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"[\s.\-]", "", str(value or ""))


def mask_nik(value: str | None) -> str:
    """A NIK for papers that leave the office: the first 4 and last 2 digits, the rest starred
    ("1709**********01"); the whole number stays only where a form requires it (the BAST)."""
    nik = clean_nik(value)
    if len(nik) <= 6:
        return "*" * len(nik)
    return nik[:4] + "*" * (len(nik) - 6) + nik[-2:]


@dataclass(frozen=True)
class NikCheck:
    nik: str
    birth_date: date
    sex: str
    kecamatan_code: str
    warnings: tuple[Text, ...]


@lru_cache(maxsize=8192)
def _nik_region_known(code: str) -> str | None:
    found = regions.lookup(code)
    return found.name if found else None


def check_nik(value: object, *, birth_date: date | None = None, sex: str | None = None) -> NikCheck:
    """Refuse a NIK whose structure or birth date cannot be; warn when it disagrees with what was typed."""
    nik = clean_nik(value)
    info = lokal.parse_nik(nik, lookup_wilayah=_nik_region_known)
    if not info.valid:
        raise InvalidNIK(nik=nik or str(value), reason=" ".join(issue.message for issue in info.errors))
    nik_birth = date.fromisoformat(info.birth_date)
    warnings: list[Text] = []
    if info.warnings:
        warnings.append(Text(N_("errors", "Kode wilayah NIK {code} tidak ada dalam daftar Kemendagri terbaru "
                                "(mungkin kode lama sebelum pemekaran)."), code=info.district_code))
    # The NIK holds only two year digits: compare day, month and those two digits.
    if birth_date is not None and (birth_date.day, birth_date.month, birth_date.year % 100) != (
            nik_birth.day, nik_birth.month, nik_birth.year % 100):
        warnings.append(Text(N_("errors", "Tanggal lahir {entered} tidak sesuai dengan NIK ({from_nik})."),
                             entered=birth_date.isoformat(), from_nik=nik_birth.strftime("%d-%m-%y")))
    if sex is not None and sex != info.gender:
        warnings.append(Text(N_("errors", "Jenis kelamin {entered} tidak sesuai dengan NIK ({from_nik})."),
                             entered=sex, from_nik=info.gender))
    return NikCheck(nik, birth_date or nik_birth, sex or info.gender, info.district_code, tuple(warnings))


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_warning(birth: date, status: str, day: date) -> Text | None:
    """A note when the age on ``day`` does not fit the status (never changes anything)."""
    age = age_on(birth, day)
    low, high = ACTIVE_AGE
    if status == "aktif" and age > high:
        return Text(N_("errors", "Umur {age} tahun di atas {high} tahun untuk anggota aktif (pertimbangkan "
                       "status Legiun Tagana)."), age=age, high=high)
    if status != "nonaktif" and age < low:
        return Text(N_("errors", "Umur {age} tahun di bawah {low} tahun."), age=age, low=low)
    return None


@lru_cache(maxsize=8192)
def _known_region(code: str) -> regions.Region | None:
    return regions.lookup(code)


def require_region(code: str, field: str = N_("domain", "Wilayah")) -> regions.Region:
    found = _known_region(str(code).strip())
    if found is not None and found.level in (3, 4):
        return found
    return regions.require(code, levels=(3, 4), field=field)  # says why not


@lru_cache(maxsize=4096)
def kecamatan_of(code: str) -> str:
    return ".".join(regions.normalize(code).split(".")[:3])


@lru_cache(maxsize=64)
def _kecamatan_names(home_region: str) -> dict[str, str]:
    return {squash(r.name): r.code for r in regions.children(home_region) if r.level == 3}


@lru_cache(maxsize=512)
def _desa_names(kecamatan: str) -> dict[str, str]:
    return {squash(r.name): r.code for r in regions.children(kecamatan) if r.level == 4}


def resolve_region(kecamatan: object, desa: object, home_region: str) -> str:
    """The region code from a kecamatan (code, or name within ``home_region``) and an optional desa
    (code, or name within that kecamatan)."""
    kec_text = "" if kecamatan is None else str(kecamatan).strip()
    desa_text = "" if desa is None else str(desa).strip()
    kec_code = ""
    if kec_text:
        if re.fullmatch(r"[\d.]+", kec_text):
            kec_code = require_region(kec_text, N_("domain", "Kecamatan")).code
            kec_code = kecamatan_of(kec_code)
        else:
            key = squash(re.sub(r"(?i)^\s*(kec\.?|kecamatan)\s+", "", kec_text))
            kec_code = _kecamatan_names(regions.normalize(home_region)).get(key, "")
            if not kec_code:
                raise ValidationError(N_("errors", "Kecamatan '{value}' tidak ada di {home}."), value=kec_text,
                                      home=regions.name(home_region))
    if desa_text:
        if re.fullmatch(r"[\d.]+", desa_text):
            found = regions.require(desa_text, levels=(4,), field=N_("domain", "Desa"))
            if kec_code and kecamatan_of(found.code) != kec_code:
                raise ValidationError(N_("errors", "Desa '{value}' tidak berada di kecamatan {kec}."), value=desa_text,
                                      kec=regions.name(kec_code))
            return found.code
        if not kec_code:
            raise ValidationError(N_("errors", "Desa '{value}' ditulis dengan nama: isi juga kecamatannya."),
                                  value=desa_text)
        key = squash(re.sub(r"(?i)^\s*(desa|kel\.?|kelurahan)\s+", "", desa_text))
        code = _desa_names(kec_code).get(key)
        if code is None:
            raise ValidationError(N_("errors", "Desa '{value}' tidak ada di kecamatan {kec}."), value=desa_text,
                                  kec=regions.name(kec_code))
        return code
    if not kec_code:
        raise ValidationError(N_("errors", "Kecamatan wajib diisi."))
    return kec_code
