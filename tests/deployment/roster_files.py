"""A big, valid roster file for the tests of imports that let others work (and bench/imports.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

KECAMATAN = ("17.09.01", "17.09.02", "17.09.03")


def write_big_roster(path: Path, rows: int) -> Path:
    """``rows`` volunteers with distinct NIKs (Kecamatan by code, birth dates as date cells), as .xlsx."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("Relawan")
    ws.append(["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tanggal Lahir", "No. HP", "Kecamatan", "Keahlian"])
    for n in range(rows):
        kec = KECAMATAN[n % len(KECAMATAN)]
        birth = date(1990, 1, 1) + timedelta(days=(n // 9999) * 400 + n % 97)
        female = n % 2 == 1
        day = birth.day + (40 if female else 0)
        nik = f"{kec.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{n % 9999 + 1:04d}"
        ws.append([n + 1, f"Relawan Uji {n + 1}", nik, "P" if female else "L", birth, f"0812{n:08d}", kec,
                   "Dapur Umum, Logistik"])
    book.save(path)
    return path
