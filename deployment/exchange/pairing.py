"""Pairing a district with its provinsi: each side gives the other a signed card (kenalan) with its
code, name, kind and public key; the person taking a card compares the fingerprint read over the
phone (``expect_fingerprint``).  Poskos pair through their set-up and reply files instead."""

from __future__ import annotations

from sqlalchemy.orm import Session

from deployment.exchange import sites
from deployment.exchange.envelope import ExchangeRefused, Unpacked, pack
from deployment.exchange.models import Site
from deployment.exchange.outcomes import Made, Outcome
from tagana_app import audit
from tagana_app.accounts import Actor
from tagana_app.changes import changes
from tagana_app.clock import utcnow
from tagana_app.texts import N_


def _pairs(me: str, other: str) -> bool:
    return (me in sites.OFFICE_KINDS and other == "provinsi") or (me == "provinsi" and other in sites.OFFICE_KINDS)


@changes("sites")  # the site and its key are made here if this is the first thing done with them
def make_card(session: Session, actor: Actor) -> Made:
    """This site's card for a provinsi (or for a district, at a provinsi)."""
    sites.can_exchange.require(actor)
    me = sites.self_row(session)
    assert me is not None
    header = {"dari": me.code, "ke": "*", "jenis": "kenalan", "urut": 0, "dasar": 0, "kunci": me.public_key,
              "dibuat": utcnow().isoformat()}
    body = {"site": {"code": me.code, "name": me.name, "kind": me.kind, "region": me.region_code}}
    data = pack(header, body, lambda signed: sites.sign(session, signed))
    return Made(data, f"{me.code}-kenalan.tagana", "*", 0, 0, 0, len(data))


@changes("sites")
def take_card(session: Session, actor: Actor, unpacked: Unpacked, *, expect_fingerprint: str | None = None
              ) -> Outcome:
    key = unpacked.header.get("kunci")
    if not isinstance(key, str) or len(key) != 64 or not sites.verify(key, unpacked.signature, unpacked.signed):
        raise ExchangeRefused(N_("errors", "Tanda tangan berkas perkenalan tidak cocok dengan kunci yang dibawanya: "
                                           "berkas itu diubah. Tidak ada yang diubah."))
    if expect_fingerprint and not sites.same_fingerprint(expect_fingerprint, key):
        raise ExchangeRefused(N_("errors", "Sidik kunci berkas perkenalan {code} adalah {found}, bukan {expected}. "
                                           "Tidak ada yang diubah."), code=unpacked.header["dari"],
                              found=sites.fingerprint(key), expected=expect_fingerprint)
    card = unpacked.body().get("site") or {}
    me = sites.self_site(session)
    kind = card.get("kind", "")
    if not _pairs(me.kind, kind):
        raise ExchangeRefused(N_("errors", "Situs {kind} {code} tidak berpasangan dengan situs {mine} ini: kabupaten/kota"
                                           " berpasangan dengan provinsinya; posko dipasangkan lewat berkas penyiapan."),
                              kind=kind, code=unpacked.header["dari"], mine=me.kind)
    code = sites.check_code(unpacked.header["dari"])
    site = sites.find(session, code)
    outcome = Outcome("dikenal", code, 0)
    if site is not None:
        if site.public_key != key:
            raise ExchangeRefused(N_("errors", "Situs {code} sudah dikenal dengan kunci lain (sidik {fingerprint}). "
                                               "Tidak ada yang diubah."), code=code,
                                  fingerprint=sites.fingerprint(site.public_key) if site.public_key else "-")
        outcome.status = "sudah"
        outcome.messages.append(f"Situs {code} sudah dikenal: tidak ada yang berubah.")
        return outcome
    session.add(Site(code=code, name=str(card.get("name", code))[:200], kind=kind, is_self=False, status="aktif",
                     public_key=key, region_code=str(card.get("region", ""))[:13], profile={}, peer_held=[],
                     created_by=actor.username, paired_at=utcnow(), revoked_by="", revoke_reason=""))
    session.flush()
    audit.record(session, actor, "site.pair", N_("domain", "situs"), code, {"jenis": kind,
                                                                          "sidik": sites.fingerprint(key)})
    outcome.messages.append(f"Situs {kind} {code} dikenal sekarang (sidik kunci {sites.fingerprint(key)}).")
    return outcome
