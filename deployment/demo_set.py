"""The whole demo data set, its parts in the order they build on each other: the office and the
users (core), the stock (inventory), the volunteers, incidents and assignments, then the kits and
dispatches.  ``tagana init --demo`` and the window's first-start dialog both load it from here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from deployment import demo as deployment_demo
from deployment.dispatch import demo as dispatch_demo
from inventory import demo as inventory_demo
from tagana_app import demo
from tagana_app.accounts import Actor
from tagana_app.demo import DemoPart
from tagana_app.progress import Progress
from tagana_app.texts import N_

PARTS = (
    DemoPart(N_("domain", "gudang dan stok"), inventory_demo.load_demo),
    DemoPart(N_("domain", "relawan, kejadian dan penugasan"), deployment_demo.load_demo),
    DemoPart(N_("domain", "paket dan pengiriman"), dispatch_demo.load_demo),
)


def load_demo(session: Session, actor: Actor, progress: Progress | None = None) -> dict[str, int]:
    return demo.load_demo(session, actor, PARTS, progress)
