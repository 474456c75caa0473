"""What the window's line table of a receipt or an issue reads: the item a typed code or a scanned
barcode names, with its unit and pack sizes, and how much of it can be issued from a warehouse.

Read-only queries over a Session; the window runs them on a worker (ui.ops.read)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory import queries
from inventory.catalog import find_item
from inventory.models import ItemPack
from tagana_app.errors import NotFound


@dataclass(frozen=True)
class LineItem:
    code: str
    name: str
    unit: str
    expires: bool
    serialized: bool
    packs: tuple[tuple[str, int], ...]  # (name, how many of the unit it holds), by name
    active: bool = True  # a deactivated item is not received any more (its stock may still be issued)

    def pack_size(self, pack: str) -> int | None:
        """How many units one ``pack`` holds: 1 for "" or the unit, None for a pack the item has not."""
        name = (pack or "").strip().lower()
        if not name or name == self.unit:
            return 1
        return dict(self.packs).get(name)


def line_item(session: Session, code_or_barcode: str) -> LineItem:
    """The item a line names by its code or one of its barcodes (refused as NotFound otherwise)."""
    item = find_item(session, code_or_barcode)
    packs = session.execute(select(ItemPack.name, ItemPack.contains).where(ItemPack.item_id == item.id)
                            .order_by(ItemPack.name)).all()
    return LineItem(item.code, item.name, item.unit, item.expires, item.serialized,
                    tuple((name, int(contains)) for name, contains in packs), item.active)


def line_items(session: Session, keys: list[str], warehouse: str | None = None
               ) -> dict[str, tuple[LineItem | None, int | None]]:
    """Each key's item (None when no item has that code or barcode) and, with ``warehouse``, how much of
    it can be issued there now (on hand minus reserved)."""
    found: dict[str, tuple[LineItem | None, int | None]] = {}
    for key in dict.fromkeys(k.strip() for k in keys if k.strip()):
        try:
            info = line_item(session, key)
        except NotFound:
            found[key] = (None, None)
            continue
        found[key] = (info, queries.available_for(session, warehouse, info.code) if warehouse else None)
    return found
