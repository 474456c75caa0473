"""Garbage in a reference cycle is freed on the GUI thread only, however much a worker allocates (a widget
freed on a worker thread crashes Qt)."""

from __future__ import annotations

import gc
import threading

from ui import collector, ops


class Cycle:
    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def _allocate_a_lot() -> list[list[int]]:
    # Far past the youngest generation's threshold, kept alive: the automatic collector would run here.
    return [[i] for i in range(50 * gc.get_threshold()[0])]


def test_a_workers_allocations_never_free_the_gui_threads_garbage(qtbot, qapp) -> None:  # noqa: ANN001
    installed = collector.install(qapp)
    assert collector.installed() is installed and not gc.isenabled()
    Cycle.freed_on = []
    Cycle()  # unreachable at once, freed only by a collection
    op = ops.run(None, _allocate_a_lot)
    with qtbot.waitSignal(op.finished):
        pass
    assert op.result and Cycle.freed_on == []
    assert installed.check() >= 1  # the cycle, at least
    assert Cycle.freed_on == [threading.main_thread().name]


def test_the_timer_collects_as_the_automatic_collector_would(qtbot, qapp) -> None:  # noqa: ANN001
    collector.install(qapp)
    Cycle.freed_on = []
    Cycle()
    kept = _allocate_a_lot()  # the youngest generation's count past its threshold
    qtbot.waitUntil(lambda: Cycle.freed_on != [], timeout=3 * collector.CHECK_EVERY_MS)
    assert Cycle.freed_on == [threading.main_thread().name] and len(kept) > 0
