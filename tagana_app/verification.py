"""Verification codes for printed documents, and the record of every print.

A printed document carries a QR code ``TAGANA|<number>|<code>``.  The code is the first 10
base32 characters of an HMAC-SHA256, keyed with a secret kept in this database (made on first
use), over a canonical JSON of the document's number and content (its lines, quantities,
parties...).  Every print is recorded in ``document_print`` with the content it was computed
over, so a later check can say not only *whether* a paper matches the database but *what*
differs (e.g. a quantity changed after printing).

The caller decides what "content" is for its document type (a JSON-able mapping), builds it the
same way when printing and when verifying, and gets back plain dataclasses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tagana_app import audit, doc_kinds
from tagana_app.accounts import Actor
from tagana_app.errors import NotFound, TaganaError
from tagana_app.models import AppSetting, DocumentNumber, DocumentPrint
from tagana_app.permissions import can_print_documents
from tagana_app.texts import N_, Text

SECRET_KEY = "internal.verification_secret"  # not a user setting: never listed, never shown
PREFIX = "TAGANA"
CODE_LENGTH = 10
_CODE_RE = re.compile("^[A-Z2-7]{" + str(CODE_LENGTH) + "}$")


class InvalidVerificationCode(TaganaError):
    template = N_(
        "errors",
        "Kode '{text}' bukan kode verifikasi dokumen Tagana. Kode terdiri dari {length} huruf/angka, "
        "atau isi kode QR berbentuk 'TAGANA|nomor|kode'."
    )


class DocumentCancelled(TaganaError):
    template = N_("errors", "Dokumen nomor '{number}' sudah dibatalkan ({reason}) dan tidak boleh dicetak "
                            "lagi.")


@dataclass(frozen=True)
class VerificationRef:
    number: str | None
    code: str


@dataclass(frozen=True)
class PrintRecord:
    number: str
    doc_type: str
    entity: str
    entity_id: str
    copy_no: int          # 0 = the original, n = SALINAN ke-n
    code: str
    payload: str
    printed_by: str
    printed_at: datetime
    content: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_copy(self) -> bool:
        return self.copy_no > 0


@dataclass(frozen=True)
class Difference:
    path: str
    printed: Any
    current: Any

    def describe(self) -> Text:
        return Text(N_("domain", "{path}: tercetak {printed}, di basis data {current}"), "domain",
                    path=self.path,
                    printed=_show(self.printed), current=_show(self.current))


@dataclass(frozen=True)
class VerificationResult:
    matches: bool
    number: str
    code: str
    status: str                      # issued | cancelled
    printed: PrintRecord | None
    differences: tuple[Difference, ...] = ()

    @property
    def message(self) -> Text:
        if self.status == "cancelled":
            return Text(N_("errors", "Dokumen {number} sudah DIBATALKAN."), number=self.number)
        if self.matches:
            return Text(N_("errors", "Dokumen {number} ASLI: isinya sama dengan catatan di basis data."),
                        number=self.number)
        return Text(N_("errors", "Dokumen {number} TIDAK SESUAI dengan catatan di basis data."),
                    number=self.number)


def _show(value: Any) -> str:
    return N_("domain", "(tidak ada)") if value is None else json.dumps(value, ensure_ascii=False)


# --- canonical content and the code ----------------------------------------------------------------

def _number_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def normalize(value: Any) -> Any:
    """The JSON value a content item is compared as: numbers as plain decimal strings (5 == 5.0 ==
    Decimal("5.000")), dates ISO, tuples and sets as lists, text NFC-normalised and stripped."""
    if isinstance(value, Mapping):
        return {str(k): normalize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalize(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((normalize(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | Decimal):
        return _number_text(Decimal(value))
    if isinstance(value, float):
        return _number_text(Decimal(repr(value)))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def canonical_json(number: str, content: Mapping[str, Any]) -> str:
    return json.dumps({"number": number.strip(), "content": normalize(content)}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False)


def compute_code(secret: bytes, number: str, content: Mapping[str, Any]) -> str:
    digest = hmac.new(secret, canonical_json(number, content).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def _secret(session: Session, *, create: bool) -> bytes | None:
    row = session.get(AppSetting, SECRET_KEY)
    if row is None and create:
        table = AppSetting.__table__
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        session.execute(insert(table).values(key=SECRET_KEY, value={"v": secrets.token_hex(32)})
                        .on_conflict_do_nothing(index_elements=[table.c.key]))
        row = session.get(AppSetting, SECRET_KEY, populate_existing=True)
    return bytes.fromhex(row.value["v"]) if row is not None else None


def document_code(session: Session, number: str, content: Mapping[str, Any]) -> str:
    """The code for this content; creates the database's secret on first use (use a write session)."""
    secret = _secret(session, create=True)
    assert secret is not None
    return compute_code(secret, number, content)


def qr_payload(number: str, code: str) -> str:
    return f"{PREFIX}|{number}|{code}"


def parse_payload(text: str) -> VerificationRef:
    """``TAGANA|<number>|<code>`` as scanned, or a code typed by hand (case, spaces and dashes ignored)."""
    raw = (text or "").strip()
    number: str | None = None
    code = raw
    if "|" in raw:
        parts = raw.split("|")
        if len(parts) != 3 or parts[0].strip().upper() != PREFIX or not parts[1].strip():
            raise InvalidVerificationCode(text=raw, length=CODE_LENGTH)
        number, code = parts[1].strip(), parts[2]
    code = re.sub(r"[\s-]", "", code).upper()
    if not _CODE_RE.match(code):
        raise InvalidVerificationCode(text=raw, length=CODE_LENGTH)
    return VerificationRef(number, code)


# --- prints ----------------------------------------------------------------------------------------

def _print_record(doc: DocumentNumber, row: DocumentPrint) -> PrintRecord:
    return PrintRecord(doc.number, doc.doc_type, doc.entity, doc.entity_id, row.copy_no, row.code,
                       qr_payload(doc.number, row.code), row.printed_by_name, row.printed_at, dict(row.content))


class NotThisKind(TaganaError):
    template = N_("errors", "Nomor '{number}' adalah nomor {kind}, bukan {wanted}; dokumen lain tidak dicetak "
                            "dengan nomor itu.")


def lock_document(session: Session, number: str, doc_type: str | None = None) -> DocumentNumber:
    """The number's row, locked for this print: refused when unknown, of another kind or cancelled."""
    doc = session.scalar(select(DocumentNumber).where(DocumentNumber.number == number).with_for_update())
    if doc is None:
        raise NotFound(what=N_("domain", "Nomor dokumen"), key=number)
    if doc_type is not None and doc.doc_type != doc_type:
        raise NotThisKind(number=number, kind=doc_kinds.title(doc.doc_type), wanted=doc_kinds.title(doc_type))
    if doc.status == "cancelled":
        raise DocumentCancelled(number=number, reason=doc.reason)
    return doc


def _add_print(session: Session, actor: Actor, doc: DocumentNumber, code: str, content: Any) -> PrintRecord:
    copy_no = doc.print_count
    doc.print_count = copy_no + 1
    row = DocumentPrint(document_id=doc.id, copy_no=copy_no, code=code, content=content,
                        printed_by=actor.id, printed_by_name=actor.username)
    session.add(row)
    session.flush()
    audit.record(session, actor, "document.print", N_("domain", "nomor_dokumen"), doc.number,
                 {"cetakan": "asli" if copy_no == 0 else f"salinan ke-{copy_no}", "kode": code})
    return _print_record(doc, row)


def record_print(session: Session, actor: Actor, number: str, content: Mapping[str, Any], *,
                 doc_type: str | None = None) -> PrintRecord:
    """Record one print of a numbered document and return its copy number and QR payload.

    The first print is copy 0 (the original); every later one is "SALINAN ke-n".  With ``doc_type``, a
    number of another kind is refused (its print history is its own paper's).  Call it in the
    write transaction that builds the PDF (``pdf.build_document(..., copy_no=rec.copy_no,
    qr_payload=rec.payload)``) so a failed build records nothing.  Audited.
    """
    can_print_documents.require(actor, action=N_("domain", "mencetak dokumen"))
    doc = lock_document(session, number, doc_type)
    normalized = normalize(content)
    return _add_print(session, actor, doc, document_code(session, number, normalized), normalized)


def record_copy(session: Session, actor: Actor, doc: DocumentNumber, snapshot: Any) -> PrintRecord:
    """Record a SALINAN of a frozen original (``doc`` locked by ``lock_document``; ``snapshot`` what the
    original's code covers): it carries the original's code, the QR code on the copy being the original's own."""
    can_print_documents.require(actor, action=N_("domain", "mencetak dokumen"))
    code = session.scalar(select(DocumentPrint.code).where(DocumentPrint.document_id == doc.id,
                                                           DocumentPrint.copy_no == 0))
    assert code is not None, doc.number
    return _add_print(session, actor, doc, code, snapshot)


def secret(session: Session) -> bytes | None:
    """This database's verification secret (None before anything was printed)."""
    return _secret(session, create=False)


def list_prints(session: Session, number: str) -> list[PrintRecord]:
    rows = session.execute(select(DocumentNumber, DocumentPrint).join(
        DocumentPrint, DocumentPrint.document_id == DocumentNumber.id).where(
        DocumentNumber.number == number).order_by(DocumentPrint.copy_no))
    return [_print_record(doc, p) for doc, p in rows]


def find_print(session: Session, text: str) -> PrintRecord:
    """The print a scanned payload or a typed code belongs to (NotFound when none)."""
    ref = parse_payload(text)
    query = select(DocumentNumber, DocumentPrint).join(
        DocumentPrint, DocumentPrint.document_id == DocumentNumber.id).where(DocumentPrint.code == ref.code)
    if ref.number:
        query = query.where(DocumentNumber.number == ref.number)
    found = session.execute(query.order_by(DocumentPrint.id)).first()  # the original, when it is one
    if found is None:
        raise NotFound(what=N_("domain", "Dokumen dengan kode verifikasi"), key=ref.code)
    return _print_record(*found)


def differences(printed: Any, current: Any, path: str = "") -> list[Difference]:
    """Where two normalized contents differ, as paths such as ``lines[2].qty``."""
    if isinstance(printed, dict) and isinstance(current, dict):
        out: list[Difference] = []
        for key in sorted(set(printed) | set(current)):
            sub = f"{path}.{key}" if path else key
            if key not in printed or key not in current:
                out.append(Difference(sub, printed.get(key), current.get(key)))
            else:
                out.extend(differences(printed[key], current[key], sub))
        return out
    if isinstance(printed, list) and isinstance(current, list):
        out = []
        for i in range(max(len(printed), len(current))):
            sub = f"{path}[{i}]"
            if i >= len(printed) or i >= len(current):
                out.append(Difference(sub, printed[i] if i < len(printed) else None,
                                      current[i] if i < len(current) else None))
            else:
                out.extend(differences(printed[i], current[i], sub))
        return out
    return [] if printed == current else [Difference(path or N_("domain", "isi"), printed, current)]


def verify(session: Session, text: str, current_content: Mapping[str, Any] | None) -> VerificationResult:
    """Check a scanned payload or typed code against what the database holds now.

    ``current_content`` is the document's content rebuilt from the database (the same builder as
    at printing); None when the caller could not find the record any more.  Read-only.
    """
    printed = find_print(session, text)
    doc = session.scalar(select(DocumentNumber).where(DocumentNumber.number == printed.number))
    assert doc is not None
    if current_content is None:
        return VerificationResult(False, printed.number, printed.code, doc.status, printed,
                                  (Difference(N_("domain", "isi"), N_("domain", "(tercetak)"), None),))
    secret = _secret(session, create=False)
    current = normalize(current_content)
    same = secret is not None and hmac.compare_digest(compute_code(secret, printed.number, current),
                                                      printed.code)
    found = () if same else tuple(differences(printed.content, current))
    return VerificationResult(same and doc.status == "issued", printed.number, printed.code, doc.status,
                              printed, found)
