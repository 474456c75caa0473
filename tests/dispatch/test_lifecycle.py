"""The lifecycle table (deployment.dispatch.lifecycle): who may take each step from which state, and every
service of a dispatch refusing exactly as the table says."""

from __future__ import annotations

from pathlib import Path

import pytest

from deployment.dispatch import documents, kits, lifecycle, loan_papers, release
from deployment.dispatch import service as D
from tagana_app.accounts import Actor
from tagana_app.errors import PermissionDenied
from tagana_app.models import ROLES

DRAFTERS = {"gudang", "koordinator", "pejabat"}
# The rules as they were before they became one table (service.py's *_ROLES and STEPS, the
# _require_state calls, documents.py's MANIFEST_STATES/BAST_STATES): the table must keep them.
RULES = {  # step: (roles besides admin, states it starts from, state it ends in)
    "create": (DRAFTERS, set(), "draft"),
    "edit_header": (DRAFTERS, {"draft", "submitted", "approved"}, None),
    "add_line": (DRAFTERS, {"draft"}, None),
    "set_line": (DRAFTERS, {"draft"}, None),
    "pick": (DRAFTERS, {"draft"}, None),
    "add_kit": (DRAFTERS, {"draft"}, None),
    "add_escort": (DRAFTERS, {"draft", "submitted", "approved"}, None),
    "remove_escort": (DRAFTERS, {"draft", "submitted", "approved"}, None),
    "submit": ({"koordinator", "pejabat"}, {"draft"}, "submitted"),
    "withdraw": ({"koordinator", "pejabat"}, {"submitted"}, "draft"),
    "approve": ({"pejabat"}, {"submitted"}, "approved"),
    "send": ({"gudang"}, {"approved"}, "sent"),
    "handover": ({"gudang", "koordinator"}, {"sent"}, "handed_over"),
    "close": ({"koordinator", "pejabat"}, {"handed_over"}, "closed"),
    "cancel": ({"koordinator", "pejabat"}, {"draft", "submitted", "approved"}, "cancelled"),
    "return": ({"gudang"}, {"sent", "handed_over", "closed"}, None),
    "manifest": (DRAFTERS, {"approved", "sent", "handed_over", "closed"}, None),
    "bast": (DRAFTERS, {"handed_over", "closed"}, None),
    "pinjam_pakai": (DRAFTERS, {"sent", "handed_over", "closed"}, None),
    "pengembalian": (DRAFTERS, {"sent", "handed_over", "closed"}, None),
    "override_release": ({"pejabat"}, {"draft", "submitted", "approved"}, None),
}


def _actor(role: str) -> Actor:
    return Actor(0, f"uji-{role}", role)


def test_the_table_keeps_who_may_take_which_step_from_which_state():
    table = {name: ({r for r in ROLES if lifecycle.can(_actor(r), step)} - {"admin"}, set(step.starts), step.ends)
             for name, step in lifecycle.STEPS.items()}
    assert table == RULES
    assert all(lifecycle.can(_actor("admin"), step) for step in lifecycle.STEPS)
    assert lifecycle.SENT_STATES == ("sent", "handed_over", "closed")
    assert lifecycle.PENDING_STATES == ("draft", "submitted", "approved", "sent", "handed_over")  # "Perlu tindakan"
    assert list(lifecycle.STATES) == ["draft", "submitted", "approved", "sent", "handed_over", "closed", "cancelled"]


def test_steps_open_to_a_person_follow_the_table():
    steps = [s.name for s in lifecycle.open_steps(_actor("gudang"), "approved")]
    assert steps == ["edit_header", "add_escort", "remove_escort", "send", "manifest"]
    assert lifecycle.open_steps(_actor("pemantau"), "draft") == []
    assert lifecycle.can_approve_dispatch(_actor("pejabat"), "submitted")
    assert not lifecycle.can_approve_dispatch(_actor("pejabat"), "draft")
    assert not lifecycle.can_approve_dispatch(_actor("pejabat"), "approved")
    assert not lifecycle.can_approve_dispatch(_actor("gudang"), "submitted")
    assert not lifecycle.can_approve_dispatch(_actor("koordinator"), "submitted")


class _Undo(Exception):
    """Raised at the end of a step that went through, so its transaction rolls back."""


def _outcome(env, work) -> str:  # noqa: ANN001
    def attempt(session) -> None:  # noqa: ANN001
        work(session)
        raise _Undo
    try:
        env.db.write(attempt)
    except _Undo:
        return "done"
    except PermissionDenied:
        return "role"
    except (lifecycle.WrongDispatchState, lifecycle.DocumentNotReady):
        return "state"
    raise AssertionError("unreachable")


def _in_every_state(env) -> dict[str, str]:  # noqa: ANN001
    """One dispatch (2 MSS, one escort) in each state of its life."""
    made = [D.submit_dispatch, D.approve_dispatch]
    path = {"draft": [], "submitted": [D.submit_dispatch], "approved": made, "sent": [*made, D.send_dispatch],
            "handed_over": [*made, D.send_dispatch, D.handover_dispatch],
            "closed": [*made, D.send_dispatch, D.handover_dispatch, D.close_dispatch],
            "cancelled": [D.cancel_dispatch]}
    numbers = {}
    for state, steps in path.items():
        number = env.new()
        env.add(number, "MSS", 2)
        env.step(D.add_escort, number, "koordinator", env.crew[0])
        for fn in steps:
            extra = ("tidak jadi",) if fn is D.cancel_dispatch else ()
            env.step(fn, number, "admin", *extra)
        numbers[state] = number
    return numbers


def _services(env, tmp_path: Path) -> dict:  # noqa: ANN001
    return {
        "edit_header": lambda s, a, n: D.update_header(s, a, n, remarks="diubah"),
        "add_line": lambda s, a, n: D.add_line(s, a, n, "BRS", 1),
        "set_line": lambda s, a, n: D.set_line_quantity(s, a, n, "MSS", 1),
        "pick": lambda s, a, n: D.set_picks(s, a, n, "MSS", batches={"A": 2}),
        "add_kit": lambda s, a, n: kits.add_kit_to_dispatch(s, a, n, "PK-UJI"),
        "add_escort": lambda s, a, n: D.add_escort(s, a, n, env.crew[1]),
        "remove_escort": lambda s, a, n: D.remove_escort(s, a, n, env.crew[0]),
        "submit": D.submit_dispatch,
        "withdraw": lambda s, a, n: D.withdraw_dispatch(s, a, n, "uji"),
        "approve": D.approve_dispatch,
        "send": D.send_dispatch,
        "handover": D.handover_dispatch,
        "close": D.close_dispatch,
        "cancel": lambda s, a, n: D.cancel_dispatch(s, a, n, "uji"),
        "return": lambda s, a, n: D.return_goods(s, a, n, "MSS", 1),
        "manifest": lambda s, a, n: documents.print_manifest(s, a, n, directory=tmp_path),
        "bast": lambda s, a, n: documents.print_bast(s, a, n, directory=tmp_path),
        "pinjam_pakai": lambda s, a, n: _past_the_step(loan_papers.print_pinjam_pakai, s, a, n, tmp_path),
        "pengembalian": lambda s, a, n: _past_the_step(loan_papers.print_pengembalian, s, a, n, tmp_path),
        "override_release": _override_past_the_step,
    }


def _override_past_the_step(session, actor, number):  # noqa: ANN001, ANN202
    """Permission to release without a declared emergency, for a warehouse that needs none: refused after
    the step's checks."""
    try:
        release.override_release(session, actor, number, "uji")
    except release.ReleaseNotNeeded:
        pass


def _past_the_step(print_, session, actor, number, tmp_path):  # noqa: ANN001, ANN202
    """The papers of lent equipment for a dispatch that lends none: refused after the step's checks."""
    try:
        print_(session, actor, number, directory=tmp_path)
    except (loan_papers.NothingLent, loan_papers.NothingReturned):
        pass


@pytest.mark.parametrize("step", [s for s in RULES if s != "create"])
def test_every_service_refuses_as_the_table_says(env, tmp_path, step):  # noqa: ANN001
    env.db.write(lambda s: kits.create_kit(s, env.koordinator, "PK-UJI", "Paket uji", "tetap",
                                           [kits.KitLineInput("FK", 1)]))
    numbers = _in_every_state(env)
    service = _services(env, tmp_path)[step]
    roles, starts, _ends = RULES[step]
    found, wanted = {}, {}
    for state, number in numbers.items():
        for role in ROLES:
            found[(state, role)] = _outcome(env, lambda s, a=env.users[role], n=number: service(s, a, n))
            wanted[(state, role)] = ("role" if role != "admin" and role not in roles
                                     else "state" if state not in starts else "done")
    assert found == wanted


def test_a_new_dispatch_only_by_those_the_table_names(env):
    for role in ROLES:
        allowed = role == "admin" or role in RULES["create"][0]
        if allowed:
            assert env.show(env.new(env.users[role])).status == lifecycle.end_state("create")
        else:
            with pytest.raises(PermissionDenied, match="tidak berwenang untuk membuat pengiriman"):
                env.new(env.users[role])


def test_refusals_keep_their_words(env):
    number = env.new()
    env.add(number, "MSS", 2)
    with pytest.raises(PermissionDenied, match="tidak berwenang untuk menyetujui pengiriman"):
        env.step(D.approve_dispatch, number, "gudang")
    with pytest.raises(lifecycle.WrongDispatchState) as refused:
        env.step(D.send_dispatch, number, "gudang")
    assert str(refused.value) == (f"Pengiriman {number} berstatus Konsep; pengiriman barang hanya untuk pengiriman "
                                  "berstatus Disetujui.")
    with pytest.raises(lifecycle.DocumentNotReady) as refused:
        env.db.write(lambda s: documents.print_bast(s, env.gudang, number))
    assert str(refused.value) == (f"BAST untuk pengiriman {number} belum dapat dicetak: status pengiriman Konsep, "
                                  "BAST dicetak setelah serah terima dicatat.")
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    with pytest.raises(lifecycle.WrongDispatchState) as refused:
        env.step(D.cancel_dispatch, number, "koordinator", "salah kirim")
    assert str(refused.value) == (f"Pengiriman {number} berstatus Dikirim; pembatalan (barang yang sudah dikirim "
                                  "hanya dapat dikembalikan) hanya untuk pengiriman berstatus Konsep, Diajukan atau Disetujui.")
