"""A dispatch made from a decided request: what is still owed, counted once across dispatches, need
categories answered by items of that category (a 5 kg pack counts as 5 kg), one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import update

from deployment import requests as R
from deployment.dispatch import from_request
from deployment.dispatch import service as D
from deployment.requests import Decision, RequestInput, RequestLineInput
from inventory.models import Item
from tagana_app import clock
from tagana_app.errors import TaganaError
from tests.dispatch.conftest import KEC, env  # noqa: F401


def _decided(env) -> R.RequestRecord:  # noqa: ANN001, F811
    env.db.write(lambda s: s.execute(update(Item).where(Item.code == "BRS")
                                     .values(need_category="beras", content_per_unit=Decimal(5))))
    number = env.db.write(lambda s: R.add_request(s, env.koordinator, RequestInput(
        incident=env.incident, requester_kind="desa", region_code=KEC, requester_name="Suparman",
        letter_number="1/DS/2026", letter_date=clock.today(),
        lines=[RequestLineInput("MSS", 80), RequestLineInput("beras", 100)]))).number
    return env.db.write(lambda s: R.decide_request(s, env.pejabat, number, lines={
        "MSS": Decision(80), "beras": Decision(52, "sisa dari gudang provinsi")}))


def _owed(env, record) -> dict[str, tuple[int, list[tuple[str, int]]]]:  # noqa: ANN001, F811
    with env.db.read() as s:
        rows = from_request.owed_lines(s, R.get_request(s, record.number), "GDG")
    return {o.line.key: (o.owed, [(g.code, o.quantity_of(g)) for g in o.candidates]) for o in rows}


def test_what_is_owed_counts_dispatches_on_their_way_once(env) -> None:  # noqa: F811
    record = _decided(env)
    # 52 kg of rice in 5 kg packs: 11 packs; MSS in its own unit.
    assert _owed(env, record) == {"MSS": (80, [("MSS", 80)]), "beras": (52, [("BRS", 11)])}
    data = D.DispatchInput(incident=env.incident, warehouse="GDG", destination="Desa", recipient_name="Suparman",
                           region_code=KEC, request=record.number)
    first = env.db.write(lambda s: from_request.create_for_request(s, env.koordinator, data, [("MSS", 50),
                                                                                              ("BRS", 4)]))
    assert first.request == record.number and [(x.item, x.quantity) for x in first.lines] == [("MSS", 50), ("BRS", 4)]
    # A second dispatch made while the first is a draft asks only for the rest (20 kg = 4 packs of 5 kg).
    assert _owed(env, record) == {"MSS": (30, [("MSS", 30)]), "beras": (32, [("BRS", 7)])}
    env.approve(first.number)
    env.step(D.send_dispatch, first.number, "gudang")
    assert _owed(env, record) == {"MSS": (30, [("MSS", 30)]), "beras": (32, [("BRS", 7)])}  # sent now: same rest


def test_a_refused_line_leaves_no_dispatch(env) -> None:  # noqa: F811
    record = _decided(env)
    data = D.DispatchInput(incident=env.incident, warehouse="GDG", destination="Desa", recipient_name="Suparman",
                           region_code=KEC, request=record.number)
    with pytest.raises(TaganaError):
        env.db.write(lambda s: from_request.create_for_request(s, env.koordinator, data, [("MSS", 999)]))
    with env.db.read() as s:
        assert D.list_dispatches(s) == [] and R.get_request(s, record.number).dispatches == ()
