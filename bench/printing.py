"""Benchmark: what the print pipeline (frozen originals) costs, each figure next to a baseline of the same run.

On the demo data set (dispatch 001, handed over), for the Surat Jalan and the BAST:
- original: the first print of a new number (``documents.print_manifest`` / ``print_bast``: role check,
  number, PDF, snapshot with its hash, the original's bytes stored, the print recorded, committed, file
  written) against the same PDF built alone (``build_manifest_pdf`` / ``build_bast_pdf`` into memory);
- SALINAN: a later print (``printing.reprint``: the record compared with the snapshot, "SALINAN ke-n"
  laid over the stored original) against rebuilding the paper as a copy (the builder with ``copy_no``);
- verify: ``printing.verify_document`` for one code against rebuilding the record's content alone
  (the kind's ``content``, which verify compares with the snapshot);
- size: what the database stores per document (snapshot JSON + original PDF) against the PDF alone.

On SQLite (a new file), and with ``--pg URL`` also on PostgreSQL (a throwaway database on that server).

Usage: .venv/bin/python bench/printing.py [--repeat 5] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, update  # noqa: E402

from bench.demo import empty_database  # noqa: E402
from deployment import demo_set  # noqa: E402
from deployment.dispatch import documents, pdfs  # noqa: E402
from deployment.dispatch import service as dispatches  # noqa: E402
from deployment.dispatch.models import Dispatch  # noqa: E402
from tagana_app import accounts, doc_kinds, migrate, pdf, printing  # noqa: E402
from tagana_app.accounts import Actor  # noqa: E402
from tagana_app.db import Database  # noqa: E402
from tagana_app.models import DocumentSnapshot  # noqa: E402
from tagana_app.numbering import get_number  # noqa: E402

DISPATCH = "001/KRM/DINSOS/"  # the demo's handed-over dispatch (its number ends with this month)


@contextmanager
def database(tmp: Path, pg: str | None) -> Iterator[Database]:
    """A new, migrated database: a SQLite file, or a throwaway database on the PostgreSQL server ``pg``."""
    with empty_database(tmp, pg) as url:
        db = Database.open(url)
        try:
            migrate.upgrade(db)
            yield db
        finally:
            db.dispose()


def demo(db: Database) -> tuple[dict[str, Actor], str]:
    """The demo data set loaded; its users by name and the handed-over dispatch's number."""
    info = db.write(lambda s: accounts.create_user(s, None, "kepala", "admin", "sandi-bench-123"))
    admin = Actor(info.id, info.username, info.role, info.full_name)
    db.write(lambda s: demo_set.load_demo(s, admin))
    with db.read() as s:
        users = {u.username: Actor(u.id, u.username, u.role, u.full_name) for u in accounts.list_users(s)}
        number = s.scalar(select(Dispatch.number).where(Dispatch.number.startswith(DISPATCH)))
    return users, number


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


Build = Callable[[Any, str, int, str], Any]  # (target, number, copy_no, payload) -> pdf.BuiltDocument


def measure(db: Database, users: dict[str, Actor], dispatch: str, repeat: int, out: Path) -> list[str]:
    with db.read() as s:
        record = dispatches.get_dispatch(s, dispatch)
        profile = pdf.load_profile(s)
        first = documents.bast_official(s)

    def manifest(target: Any, number: str, copy_no: int, payload: str) -> Any:
        return pdfs.build_manifest_pdf(target, profile, record, number, copy_no=copy_no, payload=payload)

    def bast(target: Any, number: str, copy_no: int, payload: str) -> Any:
        return pdfs.build_bast_pdf(target, profile, record, number, first, copy_no=copy_no, payload=payload)

    return (measure_kind(db, "manifest", "Surat Jalan", users["gudang"], documents.print_manifest, manifest,
                         dispatch, repeat, out)
            + measure_kind(db, "bast", "BAST", users["pejabat"], documents.print_bast, bast, dispatch, repeat, out))


def measure_kind(db: Database, kind: str, label: str, actor: Actor, print_first: Callable[..., Any], build: Build,
                 dispatch: str, repeat: int, out: Path) -> list[str]:
    rounds = [one_round(db, kind, actor, print_first, build, dispatch, out) for _ in range(repeat)]
    o, a, c, r, v, k = (median_ms([times[i] for times, _ in rounds]) for i in range(6))
    number = rounds[-1][1]
    label = f"{label}:".ljust(13)
    with db.read() as s:
        stored = s.scalar(select(DocumentSnapshot).where(DocumentSnapshot.document_id == get_number(s, number).id))
        snapshot_bytes = len(json.dumps(stored.snapshot, ensure_ascii=False).encode())
        pdf_bytes = len(stored.pdf)
    return [
        f"{label}asli (nomor, PDF, snapshot, simpan, commit) {o:8.1f} ms | baseline PDF saja {a:8.1f} ms ({o / a:.2f}x)",
        f"{label}SALINAN dari snapshot                     {c:8.1f} ms | baseline susun ulang {r:6.1f} ms ({c / r:.2f}x)",
        f"{label}verify satu kode                          {v:8.1f} ms | baseline isi catatan saja {k:6.1f} ms",
        f"{label}disimpan per dokumen: snapshot {snapshot_bytes:,} B + PDF asli {pdf_bytes:,} B"
        f" = {snapshot_bytes + pdf_bytes:,} B | baseline PDF saja {pdf_bytes:,} B",
    ]


def one_round(db: Database, kind: str, actor: Actor, print_first: Callable[..., Any], build: Build, dispatch: str,
              out: Path) -> tuple[list[float], str]:
    """Times of: original, its PDF alone, SALINAN, the copy rebuilt, verify, the content alone; the number."""
    column = {"manifest": "manifest_number", "bast": "bast_number"}[kind]
    # A new number each round: the dispatch's paper number is cleared, so the next print is an original.
    db.write(lambda s: s.execute(update(Dispatch).where(Dispatch.number == dispatch).values({column: None})))
    original, doc = timed(lambda: db.write(lambda s: print_first(s, actor, dispatch, directory=out)))
    alone = timed(lambda: build(io.BytesIO(), doc.number, 0, doc.payload))[0]
    copy = timed(lambda: db.write(lambda s: printing.reprint(s, actor, doc.number, directory=out)))[0]
    rebuilt = timed(lambda: build(io.BytesIO(), doc.number, 1, doc.payload))[0]
    with db.read() as s:
        check, report = timed(lambda: printing.verify_document(s, doc.code))
        assert report.matches, report.message
        entity = get_number(s, doc.number).entity_id
        content = timed(lambda: doc_kinds.get(kind).content(s, doc.number, entity))[0]
    return [original, alone, copy, rebuilt, check, content], doc.number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", metavar="URL", help="also measure on this PostgreSQL server (a throwaway database)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-cetak-"))
    targets = [("SQLite", None)] + ([("PostgreSQL", args.pg)] if args.pg else [])
    print(f"repeats: {args.repeat} (median), data contoh, pengiriman {DISPATCH}...")
    for name, url in targets:
        with database(tmp, url) as db:
            users, dispatch = demo(db)
            print(f"== {name}")
            for line in measure(db, users, dispatch, args.repeat, tmp / name):
                print(line)


if __name__ == "__main__":
    main()
