"""The `tagana` command line; with no command it opens the window.

This module is a composition root: ``COMMANDS`` lists every top-level command of every package with
its one-line help, and the function that imports the package's command module and adds its
commands (``register(sub)``).  Only the module of the command being run is imported, so
``tagana --version`` and ``tagana --help`` load no database, PDF or spreadsheet library.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tagana_app import __version__
from tagana_app.cli_support import EXIT_REFUSED, EXIT_USAGE, Context, JsonFlagParser, escaped_output
from tagana_app.errors import TaganaError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tagana_app.accounts import Actor

Register = Callable[[argparse._SubParsersAction], None]


@dataclass(frozen=True)
class CommandGroup:
    """Top-level commands added by one module: their help for `tagana --help`, and ``register``,
    which imports that module and adds them."""

    commands: dict[str, str]
    register: Register


def _core(sub: argparse._SubParsersAction) -> None:
    from tagana_app import core_cli

    core_cli.register(sub, load_demo=_whole_demo)


def _whole_demo(session: Session, actor: Actor) -> dict[str, int]:
    """`tagana init --demo`: the demo data of every package."""
    from deployment import demo_set

    return demo_set.load_demo(session, actor)


def _inventory(sub: argparse._SubParsersAction) -> None:
    from inventory import cli

    cli.register(sub)


def _loans(sub: argparse._SubParsersAction) -> None:
    from inventory import loan_cli

    loan_cli.register(sub)


def _labels(sub: argparse._SubParsersAction) -> None:
    from inventory import label_cli

    label_cli.register(sub)


def _deployment(sub: argparse._SubParsersAction) -> None:
    from deployment import cli

    cli.register(sub)


def _dispatch(sub: argparse._SubParsersAction) -> None:
    from deployment.dispatch import cli

    cli.register(sub)


def _requests(sub: argparse._SubParsersAction) -> None:
    from deployment import request_cli

    request_cli.register(sub)


def _exchange(sub: argparse._SubParsersAction) -> None:
    from deployment.exchange import cli

    cli.register(sub)


def _distributions(sub: argparse._SubParsersAction) -> None:
    from deployment.distribution import cli

    cli.register(sub)


def _reports(sub: argparse._SubParsersAction) -> None:
    from deployment.reports import cli

    cli.register(sub)


COMMANDS = (
    CommandGroup({
        "init": "buat atau upgrade basis data; buat admin pertama",
        "db": "status dan upgrade basis data",
        "user": "pengguna dan peran",
        "backup": "cadangkan basis data SQLite",
        "restore": "pulihkan basis data SQLite dari cadangan",
        "audit": "jejak audit",
        "setting": "pengaturan kantor: aturan penugasan, penomoran, profil",
        "sign": "tanda tangan elektronik tersertifikasi: pasang, lihat, hapus sertifikat kantor",
    }, _core),
    CommandGroup({
        "warehouse": "gudang, lumbung sosial, posko",
        "item": "katalog barang",
        "unit": "katalog satuan barang",
        "stock": "stok, penerimaan, pengeluaran, mutasi, opname, penghapusan",
    }, _inventory),
    CommandGroup({
        "loan": "pinjam pakai peralatan kepada kantor atau desa (di luar kejadian)",
    }, _loans),
    CommandGroup({
        "label": "cetak label QR unit peralatan dan barang/rak (PDF)",
    }, _labels),
    CommandGroup({
        "volunteer": "relawan Tagana",
        "incident": "kejadian bencana",
        "assign": "tugaskan relawan ke kejadian",
        "suggest": "usulan relawan untuk kejadian",
        "assignment": "penugasan",
    }, _deployment),
    CommandGroup({
        "dispatch": "pengiriman bantuan ke kejadian",
        "kit": "paket barang",
        "print": "cetak surat jalan, BAST, SPT, register permintaan, daftar penerima, atau dokumen apa pun menurut nomornya",
        "verify": "periksa keaslian dokumen dari kode QR atau kode verifikasi",
        "documents": "daftar dokumen yang pernah diterbitkan",
    }, _dispatch),
    CommandGroup({
        "request": "permintaan bantuan: catat, disposisi, daftar (terlambat), register",
    }, _requests),
    CommandGroup({
        "site": "situs ini dan sidik kuncinya; cabut situs pasangan",
        "posko": "posko lapangan: buat, siapkan laptop posko dari berkas",
        "exchange": "berkas pertukaran bertanda tangan dengan posko, kantor, provinsi",
        "province": "di provinsi: kabupaten/kota berdampingan dari berkas pertukarannya",
    }, _exchange),
    CommandGroup({
        "distribute": "catat distribusi bantuan ke desa atau rumah tangga (barang keluar dari gudang)",
        "distribution": "distribusi bantuan: daftar, rincian, batalkan",
    }, _distributions),
    CommandGroup({
        "report": "laporan: posisi stok, distribusi, penugasan, peminjaman, pertanggungjawaban",
        "summary": "ringkasan harian kantor untuk ditempel ke WhatsApp",
    }, _reports),
)


class _WithHelp:
    """What a group's ``register`` adds to: each command gets its help from the group's table, and a
    command missing from the table is an error (so `tagana --help` lists every command)."""

    def __init__(self, sub: argparse._SubParsersAction, commands: dict[str, str]) -> None:
        self._sub, self._commands = sub, commands

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        if name not in self._commands:
            raise LookupError(f"command '{name}' is missing from tagana_app.cli.COMMANDS")
        return self._sub.add_parser(name, help=self._commands[name], **kwargs)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="URL basis data atau berkas SQLite (atau TAGANA_DATABASE_URL)")
    parser.add_argument("--user", help="nama pengguna (atau TAGANA_USER)")


def build_parser(load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The parser; the commands in ``load`` (all when None) with their arguments, the others by name only."""
    parser = JsonFlagParser(prog="tagana", description="Tagana Logistik: gudang, relawan dan "
                            "pengiriman bantuan bencana. Tanpa perintah: membuka jendela.")
    parser.add_argument("--version", action="version", version=f"tagana {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for group in COMMANDS:
        if load is None or not load.isdisjoint(group.commands):
            group.register(_WithHelp(sub, group.commands))  # type: ignore[arg-type]
        else:
            for name, help_text in group.commands.items():
                sub.add_parser(name, help=help_text)
    return parser


class _Probe(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs: its first word after the global options (None: help, version, window)."""
    probe = _Probe(add_help=False)
    _global_options(probe)
    probe.add_argument("--json", action="store_true")
    probe.add_argument("words", nargs=argparse.REMAINDER)
    try:
        known, _unknown = probe.parse_known_args(list(argv))
    except ValueError:
        return None
    return known.words[0] if known.words else None


def attach_papers() -> None:
    """The packages that build the office's papers attach their printers and QR contents to the kinds
    registry (``tagana_app.doc_kinds``) when imported: `tagana print again` and `tagana verify` handle
    every kind.  Handed to the registry, which imports them only when a paper is printed again or verified."""
    import deployment.dispatch.documents  # noqa: F401
    import deployment.dispatch.loan_papers  # noqa: F401
    import deployment.exchange.kinds_up  # noqa: F401 - a posko's prints, checked here (printing.attach_elsewhere)
    import inventory.count_papers  # noqa: F401
    import inventory.documents  # noqa: F401
    import inventory.papers  # noqa: F401
    import inventory.writeoff_papers  # noqa: F401


def _database_unusable(exc: BaseException) -> bool:
    # Only a command that opened the database can fail so; SQLAlchemy is loaded by then.
    module = sys.modules.get("sqlalchemy.exc")
    return module is not None and isinstance(exc, module.OperationalError)


def _reader_gone() -> int:
    """The output's reader closed it (`tagana stock issue ... | head -0`): what was written is
    committed, so the command succeeded; say nothing more (Python's recipe: the rest of the output
    goes to devnull, so the flush at exit does not fail again)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (a test's capture)
        pass
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    name = command_named(argv)
    known = {command for group in COMMANDS for command in group.commands}
    with escaped_output():
        try:
            args = build_parser(load=set() if name is None else {name} if name in known else None).parse_args(argv)
        except TaganaError as exc:  # a wrong number in an argument (cli_support.quantity_arg)
            print(f"Ditolak: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    if args.command is None:
        from ui.app import main as gui_main

        return gui_main(db_url=args.db)
    from tagana_app import doc_kinds
    from tagana_app.settings import LocalSettings, url_has_password

    if args.db and url_has_password(args.db):  # accepted, but the command line is visible to others
        print("Peringatan: kata sandi di --db terlihat oleh pengguna lain komputer ini (daftar proses, "
              "riwayat shell); tulis URL tanpa kata sandi dan berikan lewat PGPASSWORD atau ~/.pgpass.",
              file=sys.stderr)

    doc_kinds.attach_later(attach_papers)
    local = LocalSettings()

    def open_database():  # noqa: ANN202
        from tagana_app import bootstrap

        return bootstrap.open_database(args.db, local, upgrade=not getattr(args, "no_upgrade", False))

    with escaped_output():
        return _run(args, open_database)


def _run(args: argparse.Namespace, open_database: Callable[[], Any]) -> int:
    try:
        status = args.func(Context(args, open_database))  # a command that answers "no" returns its status
        sys.stdout.flush()  # inside the try: a reader that went away is met here, not at exit
    except BrokenPipeError:
        return _reader_gone()
    except TaganaError as exc:
        print(f"Ditolak: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:
        if not _database_unusable(exc):
            raise
        print(f"Basis data tidak dapat dipakai: {exc.orig}", file=sys.stderr)  # type: ignore[attr-defined]
        return EXIT_REFUSED
    return int(status or 0)


if __name__ == "__main__":
    sys.exit(main())
