"""Label sheets (inventory.labels, `tagana label`): the texts, where they sit, pages, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from inventory import catalog, labels, stock
from inventory.models import ItemBarcode
from tagana_app.errors import PermissionDenied, ValidationError

LONG_NAME = ("Tenda keluarga portabel ukuran 4 x 6 meter lengkap dengan tiang aluminium, pasak, tali "
             "dan tas penyimpanan tahan air untuk pengungsian bencana banjir dan tanah longsor")


def _texts(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of every string drawn on a page."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):  # noqa: ANN001
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))
    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def _inside(layout: labels.Layout, position: int, x: float, y: float) -> bool:
    cx, cy, w, h = layout.cell(position)
    return cx <= x <= cx + w and cy <= y <= cy + h


@pytest.fixture
def units(env):  # noqa: ANN001, ANN201
    g = env.gudang

    def work(s):  # noqa: ANN001, ANN202
        stock.receive_goods(s, g, "GDG", [stock.ReceiveLine("GEN", 3, serials=("G-1", "G-2", "G:3/X"))],
                            source="kemensos")
        stock.receive_goods(s, g, "LS1", [stock.ReceiveLine("GEN", 1, serials=("L-9",))], source="kemensos")
        s.add(ItemBarcode(barcode="8991234567890", item_id=catalog.get_item(s, "BRS").id))
        stock.receive_goods(s, g, "GDG", [stock.ReceiveLine("BRS", 10)], source="kemensos")
    env.db.write(work)
    return env


def test_unit_labels_say_item_serial_and_name_inside_their_cells(units, tmp_path):
    out = tmp_path / "unit.pdf"
    with units.db.read() as s:
        sheet = labels.print_labels(s, units.gudang, "units", out, warehouse="GDG", layout="a4-24")
    assert (sheet.labels, sheet.pages, sheet.layout) == (3, 1, "a4-24")
    layout = labels.LAYOUTS["a4-24"]
    texts = _texts(out)
    for position, serial in enumerate(("G-1", "G-2", "G:3/X")):  # by serial, top left first, row by row
        mine = sorted((t for t in texts if _inside(layout, position, t[1], t[2])), key=lambda t: -t[2])
        assert [t[0] for t in mine] == ["GEN", f"SN {serial}", "Genset 2000 W", "Gudang Dinsos Kab. Bengkulu Tengah"]
        code, sn = mine[0], mine[1]
        cx, cy, w, h = layout.cell(position)
        assert code[1] > cx + 20 * mm  # the text stands right of the QR code
        assert code[2] > sn[2] > cy  # the code above the serial
    assert not any(t[0] == "SN L-9" for t in texts)  # another warehouse's unit
    # the QR codes hold what a scanner types back
    with units.db.read() as s:
        assert [x.qr for x in labels.unit_labels(s, warehouse="GDG")] == ["U:GEN:G-1", "U:GEN:G-2", "U:GEN:G:3/X"]
    assert labels.parse_scan(" U:GEN:G:3/X ") == labels.Scanned("GEN", "G:3/X")
    assert labels.parse_scan("u:gen:G-1") == labels.Scanned("GEN", "G-1")
    assert labels.parse_scan("8991234567890") == labels.Scanned("8991234567890")
    assert labels.parse_scan("  ") is None


def test_item_labels_have_code_name_barcode_and_start_at_a_later_position(units, tmp_path):
    out = tmp_path / "items.pdf"
    with units.db.read() as s:
        sheet = labels.print_labels(s, units.gudang, "items", out, layout="A4 14 (99,1 x 38,1 mm)", start=4,
                                    items=["BRS", "mss"])
    assert (sheet.labels, sheet.pages, sheet.start) == (2, 1, 4)
    layout = labels.LAYOUTS["a4-14"]
    texts = _texts(out)
    assert not any(_inside(layout, p, x, y) for _t, x, y in texts for p in range(3))  # 1..3 stay empty
    brs = [t[0] for t in sorted(texts, key=lambda t: -t[2]) if _inside(layout, 3, t[1], t[2])]
    mss = [t[0] for t in sorted(texts, key=lambda t: -t[2]) if _inside(layout, 4, t[1], t[2])]
    assert brs == ["BRS", "8991234567890", "Beras"]
    assert mss == ["MSS", "Makanan siap saji"]


def test_a_long_name_is_wrapped_and_shortened_within_its_label(env, tmp_path):
    env.db.write(lambda s: catalog.add_item(s, env.gudang, "TKP-4X6-ALUMINIUM-PLUS", LONG_NAME, "unit"))
    for key, layout in labels.LAYOUTS.items():
        out = tmp_path / f"{key}.pdf"
        with env.db.read() as s:
            labels.print_labels(s, env.gudang, "items", out, layout=key, items=["TKP-4X6-ALUMINIUM-PLUS"])
        texts = _texts(out)
        assert len(texts) >= 3
        cx, cy, w, h = layout.cell(0)
        reader = PdfReader(str(out))
        assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)
        for text, x, y in texts:
            assert _inside(layout, 0, x, y), text
        joined = " ".join(t[0] for t in texts)
        assert joined.startswith("TKP-4X6-") and "Tenda keluarga portabel" in joined


def test_a_long_serial_is_never_shortened(env, tmp_path):
    serial = "SN-2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0000000123"
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [stock.ReceiveLine("GEN", 1, serials=(serial,))],
                                               source="kemensos"))
    for key, layout in labels.LAYOUTS.items():
        out = tmp_path / f"{key}.pdf"
        with env.db.read() as s:
            labels.print_labels(s, env.gudang, "units", out, layout=key)
        texts = sorted(_texts(out), key=lambda t: -t[2])
        assert all(_inside(layout, 0, x, y) for _t, x, y in texts)
        assert serial in "".join(t[0] for t in texts)  # on its lines, complete
        assert "…" not in "".join(t[0] for t in texts[:-2])


def test_thirty_labels_on_a_sheet_of_24_take_two_pages_three_from_position_20(env, tmp_path):
    def work(s):  # noqa: ANN001, ANN202
        for n in range(26):
            catalog.add_item(s, env.gudang, f"X{n:02d}", f"Barang contoh {n}", "buah")
    env.db.write(work)
    with env.db.read() as s:
        first = labels.print_labels(s, env.gudang, "items", tmp_path / "a.pdf")
        later = labels.print_labels(s, env.gudang, "items", tmp_path / "b.pdf", start=20)
    assert (first.labels, first.pages) == (30, 2)
    assert len(PdfReader(str(tmp_path / "a.pdf")).pages) == 2
    assert (later.pages, len(PdfReader(str(tmp_path / "b.pdf")).pages)) == (3, 3)


def test_refusals(env, users, tmp_path):
    out = tmp_path / "x.pdf"
    with env.db.read() as s:
        with pytest.raises(ValidationError, match="Tidak ada label"):
            labels.print_labels(s, env.gudang, "units", out)
        with pytest.raises(ValidationError, match="Tata letak label 'A5' tidak dikenal"):
            labels.print_labels(s, env.gudang, "items", out, layout="A5")
        with pytest.raises(ValidationError, match="Posisi awal 25"):
            labels.print_labels(s, env.gudang, "items", out, start=25)
        with pytest.raises(PermissionDenied):
            labels.print_labels(s, users["pemantau"], "items", out)
    assert not out.exists()


def test_label_command(run, units, tmp_path):
    out = tmp_path / "u.pdf"
    code, stdout, _ = run("label", "units", "--warehouse", "GDG", "--layout", "21", "-o", str(out), "--json")
    assert code == 0
    assert json.loads(stdout) == {"path": str(out), "kind": "units", "layout": "a4-21", "labels": 3, "pages": 1,
                                  "start": 1}
    assert "SN G-2" in PdfReader(str(out)).pages[0].extract_text()
    code, stdout, _ = run("label", "items", "--item", "BRS", "-o", str(tmp_path / "i.pdf"))
    assert code == 0 and "1 label barang" in stdout and "1 halaman" in stdout
    code, _, err = run("label", "units", "--item", "BRS", "-o", str(tmp_path / "n.pdf"))
    assert code == 1 and "Tidak ada label" in err and not (tmp_path / "n.pdf").exists()
    assert run("label", "items", "--start", "x", "-o", str(tmp_path / "n.pdf"))[0] == 2
    assert run("label", "shelves", "-o", str(tmp_path / "n.pdf"))[0] == 2
    assert run("label", "items", "-o", str(tmp_path / "n.pdf"), user="pemantau")[0] == 1
