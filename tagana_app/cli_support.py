"""What every `tagana` command shares: output as text or JSON, login, exit statuses."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
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
        if self.json or text is None:
            print(json_text(to_plain(value)))
        else:
            print(escape_terminal(text, keep_newlines=True))

    def emit_table(self, rows: Sequence[Any], columns: Sequence[tuple[str, str]]) -> None:
        """A list: JSON list with --json, else an aligned text table of ``columns`` (key, heading)."""
        plain = to_plain(list(rows))
        if self.json:
            print(json_text(plain))
            return
        print(format_table(plain, columns))


def format_table(rows: Iterable[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    """An aligned text table; a stored newline, tab or escape code in a cell is shown escaped."""
    rows = list(rows)
    cells = [[("" if r.get(k) is None else escape_terminal(str(r.get(k)))) for k, _ in columns] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (_, h) in enumerate(columns)]
    lines = ["  ".join(h.ljust(w) for (_, h), w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    if not rows:
        lines.append("(tidak ada data)")
    return "\n".join(lines)


def secret_from_env(env_var: str) -> str:
    """A password given through the environment variable the person named (never on the command line)."""
    value = os.environ.get(env_var)
    if value is None:
        raise ValidationError(N_("errors", "Variabel lingkungan '{var}' tidak diisi."), var=env_var)
    return value


def read_new_password(env_var: str | None, *, prompt: str = "Kata sandi baru: ") -> str:
    """A new password from the environment variable named by the caller, or asked twice."""
    if env_var:
        return secret_from_env(env_var)
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


# --- numbers typed on the command line ---------------------------------------------------------------

def whole_number_arg(field: str, *, allow_zero: bool = False, maximum: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number that is not a quantity (a limit, an id, days):
    read like a quantity (ASCII digits only), but a wrong one is a usage error (exit 2)."""
    read = quantity_arg(field, allow_zero=allow_zero, maximum=maximum)

    def parse(text: str) -> int:
        try:
            return read(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def quantity_arg(field: str = "Jumlah", *, allow_zero: bool = False, maximum: int | None = None) -> Callable[[str], int]:
    """An argparse ``type`` reading a quantity with ``tagana_app.quantities.parse_quantity``.

    A wrong number is a refusal like any other (``Ditolak: ...``, exit 1), not a usage error:
    ``main`` catches the ``ValidationError`` raised while the arguments are parsed."""
    from tagana_app.quantities import MAX_QUANTITY, parse_quantity

    def parse(text: str) -> int:
        return parse_quantity(text, field=field, allow_zero=allow_zero, maximum=maximum or MAX_QUANTITY)

    parse.__name__ = "jumlah"  # argparse names the type in its own messages
    return parse


# --- what is printed on a terminal ----------------------------------------------------------------------

# C0 controls, DEL and C1 controls; a newline and a tab are kept where the caller says so.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_JSON_ESCAPED = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes only \x00-\x1f
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\x{ord(char):02x}"


def escape_terminal(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters written out (``\\n``, ``\\x1b``), so a stored value cannot
    forge a line or colour the terminal; ``keep_newlines`` keeps line ends and tabs (a whole message
    of several lines)."""
    return (_CONTROLS_BUT_LINES if keep_newlines else _CONTROLS).sub(_escaped, text)


def json_text(value: Any) -> str:
    """JSON as the command line prints it: readable (not ASCII-only), with the C1 controls that
    ``json.dumps`` leaves as they are (DEL and C1) escaped too (``\\u009b``), so it stays JSON and stays inert."""
    dumped = json.dumps(value, ensure_ascii=False, indent=2)
    return _NOT_JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


class EscapingStream(io.TextIOBase):
    """A text stream that writes to ``target`` with control characters escaped (line ends and tabs kept).

    ``main`` puts one in front of stdout and stderr while a command runs, so nothing a command
    prints (a stored name inside a sentence, a refusal quoting what was typed) can move the cursor
    or colour the terminal."""

    def __init__(self, target: Any) -> None:
        super().__init__()
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(escape_terminal(text, keep_newlines=True))
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(getattr(self.target, "isatty", lambda: False)())

    def fileno(self) -> int:
        return int(self.target.fileno())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.target, "encoding", "utf-8"))


@contextmanager
def escaped_output() -> Iterator[None]:
    """stdout and stderr behind an ``EscapingStream`` for the duration (``main`` runs a command in it)."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(saved[0]), EscapingStream(saved[1])
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass  # a closed pipe: whoever handles it sees it on the real stream
        sys.stdout, sys.stderr = saved
