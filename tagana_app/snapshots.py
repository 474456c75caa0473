"""Frozen originals: what a numbered document said when it was first printed, and its copies.

At the first print ``tagana_app.printing.print_paper`` stores a snapshot of the whole printed content
(``{"record": ..., "paper": ...}``: what the paper says of its record, and the letterhead, paper size,
signers and title it was printed with), the snapshot's sha256, and the original PDF.  A SALINAN is
the stored PDF with "SALINAN ke-n" and "Salinan sesuai dengan aslinya" laid over every page (a
reportlab overlay merged by pypdf): a new Kepala Dinas or a new address in the settings never
changes what an earlier paper said.  When the record itself changed after printing, the changes
are listed by printed line number (``changes``) and the office takes a new number instead.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from tagana_app import verification
from tagana_app.errors import TaganaError
from tagana_app.models import DocumentNumber, DocumentSnapshot
from tagana_app.pdf.document import draw_copy_stamp
from tagana_app.pdf.fonts import register_fonts
from tagana_app.pdf.profile import load_profile
from tagana_app.signatories import Official
from tagana_app.texts import N_, Text


class RecordChanged(TaganaError):
    template = N_("errors", "Dokumen {number} tidak dicetak ulang: catatannya sudah berubah sejak dicetak, "
                            "sehingga salinannya tidak lagi sesuai dengan basis data.\n{changes}\nBuat dokumen "
                            "baru dengan nomor baru yang menggantikan nomor {number} (tagana print doc {number} "
                            "--baru, atau \"Buat dokumen baru\" di halaman Dokumen).")


class RecordUnchanged(TaganaError):
    template = N_("errors", "Dokumen {number} tidak perlu diganti: catatannya sama dengan yang tercetak. Cetak "
                            "salinannya saja.")


class AlreadyReplaced(TaganaError):
    template = N_("errors", "Dokumen {number} sudah diganti dengan dokumen nomor {replaced_by} dan tidak dicetak "
                            "lagi; cetak nomor {replaced_by}.")


def paper_of(session: Session, title: str, signers: Mapping[str, Official] | None) -> dict[str, Any]:
    """What the paper carried besides its record: the letterhead as the settings say it now (the logo by its
    sha256), the paper size and typeface, the signers in their places and the title."""
    profile = load_profile(session)
    logo = hashlib.sha256(profile.logo_png).hexdigest() if profile.logo_png else None
    return {"kop": {"pemerintah": profile.government, "dinas": profile.office, "alamat": profile.address,
                    "telepon": profile.phone, "surel": profile.email, "kota": profile.city, "logo_sha256": logo},
            "kertas": profile.paper, "huruf": profile.font, "judul": title,
            "penandatangan": {place: {"nama": o.name, "nip": o.nip, "pangkat": o.rank, "jabatan": o.position}
                              for place, o in (signers or {}).items()}}


def make(record: Mapping[str, Any], paper: Mapping[str, Any]) -> dict[str, Any]:
    return verification.normalize({"record": record, "paper": paper})


def digest(number: str, snapshot: Mapping[str, Any]) -> str:
    return hashlib.sha256(verification.canonical_json(number, snapshot).encode("utf-8")).hexdigest()


def get(session: Session, document_id: int) -> DocumentSnapshot | None:
    return session.scalar(select(DocumentSnapshot).where(DocumentSnapshot.document_id == document_id))


def store(session: Session, document_id: int, number: str, snapshot: dict[str, Any], original: bytes,
          replaces_id: int | None = None) -> DocumentSnapshot:
    row = DocumentSnapshot(document_id=document_id, snapshot=snapshot, sha256=digest(number, snapshot),
                           pdf=original, replaces_id=replaces_id)
    session.add(row)
    session.flush()
    return row


def replaced_by(session: Session, document_id: int) -> str | None:
    """The number of the document that replaces this one, if any."""
    return session.scalar(select(DocumentNumber.number).join(
        DocumentSnapshot, DocumentSnapshot.document_id == DocumentNumber.id).where(
        DocumentSnapshot.replaces_id == document_id))


def replaces(session: Session, document_id: int) -> str | None:
    """The number of the document this one replaces, if any."""
    return session.scalar(select(DocumentNumber.number).join(
        DocumentSnapshot, DocumentSnapshot.replaces_id == DocumentNumber.id).where(
        DocumentSnapshot.document_id == document_id))


def intact(row: DocumentSnapshot, number: str, code: str, secret: bytes | None) -> bool:
    """Whether the stored snapshot is still what was printed: its own sha256, and the code on the paper
    (an HMAC over the whole snapshot with this database's secret)."""
    snapshot = row.snapshot
    return (digest(number, snapshot) == row.sha256 and secret is not None
            and verification.compute_code(secret, number, snapshot) == code)


def stamp_copy(original: bytes, copy_no: int) -> bytes:
    """The original PDF with "SALINAN ke-n" and "Salinan sesuai dengan aslinya" laid over every page."""
    register_fonts()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(original)))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height))
        draw_copy_stamp(canvas, copy_no, width, height)
        canvas.showPage()
        canvas.save()
        page.merge_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- what changed, by printed line number ------------------------------------------------------------

_NAME_KEYS = ("uraian", "nama", "barang", "kode")


def _plain(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return N_("domain", "(kosong)")
    if isinstance(value, Mapping):
        return "; ".join(f"{_field(str(k))} {_plain(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _field(key: str) -> str:
    return key.replace("_", " ")


def _line_name(*lines: Any) -> str:
    for line in lines:
        if isinstance(line, Mapping):
            for key in _NAME_KEYS:
                if line.get(key):
                    return str(line[key])
    return ""


def _where(key: str, index: int, name: str) -> str:
    if key == "baris":
        return Text(N_("domain", "Baris {n} ({name})"), "domain", n=index + 1, name=name) if name else \
            Text(N_("domain", "Baris {n}"), "domain", n=index + 1)
    return f"{_field(key).capitalize()} {index + 1}" + (f" ({name})" if name else "")


def _change(where: str, what: str, printed: Any, current: Any) -> Text:
    if what:
        return Text(N_("domain", "{where}: {what} tercetak {printed}, di basis data {current}"), "domain",
                    where=where, what=what, printed=_plain(printed), current=_plain(current))
    return Text(N_("domain", "{where}: tercetak {printed}, di basis data {current}"), "domain",
                where=where, printed=_plain(printed), current=_plain(current))


def changes(printed: Mapping[str, Any], current: Mapping[str, Any]) -> list[Text]:
    """How the record ``current`` differs from the ``printed`` one, in words a person checks the paper
    with: "Baris 3 (Tenda gulung): jumlah tercetak 10, di basis data 8" (lines numbered from 1 as
    printed), "pihak kedua: nama tercetak ..., di basis data ...".  Both normalized."""
    out: list[Text] = []
    for key in sorted(set(printed) | set(current)):
        old, new = printed.get(key), current.get(key)
        if old == new:
            continue
        if isinstance(old, list) and isinstance(new, list):
            for i in range(max(len(old), len(new))):
                a = old[i] if i < len(old) else None
                b = new[i] if i < len(new) else None
                if a == b:
                    continue
                where = _where(key, i, _line_name(a, b))
                if isinstance(a, Mapping) and isinstance(b, Mapping):
                    out.extend(_change(where, _field(f), a.get(f), b.get(f))
                               for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f))
                else:
                    out.append(_change(where, "", a, b))
        elif isinstance(old, Mapping) and isinstance(new, Mapping):
            out.extend(_change(_field(key).capitalize(), _field(f), old.get(f), new.get(f))
                       for f in sorted(set(old) | set(new)) if old.get(f) != new.get(f))
        else:
            out.append(_change(_field(key).capitalize(), "", old, new))
    return out
