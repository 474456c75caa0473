"""What the window's line table reads for a line: the item a code or a scanned barcode names, with its
unit and pack sizes, and what can be issued of it from a warehouse."""

from __future__ import annotations

from inventory import catalog, stock
from inventory.doc_lines import LineItem, line_items
from inventory.models import ItemBarcode, ItemPack
from inventory.stock import ReceiveLine


def test_a_code_or_a_barcode_names_the_item_with_its_packs_and_what_is_available(env) -> None:  # noqa: ANN001
    def work(s):  # noqa: ANN001, ANN202
        mss = catalog.get_item(s, "MSS")
        s.add(ItemPack(item_id=mss.id, name="karton", contains=24))
        s.add(ItemPack(item_id=mss.id, name="dus", contains=12))
        s.add(ItemBarcode(barcode="8991002103051", item_id=mss.id))
        s.flush()
        stock.receive_goods(s, env.gudang, "GDG", [ReceiveLine("BRS", 40)], source="kemensos")
    env.db.write(work)
    with env.db.read() as s:
        found = line_items(s, ["8991002103051", " brs ", "NOPE", ""], "GDG")
        without_warehouse = line_items(s, ["BRS"])
    mss, available = found["8991002103051"]
    assert mss == LineItem("MSS", "Makanan siap saji", "paket", True, False, (("dus", 12), ("karton", 24)))
    assert available == 0
    assert mss.pack_size("Karton") == 24 and mss.pack_size("") == 1 and mss.pack_size("paket") == 1
    assert mss.pack_size("palet") is None
    assert found["brs"][0].code == "BRS" and found["brs"][1] == 40
    assert found["NOPE"] == (None, None) and "" not in found
    assert without_warehouse["BRS"][1] is None
