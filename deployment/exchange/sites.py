"""This installation as a site, the sites it knows, and its Ed25519 key.

The key pair is made the first time the site is needed (``self_site``); the private key stays in
``site_key`` and signs what this site sends.  A fingerprint is the SHA-256 of the public key, shown
as six groups of four letters and digits a person can read over the phone
("K7QD-2M4A-...").  The office's own site takes its code from the working region
(``deployment.home_region``: "17.09" → "KAB-1709"; a kota "KOTA-1771") until a person sets another.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deployment.exchange.models import Site, SiteKey
from tagana_app import audit, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.clock import utcnow
from tagana_app.errors import NotFound, ValidationError
from tagana_app.permissions import COORDINATOR, OFFICIAL, Capability
from tagana_app.texts import N_

SITE_KINDS = {"kabupaten": N_("domain", "Kabupaten"), "kota": N_("domain", "Kota"),
              "provinsi": N_("domain", "Provinsi"), "posko": N_("domain", "Posko")}
OFFICE_KINDS = ("kabupaten", "kota")
SITE_STATUSES = {"menunggu": N_("domain", "Menunggu balasan"), "aktif": N_("domain", "Aktif"),
                 "dicabut": N_("domain", "Dicabut")}
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")

# Who creates poskos and moves exchange files (koordinator or pejabat), who revokes a site (pejabat).
can_exchange = Capability((COORDINATOR, OFFICIAL), N_("domain", "bertukar berkas dengan posko atau kantor"))
can_revoke = Capability((OFFICIAL,), N_("domain", "mencabut situs"))


@dataclass(frozen=True)
class SiteInfo:
    id: int
    code: str
    name: str
    kind: str
    status: str
    is_self: bool
    public_key: str
    region_code: str
    incident_id: int | None
    warehouse_id: int | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key) if self.public_key else ""

    @property
    def is_office(self) -> bool:
        return self.kind in OFFICE_KINDS


def info(site: Site) -> SiteInfo:
    return SiteInfo(site.id, site.code, site.name, site.kind, site.status, site.is_self, site.public_key,
                    site.region_code, site.incident_id, site.warehouse_id)


def fingerprint(public_key_hex: str) -> str:
    """Six groups of four characters (base32 of the key's SHA-256): what two people compare by phone."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).digest()
    text = base64.b32encode(digest).decode()[:24]
    return "-".join(text[i:i + 4] for i in range(0, 24, 4))


def same_fingerprint(given: str, public_key_hex: str) -> bool:
    def norm(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())
    return bool(given) and norm(given) == norm(fingerprint(public_key_hex))


def check_code(code: str) -> str:
    code = code.strip().upper()
    if not CODE_PATTERN.match(code):
        raise ValidationError(N_("errors", "Kode situs '{code}' tidak valid: 2–20 huruf besar, angka atau tanda "
                                           "hubung, diawali huruf atau angka (misalnya PSK-01)."), code=code)
    return code


def _new_key() -> tuple[str, str]:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes_raw().hex()
    public = key.public_key().public_bytes_raw().hex()
    return private, public


def _office_code(session: Session) -> tuple[str, str, str]:
    """(code, name, kind) of the office's own site from the working region and the office name."""
    from tagana_app import regions

    region = settings.get_office(session, settings.HOME_REGION)
    found = regions.lookup(region)
    kind = "kota" if found is not None and found.name.upper().startswith("KOTA") else "kabupaten"
    code = ("KOTA-" if kind == "kota" else "KAB-") + region.replace(".", "")
    name = settings.get_office(session, settings.OFFICE_NAME)
    return code, name, kind


def self_row(session: Session, *, create: bool = True) -> Site | None:
    """This installation's site row, made with a new key pair the first time (an office site)."""
    site = session.scalar(select(Site).where(Site.is_self.is_(True)))
    if site is None and create:
        code, name, kind = _office_code(session)
        try:
            with session.begin_nested():  # two desktops of one office starting at once: one site, one key
                site = make_self(session, code, name, kind,
                                 region_code=settings.get_office(session, settings.HOME_REGION))
        except IntegrityError:
            site = session.scalar(select(Site).where(Site.is_self.is_(True)))
    return site


def make_self(session: Session, code: str, name: str, kind: str, *, region_code: str = "",
              incident_id: int | None = None, warehouse_id: int | None = None) -> Site:
    private, public = _new_key()
    site = Site(code=check_code(code), name=name, kind=kind, is_self=True, status="aktif", public_key=public,
                region_code=region_code, incident_id=incident_id, warehouse_id=warehouse_id, profile={},
                peer_held=[], created_by="", paired_at=None, revoked_by="", revoke_reason="")
    session.add(site)
    session.flush()
    session.add(SiteKey(site_id=site.id, private_key=private))
    session.flush()
    return site


def self_site(session: Session) -> SiteInfo:
    site = self_row(session)
    assert site is not None
    return info(site)


def sign(session: Session, data: bytes) -> bytes:
    """This site's Ed25519 signature of ``data`` (64 bytes)."""
    site = self_row(session)
    assert site is not None
    private = session.get(SiteKey, site.id)
    assert private is not None, "this site has no private key"
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private.private_key)).sign(data)


def verify(public_key_hex: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def find(session: Session, code: str, *, lock: bool = False) -> Site | None:
    """``lock``: the row is held until the transaction ends (files of one pair are made and taken one at a
    time, also from two desktops of one office)."""
    query = select(Site).where(Site.code == code.strip().upper())
    return session.scalar(query.with_for_update() if lock else query)


def get(session: Session, code: str, *, lock: bool = False) -> Site:
    site = find(session, code, lock=lock)
    if site is None or site.is_self:
        raise NotFound(what=N_("domain", "Situs"), key=code)
    return site


def peers(session: Session) -> list[SiteInfo]:
    return [info(s) for s in session.scalars(select(Site).where(Site.is_self.is_(False)).order_by(Site.code))]


@changes("sites")
def revoke(session: Session, actor: Actor, code: str, reason: str) -> SiteInfo:
    """Revoke a site (a lost laptop): every later file from it is refused.  Not undone."""
    can_revoke.require(actor)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(N_("errors", "Alasan pencabutan situs wajib diisi."))
    site = get(session, code)
    if site.status == "dicabut":
        raise ValidationError(N_("errors", "Situs {code} sudah dicabut."), code=site.code)
    site.status, site.revoked_at, site.revoked_by, site.revoke_reason = "dicabut", utcnow(), actor.username, reason[:500]
    session.flush()
    audit.record(session, actor, "site.revoke", N_("domain", "situs"), site.code, {"alasan": reason})
    return info(site)


@changes("sites")
def configure_self(session: Session, actor: Actor, *, code: str, name: str, kind: str, region: str = "") -> SiteInfo:
    """Set this site's code, name and kind (a provinsi's installation says it is one) before any pairing."""
    from tagana_app.permissions import can_change_office_settings

    can_change_office_settings.require(actor, action=N_("domain", "mengubah kode situs"))
    if kind not in ("kabupaten", "kota", "provinsi"):
        raise ValidationError(N_("errors", "Jenis situs '{kind}' tidak dapat dipilih di sini: kabupaten, kota atau "
                                           "provinsi (posko disiapkan dari berkas kantor)."), kind=kind)
    site = self_row(session)
    assert site is not None
    if site.kind == "posko" or peers(session):
        raise ValidationError(N_("errors", "Kode dan jenis situs tidak dapat diubah lagi: situs ini sudah berpasangan "
                                           "dengan situs lain."))
    name = " ".join(name.split())
    if not name:
        raise ValidationError(N_("errors", "Nama situs wajib diisi."))
    site.code, site.name, site.kind = check_code(code), name[:200], kind
    site.region_code = region or site.region_code
    session.flush()
    audit.record(session, actor, "site.configure", N_("domain", "situs"), site.code, {"nama": name, "jenis": kind})
    return info(site)
