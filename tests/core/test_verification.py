from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from tagana_app import numbering, verification
from tagana_app.errors import NotFound, PermissionDenied
from tagana_app.models import AuditLog
from tagana_app.verification import InvalidVerificationCode

CONTENT = {"tanggal": date(2026, 11, 23), "penerima": "Budi Contoh",
           "lines": [{"item": "BRG-001", "qty": 10, "unit": "paket"}, {"item": "BRG-002", "qty": Decimal("2.50"),
                                                                       "unit": "kg"}]}


def _issue(db, actor):  # noqa: ANN001, ANN202
    return db.write(lambda s: numbering.next_number(s, actor, "bast", date(2026, 11, 23))).number


def test_payload_round_trip_and_refusals():
    payload = verification.qr_payload("001/BAST/DINSOS/XI/2026", "ABCDEFGHJK")
    assert payload == "TAGANA|001/BAST/DINSOS/XI/2026|ABCDEFGHJK"
    assert verification.parse_payload(payload) == verification.VerificationRef("001/BAST/DINSOS/XI/2026",
                                                                               "ABCDEFGHJK")
    assert verification.parse_payload(" abcde-fghjk ") == verification.VerificationRef(None, "ABCDEFGHJK")
    for bad in ("", "ABC", "TAGANA|x", "OTHER|1|ABCDEFGHJK", "TAGANA||ABCDEFGHJK", "ABCDEFGHJ1"):
        with pytest.raises(InvalidVerificationCode):
            verification.parse_payload(bad)


def test_code_is_canonical_and_content_sensitive():
    secret = b"k" * 32
    code = verification.compute_code(secret, "1/X/2026", CONTENT)
    assert len(code) == 10 and code.isalnum() and code.upper() == code
    same = {"lines": [{"unit": "paket", "qty": 10.0, "item": "BRG-001"}, {"item": "BRG-002", "qty": 2.5,
                                                                          "unit": "kg"}],
            "penerima": " Budi Contoh", "tanggal": "2026-11-23"}
    assert verification.compute_code(secret, "1/X/2026", same) == code
    changed = {**CONTENT, "lines": [CONTENT["lines"][0] | {"qty": 11}, CONTENT["lines"][1]]}
    assert verification.compute_code(secret, "1/X/2026", changed) != code
    assert verification.compute_code(secret, "2/X/2026", CONTENT) != code
    assert verification.compute_code(b"x" * 32, "1/X/2026", CONTENT) != code


def test_prints_are_counted_and_verified(db, users):
    actor = users["koordinator"]
    number = _issue(db, actor)
    first = db.write(lambda s: verification.record_print(s, actor, number, CONTENT))
    second = db.write(lambda s: verification.record_print(s, users["pejabat"], number, CONTENT))
    assert (first.copy_no, second.copy_no, second.is_copy) == (0, 1, True)
    assert first.code == second.code and first.payload == f"TAGANA|{number}|{first.code}"
    with pytest.raises(PermissionDenied):
        db.write(lambda s: verification.record_print(s, users["pemantau"], number, CONTENT))
    with db.read() as s:
        assert [p.copy_no for p in verification.list_prints(s, number)] == [0, 1]
        assert numbering.get_number(s, number).print_count == 2
        ok = verification.verify(s, first.payload, CONTENT)
        assert ok.matches and ok.differences == () and "ASLI" in ok.message
        assert verification.verify(s, first.code.lower(), CONTENT).matches
        changed = {**CONTENT, "lines": [CONTENT["lines"][0] | {"qty": 12}, CONTENT["lines"][1]]}
        bad = verification.verify(s, first.payload, changed)
        assert not bad.matches and "TIDAK SESUAI" in bad.message
        assert [(d.path, d.printed, d.current) for d in bad.differences] == [("lines[0].qty", "10", "12")]
        assert bad.differences[0].describe() == 'lines[0].qty: tercetak "10", di basis data "12"'
        # the window translates the result: template and fields are kept
        assert bad.message.template == "Dokumen {number} TIDAK SESUAI dengan catatan di basis data."
        assert bad.message.fields == {"number": number}
        assert bad.differences[0].describe().template == "{path}: tercetak {printed}, di basis data {current}"
        fewer = verification.verify(s, first.payload, {**CONTENT, "lines": CONTENT["lines"][:1]})
        assert [d.path for d in fewer.differences] == ["lines[1]"]
        with pytest.raises(NotFound):
            verification.find_print(s, "AAAAAAAAAA")
        actions = s.scalars(select(AuditLog.changes).where(AuditLog.action == "document.print")).all()
        assert [a["cetakan"] for a in actions] == ["asli", "salinan ke-1"]


def test_cancelled_document_cannot_be_printed_and_does_not_verify(db, users):
    actor = users["pejabat"]
    number = _issue(db, actor)
    rec = db.write(lambda s: verification.record_print(s, actor, number, CONTENT))
    db.write(lambda s: numbering.cancel_number(s, actor, number, "salah ketik"))
    with pytest.raises(verification.DocumentCancelled):
        db.write(lambda s: verification.record_print(s, actor, number, CONTENT))
    with db.read() as s:
        result = verification.verify(s, rec.payload, CONTENT)
    assert (result.matches, result.status) == (False, "cancelled") and "DIBATALKAN" in result.message


def test_secret_is_made_once_per_database(db, admin):
    number = _issue(db, admin)
    a = db.write(lambda s: verification.document_code(s, number, CONTENT))
    b = db.write(lambda s: verification.document_code(s, number, CONTENT))
    assert a == b
