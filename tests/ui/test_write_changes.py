"""The window announces what a write changed from the service's own declaration (tagana_app.changes):
no page names change areas, and a service without a declaration is refused."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tagana_app import accounts
from tagana_app.changes import Changes, changes, declared
from ui import ops
from ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


# --- every write the window makes declares its areas ----------------------------------------------

def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _is_ops_call(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name \
        and isinstance(node.func.value, ast.Name) and node.func.value.id == "ops"


def _service_arg(call: ast.Call) -> ast.expr | None:
    """The service of ``ops.write(ctx, parent, service, ...)`` or of ``ops.run(..., service=...)``."""
    if _is_ops_call(call, "write"):
        return call.args[2]
    if _is_ops_call(call, "run"):
        return next((k.value for k in call.keywords if k.arg == "service"), None)
    return None


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    yield from (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))


def _resolve(expr: ast.expr, function: ast.FunctionDef, tree: ast.AST) -> list[ast.expr]:
    """The module-level expressions a service argument stands for: itself, the branches of a local
    ``service = a if ... else b``, every value of a lookup ``{"a": f, "b": g}[kind]``, or, for a parameter
    of a helper (``self._write(service, ...)``), the arguments of every call of that helper in the module."""
    if isinstance(expr, ast.IfExp):
        return _resolve(expr.body, function, tree) + _resolve(expr.orelse, function, tree)
    if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Dict):
        return [found for value in expr.value.values for found in _resolve(value, function, tree)]
    if not isinstance(expr, ast.Name):
        return [expr]
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets):
            return _resolve(node.value, function, tree)
    params = [a.arg for a in function.args.args]
    if expr.id not in params:
        return [expr]
    position = params.index(expr.id) - (1 if params and params[0] == "self" else 0)
    found = []
    for caller in _functions(tree):
        for call in ast.walk(caller):
            if isinstance(call, ast.Call) and len(call.args) > position and (
                    isinstance(call.func, ast.Attribute) and call.func.attr == function.name
                    or isinstance(call.func, ast.Name) and call.func.id == function.name):
                found += _resolve(call.args[position], caller, tree)
    return found


def _window_files() -> list[tuple[Path, ast.AST, object]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")), importlib.import_module(_module_name(path)))
            for path in sorted((ROOT / "ui").rglob("*.py"))]


def _stored(tree: ast.AST, attr: str) -> tuple[str, str, int] | None:
    """For ``self.<attr>`` set in a class's ``__init__`` from one of its parameters (``self.service =
    service``): the class, that parameter and its position among the arguments after ``self``."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        if init is None:
            continue
        params = [a.arg for a in (*init.args.args, *init.args.kwonlyargs)][1:]
        for node in (n for n in ast.walk(init) if isinstance(n, ast.Assign)):
            for target in node.targets:
                pairs = (zip(target.elts, node.value.elts, strict=False) if isinstance(target, ast.Tuple)
                         and isinstance(node.value, ast.Tuple) else [(target, node.value)])
                for stored, value in pairs:
                    if (isinstance(stored, ast.Attribute) and stored.attr == attr and isinstance(value, ast.Name)
                            and value.id in params):
                        return cls.name, value.id, params.index(value.id)
    return None


def _constructed_with(files: list, cls: str, param: str, position: int) -> list[tuple[ast.expr, object]]:
    """What every ``Cls(...)`` in the window passes as ``param``, resolved in the caller's module."""
    found = []
    for _path, tree, module in files:
        for caller in _functions(tree):
            for call in ast.walk(caller):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == cls):
                    continue
                given = next((k.value for k in call.keywords if k.arg == param), None)
                given = given if given is not None else call.args[position] if len(call.args) > position else None
                for target in _resolve(given, caller, tree) if given is not None else []:
                    if isinstance(target, ast.Call) and ast.unparse(target.func) in ("partial", "functools.partial"):
                        target = target.args[0]  # a service with its arguments bound
                    found.append((target, module))
    return found


def window_write_services() -> dict[str, object]:
    """Every service the window hands to ``ops.write`` (or names in ``ops.run(service=...)``); a dialog
    that writes the service it was given (``self.service``) is followed to where it is made."""
    services: dict[str, object] = {}
    files = _window_files()
    for path, tree, module in files:
        for function in _functions(tree):
            for call in ast.walk(function):
                arg = _service_arg(call) if isinstance(call, ast.Call) else None
                if arg is None:
                    continue
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                targets = [(target, module) for target in _resolve(arg, function, tree)]
                for target, _module in list(targets):
                    stored = (_stored(tree, target.attr) if isinstance(target, ast.Attribute)
                              and isinstance(target.value, ast.Name) and target.value.id == "self" else None)
                    if stored is not None:
                        targets.remove((target, _module))
                        targets += _constructed_with(files, *stored)
                assert targets, f"{where}: cannot tell which service this write runs"
                for target, home in targets:
                    source = ast.unparse(target)
                    services[f"{where} {source}"] = eval(source, vars(home))  # noqa: S307 - our own source
    return services


def test_every_write_of_the_window_declares_what_it_changes() -> None:
    services = window_write_services()
    assert len(services) >= 25  # the walk found the writes (the stock, dispatch, incident... dialogs)
    undeclared = [where for where, service in services.items() if declared(service) is None]
    assert undeclared == []


def test_no_page_names_change_areas_any_more() -> None:
    offences = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "areas":
                offences.append(f"{path.relative_to(ROOT)}:{node.value.lineno}")
    assert offences == []


# --- ops.write announces the declaration, from its origin -----------------------------------------

def test_an_undeclared_write_is_refused_before_it_runs(ctx: AppContext) -> None:
    ran = []

    def undeclared(session, actor):  # noqa: ANN001, ANN202
        ran.append(actor)
    with pytest.raises(ops.UndeclaredWrite, match="undeclared"):
        ops.write(ctx, None, undeclared)
    with pytest.raises(ops.UndeclaredWrite):
        ops.run(None, lambda: None, changes=ctx.changes)  # announcing needs the service that declares
    assert ran == [] and not ops.busy()


def test_the_declared_areas_are_announced_with_the_origin(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    owner, other = object(), object()
    with qtbot.waitSignal(ctx.changes.changed, timeout=10_000) as made:
        ops.write(ctx, None, accounts.set_password, ctx.actor.username, "sandi-baru-123", origin=owner)
    assert made.args[0] == Changes.of("users")
    assert made.args[0].made_by(owner) and not made.args[0].made_by(other)

    @changes("stock")
    def touch_stock(session, actor):  # noqa: ANN001, ANN202
        return actor.username
    widget_parent = ctx.changes  # any QObject: without an origin, the op's parent is the origin
    with qtbot.waitSignal(ctx.changes.changed, timeout=10_000) as made:
        ops.write(ctx, widget_parent, touch_stock)
    assert made.args[0].areas == {"stock", "audit"} and made.args[0].made_by(widget_parent)
