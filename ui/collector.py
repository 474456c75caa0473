"""Python's cyclic garbage collector runs on the GUI thread only (after Anki's ``GarbageCollector``).

Left to itself, the collector runs in whichever thread happens to allocate when a generation's
threshold is passed: a worker of ``ui.ops`` building SQLAlchemy rows, or the start-up thread
importing the domain.  When the garbage it finds holds a widget (a dialog kept in a reference cycle by
a slot that names it), Qt's destructor then runs on that thread, which corrupts Qt and crashes the
program.  So the automatic collector is switched off once the application exists, and a timer on the
GUI thread collects the generations whose thresholds were passed, as the automatic one would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_EVERY_MS = 1000
_installed: GarbageCollector | None = None


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect, on this (the GUI) thread, what the automatic collector would have by now; returns
        the number of unreachable objects found."""
        found = 0
        for generation in range(3):
            if gc.get_count()[generation] <= self.thresholds[generation]:
                break
            found += gc.collect(generation)
        return found


def install(app: QCoreApplication) -> GarbageCollector:
    """Take the collector over for the application's life (once; later calls return the same one)."""
    global _installed
    if _installed is None:
        _installed = GarbageCollector(app)
    return _installed


def installed() -> GarbageCollector | None:
    return _installed
