"""Which local row a record's global key stands for (``exchange_ref``), for kinds without a number of
their own (an assignment "KAB-1709:17" is row 5 at the posko)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deployment.exchange.models import ExchangeRef


def local_id(session: Session, kind: str, key: str) -> int | None:
    return session.scalar(select(ExchangeRef.local_id).where(ExchangeRef.kind == kind, ExchangeRef.key == key))


def key_of(session: Session, kind: str, local: int) -> str | None:
    return session.scalar(select(ExchangeRef.key).where(ExchangeRef.kind == kind, ExchangeRef.local_id == local))


def remember(session: Session, kind: str, key: str, local: int) -> None:
    if local_id(session, kind, key) is None:
        session.add(ExchangeRef(kind=kind, key=key, local_id=local))
        session.flush()
