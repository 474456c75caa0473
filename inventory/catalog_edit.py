"""Master data the office keeps itself: editing and deactivating items and warehouses, pack sizes,
barcodes, the need category of an item, and the catalogue of units.

Nothing that has movements is deleted: an item or a warehouse is deactivated (no longer offered
for new documents, still in history and reports).  What describes the stock already booked (an
item's unit, kind, expiry and serial rules) changes only while the item has no movements.

A refusal that belongs to one field of the window's dialog carries ``where`` (``name``, ``unit``,
``barcode``, ``pack``, ``need_category``, ``minimum`` ...) among its fields, so the dialog can
move the focus there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory import catalog
from inventory.catalog import ItemInfo, WarehouseInfo, get_item, get_warehouse, item_info, warehouse_info
from inventory.models import (
    IN_WAREHOUSE,
    ITEM_KINDS,
    WAREHOUSE_KINDS,
    EquipmentUnit,
    Item,
    ItemBarcode,
    ItemPack,
    StockLevel,
    StockMovement,
    UnitOfMeasure,
    Warehouse,
)
from inventory.permissions import can_manage_catalogue, can_manage_units
from tagana_app import audit, regions
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import Duplicate, NotFound, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_

# The lines of the needs estimate (deployment.needs) a stock item can count for.  The estimate sits
# above the inventory and reads these codes from here (tests check both lists agree).
NEED_CATEGORIES = {
    "beras": N_("domain", "Beras"),
    "air": N_("domain", "Air bersih/minum"),
    "makanan_siap_saji": N_("domain", "Makanan siap saji"),
    "family_kit": N_("domain", "Family kit"),
    "selimut": N_("domain", "Selimut"),
    "tenda": N_("domain", "Tenda (ruang hunian tertutup)"),
    "dapur_umum": N_("domain", "Dapur umum lapangan"),
}
# The unit each need is reckoned in: an item's "isi per satuan" is given in it (a 5 kg pack of rice: 5).
NEED_UNITS = {"beras": "kg", "air": "liter", "makanan_siap_saji": "paket", "family_kit": "paket",
              "selimut": "lembar", "tenda": "m²", "dapur_umum": "unit"}
CONTENT_MAX = Decimal("1000000")
BARCODE_MAX = 80
PACK_NAME_MAX = 20
UNIT_MAX = 20


@dataclass(frozen=True)
class PackInfo:
    name: str
    contains: int


@dataclass(frozen=True)
class MinimumLine:
    warehouse: str
    warehouse_name: str
    minimum: int
    on_hand: int


@dataclass(frozen=True)
class ItemDetail:
    """An item with everything the "Data induk" dialog shows."""

    item: ItemInfo
    need_category: str
    packs: tuple[PackInfo, ...]
    barcodes: tuple[str, ...]
    minimums: tuple[MinimumLine, ...]
    has_movements: bool
    on_hand: int
    content_per_unit: Decimal | None = None  # of its need category, in NEED_UNITS (None: the unit itself)


@dataclass(frozen=True)
class ItemRow:
    """One line of the item table of "Data induk"."""

    code: str
    name: str
    category: str
    unit: str
    kind: str
    expires: bool
    serialized: bool
    need_category: str
    packs: str  # "karton = 24"
    barcodes: str
    active: bool


@dataclass(frozen=True)
class ActiveChange:
    """An item or warehouse switched on or off; ``on_hand`` says what it still holds (items)."""

    code: str
    name: str
    active: bool
    on_hand: int
    unit: str


@dataclass(frozen=True)
class UnitInfo:
    code: str
    active: bool
    items: int  # how many items are kept in it


# --- reading --------------------------------------------------------------------------------------

def has_movements(session: Session, item_id: int) -> bool:
    """The item appears in the ledger (or as an equipment unit): its unit and rules are fixed."""
    return (session.scalar(select(StockMovement.id).where(StockMovement.item_id == item_id).limit(1)) is not None
            or session.scalar(select(EquipmentUnit.id).where(EquipmentUnit.item_id == item_id).limit(1)) is not None)


def item_detail(session: Session, code: str) -> ItemDetail:
    item = get_item(session, code)
    packs = tuple(PackInfo(p.name, int(p.contains)) for p in session.scalars(
        select(ItemPack).where(ItemPack.item_id == item.id).order_by(ItemPack.contains, ItemPack.name)))
    barcodes = tuple(session.scalars(select(ItemBarcode.barcode).where(ItemBarcode.item_id == item.id)
                                     .order_by(ItemBarcode.barcode)))
    minimums = tuple(MinimumLine(w.code, w.name, int(level.minimum), int(level.on_hand)) for level, w in session.execute(
        select(StockLevel, Warehouse).join(Warehouse, Warehouse.id == StockLevel.warehouse_id)
        .where(StockLevel.item_id == item.id, (StockLevel.minimum > 0) | (StockLevel.on_hand > 0))
        .order_by(Warehouse.code)))
    return ItemDetail(item_info(item), item.need_category, packs, barcodes, minimums, has_movements(session, item.id),
                      sum(m.on_hand for m in minimums), item.content_per_unit)


def item_rows(session: Session, *, include_inactive: bool = True, text: str = "") -> list[ItemRow]:
    query = select(Item).order_by(Item.code)
    if not include_inactive:
        query = query.where(Item.active.is_(True))
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(func.lower(Item.name).like(pattern) | func.lower(Item.code).like(pattern))
    items = list(session.scalars(query))
    packs: dict[int, list[str]] = defaultdict(list)
    codes: dict[int, list[str]] = defaultdict(list)
    for p in session.scalars(select(ItemPack).order_by(ItemPack.contains)):
        packs[p.item_id].append(f"{p.name} = {p.contains}")
    for b in session.scalars(select(ItemBarcode).order_by(ItemBarcode.barcode)):
        codes[b.item_id].append(b.barcode)
    return [ItemRow(i.code, i.name, i.category, i.unit, i.kind, i.expires, i.serialized, i.need_category,
                    ", ".join(packs[i.id]), ", ".join(codes[i.id]), i.active) for i in items]


def list_units(session: Session) -> list[UnitInfo]:
    used = {unit: count for unit, count in session.execute(select(Item.unit, func.count(Item.id)).group_by(Item.unit))}
    return [UnitInfo(u.code, u.active, int(used.get(u.code, 0)))
            for u in session.scalars(select(UnitOfMeasure).order_by(UnitOfMeasure.code))]


# --- items ------------------------------------------------------------------------------------------

def _need_category(value: str) -> str:
    value = (value or "").strip().lower()
    if value and value not in NEED_CATEGORIES:
        raise ValidationError(N_("errors", "Kategori kebutuhan '{value}' tidak dikenal. Pilihan: {choices} "
                                           "(kosong: tidak dihitung untuk kebutuhan tertentu)."),
                              value=value, choices=", ".join(NEED_CATEGORIES), where="need_category")
    return value


def _content(value: Decimal | str | float) -> Decimal | None:
    """ "5", "0,6", "14.4" -> a Decimal of at most 3 decimals; "" or 0 -> None (the unit itself)."""
    text = str(value).strip().replace(",", ".")
    if not text:
        return None
    try:
        content = Decimal(text)
    except InvalidOperation:
        content = Decimal("NaN")
    if not content.is_finite() or content < 0 or content >= CONTENT_MAX or content != content.quantize(
            Decimal("0.001")):
        raise ValidationError(N_("errors", "Isi per satuan '{value}' tidak valid: tulis angka lebih dari 0 dengan "
                                           "paling banyak 3 desimal, mis. 5 atau 0,6 (kosong: satuan itu sendiri)."),
                              value=str(value), where="content_per_unit")
    return content.quantize(Decimal("0.001")) if content else None


def _barcode(session: Session, item: Item, text: str) -> str:
    code = (text or "").strip()
    if not code or len(code) > BARCODE_MAX or any(c.isspace() or not c.isprintable() for c in code):
        raise ValidationError(N_("errors", "Barcode '{barcode}' tidak valid: tanpa spasi, paling panjang {max} "
                                           "karakter."), barcode=code[:BARCODE_MAX], max=BARCODE_MAX, where="barcode")
    owner = session.scalar(select(Item).join(ItemBarcode, ItemBarcode.item_id == Item.id)
                           .where(ItemBarcode.barcode == code))
    if owner is not None and owner.id != item.id:
        raise ValidationError(N_("errors", "Barcode {barcode} sudah dipakai barang {other} ({name}); satu barcode "
                                           "hanya untuk satu barang."),
                              barcode=code, other=owner.code, name=owner.name, where="barcode")
    other = session.scalar(select(Item).where(Item.code == code.upper(), Item.id != item.id))
    if other is not None:
        raise ValidationError(N_("errors", "Barcode {barcode} sama dengan kode barang {other} ({name}); pemindai "
                                           "akan memilih barang itu."),
                              barcode=code, other=other.code, name=other.name, where="barcode")
    return code


def _fixed_once_booked(item: Item, booked: bool, what: str) -> None:
    if booked:
        raise ValidationError(N_("errors", "{what} barang {code} tidak dapat diubah karena barang ini sudah "
                                           "mempunyai mutasi stok."), what=what, code=item.code, where="booked")


@changes("stock")
def update_item(session: Session, actor: Actor, code: str, *, name: str | None = None, category: str | None = None,
                unit: str | None = None, kind: str | None = None, expires: bool | None = None,
                serialized: bool | None = None, need_category: str | None = None,
                barcodes: Sequence[str] | None = None, minimums: Mapping[str, int] | None = None,
                content_per_unit: Decimal | str | None = None) -> ItemDetail:
    """Change what is given (None: keep).  ``barcodes`` replaces the item's set; ``minimums`` sets the
    minimum level per warehouse code; ``content_per_unit``: how much of its need category one unit holds
    ("" clears it).  Unit, kind, expiry and serial rules only while nothing is booked."""
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah data barang"))
    item = get_item(session, code)
    booked = has_movements(session, item.id)
    changed: dict[str, tuple[object, object]] = {}

    def put(key: str, attr: str, value: object) -> None:
        old = getattr(item, attr)
        if value != old:
            setattr(item, attr, value)
            changed[key] = (old, value)

    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(N_("errors", "Nama barang wajib diisi."), where="name")
        if len(name) > 200:
            raise ValidationError(N_("errors", "Nama barang paling panjang {max} karakter."), max=200, where="name")
        put("nama", "name", name)
    if category is not None:
        category = " ".join(category.split())
        if len(category) > 60:
            raise ValidationError(N_("errors", "Kategori paling panjang {max} karakter."), max=60, where="category")
        put("kategori", "category", category)
    if unit is not None:
        unit = unit.strip().lower()
        if unit != item.unit:
            _fixed_once_booked(item, booked, N_("domain", "Satuan"))
            try:
                catalog.check_unit(session, unit)
            except ValidationError as exc:
                exc.fields["where"] = "unit"
                raise
            put("satuan", "unit", unit)
    new_kind = item.kind if kind is None else kind
    new_expires = item.expires if expires is None else bool(expires)
    new_serialized = item.serialized if serialized is None else bool(serialized)
    if (new_kind, new_expires, new_serialized) != (item.kind, item.expires, item.serialized):
        _fixed_once_booked(item, booked, N_("domain", "Jenis, kedaluwarsa dan nomor seri"))
        if new_kind not in ITEM_KINDS:
            raise ValidationError(N_("errors", "Jenis barang '{kind}' tidak dikenal. Pilihan: {choices}."),
                                  kind=new_kind, choices=", ".join(ITEM_KINDS), where="kind")
        if new_serialized and new_kind != "equipment":
            raise ValidationError(N_("errors", "Hanya peralatan yang dapat bernomor seri; barang '{code}' bukan "
                                               "peralatan."), code=item.code, where="serialized")
        if new_serialized and new_expires:
            raise ValidationError(N_("errors", "Barang bernomor seri '{code}' tidak dicatat per batch "
                                               "kedaluwarsa."), code=item.code, where="expires")
        put("jenis", "kind", new_kind)
        put("kedaluwarsa", "expires", new_expires)
        put("bernomor_seri", "serialized", new_serialized)
    if need_category is not None:
        put("kategori_kebutuhan", "need_category", _need_category(need_category))
    if content_per_unit is not None:
        content = _content(content_per_unit)
        if content != item.content_per_unit:
            changed["isi_per_satuan"] = (item.content_per_unit, content)
            item.content_per_unit = content
    if barcodes is not None:
        wanted: list[str] = []
        for text in barcodes:
            checked = _barcode(session, item, text)
            if checked not in wanted:
                wanted.append(checked)
        current = set(session.scalars(select(ItemBarcode.barcode).where(ItemBarcode.item_id == item.id)))
        for gone in current - set(wanted):
            session.delete(session.get(ItemBarcode, gone))
        for new in wanted:
            if new not in current:
                session.add(ItemBarcode(barcode=new, item_id=item.id))
        if current != set(wanted):
            changed["barcode"] = (sorted(current), sorted(wanted))
    session.flush()
    if changed:
        audit.record(session, actor, "item.update", N_("domain", "barang"), item.code,
                     {k: {"lama": old, "baru": new} for k, (old, new) in changed.items()})
    for warehouse, minimum in (minimums or {}).items():
        try:
            catalog.set_minimum(session, actor, warehouse, item.code, minimum)
        except ValidationError as exc:
            exc.fields["where"] = "minimum"
            raise
    return item_detail(session, item.code)


def _active_change(session: Session, item: Item) -> ActiveChange:
    on_hand = session.scalar(select(func.coalesce(func.sum(StockLevel.on_hand), 0))
                             .where(StockLevel.item_id == item.id)) or 0
    return ActiveChange(item.code, item.name, item.active, int(on_hand), item.unit)


@changes("stock")
def deactivate_item(session: Session, actor: Actor, code: str) -> ActiveChange:
    """No longer offered for new documents; its stock (``on_hand`` of the answer), history and reports stay."""
    can_manage_catalogue.require(actor, action=N_("domain", "menonaktifkan barang"))
    item = get_item(session, code)
    if not item.active:
        raise ValidationError(N_("errors", "Barang {code} sudah nonaktif."), code=item.code)
    item.active = False
    session.flush()
    result = _active_change(session, item)
    audit.record(session, actor, "item.deactivate", N_("domain", "barang"), item.code, {"stok": result.on_hand})
    return result


@changes("stock")
def reactivate_item(session: Session, actor: Actor, code: str) -> ActiveChange:
    can_manage_catalogue.require(actor, action=N_("domain", "mengaktifkan kembali barang"))
    item = get_item(session, code)
    if item.active:
        raise ValidationError(N_("errors", "Barang {code} sudah aktif."), code=item.code)
    item.active = True
    session.flush()
    audit.record(session, actor, "item.reactivate", N_("domain", "barang"), item.code, {})
    return _active_change(session, item)


@changes("stock")
def add_pack(session: Session, actor: Actor, item_code: str, name: str, contains: int) -> PackInfo:
    """A pack size: ``contains`` of the item's unit (1 karton = 24 paket)."""
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah kemasan barang"))
    item = get_item(session, item_code)
    name = " ".join((name or "").split()).lower()
    if not name or len(name) > PACK_NAME_MAX:
        raise ValidationError(N_("errors", "Nama kemasan wajib diisi (paling panjang {max} karakter)."),
                              max=PACK_NAME_MAX, where="pack")
    if name == item.unit:
        raise ValidationError(N_("errors", "Kemasan '{pack}' sama dengan satuan barang {item}; kemasan berisi lebih "
                                           "dari satu {unit}."), pack=name, item=item.code, unit=item.unit,
                              where="pack")
    check_quantity(contains, field=N_("domain", "Isi kemasan"))
    if contains < 2:
        raise ValidationError(N_("errors", "Kemasan '{pack}' harus berisi lebih dari 1 {unit}."), pack=name,
                              unit=item.unit, where="pack")
    if session.scalar(select(ItemPack.id).where(ItemPack.item_id == item.id, ItemPack.name == name)) is not None:
        raise Duplicate(what=N_("domain", "Kemasan"), key=f"{item.code} {name}", where="pack")
    session.add(ItemPack(item_id=item.id, name=name, contains=contains))
    session.flush()
    audit.record(session, actor, "item.pack_add", N_("domain", "barang"), item.code, {"kemasan": name, "isi": contains})
    return PackInfo(name, contains)


@changes("stock")
def remove_pack(session: Session, actor: Actor, item_code: str, name: str) -> PackInfo:
    """Booked quantities are kept in the item's unit, so a pack size can go without touching history."""
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah kemasan barang"))
    item = get_item(session, item_code)
    name = " ".join((name or "").split()).lower()
    pack = session.scalar(select(ItemPack).where(ItemPack.item_id == item.id, ItemPack.name == name))
    if pack is None:
        raise NotFound(what=N_("domain", "Kemasan"), key=f"{item.code} {name}", where="pack")
    result = PackInfo(pack.name, int(pack.contains))
    session.delete(pack)
    session.flush()
    audit.record(session, actor, "item.pack_remove", N_("domain", "barang"), item.code,
                 {"kemasan": name, "isi": result.contains})
    return result


@changes("stock")
def add_barcode(session: Session, actor: Actor, item_code: str, barcode: str) -> str:
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah barcode barang"))
    item = get_item(session, item_code)
    code = _barcode(session, item, barcode)
    if session.get(ItemBarcode, code) is not None:
        raise Duplicate(what=N_("domain", "Barcode"), key=code, where="barcode")
    session.add(ItemBarcode(barcode=code, item_id=item.id))
    session.flush()
    audit.record(session, actor, "item.barcode_add", N_("domain", "barang"), item.code, {"barcode": code})
    return code


@changes("stock")
def remove_barcode(session: Session, actor: Actor, item_code: str, barcode: str) -> str:
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah barcode barang"))
    item = get_item(session, item_code)
    row = session.get(ItemBarcode, (barcode or "").strip())
    if row is None or row.item_id != item.id:
        raise NotFound(what=N_("domain", "Barcode"), key=barcode, where="barcode")
    session.delete(row)
    session.flush()
    audit.record(session, actor, "item.barcode_remove", N_("domain", "barang"), item.code, {"barcode": row.barcode})
    return row.barcode


# --- units ------------------------------------------------------------------------------------------

@changes("stock")
def add_unit(session: Session, actor: Actor, code: str) -> UnitInfo:
    """A unit for the catalogue (admin); a deactivated unit of that name is active again."""
    can_manage_units.require(actor)
    code = " ".join((code or "").split()).lower()
    if not code or len(code) > UNIT_MAX or not all(c.isalnum() or c in " ²³/.-" for c in code):
        raise ValidationError(N_("errors", "Satuan '{unit}' tidak valid: huruf dan angka, paling panjang {max} "
                                           "karakter."), unit=code[:UNIT_MAX], max=UNIT_MAX, where="unit")
    unit = session.get(UnitOfMeasure, code)
    if unit is not None and unit.active:
        raise Duplicate(what=N_("domain", "Satuan"), key=code, where="unit")
    if unit is None:
        session.add(UnitOfMeasure(code=code, active=True))
    else:
        unit.active = True
    session.flush()
    audit.record(session, actor, "unit.add", N_("domain", "satuan"), code, {})
    return next(u for u in list_units(session) if u.code == code)


@changes("stock")
def deactivate_unit(session: Session, actor: Actor, code: str) -> UnitInfo:
    """No longer offered for new items; the items kept in it keep it."""
    can_manage_units.require(actor)
    code = " ".join((code or "").split()).lower()
    unit = session.get(UnitOfMeasure, code)
    if unit is None:
        raise NotFound(what=N_("domain", "Satuan"), key=code)
    if not unit.active:
        raise ValidationError(N_("errors", "Satuan {unit} sudah nonaktif."), unit=code)
    unit.active = False
    session.flush()
    audit.record(session, actor, "unit.deactivate", N_("domain", "satuan"), code, {})
    return next(u for u in list_units(session) if u.code == code)


# --- warehouses -------------------------------------------------------------------------------------

@changes("stock")
def update_warehouse(session: Session, actor: Actor, code: str, *, name: str | None = None, kind: str | None = None,
                     region: str | None = None, address: str | None = None,
                     person_in_charge: str | None = None, needs_emergency: bool | None = None) -> WarehouseInfo:
    can_manage_catalogue.require(actor, action=N_("domain", "mengubah data gudang"))
    w = get_warehouse(session, code)
    changed: dict[str, dict[str, object]] = {}

    def put(key: str, attr: str, value: object) -> None:
        old = getattr(w, attr)
        if value != old:
            setattr(w, attr, value)
            changed[key] = {"lama": old, "baru": value}

    if name is not None:
        name = " ".join(name.split())
        if not name or len(name) > 200:
            raise ValidationError(N_("errors", "Nama gudang wajib diisi (paling panjang {max} karakter)."), max=200,
                                  where="name")
        put("nama", "name", name)
    if kind is not None:
        if kind not in WAREHOUSE_KINDS:
            raise ValidationError(N_("errors", "Jenis gudang '{kind}' tidak dikenal. Pilihan: {choices}."),
                                  kind=kind, choices=", ".join(WAREHOUSE_KINDS), where="kind")
        put("jenis", "kind", kind)
    if region is not None:
        try:
            found = regions.require(region, field=N_("domain", "Kode wilayah gudang"))
        except ValidationError as exc:
            exc.fields["where"] = "region"
            raise
        put("wilayah", "region_code", found.code)
    for key, attr, value, limit, where in (("alamat", "address", address, 300, "address"),
                                           ("penanggung_jawab", "person_in_charge", person_in_charge, 200,
                                            "person_in_charge")):
        if value is not None:
            value = " ".join(value.split())
            if len(value) > limit:
                raise ValidationError(N_("errors", "Isian terlalu panjang: paling banyak {max} karakter."),
                                      max=limit, where=where)
            put(key, attr, value)
    if needs_emergency is not None:
        put("perlu_status_darurat", "needs_emergency", bool(needs_emergency))
    session.flush()
    if changed:
        audit.record(session, actor, "warehouse.update", N_("domain", "gudang"), w.code, changed)
    return warehouse_info(w)


@changes("stock")
def deactivate_warehouse(session: Session, actor: Actor, code: str) -> WarehouseInfo:
    """Refused while the warehouse holds stock or equipment units (saying how much)."""
    can_manage_catalogue.require(actor, action=N_("domain", "menonaktifkan gudang"))
    w = get_warehouse(session, code)
    if not w.active:
        raise ValidationError(N_("errors", "Gudang {code} sudah nonaktif."), code=w.code)
    items, quantity = session.execute(
        select(func.count(StockLevel.item_id), func.coalesce(func.sum(StockLevel.on_hand), 0))
        .where(StockLevel.warehouse_id == w.id, StockLevel.on_hand > 0)).one()
    units = session.scalar(select(func.count(EquipmentUnit.id)).where(EquipmentUnit.warehouse_id == w.id,
                                                                      EquipmentUnit.status == IN_WAREHOUSE)) or 0
    if items or units:
        raise ValidationError(N_("errors", "Gudang {code} masih menyimpan {items} jenis barang (jumlah {quantity}) dan "
                                           "{units} unit peralatan; pindahkan, keluarkan atau hapuskan dulu "
                                           "sebelum dinonaktifkan."),
                              code=w.code, items=int(items), quantity=int(quantity), units=int(units))
    w.active = False
    session.flush()
    audit.record(session, actor, "warehouse.deactivate", N_("domain", "gudang"), w.code, {})
    return warehouse_info(w)


@changes("stock")
def reactivate_warehouse(session: Session, actor: Actor, code: str) -> WarehouseInfo:
    can_manage_catalogue.require(actor, action=N_("domain", "mengaktifkan kembali gudang"))
    w = get_warehouse(session, code)
    if w.active:
        raise ValidationError(N_("errors", "Gudang {code} sudah aktif."), code=w.code)
    w.active = True
    session.flush()
    audit.record(session, actor, "warehouse.reactivate", N_("domain", "gudang"), w.code, {})
    return warehouse_info(w)


@changes("stock")
def save_item(session: Session, actor: Actor, code: str, *, new: bool, name: str, category: str, unit: str,
              kind: str, expires: bool, serialized: bool, need_category: str, barcodes: Sequence[str],
              packs: Sequence[tuple[str, int]], minimums: Mapping[str, int],
              content_per_unit: Decimal | str | None = None) -> ItemDetail:
    """The item dialog's one write: create (``new``) or update the item with its pack sizes (the set
    given replaces the item's), barcodes and minimum levels, all or nothing."""
    if new:
        catalog.add_item(session, actor, code, name, unit, category=category, kind=kind, expires=expires,
                         serialized=serialized)
        code = code.strip().upper()
    detail = update_item(session, actor, code, name=name, category=category, unit=None if new else unit,
                         kind=None if new else kind, expires=None if new else expires,
                         serialized=None if new else serialized, need_category=need_category, barcodes=barcodes,
                         minimums=minimums, content_per_unit=content_per_unit)
    have = {p.name: p.contains for p in detail.packs}
    wanted = {" ".join(n.split()).lower(): c for n, c in packs}
    for name_, contains in have.items():
        if wanted.get(name_) != contains:
            remove_pack(session, actor, code, name_)
    for name_, contains in wanted.items():
        if have.get(name_) != contains:
            add_pack(session, actor, code, name_, contains)
    return item_detail(session, code)
