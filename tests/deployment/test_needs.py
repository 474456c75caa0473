"""The needs estimate counts goods by their need category and content per unit: not by their name,
not when expired, and with what is reserved shown apart."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from deployment import needs
from inventory import catalog, catalog_edit, ledger, stock
from inventory.models import Item, Warehouse
from inventory.stock import ReceiveLine
from tagana_app import clock
from tagana_app.errors import ValidationError

TODAY = clock.today()


@pytest.fixture
def goods(db, users):  # noqa: ANN001, ANN201
    g = users["gudang"]

    def work(s):  # noqa: ANN001, ANN202
        catalog.add_warehouse(s, g, "GDG", "Gudang Dinsos", "17.09")
        for code, name, unit, kind, expires, need, content in (
                ("BRS5", "Beras premium 5 kg", "karung", "consumable", False, "beras", "5"),
                ("BRK", "Beras curah", "kg", "consumable", False, "beras", ""),
                ("BRX", "Beras karung (isi belum dicatat)", "karung", "consumable", False, "beras", ""),
                ("TPB", "Tepung beras", "kg", "consumable", False, "", ""),
                ("TNK", "Tangki air 1.000 L", "unit", "equipment", False, "", ""),
                ("AMN", "Air mineral 600 ml", "botol", "consumable", False, "air", "0,6"),
                ("FK", "Family kit", "paket", "consumable", True, "family_kit", ""),
                ("TKP", "Tenda keluarga portabel", "unit", "equipment", False, "tenda", "16")):
            catalog.add_item(s, g, code, name, unit, kind=kind, expires=expires)
            catalog_edit.update_item(s, g, code, need_category=need, content_per_unit=content)
        stock.receive_goods(s, g, "GDG", [
            ReceiveLine("BRS5", 40), ReceiveLine("BRK", 100), ReceiveLine("BRX", 3), ReceiveLine("TPB", 500),
            ReceiveLine("TNK", 4), ReceiveLine("AMN", 100), ReceiveLine("TKP", 2),
            ReceiveLine("FK", 30, batch="A", expiry=TODAY + timedelta(days=10)),
            ReceiveLine("FK", 20, batch="B", expiry=TODAY + timedelta(days=100))], source="kemensos")
        # Five kits of batch B promised to an approved dispatch.
        fk = s.scalar(select(Item.id).where(Item.code == "FK"))
        wh = s.scalar(select(Warehouse.id).where(Warehouse.code == "GDG"))
        ledger.reserve(s, wh, fk, ledger.batch_id(s, fk, "B", TODAY + timedelta(days=100)), 5)
    db.write(work)
    return db


def _lines(db, people: int = 100, households: int = 30, days: int = 3) -> dict[str, needs.ShortLine]:  # noqa: ANN001
    with db.read() as s:
        return {line.code: line for line in needs.shortfall(needs.estimate_needs(people, households, days),
                                                            session=s)}


def test_rice_counts_by_category_and_content_not_by_name(goods):
    rice = _lines(goods)["beras"]  # 0.4 × 100 × 3 = 120 kg needed
    assert rice.available == 300  # 40 packs of 5 kg + 100 kg loose; the rice flour does not count
    assert rice.items == ("BRK", "BRS5") and rice.uncounted == ("BRX",)  # a sack of unknown content: not counted
    assert rice.short == 0 and rice.reserved == 0


def test_water_from_bottles_and_not_from_an_empty_tank(goods):
    water = _lines(goods)["air"]  # 15 × 100 × 3 = 4500 L
    assert water.available == Decimal("60") and water.items == ("AMN",)  # 100 bottles of 0.6 L
    assert water.short == 4440


def test_expired_kits_are_not_available_and_reserved_ones_are_shown_apart(goods, clock_at):
    kits = _lines(goods)["family_kit"]
    assert (kits.available, kits.reserved, kits.expired, kits.short) == (45, 5, 0, 0)
    clock_at.set(clock.utcnow() + timedelta(days=20))  # batch A (30 kits) is past its expiry now
    kits = _lines(goods)["family_kit"]
    assert (kits.available, kits.reserved, kits.expired, kits.short) == (15, 5, 30, 15)


def test_tents_count_by_their_floor(goods):
    tents = _lines(goods)["tenda"]  # 3.5 m² × 100 people
    assert (tents.needed, tents.available, tents.short, tents.unit) == (Decimal("350.0"), 32, Decimal("318.0"), "m²")


def test_content_per_unit_is_checked_and_kept(goods, users):
    g = users["gudang"]
    for wrong in ("-1", "abc", "1,2345", "inf"):
        with pytest.raises(ValidationError, match="Isi per satuan") as refused:
            goods.write(lambda s, w=wrong: catalog_edit.update_item(s, g, "BRS5", content_per_unit=w))
        assert refused.value.fields["where"] == "content_per_unit"
    detail = goods.write(lambda s: catalog_edit.update_item(s, g, "BRS5", content_per_unit="25"))
    assert detail.content_per_unit == Decimal("25")
    assert _lines(goods)["beras"].available == 40 * 25 + 100
    cleared = goods.write(lambda s: catalog_edit.update_item(s, g, "BRS5", content_per_unit=""))
    assert cleared.content_per_unit is None and _lines(goods)["beras"].uncounted == ("BRS5", "BRX")


def test_the_catalogue_categories_are_the_counted_lines():
    lines = {n.code for n in needs.estimate_needs(10, 3, 1).lines}
    assert set(catalog_edit.NEED_CATEGORIES) == set(needs.COUNTED) == set(catalog_edit.NEED_UNITS)
    assert set(needs.COUNTED) <= lines
    units = {n.code: n.unit for n in needs.estimate_needs(10, 3, 1).lines}
    assert all(units[code] == unit for code, unit in catalog_edit.NEED_UNITS.items())


def test_a_dispatch_proposed_from_the_needs_and_a_letter_for_what_is_missing(goods, users):
    from deployment import incidents, needs_dispatch
    from deployment.dispatch.service import DispatchInput

    k = users["koordinator"]
    incident = goods.write(lambda s: incidents.add_incident(
        s, k, disaster_type="banjir", name="Banjir uji", region_codes=["17.09.03"], started_at=TODAY,
        figures={"kk": 30, "pengungsi": 100})).number
    with goods.read() as s:
        lines = needs_dispatch.proposal(s, incident, 3, "GDG")
    # Rice 120 kg: the 100 kg loose first, then 4 packs of 5 kg; 30 kits of the 45 free; 2 tents (32 m²).
    assert [(line.item, line.quantity, line.covers) for line in lines] == [
        ("BRK", 100, 100), ("BRS5", 4, 20), ("AMN", 100, Decimal("60.0")), ("FK", 30, 30), ("TKP", 2, 32)]
    data = DispatchInput(incident=incident, warehouse="GDG", destination="Posko Desa", recipient_name="Budi")
    record = goods.write(lambda s: needs_dispatch.dispatch_proposal(
        s, k, data, [(line.item, line.quantity) for line in lines]))
    assert record.status == "draft" and [(line.item, line.quantity) for line in record.lines] == [
        ("BRK", 100), ("BRS5", 4), ("AMN", 100), ("FK", 30), ("TKP", 2)]
    with goods.read() as s:
        again = needs_dispatch.proposal(s, incident, 3, "GDG")  # what the draft carries is not proposed twice
        letter = needs_dispatch.province_letter(s, incident, 3)
    # Rice and kits are covered by the draft; water and tents are still short (a draft reserves nothing yet).
    assert [line.item for line in again] == ["AMN", "TKP"]
    assert "Kepala Dinas Sosial Provinsi" in letter and "Air bersih/minum: 4.440 liter" in letter
    assert "Beras:" not in letter  # rice is not missing
    with pytest.raises(ValidationError):
        goods.write(lambda s: needs_dispatch.dispatch_proposal(s, k, data, []))
