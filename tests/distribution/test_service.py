"""Distributions: rules, numbering, the repeat warning, stock booked out and back, lists and totals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from deployment.distribution import service
from deployment.distribution.models import Distribution
from inventory import stock_documents
from inventory.models import StockMovement
from tagana_app import settings
from tagana_app.errors import NotFound, PermissionDenied, ValidationError
from tests.distribution.conftest import DESA, DESA2, NIK2, TODAY

pytestmark = pytest.mark.dates  # dates of documents, births and handovers: run again at the year's edges


def _count(world) -> int:  # noqa: ANN001
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(Distribution))


def test_distribution_is_numbered_and_books_stock_out(world) -> None:  # noqa: ANN001
    made = world.give()
    assert "/DST/" in made.number and made.status == "aktif" and made.site_code == ""
    assert made.desa_name == "Talang Pauh" and made.lines[0].item == "BRS" and made.lines[0].quantity == 10
    assert made.items_text == "Beras 10 kg"
    assert world.balance("BRS") == 990
    with world.db.read() as s:
        doc = stock_documents.get_document(s, "distribusi", made.number)
        moves = s.execute(select(StockMovement.doc_type, StockMovement.qty_out)
                          .where(StockMovement.doc_number == made.number)).all()
    assert doc.counterparty == "Siti Aminah (Talang Pauh)" and doc.quantity == 10
    assert [tuple(m) for m in moves] == [("distribusi", 10)]
    second = world.give(nik=NIK2, recipient_name="Rahmat")
    assert second.number != made.number


def test_kit_expands_by_basis(world) -> None:  # noqa: ANN001
    made = world.give(package="pkk", lines=())
    assert made.package == "PKK" and {(x.item, x.quantity) for x in made.lines} == {("FK", 1), ("BRS", 10)}
    per_head = world.give(package="PJW", lines=(), nik=NIK2, recipient_name="Rahmat", household_size=5)
    assert [(x.item, x.quantity) for x in per_head.lines] == [("MSS", 15)]
    with pytest.raises(ValidationError, match="per jiwa"):
        world.give(package="PJW", lines=(), nik="", recipient_name="Ani", household_size=None)


@pytest.mark.parametrize(("extra", "message"), [
    ({"desa_code": "17.09.03"}, "Desa"),
    ({"recipient_name": "  "}, "Nama penerima"),
    ({"nik": "1234"}, "NIK"),
    ({"lines": ()}, "tanpa barang"),
    ({"warehouse": ""}, "Gudang asal"),
    ({"recipient_kind": "rt"}, "Jenis penerima"),
    ({"distributed_on": TODAY + timedelta(days=1)}, "belum terjadi"),
    ({"distributed_on": TODAY - timedelta(days=1)}, "alasan"),
    ({"lines": (service.DistributionLineInput("BRS", 5000),)}, "BRS|Beras"),
])
def test_refusals_write_nothing(world, extra, message) -> None:  # noqa: ANN001
    with pytest.raises((ValidationError, Exception), match=message):
        world.give(**extra)
    assert _count(world) == 0 and world.balance("BRS") == 1000


def test_unknown_incident_and_roles(world) -> None:  # noqa: ANN001
    with pytest.raises(NotFound):
        world.give(incident="KJD-NOPE")
    with pytest.raises(PermissionDenied):
        world.give(actor=world.users["pejabat"])
    assert world.give(actor=world.users["gudang"]).created_by == world.users["gudang"].username


def test_back_dated_with_reason(world) -> None:  # noqa: ANN001
    made = world.give(distributed_on=TODAY - timedelta(days=1), backdate_reason="dicatat sesudah kembali")
    assert made.distributed_on == TODAY - timedelta(days=1)


def test_repeat_warning_by_nik_and_by_name(world) -> None:  # noqa: ANN001
    first = world.give()
    with pytest.raises(service.RepeatDistribution, match=first.number):
        world.give(recipient_name="Siti A.")
    assert _count(world) == 1 and world.balance("BRS") == 990
    again = world.give(confirm_repeat=True)
    assert first.number in again.warning
    # other goods, another household, another desa: no warning
    world.give(lines=(service.DistributionLineInput("MSS", 2),))
    world.give(nik=NIK2, recipient_name="Rahmat")
    # no NIK: the same normalised name in the same desa
    world.give(nik="", recipient_name="Pak  Bejo")
    with pytest.raises(service.RepeatDistribution):
        world.give(nik="", recipient_name="pak bejo")
    world.give(nik="", recipient_name="Pak Bejo", desa_code=DESA2)
    # the same kit is the same package
    world.give(package="PKK", lines=(), nik="", recipient_name="Wati")
    with pytest.raises(service.RepeatDistribution, match="PKK"):
        world.give(package="PKK", lines=(), nik="", recipient_name="WATI")


def test_repeat_window_from_setting(world) -> None:  # noqa: ANN001
    world.give(distributed_on=TODAY - timedelta(days=3), backdate_reason="susulan")
    world.db.write(lambda s: settings.set_office(s, world.users["admin"],
                                                 {settings.DISTRIBUTION_REPEAT_DAYS: 2}, audited=False))
    world.give()  # three days ago is outside a two-day window


def test_cancel_books_goods_back(world) -> None:  # noqa: ANN001
    made = world.give(package="PKK", lines=())
    assert world.balance("FK") == 49
    with pytest.raises(ValidationError, match="Alasan"):
        world.db.write(lambda s: service.cancel_distribution(s, world.users["koordinator"], made.number, " "))
    done = world.db.write(lambda s: service.cancel_distribution(s, world.users["koordinator"], made.number,
                                                                "salah penerima"))
    assert done.status == "batal" and done.cancel_reason == "salah penerima"
    assert world.balance("FK") == 50 and world.balance("BRS") == 1000
    with pytest.raises(service.DistributionNotActive):
        world.db.write(lambda s: service.cancel_distribution(s, world.users["koordinator"], made.number, "lagi"))
    # a cancelled one is no repeat
    world.give(package="PKK", lines=())


def test_posko_distribution_not_cancelled_here(world) -> None:  # noqa: ANN001
    made = world.give()

    def move(s) -> None:  # noqa: ANN001
        s.scalar(select(Distribution).where(Distribution.number == made.number)).site_code = "POSKO-1"
    world.db.write(move)
    with pytest.raises(service.NotOurDistribution, match="POSKO-1"):
        world.db.write(lambda s: service.cancel_distribution(s, world.users["koordinator"], made.number, "x"))


def test_list_and_by_village(world) -> None:  # noqa: ANN001
    a = world.give()
    world.give(nik=NIK2, recipient_name="Rahmat", household_size=3, desa_code=DESA2)
    c = world.give(nik="", recipient_name="Balai desa", recipient_kind="desa", household_size=None,
                   lines=(service.DistributionLineInput("MSS", 20),))
    with world.db.read() as s:
        assert [x.number for x in service.list_distributions(s, desa=DESA)] == [c.number, a.number]
        assert len(service.list_distributions(s, desa="17.09.03", incident=world.incident)) == 3
        assert service.list_distributions(s, site="POSKO-9") == []
        totals = service.by_village(s, s.scalar(select(Distribution.incident_id).limit(1)))
    first = totals[0]
    assert first.desa_code == DESA and first.distributions == 2 and first.households == 1 and first.people == 4
    assert first.items == (("BRS", "Beras", "kg", 10), ("MSS", "Makanan siap saji", "paket", 20))
    assert totals[1].people == 3


def test_at_a_posko_its_own_warehouse_and_code(world) -> None:  # noqa: ANN001
    from deployment.exchange import sites
    from inventory import catalog

    def become_posko(s) -> None:  # noqa: ANN001
        wh = catalog.get_warehouse(s, "GDG")
        sites.make_self(s, "POSKO-TP", "Posko Talang Pauh", "posko", region_code=DESA, warehouse_id=wh.id)
    world.db.write(become_posko)
    made = world.give(warehouse="")
    assert made.site_code == "POSKO-TP" and made.warehouse == "GDG" and made.where == "POSKO-TP"
    with world.db.read() as s:
        assert [x.number for x in service.list_distributions(s, site="POSKO-TP")] == [made.number]
        assert service.list_distributions(s, site="") == []
    done = world.db.write(lambda s: service.cancel_distribution(s, world.users["gudang"], made.number, "salah"))
    assert done.status == "batal" and world.balance("BRS") == 1000
