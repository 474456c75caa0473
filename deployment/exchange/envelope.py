"""The bytes of an exchange file: a readable first line, a header, the signature, the compressed body.

    TAGANA-TUKAR 1\\n
    {"dari": "PSK-01", "ke": "KAB-1709", "jenis": "tukar", "urut": 7, "dasar": 6, ...}\\n
    <64 bytes: Ed25519 signature of everything else: the two lines and the body>
    <the body: JSON, compressed (zlib)>

The header says who made the file and for whom, so a file is checked before its body is read: for
another site, from an unknown or revoked site, or not signed by the key paired with its sender.  A
file changed in any byte fails the signature (or cannot be read at all).  ``unpack`` never raises
anything but ``ExchangeRefused``.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from tagana_app.errors import TaganaError
from tagana_app.texts import N_

MAGIC = b"TAGANA-TUKAR 1\n"
SIGNATURE_SIZE = 64
MAX_BODY = 64 * 1024 * 1024  # what a body may grow to when decompressed


class ExchangeRefused(TaganaError):
    template = N_("errors", "Berkas pertukaran ditolak.")


def dumps(value: Any) -> bytes:
    """Canonical JSON: the same data gives the same bytes (hashes and signatures rely on it)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Unpacked:
    header: dict[str, Any]
    signed: bytes      # what the signature covers
    signature: bytes
    body_bytes: bytes  # compressed

    def body(self) -> dict[str, Any]:
        try:
            inflater = zlib.decompressobj()
            raw = inflater.decompress(self.body_bytes, MAX_BODY)
            if inflater.unconsumed_tail or not inflater.eof:
                raise ValueError("body too large or cut short")
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise ValueError("body is not an object")
        except (zlib.error, ValueError, UnicodeDecodeError):
            raise _damaged() from None
        return body


def _damaged() -> ExchangeRefused:
    return ExchangeRefused(N_("errors", "Berkas ini rusak atau bukan berkas pertukaran Tagana Logistik: isinya tidak "
                                        "dapat dibaca. Minta berkas itu dikirim ulang."))


def pack(header: dict[str, Any], body: dict[str, Any], sign: Any) -> bytes:
    """The file's bytes; ``sign(data) -> 64 bytes`` signs the header lines and the compressed body."""
    head = MAGIC + dumps(header) + b"\n"
    compressed = zlib.compress(dumps(body), 9)
    signature = sign(head + compressed)
    assert len(signature) == SIGNATURE_SIZE
    return head + signature + compressed


def unpack(data: bytes) -> Unpacked:
    if not data.startswith(MAGIC):
        raise _damaged()
    end = data.find(b"\n", len(MAGIC))
    if end < 0 or len(data) < end + 1 + SIGNATURE_SIZE:
        raise _damaged()
    try:
        header = json.loads(data[len(MAGIC):end])
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(header, dict) or not all(isinstance(header.get(k), str) for k in ("dari", "ke", "jenis")) \
            or not isinstance(header.get("urut"), int) or not isinstance(header.get("dasar"), int):
        raise _damaged()
    head = data[:end + 1]
    signature = data[end + 1:end + 1 + SIGNATURE_SIZE]
    body = data[end + 1 + SIGNATURE_SIZE:]
    return Unpacked(header, head + body, signature, body)
