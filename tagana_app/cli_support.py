"""What every `tagana` command shares: output as text or JSON, login, exit statuses."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tagana_app.errors import AuthenticationFailed, ValidationError
from tagana_app.texts import N_

if TYPE_CHECKING:  # imported by the command that needs them: `tagana --help` loads no database code
    from tagana_app.accounts import Actor
    from tagana_app.db import Database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def to_plain(value: Any) -> Any:
    return json.loads(json.dumps(value, default=json_default))


@dataclasses.dataclass
class Context:
    """Handed to every command: the parsed arguments, the database and the way to log in."""

    args: argparse.Namespace
    open_db: Callable[[], Database]
    _db: Database | None = None
    _actor: Actor | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = self.open_db()
        return self._db

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def actor(self) -> Actor:
        """Log in with --user/TAGANA_USER and TAGANA_PASSWORD (asked for when not given)."""
        if self._actor is None:
            username = self.args.user or os.environ.get("TAGANA_USER")
            if not username:
                raise ValidationError(N_("errors", "Sebutkan pengguna dengan --user NAMA atau TAGANA_USER."))
            password = os.environ.get("TAGANA_PASSWORD")
            if password is None:
                if not sys.stdin.isatty():
                    raise AuthenticationFailed()
                password = getpass.getpass(f"Kata sandi untuk {username}: ")
            from tagana_app import accounts

            self._actor = accounts.login(self.db, username, password, source=accounts.SOURCE_CLI)
        return self._actor

    def emit(self, value: Any, *, text: str | None = None) -> None:
        """Print the result: JSON with --json, else ``text`` (or a readable rendering of ``value``)."""
        if self.json:
            print(json.dumps(to_plain(value), ensure_ascii=False, indent=2))
        elif text is not None:
            print(text)
        else:
            print(json.dumps(to_plain(value), ensure_ascii=False, indent=2))

    def emit_table(self, rows: Sequence[Any], columns: Sequence[tuple[str, str]]) -> None:
        """A list: JSON list with --json, else an aligned text table of ``columns`` (key, heading)."""
        plain = to_plain(list(rows))
        if self.json:
            print(json.dumps(plain, ensure_ascii=False, indent=2))
            return
        print(format_table(plain, columns))


def format_table(rows: Iterable[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    rows = list(rows)
    cells = [[("" if r.get(k) is None else str(r.get(k))) for k, _ in columns] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (_, h) in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for (_, h), w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    if not rows:
        lines.append("(tidak ada data)")
    return "\n".join(lines)


def read_new_password(env_var: str | None, *, prompt: str = "Kata sandi baru: ") -> str:
    """A new password from the environment variable named by the caller, or asked twice."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise ValidationError(N_("errors", "Variabel lingkungan '{var}' tidak diisi."), var=env_var)
        return value
    if not sys.stdin.isatty():
        raise ValidationError(N_("errors", "Kata sandi harus diketik (atau berikan --password-env VAR)."))
    first = getpass.getpass(prompt)
    second = getpass.getpass("Ulangi kata sandi: ")
    if first != second:
        raise ValidationError(N_("errors", "Kedua kata sandi tidak sama."))
    return first


class JsonFlagParser(argparse.ArgumentParser):
    """Every (sub)command accepts --json anywhere after it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "--json" not in self._option_string_actions:
            self.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                              help="keluaran JSON yang dapat dibaca mesin")
