"""The demo stock: loads through the services, keeps the ledger's invariants, shows every alert."""

from __future__ import annotations

import subprocess
import sys

from inventory import catalog, counts, demo, equipment, queries, writeoffs

from .conftest import check_invariants


def test_demo_stock(db, users):
    from tagana_app import demo as core_demo

    added = db.write(lambda s: core_demo.load_demo(s, users["admin"], [core_demo.DemoPart("stok", demo.load_demo)]))
    assert added["gudang"] == 3 and added["barang"] == len(demo.ITEMS) and added["mutasi stok"] > 50
    with db.read() as s:
        check_invariants(s)
        kinds = {a.kind for a in queries.alerts(s)}
        assert kinds == {"below_min", "expiring", "expired"}
        units = equipment.list_units(s)
        assert {u.condition for u in units} == {"baik", "rusak ringan", "rusak berat"}
        assert {u.status for u in units} >= {"gudang", "dipinjam", "dihapus"}
        assert {w.status for w in writeoffs.list_writeoffs(s)} == {"diajukan", "disetujui"}
        assert [(c.status, len(c.team)) for c in counts.list_counts(s)] == [("diposting", 3)]
        regions = {w.code: w.region_code for w in catalog.list_warehouses(s)}
        assert all(code.startswith("17.09") for code in regions.values())
    assert db.write(lambda s: demo.load_demo(s, users["admin"]))["gudang"] == 0  # loading twice adds nothing


def test_inventory_imports_without_qt():
    code = ("import sys, inventory.cli, inventory.demo, inventory.documents, inventory.importing; "
            "sys.exit(1 if 'PySide6' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
