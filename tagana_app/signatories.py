"""Who signs the office's papers: the officials a document names, never a login name or dots.

A paper asks for the official of a role (``official(session, role)``) and gets the person's full
name, NIP, rank (pangkat/golongan) and position; a role with nobody named is a refusal
(``MissingSignatory``) before anything is printed.  ``distinct`` refuses one person signing one
paper twice.

The roles a paper can ask for:
- ``kepala_dinas``: the head of office (SPT, "Mengetahui" on the stock card, approvals);
- ``pihak_pertama``: the Kabid or Kasi who hands goods over on a BAST (PIHAK PERTAMA);
- ``pengurus_barang``: the pengurus barang / petugas gudang who keeps the goods.

This first version reads the officials from the office settings that name them today (the head of
office, the BAST official); the signatories-from-people work replaces where they come from without
changing this interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tagana_app import settings
from tagana_app.errors import TaganaError
from tagana_app.texts import N_

KEPALA_DINAS = "kepala_dinas"
PIHAK_PERTAMA = "pihak_pertama"
PENGURUS_BARANG = "pengurus_barang"

ROLE_TITLES = {
    KEPALA_DINAS: N_("domain", "Kepala Dinas"),
    PIHAK_PERTAMA: N_("domain", "Pejabat PIHAK PERTAMA (Kabid/Kasi)"),
    PENGURUS_BARANG: N_("domain", "Pengurus barang / petugas gudang"),
}


@dataclass(frozen=True)
class Official:
    """One person who signs: what the signature block prints under the signature."""

    name: str
    nip: str
    position: str
    rank: str = ""
    username: str = ""      # the user account this official is, when known (to refuse signing twice)

    @property
    def key(self) -> str:
        """Who this is, for the signs-twice rule: the NIP when there is one, else the name."""
        return self.nip.strip() or self.name.strip().casefold()


class MissingSignatory(TaganaError):
    template = N_("errors", "{document} tidak dapat dicetak: {role} belum ditentukan. Isi di Pengaturan "
                            "kantor, bagian Penandatangan.")


class SignsTwice(TaganaError):
    template = N_("errors", "{document} tidak dapat dicetak: {name} tercatat sebagai {first} dan juga {second}; "
                            "satu orang tidak menandatangani satu dokumen dua kali.")


def _head(session: Session) -> Official:
    from tagana_app.pdf.profile import load_profile  # the profile holds the head's position title

    profile = load_profile(session)
    return Official(profile.head_name.strip(), profile.head_nip.strip(), profile.head_title, profile.head_rank.strip())


def _bast_official(session: Session) -> Official:
    name = settings.get_office(session, settings.BAST_OFFICIAL_NAME).strip()
    if not name:
        return _head(session)
    return Official(name, settings.get_office(session, settings.BAST_OFFICIAL_NIP).strip(),
                    settings.get_office(session, settings.BAST_OFFICIAL_POSITION).strip())


def find(session: Session, role: str) -> Official | None:
    """The official of ``role``, or None when nobody is named."""
    if role == KEPALA_DINAS:
        found = _head(session)
    elif role == PIHAK_PERTAMA:
        found = _bast_official(session)
    elif role == PENGURUS_BARANG:
        return None
    else:
        raise KeyError(role)
    return found if found.name else None


def official(session: Session, role: str, *, document: str) -> Official:
    """The official of ``role``; ``MissingSignatory`` (naming ``document``) when nobody is named."""
    found = find(session, role)
    if found is None:
        raise MissingSignatory(document=document, role=ROLE_TITLES[role])
    return found


def distinct(document: str, signers: dict[str, Official]) -> None:
    """Refuse one person in two signature places of ``document`` (``signers``: place title -> official)."""
    seen: dict[str, str] = {}
    for place, person in signers.items():
        if person.key in seen:
            raise SignsTwice(document=document, name=person.name, first=seen[person.key], second=place)
        seen[person.key] = place
