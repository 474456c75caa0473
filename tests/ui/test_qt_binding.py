"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 dropped a reference
to ``True`` on every ``Signal.emit()`` and the program aborted after a few hundred operations)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emit_keeps_reference_counts(qapp) -> None:  # noqa: ANN001
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(2_000):
        emitter.fired.emit(n)
    assert len(seen) == 2_000
    # Other threads may hold a few references meanwhile; a leak of one per emit would show as 2,000.
    assert abs(sys.getrefcount(True) - before_true) < 100
    assert abs(sys.getrefcount(None) - before_none) < 100
