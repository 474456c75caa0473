from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest
from sqlalchemy import func, select

from tagana_app import numbering, settings
from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.errors import NotFound, PermissionDenied, ValidationError
from tagana_app.models import AuditLog, DocumentNumber

NOV = date(2026, 11, 23)


@pytest.mark.parametrize("pattern", [
    "{seq:03d}/BAST/DINSOS/{month_roman}/{year}", "000.8.3.3/{seq}/OR/{year}", "{year}-{month:02d}-{day:02d}-{seq:05d}",
])
def test_valid_patterns(pattern):
    numbering.validate_pattern(pattern)


@pytest.mark.parametrize(("pattern", "fragment"), [
    ("BAST/{month_roman}/{year}", "harus memuat"),
    ("{seq:03d}/BAST", "harus memuat"),
    ("{seq}/{tahun}/{year}", "tidak dikenal"),
    ("{seq/{year}", "tidak"),
    ("{seq:03x}{year:q}", "format isian"),
])
def test_invalid_patterns_refused(pattern, fragment):
    with pytest.raises(ValidationError, match=fragment):
        numbering.validate_pattern(pattern)


def test_invalid_pattern_refused_by_the_setting(db, admin):
    with pytest.raises(ValidationError):
        db.write(lambda s: settings.set_office(s, admin, {settings.NUMBER_PATTERNS["bast"]: "BAST/{year}"}))
    db.write(lambda s: settings.set_office(s, admin, {settings.NUMBER_PATTERNS["bast"]: "{seq}/BA/{year}"}))
    issued = db.write(lambda s: numbering.next_number(s, admin, "bast", NOV))
    assert issued.number == "1/BA/2026"


def test_default_numbers_and_per_year_restart(db, users):
    actor = users["koordinator"]
    take = lambda kind, when: db.write(lambda s: numbering.next_number(s, actor, kind, when))  # noqa: E731
    assert take("bast", NOV) == numbering.IssuedNumber("bast", 2026, 1, "001/BAST/DINSOS/XI/2026")
    assert take("bast", date(2026, 12, 31)).number == "002/BAST/DINSOS/XII/2026"
    assert take("manifest", NOV).number == "001/SJ/DINSOS/XI/2026"
    assert take("bast", date(2027, 1, 1)).number == "001/BAST/DINSOS/I/2027"
    assert take("bast", date(2026, 12, 31)).number == "003/BAST/DINSOS/XII/2026"
    assert take("spt", NOV).number == "001/SPT/DINSOS/XI/2026"
    with pytest.raises(ValidationError, match="tidak dikenal"):
        take("surat_cinta", NOV)
    with pytest.raises(PermissionDenied):
        db.write(lambda s: numbering.next_number(s, users["pemantau"], "bast", NOV))


def test_rolled_back_transaction_loses_no_number(db, admin):
    def fails(s):  # noqa: ANN001, ANN202
        numbering.next_number(s, admin, "bast", NOV)
        raise ValidationError("gagal")
    with pytest.raises(ValidationError):
        db.write(fails)
    assert db.write(lambda s: numbering.next_number(s, admin, "bast", NOV)).seq == 1


def test_cancel_keeps_the_number_recorded_and_never_reuses_it(db, users):
    actor = users["pejabat"]
    first = db.write(lambda s: numbering.next_number(s, actor, "bast", NOV, entity="pengiriman", entity_id=7))
    with pytest.raises(PermissionDenied):
        db.write(lambda s: numbering.cancel_number(s, users["gudang"], first.number, "salah"))
    with pytest.raises(ValidationError):
        db.write(lambda s: numbering.cancel_number(s, actor, first.number, "  "))
    rec = db.write(lambda s: numbering.cancel_number(s, actor, first.number, "Pengiriman dibatalkan"))
    assert (rec.status, rec.reason, rec.cancelled_by, rec.entity_id) == (
        "cancelled", "Pengiriman dibatalkan", "pejabat", "7")
    with pytest.raises(numbering.NumberAlreadyCancelled):
        db.write(lambda s: numbering.cancel_number(s, actor, first.number, "lagi"))
    with pytest.raises(NotFound):
        db.write(lambda s: numbering.cancel_number(s, actor, "999/X/2026", "x"))
    second = db.write(lambda s: numbering.next_number(s, actor, "bast", NOV))
    assert second.seq == 2
    with db.read() as s:
        listed = numbering.list_numbers(s, doc_type="bast")
        assert [(r.number, r.status) for r in listed] == [(second.number, "issued"), (first.number, "cancelled")]
        assert numbering.list_numbers(s, entity="pengiriman", entity_id=7)[0].number == first.number
        assert numbering.get_number(s, first.number).reason == "Pengiriman dibatalkan"
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "nomor_dokumen")).all()
        assert sorted(actions) == ["document.cancel", "document.number", "document.number"]


def test_same_pattern_for_two_types_is_refused_not_duplicated(db, admin):
    same = "{seq}/X/{year}"
    db.write(lambda s: settings.set_office(s, admin, {settings.NUMBER_PATTERNS["bast"]: same,
                                                      settings.NUMBER_PATTERNS["spt"]: same}))
    db.write(lambda s: numbering.next_number(s, admin, "bast", NOV))
    with pytest.raises(numbering.NumberTaken):
        db.write(lambda s: numbering.next_number(s, admin, "spt", NOV))


PER_WORKER = 20
WORKERS = 8


def _worker(url: str, actor: Actor, barrier, queue) -> None:  # noqa: ANN001
    db = Database.open(url)
    try:
        barrier.wait(timeout=60)
        numbers = [db.write(lambda s: numbering.next_number(s, actor, "bast", NOV)).number
                   for _ in range(PER_WORKER)]
        queue.put(numbers)
    except Exception as exc:  # noqa: BLE001
        queue.put(repr(exc))
    finally:
        db.dispose()


@pytest.mark.slow
def test_concurrent_numbering_no_duplicate_no_gap(db_url, db, admin):
    ctx = mp.get_context("spawn")
    barrier, queue = ctx.Barrier(WORKERS), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(db_url, admin, barrier, queue)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = [r for r in results if isinstance(r, str)]
    assert not errors
    numbers = [n for r in results for n in r]
    assert len(numbers) == len(set(numbers)) == WORKERS * PER_WORKER
    expected = {f"{i:03d}/BAST/DINSOS/XI/2026" for i in range(1, WORKERS * PER_WORKER + 1)}
    assert set(numbers) == expected
    with db.read() as s:
        seqs = s.scalars(select(DocumentNumber.seq).order_by(DocumentNumber.seq)).all()
        assert seqs == list(range(1, WORKERS * PER_WORKER + 1))
        assert s.scalar(select(func.count()).select_from(DocumentNumber)) == WORKERS * PER_WORKER
