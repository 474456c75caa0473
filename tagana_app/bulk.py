"""Helpers for work on tens of thousands of rows at once (imports, reports)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many rows are built and kept alive.

    Each collection walks every live object again, and tens of thousands of new row tuples
    trigger one after another, while such work makes no reference cycles.  Usable as a
    decorator (``@gc_paused()``).  If another thread paused it first, that thread turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
