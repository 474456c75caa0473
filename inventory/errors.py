"""Refusals of the stock services; each says in Indonesian what is wrong and what is possible."""

from __future__ import annotations

from typing import Any

from tagana_app.errors import TaganaError, ValidationError


class InsufficientStock(TaganaError):
    template = ("Stok {item} di {warehouse} tidak cukup: tersedia {available} {unit}, "
                "diminta {requested} {unit}.")


class ExpiredStockRefused(TaganaError):
    template = ("Stok {item} di {warehouse} yang belum kedaluwarsa hanya {available} {unit} (diminta "
                "{requested} {unit}); {expired} {unit} sudah kedaluwarsa dan hanya dapat dikeluarkan "
                "oleh pejabat dengan alasan tertulis.")


class ExpiredBatchRefused(TaganaError):
    template = ("Batch {batch} barang {item} sudah kedaluwarsa sejak {expiry}; hanya pejabat yang dapat "
                "mengeluarkannya dengan alasan tertulis.")


class AlreadyBooked(TaganaError):
    template = ("Dokumen {doc_type} nomor {doc_number} baris {line} sudah dibukukan; "
                "pembukuan yang sama tidak dicatat dua kali.")


class SerialInUse(TaganaError):
    template = "Nomor seri {serial} ({item}) sudah tercatat: {place}. Satu unit tidak bisa ada di dua tempat."


class SerialNotAvailable(TaganaError):
    template = "Unit {item} nomor seri {serial} tidak tersedia di {warehouse}: {place}."


class UnitNotUsable(TaganaError):
    template = "Unit {item} nomor seri {serial} dalam kondisi {condition} dan tidak dapat dikeluarkan."


class NotReversible(TaganaError):
    template = "Mutasi #{movement} tidak dapat dibatalkan: {reason}"


class AlreadyReversed(TaganaError):
    template = "Mutasi #{movement} sudah dibatalkan oleh mutasi #{reversal}."


class CountNotOpen(TaganaError):
    template = "Stock opname {number} berstatus {status}; hanya opname yang masih dibuka dapat diubah."


class CountIncomplete(TaganaError):
    template = "Stock opname {number} belum lengkap: {missing} baris belum dihitung ({examples})."


class WriteOffNotPending(TaganaError):
    template = "Penghapusan {number} berstatus {status}; hanya usulan yang masih diajukan dapat diputuskan."


class ImportRejected(ValidationError):
    """Every problem of an import file, by row and column; nothing was imported."""

    template = "Berkas tidak diimpor karena {count} kesalahan:\n{details}"

    def __init__(self, problems: list[tuple[int, str, str]]) -> None:
        self.problems = problems
        shown = [f"- baris {row}, kolom {column}: {text}" for row, column, text in problems[:50]]
        if len(problems) > 50:
            shown.append(f"- ... dan {len(problems) - 50} kesalahan lain")
        super().__init__(count=len(problems), details="\n".join(shown))

    def to_dict(self) -> dict[str, Any]:
        result = super().to_dict()
        result["problems"] = [{"row": r, "column": c, "message": m} for r, c, m in self.problems]
        return result
