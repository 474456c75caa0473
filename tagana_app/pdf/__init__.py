"""The PDF toolkit every document is built with (reportlab, no Qt).

    from tagana_app import pdf
    profile = pdf.load_profile(session)
    pdf.build_document(path, profile, title="SURAT JALAN", number=number, qr_payload=payload,
                       story=lambda ctx: [pdf.fields([...], ctx.width),
                                          pdf.data_table(columns, rows, ctx.width),
                                          pdf.signature_blocks([...], ctx.width, place_date=...)])
"""

from __future__ import annotations

from tagana_app.pdf.blocks import (
    Column,
    Signer,
    cell_text,
    data_table,
    esc,
    fields,
    heading,
    keep_headings,
    keep_space,
    numbered,
    numbered_block,
    para,
    signature_blocks,
    signed_end,
    spacer,
    title_block,
    two_parties,
    with_next,
)
from tagana_app.pdf.document import BuiltDocument, DocContext, build_document, draw_letterhead
from tagana_app.pdf.fonts import register_fonts
from tagana_app.pdf.profile import PAPERS, OfficeProfile, decode_logo, load_profile, paper_size
from tagana_app.pdf.styles import styles

__all__ = [
    "PAPERS", "BuiltDocument", "Column", "DocContext", "OfficeProfile", "Signer", "build_document", "cell_text",
    "data_table", "decode_logo", "draw_letterhead", "esc", "fields", "heading", "keep_headings", "keep_space", "load_profile", "numbered", "numbered_block",
    "paper_size", "para", "register_fonts", "signature_blocks", "signed_end", "spacer", "styles", "title_block", "two_parties",
    "with_next",
]
