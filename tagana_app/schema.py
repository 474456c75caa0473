"""All tables of the program, gathered from every package that declares models.

The packages are listed by name so that the core never imports them at import time; the schema
is only needed by the migrations and by the tests that compare models with the migrated database.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from tagana_app.models import Base

MODEL_MODULES = ("tagana_app.models", "inventory.models", "deployment.models", "deployment.dispatch.models")


def metadata() -> MetaData:
    for name in MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return Base.metadata
