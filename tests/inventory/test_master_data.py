"""Master data the office keeps itself: items, pack sizes, barcodes, units, warehouses, need categories
(services and `tagana item|warehouse|unit ...`)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from deployment import needs
from inventory import catalog, catalog_edit, queries, stock
from inventory.models import Item
from inventory.stock import ReceiveLine
from tagana_app.errors import Duplicate, PermissionDenied, ValidationError
from tagana_app.models import AuditLog

from .conftest import snapshot


def _receive(env, *lines: ReceiveLine, wh: str = "GDG") -> None:
    env.db.write(lambda s: stock.receive_goods(s, env.gudang, wh, list(lines), source="kemensos"))


def _audit(env, action: str) -> list[dict]:
    """The changes recorded by each audit row of ``action``, in order."""
    with env.db.read() as s:
        return list(s.scalars(select(AuditLog.changes).where(AuditLog.action == action).order_by(AuditLog.id)))


def test_an_item_is_edited_with_a_pack_size_barcodes_and_minimums(env):
    g = env.gudang
    detail = env.db.write(lambda s: catalog_edit.update_item(
        s, g, "brs", name="Beras medium", category="Pangan pokok", unit="karung", need_category="beras",
        barcodes=["8991000000017", " 8991000000024 "], minimums={"GDG": 500, "LS1": 100}))
    assert (detail.item.name, detail.item.category, detail.item.unit) == ("Beras medium", "Pangan pokok", "karung")
    assert detail.need_category == "beras" and detail.barcodes == ("8991000000017", "8991000000024")
    assert {(m.warehouse, m.minimum) for m in detail.minimums} == {("GDG", 500), ("LS1", 100)}
    env.db.write(lambda s: catalog_edit.add_pack(s, g, "BRS", "Karton", 24))
    with env.db.read() as s:
        assert catalog.find_item(s, "8991000000024").code == "BRS"
        assert catalog.pack_size(s, catalog.get_item(s, "BRS"), "karton") == 24
    # the item dialog's one write: pack set replaced, a barcode dropped
    detail = env.db.write(lambda s: catalog_edit.save_item(
        s, g, "BRS", new=False, name="Beras medium", category="Pangan pokok", unit="karung", kind="consumable",
        expires=False, serialized=False, need_category="beras", barcodes=["8991000000017"],
        packs=[("karton", 20), ("palet", 800)], minimums={}))
    assert [(p.name, p.contains) for p in detail.packs] == [("karton", 20), ("palet", 800)]
    assert detail.barcodes == ("8991000000017",)
    changes = _audit(env, "item.update")[0]
    assert changes["nama"] == {"lama": "Beras", "baru": "Beras medium"} and changes["satuan"]["baru"] == "karung"
    assert {a["kemasan"] for a in _audit(env, "item.pack_add")} == {"karton", "palet"}


def test_unit_kind_and_rules_are_fixed_once_the_item_has_movements(env):
    _receive(env, ReceiveLine("BRS", 10))
    before = snapshot(env.db)
    for kwargs in ({"unit": "ton"}, {"kind": "equipment"}, {"expires": True}):
        with pytest.raises(ValidationError, match="sudah mempunyai mutasi stok") as refused:
            env.db.write(lambda s, kw=kwargs: catalog_edit.update_item(s, env.gudang, "BRS", **kw))
        assert refused.value.fields["where"] == "booked"
    assert snapshot(env.db) == before
    # the name and the need category may still change
    assert env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "BRS", name="Beras premium")).item.name \
        == "Beras premium"


def test_a_barcode_belongs_to_one_item_and_the_refusal_names_the_other(env):
    env.db.write(lambda s: catalog_edit.add_barcode(s, env.gudang, "BRS", "8991000000017"))
    with pytest.raises(ValidationError) as refused:
        env.db.write(lambda s: catalog_edit.add_barcode(s, env.gudang, "MSS", "8991000000017"))
    assert "BRS (Beras)" in str(refused.value) and refused.value.fields["where"] == "barcode"
    with pytest.raises(ValidationError, match="sama dengan kode barang GEN"):
        env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "MSS", barcodes=["gen"]))
    with pytest.raises(ValidationError, match="tanpa spasi"):
        env.db.write(lambda s: catalog_edit.add_barcode(s, env.gudang, "MSS", "89 91"))
    with pytest.raises(Duplicate):
        env.db.write(lambda s: catalog_edit.add_barcode(s, env.gudang, "BRS", "8991000000017"))
    env.db.write(lambda s: catalog_edit.remove_barcode(s, env.gudang, "BRS", "8991000000017"))
    env.db.write(lambda s: catalog_edit.add_barcode(s, env.gudang, "MSS", "8991000000017"))
    with env.db.read() as s:
        assert catalog.find_item(s, "8991000000017").code == "MSS"


def test_pack_sizes_are_checked(env):
    g = env.gudang
    for name, contains, words in (("kg", 5, "sama dengan satuan"), ("karung", 1, "lebih dari 1"),
                                  ("", 5, "wajib diisi")):
        with pytest.raises(ValidationError, match=words):
            env.db.write(lambda s, n=name, c=contains: catalog_edit.add_pack(s, g, "BRS", n, c))
    env.db.write(lambda s: catalog_edit.add_pack(s, g, "BRS", "karung", 50))
    with pytest.raises(Duplicate):
        env.db.write(lambda s: catalog_edit.add_pack(s, g, "BRS", "KARUNG", 25))
    # a receipt in the pack is kept in the item's unit, so removing the pack leaves history as it was
    _receive(env, ReceiveLine("BRS", 2, pack="karung"))
    env.db.write(lambda s: catalog_edit.remove_pack(s, g, "BRS", "karung"))
    with env.db.read() as s:
        assert sum(b.quantity for b in queries.balances(s, warehouse="GDG", item="BRS")) == 100


def test_a_deactivated_item_keeps_its_stock_and_history_but_is_not_offered(env):
    _receive(env, ReceiveLine("BRS", 40))
    done = env.db.write(lambda s: catalog_edit.deactivate_item(s, env.gudang, "BRS"))
    assert (done.active, done.on_hand, done.unit) == (False, 40, "kg")
    with env.db.read() as s:
        assert "BRS" not in {i.code for i in catalog.list_items(s)}
        assert "BRS" in {i.code for i in catalog_edit.item_rows(s)}
        assert catalog.get_item(s, "BRS").active is False
    with pytest.raises(ValidationError, match="sudah nonaktif"):
        env.db.write(lambda s: catalog_edit.deactivate_item(s, env.gudang, "BRS"))
    env.db.write(lambda s: catalog_edit.reactivate_item(s, env.gudang, "BRS"))
    assert _audit(env, "item.deactivate") == [{"stok": 40}]


def test_a_warehouse_holding_stock_or_units_is_not_deactivated(env):
    _receive(env, ReceiveLine("BRS", 40), ReceiveLine("GEN", 2, serials=("G-1", "G-2")), wh="LS1")
    before = snapshot(env.db)
    with pytest.raises(ValidationError) as refused:
        env.db.write(lambda s: catalog_edit.deactivate_warehouse(s, env.gudang, "LS1"))
    assert "2 jenis barang (jumlah 42) dan 2 unit peralatan" in str(refused.value)
    assert snapshot(env.db) == before
    info = env.db.write(lambda s: catalog_edit.update_warehouse(
        s, env.gudang, "GDG", name="Gudang Dinsos Bengkulu Tengah", kind="provinsi", region="17.09.01",
        address="Jl. Raya 1", person_in_charge="Siti Aminah, S.E."))
    assert (info.name, info.kind, info.region_code, info.person_in_charge) == (
        "Gudang Dinsos Bengkulu Tengah", "provinsi", "17.09.01", "Siti Aminah, S.E.")
    assert env.db.write(lambda s: catalog_edit.deactivate_warehouse(s, env.gudang, "GDG")).active is False
    with env.db.read() as s:
        assert "GDG" not in {w.code for w in catalog.list_warehouses(s)}
    with pytest.raises(ValidationError, match="tidak dikenal"):
        env.db.write(lambda s: catalog_edit.update_warehouse(s, env.gudang, "LS1", region="99.99"))


def test_units_are_the_admins_catalogue(env, users):
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: catalog_edit.add_unit(s, env.gudang, "jeriken"))
    admin = users["admin"]
    assert env.db.write(lambda s: catalog_edit.add_unit(s, admin, " Jeriken ")).code == "jeriken"
    with pytest.raises(Duplicate):
        env.db.write(lambda s: catalog_edit.add_unit(s, admin, "jeriken"))
    env.db.write(lambda s: catalog.add_item(s, env.gudang, "AIR", "Air bersih", "jeriken"))
    gone = env.db.write(lambda s: catalog_edit.deactivate_unit(s, admin, "jeriken"))
    assert (gone.active, gone.items) == (False, 1)
    with pytest.raises(ValidationError, match="tidak dikenal"):
        env.db.write(lambda s: catalog.add_item(s, env.gudang, "AIR2", "Air", "jeriken"))
    with env.db.read() as s:
        assert catalog.get_item(s, "AIR").unit == "jeriken"  # the item keeps its unit


def test_need_category_decides_what_counts_for_a_need(env):
    _receive(env, ReceiveLine("BRS", 100))
    rice = next(n for n in needs.estimate_needs(10, 3, 1).lines if n.code == "beras")
    with env.db.read() as s:
        assert needs.stock_available(s, rice) == (Decimal(0), ())  # named "Beras", but not marked for rice
    env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "BRS", need_category="beras"))
    with env.db.read() as s:
        assert needs.stock_available(s, rice) == (Decimal(100), ("BRS",))
    with pytest.raises(ValidationError, match="Kategori kebutuhan 'nasi' tidak dikenal") as refused:
        env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "MSS", need_category="nasi"))
    assert refused.value.fields["where"] == "need_category"
    # marked for another need, "Beras" no longer counts for rice; "Bahan pokok" marked for rice does
    env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "BRS", need_category="air"))
    env.db.write(lambda s: catalog.add_item(s, env.gudang, "BRP", "Bahan pokok", "kg"))
    _receive(env, ReceiveLine("BRP", 7))
    env.db.write(lambda s: catalog_edit.update_item(s, env.gudang, "BRP", need_category="beras"))
    with env.db.read() as s:
        assert needs.stock_available(s, rice) == (Decimal(7), ("BRP",))


def test_the_need_categories_are_lines_of_the_estimate():
    lines = {n.code: n for n in needs.estimate_needs(10, 3, 1).lines}
    for code, label in catalog_edit.NEED_CATEGORIES.items():
        assert code in lines and code in needs.COUNTED and lines[code].label == label


def test_master_data_commands(run, env):
    code, out, _ = run("item", "update", "BRS", "--name", "Beras medium", "--barcode", "8991000000017",
                       "--need-category", "beras", "--minimum", "GDG=500", "--json")
    assert code == 0
    detail = json.loads(out)
    assert detail["item"]["name"] == "Beras medium" and detail["barcodes"] == ["8991000000017"]
    assert detail["minimums"][0]["minimum"] == 500 and detail["need_category"] == "beras"
    code, out, _ = run("item", "pack", "BRS", "--name", "karung", "--contains", "50")
    assert code == 0 and "1 karung = 50" in out
    code, _, err = run("item", "update", "MSS", "--barcode", "8991000000017")
    assert code == 1 and "sudah dipakai barang BRS" in err
    assert run("item", "update", "BRS", "--minimum", "GDG")[0] == 2
    _receive(env, ReceiveLine("BRS", 10))
    before = snapshot(env.db)
    code, _, err = run("item", "update", "BRS", "--unit", "ton", "--name", "Lain")
    assert code == 1 and "sudah mempunyai mutasi stok" in err
    assert run("item", "update", "BRS", "--name", "X", user="pemantau")[0] == 1
    assert snapshot(env.db) == before
    with env.db.read() as s:
        assert s.scalar(select(Item.name).where(Item.code == "BRS")) == "Beras medium"
    code, out, _ = run("item", "deactivate", "BRS")
    assert code == 0 and "Stoknya masih 10 kg" in out
    assert run("item", "pack", "BRS", "--name", "karung", "--remove")[0] == 0
    code, out, _ = run("item", "show", "BRS", "--json")
    assert json.loads(out)["packs"] == [] and json.loads(out)["item"]["active"] is False

    code, _, err = run("warehouse", "deactivate", "GDG")
    assert code == 1 and "masih menyimpan 1 jenis barang (jumlah 10)" in err
    code, out, _ = run("warehouse", "update", "LS1", "--pic", "Rina Marlina", "--json")
    assert code == 0 and json.loads(out)["person_in_charge"] == "Rina Marlina"
    assert run("warehouse", "deactivate", "LS1")[0] == 0

    assert run("unit", "add", "jeriken")[0] == 1  # the warehouse clerk may not
    code, out, _ = run("unit", "add", "jeriken", user="admin")
    assert code == 0 and "jeriken" in out
    code, out, _ = run("unit", "list", "--json")
    assert {"code": "jeriken", "active": True, "items": 0} in json.loads(out)
