"""The kinds of paper the office issues, in one registry: title, number pattern, who may print it,
its print function and what its QR code covers.

A new paper is one entry in ``KINDS``.  The kinds and their number patterns are declared here,
in the core, because the pattern settings (``tagana_app.settings.NUMBER_PATTERNS``) must exist
whenever the office settings are listed or changed, whatever else is loaded.  The package that
builds a kind's paper attaches its functions with ``attach`` when it is imported:
``deployment.dispatch.documents`` (Surat Jalan, BAST, SPT), ``deployment.dispatch.loan_papers`` (Berita
Acara Pinjam Pakai and Pengembalian of lent equipment), ``inventory.papers`` (receipt, issue and transfer
papers), ``inventory.count_papers`` (Berita Acara Stock Opname) and ``inventory.writeoff_papers`` (Berita
Acara Penghapusan); the composition roots (``tagana_app.cli``, ``ui.app``) import them.  The
print pipeline over this registry (reprint, verification) is ``tagana_app.printing``.

Imports no database code: the settings module reads this one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from tagana_app.permissions import Capability, can_print_documents
from tagana_app.texts import N_

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Print a document by its number: (session, actor, number record, *, out, directory) -> PrintedDocument,
# through ``printing.print_paper`` with that record's number.  A new number that replaces an earlier one
# (``printing.reprint(..., new=True)``) has the same entity_id as the one it replaces, and
# ``printing.replacing(session, number)`` names the earlier number while it is printed: a printer that
# prints the record of ``entity_id`` under the number it is given gives its kind replacements.
Printer = Callable[..., Any]
# What the QR code's verification code covers, rebuilt from the database: (session, number, entity_id).
# The same builder is used when printing and when verifying, so a check can say what differs.
ContentBuilder = Callable[["Session", str, str], "dict[str, Any] | None"]


@dataclass(frozen=True)
class DocKind:
    code: str                 # document_number.doc_type and stock_movement.doc_type
    title: str                # the paper's real title, as the Dokumen page lists it (marked for translation)
    letter: str | None        # its code in the default number pattern; None: the office does not number it
    slug: str                 # its PDF files' names begin with it: "surat-jalan_001-SJ-..._asli.pdf"
    short: str = ""           # its name on a stock card line, where shorter than the title
    may_print: Capability = can_print_documents
    printer: Printer | None = None         # attached by the package that builds the paper
    content: ContentBuilder | None = None  # attached likewise; None: the paper carries no QR code

    @property
    def numbered(self) -> bool:
        return self.letter is not None

    @property
    def default_pattern(self) -> str:
        assert self.letter is not None, self.code
        return "{seq:03d}/" + self.letter + "/DINSOS/{month_roman}/{year}"

    @property
    def label(self) -> str:
        return self.short or self.title


KINDS: dict[str, DocKind] = {kind.code: kind for kind in (
    DocKind("bast", N_("domain", "Berita Acara Serah Terima"), "BAST", "bast"),
    DocKind("manifest", N_("domain", "Surat Jalan"), "SJ", "surat-jalan"),
    DocKind("spt", N_("domain", "Surat Perintah Tugas"), "SPT", "spt"),
    DocKind("penerimaan", N_("domain", "Berita Acara Penerimaan Barang"), "BAPB", "berita-acara-penerimaan",
            short=N_("domain", "Penerimaan")),
    DocKind("pengeluaran", N_("domain", "Surat Bukti Barang Keluar"), "SBBK", "bukti-barang-keluar",
            short=N_("domain", "Pengeluaran")),
    DocKind("mutasi", N_("domain", "Surat Jalan Mutasi Antargudang"), "MUT", "surat-jalan-mutasi",
            short=N_("domain", "Mutasi antargudang")),
    DocKind("opname", N_("domain", "Berita Acara Stock Opname"), "SO", "stock-opname",
            short=N_("domain", "Stock opname")),
    DocKind("penghapusan", N_("domain", "Berita Acara Penghapusan"), "BAPH", "berita-acara-penghapusan",
            short=N_("domain", "Penghapusan")),
    DocKind("pengiriman", N_("domain", "Pengiriman"), "KRM", "pengiriman"),
    DocKind("pinjam_pakai", N_("domain", "Berita Acara Pinjam Pakai"), "BAPP", "berita-acara-pinjam-pakai"),
    DocKind("ba_pengembalian", N_("domain", "Berita Acara Pengembalian"), "BAKB", "berita-acara-pengembalian"),
    # A reversing document of a whole receipt or issue (inventory.corrections); the reversal of one
    # movement line keeps its "KOREKSI-<id>" reference.
    DocKind("koreksi", N_("domain", "Koreksi (pembatalan)"), "KOR", "koreksi"),
    # The register (agenda) number the office gives a request for aid when it arrives; no paper of its own.
    DocKind("permintaan", N_("domain", "Permintaan Bantuan"), "PMB", "permintaan-bantuan"),
    # A distribution (penyaluran) to a village or a household; its paper is the daftar penerima.
    DocKind("distribusi", N_("domain", "Distribusi bantuan"), "DST", "distribusi",
            short=N_("domain", "Distribusi")),
    # Source documents of stock movements that get no number of the office's sequence.
    DocKind("saldo_awal", N_("domain", "Saldo awal"), None, "saldo-awal"),
)}


# How to import the packages that attach their papers, handed over by a composition root: run once,
# when a kind's printer or content is first needed, so a command or a window that prints nothing
# never imports the PDF builders.
_attach_pending: list[Callable[[], None]] = []


def attach_later(load: Callable[[], None]) -> None:
    _attach_pending.append(load)


def load_attached() -> None:
    """Import, once, the packages handed to ``attach_later``."""
    while _attach_pending:
        _attach_pending.pop(0)()


def get(code: str) -> DocKind | None:
    """The kind of ``code`` with its printer and content attached (None: not a kind of this office)."""
    load_attached()
    return KINDS.get(code)


def numbered() -> list[DocKind]:
    """The kinds the office numbers (the Dokumen page's types), in the order of the settings."""
    return [kind for kind in KINDS.values() if kind.numbered]


def title(code: str) -> str:
    """The kind's title; an unknown code as it is."""
    kind = KINDS.get(code)
    return kind.title if kind else code


def slug(code: str) -> str:
    """The start of the kind's PDF file names; an unknown code as it is."""
    kind = KINDS.get(code)
    return kind.slug if kind else code


def label(code: str) -> str:
    """The kind's name on a stock card line; an unknown code as it is."""
    kind = KINDS.get(code)
    return kind.label if kind else code


def attach(code: str, *, printer: Printer | None = None, content: ContentBuilder | None = None) -> DocKind:
    """Called by the package that builds the paper of ``code``, when it is imported."""
    kind = replace(KINDS[code], **{k: v for k, v in (("printer", printer), ("content", content)) if v is not None})
    KINDS[code] = kind
    return kind
