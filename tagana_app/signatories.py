"""Who signs the office's papers: the officials a document names, never a login name or dots.

A paper asks for the official of a role (``official(session, role)``) and gets the person's full
name, NIP, rank (pangkat/golongan) and position; a role with nobody named is a refusal
(``MissingSignatory``) before anything is printed.  ``distinct`` refuses one person signing one
paper twice.

The roles a paper can ask for:
- ``kepala_dinas``: the head of office (SPT, "Mengetahui" on the stock card, approvals);
- ``pihak_pertama``: the Kabid or Kasi who hands goods over on a BAST (PIHAK PERTAMA);
- ``pengurus_barang``: the pengurus barang / petugas gudang who keeps the goods.

The office settings ``signer.kepala_dinas``, ``signer.pihak_pertama`` and ``signer.pengurus_barang``
name the user who signs as each role; the official is that person (``app_user``: full name, NIP,
pangkat/golongan, jabatan).  A database from before them keeps printing: with no user named, the
head of office comes from ``office.head_name/head_nip/head_rank`` and PIHAK PERTAMA from
``dispatch.bast_official_*``.  A named user who is gone, inactive or without a full name is a
refusal, never a login name on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tagana_app import settings
from tagana_app.errors import TaganaError
from tagana_app.models import User
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


_SIGNER_SETTINGS = {
    KEPALA_DINAS: settings.SIGNER_KEPALA_DINAS,
    PIHAK_PERTAMA: settings.SIGNER_PIHAK_PERTAMA,
    PENGURUS_BARANG: settings.SIGNER_PENGURUS_BARANG,
}


class SignatoryNotUsable(MissingSignatory):
    template = N_("errors", "{document} tidak dapat dicetak: pengguna '{user}', yang ditunjuk sebagai {role}, "
                            "tidak aktif atau belum memiliki nama lengkap. Perbaiki di Pengaturan, Pengguna, atau "
                            "tunjuk orang lain di Pengaturan kantor, bagian Penandatangan.")


def _head(session: Session) -> Official:
    from tagana_app.pdf.profile import load_profile  # the profile holds the head's position title

    profile = load_profile(session)
    return Official(profile.head_name.strip(), profile.head_nip.strip(), profile.head_title, profile.head_rank.strip())


def _bast_official(session: Session) -> Official:
    return Official(settings.get_office(session, settings.BAST_OFFICIAL_NAME).strip(),
                    settings.get_office(session, settings.BAST_OFFICIAL_NIP).strip(),
                    settings.get_office(session, settings.BAST_OFFICIAL_POSITION).strip())


def _older_setting(session: Session, role: str) -> Official | None:
    """The official as databases from before ``signer.*`` name them (no account of their own)."""
    if role == KEPALA_DINAS:
        found = _head(session)
    elif role == PIHAK_PERTAMA:
        found = _bast_official(session)
    else:
        return None
    return found if found.name else None


def _person(session: Session, role: str, username: str) -> Official | None:
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    if user is None or not user.active or not user.full_name.strip():
        return None
    position = (user.position or "").strip()
    if not position and role == KEPALA_DINAS:
        position = _head(session).position
    return Official(user.full_name.strip(), (user.nip or "").strip(), position, (user.rank or "").strip(),
                    user.username)


def named(session: Session, role: str) -> str:
    """The username the office settings name for ``role`` ("" for nobody)."""
    return settings.get_office(session, _SIGNER_SETTINGS[role]).strip()


def find(session: Session, role: str) -> Official | None:
    """The official of ``role``, or None when nobody is named (see the module's docstring)."""
    username = named(session, role)
    if username:
        return _person(session, role, username)
    return _older_setting(session, role)


def official(session: Session, role: str, *, document: str) -> Official:
    """The official of ``role``; ``MissingSignatory`` (naming ``document``) when nobody is named."""
    found = find(session, role)
    if found is None:
        username = named(session, role)
        if username:
            raise SignatoryNotUsable(document=document, role=ROLE_TITLES[role], user=username)
        raise MissingSignatory(document=document, role=ROLE_TITLES[role])
    return found


def distinct(document: str, signers: dict[str, Official]) -> None:
    """Refuse one person in two signature places of ``document`` (``signers``: place title -> official)."""
    seen: dict[str, str] = {}
    for place, person in signers.items():
        keys = {person.key} | ({"user:" + person.username.casefold()} if person.username else set())
        for key in keys:
            if key in seen:
                raise SignsTwice(document=document, name=person.name, first=seen[key], second=place)
        seen.update(dict.fromkeys(keys, place))
