"""What making and taking an exchange file returns (shared by the engine and the pairing of sites)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Made:
    data: bytes
    name: str          # the file name to offer
    site_code: str     # for whom
    seq: int
    base: int
    records: int
    size: int


@dataclass
class Outcome:
    status: str        # diterapkan | sudah | ditahan | tercakup | dipasangkan | dikenal
    site_code: str
    seq: int
    applied: int = 0
    pending: int = 0
    refused: int = 0
    released: list[int] = field(default_factory=list)  # held files applied after this one
    messages: list[str] = field(default_factory=list)
