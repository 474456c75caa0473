"""UI fixtures: an AppContext on the test database, with this desktop's settings in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tagana_app.accounts import Actor
from tagana_app.db import Database
from tagana_app.settings import LocalSettings
from ui import collector, dialogs, ops, printed
from ui.changes import AppChanges
from ui.context import AppContext


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_gui_thread(qapp) -> None:  # noqa: ANN001
    """As in the program (``ui.app.make_application``): widgets are only ever freed on the GUI thread."""
    collector.install(qapp)


@pytest.fixture
def local(tmp_path: Path) -> LocalSettings:
    return LocalSettings(tmp_path / "pengaturan.json")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box is recorded instead of shown; a test that expects one reads this list."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: shown.append(("inform", text)))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text, details="": shown.append(("warn", text)))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: shown.append(("confirm", text)) or True)
    return shown


@pytest.fixture
def make_ctx(db: Database, local: LocalSettings):  # noqa: ANN201
    def make(actor: Actor) -> AppContext:
        return AppContext(db, actor, local, AppChanges())
    return make


@pytest.fixture
def ctx(make_ctx, admin: Actor) -> AppContext:  # noqa: ANN001
    return make_ctx(admin)


@pytest.fixture(autouse=True)
def _ops_finished(qtbot) -> Iterator[None]:  # noqa: ANN001
    """No worker may outlive its test (it would touch a database that is being dropped)."""
    yield
    qtbot.waitUntil(lambda: not ops.busy(), timeout=15_000)
    ops.wait_for_workers()


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # noqa: ANN001
    """The paths the window showed in its "where the file went" dialog, in order."""
    paths: list[str] = []
    show = printed.show

    def record(parent, path):  # noqa: ANN001, ANN202
        paths.append(str(path))
        return show(parent, path)
    monkeypatch.setattr(printed, "show", record)
    return paths
