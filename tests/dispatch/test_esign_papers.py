"""The dispatch papers with the office's certificate installed: the original BAST, Surat Jalan and SPT are
PAdES-signed and validate against the issuing CA; printed again from the Dokumen page they are not signed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from deployment.dispatch import documents
from tagana_app import esign, printing
from tests.esign_certs import P12_PASSWORD, SIGNER_NAME, make_certificates, signatures, validate

from .test_documents import _handed_over


@pytest.fixture(scope="module")
def certs():  # noqa: ANN201
    return make_certificates()


def test_every_original_dispatch_paper_is_signed_and_its_reprint_is_not(env, tmp_path, certs):
    path = tmp_path / "kantor.p12"
    path.write_bytes(certs.p12)
    env.db.write(lambda s: esign.setup(s, env.admin, path, P12_PASSWORD))
    number = _handed_over(env)
    papers = tmp_path / "dokumen"
    originals = [
        env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=papers)),
        env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=papers)),
        env.db.write(lambda s: documents.print_spt(s, env.koordinator, env.incident, directory=papers)),
    ]
    for printed in originals:
        data = open(printed.path, "rb").read()
        status = validate(data, certs.ca)
        assert status.bottom_line and status.coverage.name == "ENTIRE_FILE", printed.doc_type
        assert status.signing_cert.subject.native["common_name"] == SIGNER_NAME
        assert len(PdfReader(printed.path).pages) == printed.pages  # the paper itself is unchanged

        again = env.db.write(lambda s, n=printed.number: printing.reprint(s, env.koordinator, n, directory=papers))
        assert again.copy_no == 1 and signatures(open(again.path, "rb").read()) == []
