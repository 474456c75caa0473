"""The look of the program: Fusion with a calm palette and a few named styles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

PRIMARY = "#1f4e79"      # deep government blue
PRIMARY_DARK = "#173b5c"
ACCENT = "#c8a23c"       # muted gold
WINDOW = "#f3f5f8"
NAV = "#e6ebf1"
TEXT = "#1f2933"
MUTED = "#5b6b7b"

STYLESHEET = f"""
QFrame#header {{ background: {PRIMARY}; border-bottom: 3px solid {ACCENT}; }}
QFrame#header QLabel {{ color: white; }}
QLabel#headerGovernment {{ font-size: 9pt; color: #d7e3ee; letter-spacing: 1px; }}
QLabel#headerOffice {{ font-size: 14pt; font-weight: 600; }}
QLabel#headerApp {{ font-size: 10pt; color: #d7e3ee; }}
QLabel#demoBadge {{ background: {ACCENT}; color: #2b2100; border-radius: 3px; padding: 2px 8px;
                    font-weight: 600; font-size: 9pt; }}
QListWidget#nav {{ background: {NAV}; border: none; border-right: 1px solid #cfd8e3; outline: 0;
                   font-size: 10pt; padding-top: 8px; }}
QListWidget#nav::item {{ padding: 8px 10px; margin: 1px 6px; border-radius: 4px; color: {TEXT}; }}
QListWidget#nav::item:hover {{ background: #d6dfe9; }}
QListWidget#nav::item:selected {{ background: {PRIMARY}; color: white; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: {PRIMARY_DARK}; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#badge {{ color: {PRIMARY_DARK}; background: #dde7f1; border-radius: 10px; padding: 3px 12px;
                font-weight: 600; }}
QLabel#errorText {{ color: #a61b1b; }}
QLineEdit[readOnly="true"] {{ background: #eef2f6; color: #3e4c59; }}
QGroupBox {{ font-weight: 600; border: 1px solid #cfd8e3; border-radius: 5px; margin-top: 14px;
             padding-top: 8px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {PRIMARY_DARK}; }}
QStatusBar {{ background: {NAV}; color: {MUTED}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QPushButton#primary {{ background: {PRIMARY}; color: white; border: 1px solid {PRIMARY_DARK};
                       border-radius: 4px; padding: 5px 16px; font-weight: 600; }}
QPushButton#primary:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#primary:disabled {{ background: #8aa2b8; border-color: #8aa2b8; }}
QHeaderView::section {{ background: {NAV}; padding: 4px 6px; border: none;
                        border-right: 1px solid #cfd8e3; border-bottom: 1px solid #cfd8e3; }}
QTableView {{ gridline-color: #e3e8ee; selection-background-color: #cfe0f1; selection-color: {TEXT}; }}
QTableView::item {{ padding: 0 6px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: WINDOW, QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f5f8fb",
        QPalette.ColorRole.Text: TEXT, QPalette.ColorRole.Button: "#e9edf2",
        QPalette.ColorRole.ButtonText: TEXT, QPalette.ColorRole.Highlight: PRIMARY,
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT, QPalette.ColorRole.Link: PRIMARY,
        QPalette.ColorRole.PlaceholderText: "#8795a1",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7b8794"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7b8794"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
