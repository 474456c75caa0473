"""A self-made certificate authority and office signing certificate for the electronic-signature tests,
and the check a PDF reader makes of a signed PDF (pyHanko's validation, the test CA as the only trust root)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

P12_PASSWORD = "rahasia-bsre-uji"
SIGNER_NAME = "Drs. H. Ahmad Fauzi, M.Si."


@dataclass(frozen=True)
class TestCertificates:
    ca: x509.Certificate
    signer: x509.Certificate
    p12: bytes                 # the signer's key, certificate and the CA, under P12_PASSWORD

    @property
    def ca_der(self) -> bytes:
        return self.ca.public_bytes(serialization.Encoding.DER)


def _name(common_name: str, unit: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Balai Sertifikasi Uji"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_certificates(*, not_before: datetime | None = None, not_after: datetime | None = None,
                      signer_name: str = SIGNER_NAME, password: str = P12_PASSWORD) -> TestCertificates:
    """A CA valid 2000-2099 and a signing certificate it issued (by default valid 2020-2090, so the tests
    pass at any date the suite sets the program's clock to)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("CA Uji Tagana", "Otoritas Sertifikat Uji")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(datetime(2000, 1, 1, tzinfo=UTC)).not_valid_after(datetime(2099, 1, 1, tzinfo=UTC))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    signer = (x509.CertificateBuilder().subject_name(_name(signer_name, "Dinas Sosial"))
              .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(not_before or datetime(2020, 1, 1, tzinfo=UTC))
              .not_valid_after(not_after or datetime(2090, 1, 1, tzinfo=UTC))
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                           data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                           crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
              .sign(ca_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"kantor", key, signer, [ca],
                                                serialization.BestAvailableEncryption(password.encode()))
    return TestCertificates(ca, signer, p12)


def signatures(pdf: bytes) -> list:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return list(PdfFileReader(io.BytesIO(pdf)).embedded_signatures)


def validate(pdf: bytes, ca: x509.Certificate):  # noqa: ANN201 - pyHanko's PdfSignatureStatus
    """The status of the PDF's only signature, validated as a PDF reader would, trusting only ``ca``
    (no revocation checks: the test CA publishes no CRL)."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    found = signatures(pdf)
    assert len(found) == 1, f"expected one signature, found {len(found)}"
    root = asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))
    context = ValidationContext(trust_roots=[root], allow_fetching=False,
                                # as of the moment the signature says it was made
                                moment=found[0].self_reported_timestamp + timedelta(seconds=1))
    return validate_pdf_signature(found[0], context)
