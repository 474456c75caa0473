"""Write services declare what they change (tagana_app.changes); no Qt here."""

from __future__ import annotations

import functools

import pytest

from deployment.dispatch import service as dispatch_service
from inventory import stock
from tagana_app import changes as change_areas
from tagana_app.changes import AREAS, Changes, changes, declared


def test_changes_always_include_audit_and_refuse_unknown_areas() -> None:
    assert Changes.of("stock").areas == {"stock", "audit"}
    assert Changes.of().areas == {"audit"}
    with pytest.raises(ValueError):
        Changes.of("gudang")
    with pytest.raises(ValueError):
        changes("stok")


def test_the_decorator_marks_the_function_itself() -> None:
    def service(session, actor, number):  # noqa: ANN001, ANN202
        return number

    marked = changes("dispatches", "stock")(service)
    assert marked is service and marked(None, None, "X") == "X"  # nothing wraps the call
    assert declared(service) == Changes.of("dispatches", "stock")
    assert declared(functools.partial(service, progress=None)) == Changes.of("dispatches", "stock")
    assert declared(changes(everything=True)(lambda: None)).areas == AREAS
    assert declared(lambda: None) is None


def test_the_origin_travels_with_the_changes_but_does_not_tell_them_apart() -> None:
    origin = object()
    made = Changes.of("stock").from_origin(origin)
    assert made == Changes.of("stock") and made.made_by(origin) and not made.made_by(object())
    assert not Changes.of("stock").made_by(None)


def test_services_declare_what_their_callers_used_to_forget() -> None:
    # Receiving and issuing goods issue a document number: the Dokumen page has to hear of it.
    assert declared(stock.receive_goods).touches("documents")
    assert declared(stock.issue_goods).touches("documents")
    assert declared(dispatch_service.approve_dispatch) == Changes.of("dispatches", "stock")
    assert change_areas.declared(dispatch_service.cancel_dispatch).touches("stock", "documents")
