"""Equipment out on loan across 29 February: the days counted by the office's clock."""

from __future__ import annotations

from datetime import date

import pytest

from deployment.dispatch import service as D
from deployment.reports import loans
from deployment.reports.model import ReportFilter
from tagana_app.progress import NullProgress

pytestmark = pytest.mark.dates


def test_days_out_count_29_february(env, clock_at):
    number = env.new()
    env.add(number, "GEN", 1)
    env.add(number, "VEL", 2)
    env.approve(number)
    clock_at.set("2028-02-27T15:00")
    assert env.step(D.send_dispatch, number, "gudang").sent_on == date(2028, 2, 27)
    clock_at.set("2028-03-01T00:00:30")
    with env.db.read() as s:
        report = loans.build(s, ReportFilter(), NullProgress())
        out = D.equipment_out(s)
    assert report.today == date(2028, 3, 1)
    assert {(r.item, r.since, r.days_out) for r in report.rows} == {("GEN", date(2028, 2, 27), 3),
                                                                   ("VEL", date(2028, 2, 27), 3)}
    assert {(o.item, o.since) for o in out} == {("GEN", date(2028, 2, 27)), ("VEL", date(2028, 2, 27))}
