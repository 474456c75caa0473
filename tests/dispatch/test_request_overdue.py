"""The service standard of a request (one working day by default): weekends, public holidays and cuti
bersama do not count; an open request past its due date is overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from lokal import holidays

from deployment import requests as R
from tagana_app import clock, settings

from .conftest import KEC


def _receive(env, received: date) -> str:  # noqa: ANN001
    data = R.RequestInput(incident=env.incident, requester_kind="desa", region_code=KEC,
                          requester_name="Kepala Desa Uji", letter_number="140/7/DS/2026",
                          letter_date=received, received_on=received, lines=[R.RequestLineInput("MSS", 20)])
    return env.db.write(lambda s: R.add_request(s, env.koordinator, data)).number


def _overdue(env) -> list[str]:  # noqa: ANN001
    with env.db.read() as s:
        return [r.number for r in R.list_requests(s, overdue=True)]


@pytest.mark.parametrize(("received", "due"), [
    (date(2026, 12, 4), date(2026, 12, 7)),     # Friday -> Monday
    (date(2026, 8, 14), date(2026, 8, 18)),     # Friday before Proklamasi (Monday 17 August) -> Tuesday
    (date(2026, 5, 13), date(2026, 5, 18)),     # Kenaikan (libur) and the cuti bersama after it, then a weekend
    (date(2026, 12, 23), date(2026, 12, 28)),   # cuti bersama 24th, Natal 25th, weekend
    (date(2028, 3, 3), date(2028, 3, 6)),       # a year without published holidays: weekends only
])
def test_due_date_counts_working_days(received: date, due: date) -> None:
    assert R.due_date(received) == due


def test_two_working_days() -> None:
    assert R.due_date(date(2026, 8, 13), 2) == date(2026, 8, 18)  # Thursday; Friday counts, Monday is a holiday


def test_overdue_across_a_weekend_and_a_public_holiday(env, clock_at) -> None:  # noqa: ANN001
    clock_at.set("2026-08-14T09:00")  # a Friday; Monday 17 August is Proklamasi
    late = _receive(env, date(2026, 8, 14))
    refused = _receive(env, date(2026, 8, 14))
    with env.db.read() as s:
        assert R.get_request(s, late).due_on == date(2026, 8, 18)
    for today in ("2026-08-15", "2026-08-17", "2026-08-18T23:00"):
        clock_at.set(today if "T" in today else today + "T10:00")
        assert _overdue(env) == [], today
    clock_at.set("2026-08-19T08:00")
    assert sorted(_overdue(env)) == sorted([late, refused])
    with env.db.read() as s:
        assert R.count_overdue(s) == 2
        assert R.get_request(s, late).overdue
    # decided but not yet sent: still late; refused: answered, no longer late
    env.db.write(lambda s: R.decide_request(s, env.pejabat, late, lines={"MSS": R.Decision(20)}))
    env.db.write(lambda s: R.decide_request(s, env.pejabat, refused, reject="di luar wilayah"))
    assert _overdue(env) == [late]
    with env.db.read() as s:
        assert R.count_overdue(s) == 1


def test_the_standard_is_a_setting(env, clock_at) -> None:  # noqa: ANN001
    clock_at.set("2026-12-09T10:00")  # Wednesday
    number = _receive(env, date(2026, 12, 7))  # Monday: due Tuesday with one day
    assert _overdue(env) == [number]
    env.db.write(lambda s: settings.set_office(s, env.admin, {settings.REQUEST_SERVICE_DAYS: 3}))
    assert _overdue(env) == []  # due Thursday


def test_overdue_on_the_suite_clock(env, clock_at) -> None:  # noqa: ANN001
    """Whatever day the suite runs on (year ends, 29 February, a year without holiday data)."""
    today = clock.today()
    number = _receive(env, today)
    with env.db.read() as s:
        due = R.get_request(s, number).due_on
    assert due > today and due.weekday() < 5
    for day in (today + timedelta(days=n) for n in range(1, (due - today).days)):
        assert day.weekday() >= 5 or not holidays.is_working_day(day), day
    clock_at.set(f"{due.isoformat()}T23:59")
    assert _overdue(env) == []
    clock_at.set(f"{(due + timedelta(days=1)).isoformat()}T00:01")
    assert _overdue(env) == [number]
