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


# --- no import circles ------------------------------------------------------------------------------

PACKAGES = ("tagana_app", "inventory", "deployment", "ui")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST):  # noqa: ANN202 - a generator of Import/ImportFrom nodes
    """Every import statement under ``node``, in functions too, except in ``if TYPE_CHECKING:`` blocks."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            for other in child.orelse:
                yield from _import_nodes_of(other)
            continue
        yield from _import_nodes_of(child)


def _import_nodes_of(node: ast.AST):  # noqa: ANN202
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _import_nodes(node)


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the modules of our packages it imports (``from a import b`` is ``a.b`` when that is a module)."""
    paths = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" not in path.relative_to(root).parts:  # Alembic scripts run only inside Alembic
                paths[_module_name(path, root)] = path

    def known(name: str) -> str | None:
        while name and name not in paths:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets: set[str] = set()
        for node in _import_nodes(tree):
            if isinstance(node, ast.Import):
                targets |= {t for alias in node.names if (t := known(alias.name))}
                continue
            if node.level:
                base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                target = f"{source}.{alias.name}" if f"{source}.{alias.name}" in paths else known(source)
                if target:
                    targets.add(target)
        graph[module] = targets - {module}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per group of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.get(module, ())):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return [_circle(sorted(group), graph) for group in groups]


def _circle(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A concrete path a -> b -> ... -> a inside a group of modules that import each other."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        module = queue.pop(0)
        for target in sorted(graph[module] & members):
            if target == start:
                return [*paths[module], start]
            if target not in paths:
                paths[target] = [*paths[module], target]
                queue.append(target)
    return group


def test_no_import_circles():
    cycles = import_cycles(import_graph())
    assert [" -> ".join(c) for c in cycles] == []


def test_the_circle_check_sees_a_function_level_import(tmp_path):
    package = tmp_path / "tagana_app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "numbering.py").write_text("from tagana_app import settings\n")
    (package / "settings.py").write_text("def check():\n    from tagana_app.numbering import x\n")
    (package / "typed.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                      "    from tagana_app import settings\n")
    (package / "other.py").write_text("from tagana_app import typed\n")
    for name in ("inventory", "deployment", "ui"):
        (tmp_path / name).mkdir()
    cycles = import_cycles(import_graph(tmp_path))
    assert cycles == [["tagana_app.numbering", "tagana_app.settings", "tagana_app.numbering"]]


# --- ui names no role -------------------------------------------------------------------------------

def role_names_in(path: Path) -> list[str]:
    """``file:line: 'role'`` for each string constant in ``path`` equal to a role name."""
    from tagana_app.models import ROLES

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in ROLES]


def test_ui_never_names_a_role():
    """Pages ask the domain's capabilities (``can_approve_dispatch(actor, dispatch)``...); who holds them
    is declared in tagana_app.permissions, inventory.permissions, deployment.permissions and the
    dispatch lifecycle table."""
    found = [hit for path in sorted((ROOT / "ui").rglob("*.py")) for hit in role_names_in(path)]
    assert found == []
