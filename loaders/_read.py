"""Bytes to a :class:`Document`: decode, convert markup, clean, detect language and date."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from innograph.errors import DocumentError
from innograph.graph import Document
from innograph.loaders._convert import html_to_text, markdown_to_text
from innograph.loaders._dates import BYLINE, find_dates
from innograph.loaders._language import detect_language
from innograph.loaders._unwrap import unwrap

__all__ = ["MAX_BYTES", "MEDIA_TYPES", "read", "slug"]

MAX_BYTES = 20 * 1024 * 1024
MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}
_TITLE_MAX = 200
_MAX_GUESSES = 12
_GUESS_SAMPLE = 2000
#: Letters beyond ASCII of the languages the detector knows (lt, lv, et, fi, sv, da, de, pl),
#: plus typographic quotes and dashes; Cyrillic is counted by range.
_ALPHABETS = frozenset("ąčęėįšųūžāēģīķļņōŗõäöüåæøßćłńóśźż„“”‘’–—…€")
_SENTENCE_WORDS = 6  # a line this long ending in a full stop is a sentence of the text, not its title
_BYLINE_LINES = 15  # a byline stands under the headline, after a menu, a breadcrumb and a cookie notice
_ISSUED_LINES = 6  # the document's own date must be among its first lines (after a menu and a breadcrumb)
_DATELINE_LEAD = re.compile(r"[^\d\n]{1,40}[·•|–—,:]\s*")
_DATELINE_TAIL = re.compile(r"\s*[·•|]\s*[^\n]{1,40}")  # ``2022 m. birželio 8 d. | Naujienos``
_BOILERPLATE_LINE = re.compile(r"(?i)^(?:navigation|main)?\s*menu$|^skip to (?:main )?content$|^search\W*$|.*\bcookies\b|"
                               r"^(?:posted|published|updated|written)\s+(?:on|by|in)\b")
#: A breadcrumb trail (``Home › Projects › Energy``): where the page sits, not its title.
_BREADCRUMB = re.compile(r"^[^›»>/|]{1,60}(?:\s+[›»>/|]\s+[^›»>/|]{1,60}){1,8}$")
#: A menu bar flattened into one line: three or more short items apart by runs of spaces, tabs or `` · ``.
#: Page furniture of a printed layout: a rule of dashes, a running header in columns (``Interreg      Co-funded by``,
#: ``PROJECT FACTSHEET        page 1 / 2``): cells apart by wide gaps, or no letter at all.
_LAYOUT_LINE = re.compile(r"^[^\w]*$|\S(?: {3,}|\t+)\S")
_MENU_BAR = re.compile(r"^[^\s].{0,40}?(?:(?: {3,}|\t+)[^\s].{0,40}?){2,}$|^[^·•]{1,60}(?:\s[·•]\s[^·•]{1,60}){2,}$")


def slug(text: str) -> str:
    """Lowercase ASCII slug: accents folded, anything else becomes ``-``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _decode(source: str, raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig", ()
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    best = _best_guess(raw)
    if best is None or best.encoding is None:
        raise DocumentError(source, "the bytes are neither UTF-8 nor any encoding that could be detected")
    warning = f"{source}: not UTF-8; decoded as {best.encoding} (detected)"
    return str(best), best.encoding, (warning,)


def _best_guess(raw: bytes):  # type: ignore[no-untyped-def]
    """charset-normalizer's guesses; among equally clean ones, the one that reads most like a language."""
    results = list(from_bytes(raw))
    if not results:
        return None
    cleanest = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= cleanest + 0.01][:_MAX_GUESSES]
    return max(tied, key=lambda r: (_plausibility(str(r)[:_GUESS_SAMPLE]), -tied.index(r)))


def _plausibility(text: str) -> float:
    """Share of non-ASCII characters that belong to the alphabets of the corpus languages."""
    special = [ch for ch in text if ord(ch) > 127]
    if not special:
        return 1.0
    return sum(ch.lower() in _ALPHABETS or "\u0400" <= ch <= "\u04ff" for ch in special) / len(special)


def _check(source: str, raw: bytes) -> None:
    if len(raw) > MAX_BYTES:
        raise DocumentError(source, f"the file has {len(raw):,} bytes, over the limit of {MAX_BYTES:,} bytes (20 MB)")
    if not raw:
        raise DocumentError(source, "the file is empty")
    if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(source, "the file holds binary data (NUL bytes), not text")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _title(text: str) -> str | None:
    for line in _lines(text)[:5]:
        if _BOILERPLATE_LINE.match(line) or _BREADCRUMB.match(line) or _MENU_BAR.match(line) or _LAYOUT_LINE.search(line) \
                or _is_date_line(line) or not _heading_like(line):
            continue
        return line if len(line) <= _TITLE_MAX else None
    return None


def _heading_like(line: str) -> bool:
    """A line that can be a title: starts like a name, is no ``Label: value`` field and no sentence."""
    sentence = line.endswith(".") and len(line.split()) > _SENTENCE_WORDS
    return line[:1].isupper() and not line.endswith(":") and not re.match(r"^[\w ]{1,30}:\s", line) and not sentence


def _is_date_line(line: str) -> bool:
    """A line that is a date, or ends in one after a short section name (``Naujienos / News · 2021-03-15``)."""
    dates = find_dates(line)
    if len(dates) != 1 or (dates[0].end < len(line) - 2 and not _DATELINE_TAIL.fullmatch(line[dates[0].end :])):
        return False
    return dates[0].start <= 2 or bool(_DATELINE_LEAD.fullmatch(line[: dates[0].start]))


def _issued(text: str) -> dt.date | None:
    byline = next((line for line in _lines(text)[:_BYLINE_LINES] if BYLINE.match(line)), None)
    dated = [found.value for found in find_dates(byline or "") if isinstance(found.value, dt.date)]
    if dated:
        return dated[0]
    for line in _lines(text)[:_ISSUED_LINES]:
        if line.endswith((".", "!", "?")) and len(line.split(None, 10)) > 10:  # a page's date stands above its text
            return None
        for found in find_dates(line):
            if isinstance(found.value, dt.date) and _is_date_line(line):
                return found.value
    return None


def read(path: Path) -> Document:
    """Read one document file into a :class:`Document` (raises DocumentError)."""
    source = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(source, f"the file cannot be read ({error.strerror or error})") from error
    _check(source, raw)
    text, encoding, warnings = _decode(source, raw)
    media_type = MEDIA_TYPES.get(path.suffix.lower(), "text/plain")
    if media_type == "text/html":
        text = html_to_text(text)
    elif media_type == "text/markdown":
        text = markdown_to_text(text)
    text = unwrap(_clean(text))
    if not text.strip():
        raise DocumentError(source, "the file holds no text (only whitespace or markup)")
    return Document(
        ident=slug(path.stem) or "document",
        source=source,
        text=text,
        language=detect_language(text),
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media_type,
        encoding=encoding,
        title=_title(text),
        issued=_issued(text),
        warnings=warnings,
    )
