"""The audit trail: who changed what, when.  Rows are only ever inserted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from tagana_app.models import AuditLog

if TYPE_CHECKING:
    from tagana_app.accounts import Actor


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    entity: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: str | int,
           changes: dict[str, Any] | None = None) -> None:
    """Add an audit row in the caller's transaction, so it commits or rolls back with the change."""
    session.add(AuditLog(user_id=actor.id, username=actor.username, action=action, entity=entity,
                         entity_id=str(entity_id), changes=_jsonable(changes or {})))


def _filtered(query: Select, flt: AuditFilter) -> Select:
    if flt.username:
        query = query.where(AuditLog.username == flt.username)
    if flt.entity:
        query = query.where(AuditLog.entity == flt.entity)
    if flt.action:
        query = query.where(AuditLog.action.like(flt.action.rstrip("*") + "%"))
    if flt.since:
        query = query.where(AuditLog.at >= flt.since)
    if flt.until:
        query = query.where(AuditLog.at < flt.until)
    if flt.text:
        pattern = f"%{flt.text.lower()}%"
        query = query.where(or_(func.lower(AuditLog.entity_id).like(pattern),
                                func.lower(AuditLog.username).like(pattern),
                                func.lower(AuditLog.action).like(pattern)))
    return query


def list_entries(session: Session, flt: AuditFilter | None = None, *, limit: int = 200,
                 offset: int = 0) -> list[AuditEntry]:
    """Newest first."""
    query = _filtered(select(AuditLog), flt or AuditFilter()).order_by(AuditLog.id.desc())
    rows = session.scalars(query.limit(limit).offset(offset))
    return [AuditEntry(r.id, r.at, r.username, r.action, r.entity, r.entity_id, dict(r.changes or {}))
            for r in rows]


def count_entries(session: Session, flt: AuditFilter | None = None) -> int:
    query = _filtered(select(func.count()).select_from(AuditLog), flt or AuditFilter())
    return int(session.scalar(query) or 0)


def distinct_values(session: Session, column: str) -> list[str]:
    col = {"username": AuditLog.username, "entity": AuditLog.entity, "action": AuditLog.action}[column]
    return [v for v in session.scalars(select(col).distinct().order_by(col))]
