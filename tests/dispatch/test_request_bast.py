"""The BAST of a dispatch that answers a request names the request letter; a BAST of a dispatch without a
request says nothing new, so papers printed before requests existed keep their content."""

from __future__ import annotations

from datetime import timedelta

from deployment import requests as R
from deployment.dispatch import documents
from deployment.dispatch import service as D
from tagana_app import indonesian, printing, settings

from .conftest import KEC, TODAY
from .test_documents import PROFILE, _handed_over, _text


def _answered_request(env) -> tuple[str, str]:  # noqa: ANN001
    env.db.write(lambda s: settings.set_office(s, env.admin, PROFILE))
    data = R.RequestInput(incident=env.incident, requester_kind="kecamatan", region_code=KEC,
                          requester_name="Budi Contoh", requester_position="Camat Pondok Kelapa",
                          letter_number="400.9/12/PK/2026", letter_date=TODAY - timedelta(days=1),
                          lines=[R.RequestLineInput("MSS", 30)])
    request = env.db.write(lambda s: R.add_request(s, env.koordinator, data)).number
    env.db.write(lambda s: R.decide_request(s, env.pejabat, request, lines={"MSS": R.Decision(30)}))
    number = env.new(request=request)
    env.add(number, "MSS", 30)
    env.approve(number)
    env.step(D.send_dispatch, number, "gudang")
    env.step(D.handover_dispatch, number, "gudang")
    return request, number


def test_the_bast_names_the_request_it_answers(env, tmp_path) -> None:  # noqa: ANN001
    request, number = _answered_request(env)
    printed = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    text = " ".join(_text(printed.path))
    letter_day = TODAY - timedelta(days=1)
    expected = (f"Dasar: Surat permintaan Camat Pondok Kelapa (Budi Contoh) nomor 400.9/12/PK/2026 tanggal "
                f"{indonesian.long_date(letter_day)} (nomor agenda {request}).")
    assert expected in text
    with env.db.read() as s:
        d = D.get_dispatch(s, number)
        content = documents.bast_content(d, documents.request_basis(s, d))
        assert content["dasar"] == {"agenda": request, "nomor": "400.9/12/PK/2026", "tanggal": letter_day,
                                    "pemohon": "Budi Contoh", "jabatan": "Camat Pondok Kelapa"}
        assert printing.verify_document(s, printed.payload).matches


def test_a_bast_without_a_request_is_as_before(env, tmp_path) -> None:  # noqa: ANN001
    number = _handed_over(env)
    with env.db.read() as s:
        d = D.get_dispatch(s, number)
        assert documents.request_basis(s, d) is None
        assert "dasar" not in documents.bast_content(d, None)
    printed = env.db.write(lambda s: documents.print_bast(s, env.pejabat, number, directory=tmp_path))
    assert "Dasar:" not in " ".join(_text(printed.path))
