"""Movements of a handed-over dispatch are corrected through the dispatch, never on their own."""

from __future__ import annotations

from sqlalchemy import select

from deployment.dispatch import service as D
from inventory import corrections, stock
from inventory.errors import NotCorrectable, NotReversible, SerialOutOnLoan
from inventory.models import EquipmentUnit, Item, StockLevel, StockMovement
from inventory.stock import ReceiveLine

from .conftest import check_ledger
from .test_dispatches import _refused


def _on_hand(env, item: str) -> int:  # noqa: ANN001
    with env.db.read() as s:
        item_id = s.scalar(select(Item.id).where(Item.code == item))
        return s.scalar(select(StockLevel.on_hand).where(StockLevel.item_id == item_id))


def _handed_over(env, *lines) -> str:  # noqa: ANN001
    number = env.new()
    for item, qty in lines:
        env.add(number, item, qty)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "koordinator")
    return number


def test_reversing_one_movement_of_a_handed_over_dispatch_is_refused(env):  # noqa: ANN001
    number = _handed_over(env, ("BRS", 210))
    assert _on_hand(env, "BRS") == 790
    with env.db.read() as s:
        moved = s.scalar(select(StockMovement.id).where(StockMovement.doc_number == number,
                                                        StockMovement.kind == "dispatch"))
    error = _refused(env, NotReversible, stock.reverse_movement, env.users["gudang"], moved, "salah catat")
    assert "pengembalian barang atau pembatalan pengiriman" in str(error)
    error = _refused(env, NotCorrectable, corrections.correct_document, env.users["gudang"], number, "salah catat")
    assert number in str(error)
    assert _on_hand(env, "BRS") == 790  # the stock still agrees with the BAST: 210 delivered
    with env.db.read() as s:
        check_ledger(s)


def test_a_serial_out_on_a_dispatch_is_not_received_back_by_a_receipt(env):  # noqa: ANN001
    number = _handed_over(env, ("GEN", 1))
    with env.db.read() as s:
        serial = s.scalar(select(EquipmentUnit.serial).where(EquipmentUnit.dispatch_id.is_not(None)))
    error = _refused(env, SerialOutOnLoan, stock.receive_goods, env.users["gudang"], "GDG",
                     [ReceiveLine("GEN", 1, serials=(serial,))], source="return")
    assert number in str(error) and "pengembalian" in str(error)
    # it comes back through the dispatch's return: counted once
    env.step(D.return_goods, number, "gudang", "GEN", 1, serials=[serial])
    assert _on_hand(env, "GEN") == 3
    with env.db.read() as s:
        check_ledger(s)
