"""Fixtures for the stock tests: a small catalogue and checks of the ledger's invariants."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory import catalog
from inventory.loan_models import EquipmentLoan, EquipmentLoanLine
from inventory.models import (
    EquipmentUnit,
    Item,
    StockBalance,
    StockCorrection,
    StockCount,
    StockCountLine,
    StockLevel,
    StockMovement,
    StockTransfer,
    StockTransferLine,
    WriteOff,
    WriteOffLine,
)
from tagana_app import clock
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.models import AuditLog

TODAY = clock.today()


@dataclass
class Env:
    db: Database
    users: dict[str, Actor]

    @property
    def gudang(self) -> Actor:
        return self.users["gudang"]

    @property
    def pejabat(self) -> Actor:
        return self.users["pejabat"]


@pytest.fixture
def env(db: Database, users: dict[str, Actor]) -> Env:
    """Two warehouses and four items: expiring food, rice, serial-numbered gensets, camp beds."""
    g = users["gudang"]

    def work(s: Session) -> None:
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos Kab. Bengkulu Tengah", "17.09")
        catalog.add_warehouse(s, g, "LS1", "Lumbung Sosial Karang Tinggi", "17.09.01", kind="lumbung")
        catalog.add_item(s, g, "MSS", "Makanan siap saji", "paket", category="Pangan", expires=True)
        catalog.add_item(s, g, "BRS", "Beras", "kg", category="Pangan")
        catalog.add_item(s, g, "GEN", "Genset 2000 W", "unit", category="Peralatan", kind="equipment",
                         serialized=True)
        catalog.add_item(s, g, "VEL", "Velbed", "unit", category="Peralatan", kind="equipment")
    db.write(work)
    return Env(db, users)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


TABLES = (StockMovement, StockBalance, StockLevel, EquipmentUnit, StockCount, StockCountLine, WriteOff,
          WriteOffLine, StockTransfer, StockTransferLine, StockCorrection, EquipmentLoan, EquipmentLoanLine, AuditLog)


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}


def snapshot(db: Database) -> tuple[dict[str, int], list[tuple], list[tuple], list[tuple]]:
    """Everything a refused operation must leave untouched."""
    with db.read() as s:
        balances = s.execute(select(StockBalance.warehouse_id, StockBalance.item_id, StockBalance.batch_id,
                                    StockBalance.quantity, StockBalance.reserved)
                             .order_by(StockBalance.warehouse_id, StockBalance.item_id, StockBalance.batch_id)).all()
        levels = s.execute(select(StockLevel.warehouse_id, StockLevel.item_id, StockLevel.on_hand,
                                  StockLevel.reserved, StockLevel.minimum)
                           .order_by(StockLevel.warehouse_id, StockLevel.item_id)).all()
        units = s.execute(select(EquipmentUnit.id, EquipmentUnit.status, EquipmentUnit.warehouse_id,
                                 EquipmentUnit.condition).order_by(EquipmentUnit.id)).all()
    return row_counts(db), [tuple(r) for r in balances], [tuple(r) for r in levels], [tuple(r) for r in units]


def check_invariants(s: Session) -> None:
    """No balance below zero; balances equal the sum of the movements; no serial in two places."""
    ledger_sum: dict[tuple[int, int, int], int] = defaultdict(int)
    for wh, item, batch, net in s.execute(
            select(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.batch_id,
                   func.sum(StockMovement.qty_in - StockMovement.qty_out))
            .group_by(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.batch_id)):
        ledger_sum[(wh, item, batch)] = int(net)
    balance: dict[tuple[int, int, int], int] = {}
    level_sum: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for b in s.scalars(select(StockBalance)):
        assert b.quantity >= 0 and 0 <= b.reserved <= b.quantity, b
        balance[(b.warehouse_id, b.item_id, b.batch_id)] = b.quantity
        level_sum[(b.warehouse_id, b.item_id)][0] += b.quantity
        level_sum[(b.warehouse_id, b.item_id)][1] += b.reserved
    for key in set(ledger_sum) | set(balance):
        assert ledger_sum.get(key, 0) == balance.get(key, 0), (key, ledger_sum.get(key), balance.get(key))
    for lv in s.scalars(select(StockLevel)):
        assert lv.on_hand >= 0 and 0 <= lv.reserved <= lv.on_hand
        assert [lv.on_hand, lv.reserved] == level_sum.get((lv.warehouse_id, lv.item_id), [0, 0]), lv
    # Serial-numbered stock: the balance is exactly the units whose one place is that warehouse, and
    # each unit's place agrees with its last movement.
    units_in: dict[tuple[int, int], int] = defaultdict(int)
    for u in s.scalars(select(EquipmentUnit)):
        last = s.scalar(select(StockMovement).where(StockMovement.equipment_unit_id == u.id)
                        .order_by(StockMovement.id.desc()).limit(1))
        if u.status == "gudang":
            units_in[(u.warehouse_id, u.item_id)] += 1
            assert last is not None and last.qty_in > 0 and last.warehouse_id == u.warehouse_id, (u.serial, last)
        else:
            assert u.warehouse_id is None
            assert last is None or last.qty_out > 0 or u.status == "batal", (u.serial, u.status)
    serialized = set(s.scalars(select(Item.id).where(Item.serialized.is_(True))))
    for lv in s.scalars(select(StockLevel).where(StockLevel.item_id.in_(serialized))):
        assert lv.on_hand == units_in.get((lv.warehouse_id, lv.item_id), 0), (lv.warehouse_id, lv.item_id)


@pytest.fixture
def fresh_db(db: Database, tmp_path, request: pytest.FixtureRequest):  # noqa: ANN201
    """A factory of further fresh, migrated databases on the same backend as ``db`` (one per example)."""
    templates = request.getfixturevalue("_templates")
    made: list[Database] = []

    def make() -> Database:
        if db.is_sqlite:
            import shutil

            target = tmp_path / f"extra-{len(made)}.db"
            shutil.copyfile(templates["sqlite"], target)
            new = Database.open(str(target))
        else:
            server = request.getfixturevalue("postgres_server")
            new = Database.open(server.create(template=templates["postgresql"]))
        made.append(new)
        return new

    yield make
    for database in made:
        database.dispose()


@pytest.fixture
def run(env, db_url, monkeypatch, capsys):  # noqa: ANN001, ANN201
    """`tagana ...` as a script runs it, on the env's database: (exit status, stdout, stderr)."""
    from tests.conftest import cli_runner

    return cli_runner(db_url, monkeypatch, capsys, "gudang")
