"""Operations hand everything back to the GUI thread: nothing the caller gave (work, callbacks, the
widget they belong to) or the work made (result, exception) is released on a worker thread, where
deleting the last reference to a widget corrupts Qt (once: a crash in libQt6Widgets right after the
first-start dialog had loaded the demo data)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QDialog

from ui import ops


class Released:
    """Records the thread that drops the last reference to it."""

    threads: list[tuple[str, str]] = []

    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:
        Released.threads.append((self.name, threading.current_thread().name))


class Work(Released):
    def __init__(self, name: str, fail: bool = False) -> None:
        super().__init__(name)
        self.fail = fail

    def __call__(self, progress=None):  # noqa: ANN001, ANN204
        if self.fail:
            raise RuntimeError(Released("exception"))
        return Released("result")


class Dialog(QDialog):
    """A dialog held only by its operation's callbacks, as the first-start dialog was."""

    def __init__(self) -> None:
        super().__init__()
        self.outcome = None

    def done_(self, value) -> None:  # noqa: ANN001
        self.outcome = value

    def __del__(self) -> None:
        Released.threads.append(("dialog", threading.current_thread().name))


@pytest.mark.parametrize("fail", [False, True])
@pytest.mark.parametrize("progress", [None, "Memuat..."])
def test_everything_is_released_on_the_gui_thread(qtbot, no_modal_dialogs, fail, progress) -> None:  # noqa: ANN001
    Released.threads = []
    dialog = Dialog()
    op = ops.run(dialog, Work("work", fail), on_success=dialog.done_, on_error=dialog.done_, progress=progress)
    with qtbot.waitSignal(op.finished):
        pass
    del dialog, op
    ops.wait_for_workers()
    qtbot.waitUntil(lambda: not ops.busy())
    gc.collect()
    made = {"work", "dialog", "exception" if fail else "result"}
    qtbot.waitUntil(lambda: {name for name, _thread in Released.threads} >= made)
    assert {thread for _name, thread in Released.threads} == {threading.main_thread().name}
