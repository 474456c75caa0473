"""Tagana Logistik: the application core (database, accounts, audit, settings)."""

from __future__ import annotations

__version__ = "0.1.0"
