"""The texts of ``deployment`` that reach the window are marked for translation (``tagana_app.texts``).

Read from the source, as Qt's lupdate reads it: every refusal template (a TaganaError subclass's
``template`` and every literal first argument of a call to one), every literal template of a ``Text``,
and the labels and words the window shows (report columns and titles, dashboard figures, progress
steps, the ``{what}``/``{action}``/``{field}``... values of refusals) are written ``N_("context", "text")``
with both arguments literal; no f-string reaches the window.  Printed papers (``pdfs.py``) and the
command line's own output (``cli.py``) stay Indonesian and unmarked; refusals raised there are marked.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import deployment
from deployment.reports.model import Report
from tagana_app.errors import TaganaError

ROOT = Path(deployment.__file__).resolve().parent
REPO = ROOT.parent
CONTEXTS = {"errors", "domain"}
CONTEXT_NAMES = {"ERRORS": "errors", "DOMAIN": "domain"}
NOT_WINDOW = ("pdfs.py", "cli.py")  # printed papers and the command line's output: Indonesian, unmarked

# Calls whose arguments at these positions are shown in the window (labels, titles, progress steps...).
SHOWN_POSITIONS = {
    "Col": (1,), "Table": (1,), "ReportKind": (1, 4), "Figure": (1, 3), "Capability": (1,), "DemoPart": (0,),
    "Need": (1, 4), "Step": (1, 5, 6), "require_region": (1,), "_choice": (2,), "_site_time": (1,),
    "update": (2,),  # progress.update(done, total, text)
}
# Keyword arguments whose value fills a refusal's {field} or is otherwise shown.
SHOWN_KEYWORDS = {"what", "action", "field", "place", "document", "needed", "refusal", "required", "text"}
# Module-level tables of labels: {code: label}, ((code, label), ...) or (code-and-label, ...).
LABEL_TABLES = {"SKILLS", "LEVELS", "STATUSES", "SEXES", "DISASTER_TYPES", "EMERGENCY_STATUSES", "STATES",
                "DESTINATION_KINDS", "KIT_BASES", "RETURN_CONDITIONS", "CERTIFICATE_FILTERS", "FIGURE_TITLES"}


def _modules() -> list[str]:
    return sorted(info.name for package in ("tagana_app", "inventory", "deployment")
                  for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + ".")
                  if "migrations" not in info.name and not info.name.endswith("__main__"))


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _subclasses(sub)
    return found


@pytest.fixture(scope="module")
def names() -> dict[str, set[str]]:
    for module in _modules():
        importlib.import_module(module)
    return {"errors": {c.__name__ for c in _subclasses(TaganaError)} | {"TaganaError"},
            "reports": {c.__name__ for c in _subclasses(Report)}}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _words(node: ast.AST) -> bool:
    """A string literal or an f-string with letters in it: a text, not a code or an empty cell."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and any(c.isalpha() for c in node.value)


def _marked(node: ast.AST) -> str | None:
    """The context of ``N_("context", "text")``, or None when ``node`` is not such a call."""
    if isinstance(node, ast.Call) and _name(node) == "N_" and len(node.args) == 2 and not node.keywords \
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
        return node.args[0].value
    return None


def _labels(table: ast.AST) -> list[ast.AST]:
    """The labels of a label table (not its codes)."""
    if isinstance(table, ast.Dict):
        return list(table.values)
    if isinstance(table, ast.Tuple):
        return [e.elts[1] if isinstance(e, ast.Tuple) else e for e in table.elts]
    return []


def problems(source: str, path: str, errors: set[str], reports: set[str]) -> list[str]:
    """What breaks the marking rules in one module's source."""
    found: list[str] = []
    window = not path.endswith(NOT_WINDOW)
    tree = ast.parse(source)

    def say(node: ast.AST, what: str) -> None:
        found.append(f"{path}:{node.lineno}: {what}: {ast.unparse(node)[:90]}")

    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and ({getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                                               | {node.name}) & errors:
            for item in node.body:
                if isinstance(item, ast.Assign) and any(getattr(t, "id", "") == "template" for t in item.targets) \
                        and _marked(item.value) is None:
                    say(item, "refusal template not marked N_(\"errors\", ...)")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name == "N_":
            context = _marked(node)
            if context is None:
                say(node, "N_ needs a literal context and a literal text")
            elif context not in CONTEXTS:
                say(node, f"unknown context {context!r}")
            continue
        if (name in errors or name == "Text") and node.args:
            first = node.args[0]
            if _words(first) or isinstance(first, ast.BinOp):
                say(node, "literal template not wrapped in N_")
            if name == "Text" and _marked(first):
                given = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "context"), None)
                context = "errors" if given is None else (
                    given.value if isinstance(given, ast.Constant) else CONTEXT_NAMES.get(getattr(given, "id", "")))
                if context != _marked(first):
                    say(node, f"Text's context is not the context it is marked in ({_marked(first)!r})")
        if not window:
            continue
        positions = SHOWN_POSITIONS.get(name, (1,) if name in reports else ())
        for index in positions:
            if index < len(node.args) and _words(node.args[index]):
                say(node, f"argument {index + 1} of {name} is shown in the window but not marked")
        for keyword in node.keywords:
            if keyword.arg in SHOWN_KEYWORDS and _words(keyword.value):
                say(node, f"{keyword.arg}= is shown in the window but not marked")
        if name == "Table" and len(node.args) > 4 and isinstance(node.args[4], ast.Tuple):
            for row in node.args[4].elts:  # the totals rows: their first cell is a label
                if isinstance(row, ast.Tuple) and row.elts and _words(row.elts[0]):
                    say(row, "totals label not marked")
    for node in tree.body:
        if isinstance(node, ast.Assign) and {getattr(t, "id", "") for t in node.targets} & LABEL_TABLES:
            for label in _labels(node.value):
                if _words(label):
                    say(label, "label of a table not marked")
    for node in ast.walk(tree):
        if window and isinstance(node, ast.FunctionDef) and node.name in ("notes", "info"):
            for ret in (n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None):
                for elt in getattr(ret.value, "elts", ()):
                    cells = elt.elts if isinstance(elt, ast.Tuple) else [elt]
                    if _words(cells[0]) or any(isinstance(c, ast.JoinedStr) for c in cells):
                        say(elt, f"a line of {node.name}() not marked")
    return found


SOURCES = sorted(p.relative_to(REPO).as_posix() for p in ROOT.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES)
def test_texts_reaching_the_window_are_marked(path: str, names: dict[str, set[str]]) -> None:
    source = (REPO / path).read_text(encoding="utf-8")
    assert problems(source, path, names["errors"], names["reports"]) == []


def test_the_check_catches_unmarked_texts(names: dict[str, set[str]]) -> None:
    source = '''
class Late(TaganaError):
    template = "Terlambat {days} hari."
def f(progress, n, label):
    raise ValidationError(f"Jumlah {n} salah.")
    raise NotFound(what="Relawan", key=n)
    progress.update(1, 2, "Membaca")
    Text(N_("domain", "{n} hari"), n=n)
    Table("t", "Judul", (Col("no", "No"),), (), (("Jumlah", 1),))
    N_("domain", label)
SKILLS = {"dapur_umum": "dapur umum"}
'''
    found = problems(source, "deployment/example.py", names["errors"], names["reports"])
    assert sorted(line.split(": ")[1] for line in found) == sorted([
        'refusal template not marked N_("errors", ...)', "literal template not wrapped in N_",
        "what= is shown in the window but not marked", "argument 3 of update is shown in the window but not marked",
        "Text's context is not the context it is marked in ('domain')",
        "argument 2 of Table is shown in the window but not marked", "totals label not marked",
        "argument 2 of Col is shown in the window but not marked", "N_ needs a literal context and a literal text",
        "label of a table not marked"])


def _marks() -> set[tuple[str, str]]:
    found = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "N_" and _marked(node):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_lupdate_finds_every_mark(tmp_path: Path) -> None:
    """The catalogue is extracted by lupdate with N_ as a spelling of QT_TRANSLATE_NOOP: it sees them all."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate not installed next to the interpreter")
    ts = tmp_path / "deployment.ts"
    subprocess.run([str(tool), "-silent", "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", "-extensions", "py",
                    str(ROOT), "-ts", str(ts)], check=True)
    extracted = {(ctx.findtext("name"), m.findtext("source"))
                 for ctx in ET.parse(ts).iter("context") for m in ctx.iter("message")}
    assert _marks() - extracted == set()
    assert len(extracted) > 400


# --- what the window gets: sentences that keep their template and fields -------------------------

def test_assignment_preview_and_suggestions_keep_their_templates(db, users) -> None:
    from deployment import assignments
    from deployment import volunteers as vs
    from deployment.errors import AssignmentOverlap
    from tagana_app.texts import Text
    from tests.deployment.conftest import add_incident, add_volunteer

    coord = users["koordinator"]
    v = add_volunteer(db, coord, 1, skills=(vs.SkillInput("dapur umum", date(2024, 1, 1), date(2027, 12, 31)),))
    a, b = add_incident(db, coord), add_incident(db, coord, kind="tanah longsor")
    db.write(lambda s: assignments.assign_volunteer(s, coord, v.nik, a.number, "dapur umum", date(2026, 12, 10),
                                                    date(2026, 12, 14)))
    with db.read() as s:
        check = assignments.preview_assignment(s, v.nik, b.number, "komunikasi", date(2026, 12, 14),
                                               date(2026, 12, 15))
        reasons = assignments.suggest_volunteers(s, b.number, "dapur umum", date(2026, 12, 22),
                                                 date(2026, 12, 24))[0].reasons  # after 7 rest days
    refusal, warning = check.refusals[0], check.warnings[0]
    assert isinstance(refusal, Text) and refusal.template == AssignmentOverlap.template
    assert refusal == refusal.template.format(**refusal.fields) and "beririsan" in refusal
    assert isinstance(warning, Text) and warning.template == "{name} tidak memiliki keahlian {role}."
    assert warning.fields["role"] == "komunikasi"
    assert all(isinstance(r, Text) for r in reasons)
    assert reasons[0] == "Keahlian dapur umum, sertifikat berlaku s.d. 2027-12-31"
    assert reasons[0].template == "Keahlian {role}, sertifikat berlaku s.d. {expiry}" and reasons[0].context == "domain"


def test_report_lines_and_dispatch_refusals_keep_their_templates() -> None:
    from deployment.dispatch import lifecycle
    from deployment.needs import estimate_needs
    from deployment.reports import ReportFilter
    from tagana_app.texts import Text

    lines = ReportFilter(start=date(2026, 11, 1), warehouse="gdg-bt").describe(("period", "warehouse"))
    assert lines == ("Periode: 1 November 2026 s.d. sekarang", "Gudang: GDG-BT")
    assert lines[0].template == "Periode: {start} s.d. {end}" and lines[0].fields["end"] == "sekarang"
    with pytest.raises(lifecycle.WrongDispatchState) as refused:
        lifecycle.require_state("return", "PGR-1", lifecycle.DRAFT)
    allowed = refused.value.fields["allowed"]
    assert allowed == "Dikirim, Diserahterimakan atau Selesai" and isinstance(allowed, Text)
    basis = estimate_needs(10, 3, 2).lines[0].basis
    assert basis == "0.4 kg/orang/hari × 10 orang × 2 hari" and basis.fields["people"] == 10


def test_roster_row_problems_keep_their_templates(db, users, tmp_path: Path) -> None:
    from deployment import roster
    from tagana_app.texts import Text

    path = tmp_path / "relawan.csv"
    path.write_text("Nama;NIK;Jenis Kelamin;Kecamatan\nAndi;123;X;Karang Tinggi\n;;L;\n", encoding="utf-8")
    with db.read() as s:
        report, _good = roster.check_roster(s, path, home_region="17.09")
    messages = {e.message for e in report.errors}
    assert all(isinstance(m, Text) for m in messages) and all(isinstance(i, Text) for i in report.info)
    assert {m.template for m in messages} >= {"Jenis kelamin '{value}' tidak dikenal: isi L atau P.",
                                              "Nama wajib diisi.", "NIK wajib diisi."}
