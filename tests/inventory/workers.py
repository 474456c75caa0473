"""Code run in child processes by the concurrency test (importable, no pytest)."""

from __future__ import annotations

from typing import Any


def issue_one(url: str, actor: tuple[int, str, str], index: int, barrier: Any, results: Any) -> None:
    from sqlalchemy import text

    from inventory import stock
    from inventory.errors import InsufficientStock
    from tagana_app.accounts import Actor
    from tagana_app.db import Database

    db = Database.open(url)
    with db.read() as s:  # connect before the start line, so that the race is about the write only
        s.execute(text("SELECT 1"))
    who = Actor(*actor)
    barrier.wait(timeout=60)
    try:
        db.write(lambda s: stock.issue_goods(s, who, "GDG", [stock.IssueLine("BRS", 1)],
                                             recipient=f"Posko {index}"))
        results.put("ok")
    except InsufficientStock as exc:
        results.put("refused" if exc.fields["available"] == 0 else f"refused with {exc.fields['available']}")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(repr(exc))
    finally:
        db.dispose()
