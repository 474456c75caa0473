"""The translation marker and Text (tagana_app.texts), and a check that the domain marks its texts.

The window can only translate a refusal or a sentence whose template it finds in the catalogue, and
the catalogue is extracted from ``N_(context, text)`` calls by Qt's lupdate, which reads the source:
so every refusal template must be written inside ``N_`` with a literal context and a literal text.
"""

from __future__ import annotations

import ast
import importlib
import json
import pickle
import pkgutil
from pathlib import Path

import pytest

from tagana_app.errors import TaganaError, ValidationError
from tagana_app.texts import DOMAIN, ERRORS, N_, Text

ROOT = Path(__file__).resolve().parents[2]
# Contexts the window translates with (the settings and roles keep the contexts they had).
CONTEXTS = {ERRORS, DOMAIN, "settings", "roles"}
SKIPPED = ("tagana_app/migrations",)  # Alembic scripts: nothing there reaches a person


# --- Text --------------------------------------------------------------------------------------------

def test_marker_returns_the_text_unchanged():
    assert N_("errors", "Stok {item} habis.") == "Stok {item} habis."


def test_text_reads_as_the_filled_sentence_and_keeps_template_and_fields():
    text = Text(N_("errors", "Stok {item} di {warehouse} habis."), item="beras", warehouse="Gudang Utama")
    assert text == "Stok beras di Gudang Utama habis."
    assert isinstance(text, str) and str(text) == "Stok beras di Gudang Utama habis."
    assert text.template == "Stok {item} di {warehouse} habis."
    assert text.context == "errors"
    assert text.fields == {"item": "beras", "warehouse": "Gudang Utama"}
    label = Text(N_("domain", "Data contoh: {part}"), "domain", part="gudang dan stok")
    assert (label, label.context, label.fields) == ("Data contoh: gudang dan stok", "domain", {"part": "gudang dan stok"})


def test_text_survives_pickle_and_reads_as_its_sentence_in_json():
    inner = Text(N_("domain", "di {warehouse}"), "domain", warehouse="Gudang Utama")
    text = Text(N_("errors", "Unit {serial} sudah tercatat: {place}."), serial="G-01", place=inner)
    copy = pickle.loads(pickle.dumps(text))
    assert isinstance(copy, Text) and copy == text
    assert (copy.template, copy.context, copy.fields) == (text.template, "errors", text.fields)
    assert isinstance(copy.fields["place"], Text) and copy.fields["place"].context == "domain"
    assert json.dumps(text) == json.dumps("Unit G-01 sudah tercatat: di Gudang Utama.")
    assert json.loads(json.dumps({"pesan": text})) == {"pesan": "Unit G-01 sudah tercatat: di Gudang Utama."}


def test_an_error_keeps_a_text_field_whole():
    place = Text(N_("domain", "di {warehouse}"), "domain", warehouse="Gudang Utama")
    error = ValidationError(N_("errors", "Unit {serial} sudah tercatat: {place}."), serial="G-01", place=place)
    assert str(error) == "Unit G-01 sudah tercatat: di Gudang Utama."
    assert error.fields["place"].template == "di {warehouse}"
    assert error.to_dict()["place"] == "di Gudang Utama"


# --- every refusal template and every Text is marked ---------------------------------------------------

def _import_all(package: str) -> None:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        if not info.name.replace(".", "/").startswith(SKIPPED):
            importlib.import_module(info.name)


def _error_classes(packages: tuple[str, ...]) -> set[str]:
    """The names of TaganaError and all its subclasses, found by importing the packages."""
    for package in packages:
        _import_all(package)
    names, todo = set(), [TaganaError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _marker_problem(node: ast.Call) -> str | None:
    """What is wrong with an ``N_(...)`` call, if anything: lupdate needs two literal strings."""
    if len(node.args) != 2 or node.keywords:
        return "N_ takes two positional arguments, the context and the text"
    context, text = node.args
    if not _literal(context):
        return "the context of N_ is not a string literal"
    if context.value not in CONTEXTS:
        return f"unknown context {context.value!r} (known: {sorted(CONTEXTS)})"
    if not _literal(text):
        return "the text of N_ is not a string literal (an f-string cannot be translated: use {fields})"
    return None


def _is_marker(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _called(node) == "N_"


def _text_context(node: ast.Call) -> str | None:
    """The context a ``Text(...)`` call declares: its second argument or ``context=``, "errors" by default."""
    given = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "context"), None)
    if given is None:
        return ERRORS
    if _literal(given):
        return given.value
    if isinstance(given, ast.Name | ast.Attribute):
        return {"ERRORS": ERRORS, "DOMAIN": DOMAIN}.get(given.id if isinstance(given, ast.Name) else given.attr)
    return None


def unmarked(path: Path, errors: set[str]) -> list[str]:
    """Where ``path`` has a refusal template or a Text template that lupdate would not find."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in errors:
            for stmt in node.body:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] \
                    if isinstance(stmt, ast.AnnAssign) and stmt.value is not None else []
                if any(isinstance(t, ast.Name) and t.id == "template" for t in targets) and not _is_marker(stmt.value):
                    found.append(f"{where}:{stmt.lineno}: {node.name}.template is not N_(...)")
        elif isinstance(node, ast.Call):
            name = _called(node)
            if name == "N_":
                problem = _marker_problem(node)
                if problem:
                    found.append(f"{where}:{node.lineno}: {problem}")
            elif (name in errors or name == "Text") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp):
                    found.append(f"{where}:{node.lineno}: the template given to {name}(...) is not N_(...)")
                elif name == "Text" and _is_marker(first) and _marker_problem(first) is None \
                        and first.args[0].value != _text_context(node):
                    found.append(f"{where}:{node.lineno}: Text is marked in {first.args[0].value!r} but declares "
                                 f"the context {_text_context(node)!r}")
    return sorted(found, key=lambda problem: int(problem.split(":")[1]))


PACKAGES = ("tagana_app", "inventory", "deployment")


@pytest.mark.parametrize("package", [
    "tagana_app",
    "inventory",
    "deployment",
])
def test_every_refusal_template_and_text_is_marked(package):
    errors = _error_classes(PACKAGES)
    assert {"ValidationError", "NotFound", "Duplicate", "PermissionDenied", "InsufficientStock"} <= errors
    problems = [p for path in sorted((ROOT / package).rglob("*.py"))
                if not str(path.relative_to(ROOT)).startswith(SKIPPED) for p in unmarked(path, errors)]
    assert problems == [], f"{len(problems)} texts of {package} are not marked:\n" + "\n".join(problems)


def test_the_check_finds_what_it_should(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Refused(TaganaError):\n"
        "    template = 'Ditolak.'\n"
        "class Fine(TaganaError):\n"
        "    template = N_('errors', 'Boleh.')\n"
        "ValidationError('Data {x} salah.', x=1)\n"
        "ValidationError(f'Data {x} salah.')\n"
        "ValidationError(N_('errors', 'Data {x} salah.'), x=1)\n"
        "Text('di {w}', w=1)\n"
        "Text(N_('domain', 'di {w}'), w=1)\n"
        "Text(N_('domain', 'di {w}'), 'domain', w=1)\n"
        "N_(context, 'teks')\n"
        "N_('errors', text)\n"
        "N_('galat', 'teks')\n"
        "NotFound(what=N_('domain', 'Barang'), key='X')\n",
        encoding="utf-8")
    found = unmarked(sample, {"TaganaError", "Refused", "Fine", "ValidationError", "NotFound"})
    lines = sorted(int(p.split(":")[1]) for p in found)
    assert lines == [2, 5, 6, 8, 9, 11, 12, 13], found


def test_a_region_refusal_keeps_each_level_label_as_a_field():
    from tagana_app import regions

    with pytest.raises(ValidationError) as refused:
        regions.require("17.09", levels=(3, 4), field="Wilayah tujuan")
    assert str(refused.value) == ("Wilayah tujuan '17.09' (Kabupaten Bengkulu Tengah) adalah kabupaten/kota; yang "
                                  "diminta kecamatan atau desa/kelurahan.")
    wanted = refused.value.fields["wanted"]
    assert (wanted.template, wanted.fields) == ("{first} atau {rest}", {"first": "kecamatan", "rest": "desa/kelurahan"})
    with pytest.raises(ValidationError) as refused:
        regions.require("17.09.01", levels=(2,))
    assert refused.value.fields["wanted"] == "kabupaten/kota" and refused.value.fields["field"] == "Kode wilayah"
