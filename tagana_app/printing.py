"""Printing the office's papers through the kinds registry (``tagana_app.doc_kinds``): where the PDF
files go, printing again by number, and checking a paper against the database.

The first print of a paper belongs to the package that makes it (it knows what is being printed:
a dispatch, an incident's volunteers, a write-off); every print is recorded by
``tagana_app.verification``.  Printing again and verifying need only the number, so they go
through the kind's registered ``printer`` and ``content`` here, for stock and dispatch papers alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tagana_app import doc_kinds, numbering, paths, settings, verification
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.settings import LocalSettings
from tagana_app.texts import N_


@dataclass(frozen=True)
class PrintedDocument:
    number: str
    doc_type: str
    title: str
    copy_no: int
    code: str
    payload: str
    path: str
    pages: int

    @property
    def is_copy(self) -> bool:
        return self.copy_no > 0


@dataclass(frozen=True)
class VerificationReport:
    matches: bool
    message: str
    number: str
    doc_type: str
    code: str
    status: str
    copy_no: int
    printed_by: str
    printed_at: datetime
    differences: tuple[str, ...]

    @property
    def doc_title(self) -> str:
        return doc_kinds.title(self.doc_type)


def documents_dir(local: LocalSettings | None = None) -> Path:
    value = (local or LocalSettings()).get(settings.DOCUMENTS_DIR)
    return Path(value).expanduser() if value else paths.default_documents_dir()


def file_name(doc_type: str, number: str, copy_no: int) -> str:
    safe = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-")
    suffix = "asli" if copy_no == 0 else f"salinan-{copy_no}"
    return f"{doc_type}_{safe}_{suffix}.pdf"


def save(data: bytes, directory: Path, name: str, out: Path | None) -> Path:
    """Keep the PDF in the documents folder, and also at ``out`` when given (then that path is returned)."""
    directory.mkdir(parents=True, exist_ok=True)
    saved = directory / name
    saved.write_bytes(data)
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        return out
    return saved


def may_reprint(actor: Actor, doc_type: str, status: str, print_count: int) -> bool:
    """Whether the Dokumen page offers "Cetak ulang": a kind printed here, issued, printed before, a printer."""
    kind = doc_kinds.get(doc_type)
    return bool(kind and kind.printer and status == "issued" and print_count > 0 and kind.may_print(actor))


@changes("documents")
def reprint(session: Session, actor: Actor, number: str, *, out: Path | None = None,
            directory: Path | None = None) -> PrintedDocument:
    """Print again a document by its number (the Dokumen page, ``tagana print again``): a SALINAN."""
    doc = numbering.get_number(session, number)
    kind = doc_kinds.get(doc.doc_type)
    if kind is None or kind.printer is None:
        raise ValidationError(N_("errors", "Dokumen jenis {kind} tidak dicetak dari sini."),
                              kind=doc_kinds.title(doc.doc_type))
    return kind.printer(session, actor, doc, out=out, directory=directory)


def current_content(session: Session, doc_type: str, number: str, entity_id: str) -> dict[str, Any] | None:
    """The content of a document rebuilt from what the database holds now (None when gone)."""
    kind = doc_kinds.get(doc_type)
    if kind is None or kind.content is None:
        return None
    try:
        return kind.content(session, number, entity_id)
    except NotFound:
        return None


def verify_document(session: Session, text: str) -> VerificationReport:
    """Whether the paper with this QR payload or code matches the database, and what differs."""
    printed = verification.find_print(session, text)
    result = verification.verify(session, text, current_content(session, printed.doc_type, printed.number,
                                                                printed.entity_id))
    return VerificationReport(result.matches, result.message, result.number, printed.doc_type, result.code,
                              result.status, printed.copy_no, printed.printed_by, printed.printed_at,
                              tuple(d.describe() for d in result.differences))
