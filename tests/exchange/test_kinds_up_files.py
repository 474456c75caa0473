"""The posko's records for its office through real exchange files (runs once the exchange engine is
there): a dispatch sent at the office, handed over short at the posko (its stock booked in), complete at
the office after one file each way; a handover of a dispatch the office cancelled meanwhile is reported
on both sides; a request and the posko's stock arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from deployment import requests as aid_requests
from deployment.dispatch import cli as dispatch_cli
from deployment.dispatch import documents
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.exchange import sites
from deployment.exchange.models import ExchangeRecord, Site
from inventory.models import Item, StockLevel
from tagana_app import clock, numbering, printing
from tagana_app.errors import NotFound
from tests.dispatch.conftest import KEC, env  # noqa: F401 - env: the office's dispatch world as a fixture
from tests.exchange import pairs  # noqa: E402

pytestmark = pytest.mark.dates  # dates of documents, births and handovers: run again at the year's edges


def _office(db) -> str:  # noqa: ANN001
    with db.read() as s:
        return sites.self_site(s).code


def _stock(db) -> dict[str, int]:  # noqa: ANN001
    with db.read() as s:
        own = s.scalar(select(Site).where(Site.is_self.is_(True)))
        rows = s.execute(select(Item.code, StockLevel.on_hand).join(Item, Item.id == StockLevel.item_id)
                         .where(StockLevel.warehouse_id == own.warehouse_id)).all()
        return {code: n for code, n in rows if n}


def _sent_to_the_posko(env, templates: dict[str, str], tmp_path: Path) -> tuple[pairs.Posko, str]:  # noqa: ANN001, F811
    """A posko paired with the office, and a dispatch of 30 kg rice sent to it (the file taken there)."""
    posko = pairs.make_posko(env.db, env.koordinator, templates, tmp_path / "posko.db", incident=env.incident)
    number = env.new(posko="PSK-01", recipient_name="Ketua Posko")
    env.add(number, "BRS", 30)
    env.approve(number)
    env.step(dispatches.send_dispatch, number, "gudang")
    pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    return posko, number


def test_a_short_handover_at_the_posko_completes_the_office_dispatch(env, _templates, tmp_path: Path):  # noqa: ANN001, F811
    posko, number = _sent_to_the_posko(env, _templates, tmp_path)
    posko.db.write(lambda s: dispatches.handover_dispatch(s, posko.admin, number, received={"BRS": 28},
                                                          reason="2 kg tumpah"))
    assert _stock(posko.db) == {"BRS": 28}
    data = aid_requests.RequestInput(incident=env.incident, requester_kind="posko", region_code=KEC,
                                     requester_name="Ketua Posko", letter_number="01/PSK-01",
                                     letter_date=clock.today(), lines=[aid_requests.RequestLineInput("BRS", 100)])
    request = posko.db.write(lambda s: aid_requests.add_request(s, posko.admin, data)).number

    outcome = pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    assert (outcome.pending, outcome.refused) == (0, 0), outcome.messages
    with env.db.read() as s:
        d = dispatches.get_dispatch(s, number)
        assert d.status == "handed_over" and [(ln.item, ln.received) for ln in d.lines] == [("BRS", 28)]
        assert aid_requests.get_request(s, request).status == "diterima"
        stock = s.scalar(select(ExchangeRecord.data).where(ExchangeRecord.kind == "stock",
                                                           ExchangeRecord.key == "PSK-01:BRS"))
        assert stock["on_hand"] == 28
    # one record, one owner: the posko's request is cancelled at the posko, decided at the office
    with pytest.raises(aid_requests.OwnedElsewhere, match="dibuat posko PSK-01"):
        env.db.write(lambda s: aid_requests.cancel_request(s, env.koordinator, request, "salah catat"))
    with pytest.raises(aid_requests.OwnedElsewhere, match="diputuskan di kantor"):
        posko.db.write(lambda s: aid_requests.decide_request(s, posko.admin, request, reject="tidak perlu"))
    env.db.write(lambda s: aid_requests.decide_request(s, env.users["pejabat"], request,
                                                       lines={"BRS": aid_requests.Decision(60, "stok terbatas")}))
    pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    with posko.db.read() as s:
        decided = aid_requests.get_request(s, request)
        assert decided.status == "didisposisi" and decided.lines[0].approved == 60


def test_a_handover_of_a_dispatch_cancelled_meanwhile_is_reported_on_both_sides(env, _templates,  # noqa: F811
                                                                                 tmp_path: Path):  # noqa: ANN001
    posko = pairs.make_posko(env.db, env.koordinator, _templates, tmp_path / "posko.db", incident=env.incident)
    number = env.new(posko="PSK-01", recipient_name="Ketua Posko")
    env.add(number, "BRS", 30)
    env.approve(number)
    pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    posko.db.write(lambda s: dispatches.handover_dispatch(s, posko.admin, number))  # approved: the truck came early
    env.step(dispatches.cancel_dispatch, number, "pejabat", "salah alamat")
    outcome = pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    assert outcome.refused == 1 and any("dibatalkan di kantor (salah alamat)" in m for m in outcome.messages)
    back = pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    assert any(number in m for m in back.messages), back.messages
    with posko.db.read() as s:
        assert s.scalar(select(Dispatch.status).where(Dispatch.number == number)) == "handed_over"


def test_the_bast_printed_at_the_posko_keeps_its_one_number_on_both_sides(env, _templates,  # noqa: F811
                                                                          tmp_path: Path):  # noqa: ANN001
    posko, number = _sent_to_the_posko(env, _templates, tmp_path)
    posko.db.write(lambda s: dispatches.handover_dispatch(s, posko.admin, number, received={"BRS": 28},
                                                          reason="2 kg tumpah"))
    pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))  # counts, no number yet
    down = pairs.send(env.db, env.koordinator, "PSK-01")  # the dispatch handed over, still without a BAST number
    printed = posko.db.write(lambda s: documents.print_bast(s, posko.admin, number, directory=tmp_path))
    assert "/BAST/PSK-01/" in printed.number
    pairs.take(posko.db, posko.admin, down)
    with posko.db.read() as s:  # the office's file never takes the number of a paper signed at the posko
        assert s.scalar(select(Dispatch.bast_number).where(Dispatch.number == number)) == printed.number
    again = posko.db.write(lambda s: documents.print_bast(s, posko.admin, number, directory=tmp_path))
    assert again.number == printed.number

    outcome = pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    assert (outcome.pending, outcome.refused) == (0, 0), outcome.messages
    with env.db.read() as s:  # the office learns the number, and prints no second BAST of its own
        assert dispatches.get_dispatch(s, number).bast_number == printed.number
    with pytest.raises(documents.BastAtPosko, match=f"dicetak di posko PSK-01 dengan nomor {printed.number}"):
        env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    with env.db.read() as s:  # `dispatch show` offers the pejabat neither the handover nor the BAST
        offered = {step.name for step in dispatch_cli._open_commands(env.pejabat, dispatches.get_dispatch(s, number))}
        assert "close" in offered and not offered & {"handover", "bast"}
    pairs.take(posko.db, posko.admin, pairs.send(env.db, env.koordinator, "PSK-01"))
    with posko.db.read() as s:
        assert s.scalar(select(Dispatch.bast_number).where(Dispatch.number == number)) == printed.number


def test_two_bast_numbers_for_one_handover_wait_until_the_office_cancels_its_own(env, _templates,  # noqa: F811
                                                                                tmp_path: Path):  # noqa: ANN001
    posko, number = _sent_to_the_posko(env, _templates, tmp_path)
    posko.db.write(lambda s: dispatches.handover_dispatch(s, posko.admin, number))
    printed = posko.db.write(lambda s: documents.print_bast(s, posko.admin, number, directory=tmp_path))

    def office_numbers_it(s):  # noqa: ANN001, ANN202 - as an office that numbered it by another way would have
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        d.bast_number = numbering.next_number(s, env.pejabat, "bast", clock.today(), entity="pengiriman",
                                              entity_id=number).number
        return d.bast_number
    ours = env.db.write(office_numbers_it)
    outcome = pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    assert outcome.pending == 1 and any(f"dicetak di posko dengan nomor {printed.number}" in m and f"Batalkan nomor {ours}"
                                        in m for m in outcome.messages), outcome.messages
    with env.db.read() as s:
        assert dispatches.get_dispatch(s, number).status == "sent"  # nothing of it applied
    env.db.write(lambda s: numbering.cancel_number(s, env.pejabat, ours, "BAST dicetak di posko"))
    again = pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    assert again.pending == 0, again.messages
    with env.db.read() as s:
        d = dispatches.get_dispatch(s, number)
        assert (d.status, d.bast_number) == ("handed_over", printed.number)


def test_the_office_checks_the_bast_printed_at_the_posko(env, _templates, tmp_path: Path):  # noqa: ANN001, F811
    """The posko's code is its own HMAC: the office finds the print in the posko's signed file and compares
    what the paper says with its own record of the dispatch."""
    posko, number = _sent_to_the_posko(env, _templates, tmp_path)
    posko.db.write(lambda s: dispatches.handover_dispatch(s, posko.admin, number, received={"BRS": 28},
                                                          reason="2 kg tumpah"))
    printed = posko.db.write(lambda s: documents.print_bast(s, posko.admin, number, directory=tmp_path))
    with env.db.read() as s:  # before the posko's file: not a paper the office knows
        with pytest.raises(NotFound):
            printing.verify_document(s, printed.payload)
    pairs.take(env.db, env.koordinator, pairs.send(posko.db, posko.admin, _office(env.db)))
    with env.db.read() as s:
        report = printing.verify_document(s, printed.payload)
        assert report.matches and report.number == printed.number and report.printed_by == f"{posko.admin.username}@PSK-01"
        assert "ASLI: dicetak di posko PSK-01" in str(report.message)
        assert printing.verify_document(s, printed.code).matches  # the code typed from the paper

    def short_again(s):  # noqa: ANN001, ANN202 - the office's record no longer says what the paper says
        d = s.scalar(select(Dispatch).where(Dispatch.number == number))
        s.execute(update(DispatchLine).where(DispatchLine.dispatch_id == d.id).values(received=27))
    env.db.write(short_again)
    with env.db.read() as s:
        report = printing.verify_document(s, printed.payload)
        assert not report.matches and "TIDAK SESUAI" in str(report.message)
        assert any("28" in str(found) and "27" in str(found) for found in report.differences), report.differences
