"""The kinds registry (tagana_app.doc_kinds): each paper's title, number pattern, who prints it, its printer
and QR content, attached by the packages that build them when a composition root imports them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tagana_app import doc_kinds, numbering, settings
from tagana_app.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]


def test_each_numbered_kind_has_its_pattern_setting():
    numbered = [k.code for k in doc_kinds.numbered()]
    assert numbered == ["bast", "manifest", "spt", "penerimaan", "pengeluaran", "mutasi", "opname", "penghapusan",
                        "pengiriman", "pinjam_pakai", "ba_pengembalian", "koreksi", "permintaan", "distribusi"]
    assert list(settings.NUMBER_PATTERNS) == numbered == list(numbering.DOC_TYPES)
    for kind in doc_kinds.numbered():
        setting = settings.NUMBER_PATTERNS[kind.code]
        assert setting.key == f"numbering.{kind.code}" and settings.REGISTRY[setting.key] is setting
        assert setting.label == f"Pola nomor {kind.title}"
        numbering.validate_pattern(setting.default)
    assert settings.NUMBER_PATTERNS["bast"].default == "{seq:03d}/BAST/DINSOS/{month_roman}/{year}"
    assert doc_kinds.title("bast") == "Berita Acara Serah Terima" and doc_kinds.title("lain") == "lain"
    # A stock card line names its source document shortly.
    assert [doc_kinds.label(c) for c in ("penerimaan", "koreksi", "saldo_awal", "pengiriman")] == [
        "Penerimaan", "Koreksi (pembatalan)", "Saldo awal", "Pengiriman"]


def test_kinds_without_a_number_get_none(db, admin):  # noqa: ANN001
    assert not doc_kinds.KINDS["saldo_awal"].numbered and "numbering.saldo_awal" not in settings.REGISTRY
    with pytest.raises(ValidationError, match="Jenis dokumen 'saldo_awal' tidak dikenal"):
        db.write(lambda s: numbering.next_number(s, admin, "saldo_awal", date(2026, 11, 23)))


# What the registry holds once a composition root has imported the packages that build papers.
PROBE = """
import json, sys
if sys.argv[1] == "cli":
    from tagana_app.cli import attach_papers
else:
    from ui.app import attach_papers
from tagana_app import doc_kinds
before = sorted(k.code for k in doc_kinds.KINDS.values() if k.printer or k.content)
attach_papers()
after = {k.code: [k.printer is not None, k.content is not None] for k in doc_kinds.KINDS.values()
         if k.printer or k.content}
print(json.dumps({"before": before, "after": after}))
"""


@pytest.mark.parametrize("root", ["cli", "gui"])
def test_the_composition_roots_attach_every_paper(root):
    done = subprocess.run([sys.executable, "-c", PROBE, root], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["before"] == []  # the core alone knows no builder: the packages bring them
    assert found["after"] == {code: [True, True] for code in ("bast", "manifest", "spt", "penerimaan", "pengeluaran",
                                                              "mutasi", "opname", "penghapusan", "pinjam_pakai",
                                                              "ba_pengembalian")}
