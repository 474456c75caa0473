"""Two desktops of one office at once (PostgreSQL, or two processes' connections on one SQLite file):
files for one posko get different numbers, and one file taken twice at the same moment applies once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from deployment.exchange import engine
from deployment.exchange.models import ExchangeFile
from tagana_app.db import Database
from tests.deployment.conftest import add_incident
from tests.exchange.pairs import make_posko, send


def _at_once(db: Database, work: Callable[[Any], Any], n: int = 2) -> list[Any]:
    """``work(session)`` in ``n`` threads, each with its own connection, started together."""
    start = threading.Barrier(n)
    results: list[Any] = []
    failed: list[BaseException] = []

    def desk() -> None:
        mine = Database.open(db.url)
        try:
            start.wait()
            results.append(mine.write(work))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)
        finally:
            mine.dispose()
    threads = [threading.Thread(target=desk) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not failed, failed
    return results


def test_two_desktops_making_files_for_one_posko_get_two_numbers(db: Database, users, _templates,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    coord = users["koordinator"]
    posko = make_posko(db, coord, _templates, tmp_path / "posko.db", incident=add_incident(db, coord).number)
    made = _at_once(db, lambda s: engine.export(s, coord, "PSK-01"))
    assert sorted(m.seq for m in made) == [2, 3]
    # the posko takes both, in either order
    for m in sorted(made, key=lambda m: -m.seq):
        posko.db.write(lambda s, m=m: engine.import_file(s, posko.admin, m.data))
    with posko.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ExchangeFile).where(ExchangeFile.status == "ditahan")) == 0


def test_one_file_taken_twice_at_the_same_moment_applies_once(db: Database, users, _templates,  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    coord = users["koordinator"]
    posko = make_posko(db, coord, _templates, tmp_path / "posko.db", incident=add_incident(db, coord).number)
    made = send(posko.db, posko.admin, "KAB-1709")
    outcomes = _at_once(db, lambda s: engine.import_file(s, coord, made.data))
    assert sorted(o.status for o in outcomes) == ["diterapkan", "sudah"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ExchangeFile).where(
            ExchangeFile.direction == "masuk", ExchangeFile.seq == made.seq)) == 1


def test_two_koordinators_taking_one_posko_code_at_once_one_is_told_it_is_taken(db: Database, users) -> None:  # noqa: ANN001
    from deployment.exchange import posko
    from tagana_app.errors import ValidationError

    coord = users["koordinator"]
    incident = add_incident(db, coord).number
    start = threading.Barrier(2)
    made: list[Any] = []
    refused: list[BaseException] = []

    def desk(name: str) -> None:
        mine = Database.open(db.url)
        try:
            start.wait()
            made.append(mine.write(lambda s: posko.create_posko(s, coord, "PSK-01", name=name,
                                                                incident_number=incident)))
        except ValidationError as exc:
            refused.append(exc)
        finally:
            mine.dispose()
    threads = [threading.Thread(target=desk, args=(name,)) for name in ("Balai Desa", "Masjid Raya")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(made) == 1 and len(refused) == 1 and "PSK-01 sudah dipakai" in str(refused[0])
