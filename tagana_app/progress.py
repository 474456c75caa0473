"""The progress/cancel protocol for long work (imports, reports, documents).

Long-running functions take a ``progress`` object; the window passes one that moves a progress
bar and can be cancelled, the command line and the tests pass ``NullProgress`` or their own.
"""

from __future__ import annotations

from typing import Protocol

from tagana_app.errors import TaganaError
from tagana_app.texts import N_


class Cancelled(TaganaError):
    template = N_("errors", "Dibatalkan oleh pengguna; tidak ada yang disimpan.")


class Progress(Protocol):
    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report ``done`` of ``total`` steps; raises Cancelled when the person cancelled."""

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    cancelled = False

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        return None


class RecordingProgress:
    """Keeps every report; cancels after ``cancel_after`` updates when given (for tests)."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int | None, str]] = []
        self.cancel_after = cancel_after

    @property
    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self.reports.append((done, total, text))
