"""The date a stock document carries, as opposed to the moment it was typed in.

Balances "as of" a date, the stock card and the reports go by the document date
(``stock_movement.doc_date``); ``stock_movement.at`` is when it was entered.  A document may be
dated back (a delivery note booked the next morning), with a reason that the stock card shows; it
may not be dated in the future, nor before the cut-off of a posted stock count of its warehouse
(the count fixed the books up to that day).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory.models import StockCount, Warehouse
from tagana_app import clock
from tagana_app.cleaning import TEXT_MAX, clean_text
from tagana_app.errors import ValidationError
from tagana_app.texts import N_


def last_count_day(session: Session, warehouse_id: int) -> date | None:
    """The office date of the cut-off of the newest posted count of the warehouse, if any."""
    query = (select(func.max(func.coalesce(StockCount.cutoff_at, StockCount.started_at)))
             .where(StockCount.warehouse_id == warehouse_id, StockCount.status == "diposting"))
    cutoff = session.scalar(query)
    return None if cutoff is None else clock.local(cutoff).date()


def check_document_date(session: Session, warehouse_id: int, when: date | None, *,
                        backdate_reason: str = "") -> tuple[date, str]:
    """The document date (today when not given) and the cleaned reason for dating it back.

    Refused: a date after today; a date before the cut-off day of a posted count of the warehouse;
    a date before today without a reason.
    """
    today = clock.today()
    when = when or today
    reason = clean_text(backdate_reason, field=N_("domain", "Alasan tanggal mundur"), max_len=TEXT_MAX,
                        multiline=True)
    if when > today:
        raise ValidationError(N_("errors", "Tanggal dokumen {date} belum terjadi (hari ini {today}); isi "
                                           "tanggal dokumen yang sudah lewat."), date=when, today=today)
    counted = last_count_day(session, warehouse_id)
    if counted is not None and when < counted:
        wh = session.get(Warehouse, warehouse_id)
        raise ValidationError(N_("errors", "Tanggal dokumen {date} sebelum stock opname {warehouse} yang sudah "
                                           "diposting (cut-off {cutoff}); catat dengan tanggal sesudahnya."),
                              date=when, warehouse=wh.name, cutoff=counted)
    if when < today and not reason:
        raise ValidationError(N_("errors", "Tanggal dokumen {date} lebih awal dari hari ini: isi alasan "
                                           "tanggal mundur."), date=when)
    return when, reason if when < today else ""
