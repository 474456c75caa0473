"""The rekap distribusi gains "Penyaluran ke desa/rumah tangga": the office's and the poskos' distributions
per desa; the table is left out when there are none."""

from __future__ import annotations

from sqlalchemy import select

from deployment.distribution import service
from deployment.distribution.models import Distribution
from deployment.reports import REPORTS, ReportFilter, export
from tagana_app.pdf import load_profile
from tagana_app.progress import NullProgress

from .conftest import DESA, DESA2, NIK2


def _report(world, **flt):  # noqa: ANN001, ANN202
    with world.db.read() as s:
        return REPORTS["distribution"].build(s, ReportFilter(**flt), NullProgress())


def test_per_desa_table(world, tmp_path) -> None:  # noqa: ANN001
    assert [t.key for t in _report(world).tables()] == ["distribusi", "per_barang"]
    a = world.give(package="PKK", lines=())
    world.give(nik=NIK2, recipient_name="Rahmat", household_size=3, desa_code=DESA2)
    posko = world.give(nik="", recipient_name="Ani", household_size=2)

    def at_posko(s) -> None:  # noqa: ANN001
        s.scalar(select(Distribution).where(Distribution.number == posko.number)).site_code = "POSKO-TP"
    world.db.write(at_posko)
    cancelled = world.give(nik="", recipient_name="Salah Catat", lines=(service.DistributionLineInput("MSS", 1),))
    world.db.write(lambda s: service.cancel_distribution(s, world.users["koordinator"], cancelled.number, "salah"))
    report = _report(world, incident=world.incident)
    table = report.tables()[-1]
    assert table.key == "per_desa"
    rows = {(r[2], r[5]): r for r in table.rows}
    assert set(rows) == {(DESA, "Kantor"), (DESA, "POSKO-TP"), (DESA2, "Kantor")}
    office = rows[(DESA, "Kantor")]
    assert office[3] == "Talang Pauh" and office[6:9] == (1, 1, 4)
    assert office[9] == "Beras 10 kg, Family kit 1 paket"
    assert table.footer[0][6:9] == (3, 3, 9)
    assert a.number  # the kit's goods counted once
    assert [r[2] for r in _report(world, region=DESA2).tables()[-1].rows] == [DESA2]
    with world.db.read() as s:
        profile = load_profile(s)
    export.to_xlsx(report, tmp_path / "rekap.xlsx", profile)
    export.to_pdf(report, tmp_path / "rekap.pdf", profile)
