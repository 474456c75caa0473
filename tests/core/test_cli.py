"""The `tagana` command line, driven through ``tagana_app.cli.main`` as a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tagana_app import __version__, migrate
from tagana_app.cli import main
from tagana_app.db import Database
from tagana_app.demo import DEMO_PASSWORD, DEMO_USERS
from tagana_app.models import AuditLog, User

ADMIN_PASSWORD = "sandi-admin-uji"


@pytest.fixture(autouse=True)
def _environment(monkeypatch, tmp_path):  # noqa: ANN001, ANN202
    for name in ("TAGANA_USER", "TAGANA_PASSWORD", "TAGANA_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TAGANA_CONFIG_DIR", str(tmp_path / "config"))


class Cli:
    """Runs ``main`` and keeps what it printed."""

    def __init__(self, capsys, monkeypatch, db: str) -> None:  # noqa: ANN001
        self.capsys, self.monkeypatch, self.db = capsys, monkeypatch, db

    def __call__(self, *args: str, user: str | None = None, password: str | None = None) -> tuple[int, str, str]:
        if user is not None:
            self.monkeypatch.setenv("TAGANA_USER", user)
        if password is not None:
            self.monkeypatch.setenv("TAGANA_PASSWORD", password)
        self.capsys.readouterr()
        status = main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        return status, out, err

    def json(self, *args: str, **kwargs: str):  # noqa: ANN201
        status, out, err = self(*args, "--json", **kwargs)
        assert status == 0, err
        return json.loads(out)


@pytest.fixture
def fresh(tmp_path, capsys, monkeypatch) -> Cli:  # noqa: ANN001
    """A database file that does not exist yet."""
    return Cli(capsys, monkeypatch, str(tmp_path / "baru" / "tagana.db"))


@pytest.fixture
def cli(db_url, capsys, monkeypatch) -> Cli:  # noqa: ANN001
    """A migrated empty database on each backend, initialised with the admin 'kepala'."""
    runner = Cli(capsys, monkeypatch, db_url)
    status, _, err = runner("init", "--admin", "kepala", password=ADMIN_PASSWORD)
    assert status == 0, err
    runner.monkeypatch.setenv("TAGANA_USER", "kepala")
    return runner


def _count(url: str, model) -> int:  # noqa: ANN001
    db = Database.open(url)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        db.dispose()


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"tagana {__version__}"


def test_init_creates_the_database_and_the_first_admin(fresh):
    status, out, err = fresh("init", password=ADMIN_PASSWORD)
    assert status == 1 and err.startswith("Ditolak:") and "--admin" in err
    result = fresh.json("init", "--admin", "kepala", password=ADMIN_PASSWORD)
    assert result["admin"] == "kepala" and result["revision"] == migrate.head_revision()
    assert Path(fresh.db).exists()
    # A second init only upgrades; the admin logs in with the password from TAGANA_PASSWORD.
    again = fresh.json("init", user="kepala")
    assert again["admin"] is None
    users = fresh.json("user", "list")
    assert [(u["username"], u["role"]) for u in users] == [("kepala", "admin")]


def test_init_with_demo_loads_the_demo_users(fresh):
    result = fresh.json("init", "--demo", "--admin", "kepala", password=ADMIN_PASSWORD)
    assert result["demo"]["pengguna"] == len(DEMO_USERS)
    users = {u["username"]: u["role"] for u in fresh.json("user", "list", user="kepala")}
    assert {name: role for name, role, _ in DEMO_USERS}.items() <= users.items()
    for name, _role, _ in DEMO_USERS:  # every demo user logs in with the documented password
        assert fresh("audit", "--limit", "1", user=name, password=DEMO_PASSWORD)[0] == 0, name


def test_db_status_and_upgrade(fresh):
    status = fresh.json("db", "status")
    assert status["revision"] is None and status["up_to_date"] is False
    assert status["head"] == migrate.head_revision()
    upgraded = fresh.json("db", "upgrade")
    assert upgraded["revision"] == migrate.head_revision() and upgraded["copy"] is None
    status, out, _ = fresh("db", "status")
    assert status == 0 and "mutakhir" in out and "SQLite" in out
    assert fresh.json("db", "upgrade")["copy"] is None  # nothing to do


def test_user_add_list_and_passwd_with_password_env(cli, monkeypatch):
    monkeypatch.setenv("SANDI_BARU", "sandi-gudang-1")
    info = cli.json("user", "add", "siti", "--role", "gudang", "--full-name", "Siti Contoh",
                    "--password-env", "SANDI_BARU")
    assert info["username"] == "siti" and info["role"] == "gudang" and "password" not in json.dumps(info)
    users = cli.json("user", "list")
    assert isinstance(users, list) and {u["username"] for u in users} == {"kepala", "siti"}
    status, out, _ = cli("user", "list")
    assert status == 0 and "PENGGUNA" in out and "siti" in out

    # siti changes her own password; the old one stops working.
    monkeypatch.setenv("SANDI_LAGI", "sandi-gudang-2")
    assert cli.json("user", "passwd", "siti", "--password-env", "SANDI_LAGI",
                    user="siti", password="sandi-gudang-1")["username"] == "siti"
    status, _, err = cli("user", "list", user="siti", password="sandi-gudang-1")
    assert status == 1 and err.startswith("Ditolak:")
    assert cli("user", "list", user="siti", password="sandi-gudang-2")[0] == 0
    # A missing variable is refused, not read as an empty password.
    status, _, err = cli("user", "passwd", "siti", "--password-env", "TIDAK_ADA", user="kepala",
                         password=ADMIN_PASSWORD)
    assert status == 1 and "TIDAK_ADA" in err


def test_wrong_password_is_refused(cli):
    status, out, err = cli("user", "list", password="bukan-sandinya")
    assert status == 1 and out == ""
    assert err.strip() == "Ditolak: Nama pengguna atau kata sandi salah."
    status, _, err = cli("user", "list", user="", password=ADMIN_PASSWORD)
    assert status == 1 and "TAGANA_USER" in err


def test_permission_refusal_writes_nothing(cli, monkeypatch):
    monkeypatch.setenv("SANDI", "sandi-pemantau-1")
    cli.json("user", "add", "agus", "--role", "pemantau", "--password-env", "SANDI")
    users_before, audit_before = _count(cli.db, User), _count(cli.db, AuditLog)
    monkeypatch.setenv("SANDI2", "sandi-baru-xyz")
    for args in (("user", "add", "baru", "--role", "admin", "--password-env", "SANDI2"),
                 ("user", "passwd", "kepala", "--password-env", "SANDI2")):
        status, out, err = cli(*args, "--json", user="agus", password="sandi-pemantau-1")
        assert status == 1 and out == ""
        assert err.startswith("Ditolak:") and "tidak berwenang" in err
    assert (_count(cli.db, User), _count(cli.db, AuditLog)) == (users_before, audit_before)


@pytest.mark.parametrize("args", [
    ["user", "add", "x"],  # --role missing
    ["user", "add", "x", "--role", "raja"],
    ["user"],
    ["tidak-ada-perintah"],
    ["audit", "--limit", "banyak"],
    ["--tidak-dikenal", "db", "status"],
    ["user", "passwd", "x", "rahasia"],  # a password is never a command-line argument
])
def test_bad_usage_exits_2(args, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.db"), *args])
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_json_after_any_command(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("SANDI", "sandi-koordinator")
    lists = [("user", "list"), ("audit",), ("audit", "--limit", "2")]
    records = [("db", "status"), ("db", "upgrade"), ("init",),
               ("user", "add", "bambang", "--role", "koordinator", "--password-env", "SANDI"),
               ("user", "passwd", "bambang", "--password-env", "SANDI"),
               ("backup", str(tmp_path / "cadangan.db"))]
    if not Path(cli.db).exists():  # PostgreSQL: no file backup
        records.pop()
    for args in lists:
        assert isinstance(cli.json(*args), list), args
    for args in records:
        assert isinstance(cli.json(*args), dict), args
    # --json also works before the command.
    status, out, _ = cli("--json", "db", "status")
    assert status == 0 and json.loads(out)["up_to_date"] is True


def test_backup_and_restore(fresh, tmp_path):
    fresh.json("init", "--admin", "kepala", password=ADMIN_PASSWORD)
    fresh.monkeypatch.setenv("TAGANA_USER", "kepala")
    saved = fresh.json("backup", str(tmp_path / "cadangan") + "/")["backup"]
    assert Path(saved).parent == tmp_path / "cadangan"
    fresh.monkeypatch.setenv("SANDI", "sandi-pejabat-1")
    fresh.json("user", "add", "wulan", "--role", "pejabat", "--password-env", "SANDI")
    restored = fresh.json("restore", saved)
    assert Path(restored["previous_copy"]).exists()
    assert {u["username"] for u in fresh.json("user", "list")} == {"kepala"}  # wulan came after
    actions = [e["action"] for e in fresh.json("audit")]
    assert actions[0] == "db.restore"
    status, _, err = fresh("restore", str(tmp_path / "tidak-ada.db"))
    assert status == 1 and "tidak ada" in err
    # Only an admin may back up or restore.
    fresh.json("user", "add", "wulan", "--role", "pejabat", "--password-env", "SANDI")
    for args in (("backup", str(tmp_path / "lain.db")), ("restore", saved)):
        status, _, err = fresh(*args, user="wulan", password="sandi-pejabat-1")
        assert status == 1 and "tidak berwenang" in err
    assert not (tmp_path / "lain.db").exists()


def test_backup_refused_on_postgresql(cli, tmp_path):
    if Path(cli.db).exists():
        pytest.skip("PostgreSQL only")
    status, _, err = cli("backup", str(tmp_path / "x.db"))
    assert status == 1 and "pg_dump" in err


def test_audit_limit_and_filters(cli, monkeypatch):
    monkeypatch.setenv("SANDI", "sandi-gudang-1")
    for name in ("satu", "dua", "tiga"):
        cli.json("user", "add", name, "--role", "gudang", "--password-env", "SANDI")
    entries = cli.json("audit", "--limit", "2")
    assert [e["entity_id"] for e in entries] == ["tiga", "dua"]
    assert all(e["username"] == "kepala" and e["action"] == "user.create" for e in entries)
    assert len(cli.json("audit", "--limit", "100", "--action", "user.create")) == 4  # kepala too
    status, out, _ = cli("audit", "--limit", "1")
    assert status == 0 and "TINDAKAN" in out and "user.create" in out


def test_installed_tagana_script(tmp_path):
    script = Path(sys.executable).with_name("tagana")
    assert script.exists(), "the console script 'tagana' is not installed in this environment"
    env = {**os.environ, "TAGANA_PASSWORD": ADMIN_PASSWORD, "TAGANA_USER": "kepala",
           "TAGANA_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("TAGANA_DATABASE_URL", None)
    database = str(tmp_path / "skrip.db")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(script), "--db", database, *args], env=env, capture_output=True,
                              text=True, timeout=120, stdin=subprocess.DEVNULL)

    done = run("init", "--admin", "kepala")
    assert done.returncode == 0, done.stderr
    assert "Admin pertama dibuat: kepala" in done.stdout
    listed = run("user", "list", "--json")
    assert listed.returncode == 0 and [u["username"] for u in json.loads(listed.stdout)] == ["kepala"]
    refused = run("user", "add", "x", "--role", "gudang")  # no terminal to ask the password on
    assert refused.returncode == 1 and refused.stderr.startswith("Ditolak:")
    usage = run("user", "add")
    assert usage.returncode == 2


def _leaf_parsers(parser, path=()):  # noqa: ANN001, ANN202
    import argparse

    subactions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subactions:
        yield path, parser
    for action in subactions:
        for name, sub in action.choices.items():
            yield from _leaf_parsers(sub, (*path, name))


def test_every_command_of_every_package_accepts_json():
    from tagana_app.cli import build_parser

    leaves = list(_leaf_parsers(build_parser()))
    assert len(leaves) >= 9  # the core's own commands at least
    missing = [" ".join(path) for path, parser in leaves if "--json" not in parser._option_string_actions]
    assert missing == []


# Runs ``tagana ARGS`` in a fresh interpreter and prints, last, which of the watched modules it imported.
IMPORTS_PROBE = """
import json, sys
from tagana_app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
watched = ("sqlalchemy", "reportlab", "openpyxl", "lokal", "argon2", "PySide6", "inventory", "deployment",
           "deployment.dispatch", "deployment.reports", "inventory.cli", "tagana_app.core_cli")
print(json.dumps([name for name in watched if name in sys.modules]))
"""


def _imported_by(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", IMPORTS_PROBE, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "TAGANA_DATABASE_URL": "/nonexistent/never-opened.db"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("--json", "--db", "x.db", "--help")])
def test_version_and_help_import_no_command_module(args):
    assert _imported_by(*args) == []


def test_a_command_imports_its_own_module_only():
    core = _imported_by("user", "add", "--help")
    assert "tagana_app.core_cli" in core and not {"inventory", "deployment", "reportlab", "openpyxl"} & set(core)
    stock = _imported_by("--user", "kepala", "stock", "balance", "--help")
    assert "inventory.cli" in stock and "deployment" not in stock and "tagana_app.core_cli" not in stock
    volunteers = _imported_by("volunteer", "list", "--help")
    assert "deployment" in volunteers
    assert not {"deployment.dispatch", "deployment.reports", "inventory.cli"} & set(volunteers)


def test_the_command_table_names_every_command():
    import argparse

    from tagana_app.cli import COMMANDS, build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    listed = [name for group in COMMANDS for name in group.commands]
    assert list(sub.choices) == listed
    # Each listed command was really added by its module: it runs something or has commands of its own.
    for name, command in sub.choices.items():
        assert command.get_default("func") or any(isinstance(a, argparse._SubParsersAction)
                                                  for a in command._actions), name
