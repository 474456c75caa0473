"""Setting up a posko: the set-up file made at the office, the posko database made from it, the reply.

At the office a koordinator creates a posko for an incident: a site (status "menunggu" until its reply
comes) and a warehouse of kind posko with the same code.  The set-up file is the pair's first file:
signed by the office, carrying the office's public key and profile and every record the posko needs
(deployment.exchange.kinds_down).  On the laptop, ``join`` makes the posko of an empty database: its own
key pair, the office as its one peer, its administrator, number patterns that carry the posko's code
("001/DST/PSK-01/XII/2026"), and applies the set-up's records; the reply file it makes carries the
posko's public key.  Both people compare the two fingerprints over the phone before the reply is taken
at the office (``engine.import_file(..., expect_fingerprint=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deployment.exchange import engine, sites
from deployment.exchange.envelope import ExchangeRefused, Unpacked, unpack
from deployment.exchange.models import Site
from deployment.models import Incident, IncidentRegion
from inventory.models import Warehouse
from tagana_app import accounts, audit, doc_kinds, settings
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.clock import utcnow
from tagana_app.errors import NotFound, ValidationError
from tagana_app.texts import N_

# The office settings a posko takes over (its papers carry the office's letterhead and head).
PROFILE = tuple(s for s in settings.OFFICE_PROFILE if s not in settings.SIGNERS) + (settings.HOME_REGION,)


@dataclass(frozen=True)
class SetupInfo:
    office_code: str
    office_name: str
    office_kind: str
    office_fingerprint: str
    posko_code: str
    posko_name: str
    incident_number: str
    incident_name: str
    records: int


def _incident(session: Session, number: str) -> Incident:
    incident = session.scalar(select(Incident).where(Incident.number == number.strip()))
    if incident is None:
        raise NotFound(what=N_("domain", "Kejadian"), key=number)
    return incident


@changes("sites", "stock")
def create_posko(session: Session, actor: Actor, code: str, *, name: str, incident_number: str,
                 region: str | None = None) -> engine.Made:
    """Create the posko (site and warehouse) and return its set-up file."""
    sites.can_exchange.require(actor, action=N_("domain", "membuat posko"))
    code = sites.check_code(code)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(N_("errors", "Nama posko wajib diisi."))
    me = sites.self_site(session)
    if not me.is_office:
        raise ValidationError(N_("errors", "Posko dibuat di kantor kabupaten/kota, bukan di situs {kind}."),
                              kind=me.kind)
    if sites.find(session, code) is not None:
        raise ValidationError(N_("errors", "Kode situs {code} sudah dipakai."), code=code)
    if session.scalar(select(Warehouse.id).where(Warehouse.code == code)) is not None:
        raise ValidationError(N_("errors", "Kode {code} sudah dipakai sebuah gudang; pilih kode posko lain."), code=code)
    incident = _incident(session, incident_number)
    if incident.status == "selesai":
        raise ValidationError(N_("errors", "Kejadian {number} sudah selesai; posko tidak dibuat."), number=incident.number)
    if region:
        from tagana_app import regions

        regions.require(region, levels=(3, 4), field=N_("domain", "Wilayah posko"))
    first = session.scalar(select(IncidentRegion.region_code).where(IncidentRegion.incident_id == incident.id)
                           .order_by(IncidentRegion.region_code).limit(1))
    region_code = region or first or me.region_code
    try:
        with session.begin_nested():  # two koordinators taking the same new code at the same moment
            warehouse = Warehouse(code=code, name=f"Posko {name}", kind="posko", region_code=region_code,
                                  address=incident.posko_location or "", person_in_charge="", active=True,
                                  needs_emergency=False)
            session.add(warehouse)
            session.flush()
            site = Site(code=code, name=name, kind="posko", is_self=False, status="menunggu", public_key="",
                        region_code=region_code, incident_id=incident.id, warehouse_id=warehouse.id, profile={},
                        peer_held=[], created_by=actor.username, revoked_by="", revoke_reason="")
            session.add(site)
            session.flush()
    except IntegrityError:
        raise ValidationError(N_("errors", "Kode situs {code} sudah dipakai."), code=code) from None
    audit.record(session, actor, "site.posko", N_("domain", "situs"), code,
                 {"nama": name, "kejadian": incident.number, "wilayah": region_code})
    return setup_file(session, actor, code)


def setup_file(session: Session, actor: Actor, code: str) -> engine.Made:
    """The set-up file of a posko not yet paired (made again when the first was lost)."""
    sites.can_exchange.require(actor, action=N_("domain", "membuat berkas penyiapan posko"))
    site = sites.get(session, code)
    if site.kind != "posko" or site.status != "menunggu":
        raise ValidationError(N_("errors", "Posko {code} sudah dipasangkan atau dicabut; berkas penyiapan hanya "
                                           "untuk posko yang menunggu balasan."), code=site.code)
    me = sites.self_row(session)
    assert me is not None
    incident = session.get(Incident, site.incident_id)
    office = {"code": me.code, "name": me.name, "kind": me.kind, "region": me.region_code,
              "profile": {s.key: settings.get_office(session, s) for s in PROFILE}}
    posko = {"code": site.code, "name": site.name, "region": site.region_code,
             "incident": incident.number if incident else "", "incident_name": incident.name if incident else ""}
    # A set-up carries everything: nothing of it was applied anywhere yet.
    return engine.make_file(session, actor, site, "setup", since_ack=True, extra_header={"kunci": me.public_key},
                            extra_body={"office": office, "posko": posko})


def _read(data: bytes) -> tuple[Unpacked, dict]:
    unpacked = unpack(data)
    header = unpacked.header
    key = header.get("kunci")
    if header["jenis"] != "setup":
        raise ExchangeRefused(N_("errors", "Ini bukan berkas penyiapan posko (jenisnya '{kind}')."),
                              kind=header["jenis"])
    if not isinstance(key, str) or len(key) != 64 or not sites.verify(key, unpacked.signature, unpacked.signed):
        raise ExchangeRefused(N_("errors", "Tanda tangan berkas penyiapan tidak cocok dengan kunci yang dibawanya: "
                                           "berkas itu diubah. Minta berkas baru dari kantor."))
    body = unpacked.body()
    if not isinstance(body.get("office"), dict) or not isinstance(body.get("posko"), dict):
        raise ExchangeRefused(N_("errors", "Berkas penyiapan tidak lengkap. Minta berkas baru dari kantor."))
    return unpacked, body


def read_setup(data: bytes) -> SetupInfo:
    """What a set-up file says, its signature checked (shown before the posko is made)."""
    unpacked, body = _read(data)
    office, posko = body["office"], body["posko"]
    return SetupInfo(office.get("code", ""), office.get("name", ""), office.get("kind", ""),
                     sites.fingerprint(unpacked.header["kunci"]), posko.get("code", ""), posko.get("name", ""),
                     posko.get("incident", ""), posko.get("incident_name", ""), len(body.get("records") or []))


def _signing_place(region_code: str) -> str:
    """The kecamatan of the posko (of its desa, when the posko is at a desa): where its papers are signed."""
    from tagana_app import regions

    region = regions.lookup(region_code) if region_code else None
    if region is None or region.level not in (3, 4):
        return ""
    return region.name if region.level == 3 else region.path.split(",")[1].strip()


def posko_patterns(code: str) -> dict[settings.Setting, str]:
    return {settings.NUMBER_PATTERNS[kind.code]: "{seq:03d}/" + str(kind.letter) + "/" + code + "/{month_roman}/{year}"
            for kind in doc_kinds.numbered()}


@changes(everything=True)
def join(session: Session, data: bytes, *, admin: str, password: str, full_name: str = "",
         expect_fingerprint: str | None = None) -> engine.Made:
    """Make this (empty) database the posko of a set-up file; returns the reply file for the office."""
    unpacked, body = _read(data)
    header = unpacked.header
    if expect_fingerprint and not sites.same_fingerprint(expect_fingerprint, header["kunci"]):
        raise ExchangeRefused(N_("errors", "Sidik kunci kantor dalam berkas ini adalah {found}, bukan {expected} yang "
                                           "dibacakan kantor. Jangan pakai berkas ini."),
                              found=sites.fingerprint(header["kunci"]), expected=expect_fingerprint)
    if accounts.has_users(session) or sites.self_row(session, create=False) is not None:
        raise ValidationError(N_("errors", "Basis data ini sudah dipakai; posko disiapkan pada basis data baru yang "
                                           "kosong."))
    office, posko = body["office"], body["posko"]
    admin_info = accounts.create_first_admin(session, admin, password, full_name or "Administrator posko")
    actor = Actor(admin_info.id, admin_info.username, admin_info.role, admin_info.full_name)
    profile = office.get("profile") or {}
    values = {s: profile[s.key] for s in PROFILE if s.key in profile}
    values.update(posko_patterns(header["ke"]))
    place = _signing_place(posko.get("region") or "")
    if place:  # papers signed at the posko say where: "Pondok Kelapa, 7 Desember 2026"
        values[settings.SIGNING_CITY] = place
    settings.set_office(session, actor, values, audited=False)
    warehouse = Warehouse(code=header["ke"], name=f"Posko {posko.get('name', '')}", kind="posko",
                          region_code=posko.get("region") or office.get("region") or "", address="",
                          person_in_charge="", active=True, needs_emergency=False)
    session.add(warehouse)
    session.flush()
    me = sites.make_self(session, header["ke"], posko.get("name") or header["ke"], "posko",
                         region_code=warehouse.region_code, warehouse_id=warehouse.id)
    office_site = Site(code=header["dari"], name=office.get("name", ""), kind=office.get("kind", "kabupaten"),
                       is_self=False, status="aktif", public_key=header["kunci"], region_code=office.get("region", ""),
                       profile=profile, peer_held=[], created_by=actor.username, paired_at=utcnow(),
                       revoked_by="", revoke_reason="")
    session.add(office_site)
    session.flush()
    outcome = engine.Outcome("diterapkan", office_site.code, header["urut"])
    engine.apply_body(session, office_site, header["urut"], body, outcome)
    engine.log_in(session, actor, office_site, unpacked, data, "diterapkan", len(body.get("records") or []))
    incident = session.scalar(select(Incident).where(Incident.number == posko.get("incident", "")))
    if incident is not None:
        me.incident_id = incident.id
    audit.record(session, actor, "site.join", N_("domain", "situs"), me.code,
                 {"kantor": office_site.code, "sidik_kantor": sites.fingerprint(office_site.public_key),
                  "catatan": outcome.applied, "tertunda": outcome.pending})
    return engine.make_file(session, actor, office_site, "balasan", since_ack=False,
                            extra_header={"kunci": me.public_key})
