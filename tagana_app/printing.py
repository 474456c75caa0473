"""Printing the office's papers through the kinds registry (``tagana_app.doc_kinds``): the one print
pipeline, where the PDF files go, printing again by number, and checking a paper against the database.

The first print of a paper belongs to the package that makes it (it knows what is being printed:
a dispatch, an incident's volunteers, a write-off), and it prints through ``print_paper`` here: the
kind's role check (``may_print``), the print record (``tagana_app.verification``), the PDF built in
memory, and its files placed only once the transaction commits (``stage``): a print that fails
leaves no file anywhere and no number taken.  Every print also registers the paper for the Dokumen
page (``tagana_app.issued_documents``: title, search text, last file), for every kind alike.  Printing again and verifying need only the number, so
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

from pypdf import PdfReader
from sqlalchemy import event
from sqlalchemy.orm import Session

from tagana_app import (
    audit,
    clock,
    doc_kinds,
    esign,
    issued_documents,
    numbering,
    outputs,
    signatories,
    snapshots,
    verification,
)
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import NotFound, ValidationError
from tagana_app.pdf import document as pdf_document
from tagana_app.settings import LocalSettings
from tagana_app.signatories import Official
from tagana_app.texts import N_, Text


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
    replaced_by: str | None = None

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

_REPLACING = "tagana.replacing"  # session.info: {new number: the number it replaces}, set by ``reprint(new=True)``


def replacing(session: Session, number: str) -> str | None:
    """While a new document replaces an old one (``reprint(..., new=True)``): the old number, so that a kind's
    printer finds the record of the new number (an SPT, a write-off) by the old one."""
    return session.info.get(_REPLACING, {}).get(number)


def print_paper(session: Session, actor: Actor, *, doc_type: str, number: str, content: dict[str, Any],
                title: str, build: Build, out: Path | None = None, directory: Path | None = None,
                signers: Mapping[str, Official] | None = None, summary: str = "") -> PrintedDocument:
    """The one print pipeline: who may print this kind, the print recorded (original, then SALINAN ke-n),
    the PDF, its files staged for the commit, and the paper registered for the Dokumen page
    (``tagana_app.issued_documents``: ``title``, ``summary``, the text its search finds it by, and the file
    in the documents folder).

    ``content`` is what the paper says of the record it documents (lines, quantities, parties,
    conditions, remarks); ``signers`` are the officials in its signature places (place title ->
    ``signatories.Official``), refused when one person stands in two places.

    The first print builds the PDF and freezes it (``tagana_app.snapshots``): the record, the letterhead,
    paper, signers and title, with the original's bytes; its verification code covers all of it.
    Every later print is that original with "SALINAN ke-n" laid over it, never rebuilt; when the record
    differs from the frozen one it is refused (``RecordChanged``, listing what changed) and the office
    takes a new number instead (``reprint(..., new=True)``)."""
    kind = doc_kinds.KINDS[doc_type]
    kind.may_print.require(actor, action=N_("domain", "mencetak dokumen"))
    if signers:
        signatories.distinct(kind.title, dict(signers))
    doc = verification.lock_document(session, number, doc_type)
    frozen = snapshots.get(session, doc.id) if doc.print_count > 0 else None
    if frozen is not None:
        data, rec = _copy(session, actor, doc, frozen, content)
        pages = len(PdfReader(io.BytesIO(data)).pages)
    elif doc.print_count > 0:  # printed before originals were frozen: rebuilt, as it was then
        rec = verification.record_print(session, actor, number, content, doc_type=doc_type)
        buffer = io.BytesIO()
        pages = build(buffer, rec.copy_no, rec.payload).pages
        data = buffer.getvalue()
    else:
        old = replacing(session, number)
        snapshot = snapshots.make(content, snapshots.paper_of(session, title, signers))
        rec = verification.record_print(session, actor, number, snapshot, doc_type=doc_type)
        buffer = io.BytesIO()
        with pdf_document.replacing(old):
            pages = build(buffer, rec.copy_no, rec.payload).pages
        # The original as printed: stored unsigned, every SALINAN is made from these bytes.
        original = buffer.getvalue()
        snapshots.store(session, doc.id, number, snapshot, original,
                        replaces_id=numbering.get_number(session, old).id if old else None)
        # The paper handed out is also signed (PAdES) when the office has a certificate.
        data = esign.sign_if_configured(session, original)
    folder, name = directory or documents_dir(), file_name(doc_type, number, rec.copy_no)
    path = stage(session, data, folder, name, out)
    issued_documents.register(session, number, title, summary, Path(folder) / name)
    return PrintedDocument(number, doc_type, title, rec.copy_no, rec.code, rec.payload, str(path), pages)


def _copy(session: Session, actor: Actor, doc: Any, frozen: Any, content: dict[str, Any]) -> tuple[bytes, Any]:
    """SALINAN ke-n of a frozen original, refused when the record changed since or the number was replaced."""
    newer = snapshots.replaced_by(session, doc.id)
    if newer:
        raise snapshots.AlreadyReplaced(number=doc.number, replaced_by=newer)
    found = snapshots.changes(frozen.snapshot["record"], verification.normalize(content))
    if found:
        raise snapshots.RecordChanged(number=doc.number, changes="\n".join(f"- {c}" for c in found))
    rec = verification.record_copy(session, actor, doc, frozen.snapshot)
    return snapshots.stamp_copy(frozen.pdf, rec.copy_no), rec


def may_reprint(actor: Actor, doc_type: str, status: str, print_count: int) -> bool:
    """Whether the Dokumen page offers "Cetak ulang": a kind printed here, issued, printed before, a printer."""
    kind = doc_kinds.get(doc_type)
    return bool(kind and kind.printer and status == "issued" and print_count > 0 and kind.may_print(actor))


@changes("documents")
def reprint(session: Session, actor: Actor, number: str, *, out: Path | None = None,
            directory: Path | None = None, new: bool = False) -> PrintedDocument:
    """Print a document by its number (the Dokumen page, ``tagana print doc``): the original the first time,
    then a SALINAN.  With ``new``, a record that changed since its printing gets a new document: a new
    number of the same kind for the same record, "Menggantikan dokumen nomor X" on it, the old number
    marked as replaced by it."""
    doc = numbering.get_number(session, number)
    kind = doc_kinds.get(doc.doc_type)
    if kind is None or kind.printer is None:
        raise ValidationError(N_("errors", "Dokumen jenis {kind} tidak dicetak dari sini."),
                              kind=doc_kinds.title(doc.doc_type))
    if not new:
        newer = snapshots.replaced_by(session, doc.id)
        if newer:
            raise snapshots.AlreadyReplaced(number=doc.number, replaced_by=newer)
        return kind.printer(session, actor, doc, out=out, directory=directory)
    return _replace(session, actor, doc, kind, out=out, directory=directory)


def _replace(session: Session, actor: Actor, doc: numbering.NumberRecord, kind: doc_kinds.DocKind, *,
             out: Path | None, directory: Path | None) -> PrintedDocument:
    if doc.status == "cancelled":
        raise verification.DocumentCancelled(number=doc.number, reason=doc.reason)
    frozen = snapshots.get(session, doc.id)
    newer = snapshots.replaced_by(session, doc.id)
    if newer:
        raise snapshots.AlreadyReplaced(number=doc.number, replaced_by=newer)
    current = current_content(session, doc.doc_type, doc.number, doc.entity_id)
    if frozen is None or current is None or not snapshots.changes(frozen.snapshot["record"],
                                                                  verification.normalize(current)):
        raise snapshots.RecordUnchanged(number=doc.number)
    issued = numbering.next_number(session, actor, doc.doc_type, clock.today(), entity=doc.entity,
                                   entity_id=doc.entity_id or doc.number)
    session.flush()
    session.info.setdefault(_REPLACING, {})[issued.number] = doc.number
    try:
        printed = kind.printer(session, actor, numbering.get_number(session, issued.number), out=out,
                               directory=directory)
    finally:
        session.info[_REPLACING].pop(issued.number, None)
    if printed.number != issued.number:  # a kind whose printer prints only its record's own number
        raise ValidationError(N_("errors", "Dokumen jenis {kind} belum dapat diganti dengan nomor baru."),
                              kind=kind.title)
    audit.record(session, actor, "document.replace", N_("domain", "nomor_dokumen"), doc.number,
                 {"diganti_dengan": issued.number})
    return printed


def current_content(session: Session, doc_type: str, number: str, entity_id: str) -> dict[str, Any] | None:
    """The content of a document rebuilt from what the database holds now (None when gone)."""
    kind = doc_kinds.get(doc_type)
    if kind is None or kind.content is None:
        return None
    try:
        return kind.content(session, number, entity_id)
    except NotFound:
        return None


@dataclass(frozen=True)
class PrintedElsewhere:
    """A print made at another site of ours (a posko's BAST, say), as that site's signed exchange file told
    this database: its number and code are not in this database's registry, and its code was computed with
    that site's secret, so it is checked by the print record the file brought."""

    site: str                # the code of the site that printed it
    number: str
    doc_type: str
    entity_id: str
    copy_no: int
    code: str
    status: str              # issued | cancelled, at that site
    printed_by: str
    printed_at: datetime
    record: dict[str, Any]   # what the paper says of its record, normalized (its frozen original's)


FindElsewhere = Callable[[Session, "str | None", str], "PrintedElsewhere | None"]
_ELSEWHERE: list[FindElsewhere] = []


def attach_elsewhere(find: FindElsewhere) -> None:
    """Where prints of other sites are found (``deployment.exchange``: the core imports nothing of it)."""
    if find not in _ELSEWHERE:
        _ELSEWHERE.append(find)


def _printed_elsewhere(session: Session, text: str) -> PrintedElsewhere | None:
    ref = verification.parse_payload(text)
    doc_kinds.load_attached()  # the packages that attach the finders (and the kinds' contents)
    for find in _ELSEWHERE:
        found = find(session, ref.number, ref.code)
        if found is not None:
            return found
    return None


def _verify_elsewhere(session: Session, p: PrintedElsewhere) -> VerificationReport:
    current = current_content(session, p.doc_type, p.number, p.entity_id)
    found: tuple[str, ...] = ()
    if p.status == "cancelled":
        message = Text(N_("errors", "Dokumen {number} sudah DIBATALKAN."), number=p.number)
    elif current is None:
        found = (Text(N_("domain", "Catatan yang didokumentasikan tidak ada di basis data ini."), "domain"),)
        message = Text(N_("errors", "Dokumen {number} dicetak di posko {site}: kodenya tercatat dalam berkas posko "
                                    "itu, tetapi isinya tidak dapat dibandingkan di sini."), number=p.number,
                       site=p.site)
    else:
        found = tuple(snapshots.changes(p.record, verification.normalize(current)))
        message = (Text(N_("errors", "Dokumen {number} dari posko {site} TIDAK SESUAI dengan catatan di basis data "
                                     "ini."), number=p.number, site=p.site) if found else
                   Text(N_("errors", "Dokumen {number} ASLI: dicetak di posko {site}, isinya sama dengan catatan di "
                                     "basis data ini."), number=p.number, site=p.site))
    return VerificationReport(p.status == "issued" and current is not None and not found, message, p.number,
                              p.doc_type, p.code, p.status, p.copy_no, p.printed_by, p.printed_at, found)


def verify_document(session: Session, text: str) -> VerificationReport:
    """Whether the paper with this QR payload or code is genuine and still matches the database, and what
    differs.  A frozen original is checked twice: the stored snapshot against its own sha256 and the
    code (an HMAC over the whole snapshot), then the record it printed against the record the database
    holds now, by printed line number.  The office's settings of today play no part: a new Kepala Dinas
    does not make an earlier paper fail."""
    try:
        printed = verification.find_print(session, text)
    except NotFound:  # printed at a posko of ours?
        elsewhere = _printed_elsewhere(session, text)
        if elsewhere is None:
            raise
        return _verify_elsewhere(session, elsewhere)
    doc = numbering.get_number(session, printed.number)
    frozen = snapshots.get(session, doc.id)
    if frozen is None:  # printed before originals were frozen
        result = verification.verify(session, text, current_content(session, printed.doc_type, printed.number,
                                                                    printed.entity_id))
        return VerificationReport(result.matches, result.message, result.number, printed.doc_type, result.code,
                                  result.status, printed.copy_no, printed.printed_by, printed.printed_at,
                                  tuple(d.describe() for d in result.differences))
    found: tuple[str, ...] = ()
    genuine = False
    newer = snapshots.replaced_by(session, doc.id)
    if not snapshots.intact(frozen, doc.number, printed.code, verification.secret(session)):
        message = Text(N_("errors", "Dokumen {number} TIDAK DAPAT DIPERCAYA: catatan cetakan aslinya di basis data "
                                    "sudah diubah sesudah dicetak."), number=doc.number)
    elif doc.status == "cancelled":
        message = Text(N_("errors", "Dokumen {number} sudah DIBATALKAN."), number=doc.number)
    elif newer:
        message = Text(N_("errors", "Dokumen {number} sudah DIGANTI dengan dokumen nomor {newer}; periksa dokumen "
                                    "yang baru."), number=doc.number, newer=newer)
    else:
        current = current_content(session, doc.doc_type, doc.number, doc.entity_id)
        if current is None:
            found = (Text(N_("domain", "Catatan yang didokumentasikan tidak ada lagi di basis data."), "domain"),)
        else:
            found = tuple(snapshots.changes(frozen.snapshot["record"], verification.normalize(current)))
        genuine = not found
        message = (Text(N_("errors", "Dokumen {number} TIDAK SESUAI dengan catatan di basis data."), number=doc.number)
                   if found else
                   Text(N_("errors", "Dokumen {number} ASLI: isinya sama dengan catatan di basis data."),
                        number=doc.number))
    return VerificationReport(genuine, message, doc.number, doc.doc_type, printed.code, doc.status,
                              printed.copy_no, printed.printed_by, printed.printed_at, found, newer)
