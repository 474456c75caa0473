"""Printing the office's papers through the kinds registry (``tagana_app.doc_kinds``): the one print
pipeline, where the PDF files go, printing again by number, and checking a paper against the database.

The first print of a paper belongs to the package that makes it (it knows what is being printed:
a dispatch, an incident's volunteers, a write-off), and it prints through ``print_paper`` here: the
kind's role check (``may_print``), the print record (``tagana_app.verification``), the PDF built in
memory, and its files placed only once the transaction commits (``stage``): a print that fails
leaves no file anywhere and no number taken.  Printing again and verifying need only the number, so
they go through the kind's registered ``printer`` and ``content`` here, for stock and dispatch papers
alike.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import event
from sqlalchemy.orm import Session

from tagana_app import doc_kinds, numbering, outputs, signatories, verification
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.settings import LocalSettings
from tagana_app.signatories import Official
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
    return outputs.documents_dir(local)


def file_name(doc_type: str, number: str, copy_no: int) -> str:
    """What the document is, its number, original or which copy: "surat-jalan_001-SJ-DINSOS-XII-2026_asli.pdf"."""
    safe = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-")
    suffix = "asli" if copy_no == 0 else f"salinan-{copy_no}"
    return f"{doc_kinds.slug(doc_type)}_{safe}_{suffix}.pdf"


_STAGED = "tagana.staged_files"


def _staged(session: Session) -> outputs.Staged:
    """The files waiting for this session's transaction: moved into place after it commits, removed
    when it ends otherwise (rolled back, or the session closed)."""
    staged = session.info.get(_STAGED)
    if staged is None:
        staged = session.info[_STAGED] = outputs.Staged()
        event.listen(session, "after_commit", lambda _session: staged.finish())
        event.listen(session, "after_transaction_end",
                     lambda _session, transaction: transaction.parent is None and staged.discard())
    return staged


def stage(session: Session, data: bytes, directory: Path, name: str, out: Path | None) -> Path:
    """Keep the PDF in the documents folder, and also at ``out`` when given (then that path is returned),
    once the transaction of ``session`` commits.  Both paths are checked first
    (``outputs.check_output_path``; the documents folder is made when missing, ``out``'s folder must
    exist) and the files are written now under temporary names, so a refused path or a failing write
    fails the transaction."""
    database = outputs.live_database(session)
    saved = outputs.check_output_path(Path(directory) / name, database=database, create_folder=True)
    if out is not None:
        out = outputs.check_output_path(out, database=database)
        if outputs.resolved(out) == outputs.resolved(saved):
            out = None
    saved.parent.mkdir(parents=True, exist_ok=True)
    staged = _staged(session)
    # The documents folder is the office's archive: a file there with this name (a paper of the same
    # number from before a restore) is set aside, never overwritten.
    staged.add(saved, data, keep_existing=True)
    if out is not None:
        staged.add(Path(out), data)
    return Path(out) if out is not None else saved


Build = Callable[[BinaryIO, int, str], Any]  # (target, copy_no, qr payload) -> pdf.BuiltDocument


def signed_content(content: dict[str, Any], signers: Mapping[str, Official]) -> dict[str, Any]:
    """``content`` with the officials in its signature places, as a print records it (a kind's ``content``
    rebuilds it the same way, so a changed signatory shows at verification)."""
    if not signers:
        return content
    return {**content, "penandatangan": {place: {"nama": o.name, "nip": o.nip, "pangkat": o.rank,
                                                 "jabatan": o.position} for place, o in signers.items()}}


def print_paper(session: Session, actor: Actor, *, doc_type: str, number: str, content: dict[str, Any],
                title: str, build: Build, out: Path | None = None, directory: Path | None = None,
                signers: Mapping[str, Official] | None = None) -> PrintedDocument:
    """The one print pipeline: who may print this kind, the print recorded (original, then SALINAN ke-n),
    the PDF built, its files staged for the commit.

    ``content`` is what the paper says of the record it documents (lines, quantities, parties,
    conditions, remarks); ``signers`` are the officials in its signature places (place title ->
    ``signatories.Official``), refused when one person stands in two places."""
    kind = doc_kinds.KINDS[doc_type]
    kind.may_print.require(actor, action=N_("domain", "mencetak dokumen"))
    if signers:
        signatories.distinct(kind.title, dict(signers))
        content = signed_content(content, signers)
    rec = verification.record_print(session, actor, number, content, doc_type=doc_type)
    buffer = io.BytesIO()
    built = build(buffer, rec.copy_no, rec.payload)
    path = stage(session, buffer.getvalue(), directory or documents_dir(),
                 file_name(doc_type, number, rec.copy_no), out)
    return PrintedDocument(number, doc_type, title, rec.copy_no, rec.code, rec.payload, str(path), built.pages)


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
