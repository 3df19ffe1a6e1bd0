"""read(): formats, encodings, bad input, language, title and date of a document."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from innograph.errors import DocumentError, InputError
from innograph.loaders import MAX_BYTES, bundled_corpus, find_documents, read

EN = "The project is coordinated by the University of Lodz and brings together clusters from five countries."
LT = "Projektą koordinuoja Mokslo, inovacijų ir technologijų agentūra, o partneriai yra klasteriai iš penkių šalių."


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_plain_text_keeps_text_and_facts_about_the_file(tmp_path):
    path = write(tmp_path, "001_Some File.txt", f"Cluster news\n\n{EN}\n")
    document = read(path)
    assert document.text == f"Cluster news\n\n{EN}\n"
    assert document.ident == "001-some-file"
    assert document.source == "001_Some File.txt"
    assert document.media_type == "text/plain" and document.encoding == "utf-8"
    assert document.title == "Cluster news"
    assert len(document.sha256) == 64 and document.warnings == ()


def test_html_keeps_headings_and_list_items_as_lines_and_drops_boilerplate(tmp_path):
    html = """<html><head><title>x</title><style>p{}</style><script>var a = 1;</script></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <h1>Project <b>iDemo</b></h1><p>First   paragraph
    continues.</p><ul><li>Alpha partner</li><li>Beta partner</li></ul>
    <table><tr><th>Partner</th><th>Country</th></tr><tr><td>Gamma Agency</td><td>LT</td></tr></table>
    <footer>Copyright</footer></body></html>"""
    document = read(write(tmp_path, "page.html", html))
    lines = [line for line in document.text.splitlines() if line]
    assert lines[:4] == ["Project iDemo", "First paragraph continues.", "• Alpha partner", "• Beta partner"]
    assert "Gamma Agency | LT" in lines
    assert not any(word in document.text for word in ("Home", "var a", "Copyright", "p{}"))
    assert document.media_type == "text/html" and document.title == "Project iDemo"


def test_markdown_loses_markup_but_keeps_headings_and_items(tmp_path):
    markdown = "# The *Demo* project\n\nSee [our site](https://example.org) for **more**.\n\n- one\n* two\n"
    document = read(write(tmp_path, "notes.md", markdown))
    assert document.text.splitlines() == [
        "The Demo project", "", "See our site (https://example.org) for more.", "", "• one", "• two"]
    assert document.media_type == "text/markdown"


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    document = read(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + EN.encode()))
    assert document.text.startswith("The project") and document.encoding == "utf-8-sig"


def test_other_encodings_are_detected_and_reported(tmp_path):
    document = read(write(tmp_path, "latin.txt", (LT + " " + LT).encode("cp1257")))
    assert "Mokslo, inovacijų ir technologijų agentūra" in document.text
    assert document.warnings and "not UTF-8" in document.warnings[0] and document.encoding in document.warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t\n ", "no text"), (b"PK\x03\x04\x00\x00binary\x00", "binary"),
     (b"<html><body><script>x()</script></body></html>", "no text")],
)
def test_unusable_files_raise_document_error(tmp_path, data, reason):
    suffix = ".html" if data.startswith(b"<html") else ".txt"
    with pytest.raises(DocumentError) as caught:
        read(write(tmp_path, "bad" + suffix, data))
    assert reason in caught.value.reason and caught.value.source == "bad" + suffix


def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="20 MB"):
        read(path)


def test_a_missing_file_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError):
        read(tmp_path / "nope.txt")


@pytest.mark.parametrize(("text", "language"), [(EN, "en"), (LT, "lt"), (f"{EN}\n{LT}\n{EN} {EN}\n{LT}", "mixed"),
                                               ("1234 5678", "und")])
def test_language(tmp_path, text, language):
    assert read(write(tmp_path, "t.txt", text)).language == language


def test_issued_date_near_the_top_needs_a_year(tmp_path):
    assert read(write(tmp_path, "a.txt", f"September 26 d., 2017\n\nTitle\n{EN}")).issued == dt.date(2017, 9, 26)
    assert read(write(tmp_path, "b.txt", f"2018-05-16\n{EN}")).issued == dt.date(2018, 5, 16)
    assert read(write(tmp_path, "c.txt", f"Gegužės 16 d.\n{LT}")).issued is None
    assert read(write(tmp_path, "d.txt", f"Title\n{EN}\n{EN}\n{EN}\n2018-05-16")).issued is None


def test_title_skips_dates_and_fields(tmp_path):
    assert read(write(tmp_path, "a.txt", f"September 26 d., 2017\n\nNine clusters went\n{EN}")).title == "Nine clusters went"
    assert read(write(tmp_path, "b.txt", f"Duration: 1 Jun 2018 - 30 Nov 2022\n\n{EN.lower()}")).title is None


def test_pathological_html_and_lines_finish_quickly(tmp_path):
    started = time.monotonic()
    deep = read(write(tmp_path, "deep.html", "<div>" * 50_000 + "Deep text here" + "</div>" * 50_000))
    assert deep.text.strip() == "Deep text here"
    long_line = read(write(tmp_path, "long.txt", ("Alpha Beta gamma, " * 300_000)))
    assert len(long_line.text) > 5_000_000
    assert time.monotonic() - started < 30


def test_find_documents_walks_folders_and_sorts(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.md", "sub/d.htm", "skip.pdf", "sub/.hidden.txt"):
        write(tmp_path, name, EN)
    found = find_documents([tmp_path, tmp_path / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.html", "b.txt", "sub/c.md", "sub/d.htm"]


def test_find_documents_refuses_missing_paths_and_empty_folders(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        find_documents([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no documents"):
        find_documents([tmp_path / "empty"])


def test_bundled_corpus_has_the_five_sample_documents():
    paths = find_documents([bundled_corpus()])
    assert [p.name[:3] for p in paths] == ["000", "001", "002", "003", "004"]
    languages = {p.name[:3]: read(p).language for p in paths}
    assert languages == {"000": "en", "001": "en", "002": "en", "003": "lt", "004": "en"}
