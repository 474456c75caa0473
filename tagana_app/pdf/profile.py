"""The office profile printed on every document, and the paper sizes."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from tagana_app import settings
from tagana_app.indonesian import title_case

PAPERS: dict[str, tuple[float, float]] = {
    "A4": A4,                    # 210 x 297 mm
    "F4": (215 * mm, 330 * mm),  # folio, common in Indonesian government offices
}


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.upper()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}") from None


@dataclass(frozen=True)
class OfficeProfile:
    government: str = settings.GOVERNMENT_NAME.default
    office: str = settings.OFFICE_NAME.default
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    city: str = settings.SIGNING_CITY.default
    head_name: str = ""
    head_rank: str = ""
    head_nip: str = ""
    paper: str = "A4"
    font: str = settings.FONT.default  # a key of pdf.fonts.FACES

    @property
    def region(self) -> str:
        """"Kabupaten Bengkulu Tengah" from "PEMERINTAH KABUPATEN BENGKULU TENGAH"."""
        name = self.government.strip()
        if name.upper().startswith("PEMERINTAH "):
            name = name[len("PEMERINTAH "):]
        return title_case(name)

    @property
    def office_title(self) -> str:
        """"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bengkulu Tengah": the office
        as a sentence names it ("dan" stays small, unlike ``str.title``), its region once."""
        office = title_case(self.office)
        if self.region and self.region.casefold() in office.casefold():
            return office
        return f"{office} {self.region}".strip()

    @property
    def head_title(self) -> str:
        """"Kepala Dinas Sosial Kabupaten Bengkulu Tengah", the position under the head's signature."""
        return f"Kepala {self.office_title}"

    @property
    def contact_line(self) -> str:
        parts = [self.address.strip()]
        if self.phone.strip():
            parts.append(f"Telepon {self.phone.strip()}")
        if self.email.strip():
            parts.append(f"Surel {self.email.strip()}")
        return " \u2022 ".join(p for p in parts if p)


def decode_logo(value: str) -> bytes | None:
    """The logo setting is base64 PNG; anything unreadable means no logo rather than no document."""
    value = (value or "").strip()
    if not value:
        return None
    if value.startswith("data:"):
        value = value.split(",", 1)[-1]
    try:
        data = base64.b64decode(value, validate=False)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(b"\x89PNG") else None


def load_profile(session: Session) -> OfficeProfile:
    values = settings.office_values(session)
    return OfficeProfile(
        government=values[settings.GOVERNMENT_NAME.key],
        office=values[settings.OFFICE_NAME.key],
        address=values[settings.OFFICE_ADDRESS.key],
        phone=values[settings.OFFICE_PHONE.key],
        email=values[settings.OFFICE_EMAIL.key],
        logo_png=decode_logo(values[settings.OFFICE_LOGO_PNG.key]),
        city=values[settings.SIGNING_CITY.key],
        head_name=values[settings.HEAD_NAME.key],
        head_rank=values[settings.HEAD_RANK.key],
        head_nip=values[settings.HEAD_NIP.key],
        paper=values[settings.PAPER_SIZE.key],
        font=values[settings.FONT.key],
    )
