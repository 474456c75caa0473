"""The window's side of the texts the domain marks (ui/texts.py): labels, filled templates, refusals and
progress steps come out in the installed language, with a small catalogue of our own."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tagana_app.errors import NotFound, TaganaError
from tagana_app.texts import N_, Text
from tests.ui.window_texts import installed, lrelease
from ui import errors, ops, texts

ENGLISH = {
    ("domain", "rusak ringan"): "slightly damaged",
    ("domain", "Gudang"): "Warehouse",
    ("domain", "Menyusun tabel {table}"): "Building the table {table}",
    ("domain", "stok"): "stock",
    ("errors", "Unit {serial} dalam kondisi {condition}."): "Unit {serial} is {condition}.",
    ("errors", "{what} '{key}' tidak ditemukan."): "{what} '{key}' not found.",
    ("errors", "Ditolak: {refusal} Hubungi pejabat."): "Refused: {refusal} Ask an official.",
    ("errors", "Rusak {condition}"): "Broken {nothing}",  # a translator's typo: the field does not exist
    ("roles", "Pemantau (hanya baca)"): "Observer (read only)",
    ("settings", "Zona waktu kantor"): "Office time zone",
}


def _ts(messages: dict[tuple[str, str], str]) -> str:
    contexts: dict[str, list[str]] = {}
    for (context, source), english in messages.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(english)}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(items)}</context>" for name, items in contexts.items())
    return f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">{body}</TS>'


@pytest.fixture
def english(tmp_path: Path, qapp) -> Iterator[None]:  # noqa: ANN001
    ts = tmp_path / "small.ts"
    ts.write_text(_ts(ENGLISH), encoding="utf-8")
    with installed(lrelease(ts, tmp_path / "small.qm")):
        yield


def test_a_label_is_translated_and_any_other_text_comes_back_unchanged(english) -> None:  # noqa: ANN001
    assert texts.label("rusak ringan") == "slightly damaged"
    assert texts.label("Budi Santoso") == "Budi Santoso"  # typed by a person
    assert texts.label("") == ""
    assert texts.tr_text("Gudang") == "Warehouse"
    assert texts.role_label("pemantau") == "Observer (read only)"


def test_a_text_is_translated_and_filled_again_with_its_fields_through_domain(english) -> None:  # noqa: ANN001
    made = Text(N_("errors", "Unit {serial} dalam kondisi {condition}."), serial="SN-1", condition="rusak ringan")
    assert made == "Unit SN-1 dalam kondisi rusak ringan."  # the command line's and the log's sentence
    assert texts.tr_text(made) == "Unit SN-1 is slightly damaged."
    assert texts.label(made) == "Unit SN-1 is slightly damaged."
    step = Text(N_("domain", "Menyusun tabel {table}"), context="domain", table="stok")
    assert texts.tr_text(step) == "Building the table stock"
    untranslated = Text(N_("errors", "Belum ada terjemahan {x}."), x="rusak ringan")
    assert texts.tr_text(untranslated) == "Belum ada terjemahan slightly damaged."


def test_a_field_that_is_a_text_is_translated_too(english) -> None:  # noqa: ANN001
    inner = Text(N_("errors", "Unit {serial} dalam kondisi {condition}."), serial="SN-1", condition="rusak ringan")
    outer = Text(N_("errors", "Ditolak: {refusal} Hubungi pejabat."), refusal=inner)
    assert texts.tr_text(outer) == "Refused: Unit SN-1 is slightly damaged. Ask an official."


def test_a_translation_with_a_wrong_field_shows_the_indonesian_sentence(english) -> None:  # noqa: ANN001
    assert texts.tr_text(Text(N_("errors", "Rusak {condition}"), condition="rusak ringan")) == "Rusak rusak ringan"


def test_a_refusal_is_shown_with_its_template_and_its_labels_translated(english) -> None:  # noqa: ANN001
    refusal = NotFound(what="Gudang", key="GD-9")
    assert str(refusal) == "Gudang 'GD-9' tidak ditemukan."
    assert errors.error_text(refusal) == "Warehouse 'GD-9' not found."
    typo = TaganaError(N_("errors", "Rusak {condition}"), condition="rusak ringan")
    assert errors.error_text(typo) == "Rusak rusak ringan"


def test_a_setting_label_is_translated_in_its_context(english) -> None:  # noqa: ANN001
    from tagana_app import settings

    assert texts.setting_label(settings.TIMEZONE) == "Office time zone"


def test_a_progress_step_is_translated_on_the_gui_thread(english, qtbot) -> None:  # noqa: ANN001
    """The work reports a Text from its thread; the progress dialog shows it in English."""
    go_on = threading.Event()

    def work(progress: ops.WorkerProgress) -> str:
        progress.update(1, 2, Text(N_("domain", "Menyusun tabel {table}"), context="domain", table="stok"))
        go_on.wait(10)
        return "done"

    op = ops.run(None, work, progress="Mohon tunggu")
    try:
        qtbot.waitUntil(lambda: op._dialog is not None and op._dialog.labelText() == "Building the table stock")
    finally:
        go_on.set()
    with qtbot.waitSignal(op.finished):
        pass
    assert op.result == "done"
