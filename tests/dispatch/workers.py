"""Process entry points for the concurrency tests (importable by spawned processes)."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any


def create_many(db_url: str, actor: tuple[int, str, str], approver: tuple[int, str, str], incident: str, worker: int, count: int, barrier: Any,
                results: Any, documents_dir: str) -> None:
    """Create ``count`` dispatches; every third is cancelled, every other one submitted, approved by ``approver`` and its manifest printed."""
    from deployment.dispatch import documents
    from deployment.dispatch import service as dispatches
    from tagana_app.accounts import Actor
    from tagana_app.db import Database

    db = Database.open(db_url)
    who, official = Actor(*actor), Actor(*approver)
    made: list[tuple[str, str]] = []
    try:
        barrier.wait(timeout=60)
        for n in range(count):
            data = dispatches.DispatchInput(incident=incident, warehouse="GDG", destination=f"Posko {worker}-{n}",
                                            recipient_name="Penerima Uji", region_code="17.09.03")
            number = db.write(lambda s, d=data: dispatches.create_dispatch(s, who, d)).number
            db.write(lambda s, x=number: dispatches.add_line(s, who, x, "BRS", 1))
            if n % 3 == 2:
                db.write(lambda s, x=number: dispatches.cancel_dispatch(s, who, x, "uji pembatalan"))
                made.append((number, "cancelled"))
                continue
            if n % 2 == 0:
                db.write(lambda s, x=number: dispatches.submit_dispatch(s, who, x))
                db.write(lambda s, x=number: dispatches.approve_dispatch(s, official, x))
                db.write(lambda s, x=number: documents.print_manifest(s, who, x, directory=Path(documents_dir)))
            made.append((number, "issued"))
        results.put(("ok", worker, made))
    except Exception:  # noqa: BLE001 - reported to the test
        results.put(("error", worker, traceback.format_exc()))
    finally:
        db.dispose()
