"""Which files go into the distribution; everything else is declared in pyproject.toml.

Packages are found, not listed, so a new sub-package can never be left out of `pip install .`.
``resources/`` is installed as the package ``tagana_resources``; every non-Python file inside the
packages (fonts, translations, icons, seed lists, the Alembic template) is shipped as package data.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
TOP_LEVEL = ("tagana_app", "inventory", "deployment", "ui")
RESOURCES = ("tagana_resources", "resources")
NOT_DATA = {".py", ".pyc", ".pyo", ".db", ".db-wal", ".db-shm", ".tmp", ".orig", ".rej"}


def data_files(folder: str) -> list[str]:
    """Every non-Python file under ``folder``, relative to it."""
    base = ROOT / folder
    return sorted(
        path.relative_to(base).as_posix()
        for path in base.rglob("*")
        if path.is_file() and path.suffix not in NOT_DATA and "__pycache__" not in path.parts
    )


packages = find_packages(where=".", include=[f"{name}*" for name in TOP_LEVEL] + [RESOURCES[1]])
packages = [RESOURCES[0] if name == RESOURCES[1] else name for name in packages]
package_data = {name: data_files(name) for name in TOP_LEVEL}
package_data[RESOURCES[0]] = data_files(RESOURCES[1])

setup(
    packages=packages,
    package_dir={RESOURCES[0]: RESOURCES[1]},
    package_data={name: files for name, files in package_data.items() if files},
)
