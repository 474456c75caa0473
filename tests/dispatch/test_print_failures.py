"""A print that fails leaves no file anywhere and takes no number; the files appear only after the
transaction that takes the number and records the print has committed (both databases)."""

from __future__ import annotations

import os

import pytest
from pypdf import PdfReader

from deployment.dispatch import documents
from tagana_app import doc_kinds, issued_documents, numbering, printing, verification
from tagana_app.outputs import OutputRefused

from .conftest import TODAY


def _approved(env) -> str:  # noqa: ANN001
    number = env.new()
    env.add(number, "BRS", 5)
    env.approve(number)
    return number


def _manifests(env) -> list[tuple[str, str, int]]:  # noqa: ANN001
    with env.db.read() as s:
        return [(r.number, r.entity_id, r.print_count) for r in numbering.list_numbers(s, doc_type="manifest")]


@pytest.mark.parametrize("where", ["building the PDF", "after the PDF is built"])
def test_a_failed_print_leaves_no_file_and_its_number_goes_to_the_next_paper(env, tmp_path, monkeypatch, where):
    docs, out = tmp_path / "dokumen", tmp_path / "keluar"
    out.mkdir()
    (out / "sj.pdf").write_bytes(b"lembar lama")
    first, second = _approved(env), _approved(env)
    taken = []
    build = documents.build_manifest_pdf

    def jammed(target, profile, d, number, **kwargs):  # noqa: ANN001, ANN003, ANN202
        taken.append((number, kwargs["payload"]))  # the number was taken and the print recorded
        if where == "building the PDF":
            raise RuntimeError("printer macet")
        return build(target, profile, d, number, **kwargs)

    def register_fails(*args):  # noqa: ANN002, ANN202
        raise RuntimeError("register macet")
    monkeypatch.setattr(documents, "build_manifest_pdf", jammed)
    monkeypatch.setattr(issued_documents, "register", register_fails)
    with pytest.raises(RuntimeError, match="macet"):
        env.db.write(lambda s: documents.print_manifest(s, env.gudang, first, directory=docs, out=out / "sj.pdf"))
    assert taken and taken[0][0].startswith("001/SJ/")
    assert not docs.exists() or os.listdir(docs) == []
    assert os.listdir(out) == ["sj.pdf"] and (out / "sj.pdf").read_bytes() == b"lembar lama"
    assert _manifests(env) == []
    assert env.show(first).manifest_number in (None, "")
    with env.db.read() as s, pytest.raises(verification.NotFound):
        verification.find_print(s, taken[0][1])
    monkeypatch.undo()

    # The number the failed print took was never taken: the next Surat Jalan gets it, its own paper.
    printed = env.db.write(lambda s: documents.print_manifest(s, env.gudang, second, directory=docs))
    assert printed.number == taken[0][0] and printed.copy_no == 0
    assert os.listdir(docs) == [os.path.basename(printed.path)]
    text = " ".join(page.extract_text() for page in PdfReader(printed.path).pages)
    assert second in text and first not in text
    again = env.db.write(lambda s: documents.print_manifest(s, env.gudang, first, directory=docs))
    assert again.number.startswith("002/SJ/")
    assert _manifests(env) == [(again.number, first, 1), (printed.number, second, 1)]


def test_a_refused_output_path_fails_the_print_before_anything_is_kept(env, tmp_path):
    docs = tmp_path / "dokumen"
    number = _approved(env)
    with pytest.raises(OutputRefused, match="tidak ada"):
        env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=docs,
                                                         out=tmp_path / "tidak-ada" / "sj.pdf"))
    assert not docs.exists() or os.listdir(docs) == []
    assert _manifests(env) == []


def test_files_wait_for_the_commit_and_go_when_it_rolls_back(env, tmp_path):
    docs = tmp_path / "dokumen"
    number = _approved(env)
    seen = {}

    def print_then_fail(s):  # noqa: ANN001, ANN202
        printed = documents.print_manifest(s, env.gudang, number, directory=docs, out=tmp_path / "sj.pdf")
        seen["visible"] = [p for p in (printed.path, str(docs / os.path.basename(printed.path))) if os.path.exists(p)]
        raise RuntimeError("listrik padam sebelum commit")
    with pytest.raises(RuntimeError):
        env.db.write(print_then_fail)
    assert seen["visible"] == []  # not in place before the commit
    assert os.listdir(docs) == [] and not (tmp_path / "sj.pdf").exists()  # and the temporary files are gone
    assert _manifests(env) == []
    printed = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=docs,
                                                               out=tmp_path / "sj.pdf"))
    assert printed.path == str(tmp_path / "sj.pdf") and (tmp_path / "sj.pdf").exists()
    assert sorted(os.listdir(docs)) == [os.path.basename(printing.file_name("manifest", printed.number, 0))]
    assert printed.number.startswith("001/SJ/") and str(TODAY.year) in printed.number


def test_an_original_already_in_the_documents_folder_is_set_aside_not_overwritten(env, tmp_path):
    """After a restore the sequence may give a number again whose original PDF is still in the folder."""
    docs = tmp_path / "dokumen"
    docs.mkdir()
    number = _approved(env)
    expected = numbering.format_number(doc_kinds.KINDS["manifest"].default_pattern, 1, env.show(number).dispatch_date)
    name = printing.file_name("manifest", expected, 0)
    (docs / name).write_bytes(b"kertas sebelum pemulihan")
    printed = env.db.write(lambda s: documents.print_manifest(s, env.gudang, number, directory=docs))
    assert printed.number == expected
    aside = name.removesuffix(".pdf") + ".sebelumnya-1.pdf"
    assert sorted(os.listdir(docs)) == sorted([name, aside])
    assert (docs / aside).read_bytes() == b"kertas sebelum pemulihan"
    assert (docs / name).read_bytes().startswith(b"%PDF")
