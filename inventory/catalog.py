"""Warehouses, the item catalogue and minimum stock levels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from inventory.models import (
    ITEM_KINDS,
    WAREHOUSE_KINDS,
    Batch,
    Item,
    ItemBarcode,
    ItemPack,
    StockLevel,
    UnitOfMeasure,
    Warehouse,
)
from inventory.permissions import can_manage_catalogue
from tagana_app import audit, regions, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import Duplicate, NotFound, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_

WAREHOUSE_KIND_LABELS = {
    "gudang": N_("domain", "Gudang kabupaten/kota"),
    "provinsi": N_("domain", "Gudang provinsi"),
    "lumbung": N_("domain", "Lumbung sosial"),
    "posko": N_("domain", "Posko"),
}
ITEM_KIND_LABELS = {"consumable": N_("domain", "Habis pakai"),
                    "equipment": N_("domain", "Peralatan (dipinjamkan)")}


@dataclass(frozen=True)
class WarehouseInfo:
    id: int
    code: str
    name: str
    kind: str
    region_code: str
    region_name: str
    address: str
    person_in_charge: str
    active: bool
    needs_emergency: bool = False  # goods leave only for an incident with a declared emergency


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    name: str
    category: str
    unit: str
    kind: str
    expires: bool
    serialized: bool
    active: bool


def warehouse_info(w: Warehouse) -> WarehouseInfo:
    return WarehouseInfo(w.id, w.code, w.name, w.kind, w.region_code, regions.name(w.region_code), w.address,
                         w.person_in_charge, w.active, w.needs_emergency)


def item_info(i: Item) -> ItemInfo:
    return ItemInfo(i.id, i.code, i.name, i.category, i.unit, i.kind, i.expires, i.serialized, i.active)


def _code(value: str, what: str) -> str:
    code = (value or "").strip().upper()
    if not code or len(code) > 30 or not all(c.isalnum() or c in "-._/" for c in code):
        raise ValidationError(N_("errors", "Kode {what} '{code}' tidak valid: gunakan huruf, angka, '-', '.', "
                                           "'_' atau '/' (paling panjang 30)."), what=what, code=value)
    return code


# Built once: every stock operation looks these up (see inventory.ledger on why).
_WAREHOUSE_BY_CODE = select(Warehouse).where(Warehouse.code == bindparam("code"))
_ITEM_BY_CODE = select(Item).where(Item.code == bindparam("code"))


def get_warehouse(session: Session, code_or_id: str | int) -> Warehouse:
    if isinstance(code_or_id, int):
        found = session.get(Warehouse, code_or_id)
    else:
        found = session.scalar(_WAREHOUSE_BY_CODE, {"code": str(code_or_id).strip().upper()})
    if found is None:
        raise NotFound(what=N_("domain", "Gudang"), key=code_or_id)
    return found


def unit_codes(session: Session, *, include_inactive: bool = False) -> list[str]:
    """The units in the catalogue (``unit_of_measure``), in alphabetical order."""
    query = select(UnitOfMeasure.code).order_by(UnitOfMeasure.code)
    if not include_inactive:
        query = query.where(UnitOfMeasure.active.is_(True))
    return list(session.scalars(query))


def check_unit(session: Session, unit: str) -> str:
    """``unit`` when it is an active unit of the catalogue; else a refusal listing the choices."""
    if session.scalar(select(UnitOfMeasure.code).where(UnitOfMeasure.code == unit,
                                                       UnitOfMeasure.active.is_(True))) is None:
        raise ValidationError(N_("errors", "Satuan '{unit}' tidak dikenal. Pilihan: {choices}."), unit=unit,
                              choices=", ".join(unit_codes(session)))
    return unit


def find_item(session: Session, code_or_barcode: str) -> Item:
    """The item with this code, else the item one of whose barcodes this is (what a scanner types)."""
    key = (code_or_barcode or "").strip()
    item = session.scalar(_ITEM_BY_CODE, {"code": key.upper()})
    if item is None and key:
        item = session.scalar(select(Item).join(ItemBarcode, ItemBarcode.item_id == Item.id)
                              .where(ItemBarcode.barcode == key))
    if item is None:
        raise NotFound(what=N_("domain", "Barang"), key=key)
    return item


def pack_size(session: Session, item: Item, pack: str | None) -> int:
    """How many of the item's unit one ``pack`` holds: 1 for the unit itself or no pack, else the
    pack's ``contains`` ("karton" of 24 paket: 24); an unknown pack is refused naming the item's packs."""
    name = (pack or "").strip().lower()
    if not name or name == item.unit:
        return 1
    contains = session.scalar(select(ItemPack.contains).where(ItemPack.item_id == item.id, ItemPack.name == name))
    if contains is None:
        known = [item.unit, *session.scalars(select(ItemPack.name).where(ItemPack.item_id == item.id)
                                             .order_by(ItemPack.name))]
        raise ValidationError(N_("errors", "Kemasan '{pack}' tidak dikenal untuk barang {item}. Pilihan: "
                                           "{choices}."), pack=name, item=item.code, choices=", ".join(known))
    return int(contains)


def get_item(session: Session, code_or_id: str | int) -> Item:
    if isinstance(code_or_id, int):
        found = session.get(Item, code_or_id)
    else:
        found = session.scalar(_ITEM_BY_CODE, {"code": str(code_or_id).strip().upper()})
    if found is None:
        raise NotFound(what=N_("domain", "Barang"), key=code_or_id)
    return found


@changes("stock")
def add_warehouse(session: Session, actor: Actor, code: str, name: str, region_code: str, *,
                  kind: str = "gudang", address: str = "", person_in_charge: str = "",
                  needs_emergency: bool | None = None) -> WarehouseInfo:
    """``needs_emergency``: goods leave only for an incident with a declared emergency; by default on for a
    lumbung sosial, for the other kinds as the office's setting says."""
    can_manage_catalogue.require(actor, action=N_("domain", "menambah gudang"))
    code = _code(code, N_("domain", "gudang"))
    name = (name or "").strip()
    if not name:
        raise ValidationError(N_("errors", "Nama gudang wajib diisi."))
    if kind not in WAREHOUSE_KINDS:
        raise ValidationError(N_("errors", "Jenis gudang '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=kind,
                              choices=", ".join(WAREHOUSE_KINDS))
    region = regions.require(region_code, field=N_("domain", "Kode wilayah gudang"))
    if session.scalar(select(Warehouse.id).where(Warehouse.code == code)) is not None:
        raise Duplicate(what=N_("domain", "Gudang"), key=code)
    if needs_emergency is None:
        needs_emergency = kind == "lumbung" or settings.get_office(session, settings.EMERGENCY_FOR_OTHER_WAREHOUSES)
    w = Warehouse(code=code, name=name, kind=kind, region_code=region.code, address=address.strip(),
                  person_in_charge=person_in_charge.strip(), active=True, needs_emergency=bool(needs_emergency))
    session.add(w)
    session.flush()
    audit.record(session, actor, "warehouse.create", N_("domain", "gudang"), code,
                 {"nama": name, "jenis": kind, "wilayah": region.code, "alamat": w.address,
                  "penanggung_jawab": w.person_in_charge, "perlu_status_darurat": w.needs_emergency})
    return warehouse_info(w)


def list_warehouses(session: Session, *, include_inactive: bool = False) -> list[WarehouseInfo]:
    query = select(Warehouse).order_by(Warehouse.code)
    if not include_inactive:
        query = query.where(Warehouse.active.is_(True))
    return [warehouse_info(w) for w in session.scalars(query)]


@changes("stock")
def add_item(session: Session, actor: Actor, code: str, name: str, unit: str, *, category: str = "",
             kind: str = "consumable", expires: bool = False, serialized: bool = False) -> ItemInfo:
    can_manage_catalogue.require(actor, action=N_("domain", "menambah barang"))
    code = _code(code, N_("domain", "barang"))
    name = (name or "").strip()
    unit = (unit or "").strip().lower()
    if not name:
        raise ValidationError(N_("errors", "Nama barang wajib diisi."))
    check_unit(session, unit)
    if kind not in ITEM_KINDS:
        raise ValidationError(N_("errors", "Jenis barang '{kind}' tidak dikenal. Pilihan: {choices}."),
                              kind=kind,
                              choices=", ".join(ITEM_KINDS))
    if serialized and kind != "equipment":
        raise ValidationError(N_("errors", "Hanya peralatan yang dapat bernomor seri; barang '{code}' bukan "
                                           "peralatan."),
                              code=code)
    if serialized and expires:
        raise ValidationError(N_("errors", "Barang bernomor seri '{code}' tidak dicatat per batch "
                                           "kedaluwarsa."), code=code)
    if session.scalar(select(Item.id).where(Item.code == code)) is not None:
        raise Duplicate(what=N_("domain", "Barang"), key=code)
    item = Item(code=code, name=name, category=category.strip(), unit=unit, kind=kind, expires=expires,
                serialized=serialized, active=True)
    session.add(item)
    session.flush()
    session.add(Batch(item_id=item.id, code="", expiry=None))  # stock without a batch
    audit.record(session, actor, "item.create", N_("domain", "barang"), code,
                 {"nama": name, "satuan": unit, "kategori": item.category, "jenis": kind,
                  "kedaluwarsa": expires, "bernomor_seri": serialized})
    return item_info(item)


def list_items(session: Session, *, text: str | None = None, category: str | None = None) -> list[ItemInfo]:
    query = select(Item).where(Item.active.is_(True)).order_by(Item.code)
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(func.lower(Item.name).like(pattern) | func.lower(Item.code).like(pattern))
    if category:
        query = query.where(Item.category == category)
    return [item_info(i) for i in session.scalars(query)]


def categories(session: Session) -> list[str]:
    return [c for c in session.scalars(select(Item.category).distinct().order_by(Item.category)) if c]


@dataclass(frozen=True)
class MinimumInfo:
    warehouse: str
    item: str
    minimum: int
    unit: str


@changes("stock")
def set_minimum(session: Session, actor: Actor, warehouse: str, item: str, minimum: int) -> MinimumInfo:
    can_manage_catalogue.require(actor, action=N_("domain", "mengatur stok minimum"))
    check_quantity(minimum, field=N_("domain", "Stok minimum"), allow_zero=True)
    w, i = get_warehouse(session, warehouse), get_item(session, item)
    level = level_row(session, w.id, i.id)
    old = level.minimum
    level.minimum = minimum
    session.flush()
    audit.record(session, actor, "stock.minimum", N_("domain", "stok_minimum"), f"{w.code}/{i.code}",
                 {"lama": old, "baru": minimum})
    return MinimumInfo(w.code, i.code, minimum, i.unit)


def level_row(session: Session, warehouse_id: int, item_id: int) -> StockLevel:
    """The warehouse/item level row, created empty when missing."""
    from inventory.ledger import ensure_level

    ensure_level(session, warehouse_id, item_id)
    return session.get(StockLevel, (warehouse_id, item_id), populate_existing=True)
