"""This installation as a site: its code, its key pair made once (also when two desktops of one office
start at the same moment), the fingerprint read over the phone, and what changing the site allows."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from deployment.exchange import sites
from deployment.exchange.models import Site, SiteKey
from tagana_app.db import Database
from tagana_app.errors import PermissionDenied, ValidationError


def test_two_desktops_starting_at_once_make_one_site_with_one_key(db: Database, users) -> None:  # noqa: ANN001
    start = threading.Barrier(2)
    found: list[sites.SiteInfo] = []
    failed: list[BaseException] = []

    def desktop() -> None:
        other = Database.open(db.url)
        try:
            start.wait()
            found.append(other.write(sites.self_site))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)
        finally:
            other.dispose()
    threads = [threading.Thread(target=desktop) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not failed
    assert len({(f.code, f.public_key) for f in found}) == 1 and found[0].code == "KAB-1709"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 1
        assert s.scalar(select(func.count()).select_from(SiteKey)) == 1


def test_the_fingerprint_is_six_groups_a_person_can_read(db: Database) -> None:
    me = db.write(sites.self_site)
    groups = me.fingerprint.split("-")
    assert len(groups) == 6 and all(len(g) == 4 and g.isalnum() and g.isupper() or g.isdigit() for g in groups)
    assert sites.same_fingerprint(me.fingerprint.lower().replace("-", " "), me.public_key)
    assert not sites.same_fingerprint("", me.public_key)
    signature = db.write(lambda s: sites.sign(s, b"isi berkas"))
    assert sites.verify(me.public_key, signature, b"isi berkas")
    assert not sites.verify(me.public_key, signature, b"isi berkaS")


def test_a_provinsi_names_itself_before_pairing_only(db: Database, users) -> None:  # noqa: ANN001
    admin = users["admin"]
    me = db.write(lambda s: sites.configure_self(s, admin, code="prov-17", name="Dinas Sosial Provinsi Bengkulu",
                                                 kind="provinsi"))
    assert (me.code, me.kind) == ("PROV-17", "provinsi")
    with pytest.raises(ValidationError, match="tidak valid"):
        db.write(lambda s: sites.configure_self(s, admin, code="PROV 17!", name="x", kind="provinsi"))
    with pytest.raises(ValidationError, match="posko disiapkan dari berkas kantor"):
        db.write(lambda s: sites.configure_self(s, admin, code="PSK-01", name="x", kind="posko"))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: sites.configure_self(s, users["koordinator"], code="PROV-18", name="x", kind="provinsi"))
