"""Making and taking exchange files between two paired sites.

Each file a site makes for another has the next number of that pair (``urut``) and names the file it
follows (``dasar``): normally the one made just before, so the other side applies files in order and
holds one that arrives before a missing earlier one.  When the other side reports holding files (its
acknowledgements travel in every file it makes), or a person asks for everything (``full``), the next
file follows the last one the other side acknowledged and carries everything since: it fills the gap.

A file carries, per record kind of the pair's direction (deployment.exchange.kinds), every record whose
state changed since the file it follows (or since acknowledged), the acknowledgement of the other
side's files, and what of the other side's records did not apply here.  A record's state is applied
only when it comes in a later file than the state already here, so a held file taken after a gap
filler never brings an older state back.  Importing a file applied before changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from deployment.exchange import kinds as kind_registry
from deployment.exchange import pairing, sites
from deployment.exchange.envelope import ExchangeRefused, Unpacked, dumps, pack, unpack
from deployment.exchange.models import ExchangeFile, ExchangeIssue, ExchangeRecord, ExchangeSent, Site
from deployment.exchange.outcomes import Made, Outcome
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.clock import utcnow
from tagana_app.errors import TaganaError
from tagana_app.texts import N_

FORMAT = 1


@dataclass(frozen=True)
class PeerStatus:
    code: str
    name: str
    kind: str
    status: str
    fingerprint: str
    last_in: int
    last_in_at: datetime | None
    last_out: int
    last_out_at: datetime | None
    acked: int
    held: int
    issues: int
    peer_held: tuple[int, ...]


def record_hash(data: Any) -> str:
    return hashlib.sha256(dumps(data)).hexdigest()


def _file_name(sender: str, receiver: str, seq: int) -> str:
    return f"{sender}-ke-{receiver}-{seq:04d}.tagana"


# ---------------------------------------------------------------------------------------------- export


def _collect(session: Session, me: sites.SiteInfo, peer: sites.SiteInfo) -> list[tuple[str, str, Any, str]]:
    """(kind, key, data, hash) of every record this site sends that site, in apply order."""
    direction = kind_registry.direction(me.kind, peer.kind)
    if direction is None:
        return []
    found = []
    for kind in kind_registry.of_direction(direction):
        for key, data in sorted(kind.collect(session, peer), key=lambda pair: pair[0]):
            found.append((kind.name, key, data, record_hash(data)))
    return found


def build_body(session: Session, me: sites.SiteInfo, peer: Site, seq: int, *, since_ack: bool) -> tuple[dict, int]:
    """The body of file ``seq`` for ``peer`` and the number of records in it; remembers what it sends."""
    sent = {(r.kind, r.key): r for r in session.scalars(select(ExchangeSent).where(ExchangeSent.site_id == peer.id))}
    records = []
    for kind, key, data, digest in _collect(session, me, sites.info(peer)):
        row = sent.get((kind, key))
        known = (row.acked_hash if since_ack else row.hash) if row is not None else ""
        if digest == known:
            continue
        records.append([kind, key, data])
        if row is None:
            session.add(ExchangeSent(site_id=peer.id, kind=kind, key=key, hash=digest, seq=seq, acked_hash=""))
        elif row.hash != digest:  # seq: the first file that carried this state (its acknowledgement covers it)
            row.hash, row.seq = digest, seq
    held = sorted(session.scalars(select(ExchangeFile.seq).where(
        ExchangeFile.site_id == peer.id, ExchangeFile.direction == "masuk", ExchangeFile.status == "ditahan")))
    issues = [[i.kind, i.key, i.message, i.pending] for i in session.scalars(
        select(ExchangeIssue).where(ExchangeIssue.site_id == peer.id, ExchangeIssue.side == "sini",
                                    ExchangeIssue.resolved_at.is_(None)).order_by(ExchangeIssue.id))]
    return {"format": FORMAT, "ack": peer.in_applied, "held": held, "records": records, "issues": issues}, len(records)


def make_file(session: Session, actor: Actor, peer: Site, file_type: str, *, since_ack: bool,
              extra_header: dict[str, Any] | None = None, extra_body: dict[str, Any] | None = None) -> Made:
    """Make the next file of this pair (the engine's one way of making a file, set-up and reply too)."""
    me = sites.self_site(session)
    seq = peer.out_seq + 1
    base = peer.out_acked if since_ack else peer.out_seq
    body, count = build_body(session, me, peer, seq, since_ack=since_ack)
    body.update(extra_body or {})
    made_at = utcnow()
    header = {"dari": me.code, "ke": peer.code, "jenis": file_type, "urut": seq, "dasar": base,
              "dibuat": made_at.isoformat(), **(extra_header or {})}
    data = pack(header, body, lambda signed: sites.sign(session, signed))
    peer.out_seq = seq
    session.add(ExchangeFile(site_id=peer.id, direction="keluar", file_type=file_type, seq=seq, base=base,
                             status="dibuat", digest=hashlib.sha256(data).hexdigest(), size=len(data),
                             records=count, made_at=made_at, done_by=actor.username, body=None))
    session.flush()
    audit.record(session, actor, "exchange.export", N_("domain", "berkas_pertukaran"), f"{peer.code}#{seq}",
                 {"jenis": file_type, "dasar": base, "catatan": count, "ukuran": len(data)})
    name = f"{peer.code}-setup.tagana" if file_type == "setup" else (
        f"{me.code}-balasan.tagana" if file_type == "balasan" else _file_name(me.code, peer.code, seq))
    return Made(data, name, peer.code, seq, base, count, len(data))


class NotPaired(TaganaError):
    template = N_("errors", "Situs {code} belum dipasangkan: ambil dulu berkas balasannya (posko) atau berkas "
                            "perkenalannya.")


class SiteRevoked(TaganaError):
    template = N_("errors", "Situs {code} sudah dicabut pada {date} ({reason}): tidak ada berkas lagi untuk atau "
                            "dari situs itu.")


def _usable_peer(session: Session, code: str) -> Site:
    peer = sites.get(session, code, lock=True)
    if peer.status == "dicabut":
        raise SiteRevoked(code=peer.code, date=peer.revoked_at.date().isoformat() if peer.revoked_at else "-",
                          reason=peer.revoke_reason)
    if peer.status != "aktif" or not peer.public_key:
        raise NotPaired(code=peer.code)
    return peer


@changes("sites")
def export(session: Session, actor: Actor, to_code: str, *, full: bool = False) -> Made:
    """The next file for ``to_code``: what changed since the last file (or, with ``full`` or when that site
    holds files waiting for a gap, since what it acknowledged)."""
    sites.can_exchange.require(actor)
    peer = _usable_peer(session, to_code)
    since_ack = full or bool(peer.peer_held)
    return make_file(session, actor, peer, "tukar", since_ack=since_ack)


# ---------------------------------------------------------------------------------------------- import


def _refuse_foreign(me: sites.SiteInfo, header: dict[str, Any]) -> None:
    if header["ke"] != me.code:
        raise ExchangeRefused(N_("errors", "Berkas ini dibuat {sender} untuk situs {target}, bukan untuk situs ini "
                                           "({me}). Tidak ada yang diubah."),
                              sender=header["dari"], target=header["ke"], me=me.code)


def _check_signature(site: Site, unpacked: Unpacked) -> None:
    if not sites.verify(site.public_key, unpacked.signature, unpacked.signed):
        raise ExchangeRefused(N_("errors", "Tanda tangan berkas dari {code} tidak cocok dengan kunci situs {code} yang "
                                           "terdaftar (sidik {fingerprint}): berkas ini diubah setelah dibuat, atau "
                                           "ditandatangani kunci lain. Tidak ada yang diubah."),
                              code=site.code, fingerprint=sites.fingerprint(site.public_key))


def _sender(session: Session, header: dict[str, Any]) -> Site:
    site = sites.find(session, header["dari"], lock=True)
    if site is None or site.is_self:
        raise ExchangeRefused(N_("errors", "Berkas ini dari situs {code} yang tidak dikenal di sini: situs itu belum "
                                           "pernah dipasangkan dengan situs ini. Tidak ada yang diubah."),
                              code=header["dari"])
    if site.status == "dicabut":
        raise ExchangeRefused(N_("errors", "Berkas dari situs {code} ditolak: situs itu dicabut pada {date} ({reason})."
                                           " Tidak ada yang diubah."), code=site.code,
                              date=site.revoked_at.date().isoformat() if site.revoked_at else "-",
                              reason=site.revoke_reason)
    return site


def _pair_reply(session: Session, site: Site, unpacked: Unpacked, expect_fingerprint: str | None) -> bool:
    """Take the public key a posko's reply file carries; True when it was new (paired now)."""
    key = unpacked.header.get("kunci")
    if not isinstance(key, str) or len(key) != 64:
        raise ExchangeRefused(N_("errors", "Berkas balasan dari {code} tidak membawa kunci publik. Tidak ada yang "
                                           "diubah."), code=site.code)
    try:
        valid = sites.verify(key, unpacked.signature, unpacked.signed)
    except ValueError:
        valid = False
    if not valid:
        raise ExchangeRefused(N_("errors", "Tanda tangan berkas balasan dari {code} tidak cocok dengan kunci yang "
                                           "dibawanya: berkas itu diubah. Tidak ada yang diubah."), code=site.code)
    if expect_fingerprint and not sites.same_fingerprint(expect_fingerprint, key):
        raise ExchangeRefused(N_("errors", "Sidik kunci berkas balasan {code} adalah {found}, bukan {expected} yang "
                                           "dibacakan posko. Jangan pakai berkas ini; tidak ada yang diubah."),
                              code=site.code, found=sites.fingerprint(key), expected=expect_fingerprint)
    if site.public_key:
        if site.public_key != key:
            raise ExchangeRefused(N_("errors", "Posko {code} sudah dipasangkan dengan kunci lain (sidik {fingerprint})."
                                               " Berkas balasan ini ditolak; tidak ada yang diubah."),
                                  code=site.code, fingerprint=sites.fingerprint(site.public_key))
        return False
    if site.kind != "posko":
        raise ExchangeRefused(N_("errors", "Berkas balasan hanya dari posko; {code} bukan posko."), code=site.code)
    site.public_key, site.status, site.paired_at = key, "aktif", utcnow()
    return True


def _issue(session: Session, site_id: int, side: str, kind: str, key: str, message: str, pending: bool) -> None:
    row = session.scalar(select(ExchangeIssue).where(ExchangeIssue.site_id == site_id, ExchangeIssue.side == side,
                                                     ExchangeIssue.kind == kind, ExchangeIssue.key == key))
    if row is None:
        session.add(ExchangeIssue(site_id=site_id, side=side, kind=kind, key=key, message=message, pending=pending))
    else:
        row.message, row.pending, row.resolved_at = message, pending, None


def _resolve(session: Session, site_id: int, side: str, kind: str, key: str) -> None:
    session.execute(update(ExchangeIssue).where(
        ExchangeIssue.site_id == site_id, ExchangeIssue.side == side, ExchangeIssue.kind == kind,
        ExchangeIssue.key == key, ExchangeIssue.resolved_at.is_(None)).values(resolved_at=utcnow()))


def _apply_one(session: Session, sender: sites.SiteInfo, row: ExchangeRecord, outcome: Outcome,
               direction: str | None, *, settle: bool = True) -> None:
    """Apply one record; ``settle``: it may have an open issue here (it waited or was refused before)."""
    kind = kind_registry.get(row.kind)
    if kind is None or kind.apply is None:
        row.status, row.message = "diterapkan", ""
        outcome.applied += 1
        return
    try:
        if kind.direction != direction:  # a site sends only what it owns: a provinsi, say, applies nothing
            raise kind_registry.Refused(N_("errors", "Catatan {label} {key} dari situs {code} tidak diterapkan: "
                                                     "situs itu tidak mengirim catatan jenis ini ke situs ini."),
                                        label=kind.label, key=row.key, code=sender.code)
        with session.begin_nested():
            kind.apply(session, sender, row.key, row.data)
    except kind_registry.Pending as waiting:
        row.status, row.message = "tertunda", waiting.message
        _issue(session, sender.id, "sini", row.kind, row.key, waiting.message, True)
        outcome.pending += 1
        outcome.messages.append(waiting.message)
        return
    except kind_registry.Refused as refused:
        row.status, row.message = "ditolak", refused.message
        _issue(session, sender.id, "sini", row.kind, row.key, refused.message, False)
        outcome.refused += 1
        outcome.messages.append(refused.message)
        return
    row.status, row.message = "diterapkan", ""
    if settle:
        _resolve(session, sender.id, "sini", row.kind, row.key)
    outcome.applied += 1


def _order(kind_name: str) -> tuple[int, str]:
    kind = kind_registry.get(kind_name)
    return (kind.order if kind else 1000, kind_name)


def apply_body(session: Session, site: Site, seq: int, body: dict[str, Any], outcome: Outcome) -> None:
    """Apply the records, acknowledgements and reports of file ``seq`` from ``site``."""
    sender = sites.info(site)
    direction = kind_registry.direction(sender.kind, sites.self_site(session).kind)
    records = body.get("records") or []
    if not isinstance(records, list):
        raise ExchangeRefused(N_("errors", "Berkas dari {code} tidak berisi catatan yang dapat dibaca."),
                              code=site.code)
    stored = {(r.kind, r.key): r for r in session.scalars(select(ExchangeRecord).where(
        ExchangeRecord.site_id == site.id))}
    touched: set[tuple[str, str]] = set()
    for kind, key, data in sorted(records, key=lambda r: (_order(r[0]), r[1])):
        row = stored.get((kind, key))
        digest = record_hash(data)
        if row is not None and row.seq >= seq:
            continue  # a later state is already here
        if row is not None and row.hash == digest and row.status == "diterapkan":
            row.seq = seq
            continue
        settle = row is not None and row.status != "diterapkan"  # only such a record can have an open issue
        if row is None:
            row = ExchangeRecord(site_id=site.id, kind=kind, key=key, seq=seq, hash=digest, data=data,
                                 status="tertunda", message="")
            session.add(row)
            stored[(kind, key)] = row
        else:
            row.seq, row.hash, row.data, row.received_at = seq, digest, data, utcnow()
        session.flush()
        _apply_one(session, sender, row, outcome, direction, settle=settle)
        touched.add((kind, key))
    for (kind, key), row in sorted(stored.items(), key=lambda kv: (_order(kv[0][0]), kv[0][1])):
        if row.status == "tertunda" and (kind, key) not in touched:  # waited: perhaps it applies now
            before = outcome.pending
            _apply_one(session, sender, row, outcome, direction)
            if outcome.pending > before:  # still waiting: counted and said once, at its own file
                outcome.pending -= 1
                outcome.messages.pop()
    # Their acknowledgement of our files, what they hold, and which of ours did not apply there.
    ack = body.get("ack")
    if isinstance(ack, int) and ack > site.out_acked:
        site.out_acked = min(ack, site.out_seq)
        for sent in session.scalars(select(ExchangeSent).where(ExchangeSent.site_id == site.id,
                                                               ExchangeSent.seq <= site.out_acked)):
            sent.acked_hash = sent.hash
    held = body.get("held")
    site.peer_held = [n for n in held if isinstance(n, int) and n > site.out_acked] if isinstance(held, list) else []
    issues = body.get("issues")
    if isinstance(issues, list):
        reported = set()
        for kind, key, message, pending in issues:
            _issue(session, site.id, "sana", kind, key, message, bool(pending))
            reported.add((kind, key))
        for open_issue in session.scalars(select(ExchangeIssue).where(
                ExchangeIssue.site_id == site.id, ExchangeIssue.side == "sana", ExchangeIssue.resolved_at.is_(None))):
            if (open_issue.kind, open_issue.key) not in reported:
                open_issue.resolved_at = utcnow()
    site.in_applied = seq
    session.flush()


def log_in(session: Session, actor: Actor, site: Site, unpacked: Unpacked, data: bytes, status: str,
            count: int) -> ExchangeFile:
    header = unpacked.header
    try:
        made_at = datetime.fromisoformat(header.get("dibuat", ""))
    except (TypeError, ValueError):
        made_at = utcnow()
    row = ExchangeFile(site_id=site.id, direction="masuk", file_type=header["jenis"], seq=header["urut"],
                       base=header["dasar"], status=status, digest=hashlib.sha256(data).hexdigest(), size=len(data),
                       records=count, made_at=made_at, done_by=actor.username,
                       body=data if status == "ditahan" else None)
    session.add(row)
    session.flush()
    return row


def _apply_file(session: Session, actor: Actor, site: Site, unpacked: Unpacked, data: bytes,
                outcome: Outcome) -> None:
    body = unpacked.body()
    seq = unpacked.header["urut"]
    apply_body(session, site, seq, body, outcome)
    log_in(session, actor, site, unpacked, data, "diterapkan", len(body.get("records") or []))
    # Held files this one covers are done; those that follow now apply, in order.
    for held in session.scalars(select(ExchangeFile).where(
            ExchangeFile.site_id == site.id, ExchangeFile.direction == "masuk", ExchangeFile.status == "ditahan",
            ExchangeFile.seq <= site.in_applied)):
        held.status, held.body = "tercakup", None
    while True:
        ready = session.scalar(select(ExchangeFile).where(
            ExchangeFile.site_id == site.id, ExchangeFile.direction == "masuk", ExchangeFile.status == "ditahan",
            ExchangeFile.base <= site.in_applied).order_by(ExchangeFile.seq).limit(1))
        if ready is None:
            break
        held_bytes = ready.body or b""
        held_unpacked = unpack(held_bytes)
        session.delete(ready)
        session.flush()
        outcome.released.append(held_unpacked.header["urut"])
        _apply_file(session, actor, site, held_unpacked, held_bytes, outcome)


@changes(everything=True)
def import_file(session: Session, actor: Actor, data: bytes, *, expect_fingerprint: str | None = None) -> Outcome:
    """Verify and apply one file; refusals raise ``ExchangeRefused`` before anything is written."""
    sites.can_exchange.require(actor)
    unpacked = unpack(data)
    header = unpacked.header
    me = sites.self_site(session)
    if header["jenis"] == "setup":
        raise ExchangeRefused(N_("errors", "Ini berkas penyiapan posko {code}: berkas itu dibuka di laptop posko "
                                           "dengan 'Siapkan posko' (tagana posko join), bukan diambil di sini."),
                              code=header["ke"])
    if header["jenis"] in ("kenalan", "balasan") and not expect_fingerprint:
        raise ExchangeRefused(N_("errors", "Berkas {kind} dari {code} memasangkan situs itu dengan situs ini: "
                                           "sebutkan sidik kunci yang dibacakan petugasnya lewat telepon "
                                           "(--expect-fingerprint, atau 'Ambil balasan posko...' di halaman Posko). "
                                           "Tidak ada yang diubah."),
                              kind="perkenalan" if header["jenis"] == "kenalan" else "balasan", code=header["dari"])
    if header["jenis"] == "kenalan":
        return pairing.take_card(session, actor, unpacked, expect_fingerprint=expect_fingerprint)
    _refuse_foreign(me, header)
    site = _sender(session, header)
    paired_now = False
    if header["jenis"] == "balasan":
        paired_now = _pair_reply(session, site, unpacked, expect_fingerprint)
    elif not site.public_key or site.status != "aktif":
        raise NotPaired(code=site.code)
    else:
        _check_signature(site, unpacked)
        if expect_fingerprint and not sites.same_fingerprint(expect_fingerprint, site.public_key):
            raise ExchangeRefused(N_("errors", "Sidik kunci situs {code} adalah {found}, bukan {expected}. Tidak ada "
                                               "yang diubah."), code=site.code,
                                  found=sites.fingerprint(site.public_key), expected=expect_fingerprint)
    seq, base = header["urut"], header["dasar"]
    outcome = Outcome("diterapkan", site.code, seq)
    if seq <= site.in_applied:
        outcome.status = "sudah"
        outcome.messages.append(f"Berkas nomor {seq} dari {site.code} sudah diterapkan sebelumnya (atau tercakup "
                                f"berkas sesudahnya): tidak ada yang berubah.")
        return outcome
    already = session.scalar(select(ExchangeFile).where(ExchangeFile.site_id == site.id,
                                                        ExchangeFile.direction == "masuk", ExchangeFile.seq == seq))
    if already is not None:
        outcome.status = "sudah"
        outcome.messages.append(f"Berkas nomor {seq} dari {site.code} sudah diambil dan masih ditahan, menunggu "
                                f"berkas nomor {site.in_applied + 1}: tidak ada yang berubah.")
        return outcome
    if base > site.in_applied:
        body = unpacked.body()  # a damaged body is refused now, not when the gap is filled
        # What that side holds of ours is read now: when both sides lost a file, each holds the other's
        # next ones, and only a gap filler from here (made because they hold) breaks the wait.
        held = body.get("held")
        if isinstance(held, list):
            site.peer_held = sorted({*(site.peer_held or ()), *(n for n in held
                                                               if isinstance(n, int) and n > site.out_acked)})
        log_in(session, actor, site, unpacked, data, "ditahan", 0)
        outcome.status = "ditahan"
        missing = ", ".join(str(n) for n in range(site.in_applied + 1, base + 1))
        outcome.messages.append(f"Berkas nomor {seq} dari {site.code} ditahan: berkas nomor {missing} belum "
                                f"diterima. Berkas ini diterapkan begitu berkas itu diambil (atau minta {site.code} "
                                f"membuat berkas baru: berkas itu akan membawa semuanya).")
        audit.record(session, actor, "exchange.hold", N_("domain", "berkas_pertukaran"), f"{site.code}#{seq}", {})
        return outcome
    _apply_file(session, actor, site, unpacked, data, outcome)
    if paired_now:
        outcome.status = "dipasangkan"
        outcome.messages.insert(0, f"Posko {site.code} dipasangkan (sidik kunci {sites.fingerprint(site.public_key)}).")
    audit.record(session, actor, "exchange.import", N_("domain", "berkas_pertukaran"), f"{site.code}#{seq}",
                 {"diterapkan": outcome.applied, "tertunda": outcome.pending, "ditolak": outcome.refused,
                  "menyusul": outcome.released})
    return outcome


# ---------------------------------------------------------------------------------------------- status


def status(session: Session) -> list[PeerStatus]:
    result = []
    for site in session.scalars(select(Site).where(Site.is_self.is_(False)).order_by(Site.code)):
        def last(direction: str, site_id: int = site.id) -> ExchangeFile | None:
            return session.scalar(select(ExchangeFile).where(
                ExchangeFile.site_id == site_id, ExchangeFile.direction == direction,
                ExchangeFile.status != "ditahan").order_by(ExchangeFile.seq.desc()).limit(1))
        got, sent = last("masuk"), last("keluar")
        held = session.scalar(select(func.count()).select_from(ExchangeFile).where(
            ExchangeFile.site_id == site.id, ExchangeFile.direction == "masuk", ExchangeFile.status == "ditahan"))
        issues = session.scalar(select(func.count()).select_from(ExchangeIssue).where(
            ExchangeIssue.site_id == site.id, ExchangeIssue.resolved_at.is_(None)))
        result.append(PeerStatus(site.code, site.name, site.kind, site.status,
                                 sites.fingerprint(site.public_key) if site.public_key else "",
                                 site.in_applied, got.done_at if got else None, site.out_seq,
                                 sent.done_at if sent else None, site.out_acked, held, issues,
                                 tuple(site.peer_held or ())))
    return result


@dataclass(frozen=True)
class OpenIssue:
    """A record that did not apply: one of ``site``'s here (side "sini"), or one of ours there ("sana")."""

    site: str
    side: str
    kind: str
    key: str
    message: str
    pending: bool  # it waits (tried again at each import) rather than refused

    @property
    def here(self) -> bool:
        return self.side == "sini"

    @property
    def kind_label(self) -> str:
        """What a person calls that kind of record (marked for translation); the name when unknown."""
        kind = kind_registry.get(self.kind)
        return kind.label if kind else self.kind


def open_issues(session: Session, code: str | None = None) -> list[OpenIssue]:
    """The unresolved issues, newest first (of one site's records, with ``code``)."""
    query = (select(ExchangeIssue, Site.code).join(Site, Site.id == ExchangeIssue.site_id)
             .where(ExchangeIssue.resolved_at.is_(None))
             .order_by(ExchangeIssue.created_at.desc(), ExchangeIssue.id.desc()))
    if code:
        query = query.where(ExchangeIssue.site_id == sites.get(session, code).id)
    return [OpenIssue(site, i.side, i.kind, i.key, i.message, i.pending) for i, site in session.execute(query)]
