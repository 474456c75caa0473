"""Window geometry kept in a LOCAL setting, as base64 of QWidget.saveGeometry()."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from tagana_app.settings import LocalSettings, Setting


class GeometryMixin:
    """Mix into a top-level QWidget; call ``restore_geometry`` once, ``save_geometry`` on close."""

    def restore_geometry(self, local: LocalSettings, setting: Setting[Any]) -> bool:
        value = local.get(setting)
        if not value:
            return False
        assert isinstance(self, QWidget)
        return bool(self.restoreGeometry(QByteArray.fromBase64(value.encode("ascii"))))

    def save_geometry(self, local: LocalSettings, setting: Setting[Any]) -> None:
        assert isinstance(self, QWidget)
        local.set(setting, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
