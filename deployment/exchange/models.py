"""Tables of sites and of the files they exchange.

Every installation is a site (``Site.is_self``); the others are the sites it exchanges signed files
with.  What each side sent and received is kept per pair of sites:

- ``ExchangeFile``: every file made for or taken from a site, with its sequence number and what
  became of it (a held file keeps its bytes until the gap before it is filled);
- ``ExchangeSent``: per record, the hash of its state last sent to a site and of the state that site
  acknowledged: a file carries what changed since;
- ``ExchangeRecord``: per record received from a site, the file it came in, its data and whether it
  applied ("diterapkan"), waits ("tertunda", tried again at each import) or was refused ("ditolak");
- ``ExchangeIssue``: what could not apply, here or at the other side, in words for both people;
- ``ExchangeRef``: the local row a record's key stands for (keys are global: they carry their
  owner's code or document number).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from deployment import models as _incidents  # noqa: F401  (the tables a site references)
from inventory import models as _warehouses  # noqa: F401
from tagana_app.models import Base, UtcDateTime, utcnow


class Site(Base):
    """An installation of the program (this one, ``is_self``) or one it exchanges files with.

    The office is a kabupaten/kota site; it creates its poskos (status "menunggu" until their reply
    file brings their public key) and pairs with its provinsi.  A revoked site's files are refused.
    ``in_applied``: the last file from that site applied here; ``out_seq``: the last file made for it;
    ``out_acked``: the last of ours it says it applied; ``peer_held``: ours it holds waiting for a gap.
    """

    __tablename__ = "site"
    __table_args__ = (CheckConstraint("kind IN ('kabupaten','kota','provinsi','posko')", name="kind"),
                      CheckConstraint("status IN ('menunggu','aktif','dicabut')", name="status"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="aktif")
    public_key: Mapped[str] = mapped_column(String(64), default="")  # Ed25519, 32 bytes as hex; "" until paired
    region_code: Mapped[str] = mapped_column(String(13), default="")
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), nullable=True)   # a posko's
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"), nullable=True)  # a posko's
    profile: Mapped[dict] = mapped_column(JSON, default=dict)  # the office profile it sent (name, address...)
    in_applied: Mapped[int] = mapped_column(Integer, default=0)
    out_seq: Mapped[int] = mapped_column(Integer, default=0)
    out_acked: Mapped[int] = mapped_column(Integer, default=0)
    peer_held: Mapped[list] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    paired_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(64), default="")
    revoke_reason: Mapped[str] = mapped_column(String(500), default="")


class SiteKey(Base):
    """This installation's private Ed25519 key (32 bytes as hex).  Never exported: no file the program
    writes (exchange, set-up, reply, xlsx) reads this table."""

    __tablename__ = "site_key"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), primary_key=True)
    private_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ExchangeFile(Base):
    __tablename__ = "exchange_file"
    __table_args__ = (
        UniqueConstraint("site_id", "direction", "seq"),
        CheckConstraint("direction IN ('keluar','masuk')", name="direction"),
        CheckConstraint("status IN ('dibuat','diterapkan','ditahan','tercakup')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    direction: Mapped[str] = mapped_column(String(6))
    file_type: Mapped[str] = mapped_column(String(10), default="tukar")  # tukar | setup | balasan | kenalan
    seq: Mapped[int] = mapped_column(Integer)
    base: Mapped[int] = mapped_column(Integer, default=0)   # the file of that pair this one follows
    status: Mapped[str] = mapped_column(String(10))
    digest: Mapped[str] = mapped_column(String(64))          # sha256 of the whole file, hex
    size: Mapped[int] = mapped_column(Integer, default=0)
    records: Mapped[int] = mapped_column(Integer, default=0)
    made_at: Mapped[datetime] = mapped_column(UtcDateTime)   # when its maker made it
    done_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)  # made or imported here
    done_by: Mapped[str] = mapped_column(String(64), default="")
    body: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # a held file's bytes


class ExchangeSent(Base):
    __tablename__ = "exchange_sent"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))                 # the state last sent
    seq: Mapped[int] = mapped_column(Integer)                     # in that file
    acked_hash: Mapped[str] = mapped_column(String(64), default="")  # the state the site has applied


class ExchangeRecord(Base):
    __tablename__ = "exchange_record"
    __table_args__ = (CheckConstraint("status IN ('diterapkan','tertunda','ditolak')", name="status"),
                      Index("ix_exchange_record_site_kind", "site_id", "kind"))

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)      # the file it last came in: an older state never applies
    hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10), default="diterapkan")
    message: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ExchangeIssue(Base):
    __tablename__ = "exchange_issue"
    __table_args__ = (UniqueConstraint("site_id", "side", "kind", "key"),
                      CheckConstraint("side IN ('sini','sana')", name="side"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(4))   # sini: a record from that site did not apply here; sana: ours there
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text)
    pending: Mapped[bool] = mapped_column(Boolean, default=False)  # waits (tried again) rather than refused
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ExchangeRef(Base):
    __tablename__ = "exchange_ref"
    __table_args__ = (UniqueConstraint("kind", "local_id"),)

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    local_id: Mapped[int] = mapped_column(Integer)
