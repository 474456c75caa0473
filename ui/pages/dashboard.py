"""Dasbor, the first page after login: figures that open their lists, and three charts.

Everything is read in one background op (``deployment.reports.dashboard.load_dashboard``); a
change of stock, volunteers, incidents or dispatches reloads it, a burst of changes only once.
Clicking a figure switches the window to the section that lists it; a page that understands a
hint ("below_min", "loans") gets it through its optional ``show_link(hint)``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deployment.reports.dashboard import Dashboard, Figure, load_dashboard
from tagana_app import clock
from ui import ops, texts, theme
from ui.changes import Changes
from ui.context import AppContext
from ui.pages.dashboard_writeoffs import PendingWriteOffs
from ui.pages.pending_counts import PendingCountsPanel
from ui.pages.summary_dialog import SummaryDialog

AREAS = ("stock", "volunteers", "incidents", "dispatches", "requests")
RELOAD_DELAY_MS = 250  # a burst of changes reloads once
PALETTE = ["#1f4e79", "#c8a23c", "#4f8a5b", "#a8443b", "#6b5b95", "#3f8fa6", "#8c6d46", "#7b8794"]
WARN = "#a8443b"


class FigureButton(QPushButton):
    """A figure card: the number big, what it counts under it; clicking opens its list."""

    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.link = ""
        self.setObjectName("figure")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(84)
        self.value = QLabel("–")
        self.value.setObjectName("figureValue")
        self.label = QLabel()
        self.label.setObjectName("figureLabel")
        self.label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        for child in (self.value, self.label, self.detail):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clicked.connect(lambda: self.activated.emit(self.link))

    def show_figure(self, figure: Figure) -> None:
        self.link = figure.link
        self.value.setText(QLocale().toString(figure.value))
        self.label.setText(figure_label(figure))
        self.detail.setText(texts.tr_text(figure.detail))
        warn = figure.alarming and figure.value > 0
        self.value.setStyleSheet(f"color: {WARN if warn else theme.PRIMARY_DARK};")
        self.setToolTip(self.tr("Klik untuk membuka daftarnya"))
        self.setAccessibleName(f"{self.label.text()}: {figure.value}")


class ChartCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen("#9aa5b1"))
            axis.setTextPen(pg.mkPen(theme.TEXT))
            axis.setStyle(tickFont=QFont(self.font().family(), 8))
        self.empty = QLabel(self.tr("Belum ada data"))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("chartLegend")
        self.legend.hide()
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.legend)

    def set_legend(self, entries: list[tuple[str, str]]) -> None:
        """Colour squares and names under the chart (a legend inside would cover the bars)."""
        self.legend.setText("&nbsp;&nbsp; ".join(
            f"<span style='color:{color}; font-size:11pt'>\u25a0</span>&nbsp;{html.escape(name)}"
            for color, name in entries))
        self.legend.setVisible(bool(entries))

    def set_empty(self, empty: bool) -> None:
        self.plot.setVisible(not empty)
        self.empty.setVisible(empty)

    def grouped_bars(self, groups: list[str], values: list[tuple[tuple[str, int], ...]], units: Sequence[str]) -> None:
        """One bar per unit side by side in each group (a warehouse, an incident), a colour per unit:
        quantities of different units are never stacked or added up."""
        plot = self.plot
        plot.clear()
        self.bars: dict[str, pg.BarGraphItem] = {}
        if not groups:
            self.set_legend([])
            return
        width = 0.8 / max(len(units), 1)
        legend, highest = [], 0
        for n, unit in enumerate(units):
            xs = [i - 0.4 + width * (n + 0.5) for i in range(len(groups))]
            heights = [dict(v).get(unit, 0) for v in values]
            color = PALETTE[n % len(PALETTE)]
            self.bars[unit] = pg.BarGraphItem(x=xs, height=heights, width=width * 0.92, brush=QColor(color),
                                              pen=pg.mkPen("w"))
            plot.addItem(self.bars[unit])
            legend.append((color, unit))
            highest = max(highest, *heights)
        self.set_legend(legend)
        plot.getAxis("bottom").setTicks([list(enumerate(groups))])
        plot.setXRange(-0.6, len(groups) - 0.4, padding=0)
        plot.setYRange(0, highest * 1.08 or 1, padding=0)


def _per_unit(values: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{QLocale().toString(qty)} {unit}" for unit, qty in values)


def figure_label(figure: Figure) -> str:
    """What the figure counts, in the window's language (the domain marks its labels)."""
    return texts.label(figure.label)


STYLE = f"""
QPushButton#figure {{ background: white; border: 1px solid #cfd8e3; border-radius: 6px; text-align: left; }}
QPushButton#figure:hover {{ border-color: {theme.PRIMARY}; background: #f7fafd; }}
QPushButton#figure:focus {{ border: 2px solid {theme.PRIMARY}; }}
QLabel#figureValue {{ font-size: 19pt; font-weight: 600; }}
QLabel#figureLabel {{ color: {theme.TEXT}; font-weight: 600; }}
QFrame#chartCard {{ background: white; border: 1px solid #cfd8e3; border-radius: 6px; }}
QLabel#cardTitle {{ color: {theme.PRIMARY_DARK}; font-weight: 600; }}
QLabel#chartLegend {{ color: {theme.TEXT}; font-size: 8.5pt; }}
"""

FIGURE_KEYS = ("incidents", "on_duty", "waiting", "below_min", "expiring", "expired", "overdue", "certificates",
               "requests_overdue")


class DashboardPage(QWidget):
    link_activated = Signal(str)  # "section" or "section:hint", after the window was switched
    loaded = Signal(object)  # the Dashboard shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard: Dashboard | None = None
        self._loading = False
        self._again = False
        self.setStyleSheet(STYLE)
        title = QLabel(self.tr("Dasbor"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("Selamat datang, {name}").format(name=ctx.actor.full_name or ctx.actor.username))
        self.subtitle.setObjectName("pageSubtitle")
        self.stamp = QLabel()
        self.stamp.setObjectName("muted")
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.stamp, 0, Qt.AlignmentFlag.AlignBottom)
        self.summary_button = QPushButton(self.tr("Ringkasan WhatsApp..."))
        self.summary_button.clicked.connect(self.open_summary)
        top.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.figures: dict[str, FigureButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for n, key in enumerate(FIGURE_KEYS):
            button = FigureButton(key)
            button.activated.connect(self.open_link)
            self.figures[key] = button
            grid.addWidget(button, n // 4, n % 4)

        # pinjam pakai outside incidents past their due date (the "overdue" figure counts their units)
        self.late_loans = QLabel()
        self.late_loans.setObjectName("lateLoans")
        self.late_loans.setWordWrap(True)
        self.late_loans.setStyleSheet(f"color: {WARN};")
        self.late_loans.hide()
        self.stock_chart = ChartCard(self.tr("Stok per satuan di setiap gudang"))
        self.sent_chart = ChartCard(self.tr("Barang terkirim per kejadian, per satuan"))
        self.duty_chart = ChartCard(self.tr("Relawan bertugas per hari, 30 hari terakhir"))
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self.stock_chart, 4)
        charts.addWidget(self.sent_chart, 3)
        charts.addWidget(self.duty_chart, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(grid)
        # the write-offs waiting for a pejabat's decision (its own widget; hidden while none waits)
        self.pending_writeoffs: PendingWriteOffs | None = None
        if PendingWriteOffs.wanted(ctx):
            self.pending_writeoffs = PendingWriteOffs(ctx)
            self.pending_writeoffs.activated.connect(self.open_link)
            layout.addWidget(self.pending_writeoffs)
        self.pending_counts = PendingCountsPanel(ctx)  # shows itself when a count waits for approval
        layout.addWidget(self.pending_counts)
        layout.addWidget(self.late_loans)
        layout.addLayout(charts, 1)

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changed)
        self.refresh()

    # --- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload in the background; a reload asked for while one runs follows it once."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        ops.read(self.ctx.db, self, load_dashboard, on_success=self.show_dashboard, on_error=self._failed)

    def open_summary(self) -> SummaryDialog:
        dialog = SummaryDialog(self.ctx, parent=self)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.stamp.setText(self.tr("Gagal memuat: {error}").format(error=str(exc)[:120]))

    def _show_late_loans(self, dashboard: Dashboard) -> None:
        late = dashboard.overdue_loans
        shown = [self.tr("{number} ({borrower}: {items}, {n} unit, terlambat {days} hari)").format(
            number=x.number, borrower=x.borrower, items=x.items, n=x.units_out, days=x.days_late) for x in late[:3]]
        if len(late) > 3:
            shown.append(self.tr("dan {n} lainnya").format(n=len(late) - 3))
        self.late_loans.setText(self.tr("Pinjam pakai terlambat kembali: {loans}").format(loans="; ".join(shown)))
        self.late_loans.setVisible(bool(late))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self._reload_timer.start()

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._loading = False
        self.dashboard = dashboard
        for figure in dashboard.figures:
            if figure.key in self.figures:
                self.figures[figure.key].show_figure(figure)
        self.stamp.setText(self.tr("{date} · diperbarui pukul {time}").format(
            date=QLocale().toString(dashboard.today, QLocale.FormatType.LongFormat),
            time=clock.now().strftime("%H.%M")))
        self._show_late_loans(dashboard)
        self._draw_stock(dashboard)
        self._draw_sent(dashboard)
        self._draw_duty(dashboard)
        self.loaded.emit(dashboard)
        if self._again:
            self._again = False
            self.refresh()

    # --- charts ------------------------------------------------------------------------------------

    def _draw_stock(self, d: Dashboard) -> None:
        self.stock_chart.set_empty(not d.stock)
        self.stock_chart.grouped_bars([w.warehouse for w in d.stock], [w.by_unit for w in d.stock], d.units)
        self.stock_chart.plot.setToolTip("\n".join(
            f"{w.warehouse}: {w.warehouse_name} ({_per_unit(w.by_unit)})" for w in d.stock))

    def _draw_sent(self, d: Dashboard) -> None:
        self.sent_chart.set_empty(not d.sent)
        units = sorted({unit for s in d.sent for unit, _qty in s.by_unit})
        self.sent_chart.grouped_bars([s.incident for s in d.sent], [s.by_unit for s in d.sent], units)
        self.sent_chart.plot.setToolTip("\n".join(self.tr("{incident}: {name} ({count} pengiriman: {quantities})").format(
            incident=s.incident, name=s.incident_name, count=s.dispatches, quantities=_per_unit(s.by_unit))
            for s in d.sent))

    def _draw_duty(self, d: Dashboard) -> None:
        plot = self.duty_chart.plot
        plot.clear()
        counts = [n for _day, n in d.on_duty]
        self.duty_chart.set_empty(not any(counts))
        if not any(counts):
            return
        xs = list(range(len(counts)))
        plot.plot(xs, counts, pen=pg.mkPen(theme.PRIMARY, width=2), symbol="o", symbolSize=4,
                  symbolBrush=theme.PRIMARY, symbolPen=None, fillLevel=0, fillBrush=pg.mkBrush(31, 78, 121, 40))
        ticks = [(i, day.strftime("%d/%m")) for i, (day, _n) in enumerate(d.on_duty) if i % 7 == (len(xs) - 1) % 7]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.8, len(xs) + 1.2, padding=0)  # room for the first and last date labels
        plot.setYRange(0, max(counts) * 1.2 or 1, padding=0)

    # --- links -------------------------------------------------------------------------------------

    def open_link(self, link: str) -> None:
        """Switch the window to the section of ``link`` and hand the page its hint."""
        section, _, hint = link.partition(":")
        window = self.window()
        if hasattr(window, "show_section"):
            window.show_section(section)
            page = window.page(section) if hasattr(window, "page") else None
            if hint and page is not None and hasattr(page, "show_link"):
                page.show_link(hint)
        self.link_activated.emit(link)
