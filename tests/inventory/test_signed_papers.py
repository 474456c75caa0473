"""The stock card and the stock report are signed by the pengurus barang and, "Mengetahui", the Kepala
Dinas named in the office settings; without them the command refuses and writes no file."""

from __future__ import annotations

from pypdf import PdfReader

from inventory import stock
from inventory.stock import ReceiveLine
from tagana_app import settings
from tests.conftest import SIGNERS, name_signers


def _text(path) -> str:  # noqa: ANN001
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def _stocked(env) -> None:  # noqa: ANN001
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 100)], source="kemensos",
                                               sender="Kemensos RI", doc_number="BAST-1"))


def test_stock_card_and_report_print_both_officials(env, run, tmp_path):
    _stocked(env)
    name_signers(env.db, env.users["admin"])
    card, report = tmp_path / "kartu.pdf", tmp_path / "stok.pdf"
    code, _out, err = run("stock", "card", "GDG", "BRS", "--pdf", str(card))
    assert code == 0, err
    code, _out, err = run("report", "stock", "--pdf", str(report))
    assert code == 0, err
    for path in (card, report):
        text = _text(path)
        assert "Mengetahui," in text, path.name
        for role in ("pengurus_barang", "kepala_dinas"):
            _user, name, nip, rank, position = SIGNERS[role]
            for part in (name, f"NIP. {nip}", rank, position):
                assert part in text, (path.name, part)


def test_without_a_pengurus_barang_nothing_is_written(env, run, tmp_path):
    _stocked(env)
    name_signers(env.db, env.users["admin"])
    env.db.write(lambda s: settings.set_office(s, env.users["admin"], {settings.SIGNER_PENGURUS_BARANG: ""}))
    card, report = tmp_path / "kartu.pdf", tmp_path / "stok.pdf"
    code, _out, err = run("stock", "card", "GDG", "BRS", "--pdf", str(card))
    assert code == 1 and "Kartu persediaan barang tidak dapat dicetak: Pengurus barang / petugas gudang belum " \
                         "ditentukan" in " ".join(err.split()) and "Traceback" not in err
    code, _out, err = run("report", "stock", "--pdf", str(report))
    assert code == 1 and "Pengurus barang / petugas gudang belum ditentukan" in " ".join(err.split())
    assert not card.exists() and not report.exists()
