"""What every report shares: the filter, the generic table shape, the base result and the registry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from tagana_app import clock, indonesian, regions, signatories
from tagana_app.errors import ValidationError
from tagana_app.progress import Progress
from tagana_app.texts import DOMAIN, N_, Text

FILTER_NAMES = ("as_of", "period", "warehouse", "incident", "region")


@dataclass(frozen=True)
class ReportFilter:
    """Period (``start``..``end``, both days included), or one day (``as_of``); codes as typed."""

    as_of: date | None = None
    start: date | None = None
    end: date | None = None
    warehouse: str | None = None  # warehouse code
    incident: str | None = None  # incident number
    region: str | None = None  # Kemendagri code: provinsi, kab/kota, kecamatan or desa

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(N_("errors", "Tanggal akhir {end} sebelum tanggal awal {start}."), start=self.start,
                                  end=self.end)

    @property
    def region_code(self) -> str | None:
        """The region normalised (dotted), refused when unknown."""
        if not self.region or not self.region.strip():
            return None
        return regions.require(self.region, field=N_("domain", "Wilayah")).code

    def describe(self, applies: tuple[str, ...]) -> tuple[Text, ...]:
        """The filter as lines under a report's title ("Periode: ...", "Gudang: ...")."""
        lines = []
        if "as_of" in applies:
            day = self.as_of or self.end or clock.today()
            lines.append(Text(N_("domain", "Posisi per tanggal: {day}"), DOMAIN, day=indonesian.long_date(day)))
        if "period" in applies and (self.start or self.end):
            start = indonesian.long_date(self.start) if self.start else N_("domain", "awal")
            end = indonesian.long_date(self.end) if self.end else N_("domain", "sekarang")
            lines.append(Text(N_("domain", "Periode: {start} s.d. {end}"), DOMAIN, start=start, end=end))
        if "warehouse" in applies and self.warehouse:
            lines.append(Text(N_("domain", "Gudang: {code}"), DOMAIN, code=self.warehouse.strip().upper()))
        if "incident" in applies and self.incident:
            lines.append(Text(N_("domain", "Kejadian: {number}"), DOMAIN, number=self.incident.strip().upper()))
        if "region" in applies and self.region_code:
            lines.append(Text(N_("domain", "Wilayah: {code} {name}"), DOMAIN, code=self.region_code,
                              name=regions.name(self.region_code)))
        return tuple(lines)


def end_of_day_utc(day: date) -> datetime:
    """The first moment after ``day`` in this computer's time zone, in UTC (ledger times are UTC)."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=clock.zone()).astimezone(UTC)


def start_of_day_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=clock.zone()).astimezone(UTC)


def local_date(value: datetime | None) -> date | None:
    return clock.local(value).date() if value is not None else None


def region_matches(code: str, wanted: str | None) -> bool:
    """A place lies in the wanted region: the same code or one under it (a desa in its kecamatan)."""
    if not wanted:
        return True
    return bool(code) and (code == wanted or code.startswith(wanted + "."))


def per_unit(pairs: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    """Quantities summed per unit, in the order the units first come ({"kg": 250, "lembar": 40}):
    kg, lembar and paket are never added into one figure."""
    out: dict[str, int] = {}
    for unit, qty in pairs:
        out[unit] = out.get(unit, 0) + (qty or 0)
    return out


def unit_sums(pairs: Iterable[tuple[str, int | None]]) -> str:
    """"250 kg; 40 lembar; 12 paket": each unit's own sum, for a cell or a line of text."""
    return "; ".join(f"{indonesian.quantity(qty)} {unit}" for unit, qty in per_unit(pairs).items())


# --- the generic table ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Col:
    """A column: ``kind`` text | int | date | no (a row number) decides the cell format everywhere."""

    key: str
    title: str
    width: float = 1.0  # relative weight (PDF) and about 6 characters per unit (.xlsx)
    kind: str = "text"


@dataclass(frozen=True)
class Table:
    """One table of a report: a sheet in .xlsx, a table in the PDF, a tab on screen.

    ``footer`` rows are totals: their first cell is a label spanning ``label_span`` columns.
    On paper only: ``group`` columns leave the table and head a sub-table per value ("GDG-BT
    Gudang Dinsos ..."); ``blank_repeats`` columns are left empty while the first of them has the
    same value as in the row above (one dispatch's details once, not on each of its lines).
    """

    key: str
    title: str
    columns: tuple[Col, ...]
    rows: tuple[tuple[Any, ...], ...]
    footer: tuple[tuple[Any, ...], ...] = ()
    label_span: int = 1
    note: str = ""
    group: tuple[int, ...] = ()
    blank_repeats: tuple[int, ...] = ()


@dataclass(frozen=True)
class Report:
    """The base of every report result; subclasses add their rows and totals."""

    kind: str
    title: str  # marked for translation, or a Text (the incident report's title names the incident)
    filter_lines: tuple[Text, ...]
    made_at: datetime

    landscape = False  # class attribute: wide reports print on landscape paper
    # Who signs the printed report (tagana_app.signatories roles), left to right; the last one is "Mengetahui"
    # when there are two.
    signed_by: ClassVar[tuple[str, ...]] = (signatories.KEPALA_DINAS,)

    def tables(self) -> list[Table]:
        raise NotImplementedError

    def info(self) -> list[tuple[str, str]]:
        """Label/value lines printed above the tables (the incident report uses them); the labels are
        marked for translation, a value is a Text where it has words of its own."""
        return []

    def notes(self) -> list[str]:
        """What the reader must know (what the data cannot say): marked texts, or Texts."""
        return []

    def file_stem(self) -> str:
        return f"laporan-{self.kind}-{clock.local(self.made_at):%Y%m%d-%H%M}"


Builder = Callable[[Session, ReportFilter, Progress], Report]


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    filters: tuple[str, ...]
    build: Builder = field(repr=False)
    description: str = ""


REPORTS: dict[str, ReportKind] = {}


def register(kind: ReportKind) -> ReportKind:
    REPORTS[kind.key] = kind
    return kind


def made_now() -> datetime:
    return clock.utcnow()



def plain(value: Any) -> Any:
    """Dicts and lists of a report (rows that are NamedTuples keep their field names), for JSON."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
