"""Tables of the deployment part: volunteers, incidents and assignments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column

from tagana_app.models import Base, UtcDateTime, utcnow
from tagana_app.texts import N_

# Stored codes -> labels shown to people (marked for translation).  The codes are what the CHECK
# constraints allow.
SKILLS = {
    "dapur_umum": N_("domain", "dapur umum"),
    "shelter": N_("domain", "shelter"),
    "logistik": N_("domain", "logistik"),
    "psikososial": N_("domain", "psikososial/LDP"),
    "evakuasi": N_("domain", "evakuasi/SAR"),
    "kaji_cepat": N_("domain", "kaji cepat/pendataan"),
    "posko": N_("domain", "posko/TRC"),
    "komunikasi": N_("domain", "komunikasi"),
}
SKILL_BITS = {code: 1 << n for n, code in enumerate(SKILLS)}  # Volunteer.skill_mask, for fast filtering
LEVELS = {"muda": N_("domain", "Tagana Muda"), "madya": N_("domain", "Tagana Madya"),
          "utama": N_("domain", "Tagana Utama")}
STATUSES = {"aktif": N_("domain", "aktif"), "nonaktif": N_("domain", "nonaktif"),
            "legiun": N_("domain", "Legiun Tagana")}
SEXES = {"L": N_("domain", "laki-laki"), "P": N_("domain", "perempuan")}
DISASTER_TYPES = {
    "banjir": N_("domain", "banjir"),
    "tanah_longsor": N_("domain", "tanah longsor"),
    "puting_beliung": N_("domain", "puting beliung"),
    "karhutla": N_("domain", "kebakaran hutan dan lahan"),
    "gempa_bumi": N_("domain", "gempa bumi"),
    "tsunami": N_("domain", "tsunami"),
    "erupsi": N_("domain", "erupsi gunung api"),
    "kekeringan": N_("domain", "kekeringan"),
    "gelombang_pasang": N_("domain", "gelombang pasang/abrasi"),
    "cuaca_ekstrem": N_("domain", "cuaca ekstrem"),
    "kebakaran_permukiman": N_("domain", "kebakaran permukiman"),
    "bencana_sosial": N_("domain", "bencana sosial"),
}
EMERGENCY_STATUSES = {
    "siaga_darurat": N_("domain", "siaga darurat"),
    "tanggap_darurat": N_("domain", "tanggap darurat"),
    "transisi": N_("domain", "transisi darurat ke pemulihan"),
    "selesai": N_("domain", "selesai"),
}
STATUS_ENTRY_KINDS = {"status": N_("domain", "penetapan status"), "extension": N_("domain", "perpanjangan")}
FIGURES = ("kk", "jiwa", "pengungsi", "meninggal", "luka", "hilang", "rumah_rusak")


def _in(column: str, values: dict[str, str] | tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class Volunteer(Base):
    __tablename__ = "volunteer"
    __table_args__ = (
        CheckConstraint(_in("sex", SEXES), name="sex"),
        CheckConstraint(_in("level", LEVELS), name="level"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint("length(nik) = 16", name="nik_length"),
        Index("ix_volunteer_kecamatan_name", "kecamatan_code", "name_lower"),
        # The volunteer table is read in name order; carrying the filter columns in the same index lets
        # a page and its count be answered from the index alone (SQLite: a covering index scan).
        Index("ix_volunteer_name_filters", "name_lower", "status", "level", "skill_mask", "kecamatan_code"),
        # Counting the matches of the filters without a name: a range on status (and level) of a narrow
        # index, the skill bits checked inside it (PostgreSQL scanned the whole table for these counts).
        Index("ix_volunteer_filters", "status", "level", "skill_mask", "kecamatan_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    niat: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)  # NULLs never clash
    niat_lower: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_lower: Mapped[str] = mapped_column(String(200))  # search and sort key
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)  # E.164
    address: Mapped[str] = mapped_column(Text, default="")
    region_code: Mapped[str] = mapped_column(String(13))  # desa or kecamatan
    kecamatan_code: Mapped[str] = mapped_column(String(8))
    level: Mapped[str] = mapped_column(String(10), default="muda")
    status: Mapped[str] = mapped_column(String(10), default="aktif")
    # The skills again as bits (SKILL_BITS): a filter on a skill is then a test on the row itself,
    # which keeps "volunteers with skill X" cheap while walking the name index page by page.
    skill_mask: Mapped[int] = mapped_column(Integer, default=0)
    emergency_contact: Mapped[str] = mapped_column(String(200), default="")
    emergency_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class VolunteerNameToken(Base):
    """Each word of a volunteer's name (and the NIAT), lower-cased: search as you type finds names
    by the beginning of any word through this index instead of scanning every name.  The key carries
    the name's sort key too, so one page of matches in name order (and their count) is read from
    this index alone."""

    __tablename__ = "volunteer_name_token"
    __table_args__ = (Index("ix_volunteer_name_token_volunteer", "volunteer_id"), {"sqlite_with_rowid": False})

    token: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_lower: Mapped[str] = mapped_column(String(200), primary_key=True)  # = volunteer.name_lower
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True)


class VolunteerSkill(Base):
    __tablename__ = "volunteer_skill"
    __table_args__ = (
        UniqueConstraint("volunteer_id", "skill"),
        CheckConstraint(_in("skill", SKILLS), name="skill"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(20))
    trained_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate_expiry: Mapped[date | None] = mapped_column(Date, nullable=True)


class Unavailability(Base):
    __tablename__ = "volunteer_unavailability"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period"),
        Index("ix_volunteer_unavailability_volunteer_start", "volunteer_id", "start_date"),
        Index("ix_volunteer_unavailability_end_start", "end_date", "start_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))


class Incident(Base):
    __tablename__ = "incident"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        CheckConstraint(_in("disaster_type", DISASTER_TYPES), name="disaster_type"),
        CheckConstraint(_in("status", EMERGENCY_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # KB-2026-0001
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    disaster_type: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    status: Mapped[str] = mapped_column(String(20), default="tanggap_darurat", index=True)
    sk_number: Mapped[str] = mapped_column(String(100), default="")
    sk_date: Mapped[date | None] = mapped_column(Date, nullable=True)         # the decree's date
    sk_issuer: Mapped[str] = mapped_column(String(200), default="", server_default="")  # "Bupati Bengkulu Tengah"
    status_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    status_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    posko_location: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Closed by a pejabat's override while something was still open: what stayed open, as listed then.
    close_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class IncidentStatusEntry(Base):
    """One emergency status of an incident with its decree, or an extension of it: the status history.
    The incident's own ``status``/``sk_*``/``status_from``/``status_to`` are the latest entry's."""

    __tablename__ = "incident_status_entry"
    __table_args__ = (
        CheckConstraint(_in("kind", STATUS_ENTRY_KINDS), name="kind"),
        CheckConstraint(_in("status", EMERGENCY_STATUSES), name="status"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        Index("ix_incident_status_entry_incident", "incident_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12), default="status")  # status | extension
    status: Mapped[str] = mapped_column(String(20))
    decree_number: Mapped[str] = mapped_column(String(100), default="")
    decree_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    issuer: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IncidentRegion(Base):
    __tablename__ = "incident_region"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(13), primary_key=True)


class IncidentFigures(Base):
    """Impact figures as reported at one moment; the latest row is the current state."""

    __tablename__ = "incident_figures"
    __table_args__ = (
        *(CheckConstraint(f"{name} >= 0", name=f"{name}_not_negative") for name in FIGURES),
        Index("ix_incident_figures_incident_recorded", "incident_id", "recorded_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))
    kk: Mapped[int] = mapped_column(Integer, default=0)
    jiwa: Mapped[int] = mapped_column(Integer, default=0)
    pengungsi: Mapped[int] = mapped_column(Integer, default=0)
    meninggal: Mapped[int] = mapped_column(Integer, default=0)
    luka: Mapped[int] = mapped_column(Integer, default=0)
    hilang: Mapped[int] = mapped_column(Integer, default=0)
    rumah_rusak: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class Assignment(Base):
    """A volunteer on duty for an incident from ``start_date`` to ``end_date``, both days included."""

    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period"),
        CheckConstraint(_in("role", SKILLS), name="role"),
        Index("ix_assignment_volunteer_start", "volunteer_id", "start_date"),
        Index("ix_assignment_end_start", "end_date", "start_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    checkin_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    checkout_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The request (permintaan bantuan) whose people it answers, if any (deployment.requests).
    request_id: Mapped[int | None] = mapped_column(ForeignKey("aid_request.id"), nullable=True, index=True)
    # Voided (a wrong assignment, before anyone checked in): it no longer counts anywhere.
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    voided_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    void_reason: Mapped[str] = mapped_column(String(500), default="", server_default="")


def assignment_counts(a: type[Assignment] | Any = Assignment) -> ColumnElement[bool]:
    """The assignments that count (busy days, rest, duty lists, SPT, escorts, reports): not voided, and
    not a proposal still waiting for a pejabat to approve its override (override_reason without
    override_by; see deployment.assignments). ``a``: the Assignment class or an alias of it."""
    return and_(a.voided_at.is_(None), or_(a.override_reason.is_(None), a.override_by.is_not(None)))


# --- requests for aid (permintaan bantuan) --------------------------------------------------------

REQUESTER_KINDS = {
    "desa": N_("domain", "Desa"),
    "kelurahan": N_("domain", "Kelurahan"),
    "kecamatan": N_("domain", "Kecamatan"),
    "posko": N_("domain", "Posko"),
    "instansi": N_("domain", "Instansi lain"),
}
# The life of a request: received by the koordinator, decided (disposed) by a pejabat, then fulfilled
# by dispatches and assignments that point to it; its status follows them (deployment.requests).
REQUEST_STATUSES = {
    "diterima": N_("domain", "diterima"),
    "didisposisi": N_("domain", "didisposisi"),
    "sebagian": N_("domain", "sebagian dipenuhi"),
    "dipenuhi": N_("domain", "dipenuhi"),
    "ditolak": N_("domain", "ditolak"),
    "dibatalkan": N_("domain", "dibatalkan"),
}
OPEN_REQUEST_STATUSES = ("diterima", "didisposisi", "sebagian")
# A pejabat's decision on one line: in full, in part (a smaller approved quantity), or refused.
LINE_DECISIONS = {
    "penuh": N_("domain", "disetujui penuh"),
    "sebagian": N_("domain", "disetujui sebagian"),
    "ditolak": N_("domain", "ditolak"),
}


class AidRequest(Base):
    """A letter asking for aid: who asks, their letter, what and whom they ask for, and its decision."""

    __tablename__ = "aid_request"
    __table_args__ = (
        CheckConstraint(_in("requester_kind", REQUESTER_KINDS), name="requester_kind"),
        CheckConstraint(_in("status", REQUEST_STATUSES), name="status"),
        CheckConstraint("requester_id_kind IN ('NIK','NIP','')", name="requester_id_kind"),
        Index("ix_aid_request_status_received", "status", "received_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(120), unique=True)  # the office's register (agenda) number
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), index=True)
    requester_kind: Mapped[str] = mapped_column(String(20))
    region_code: Mapped[str] = mapped_column(String(13))
    requester_name: Mapped[str] = mapped_column(String(200))
    requester_position: Mapped[str] = mapped_column(String(200), default="")
    requester_id_kind: Mapped[str] = mapped_column(String(3), default="")
    requester_id: Mapped[str] = mapped_column(String(30), default="")
    letter_number: Mapped[str] = mapped_column(String(120))
    letter_date: Mapped[date] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="diterima")
    disposition_note: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    received_by: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancelled_by: Mapped[str] = mapped_column(String(64), default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")


class AidRequestLine(Base):
    """Goods asked for: a catalogue item, or a need category (``beras``...) when the letter names no item."""

    __tablename__ = "aid_request_line"
    __table_args__ = (
        UniqueConstraint("request_id", "line_no"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("item_id IS NOT NULL OR need_category <> ''", name="what"),
        CheckConstraint("approved IS NULL OR (approved >= 0 AND approved <= quantity)", name="approved"),
        CheckConstraint("decision IN ('', " + ",".join(f"'{d}'" for d in LINE_DECISIONS) + ")", name="decision"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("aid_request.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), nullable=True)
    need_category: Mapped[str] = mapped_column(String(30), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20), default="")  # the item's unit, or the need's
    approved: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decision: Mapped[str] = mapped_column(String(10), default="")
    decision_reason: Mapped[str] = mapped_column(String(500), default="")


class AidRequestPeople(Base):
    """Volunteers asked for: a skill and how many."""

    __tablename__ = "aid_request_people"
    __table_args__ = (
        UniqueConstraint("request_id", "skill"),
        CheckConstraint(_in("skill", SKILLS), name="skill"),
        CheckConstraint("count > 0", name="count"),
        CheckConstraint("approved IS NULL OR (approved >= 0 AND approved <= count)", name="approved"),
        CheckConstraint("decision IN ('', " + ",".join(f"'{d}'" for d in LINE_DECISIONS) + ")", name="decision"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("aid_request.id", ondelete="CASCADE"), index=True)
    skill: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)
    approved: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decision: Mapped[str] = mapped_column(String(10), default="")
    decision_reason: Mapped[str] = mapped_column(String(500), default="")
