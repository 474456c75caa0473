"""The window's title names the office as a sentence writes it: "dan" small (not str.title)."""

from __future__ import annotations

from tagana_app import settings
from ui.office import display_name


def test_the_window_title_keeps_dan_small():
    values = {settings.OFFICE_NAME.key: "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
              settings.GOVERNMENT_NAME.key: "PEMERINTAH KABUPATEN BENGKULU TENGAH"}
    assert display_name(values) == ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak "
                                    "Kabupaten Bengkulu Tengah")
