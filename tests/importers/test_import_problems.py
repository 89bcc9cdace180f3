"""Every file a clerk cannot import gets an ImportProblem naming the file and saying what to do."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from councildesk.errors import CouncilDeskError
from councildesk.importers import MAX_BYTES, ImportProblem, blocks_from_bytes, read_blocks

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def problem(path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        read_blocks(path)
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    return caught.value


def test_import_problem_is_a_councildesk_error() -> None:
    error = ImportProblem("/tmp/x.pdf", "it is damaged", "Export it again.")
    assert isinstance(error, CouncilDeskError)
    assert str(error) == "Cannot import ‘x.pdf’: it is damaged. Export it again."


@pytest.mark.parametrize("name", ["protocol.txt", "protocol.md", "protocol.docx", "protocol.pdf"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty" in problem(path).problem


def test_file_over_20_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written to disk
    assert "20 MB" in problem(path).problem
    with pytest.raises(ImportProblem, match="20 MB"):
        blocks_from_bytes(b"x" * (MAX_BYTES + 1), "huge.txt")


def test_old_word_document(tmp_path: Path) -> None:
    path = tmp_path / "protocol.doc"
    path.write_bytes(OLE + b"\x00" * 600)
    assert ".docx" in problem(path).advice


def test_old_word_document_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "protocol.docx"
    path.write_bytes(OLE + b"\x00" * 600)
    assert "Save As" in problem(path).advice


def test_password_protected_word_document(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(OLE + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64)
    assert "password" in problem(path).problem


@pytest.mark.parametrize("name", ["protocol.rtf", "protocol.odt", "protocol", "protocol.docx.bak"])
def test_unsupported_kinds(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Member/Officer Protocol")
    found = problem(path)
    assert "cannot be imported" in found.problem and ".docx" in found.advice


def test_missing_file_and_a_folder(tmp_path: Path) -> None:
    assert "could not be opened" in problem(tmp_path / "gone.txt").problem
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "could not be opened" in problem(folder).problem


def test_corrupt_word_documents(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this zip is cut short")
    assert "damaged" in problem(path).problem
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")  # an OpenDocument, renamed
    path.write_bytes(other.getvalue())
    assert "damaged" in problem(path).problem
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document")
    path.write_bytes(broken.getvalue())
    assert "damaged" in problem(path).problem


def test_word_document_with_no_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert "no text" in problem(path).problem
