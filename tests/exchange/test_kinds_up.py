"""The posko's records reach the office (direction UP): handovers complete the office's dispatches,
requests, distributions, check-ins, figures and the posko's stock arrive; what cannot apply waits or is
refused in words a person understands.  The office on SQLite and PostgreSQL, the posko on SQLite."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from deployment import assignments, incidents
from deployment import requests as aid_requests
from deployment.dispatch import documents
from deployment.dispatch import service as dispatches
from deployment.distribution.models import Distribution, DistributionLine
from deployment.exchange import kinds, sites
from deployment.exchange.kinds import Pending, Refused
from deployment.exchange.models import Site
from deployment.models import AidRequest, AidRequestLine, Assignment, IncidentFigures
from inventory.models import Item, StockLevel, Warehouse
from inventory.stock_documents import get_document
from tagana_app import clock
from tagana_app.errors import ValidationError
from tagana_app.models import AuditLog
from tests.dispatch.conftest import check_ledger
from tests.exchange.up_world import KEC, POSKO, TODAY, World, world_fixture  # noqa: F401 - the fixture "world"


def _posko_stock(world: World) -> dict[str, int]:
    with world.posko.db.read() as s:
        own = s.scalar(select(Site).where(Site.is_self.is_(True)))
        rows = s.execute(select(Item.code, StockLevel.on_hand).join(Item, Item.id == StockLevel.item_id)
                         .where(StockLevel.warehouse_id == own.warehouse_id)).all()
        return {code: n for code, n in rows if n}


def _hand_over_short(world: World, number: str) -> None:
    world.posko.db.write(lambda s: dispatches.handover_dispatch(
        s, world.posko.koordinator, number, received={"BRS": 90}, reasons={"BRS": "karung sobek di jalan"},
        place="Posko Pondok Kelapa"))


def test_the_up_kinds_are_registered_in_order() -> None:
    assert [k.name for k in kinds.of_direction(kinds.UP)] == [
        "request", "handover", "distribution", "checkin", "figures", "stock", "printed"]
    assert kinds.get("stock").apply is None and kinds.get("printed").apply is None  # kept only
    assert kinds.direction("posko", "kabupaten") == kinds.UP


def test_a_handover_at_the_posko_books_the_goods_into_its_warehouse(world: World) -> None:
    number = world.new_dispatch()
    expiry = (TODAY + timedelta(days=200)).isoformat()
    world.replicate_dispatch(number, picks={2: [{"batch": "A", "expiry": expiry, "serial": None, "quantity": 20}]})
    _hand_over_short(world, number)
    assert _posko_stock(world) == {"BRS": 90, "MSS": 20}
    with world.posko.db.read() as s:
        d = dispatches.get_dispatch(s, number)
        assert d.status == "handed_over"
        receipt = s.scalar(select(AuditLog.changes).where(AuditLog.action == "dispatch.handover"))["penerimaan_posko"]
        assert POSKO in receipt
        doc = get_document(s, "penerimaan", receipt)
        assert doc.ref_number == number
        assert {(line.item, line.batch, line.expiry.isoformat() if line.expiry else None)
                for line in doc.lines} >= {("MSS", "A", expiry)}
        check_ledger(s)


def test_serial_numbers_sent_with_the_dispatch_become_the_posko_units(world: World) -> None:
    from inventory.models import EquipmentUnit

    number = world.new_dispatch(lines=(("BRS", 10), ("GEN", 2)))
    world.replicate_dispatch(number, picks={2: [{"serial": "G-002", "quantity": 1}, {"serial": "G-001", "quantity": 1}]})
    world.posko.db.write(lambda s: dispatches.handover_dispatch(s, world.posko.gudang, number, received={"GEN": 1},
                                                                reason="satu genset tertinggal"))
    assert _posko_stock(world) == {"BRS": 10, "GEN": 1}
    with world.posko.db.read() as s:
        own = s.scalar(select(Site).where(Site.is_self.is_(True)))
        units = s.execute(select(EquipmentUnit.serial, EquipmentUnit.status, EquipmentUnit.warehouse_id)).all()
        assert [tuple(u) for u in units] == [("G-002", "gudang", own.warehouse_id)]
        check_ledger(s)


def test_the_posko_takes_an_approved_dispatch_and_prints_its_bast(world: World, tmp_path) -> None:
    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    _hand_over_short(world, number)
    assert _posko_stock(world) == {"BRS": 90, "MSS": 20}
    out = tmp_path / "bast.pdf"
    world.posko.db.write(lambda s: documents.print_bast(s, world.posko.koordinator, number, out=out))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"BAST/{POSKO}" in text and "Budi Contoh" in text and "karung sobek" in text
    # at the office, an approved dispatch is not handed over (the step stays as it was)
    with pytest.raises(dispatches.WrongDispatchState):
        world.office.write(lambda s: dispatches.handover_dispatch(s, world.users["koordinator"], number))


def test_a_dispatch_not_addressed_to_the_posko_keeps_the_usual_rule(world: World) -> None:
    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    world.posko.db.write(lambda s: setattr(s.scalar(select(dispatches.Dispatch)
                                                    .where(dispatches.Dispatch.number == number)), "site_id", None))
    with pytest.raises(dispatches.WrongDispatchState):
        _hand_over_short(world, number)
    assert _posko_stock(world) == {}


def test_the_handover_completes_the_office_dispatch(world: World) -> None:
    number = world.new_dispatch()
    world.replicate_dispatch(number)
    _hand_over_short(world, number)
    records = world.collect("handover")
    assert [key for key, _ in records] == [number]
    world.apply("handover", records)
    with world.office.read() as s:
        d = dispatches.get_dispatch(s, number)
        assert d.status == "handed_over"
        assert d.handover_place == "Posko Pondok Kelapa"
        row = s.scalar(select(dispatches.Dispatch).where(dispatches.Dispatch.number == number))
        assert row.handed_over_by == f"koordinator@{POSKO}" and row.handed_over_on == TODAY
        got = {line.item: (line.received, line.difference_reason) for line in d.given}
        assert got == {"BRS": (90, "karung sobek di jalan"), "MSS": (20, "")}
        audits = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "dispatch.handover"))
    world.apply("handover", records)  # the same record again: nothing changes
    with world.office.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)
                        .where(AuditLog.action == "dispatch.handover")) == audits
        check_ledger(s)


def test_a_handover_recorded_otherwise_at_the_office_is_refused(world: World) -> None:
    number = world.new_dispatch()
    world.replicate_dispatch(number)
    _hand_over_short(world, number)
    # the office does not record the handover of a dispatch addressed to its posko: the posko's file brings it
    with pytest.raises(dispatches.HandoverAtPosko, match=f"dicatat di posko {POSKO}"):
        world.office.write(lambda s: dispatches.handover_dispatch(s, world.users["koordinator"], number))
    # once the posko is revoked (a lost laptop) the office records the paper BAST itself; a record of the
    # posko that still arrives for it does not overwrite that
    world.office.write(lambda s: sites.revoke(s, world.users["pejabat"], POSKO, "laptop hilang"))
    world.office.write(lambda s: dispatches.handover_dispatch(s, world.users["koordinator"], number))
    with pytest.raises(Refused, match="sudah mencatat serah terimanya dengan jumlah diterima yang lain"):
        world.apply("handover", world.collect("handover"))


def test_a_handover_of_a_dispatch_not_yet_sent_at_the_office_waits(world: World) -> None:
    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    _hand_over_short(world, number)
    records = world.collect("handover")
    with pytest.raises(Pending, match=f"{number} dari posko {POSKO} menunggu"):
        world.apply("handover", records)
    world.office.write(lambda s: dispatches.send_dispatch(s, world.users["gudang"], number))
    world.apply("handover", records)
    with world.office.read() as s:
        assert dispatches.get_dispatch(s, number).status == "handed_over"


def test_a_handover_of_a_dispatch_cancelled_at_the_office_is_refused(world: World) -> None:
    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    _hand_over_short(world, number)
    world.office.write(lambda s: dispatches.cancel_dispatch(s, world.users["koordinator"], number, "truk rusak"))
    with pytest.raises(Refused) as refused:
        world.apply("handover", world.collect("handover"))
    text = str(refused.value)
    assert number in text and POSKO in text and "dibatalkan di kantor (truk rusak)" in text
    assert "pengiriman baru atau dikembalikan" in text
    with world.office.read() as s:
        assert dispatches.get_dispatch(s, number).status == "cancelled"


def test_requests_of_the_posko_arrive_and_their_cancellation_follows(world: World) -> None:
    data = aid_requests.RequestInput(incident=world.incident, requester_kind="posko", region_code=KEC,
                                     requester_name="Ketua Posko Pondok Kelapa", letter_number="001/PSK-01",
                                     letter_date=TODAY, lines=[aid_requests.RequestLineInput("BRS", 500),
                                                               aid_requests.RequestLineInput("air", 100)],
                                     people={"dapur_umum": 2})
    number = world.posko.db.write(lambda s: aid_requests.add_request(s, world.posko.koordinator, data)).number
    assert POSKO in number
    world.apply("request", world.collect("request"))
    with world.office.read() as s:
        r = aid_requests.get_request(s, number)
        assert r.status == "diterima" and r.requester_name == "Ketua Posko Pondok Kelapa"
        row = s.scalar(select(AidRequest).where(AidRequest.number == number))
        assert row.received_by == f"koordinator@{POSKO}"
        lines = s.execute(select(AidRequestLine.line_no, AidRequestLine.need_category, AidRequestLine.quantity)
                          .where(AidRequestLine.request_id == row.id).order_by(AidRequestLine.line_no)).all()
        assert [tuple(x) for x in lines] == [(1, "", 500), (2, "air", 100)]
    world.apply("request", world.collect("request"))  # again: the same rows
    world.posko.db.write(lambda s: aid_requests.cancel_request(s, world.posko.koordinator, number, "banjir surut"))
    world.apply("request", world.collect("request"))
    with world.office.read() as s:
        row = s.scalar(select(AidRequest).where(AidRequest.number == number))
        assert (row.status, row.cancel_reason, row.cancelled_by) == ("dibatalkan", "banjir surut",
                                                                     f"koordinator@{POSKO}")
        assert s.scalar(select(func.count()).select_from(AidRequest)) == 1


def test_distributions_of_the_posko_arrive_without_moving_the_office_stock(world: World) -> None:
    def distribute(s) -> None:  # noqa: ANN001 - as the posko's distribution service writes it
        own = s.scalar(select(Site).where(Site.is_self.is_(True)))
        x = Distribution(number=f"001/DST/{POSKO}/XI/2026", site_code=POSKO, incident_id=own.incident_id,
                         warehouse_id=own.warehouse_id, distributed_on=TODAY, desa_code="17.09.03.2001",
                         recipient_kind="kk", recipient_name="Ahmad Contoh", nik="1709031403950009", household_size=4,
                         package="", warning="", remarks="", status="aktif", created_by="koordinator")
        s.add(x)
        s.flush()
        s.add(DistributionLine(distribution_id=x.id, line_no=1, item_id=s.scalar(select(Item.id).where(Item.code == "BRS")),
                               quantity=10))
        s.flush()
    world.posko.db.write(distribute)
    with world.office.read() as s:
        before = s.execute(select(StockLevel.warehouse_id, StockLevel.item_id, StockLevel.on_hand)).all()
    records = world.collect("distribution")
    world.apply("distribution", records)
    world.apply("distribution", records)
    with world.office.read() as s:
        x = s.scalar(select(Distribution))
        assert (x.site_code, x.recipient_name, x.household_size, x.created_by) == (
            POSKO, "Ahmad Contoh", 4, f"koordinator@{POSKO}")
        assert s.get(Warehouse, x.warehouse_id).code == POSKO
        lines = s.execute(select(Item.code, DistributionLine.quantity)
                          .join(Item, Item.id == DistributionLine.item_id)).all()
        assert [tuple(x) for x in lines] == [("BRS", 10)]
        assert s.execute(select(StockLevel.warehouse_id, StockLevel.item_id, StockLevel.on_hand)).all() == before


def test_check_ins_figures_and_stock_arrive(world: World, clock_at) -> None:  # noqa: ANN001
    with world.posko.db.read() as s:
        local = s.scalar(select(Assignment.id))
    world.posko.db.write(lambda s: assignments.check_in(s, world.posko.koordinator, local))
    world.posko.db.write(lambda s: incidents.record_figures(s, world.posko.koordinator, world.incident,
                                                            {"pengungsi": 180}, note="pendataan sore"))
    number = world.new_dispatch()
    world.replicate_dispatch(number)
    _hand_over_short(world, number)

    checkins = world.collect("checkin")
    assert [key for key, _ in checkins] == [f"{world.posko.office_site.code}:{world.assignment_id}"]
    world.apply("checkin", checkins)
    figures = world.collect("figures")
    assert len(figures) == 1 and figures[0][0].startswith(f"{POSKO}:")
    world.apply("figures", figures)
    world.apply("figures", figures)  # a proposal is added once
    stock = dict(world.collect("stock"))
    assert stock[f"{POSKO}:BRS"] == {"item": "BRS", "name": "Beras", "unit": "kg", "on_hand": 90, "reserved": 0}
    with world.office.read() as s:
        a = s.get(Assignment, world.assignment_id)
        assert a.checkin_at is not None and a.checkout_at is None
        rows = s.scalars(select(IncidentFigures).where(IncidentFigures.recorded_by == f"koordinator@{POSKO}")).all()
        assert [(f.pengungsi, f.note) for f in rows] == [(180, f"Usulan posko {POSKO}: pendataan sore")]
    clock_at.advance(hours=3)
    world.posko.db.write(lambda s: assignments.check_out(s, world.posko.koordinator, local))
    world.apply("checkin", world.collect("checkin"))
    with world.office.read() as s:
        assert s.get(Assignment, world.assignment_id).checkout_at is not None


def test_a_posko_without_a_warehouse_cannot_book_a_handover(world: World) -> None:
    number = world.new_dispatch()
    world.replicate_dispatch(number)
    world.posko.db.write(lambda s: setattr(s.scalar(select(Site).where(Site.is_self.is_(True))), "warehouse_id", None))
    with pytest.raises(ValidationError, match="belum memiliki gudang"):
        _hand_over_short(world, number)
    with world.posko.db.read() as s:
        assert dispatches.get_dispatch(s, number).status == "sent"
    assert clock.today() == TODAY


def test_the_command_line_hands_over_at_the_posko(world: World, monkeypatch, capsys, tmp_path) -> None:  # noqa: ANN001
    import json

    from tests.conftest import cli_runner

    number = world.new_dispatch(send=False)
    world.replicate_dispatch(number)
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))
    run = cli_runner(str(world.posko.db.engine.url.database), monkeypatch, capsys, "gudang")
    code, out, err = run("dispatch", "handover", number, "--received", "BRS=95", "--reason", "basah", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "handed_over"
    assert _posko_stock(world) == {"BRS": 95, "MSS": 20}
    code, out, err = run("dispatch", "handover", number, "--json")  # a second time: refused, nothing booked
    assert code == 1 and "Diserahterimakan" in err
    assert _posko_stock(world) == {"BRS": 95, "MSS": 20}
