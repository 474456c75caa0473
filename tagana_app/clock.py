"""The program's clock: the office's today and now, in the office's time zone.

Business dates (document numbers, expiry, overdue loans, certificates, rest days, "today" on a
form) come from here and nowhere else; no other module calls ``date.today()``, ``datetime.now()``
or ``time.time()`` for them (a test checks the sources).  Indonesia has three zones without
daylight saving: WIB (UTC+7, the default), WITA (UTC+8) and WIT (UTC+9); the office setting
``office.timezone`` chooses one, and the composition root hands it to ``use_zone``.

The clock can be set to another instant, from which it then runs on: tests set it through a
fixture, and ``TAGANA_NOW`` (an ISO date-time, e.g. ``2026-12-31T23:59:00+07:00``) sets it for a
whole process, so a command started by a test lives on the test's date.  Timestamps are stored
in UTC (``utcnow``) and shown in the office's zone (``local``).
"""

from __future__ import annotations

import os
import threading
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

ENV_NOW = "TAGANA_NOW"
ZONES: dict[str, str] = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
DEFAULT_ZONE = "WIB"
_system_now = datetime.now  # the one reading of the machine's clock; everything else goes through it


class _Clock:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self._frozen: datetime | None = None
        self.zone_code = DEFAULT_ZONE
        self.zone: tzinfo = ZoneInfo(ZONES[DEFAULT_ZONE])

    def utcnow(self) -> datetime:
        if self._frozen is not None:
            return self._frozen
        return _system_now(UTC) + self._offset

    def set(self, instant: datetime | None, *, frozen: bool) -> None:
        with self._lock:
            if instant is None:
                self._offset, self._frozen = timedelta(0), None
                return
            if instant.tzinfo is None:
                instant = instant.replace(tzinfo=self.zone)
            instant = instant.astimezone(UTC)
            self._frozen = instant if frozen else None
            self._offset = instant - _system_now(UTC)


_clock = _Clock()


def parse_instant(text: str) -> datetime:
    """An ISO date-time (``2026-12-31T23:59``, with or without an offset) or a date (midnight)."""
    value = datetime.fromisoformat(text.strip())
    return value


def utcnow() -> datetime:
    """Now, timezone-aware in UTC: what timestamps are stored as."""
    return _clock.utcnow()


def now() -> datetime:
    """Now in the office's time zone (timezone-aware)."""
    return _clock.utcnow().astimezone(_clock.zone)


def today() -> date:
    """The office's date: at 00:30 WIB it is already the new day, whatever UTC says."""
    return now().date()


def local(value: datetime) -> datetime:
    """A stored timestamp in the office's time zone (a naive value is taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(_clock.zone)


def zone() -> tzinfo:
    return _clock.zone


def zone_code() -> str:
    """"WIB", "WITA" or "WIT", to print after a time."""
    return _clock.zone_code


def use_zone(code: str) -> None:
    """Use the office's time zone ``code`` (a key of ZONES); an unknown code keeps WIB."""
    code = code if code in ZONES else DEFAULT_ZONE
    _clock.zone_code, _clock.zone = code, ZoneInfo(ZONES[code])


def set_time(instant: datetime | None, *, frozen: bool = False) -> None:
    """Set the clock to ``instant`` (naive: in the office's zone), from which it runs on; with
    ``frozen`` it stays there.  None goes back to the machine's clock."""
    _clock.set(instant, frozen=frozen)


def start_of_day(day: date) -> datetime:
    """Midnight at the start of ``day`` in the office's zone, as an aware UTC timestamp."""
    return datetime.combine(day, datetime.min.time(), tzinfo=_clock.zone).astimezone(UTC)


def _from_environment() -> None:
    text = os.environ.get(ENV_NOW, "").strip()
    if text:
        try:
            set_time(parse_instant(text))
        except ValueError:  # a mistyped value must not stop the program: the machine's clock is used
            pass


_from_environment()
