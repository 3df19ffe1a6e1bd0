"""Names to comparable tokens: folded, transliterated, legal forms stripped, words in one language.

``name_tokens("UAB „Šiaurės žvaigždė“")`` gives ``("siaures", "zvaigzde")``: accents
folded and other scripts transliterated (anyascii), punctuation dropped, a legal
form at the start or end removed (``legal_forms.tsv``), words naming a kind of body
put in English (``name_words.tsv``: "Universidad" -> "university") and stopwords
("of", "de", "ir") left out. Token order is kept; comparisons treat names as sets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

__all__ = ["fold", "name_tokens", "is_generic", "stems_match", "acronym_key", "token_country", "expands"]

_NOT_WORD = re.compile(r"[^a-z0-9&]+")
_STOPWORDS = frozenset(
    "of the and for a an at in on to by with from & de del della dei degli di da do dos das des du la le les el "
    "y e et und der die das fur zu zum zur am an bei van von voor en het ir ar i w na z ze och og pa ja ja".split()
)


def fold(text: str) -> str:
    """Lower-case ASCII with punctuation turned into spaces.

    >>> fold("Łódź University — „Ūkio“ ministerija")
    'lodz university ukio ministerija'
    """
    return " ".join(_NOT_WORD.sub(" ", anyascii(text).lower()).split())


def _table(name: str) -> list[list[str]]:
    text = (resources.files(__package__) / name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[tuple[str, ...], ...]:
    rows = _table("legal_forms.tsv")
    forms = {tuple(fold(row[0]).split()) for row in rows} | {tuple(fold(row[0].replace(".", "")).split()) for row in rows}
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


def _spelling(token: str) -> str:
    """German umlauts written out fold like the letters anyascii gives: "waermenetz" and "Wärmenetz" -> "warmenetz"."""
    return token.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@lru_cache(maxsize=1)
def _words() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    words: dict[tuple[str, ...], str] = {}
    kinds: set[str] = set()
    for word, english, kind in (row[:3] for row in _table("name_words.tsv")):
        words[tuple(_spelling(t) for t in fold(word).split())] = "" if kind == "filler" else english
        if kind == "type":
            kinds.add(english)
    return words, frozenset(kinds)


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """Kind-of-body words that end compounds ("energiaagentuur", "materiaalikiertoklusteri"), by their last four letters."""
    words, _ = _words()
    heads: dict[str, list[tuple[str, str]]] = {}
    for key, english in words.items():
        if len(key) == 1 and len(key[0]) >= 5 and english and english in _words()[1]:
            heads.setdefault(key[0][-4:], []).append((key[0], english))
    return {tail: tuple(sorted(found, key=lambda h: -len(h[0]))) for tail, found in heads.items()}


def _split_compound(token: str) -> list[str] | None:
    """A compound ending in a kind-of-body word, split into its first part and the English kind, or None."""
    for head, english in _heads().get(token[-4:], ()):
        if len(token) >= len(head) + 3 and token.endswith(head):
            first = token[: -len(head)]
            return _words()[0].get((first,), first).split() + english.split()
    return None


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Token -> ISO alpha-3 for the country words of name_words.tsv and pycountry's one-word country names."""
    import pycountry

    from .._countries import country_alpha3

    found: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and len(fold(name).split()) == 1:
                found[_spelling(fold(name))] = country.alpha_3
    for _, english, kind in (row[:3] for row in _table("name_words.tsv")):
        code = country_alpha3(english) if kind == "place" else None
        if code:
            found[english] = code
    return found


def token_country(token: str) -> str | None:
    """The country (ISO alpha-3) a name token names, if it names one: "lithuania" -> "LTU"."""
    return _countries().get(token)


def _strip_legal_forms(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        for form in _legal_forms():
            n = len(form)
            if len(tokens) > n and tuple(tokens[:n]) == form:
                tokens, changed = tokens[n:], True
            elif len(tokens) > n and tuple(tokens[-n:]) == form:
                tokens, changed = tokens[:-n], True
    return tokens


def _translate(tokens: list[str]) -> list[str]:
    words, _ = _words()
    longest = max(len(key) for key in words)
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + n])
            if key in words:
                out.extend(words[key].split())  # "teaduspark" -> science park
                i += n
                break
        else:
            out.extend(_split_compound(tokens[i]) or [tokens[i]])
            i += 1
    return out


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The comparable tokens of an organisation's or project's name.

    >>> name_tokens("Universidad de Zaragoza"), name_tokens("University of Zaragoza")
    (('university', 'zaragoza'), ('university', 'zaragoza'))
    >>> name_tokens("VšĮ „Fizikos instituto mokslo ir technologijų parkas“")
    ('physics', 'institute', 'science', 'technology', 'park')
    >>> name_tokens("Lodz University of Technology")
    ('lodz', 'university-of-technology')
    >>> name_tokens("MTÜ Emajõe Energiaagentuur")
    ('emajo', 'energia', 'agency')
    """
    tokens = [_spelling(t) for t in _strip_legal_forms(fold(name).split())]
    return tuple(t for t in _translate(tokens) if t and t not in _STOPWORDS)


def is_generic(tokens: tuple[str, ...]) -> bool:
    """True when every token only says what kind of body it is ("Innovation Agency").

    >>> is_generic(name_tokens("Innovation Agency")), is_generic(name_tokens("Lithuanian Innovation Centre"))
    (True, False)
    """
    _, kinds = _words()
    return all(t in kinds for t in tokens)


def stems_match(a: str, b: str) -> bool:
    """Two tokens that differ only in an ending (Lithuanian, Polish, German cases): "kauno" ~ "kaunas".

    >>> stems_match("kauno", "kaunas"), stems_match("nordjylland", "midtjylland"), stems_match("lodz", "lodzki")
    (True, False, False)
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[:1].isdigit():
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(len(a), len(b)) - 2


def acronym_key(text: str) -> str:
    """An acronym as compared: letters and digits, upper-case ("LitMEA" -> "LITMEA")."""
    return fold(text).replace(" ", "").upper()


def expands(acronym: str, run: tuple[str, ...]) -> bool:
    """True when ``run`` is the words ``acronym`` abbreviates, one initial each ("bshr" ~ Baltic Sea Health Region).

    >>> expands("bshr", ("baltic", "sea", "health", "region")), expands("bsr", ("baltic", "sea", "health"))
    (True, False)
    """
    return 3 <= len(acronym) == len(run) and acronym.isalpha() and "".join(t[0] for t in run) == acronym
