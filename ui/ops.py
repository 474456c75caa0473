"""Run service calls off the GUI thread (after Anki's ``CollectionOp``/``QueryOp``).

The work is a plain function that receives nothing from Qt (at most a ``progress`` object following
``tagana_app.progress.Progress``); it runs in a worker thread, and the callbacks run on the GUI
thread. Failures go to ``ui.errors.present_error`` unless the caller handles them. After a
successful write, ``AppChanges`` is told the areas the service declares it changes
(``tagana_app.changes``), with the widget that started it as the origin; a service without a
declaration is refused. Widgets never hold a Session: each op opens its own through
``Database.read()``/``Database.write()``.

    ops.write(ctx, self, accounts.create_user, "budi", "gudang", pw, on_success=self._created)

A view that reads again and again (a list as the filter changes) keeps one ``CurrentRead``: only the
answer to its latest read is used.

Tests wait with ``qtbot.waitSignal(op.finished)`` or ``qtbot.waitUntil(lambda: not ops.busy())``.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from tagana_app.changes import Changes, declared
from tagana_app.errors import SessionEnded
from tagana_app.progress import Cancelled
from ui import errors, texts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tagana_app.db import Database
    from ui.changes import AppChanges
    from ui.context import AppContext

PROGRESS_EVERY_S = 0.05  # at most ~20 progress reports a second reach the GUI thread
_RUNNING: dict[int, Op] = {}  # by number, until its callbacks have run
# What a worker hands back: (ok, result or exception) and its work function, so that everything the
# caller gave or the work made is released on the GUI thread (see _Runnable.run).
_OUTCOMES: dict[int, tuple[tuple[bool, Any], Callable[[], Any]]] = {}
_numbers = iter(range(1, 2**62))


def busy() -> bool:
    """True while an op has not yet finished (its callbacks included)."""
    return bool(_RUNNING)


class _Relay(QObject):
    """Lives on the GUI thread for the whole run: workers reach their Op through it by number only."""

    done = Signal(int)
    progress = Signal(int, int, int, object)  # the text as the work gave it: a Text keeps its template

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _deliver(self, number: int) -> None:
        (ok, value), _work = _OUTCOMES.pop(number)
        op = _RUNNING[number]
        if ok:
            op._finish_ok(value)
        else:
            op._finish_error(value)

    @Slot(int, int, int, object)
    def _progress(self, number: int, done: int, total: int, text: str) -> None:
        op = _RUNNING.get(number)
        if op is not None:
            op._show_progress(done, total, text)


_relay: _Relay | None = None
_pool: QThreadPool | None = None


def _started() -> tuple[_Relay, QThreadPool]:
    """The relay and the worker pool, made on first use (on the GUI thread, whichever thread imported us)."""
    global _relay, _pool
    if _relay is None or _pool is None:
        _relay, _pool = _Relay(), QThreadPool()
        _pool.setMaxThreadCount(4)
    return _relay, _pool


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Let running workers end (at exit, before the database is closed)."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True


class WorkerProgress:
    """The progress object handed to long work; thread-safe, raises Cancelled once cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def update(self, done: int, total: int | None = None, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or (total is not None and done >= total):
            self._last = now
            self._report(done, -1 if total is None else total, text)


class _Runnable(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number, self._work = number, work

    def run(self) -> None:
        work, self._work = self._work, None
        try:
            outcome: tuple[bool, Any] = (True, work())
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
            outcome = (False, exc)
        # The worker keeps no reference to anything once the GUI thread is told: the last reference
        # to a widget (a dialog held only by its callbacks, say) must never be dropped on this thread,
        # where deleting it corrupts Qt (a crash in libQt6Widgets after the first-start dialog).
        _OUTCOMES[self._number] = (outcome, work)
        del work, outcome
        assert _relay is not None
        _relay.done.emit(self._number)


class Op(QObject):
    """One running operation; lives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent_widget: QObject | None, on_success: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, changes: AppChanges | None,
                 announce: Changes | None, progress_label: str | None, cancellable: bool = True,
                 origin: object | None = None) -> None:
        super().__init__()
        self.number = next(_numbers)
        self._parent, self._on_success, self._on_error = parent_widget, on_success, on_error
        self._changes, self._announce = changes, announce
        self.origin = origin if origin is not None else parent_widget
        self.progress: WorkerProgress | None = None
        self._dialog: QProgressDialog | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        if progress_label is not None:
            relay, _pool = _started()
            self.progress = WorkerProgress(partial(relay.progress.emit, self.number))
            self._dialog = self._make_dialog(progress_label)
            if not cancellable:
                self._dialog.setCancelButton(None)

    def _make_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, QCoreApplication.translate("ops", "Batal"), 0, 0, self._live_parent())
        dialog.setWindowTitle(QCoreApplication.translate("ops", "Mohon tunggu"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)  # quick work never flashes a dialog
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("ops", "Membatalkan..."))

    def _live_parent(self) -> QWidget | None:
        parent = self._parent
        return parent if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None or self.progress is None or self.progress.cancelled:
            return
        if text:  # the work's step, translated here on the GUI thread (a Text with its fields)
            dialog.setLabelText(texts.tr_text(text))
        dialog.setMaximum(max(total, 0))
        # Last: a modal QProgressDialog's setValue() processes events, and the operation may finish (and
        # close this dialog) inside it.
        dialog.setValue(min(done, total) if total >= 0 else 0)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finish_ok(self, result: Any) -> None:
        self._close_dialog()
        self.result = result
        try:
            if self._changes is not None and self._announce is not None:
                self._changes.notify(self._announce, origin=self.origin)
            if self._on_success is not None and (self._parent is None or shiboken6.isValid(self._parent)):
                self._on_success(result)
            self.succeeded.emit(result)
        finally:
            self._end()

    def _finish_error(self, exc: BaseException) -> None:
        self._close_dialog()
        self.error = exc
        try:
            parent_gone = self._parent is not None and not shiboken6.isValid(self._parent)
            if isinstance(exc, SessionEnded) and self._changes is not None:  # a write
                end_session(self._live_parent(), self._changes, exc)
            elif self._on_error is not None and not parent_gone:
                self._on_error(exc)
            elif not isinstance(exc, Cancelled) and not parent_gone:
                errors.present_error(self._live_parent(), exc)
            self.failed.emit(exc)
        finally:
            self._end()

    def _end(self) -> None:
        self.finished.emit()
        _RUNNING.pop(self.number, None)


def end_session(parent: QWidget | None, changes: AppChanges, exc: SessionEnded) -> None:
    """The account at this window was deactivated or given another role: said once, then the window goes back
    to the login (``AppChanges.signed_out``).  For a refused write here, and for the window's own check."""
    errors.present_error(parent, exc)
    changes.signed_out.emit()


class UndeclaredWrite(TypeError):
    """A write handed to ``ops`` whose service does not declare what it changes (a programming error)."""


def changes_of(service: Callable[..., Any]) -> Changes:
    """What ``service`` declares it changes (``@changes(...)``); refused when it declares nothing."""
    found = declared(service)
    if found is None:
        name = getattr(service, "__qualname__", None) or repr(service)
        raise UndeclaredWrite(f"{name} does not declare the areas it changes: add @changes(...) "
                              "(tagana_app.changes) to it")
    return found


def run(parent: QObject | None, work: Callable[..., Any], *, on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None, changes: AppChanges | None = None,
        service: Callable[..., Any] | None = None, origin: object | None = None, progress: str | None = None,
        cancellable: bool = True) -> Op:
    """Run ``work()`` in a worker (``work(progress)`` when a progress label is given).

    ``cancellable=False`` hides the Cancel button, for work that never looks at its progress object.

    ``parent`` is the QObject the callbacks belong to: when it has been deleted by the time the work
    ends, the callbacks are skipped. When it is a widget, dialogs are shown over it.

    Work that writes names its ``service`` with ``changes``: after success the areas that service
    declares are announced there, from ``origin`` (by default ``parent``).
    """
    if changes is not None and service is None:
        raise UndeclaredWrite("ops.run(changes=...) needs the service whose changes it announces")
    announce = changes_of(service) if changes is not None and service is not None else None
    _relay, pool = _started()
    op = Op(parent, on_success, on_error, changes, announce, progress, cancellable, origin)
    call = partial(work, op.progress) if op.progress is not None else work  # nothing of the Op itself
    _RUNNING[op.number] = op
    pool.start(_Runnable(op.number, call))
    return op


def write(ctx: AppContext, parent: QObject | None, service: Callable[..., Any], *args: Any,
          on_success: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
          progress: str | None = None, cancellable: bool = True, origin: object | None = None,
          **kwargs: Any) -> Op:
    """``service(session, ctx.actor, *args, **kwargs)`` in one write transaction, then announce what the
    service declares it changes (``@changes``; refused, before anything runs, when it declares nothing).

    With ``progress`` the service also gets ``progress=`` (a WorkerProgress) as a keyword.
    """
    changes_of(service)

    def work(prog: Any = None) -> Any:
        extra = {"progress": prog} if prog is not None else {}

        def in_transaction(session: Session) -> Any:
            from tagana_app import accounts  # not before the login dialog is up (tests/ui/test_app.py)

            accounts.still_signed_in(session, ctx.actor)  # deactivated or given another role meanwhile: refused
            return service(session, ctx.actor, *args, **kwargs, **extra)
        return ctx.db.write(in_transaction)
    return run(parent, work, on_success=on_success, on_error=on_error, changes=ctx.changes, service=service,
               origin=origin, progress=progress, cancellable=cancellable)


def read(db: Database, parent: QObject | None, query: Callable[..., Any], *args: Any,
         on_success: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
         **kwargs: Any) -> Op:
    """``query(session, *args, **kwargs)`` in a read-only session; ``on_success`` gets the result."""
    def work() -> Any:
        with db.read() as session:
            return query(session, *args, **kwargs)
    return run(parent, work, on_success=on_success, on_error=on_error)


class CurrentRead:
    """The latest read of one view (a list, a detail pane): starting a read makes every earlier one
    stale, and a stale answer (or failure) is dropped. One of these per view replaces the generation
    counters each model and page used to keep."""

    def __init__(self, db: Database, owner: QObject | None) -> None:
        # The owner keeps this object; a weak reference back leaves no cycle for the garbage collector
        # to break at some later moment (a model without a parent then goes as soon as it is dropped).
        self._db = db
        self._owner: Callable[[], QObject | None] = weakref.ref(owner) if owner is not None else lambda: None
        self._latest: object | None = None

    @property
    def busy(self) -> bool:
        """A read is under way whose answer will be used."""
        return self._latest is not None

    def drop(self) -> None:
        """Forget the read under way: its answer will not be used."""
        self._latest = None

    def start(self, query: Callable[..., Any], *args: Any, on_success: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Op:
        """``ops.read`` of ``query``; ``on_success``/``on_error`` run only if no later read started."""
        token = self._latest = object()

        def current() -> bool:
            if self._latest is not token:
                return False
            self._latest = None
            return True

        def answered(result: Any) -> None:
            if current():
                on_success(result)

        def failed(exc: BaseException) -> None:
            if current():
                if on_error is not None:
                    on_error(exc)
                elif not isinstance(exc, Cancelled):
                    owner = self._owner()
                    errors.present_error(owner if isinstance(owner, QWidget) else None, exc)
        return read(self._db, self._owner(), query, *args, on_success=answered, on_error=failed, **kwargs)
