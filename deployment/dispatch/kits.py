"""Kits: named templates of dispatch lines ("Paket keluarga"), scaled to households or people.

A kit line says "``quantity`` of the item for every ``per`` households (or people)", rounded up:
1 family kit per household, 1 public-kitchen set per 750 people, 4 kg of rice per 10 people...
A kit with basis ``tetap`` adds its quantities as they are.  When no number is given, the
incident's latest figures are used (households: KK; people: displaced, else all affected).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from deployment import incidents as incident_service
from deployment.dispatch import service as dispatches
from deployment.dispatch.models import KIT_BASES, Kit, KitLine
from deployment.permissions import can_manage_kits
from inventory.catalog import get_item
from inventory.models import Item
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.errors import Duplicate, NotFound, ValidationError
from tagana_app.quantities import check_quantity
from tagana_app.texts import N_, Text


@dataclass(frozen=True)
class KitLineInfo:
    item: str
    item_name: str
    unit: str
    quantity: int
    per: int


@dataclass(frozen=True)
class KitInfo:
    id: int
    code: str
    name: str
    basis: str
    basis_label: str
    description: str
    lines: tuple[KitLineInfo, ...]


@dataclass(frozen=True)
class KitLineInput:
    item: str
    quantity: int
    per: int = 1


@dataclass(frozen=True)
class ScaledLine:
    item: str
    item_name: str
    unit: str
    quantity: int


def _info(session: Session, kit: Kit) -> KitInfo:
    rows = session.execute(select(KitLine, Item).join(Item, Item.id == KitLine.item_id)
                           .where(KitLine.kit_id == kit.id).order_by(KitLine.id))
    return KitInfo(kit.id, kit.code, kit.name, kit.basis, KIT_BASES[kit.basis], kit.description,
                   tuple(KitLineInfo(i.code, i.name, i.unit, line.quantity, line.per) for line, i in rows))


def find(session: Session, key: str) -> Kit:
    text = " ".join(str(key).split())
    kit = session.scalar(select(Kit).where(Kit.code == text.upper()))
    if kit is None:
        kit = session.scalar(select(Kit).where(func.lower(Kit.name) == text.lower()))
    if kit is None:
        raise NotFound(what=N_("domain", "Paket"), key=key)
    return kit


def _check_kit(basis: str, name: str, lines: Sequence[KitLineInput]) -> None:
    if basis not in KIT_BASES:
        raise ValidationError(N_("errors", "Dasar paket '{basis}' tidak dikenal. Pilihan: {choices}."), basis=basis,
                              choices=", ".join(KIT_BASES), where="basis")
    if not lines:
        raise ValidationError(N_("errors", "Paket {name} belum berisi barang."), name=name, where="lines")


def _add_lines(session: Session, kit: Kit, lines: Sequence[KitLineInput]) -> None:
    seen: set[int] = set()
    for line in lines:
        item = get_item(session, line.item)
        if item.id in seen:
            raise ValidationError(N_("errors", "Barang {item} tercantum dua kali dalam paket."), item=item.code,
                                  where="lines")
        check_quantity(line.quantity, field=Text(N_("domain", "Jumlah {item} dalam paket"), "domain", item=item.code))
        check_quantity(line.per, field=Text(N_("domain", "Pembagi {item} dalam paket"), "domain", item=item.code))
        seen.add(item.id)
        session.add(KitLine(kit_id=kit.id, item_id=item.id, quantity=line.quantity, per=line.per))
    session.flush()


@changes("dispatches")
def create_kit(session: Session, actor: Actor, code: str, name: str, basis: str, lines: Sequence[KitLineInput], *,
               description: str = "") -> KitInfo:
    can_manage_kits.require(actor, action=N_("domain", "membuat paket barang"))
    code = code.strip().upper()
    name = " ".join(name.split())
    if not code or not name:
        raise ValidationError(N_("errors", "Kode dan nama paket wajib diisi."), where="code" if not code else "name")
    _check_kit(basis, name, lines)
    if session.scalar(select(Kit.id).where((Kit.code == code) | (func.lower(Kit.name) == name.lower()))):
        raise Duplicate(what=N_("domain", "Paket"), key=name, where="code")
    kit = Kit(code=code, name=name, basis=basis, description=description.strip())
    session.add(kit)
    session.flush()
    _add_lines(session, kit, lines)
    info = _info(session, kit)
    audit.record(session, actor, "kit.create", N_("domain", "paket"), code,
                 {"nama": name, "dasar": basis, "baris": [(x.item, x.quantity, x.per) for x in info.lines]})
    return info


@changes("dispatches")
def update_kit(session: Session, actor: Actor, key: str, *, name: str | None = None, basis: str | None = None,
               lines: Sequence[KitLineInput] | None = None, description: str | None = None) -> KitInfo:
    """Change a kit's name, basis, description or lines (``lines`` replaces them all).  A kit is a
    template: dispatches made with it keep the quantities they were given."""
    can_manage_kits.require(actor, action=N_("domain", "mengubah paket barang"))
    kit = find(session, key)
    before = _info(session, kit)
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(N_("errors", "Kode dan nama paket wajib diisi."), where="name")
        if session.scalar(select(Kit.id).where(func.lower(Kit.name) == name.lower(), Kit.id != kit.id)):
            raise Duplicate(what=N_("domain", "Paket"), key=name, where="name")
        kit.name = name
    new_lines = lines if lines is not None else [KitLineInput(x.item, x.quantity, x.per) for x in before.lines]
    _check_kit(basis if basis is not None else kit.basis, kit.name, new_lines)
    if basis is not None:
        kit.basis = basis
    if description is not None:
        kit.description = description.strip()
    if lines is not None:
        for old in session.scalars(select(KitLine).where(KitLine.kit_id == kit.id)):
            session.delete(old)
        session.flush()
        _add_lines(session, kit, lines)
    session.flush()
    info = _info(session, kit)
    audit.record(session, actor, "kit.update", N_("domain", "paket"), kit.code,
                 {"lama": {"nama": before.name, "dasar": before.basis,
                           "baris": [(x.item, x.quantity, x.per) for x in before.lines]},
                  "baru": {"nama": info.name, "dasar": info.basis,
                           "baris": [(x.item, x.quantity, x.per) for x in info.lines]}})
    return info


@changes("dispatches")
def remove_kit(session: Session, actor: Actor, key: str) -> KitInfo:
    """A kit is only a template (dispatches copied its lines), so removing it changes no record."""
    can_manage_kits.require(actor, action=N_("domain", "menghapus paket barang"))
    kit = find(session, key)
    info = _info(session, kit)
    session.execute(delete(KitLine).where(KitLine.kit_id == kit.id))
    session.delete(kit)
    session.flush()
    audit.record(session, actor, "kit.remove", N_("domain", "paket"), info.code,
                 {"nama": info.name, "dasar": info.basis, "baris": [(x.item, x.quantity, x.per) for x in info.lines]})
    return info


def list_kits(session: Session) -> list[KitInfo]:
    return [_info(session, k) for k in session.scalars(select(Kit).order_by(Kit.name))]


def get_kit(session: Session, key: str) -> KitInfo:
    return _info(session, find(session, key))


def scale(kit: KitInfo, count: int) -> list[ScaledLine]:
    """The kit's lines for ``count`` households or people (ignored for a fixed kit), rounded up."""
    if kit.basis == "tetap":
        count = 1
    if isinstance(count, int) and not isinstance(count, bool) and count <= 0:
        raise ValidationError(N_("errors", "Jumlah {basis} untuk paket {name} harus lebih dari nol."),
                              basis=kit.basis, name=kit.name)
    check_quantity(count, field=Text(N_("domain", "Jumlah {basis}"), "domain", basis=kit.basis))
    result = []
    for line in kit.lines:
        qty = check_quantity(-(-count * line.quantity // line.per), field=Text(N_("domain", "Jumlah {item} untuk paket {kit}"), "domain",
                                                                       item=line.item, kit=kit.name))
        result.append(ScaledLine(line.item, line.item_name, line.unit, qty))
    return result


def incident_count(session: Session, incident: str, basis: str) -> int:
    figures = incident_service.get_incident(session, incident).figures
    if basis == "kk":
        return figures.kk
    return figures.pengungsi or figures.jiwa


@changes("dispatches")
def add_kit_to_dispatch(session: Session, actor: Actor, number: str, kit: str, *, households: int | None = None,
                        people: int | None = None) -> dispatches.DispatchRecord:
    """Add every line of a kit, scaled; refused as a whole when any line is more than the free stock."""
    d = dispatches.take_step(session, actor, number, "add_kit")
    info = get_kit(session, kit)
    count = households if info.basis == "kk" else people
    if info.basis != "tetap" and count is None:
        count = incident_count(session, d.incident_id, info.basis)
        if count <= 0:
            what = N_("domain", "kepala keluarga (KK)") if info.basis == "kk" else N_("domain", "jiwa/pengungsi")
            raise ValidationError(N_("errors", "Angka {what} kejadian belum diisi; sebutkan jumlahnya untuk paket "
                                     "{name}."), what=what, name=info.name)
    lines = scale(info, count or 1)
    for line in lines:
        dispatches._add_quantity(session, actor, d, get_item(session, line.item), line.quantity)
    audit.record(session, actor, "dispatch.kit", N_("domain", "pengiriman"), d.number,
                 {"paket": info.code, "jumlah_dasar": count, "baris": [(x.item, x.quantity) for x in lines]})
    return dispatches._record(session, d)
