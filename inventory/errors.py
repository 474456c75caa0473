"""Refusals of the stock services; each says in Indonesian what is wrong and what is possible."""

from __future__ import annotations

from typing import Any

from tagana_app.errors import TaganaError, ValidationError
from tagana_app.texts import N_, Text


class InsufficientStock(TaganaError):
    template = N_("errors", "Stok {item} di {warehouse} tidak cukup: tersedia {available} {unit}, "
                            "diminta {requested} {unit}.")


class BalanceTooLarge(TaganaError):
    template = N_("errors", "Saldo {item} di {warehouse} akan melebihi batas {maximum} {unit} bila ditambah "
                            "{added} {unit}; penerimaan ditolak.")


class ExpiredStockRefused(TaganaError):
    template = N_("errors", "Stok {item} di {warehouse} yang belum kedaluwarsa hanya {available} {unit} "
                            "(diminta {requested} {unit}); {expired} {unit} sudah kedaluwarsa dan hanya dapat "
                            "dikeluarkan oleh pejabat dengan alasan tertulis.")


class ExpiredBatchRefused(TaganaError):
    template = N_("errors", "Batch {batch} barang {item} sudah kedaluwarsa sejak {expiry}; hanya pejabat yang "
                            "dapat mengeluarkannya dengan alasan tertulis.")


class AlreadyBooked(TaganaError):
    template = N_("errors", "Dokumen {doc_type} nomor {doc_number} baris {line} sudah dibukukan; "
                            "pembukuan yang sama tidak dicatat dua kali.")


class SerialInUse(TaganaError):
    template = N_("errors", "Nomor seri {serial} ({item}) sudah tercatat: {place}. Satu unit tidak bisa ada "
                            "di dua tempat.")


class SerialNotAvailable(TaganaError):
    template = N_("errors", "Unit {item} nomor seri {serial} tidak tersedia di {warehouse}: {place}.")


class UnitNotUsable(TaganaError):
    template = N_("errors", "Unit {item} nomor seri {serial} dalam kondisi {condition} dan tidak dapat "
                            "dikeluarkan.")


class NotReversible(TaganaError):
    template = N_("errors", "Mutasi #{movement} tidak dapat dibatalkan: {reason}")


class AlreadyReversed(TaganaError):
    template = N_("errors", "Mutasi #{movement} sudah dibatalkan oleh mutasi #{reversal}.")


class CountNotOpen(TaganaError):
    template = N_("errors", "Stock opname {number} berstatus {status}; hanya opname yang masih dibuka dapat "
                            "diubah.")


class CountSubmitted(TaganaError):
    template = N_("errors", "Stock opname {number} sudah diajukan untuk persetujuan; hitungannya tidak dapat "
                            "diubah lagi kecuali pejabat mengembalikannya.")


class CountNotSubmitted(TaganaError):
    template = N_("errors", "Stock opname {number} berstatus {status}; hanya opname yang sudah diajukan yang "
                            "dapat disetujui atau dikembalikan.")


class CountIncomplete(TaganaError):
    template = N_("errors", "Stock opname {number} belum lengkap: {missing} baris belum dihitung "
                            "({examples}).")


class WriteOffNotPending(TaganaError):
    template = N_("errors", "Penghapusan {number} berstatus {status}; hanya usulan yang masih diajukan dapat "
                            "diputuskan.")


class ImportRejected(ValidationError):
    """Every problem of an import file, by row and column; nothing was imported.

    ``details`` is the list as one text; ``lines`` keeps each line as a ``Text`` (the window can
    translate them one by one: a problem's message is a ``Text`` too).
    """

    template = N_("errors", "Berkas tidak diimpor karena {count} kesalahan:\n{details}")

    def __init__(self, problems: list[tuple[int, str, str]]) -> None:
        self.problems = problems
        shown = [Text(N_("errors", "- baris {row}, kolom {column}: {text}"), row=row, column=column,
                      text=text)
                 for row, column, text in problems[:50]]
        if len(problems) > 50:
            shown.append(Text(N_("errors", "- ... dan {count} kesalahan lain"), count=len(problems) - 50))
        self.lines = tuple(shown)
        super().__init__(count=len(problems), details="\n".join(shown))

    def to_dict(self) -> dict[str, Any]:
        result = super().to_dict()
        result["problems"] = [{"row": r, "column": c, "message": m} for r, c, m in self.problems]
        return result


class UnitNotWrittenOffAsDamaged(TaganaError):
    template = N_("errors", "Unit {item} nomor seri {serial} berkondisi {condition}; hanya unit berkondisi rusak "
                            "berat yang dapat dihapus karena rusak berat. Ubah dulu kondisinya (dengan alasan) di "
                            "tab Unit peralatan, atau pilih alasan lain.")


class WriteOffNotExpired(TaganaError):
    template = N_("errors", "Batch {batch} barang {item} belum kedaluwarsa (kedaluwarsa: {expiry}); alasan "
                            "kedaluwarsa hanya untuk batch yang sudah lewat tanggal kedaluwarsanya.")


class TransferNotInTransit(TaganaError):
    template = N_("errors", "Mutasi {number} berstatus {status}; hanya mutasi yang masih dalam perjalanan dapat "
                            "diterima.")


class NotCorrectable(TaganaError):
    template = N_("errors", "Dokumen {number} ({kind}) tidak dikoreksi dengan pembalikan: dikoreksi melalui "
                            "langkah dokumennya: {step}.")


class AlreadyCorrected(TaganaError):
    template = N_("errors", "Dokumen {number} sudah dikoreksi oleh {correction}.")


class SerialOutOnLoan(TaganaError):
    template = N_("errors", "Unit {item} nomor seri {serial} sedang di luar gudang ({place}); unit itu kembali "
                            "hanya melalui pengembalian {document}, bukan dengan penerimaan barang.")
class FileAlreadyBooked(TaganaError):
    template = N_("errors", "Berkas ini sudah dibukukan sebagai {kind} nomor {number} tanggal {date}; berkas yang "
                            "sama tidak dibukukan dua kali.")
