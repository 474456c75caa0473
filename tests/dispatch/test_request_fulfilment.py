"""A request's status follows what answers it: dispatches sent, cancelled or returned, assignments made."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from deployment import assignments
from deployment import requests as R
from deployment.dispatch import service as D
from deployment.dispatch.returns import return_goods
from inventory.models import Item
from tagana_app.errors import ValidationError

from .conftest import KEC, TODAY


def _request(env, lines: dict[str, int], people: dict[str, int] | None = None) -> str:  # noqa: ANN001
    data = R.RequestInput(incident=env.incident, requester_kind="kecamatan", region_code=KEC,
                          requester_name="Budi Contoh", requester_position="Camat Pondok Kelapa",
                          letter_number="400.9/12/PK/2026", letter_date=TODAY - timedelta(days=1),
                          lines=[R.RequestLineInput(k, v) for k, v in lines.items()], people=people)
    return env.db.write(lambda s: R.add_request(s, env.koordinator, data)).number


def _decide(env, number: str, lines: dict, people: dict | None = None) -> R.RequestRecord:  # noqa: ANN001
    return env.db.write(lambda s: R.decide_request(s, env.pejabat, number, lines=lines, people=people or {},
                                                   note="Segera dikirim"))


def _status(env, number: str) -> str:  # noqa: ANN001
    with env.db.read() as s:
        return R.get_request(s, number).status


def _sent(env, request: str, lines: dict[str, int]) -> str:  # noqa: ANN001
    number = env.new(request=request)
    for item, qty in lines.items():
        env.add(number, item, qty)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    return number


def _rice_is_a_need(env, content: int | None = None) -> None:  # noqa: ANN001
    def work(s):  # noqa: ANN001, ANN202
        item = s.scalar(select(Item).where(Item.code == "BRS"))
        item.need_category, item.content_per_unit = "beras", content
    env.db.write(work)


def test_from_receipt_to_fulfilment_by_two_dispatches_with_one_line_refused(env) -> None:  # noqa: ANN001
    _rice_is_a_need(env)
    number = _request(env, {"MSS": 100, "beras": 500, "FK": 50})
    assert _status(env, number) == "diterima"
    decided = _decide(env, number, {"MSS": R.Decision(100), "beras": R.Decision(300, "stok terbatas"),
                                    "FK": R.Decision(0, "sudah dikirim kabupaten")})
    assert decided.status == "didisposisi"
    assert [(x.key, x.approved, x.decision) for x in decided.lines] == [
        ("MSS", 100, "penuh"), ("beras", 300, "sebagian"), ("FK", 0, "ditolak")]
    first = _sent(env, number, {"MSS": 60, "BRS": 300})
    assert _status(env, number) == "sebagian"
    second = _sent(env, number, {"MSS": 40})
    with env.db.read() as s:
        record = R.get_request(s, number)
    assert record.status == "dipenuhi"
    assert record.dispatches == (first, second)
    assert [(x.key, x.fulfilled) for x in record.lines] == [("MSS", 100), ("beras", 300), ("FK", 0)]


def test_a_need_line_counts_the_content_of_each_unit(env) -> None:  # noqa: ANN001
    _rice_is_a_need(env, content=5)  # a "karung" of 5 kg, say
    number = _request(env, {"beras": 100})
    _decide(env, number, {"beras": R.Decision(100)})
    _sent(env, number, {"BRS": 19})
    assert _status(env, number) == "sebagian"  # 95 kg
    _sent(env, number, {"BRS": 1})
    assert _status(env, number) == "dipenuhi"


def test_goods_coming_back_and_a_cancelled_dispatch(env) -> None:  # noqa: ANN001
    number = _request(env, {"VEL": 4})
    _decide(env, number, {"VEL": R.Decision(4)})
    dispatch = _sent(env, number, {"VEL": 4})
    assert _status(env, number) == "dipenuhi"
    env.db.write(lambda s: return_goods(s, env.gudang, dispatch, "VEL", 1))
    assert _status(env, number) == "sebagian"  # one velbed came back: what stays there counts
    other = env.new(request=number)
    env.add(other, "VEL", 1)
    env.approve(other)
    env.step(D.cancel_dispatch, other, "koordinator", "salah gudang")
    assert _status(env, number) == "sebagian"


def test_a_request_not_decided_takes_no_dispatch(env) -> None:  # noqa: ANN001
    number = _request(env, {"MSS": 10})
    with pytest.raises(R.RequestNotOpen):
        env.new(request=number)


def test_assignments_answer_the_people_asked_for(env) -> None:  # noqa: ANN001
    number = _request(env, {}, {"logistik": 2, "dapur_umum": 1})
    _decide(env, number, {}, {"logistik": R.Decision(1, "satu sudah di lokasi"),
                              "dapur_umum": R.Decision(0, "tidak ada relawan dapur umum")})
    start, end = TODAY, TODAY + timedelta(days=5)
    with pytest.raises(ValidationError):  # the request approved nobody for the public kitchen
        env.db.write(lambda s: assignments.assign_volunteer(s, env.koordinator, env.outsider, env.incident,
                                                            "dapur_umum", start, end, request=number))
    assert _status(env, number) == "didisposisi"
    env.db.write(lambda s: assignments.assign_volunteer(s, env.koordinator, env.outsider, env.incident,
                                                        "logistik", start, end, request=number))
    with env.db.read() as s:
        record = R.get_request(s, number)
    assert record.status == "dipenuhi"
    assert [(p.skill, p.approved, p.fulfilled) for p in record.people] == [("logistik", 1, 1), ("dapur_umum", 0, 0)]
