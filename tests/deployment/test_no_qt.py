from __future__ import annotations

import subprocess
import sys

MODULES = ("deployment.models", "deployment.volunteers", "deployment.incidents", "deployment.needs",
           "deployment.assignments", "deployment.roster", "deployment.cli", "deployment.demo")


def test_deployment_modules_import_without_qt():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in MODULES)
            + "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))], 'Qt loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True)
