"""SQLAlchemy declarative base shared by every package, and the core tables."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from tagana_app import cleaning, clock

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator):
    """Timestamps stored in UTC and always returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect):  # noqa: ANN001
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    return clock.utcnow()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


ROLES = ("admin", "gudang", "koordinator", "pejabat", "pemantau")


class User(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("role IN ('admin','gudang','koordinator','pejabat','pemantau')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Failed logins since the last successful one (the next attempt waits after three; ten lock the
    # account until an admin unlocks it: tagana_app.accounts.login).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # What an official prints under the signature (tagana_app.signatories): NIP (18 digits, or empty
    # for someone who is not a civil servant), pangkat/golongan and jabatan.
    nip: Mapped[str] = mapped_column(String(18), default="", server_default="")
    rank: Mapped[str] = mapped_column(String(100), default="", server_default="")
    position: Mapped[str] = mapped_column(String(200), default="", server_default="")


class AuditLog(Base):
    """Append-only: the program inserts rows and never updates or deletes them."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[str] = mapped_column(String(100), default="")
    changes: Mapped[dict] = mapped_column(JSON, default=dict)


class AppSetting(Base):
    """Settings shared by every desktop on one database (the office profile)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class DocumentSequence(Base):
    """Last number handed out per document type and year; numbers are never reused."""

    __tablename__ = "document_sequence"

    doc_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)




DOCUMENT_NUMBER_STATUSES = ("issued", "cancelled")


class DocumentNumber(Base):
    """Every document number ever issued; a cancelled number stays here with its reason."""

    __tablename__ = "document_number"
    __table_args__ = (
        CheckConstraint("status IN ('issued','cancelled')", name="status"),
        CheckConstraint("seq > 0", name="seq_positive"),
        CheckConstraint("print_count >= 0", name="print_count"),
        UniqueConstraint("doc_type", "year", "seq"),
        Index("ix_document_number_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120), unique=True)
    doc_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="issued")
    reason: Mapped[str] = mapped_column(String(500), default="")
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(100), default="")
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    created_by_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    cancelled_by_name: Mapped[str] = mapped_column(String(64), default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class DocumentPrint(Base):
    """One print of a numbered document: copy 0 is the original, later copies are SALINAN.

    ``content`` is the canonical content the verification code was computed over, so a later
    check can say what differs from the database record.
    """

    __tablename__ = "document_print"
    __table_args__ = (
        UniqueConstraint("document_id", "copy_no"),
        CheckConstraint("copy_no >= 0", name="copy_no"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document_number.id"))
    copy_no: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(16), index=True)
    content: Mapped[dict] = mapped_column(JSON)
    printed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    printed_by_name: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DocumentSnapshot(Base):
    """The frozen original of a numbered document, made at its first print: the whole printed content
    (``snapshot``: {"record": what the paper says of its record, "paper": letterhead, paper size,
    signers, title}), its sha256, and the original PDF's bytes, from which every SALINAN is made.

    ``replaces_id`` is the document this one replaces ("Menggantikan dokumen nomor X"): the record
    had changed since that one was printed, so a new number was taken rather than a silent copy.
    """

    __tablename__ = "document_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document_number.id"), unique=True)
    snapshot: Mapped[dict] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("document_number.id"), unique=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IssuedDocument(Base):
    """What the "Dokumen" page lists beside the number registry: title, search text, last file saved.

    Written for every paper by the print pipeline (``tagana_app.printing.print_paper``), and for a
    dispatch when it is created (``tagana_app.issued_documents.describe``)."""

    __tablename__ = "issued_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document_number.id"), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    last_path: Mapped[str] = mapped_column(String(500), default="")
    last_printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


# Every flush checks the text of new and changed rows (tagana_app.cleaning).
event.listen(Session, "before_flush", cleaning.check_flush)
