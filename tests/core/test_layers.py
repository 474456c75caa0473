"""The layering rule: ui -> deployment -> inventory -> tagana_app; only ui imports Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Imports every module of the named packages (as they are now) in a fresh interpreter and reports
# which of the watched top-level packages got loaded.
PROBE = """
import importlib, json, pkgutil, sys
packages = sys.argv[1].split(",")
skip = ("tagana_app.migrations",)  # Alembic scripts run only inside Alembic
imported = []
for name in packages:
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if not info.name.startswith(skip):
            importlib.import_module(info.name)
            imported.append(info.name)
watched = ("PySide6", "shiboken6", "ui", "deployment", "inventory")
print(json.dumps({"imported": imported, "loaded": [w for w in watched if w in sys.modules]}))
"""


def _probe(*packages: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(packages)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_inventory_and_deployment_import_without_qt():
    result = _probe("inventory", "deployment")
    assert "inventory" in result["imported"] and "deployment" in result["imported"]
    assert "PySide6" not in result["loaded"] and "shiboken6" not in result["loaded"]
    assert "ui" not in result["loaded"]


def test_inventory_does_not_reach_up_to_deployment():
    result = _probe("inventory")
    assert [w for w in result["loaded"] if w in ("PySide6", "ui", "deployment")] == []


def test_core_imports_none_of_the_packages_above_it():
    result = _probe("tagana_app")
    assert result["loaded"] == []


def _imports(path: Path) -> set[str]:
    """Top-level package names imported anywhere in ``path`` (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


# What each layer may never import, even lazily; cli.py is the composition root and opens the window.
FORBIDDEN = {
    "inventory": {"PySide6", "shiboken6", "ui", "deployment"},
    "deployment": {"PySide6", "shiboken6", "ui"},
    "tagana_app": {"PySide6", "shiboken6", "ui", "inventory", "deployment"},
}
COMPOSITION_ROOTS = {ROOT / "tagana_app" / "cli.py"}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_upward_imports_in_the_source(package):
    offences = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if path in COMPOSITION_ROOTS:
            continue
        bad = _imports(path) & FORBIDDEN[package]
        if bad:
            offences.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offences == []
