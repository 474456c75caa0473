"""The exchange engine on its own: pairing, signatures, sequence, holding, acknowledgements, reports.

The records travel in two small kinds registered for these tests only: the office's telephone number
goes down to the posko (applied as the posko's setting; "TOLAK..." is refused there and "TUNDA..."
waits), the posko's address goes up and is only kept.  The office is on the test's backend (SQLite and
PostgreSQL), the poskos are SQLite files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deployment.exchange import engine, kinds, posko, sites
from deployment.exchange.envelope import ExchangeRefused
from deployment.exchange.models import ExchangeFile, ExchangeIssue, ExchangeRecord, Site
from tagana_app import settings
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.errors import TaganaError
from tests.conftest import make_user
from tests.deployment.conftest import add_incident
from tests.exchange.pairs import Posko, fresh_sqlite, make_posko, send, take

SYSTEM = Actor(0, "uji", "admin")


def _phone_collect(session, receiver):  # noqa: ANN001, ANN202
    return [("telepon", {"v": settings.get_office(session, settings.OFFICE_PHONE)})]


def _phone_apply(session, sender, key, data):  # noqa: ANN001, ANN202
    if data["v"].startswith("TOLAK"):
        raise kinds.Refused("Nomor {v} ditolak posko.", v=data["v"])
    if data["v"].startswith("TUNDA") and not settings.get_office(session, settings.OFFICE_EMAIL):
        raise kinds.Pending("Nomor {v} menunggu surel posko.", v=data["v"])
    settings.set_office(session, SYSTEM, {settings.OFFICE_PHONE: data["v"]}, audited=False)


def _address_collect(session, receiver):  # noqa: ANN001, ANN202
    return [(f"{sites.self_site(session).code}:alamat", {"v": settings.get_office(session, settings.OFFICE_ADDRESS)})]


@pytest.fixture(autouse=True)
def test_kinds() -> Iterator[None]:
    kinds.of_direction(kinds.DOWN)  # the real kinds load first
    kinds.register(kinds.RecordKind("uji_telepon", kinds.DOWN, 1, "telepon", _phone_collect, _phone_apply))
    kinds.register(kinds.RecordKind("uji_alamat", kinds.UP, 1, "alamat", _address_collect, None))
    yield
    kinds._KINDS.pop("uji_telepon")
    kinds._KINDS.pop("uji_alamat")


@pytest.fixture
def office(db: Database, users: dict[str, Actor]) -> tuple[Database, Actor, str]:
    coord = users["koordinator"]
    incident = add_incident(db, coord)
    return db, coord, incident.number


@pytest.fixture
def pair(office, _templates, tmp_path: Path) -> Posko:  # noqa: ANN001
    db, coord, incident = office
    return make_posko(db, coord, _templates, tmp_path / "posko.db", incident=incident)


def _set_phone(db: Database, admin: Actor, phone: str) -> None:
    db.write(lambda s: settings.set_office(s, admin, {settings.OFFICE_PHONE: phone}))


def _phone(db: Database) -> str:
    with db.read() as s:
        return settings.get_office(s, settings.OFFICE_PHONE)


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (ExchangeFile, ExchangeRecord, ExchangeIssue))


def test_pairing_brings_the_records_and_both_keys(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, incident = office
    with db.read() as s:
        site = sites.get(s, "PSK-01")
        assert site.status == "aktif" and site.public_key and site.out_acked == 1
        office_fp = sites.self_site(s).fingerprint
    with pair.db.read() as s:
        me = sites.self_site(s)
        assert me.kind == "posko" and me.code == "PSK-01" and me.region_code == "17.09.01"
        assert sites.get(s, sites.find(s, "KAB-1709").code).public_key
        assert sites.fingerprint(sites.find(s, "KAB-1709").public_key) == office_fp
        # the posko numbers its own documents with its code
        assert "PSK-01" in settings.get_office(s, settings.NUMBER_PATTERNS["distribusi"]
                                               if "distribusi" in settings.NUMBER_PATTERNS else settings.NUMBER_PATTERNS["bast"])
    assert _phone(pair.db) == _phone(db)


def test_a_wrong_fingerprint_refuses_the_setup_and_the_reply(office, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, incident = office
    setup = db.write(lambda s: posko.create_posko(s, coord, "PSK-02", name="Dua", incident_number=incident))
    laptop = fresh_sqlite(_templates, tmp_path / "p2.db")
    with pytest.raises(ExchangeRefused, match="bukan AAAA"):
        laptop.write(lambda s: posko.join(s, setup.data, admin="a", password="kata-sandi-uji",
                                          expect_fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"))
    with laptop.read() as s:
        assert sites.self_row(s, create=False) is None
    reply = laptop.write(lambda s: posko.join(s, setup.data, admin="a", password="kata-sandi-uji"))
    with pytest.raises(ExchangeRefused, match="dibacakan posko"):
        db.write(lambda s: engine.import_file(s, coord, reply.data, expect_fingerprint="AAAA-BBBB"))
    with pytest.raises(ExchangeRefused, match="sebutkan sidik kunci yang dibacakan"):  # no pairing unchecked
        db.write(lambda s: engine.import_file(s, coord, reply.data))
    with db.read() as s:
        assert sites.get(s, "PSK-02").status == "menunggu"
    info = posko.read_setup(setup.data)
    assert (info.posko_code, info.incident_number) == ("PSK-02", incident)


def test_papers_of_a_posko_are_signed_where_it_is(office, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    """The posko takes the office's letterhead, and the place its papers are signed is its kecamatan."""
    db, coord, incident = office
    setup = db.write(lambda s: posko.create_posko(s, coord, "PSK-03", name="Balai Desa Srikaton",
                                                  incident_number=incident, region="17.09.03.2010"))
    laptop = fresh_sqlite(_templates, tmp_path / "p3.db")
    laptop.write(lambda s: posko.join(s, setup.data, admin="a", password="kata-sandi-uji"))
    with laptop.read() as s, db.read() as o:
        assert settings.get_office(s, settings.SIGNING_CITY) == "Pondok Kelapa"
        assert settings.get_office(s, settings.OFFICE_NAME) == settings.get_office(o, settings.OFFICE_NAME)


def test_a_change_travels_once_and_a_repeat_changes_nothing(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "0736-21000")
    made = send(db, coord, "PSK-01")
    assert made.records == 1
    assert take(pair.db, pair.admin, made).status == "diterapkan"
    assert _phone(pair.db) == "0736-21000"
    before = _counts(pair.db)
    again = take(pair.db, pair.admin, made)
    assert again.status == "sudah" and "tidak ada yang berubah" in again.messages[0]
    assert _counts(pair.db) == before
    assert send(db, coord, "PSK-01").records == 0  # the next file follows the last: nothing changed since
    assert send(db, coord, "PSK-01", full=True).records == 1  # not acknowledged yet: "everything" carries it
    take(db, coord, send(pair.db, pair.admin, "KAB-1709"))  # the posko's file acknowledges
    assert send(db, coord, "PSK-01", full=True).records == 0


@pytest.mark.parametrize("damage", ["byte", "signature", "header"])
def test_an_altered_file_is_refused_and_nothing_is_written(office, pair: Posko, users, damage: str) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "0736-1")
    data = bytearray(send(db, coord, "PSK-01").data)
    at = {"byte": len(data) - 3, "signature": data.index(b"}\n") + 10, "header": data.index(b'"urut"') + 7}[damage]
    data[at] ^= 0x01
    before = _counts(pair.db)
    with pytest.raises(TaganaError) as refused:
        take(pair.db, pair.admin, bytes(data))
    assert "Tidak ada yang diubah" in str(refused.value) or "tidak dapat dibaca" in str(refused.value)
    assert _counts(pair.db) == before and _phone(pair.db) != "0736-1"


def test_a_file_for_another_site_is_refused(office, pair: Posko, _templates, tmp_path: Path, users) -> None:  # noqa: ANN001
    db, coord, incident = office
    other = make_posko(db, coord, _templates, tmp_path / "p2.db", code="PSK-02", incident=incident)
    made = send(db, coord, "PSK-02")
    before = _counts(pair.db)
    with pytest.raises(ExchangeRefused, match="untuk situs PSK-02, bukan untuk situs ini"):
        take(pair.db, pair.admin, made)
    assert _counts(pair.db) == before
    assert take(other.db, other.admin, made).status == "diterapkan"


def test_a_revoked_site_and_an_unknown_key_are_refused(office, pair: Posko, _templates, tmp_path: Path,  # noqa: ANN001
                                                       users) -> None:
    db, coord, incident = office
    # a laptop that was never paired makes itself "PSK-01" and signs with its own key
    impostor = fresh_sqlite(_templates, tmp_path / "impostor.db")
    stolen_setup = pair.setup.data
    impostor.write(lambda s: posko.join(s, stolen_setup, admin="x", password="kata-sandi-uji"))
    with impostor.read() as s:
        impostor_actor = Actor(1, "x", "admin")
        assert sites.self_site(s).code == "PSK-01"
    forged = impostor.write(lambda s: engine.export(s, impostor_actor, "KAB-1709"))
    before = _counts(db)
    with pytest.raises(ExchangeRefused, match="tidak cocok dengan kunci situs PSK-01"):
        take(db, coord, forged)
    assert _counts(db) == before
    # the real posko is revoked: its next file is refused too
    genuine = send(pair.db, pair.admin, "KAB-1709")
    db.write(lambda s: sites.revoke(s, users["pejabat"], "PSK-01", "laptop hilang"))
    with pytest.raises(ExchangeRefused, match="dicabut"):
        take(db, coord, genuine)
    with pytest.raises(TaganaError, match="dicabut"):
        send(db, coord, "PSK-01")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 2


def test_a_file_from_a_site_never_paired_is_refused(office, _templates, tmp_path: Path) -> None:  # noqa: ANN001
    db, coord, _ = office
    # another office (same default code) with its own posko PSK-09, whose file comes here by mistake
    elsewhere = fresh_sqlite(_templates, tmp_path / "elsewhere.db")
    boss = make_user(elsewhere, "admin", "admin")
    incident = add_incident(elsewhere, boss)
    stray = make_posko(elsewhere, boss, _templates, tmp_path / "p9.db", code="PSK-09", incident=incident.number)
    made = send(stray.db, stray.admin, "KAB-1709")
    before = _counts(db)
    with pytest.raises(ExchangeRefused, match="situs PSK-09 yang tidak dikenal"):
        take(db, coord, made)
    assert _counts(db) == before


def test_files_out_of_order_are_held_then_applied(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "0736-2")
    second = send(db, coord, "PSK-01")
    _set_phone(db, users["admin"], "0736-3")
    third = send(db, coord, "PSK-01")
    held = take(pair.db, pair.admin, third)
    assert held.status == "ditahan" and f"nomor {second.seq} belum" in held.messages[0]
    assert _phone(pair.db) not in ("0736-2", "0736-3")
    assert take(pair.db, pair.admin, third).status == "sudah"
    done = take(pair.db, pair.admin, second)
    assert done.status == "diterapkan" and done.released == [third.seq]
    assert _phone(pair.db) == "0736-3"


def test_a_lost_file_is_filled_by_the_next_after_the_gap_is_reported(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "0736-4")
    send(db, coord, "PSK-01")  # lost on the way
    _set_phone(db, users["admin"], "0736-5")
    late = send(db, coord, "PSK-01")
    assert take(pair.db, pair.admin, late).status == "ditahan"
    take(db, coord, send(pair.db, pair.admin, "KAB-1709"))  # says what it holds
    filler = send(db, coord, "PSK-01")
    assert filler.base == 1  # follows what the posko acknowledged: it carries everything since
    outcome = take(pair.db, pair.admin, filler)
    assert outcome.status == "diterapkan" and _phone(pair.db) == "0736-5"
    with pair.db.read() as s:
        assert s.scalar(select(ExchangeFile.status).where(ExchangeFile.seq == late.seq,
                                                          ExchangeFile.direction == "masuk")) == "tercakup"


def test_files_lost_both_ways_at_once_are_filled_without_a_full_file(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "0736-8")
    send(db, coord, "PSK-01")              # lost on the way to the posko
    send(pair.db, pair.admin, "KAB-1709")  # and one on the way to the office
    # Each side now holds the other's next file; the held file still says what its sender holds.
    assert take(pair.db, pair.admin, send(db, coord, "PSK-01")).status == "ditahan"
    assert take(db, coord, send(pair.db, pair.admin, "KAB-1709")).status == "ditahan"
    filler = send(db, coord, "PSK-01")
    assert filler.base == 1 and take(pair.db, pair.admin, filler).status == "diterapkan"
    assert _phone(pair.db) == "0736-8"
    assert take(db, coord, send(pair.db, pair.admin, "KAB-1709")).status == "diterapkan"
    with db.read() as s, pair.db.read() as t:
        for session in (s, t):
            assert session.scalar(select(func.count()).select_from(ExchangeFile)
                                  .where(ExchangeFile.status == "ditahan")) == 0


def test_what_cannot_apply_is_reported_on_both_sides(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "TOLAK-1")
    outcome = take(pair.db, pair.admin, send(db, coord, "PSK-01"))
    assert outcome.refused == 1 and "Nomor TOLAK-1 ditolak posko." in outcome.messages
    take(db, coord, send(pair.db, pair.admin, "KAB-1709"))
    with db.read() as s:
        issue = s.scalar(select(ExchangeIssue).where(ExchangeIssue.side == "sana"))
        assert issue is not None and issue.message == "Nomor TOLAK-1 ditolak posko." and issue.resolved_at is None
    # a later state that applies settles it at both sides
    _set_phone(db, users["admin"], "0736-6")
    take(pair.db, pair.admin, send(db, coord, "PSK-01"))
    take(db, coord, send(pair.db, pair.admin, "KAB-1709"))
    with db.read() as s:
        assert engine.open_issues(s) == []


def test_a_waiting_record_applies_at_a_later_import(office, pair: Posko, users) -> None:  # noqa: ANN001
    db, coord, _ = office
    _set_phone(db, users["admin"], "TUNDA-7")
    outcome = take(pair.db, pair.admin, send(db, coord, "PSK-01"))
    assert outcome.pending == 1 and _phone(pair.db) != "TUNDA-7"
    pair.db.write(lambda s: settings.set_office(s, pair.admin, {settings.OFFICE_EMAIL: "posko@contoh.id"}))
    take(pair.db, pair.admin, send(db, coord, "PSK-01"))  # nothing new in it; the waiting record is tried again
    assert _phone(pair.db) == "TUNDA-7"


def test_up_records_are_kept_at_the_office(office, pair: Posko) -> None:  # noqa: ANN001
    db, coord, _ = office
    pair.db.write(lambda s: settings.set_office(s, pair.admin, {settings.OFFICE_ADDRESS: "Balai Desa Talang Empat"}))
    take(db, coord, send(pair.db, pair.admin, "KAB-1709"))
    with db.read() as s:
        row = s.get(ExchangeRecord, (sites.get(s, "PSK-01").id, "uji_alamat", "PSK-01:alamat"))
        assert row.data == {"v": "Balai Desa Talang Empat"} and row.status == "diterapkan"
