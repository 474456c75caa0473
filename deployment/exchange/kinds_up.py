"""Record kinds of the exchange (see deployment.exchange.kinds); filled in by issue 15's parts."""

from __future__ import annotations
