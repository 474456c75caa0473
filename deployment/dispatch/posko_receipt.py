"""At a posko: the goods of a dispatch handed over there come into the posko's own warehouse.

A posko database holds the office's dispatches addressed to it (``dispatch.site_id`` is the posko's
own site).  The truck may arrive before the office recorded it as sent, so the handover takes an
approved dispatch too; the received quantities are booked into the posko's warehouse as a receipt
(``penerimaan``, numbered with the posko's patterns) that names the dispatch as the sender's
document, in the same transaction as the handover.

Batches, expiry dates and serial numbers come with the dispatch when the office sent them (the
``picks`` of each line in the dispatch record of the exchange file); otherwise the goods are booked
without a batch (and a serial-numbered item without its units).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.dispatch.models import Dispatch, DispatchLine
from deployment.exchange import sites
from deployment.exchange.models import ExchangeRecord, ExchangeSent, Site
from inventory import doc_dates, ledger, stock_documents
from inventory.ledger import DocRef
from inventory.models import IN_WAREHOUSE, EquipmentUnit, Item, Warehouse
from tagana_app import audit, numbering
from tagana_app.accounts import Actor
from tagana_app.models import DocumentNumber
from tagana_app.texts import N_


def addressed_here(session: Session, d: Dispatch) -> Site | None:
    """This database's posko site when it is a posko and the dispatch is addressed to it."""
    if d.site_id is None:
        return None
    own = sites.self_row(session, create=False)
    if own is None or own.kind != "posko" or own.id != d.site_id:
        return None
    return own


def handover_comes_from(session: Session, d: Dispatch) -> str:
    """At the office: the code of the posko of ours (paired or waiting, not revoked) a dispatch is addressed to,
    whose exchange file brings its handover; "" otherwise."""
    if d.site_id is None:
        return ""
    site = session.get(Site, d.site_id)
    if site is None or site.is_self or site.kind != "posko" or site.status == "dicabut":
        return ""
    return site.code


def bast_printed_at(session: Session, d: Dispatch) -> str:
    """At the office: the code of the posko where the BAST of ``d`` is printed and signed, at its handover;
    "" when the office prints it: not a posko's dispatch (or the posko was revoked), or numbered by the office
    before the dispatch first went to the posko in a file (the number went with it, the posko prints the same).
    Once the dispatch went to the posko without one, only the posko numbers it (``kinds_up`` brings it here)."""
    code = handover_comes_from(session, d)
    if not code:
        return ""
    if d.bast_number:
        ours = select(DocumentNumber.id).where(DocumentNumber.number == d.bast_number)
        return "" if session.scalar(ours) is not None else code
    went = select(ExchangeSent.seq).join(Site, Site.id == ExchangeSent.site_id).where(
        Site.code == code, ExchangeSent.kind == "dispatch", ExchangeSent.key == d.number)
    return code if session.scalar(went) is not None else ""


def _sent_picks(session: Session, d: Dispatch) -> dict[int, list[dict]]:
    """line_no -> the batches/serials the office sent on that line (when its file said so)."""
    data = session.scalar(select(ExchangeRecord.data).join(Site, Site.id == ExchangeRecord.site_id)
                          .where(ExchangeRecord.kind == "dispatch", ExchangeRecord.key == d.number,
                                 Site.is_self.is_(False)))
    found: dict[int, list[dict]] = {}
    for line_no, picks in ((data or {}).get("picks") or {}).items():
        if isinstance(picks, list) and str(line_no).isdigit():
            found[int(line_no)] = [p for p in picks if isinstance(p, dict)]
    return found


def _parts(picks: Sequence[dict], received: int) -> list[tuple[str, date | None, str, int]]:
    """(batch, expiry, serial, quantity) for ``received`` units, taken from the picks in order."""
    left, parts = received, []
    for p in picks:
        if left <= 0:
            break
        n = min(left, 1 if p.get("serial") else int(p.get("quantity") or 0))
        if n <= 0:
            continue
        expiry = date.fromisoformat(p["expiry"]) if p.get("expiry") else None
        parts.append((str(p.get("batch") or ""), expiry, str(p.get("serial") or ""), n))
        left -= n
    if left > 0:
        parts.append(("", None, "", left))
    return parts


def _unit(session: Session, item: Item, serial: str, wh: Warehouse) -> EquipmentUnit:
    unit = session.scalar(select(EquipmentUnit).where(EquipmentUnit.item_id == item.id,
                                                      EquipmentUnit.serial == serial).with_for_update())
    if unit is None:
        unit = EquipmentUnit(item_id=item.id, serial=serial, condition="baik", status=IN_WAREHOUSE,
                             warehouse_id=wh.id, loan_ref="", remarks="")
        session.add(unit)
    else:
        unit.status, unit.warehouse_id, unit.loan_ref, unit.dispatch_id = IN_WAREHOUSE, wh.id, "", None
    session.flush()
    return unit


def book_receipt(session: Session, actor: Actor, d: Dispatch, own: Site,
                 lines: Sequence[tuple[DispatchLine, Item]]) -> str | None:
    """Book the received quantities of a dispatch handed over at this posko into its warehouse;
    returns the receipt's number (None when nothing was received)."""
    received = [(line, item) for line, item in lines if (line.received or 0) > 0]
    if not received:
        return None
    if own.warehouse_id is None:
        from tagana_app.errors import ValidationError

        raise ValidationError(N_("errors", "Posko {code} belum memiliki gudang: barang pengiriman {number} tidak "
                                           "dapat dicatat masuk."), code=own.code, number=d.number)
    wh = session.get(Warehouse, own.warehouse_id)
    when = d.handed_over_on
    reason = f"serah terima pengiriman {d.number} pada {when.isoformat()}"
    when, reason = doc_dates.check_document_date(session, wh.id, when, backdate_reason=reason)
    doc = DocRef("penerimaan", numbering.next_number(session, actor, "penerimaan", when,
                                                     entity="penerimaan").number, when, fresh=True)
    source_wh = session.get(Warehouse, d.warehouse_id)
    counterparty = (source_wh.name if source_wh is not None else "") or d.number
    remarks = f"serah terima pengiriman {d.number}"
    picks = _sent_picks(session, d)
    summary = []
    for line, item in received:
        for part, (batch_code, expiry, serial, n) in enumerate(_parts(picks.get(line.line_no, ()), line.received)):
            unit_id = None
            if serial and item.serialized:
                unit_id = _unit(session, item, serial, wh).id
                batch = ledger.empty_batch(session, item.id)
            else:
                batch = ledger.batch_id(session, item.id, batch_code, expiry)
            ledger.put(session, wh.id, item.id, batch, n, expires=item.expires)
            ledger.record(session, actor, doc, line_no=line.line_no, part=part, kind="receive", warehouse_id=wh.id,
                          item_id=item.id, batch=batch, qty_in=n, unit_id=unit_id, source="lainnya",
                          counterparty=counterparty, remarks=remarks)
        summary.append({"barang": item.code, "masuk": line.received})
    stock_documents.record_document(session, actor, doc, warehouse_id=wh.id, source="lainnya",
                                    counterparty=counterparty, ref_number=d.number[:80], ref_date=d.sent_on,
                                    remarks=remarks, backdate_reason=reason)
    audit.record(session, actor, "stock.receive", N_("domain", "penerimaan"), doc.number,
                 {"gudang": wh.code, "pengiriman": d.number, "baris": summary})
    return doc.number
