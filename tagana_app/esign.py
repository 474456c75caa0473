"""Certified electronic signatures (PP 71/2019): the office's PKCS#12 certificate, and the PAdES signature
of every original it prints.

When the office has stored a certificate (``tagana sign setup``, or the Settings page), the first
print of every paper (the original, copy 0) is also signed as a PDF signature (PAdES B-B, with
pyHanko) that a standard PDF reader validates; the QR code stays the offline integrity check.
Without a certificate nothing changes.  A SALINAN is never signed: it is a copy.

How the key is kept: the certificate's own password is asked once, at setup, and never stored.
The key and its certificates are kept in the database (``app_setting``, an internal key no setting
lists), as a PKCS#12 re-encrypted with a random passphrase made at setup and kept beside it.  So
every computer of a shared database signs without anyone typing a password, and the protection of
the key is the protection of the database (its file, its backups, its PostgreSQL accounts): whoever
can read the whole database can sign as the office, as whoever can write it can already issue
numbers and verification codes.  What this keeps out is the password of the certificate, which
often protects other copies of the key too.
"""

from __future__ import annotations

import base64
import io
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from sqlalchemy.orm import Session

from tagana_app import audit, clock, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import TaganaError
from tagana_app.models import AppSetting
from tagana_app.permissions import can_manage_esign
from tagana_app.texts import N_

CERTIFICATE_KEY = "internal.esign_certificate"  # not a user setting: never listed, never shown
REASON = "Dokumen asli Tagana Logistik"
FIELD_NAME = "TandaTanganElektronikKantor"
MAX_P12_BYTES = 1_000_000


class CertificateFileUnreadable(TaganaError):
    template = N_("errors", "Berkas sertifikat '{path}' tidak dapat dibaca (tidak ada, atau bukan berkas).")


class NotPkcs12(TaganaError):
    template = N_("errors", "Berkas '{name}' bukan sertifikat PKCS#12 (.p12/.pfx) yang dapat dibaca.")


class WrongCertificatePassword(TaganaError):
    template = N_("errors", "Kata sandi sertifikat '{name}' salah.")


class NoKeyInCertificate(TaganaError):
    template = N_("errors", "Berkas '{name}' tidak berisi kunci privat beserta sertifikatnya; tanda tangan "
                            "elektronik memerlukan keduanya.")


class CertificateExpired(TaganaError):
    template = N_("errors", "Sertifikat '{subject}' berlaku {valid_from} sampai {valid_to}, tidak pada "
                            "saat ini.")


class StoredCertificateExpired(TaganaError):
    template = N_("errors", "Dokumen asli tidak dicetak: sertifikat tanda tangan elektronik kantor ('{subject}') "
                            "berlaku {valid_from} sampai {valid_to}. Pasang sertifikat yang berlaku "
                            "('tagana sign setup') atau hapus yang lama ('tagana sign remove').")


class StoredCertificateUnreadable(TaganaError):
    template = N_("errors", "Sertifikat tanda tangan elektronik yang tersimpan tidak dapat dibaca; pasang lagi "
                            "dengan 'tagana sign setup' atau hapus dengan 'tagana sign remove'.")


@dataclass(frozen=True)
class CertificateStatus:
    """What the office's signing certificate is, as `tagana sign status` and the Settings page show it."""

    subject: str
    signer_name: str
    issuer: str
    valid_from: datetime
    valid_to: datetime
    serial: str
    installed_by: str
    installed_at: str

    def valid_at(self, moment: datetime) -> bool:
        return self.valid_from <= moment <= self.valid_to


@dataclass(frozen=True)
class _Identity:
    key: object
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def _common_name(name: x509.Name) -> str:
    found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(found[0].value) if found else name.rfc4514_string()


def _status(certificate: x509.Certificate, installed_by: str = "", installed_at: str = "") -> CertificateStatus:
    return CertificateStatus(certificate.subject.rfc4514_string(), _common_name(certificate.subject),
                             certificate.issuer.rfc4514_string(), certificate.not_valid_before_utc,
                             certificate.not_valid_after_utc, format(certificate.serial_number, "X"),
                             installed_by, installed_at)


def when(moment: datetime) -> str:
    """A validity bound as the office reads it: its own time zone, to the minute ("01-01-2090 07:00 WIB")."""
    return f"{clock.local(moment):%d-%m-%Y %H:%M} {clock.zone_code()}"


def read_pkcs12(data: bytes, password: str, *, name: str) -> _Identity:
    """The key, certificate and chain of a PKCS#12 file, or a refusal: not a PKCS#12, wrong password,
    no key or no certificate in it."""
    if not data or len(data) > MAX_P12_BYTES:
        raise NotPkcs12(name=name)
    try:  # the outer structure is not encrypted: a file that does not parse is no PKCS#12 at all
        parsed = asn1_pkcs12.Pfx.load(data, strict=True)
        parsed["auth_safe"]["content_type"].native  # noqa: B018 - parse it now
    except (ValueError, TypeError, KeyError):
        raise NotPkcs12(name=name) from None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise WrongCertificatePassword(name=name) from None
    if key is None or certificate is None:
        raise NoKeyInCertificate(name=name)
    return _Identity(key, certificate, tuple(chain or ()))


def _stored(session: Session) -> tuple[_Identity, dict] | None:
    row = session.get(AppSetting, CERTIFICATE_KEY)
    if row is None:
        return None
    value = dict(row.value)
    try:
        identity = read_pkcs12(base64.b64decode(value["pkcs12"]), value["passphrase"], name=CERTIFICATE_KEY)
    except (TaganaError, KeyError, ValueError):
        raise StoredCertificateUnreadable() from None
    return identity, value


def status(session: Session) -> CertificateStatus | None:
    """The office's certificate, or None when there is none."""
    stored = _stored(session)
    if stored is None:
        return None
    identity, value = stored
    return _status(identity.certificate, value.get("installed_by", ""), value.get("installed_at", ""))


def read_certificate_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_P12_BYTES + 1)
    except OSError:
        raise CertificateFileUnreadable(path=str(path)) from None
    if len(data) > MAX_P12_BYTES:
        raise NotPkcs12(name=Path(path).name)
    return data


@changes("settings")
def setup(session: Session, actor: Actor, path: Path, password: str) -> CertificateStatus:
    """Store the office's certificate from the PKCS#12 file at ``path`` (replacing any other); admin only,
    audited.  Refused, with nothing stored, for a file that cannot be read or is no PKCS#12, a wrong
    password, a file without key, or a certificate not valid now."""
    can_manage_esign.require(actor)
    identity = read_pkcs12(read_certificate_file(path), password, name=Path(path).name)
    found = _status(identity.certificate)
    if not found.valid_at(clock.now()):
        raise CertificateExpired(subject=found.signer_name, valid_from=when(found.valid_from),
                                 valid_to=when(found.valid_to))
    passphrase = secrets.token_urlsafe(32)
    sealed = pkcs12.serialize_key_and_certificates(
        found.signer_name.encode("utf-8"), identity.key, identity.certificate, list(identity.chain) or None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    installed_at = clock.local(clock.now()).replace(microsecond=0).isoformat()
    value = {"pkcs12": base64.b64encode(sealed).decode("ascii"), "passphrase": passphrase,
             "installed_by": actor.username, "installed_at": installed_at}
    row = session.get(AppSetting, CERTIFICATE_KEY)
    if row is None:
        session.add(AppSetting(key=CERTIFICATE_KEY, value=value))
    else:
        row.value = value
    audit.record(session, actor, "esign.setup", N_("domain", "sertifikat"), found.serial,
                 {"subjek": found.subject, "penerbit": found.issuer, "berlaku_sampai": found.valid_to})
    session.flush()
    return _status(identity.certificate, actor.username, installed_at)


@changes("settings")
def remove(session: Session, actor: Actor) -> bool:
    """Forget the office's certificate (admin only, audited), a stored one that cannot be read any more
    too; the originals print unsigned again.  False when there was none."""
    can_manage_esign.require(actor)
    row = session.get(AppSetting, CERTIFICATE_KEY)
    if row is None:
        return False
    try:
        removed = status(session)
    except StoredCertificateUnreadable:
        removed = None
    session.delete(row)
    audit.record(session, actor, "esign.remove", N_("domain", "sertifikat"),
                 removed.serial if removed else "-", {"subjek": removed.subject if removed else None})
    session.flush()
    return True


def sign_pdf(data: bytes, identity: _Identity, *, location: str) -> bytes:
    """``data`` with a PAdES B-B signature (invisible field) by ``identity``, covering the whole file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    key = asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(  # type: ignore[attr-defined]
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    certificate = asn1_x509.Certificate.load(identity.certificate.public_bytes(der))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]))
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=REASON,
                                        location=location or None, name=_common_name(identity.certificate.subject))
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)), meta, signer=signer, output=io.BytesIO())
    return out.getvalue()


def sign_if_configured(session: Session, data: bytes) -> bytes:
    """The original of a paper as it is kept: signed when the office has a certificate, else unchanged.
    A stored certificate that is not valid now refuses the print (an original is never silently unsigned)."""
    stored = _stored(session)
    if stored is None:
        return data
    identity, _value = stored
    found = _status(identity.certificate)
    if not found.valid_at(clock.now()):
        raise StoredCertificateExpired(subject=found.signer_name, valid_from=when(found.valid_from),
                                       valid_to=when(found.valid_to))
    return sign_pdf(data, identity, location=settings.get_office(session, settings.SIGNING_CITY).strip())
