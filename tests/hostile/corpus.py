"""The corpus of hostile inputs: what a careless person or a hostile file can hand the command line.

A ``Case`` is one command with its files; ``tests/hostile/test_corpus.py`` runs every case of every
``cases_*.py`` module of this folder through ``tagana`` on SQLite and on PostgreSQL, on the same small
world (``World``), and checks that it ends as a refusal should: exit status 1, ``Ditolak: ...`` or
``Basis data tidak dapat dipakai: ...`` in Indonesian naming the problem (``expect``: fragments that
must all appear), no traceback, and every table of the database unchanged (and the database file
itself still a working database).

A case module declares ``CASES: list[Case]``.  ``argv`` may hold placeholders filled in per run:
``{tmp}`` a private folder, ``{db}`` the database's URL or path, ``{db_path}`` the SQLite file
(cases that name it are skipped on PostgreSQL), ``{data}`` the program's data folder, ``{docs}`` the
documents folder, ``{backup}`` the default backup folder, ``{year}`` the program's year, and ``{file}`` the path of the case's input
file, written by ``make_file(path)`` (its suffix from ``suffix``), or made a symbolic link to
``link_to`` (itself with placeholders).  ``setup`` lists commands (user, argv) that must succeed before
the case runs: the world the case needs beyond ``World`` (the tables are compared after them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str                          # shown in the test id: short, unique, no spaces
    argv: Sequence[str]                # the command after `tagana --db ...`, with placeholders
    expect: Sequence[str]              # fragments of the refusal (Indonesian), all required
    user: str = "gudang"               # who runs it (the World has one user per role)
    make_file: Callable[[Path], None] | None = None
    suffix: str = ".txt"
    sqlite_only: bool = False          # e.g. it names the live SQLite file
    stdin: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    setup: Sequence[tuple[str, Sequence[str]]] = ()
    link_to: str | None = None


@dataclass(frozen=True)
class World:
    """What every case starts from (tests/hostile/test_corpus.py builds it): a warehouse GDG
    (Kabupaten Bengkulu Tengah), items BRS (beras, kg), MSS (makanan siap saji, paket, expiring),
    GEN (genset, serial-numbered: G-1, G-2), 100 kg of BRS and 20 MSS (batch A) in stock, one user per
    role (admin, gudang, koordinator, pejabat, pemantau) with the test password, a volunteer
    (NIK 1709011403950001) and an incident KB-2026-0001."""

    warehouse: str = "GDG"
    volunteer_nik: str = "1709011403950001"
