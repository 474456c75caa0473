"""The program's clock: the office's zone, a clock set by tests and inherited by commands, and no
other reading of the machine's clock in the program."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from inventory import catalog, stock
from inventory.ledger import Booking
from inventory.stock import ReceiveLine
from tagana_app import bootstrap, clock, settings
from tagana_app.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.dates


def test_the_office_date_changes_at_midnight_of_its_own_zone(clock_at):
    clock_at.set("2026-12-31T16:30:00+00:00")
    assert clock.zone_code() == "WIB" and clock.now().strftime("%Y-%m-%d %H:%M %z") == "2026-12-31 23:30 +0700"
    assert clock.today() == date(2026, 12, 31)
    clock.use_zone("WITA")  # 00:30 in Makassar: already the new year there
    assert clock.today() == date(2027, 1, 1) and clock.now().hour == 0
    clock.use_zone("WIT")
    assert clock.now().hour == 1 and clock.zone_code() == "WIT"
    clock.use_zone("CET")  # not an Indonesian zone: WIB
    assert clock.zone_code() == "WIB" and clock.today() == date(2026, 12, 31)


def test_the_clock_runs_on_from_the_instant_it_was_set_to(clock_at):
    start = clock_at.set("2028-02-29T23:59:58")
    first = clock.utcnow()
    assert start <= first < start + timedelta(minutes=1) and first.tzinfo is UTC
    assert clock.now() >= first and clock.today() in (date(2028, 2, 29), date(2028, 3, 1))
    clock.set_time(datetime(2028, 2, 29, 12, 0), frozen=True)  # naive: office time
    assert clock.utcnow() == clock.utcnow() == datetime(2028, 2, 29, 5, 0, tzinfo=UTC)


def test_stored_times_are_shown_in_the_office_zone():
    stored = datetime(2026, 12, 31, 17, 5, tzinfo=UTC)
    assert clock.local(stored).strftime("%d-%m-%Y %H:%M") == "01-01-2027 00:05"
    assert clock.local(stored.replace(tzinfo=None)) == clock.local(stored)  # naive values are UTC
    assert clock.start_of_day(date(2027, 1, 1)) == datetime(2026, 12, 31, 17, 0, tzinfo=UTC)


def test_a_process_started_by_a_test_lives_on_the_tests_date(clock_at):
    clock_at.set("2028-02-29T08:00:00+07:00")
    probe = "from tagana_app import clock; print(clock.today(), clock.zone_code())"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          env=os.environ.copy(), timeout=60, check=True)
    assert done.stdout.split() == ["2028-02-29", "WIB"]


def test_the_office_zone_is_a_setting_applied_when_the_database_opens(db_url, admin):
    db = bootstrap.open_database(db_url)
    try:
        with pytest.raises(ValidationError, match="WIB, WITA, WIT"):
            db.write(lambda s: settings.set_office(s, admin, {settings.TIMEZONE: "UTC"}))
        db.write(lambda s: settings.set_office(s, admin, {settings.TIMEZONE: "WIT"}))
        assert clock.zone_code() == "WIT"  # this process follows the change at once
    finally:
        db.dispose()
    clock.use_zone("WIB")  # another desktop, started later, reads it from the database
    db = bootstrap.open_database(db_url)
    db.dispose()
    assert clock.zone_code() == "WIT"


# What reads the machine's clock for a date; tagana_app/clock.py is the one module that may.
MACHINE_CLOCK = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"),
                 ("time", "time"), ("QDate", "currentDate"), ("QDateTime", "currentDateTime"),
                 ("QDateTime", "currentDateTimeUtc"), ("QTime", "currentTime")}


def _machine_clock_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and (node.func.value.id, node.func.attr) in MACHINE_CLOCK:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    return found


def test_nothing_but_the_clock_reads_the_machines_clock():
    offences = [hit for package in ("tagana_app", "inventory", "deployment", "ui", "tests", "bench")
                for path in sorted((ROOT / package).rglob("*.py")) if path != ROOT / "tagana_app" / "clock.py"
                for hit in _machine_clock_calls(path)]
    assert offences == []


def test_a_receipt_is_dated_and_numbered_by_the_office_clock(db, users, clock_at):
    g = users["gudang"]
    db.write(lambda s: catalog.add_warehouse(s, g, "GDG", "Gudang uji", "17.09"))
    db.write(lambda s: catalog.add_item(s, g, "BRS", "Beras", "kg"))

    def receive() -> Booking:
        return db.write(lambda s: stock.receive_goods(s, g, "GDG", [ReceiveLine("BRS", 10)], source="kemensos"))

    issued = []
    for instant in ("2026-11-30T23:59:30", "2026-12-01T00:00:30", "2026-12-31T23:59:30", "2027-01-01T00:00:30",
                    "2027-12-31T17:30:00+00:00",  # 00:30 WIB on New Year's Day, still 2027 in UTC
                    "2028-02-29T10:00", "2028-03-01T00:00:30"):
        clock_at.set(instant)
        booking = receive()
        issued.append((booking.doc_number, booking.doc_date))
    assert issued == [
        ("001/BAPB/DINSOS/XI/2026", date(2026, 11, 30)), ("002/BAPB/DINSOS/XII/2026", date(2026, 12, 1)),
        ("003/BAPB/DINSOS/XII/2026", date(2026, 12, 31)), ("001/BAPB/DINSOS/I/2027", date(2027, 1, 1)),
        ("001/BAPB/DINSOS/I/2028", date(2028, 1, 1)), ("002/BAPB/DINSOS/II/2028", date(2028, 2, 29)),
        ("003/BAPB/DINSOS/III/2028", date(2028, 3, 1))]
