"""Cases that hold today, as examples of the form (the issue's cases go into their own modules)."""

from __future__ import annotations

from tests.hostile.corpus import Case

CASES = [
    Case("issue-more-than-in-stock", ["stock", "issue", "GDG", "BRS", "101", "--to", "Posko A"],
         ["tidak cukup", "tersedia 100"]),
    Case("unknown-warehouse", ["stock", "receive", "GDX", "BRS", "5"], ["Gudang", "GDX"]),
    Case("pemantau-receives", ["stock", "receive", "GDG", "BRS", "5"], ["tidak berwenang"], user="pemantau"),
]
