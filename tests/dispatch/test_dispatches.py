"""Every state change of a dispatch, its refusals, reservations, cancellation and returns."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deployment import incidents
from deployment.dispatch import kits
from deployment.dispatch import service as D
from deployment.errors import IncidentClosed
from inventory.errors import ExpiredBatchRefused, InsufficientStock, SerialNotAvailable
from inventory.models import EquipmentUnit, Item, StockBalance, StockLevel, StockMovement
from tagana_app import clock, numbering
from tagana_app.errors import PermissionDenied, ValidationError
from tagana_app.models import AuditLog

from .conftest import check_ledger, snapshot


def _reserved(env, item: str) -> int:  # noqa: ANN001
    with env.db.read() as s:
        item_id = s.scalar(select(Item.id).where(Item.code == item))
        return s.scalar(select(StockLevel.reserved).where(StockLevel.item_id == item_id))


def _refused(env, exc: type[Exception], fn, *args, **kwargs) -> Exception:  # noqa: ANN001
    before = snapshot(env.db)
    with pytest.raises(exc) as caught:
        env.db.write(lambda s: fn(s, *args, **kwargs))
    assert snapshot(env.db) == before, "a refused operation changed the database"
    return caught.value


def test_the_whole_life_from_draft_to_closed(env):
    number = env.new()
    env.add(number, "MSS", 60)
    env.add(number, "GEN", 2)
    env.add(number, "VEL", 4)
    env.step(D.add_escort, number, "koordinator", env.crew[0])
    draft = env.show(number)
    assert draft.status == "draft" and [line.item for line in draft.lines] == ["MSS", "GEN", "VEL"]
    # FEFO: batch B (earliest expiry, 50) first, then 10 from A.
    assert [(p.batch, p.quantity) for p in draft.lines[0].picks] == [("B", 50), ("A", 10)]
    assert draft.lines[0].free_now == 150 and _reserved(env, "MSS") == 0

    approved = env.approve(number)
    assert approved.status == "approved" and approved.approved_by == "pejabat"
    assert _reserved(env, "MSS") == 60 and _reserved(env, "GEN") == 2 and env.free("MSS") == 90

    sent = env.step(D.send_dispatch, number, "gudang")
    assert sent.status == "sent"
    with env.db.read() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.doc_number == number)).all()
        assert {m.kind for m in moves} == {"dispatch"} and {m.doc_type for m in moves} == {"pengiriman"}
        assert sum(m.qty_out for m in moves) == 66
        units = s.scalars(select(EquipmentUnit).where(EquipmentUnit.dispatch_id == approved.id)).all()
        assert len(units) == 2 and {u.status for u in units} == {"dipinjam"}
        assert all(number in u.loan_ref and env.incident in u.loan_ref for u in units)
        check_ledger(s)
    assert _reserved(env, "MSS") == 0 and env.free("MSS") == 90

    err = _refused(env, D.DifferenceNeedsReason, D.handover_dispatch, env.users["gudang"], number,
                   received={"MSS": 58})
    assert "58" in str(err) and "60" in str(err)
    done = env.step(D.handover_dispatch, number, "gudang", received={"MSS": 58}, reasons={"MSS": "2 rusak"})
    assert done.status == "handed_over" and done.handed_over_on is not None
    assert [(line.item, line.received, line.difference_reason) for line in done.lines] == [
        ("MSS", 58, "2 rusak"), ("GEN", 2, ""), ("VEL", 4, "")]
    # The genset and velbeds are still at the posko: a pejabat closes anyway, with the reason.
    closed = env.step(D.close_dispatch, number, "pejabat", override="peralatan tetap di posko")
    assert closed.status == "closed" and "Velbed 4 unit" in closed.close_note
    with env.db.read() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity_id == number)).all()
    for action in ("dispatch.create", "dispatch.line", "dispatch.escort", "dispatch.approve", "dispatch.send",
                   "dispatch.handover", "dispatch.close"):
        assert action in actions


def test_each_step_needs_its_role(env):
    number = env.new()
    env.add(number, "BRS", 10)
    with pytest.raises(PermissionDenied):
        env.new(env.pemantau)
    _refused(env, PermissionDenied, D.add_line, env.users["pemantau"], number, "BRS", 1)
    _refused(env, PermissionDenied, D.approve_dispatch, env.users["gudang"], number)
    env.approve(number)
    _refused(env, PermissionDenied, D.send_dispatch, env.users["koordinator"], number)
    env.step(D.send_dispatch, number, "gudang")
    _refused(env, PermissionDenied, D.handover_dispatch, env.users["pemantau"], number)
    env.step(D.handover_dispatch, number, "koordinator")
    _refused(env, PermissionDenied, D.close_dispatch, env.users["gudang"], number)
    _refused(env, PermissionDenied, D.return_goods, env.users["koordinator"], number, "BRS", 1)


def test_steps_out_of_order_are_refused_and_write_nothing(env):
    number = env.new()
    _refused(env, ValidationError, D.submit_dispatch, env.users["koordinator"], number)  # no lines yet
    env.add(number, "FK", 5)
    gudang, koord = env.users["gudang"], env.users["koordinator"]
    for fn, args in ((D.send_dispatch, (gudang,)), (D.handover_dispatch, (gudang,)),
                     (D.close_dispatch, (koord,))):
        err = _refused(env, D.WrongDispatchState, fn, *args, number)
        assert "Konsep" in str(err)
    _refused(env, D.WrongDispatchState, D.return_goods, gudang, number, "FK", 1)
    env.approve(number)
    _refused(env, D.WrongDispatchState, D.approve_dispatch, env.users["pejabat"], number)
    _refused(env, D.WrongDispatchState, D.add_line, koord, number, "BRS", 1)
    env.step(D.send_dispatch, number, "gudang")
    err = _refused(env, D.WrongDispatchState, D.cancel_dispatch, koord, number, "salah kirim")
    assert "dikembalikan" in str(err)
    _refused(env, D.WrongDispatchState, D.send_dispatch, gudang, number)


def test_a_closed_incident_takes_no_new_dispatch(env):
    env.db.write(lambda s: incidents.update_incident(s, env.pejabat, env.incident, status="selesai",
                                                     close_override="relawan ditarik"))  # the crew is on duty
    with pytest.raises(IncidentClosed):
        env.new()


def test_reservation_prevents_promising_the_same_units_twice(env):
    first, second = env.new(), env.new()
    env.add(first, "MSS", 100)
    env.add(second, "MSS", 100)  # both drafts fit the 150 free
    env.approve(first)
    env.step(D.submit_dispatch, second, "koordinator")
    err = _refused(env, InsufficientStock, D.approve_dispatch, env.users["pejabat"], second)
    assert err.fields["available"] == 50 and err.fields["requested"] == 100
    assert "tersedia 50 paket" in str(err)
    # The editor refuses too much at once, saying how much more this draft can take.
    third = env.new()
    err = _refused(env, InsufficientStock, D.add_line, env.users["koordinator"], third, "MSS", 51)
    assert err.fields["available"] == 50
    env.step(D.withdraw_dispatch, second, "koordinator")  # back to draft: its lines can change again
    env.step(D.set_line_quantity, second, "koordinator", "MSS", 50)
    env.approve(second)
    assert _reserved(env, "MSS") == 150 and env.free("MSS") == 0
    # Nothing can be issued over a reservation either.
    from inventory import stock

    _refused(env, InsufficientStock, stock.issue_goods, env.users["gudang"], "GDG",
             [stock.IssueLine("MSS", 1)], recipient="Posko lain")
    with env.db.read() as s:
        check_ledger(s)


def test_serial_units_are_reserved_for_one_dispatch_only(env):
    first, second = env.new(), env.new()
    env.add(first, "GEN", 2)
    env.approve(first)
    env.add(second, "GEN", 1)
    picked = env.show(second).lines[0].picks[0].serial
    assert picked not in {p.serial for p in env.show(first).lines[0].picks}
    reserved = env.show(first).lines[0].picks[0].serial
    _refused(env, SerialNotAvailable, D.set_picks, env.users["koordinator"], second, "GEN", serials=[reserved])
    _refused(env, InsufficientStock, D.add_line, env.users["koordinator"], second, "GEN", 1)


def test_batches_and_serials_can_be_chosen_by_hand_before_approval(env):
    number = env.new()
    env.add(number, "MSS", 60)
    env.add(number, "GEN", 1)
    env.step(D.set_picks, number, "gudang", "MSS", batches={"A": 60})
    env.step(D.set_picks, number, "gudang", "GEN", serials=["G-003"])
    record = env.show(number)
    assert [(p.batch, p.quantity) for p in record.lines[0].picks] == [("A", 60)] and record.lines[0].manual_pick
    assert record.lines[1].picks[0].serial == "G-003"
    _refused(env, ValidationError, D.set_picks, env.users["gudang"], number, "MSS", batches={"A": 10})
    env.approve(number)
    with env.db.read() as s:
        rows = dict(s.execute(select(StockBalance.batch_id, StockBalance.reserved)
                              .join(Item, Item.id == StockBalance.item_id).where(Item.code == "MSS")).all())
        assert sorted(rows.values()) == [0, 60]
        unit = s.scalar(select(EquipmentUnit).where(EquipmentUnit.serial == "G-003"))
        assert unit.dispatch_id == record.id and unit.status == "gudang"
    _refused(env, D.WrongDispatchState, D.set_picks, env.users["gudang"], number, "MSS", batches={"B": 60})


def test_an_expired_batch_is_not_picked(env, db):
    from datetime import timedelta

    from inventory import stock

    env.db.write(lambda s: stock.receive_goods(s, env.gudang, "GDG", [stock.ReceiveLine(
        "MSS", 20, batch="OLD", expiry=clock.today() - timedelta(days=1))], source="donor"))
    number = env.new()
    env.add(number, "MSS", 150)
    assert {p.batch for p in env.show(number).lines[0].picks} == {"A", "B"}
    _refused(env, ExpiredBatchRefused, D.set_picks, env.users["gudang"], number, "MSS",
             batches={"OLD": 20, "A": 100, "B": 30})


def test_escorts_must_be_assigned_to_the_incident(env):
    number = env.new()
    err = _refused(env, D.EscortNotAssigned, D.add_escort, env.users["koordinator"], number, env.outsider)
    assert "Relawan Uji 3" in str(err) and env.incident in str(err)
    record = env.step(D.add_escort, number, "koordinator", env.crew[1])
    record = env.step(D.add_escort, number, "koordinator", env.crew[1])  # twice is once
    assert [e.name for e in record.escorts] == ["Relawan Uji 2"] and record.escorts[0].role == "logistik"


def test_cancel_releases_the_reservation_and_keeps_the_number(env):
    number = env.new()
    env.add(number, "MSS", 80)
    env.add(number, "GEN", 1)
    env.approve(number)
    assert _reserved(env, "MSS") == 80
    _refused(env, ValidationError, D.cancel_dispatch, env.users["koordinator"], number, "  ")
    _refused(env, PermissionDenied, D.cancel_dispatch, env.users["gudang"], number, "batal")
    record = env.step(D.cancel_dispatch, number, "pejabat", "jalan putus")
    assert record.status == "cancelled" and record.cancel_reason == "jalan putus"
    assert _reserved(env, "MSS") == 0 and _reserved(env, "GEN") == 0 and env.free("MSS") == 150
    with env.db.read() as s:
        assert s.scalar(select(EquipmentUnit.id).where(EquipmentUnit.dispatch_id.is_not(None))) is None
        registered = numbering.get_number(s, number)
        assert registered.status == "cancelled" and "jalan putus" in registered.reason
        check_ledger(s)
    # A draft is cancelled the same way, and the next dispatch gets the next number.
    draft = env.new()
    env.step(D.cancel_dispatch, draft, "koordinator", "dobel")
    later = env.new()
    seqs = [int(n.split("/")[0]) for n in (number, draft, later)]
    assert seqs == [1, 2, 3]


def test_returns_put_equipment_back_and_overdue_shows_what_is_still_out(env):
    number = env.new()
    env.add(number, "GEN", 2)
    env.add(number, "VEL", 5)
    env.add(number, "MSS", 10)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    serials = [p.serial for p in env.show(number).lines[0].picks]
    with env.db.read() as s:
        out = D.equipment_out(s, incident=env.incident)
    assert [(o.item, o.outstanding, o.overdue) for o in out] == [("GEN", 2, False), ("VEL", 5, False)]

    env.step(D.return_goods, number, "gudang", "GEN", 1, condition="rusak", serials=[serials[1]])
    env.step(D.return_goods, number, "gudang", "VEL", 3)
    env.step(D.handover_dispatch, number, "gudang", received={"MSS": 10})
    record = env.step(D.return_goods, number, "gudang", "MSS", 4, remarks="tidak terpakai")
    assert [(r.item, r.quantity, r.condition) for r in record.returns] == [
        ("GEN", 1, "rusak ringan"), ("VEL", 3, "baik"), ("MSS", 4, "baik")]
    assert record.returns[0].serials == (serials[1],)
    _refused(env, D.ReturnTooLarge, D.return_goods, env.users["gudang"], number, "VEL", 3)
    _refused(env, ValidationError, D.return_goods, env.users["gudang"], number, "GEN", 1, serials=[serials[1]])
    with env.db.read() as s:
        unit = s.scalar(select(EquipmentUnit).where(EquipmentUnit.serial == serials[1]))
        assert (unit.status, unit.condition, unit.dispatch_id, unit.loan_ref) == ("gudang", "rusak ringan", None, "")
        assert unit.warehouse_id is not None
        kinds = s.scalars(select(StockMovement.kind).where(StockMovement.doc_type == "pengembalian")).all()
        assert sorted(kinds) == ["return"] * 3
        check_ledger(s)
    assert env.free("VEL") == 8 and env.free("MSS") == 144

    env.db.write(lambda s: incidents.update_incident(s, env.pejabat, env.incident, status="selesai",
                                                     close_override="peralatan tetap di desa"))
    with env.db.read() as s:
        out = D.equipment_out(s, overdue_only=True)
    assert [(o.item, o.outstanding, o.serials, o.overdue) for o in out] == [
        ("GEN", 1, (serials[0],), True), ("VEL", 2, (), True)]


def test_kits_scale_to_the_incident_or_to_a_given_number(env):
    k = env.users["koordinator"]
    env.db.write(lambda s: kits.create_kit(s, k, "PK-KEL", "Paket keluarga", "kk",
                                           [kits.KitLineInput("FK", 1), kits.KitLineInput("BRS", 10)]))
    env.db.write(lambda s: kits.create_kit(s, k, "PK-DUL", "Paket dapur umum lapangan", "jiwa",
                                           [kits.KitLineInput("DUL", 1, 750), kits.KitLineInput("BRS", 4, 10)]))
    number = env.new()
    record = env.db.write(lambda s: kits.add_kit_to_dispatch(s, k, number, "Paket keluarga"))
    assert [(line.item, line.quantity) for line in record.lines] == [("FK", 40), ("BRS", 400)]  # 40 KK
    record = env.db.write(lambda s: kits.add_kit_to_dispatch(s, k, number, "pk-dul", people=1001))
    assert [(line.item, line.quantity) for line in record.lines] == [("FK", 40), ("BRS", 801), ("DUL", 2)]
    other = env.new()
    record = env.db.write(lambda s: kits.add_kit_to_dispatch(s, k, other, "PK-KEL", households=10))
    assert [(line.item, line.quantity) for line in record.lines] == [("FK", 10), ("BRS", 100)]
    # Too much for the stock: the whole kit is refused.
    _refused(env, InsufficientStock, kits.add_kit_to_dispatch, k, other, "PK-KEL", households=500)


def test_list_and_search(env):
    a, b = env.new(), env.new(destination="Posko Desa Srikaton", recipient_name="Siti Contoh")
    env.add(a, "BRS", 5)
    env.approve(a)
    with env.db.read() as s:
        assert [d.number for d in D.list_dispatches(s)] == [b, a]
        assert [d.number for d in D.list_dispatches(s, status="approved")] == [a]
        assert [d.number for d in D.list_dispatches(s, text="srikaton")] == [b]
        assert D.count_by_status(s) == {"draft": 1, "approved": 1}
        with pytest.raises(ValidationError):
            D.list_dispatches(s, status="hilang")


def test_a_reserved_unit_issued_meanwhile_is_replaced_when_sending(env):
    from inventory import stock

    number = env.new()
    env.add(number, "GEN", 2)
    env.approve(number)
    reserved = sorted(p.serial for p in env.show(number).lines[0].picks)
    assert reserved == ["G-001", "G-002"]
    # The stock part does not know which units a dispatch holds; the reserved count still protects the promise.
    env.db.write(lambda s: stock.issue_goods(s, env.gudang, "GDG", [stock.IssueLine("GEN", 1, serials=("G-001",))],
                                             recipient="Posko lain"))
    sent = env.step(D.send_dispatch, number, "gudang")
    assert sorted(p.serial for p in sent.lines[0].picks) == ["G-002", "G-003"]
    with env.db.read() as s:
        check_ledger(s)


def test_an_ordinary_issue_does_not_pick_a_unit_a_dispatch_holds(env):
    from inventory import stock

    number = env.new()
    env.add(number, "GEN", 2)
    env.approve(number)
    held = sorted(p.serial for p in env.show(number).lines[0].picks)
    env.db.write(lambda s: stock.issue_goods(s, env.gudang, "GDG", [stock.IssueLine("GEN", 1)],
                                             recipient="Posko lain"))
    with env.db.read() as s:
        check_ledger(s)
    sent = env.step(D.send_dispatch, number, "gudang")
    assert sorted(p.serial for p in sent.lines[0].picks) == held
