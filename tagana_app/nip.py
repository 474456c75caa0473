"""The NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, read as
birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, sex (1 man, 2 woman) and a serial of 3.

lokal-id (already a dependency) only has a private yes/no detector for NIPs in free text; a person
typing one needs to hear which part is wrong, so the check is here.
"""

from __future__ import annotations

from datetime import date

from tagana_app.errors import ValidationError
from tagana_app.texts import N_, Text

LENGTH = 18


class InvalidNip(ValidationError):
    template = N_("errors", "NIP '{nip}' tidak valid: {reason}.")


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def check_nip(value: str) -> str:
    """``value`` without spaces (officials write "19700101 200003 2 001"), or ``InvalidNip``.
    An empty value stays empty: not everyone who signs is a civil servant."""
    nip = "".join(value.split())
    if not nip:
        return ""
    if not (nip.isascii() and nip.isdigit()):
        raise InvalidNip(nip=nip, reason=Text(N_("errors", "hanya boleh berisi angka")))
    if len(nip) != LENGTH:
        raise InvalidNip(nip=nip, reason=Text(N_("errors", "harus 18 digit")))
    born = _date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    if born is None or born.year < 1900:
        raise InvalidNip(nip=nip, reason=Text(N_("errors", "8 digit pertama bukan tanggal lahir (tahun, bulan, tanggal)")))
    appointed = _date(int(nip[8:12]), int(nip[12:14]), 1)
    if appointed is None or appointed <= born:
        raise InvalidNip(nip=nip, reason=Text(N_("errors", "digit 9 sampai 14 bukan tahun dan bulan pengangkatan (TMT)")))
    if nip[14] not in "12":
        raise InvalidNip(nip=nip, reason=Text(N_("errors", "digit ke-15 (jenis kelamin) harus 1 atau 2")))
    return nip
