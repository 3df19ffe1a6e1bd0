"""Organisation (and event) names: make an entity from a span, find typed names in text.

``make_org`` cleans a span (article, quotes, a trailing ``of Denmark`` that only
says where the body is) and sets the subtype from the name's head type word and
the country from a code, a trailing country or a leading adjective.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import event_phrases, generic_bodies
from innograph.loaders._countries import country_from_word
from innograph.loaders._names import CONNECTORS, Chunk, is_acronym, lemma_of, tokens, type_word

__all__ = ["head_type", "make_org", "names_a_body", "trim_span"]

_LEADING = re.compile(r"^(?:the|The|THE|a|an)\s+|^[„“”\"«'‘]+|^[\w.-]+-(?:based|affiliated|led|owned|funded)\s+(?=[A-Z])|"
                      r"^(?:[Rr]epresentatives|[Dd]elegates|[Ss]taff|[Ee]xperts|[Ss]tudents|[Mm]embers|[Rr]esearchers|"
                      r"[Ss]peakers|[Cc]olleagues|[Ee]mployees)\s+(?:from|of)\s+|"
                      r"^(?:(?:[Mm]anagement|[Ss]upervisory|[Ee]xecutive)\s+)?[Bb]oard\s+of\s+the\s+")
_TRAILING = re.compile(r"[\s„“”\"»'’,.;:]+$")
_WHERE = re.compile(r"\s+(?:of|in|from)\s+(?:the\s+)?(?P<country>[A-Z][\w]+(?:\s[A-Z][\w]+)?)$")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/quote and trailing punctuation from ``text[start:end]``."""
    piece = text[start:end]
    lead = _LEADING.match(piece)
    while lead and lead.end() > 0:
        start += lead.end()
        piece = text[start:end]
        lead = _LEADING.match(piece)
    trail = _TRAILING.search(piece)
    if trail:
        kept = piece[: trail.start()]
        closes = trail.group().lstrip()[:1] in "“”\"" and kept.count("„") > kept.count("“") + kept.count("”")
        end = start + trail.start() + (len(trail.group()) - len(trail.group().lstrip()) + 1 if closes else 0)
    return start, max(start, end)  # "UAB „Name“" keeps the quote that closes its name


_SEGMENT_BREAK = frozenset("of for in at on de du des del der di zu van von".split())


def _head_word(name: str) -> str | None:
    """The type word heading ``name``.

    English: the last word of the first segment (``University`` of ``University of
    Lodz``, ``Park`` of ``Science and Technology Park of ...``), else the last word
    (``Matchmaking`` of ``Cluster Collaboration and Matchmaking``); acronyms and
    numbers at the end do not count. Lithuanian names end in their type word.
    """
    words = [tok.text for tok in tokens(name)]
    first: list[str] = []
    for word in words:
        if word.lower() in _SEGMENT_BREAK:
            break
        first.append(word)
    if len(words) >= 3 and type_word(words[-1]) is None and words[-1][:1].isupper() and not is_acronym(words[-1]) \
            and not re.search(r"(?:tion|ment|ing|ity|ship|ness|s)$", words[-1]) and not words[0].endswith("ing"):
        second = type_word(words[-2])  # "Maritimes Cluster Vorpommern": a type word before a place name
        if second is not None and second.kind == "head" and second.lang == "en" and words[-2][0].isupper():
            return words[-2]
    for candidate in (_last_word(first), _last_word(words)):
        found = type_word(candidate) if candidate else None
        if found is not None and (found.kind == "legal" or candidate[0].isupper() or found.lang == "lt"):
            return candidate
    return None


def _last_word(words: list[str]) -> str | None:
    for word in reversed(words):
        if not word.isdigit() and not (is_acronym(word) and type_word(word) is None):
            return word
    return None


def head_type(name: str) -> tuple[str | None, str | None]:
    """(class, subtype) of a name from its head type word, or (None, None); ``Summer School`` is an event."""
    phrase = event_phrases().get(" ".join(name.lower().split()[-2:]), False)
    if phrase is not False:
        return EntityType.EVENT.value, phrase
    head = _head_word(name)
    found = type_word(head) if head else None
    if found is None:
        return None, None
    return found.cls, found.subtype


def names_a_body(name: str) -> bool:
    """The name is headed by a strong organisation type word (``European Institute of ...``)."""
    head = _head_word(name)
    found = type_word(head) if head else None
    return found is not None and found.cls == EntityType.ORGANISATION.value and found.kind == "head"


def _where(context: Context, start: int, end: int) -> tuple[int, str | None]:
    """End of the name proper and the country when it ends in ``of <Country>``."""
    match = _WHERE.search(context.text[start:end])
    if not match:
        return end, None
    country = country_from_word(match["country"])
    remainder = context.text[start : start + match.start()]
    if country is None or context.builder.find_any(context.text[start:end]):
        return end, None
    cls, _ = head_type(remainder)
    last = remainder.split()[-1] if remainder.split() else ""
    if match.group().split()[0] in ("in", "from") and remainder:
        return start + match.start(), country
    if cls is None or type_word(last) is None or last.lower() == "republic":
        return end, country  # the country is part of the name (Ministry ... of Latvia)
    return start + match.start(), country


def _adjective_before_name(context: Context, start: int, end: int) -> tuple[int, str | None]:
    """``Finnish Tampere Wearables Cluster``: a country adjective before a place or a non-English word
    says where the body is; it is not part of the name (``Lithuanian Innovation Centre`` keeps it)."""
    from innograph.loaders._data import country_adjectives
    from innograph.loaders._cities import city_country
    from innograph.loaders._lt_partner_items import lt_country_before_name

    words = context.text[start:end].split(" ")
    lt_country = lt_country_before_name(words)
    if lt_country is not None:  # "Suomijos Saimaa Industrial Academy"
        return start + len(words[0]) + 1, lt_country
    if len(words) < 3 or words[0] not in country_adjectives() or not words[1][:1].isupper():
        return start, None
    following = words[1]
    if city_country(following) or not following.isascii() or context.builder.find_any(" ".join(words[1:])):
        return start + len(words[0]) + 1, country_adjectives()[words[0]]
    return start, None


def _leading_country(name: str) -> str | None:
    words = name.split()
    if len(words) < 2:
        return None
    return country_from_word(words[0].strip("„“\""))


def _generic(context: Context, start: int, end: int) -> bool:
    """A programme role (``the Managing Authority``) names no particular organisation."""
    return context.text[start:end].lower() in generic_bodies()


def make_org(context: Context, start: int, end: int, rule: str, *, country_span: tuple[int, int] | None = None,
             type_: EntityType = EntityType.ORGANISATION, subtype: str | None = None,
             whole: bool = False) -> str | None:
    """The key of the organisation named by ``text[start:end]`` (None if nothing is left).

    ``whole``: keep a trailing ``of <Country>`` in the name (list items are names as a whole).
    """
    start, end = trim_span(context.text, start, end)
    if end - start < 2 or _generic(context, start, end):
        return None
    whole_end = end
    acronym = re.search(r"\s(?P<acr>[A-Z][A-Za-z]{2,10})$", context.text[start:end])
    if acronym and is_acronym(acronym["acr"]) and head_type(context.text[start : start + acronym.start()])[0]:
        acronym_span = (start + acronym.start("acr"), end)
        end = start + acronym.start()
    else:
        acronym_span = None
    end, country = (end, None) if whole else _where(context, start, end)
    start, adjective = _adjective_before_name(context, start, end)
    country = country or adjective
    name = context.text[start:end]
    known = context.builder.find_any(name)
    if known is not None and context.builder.type_of(known) is not EntityType.PERSON:
        context.builder.alias(known, start, end, rule)
        key = known
    else:
        cls, head_subtype = head_type(name)
        label = _lt_label(name)
        key = context.builder.entity(type_, start, end, rule, label=label, subtype=subtype or head_subtype,
                                     language="lt" if label else None)
    if acronym_span is not None:
        context.builder.alias(key, start, acronym_span[1], rule)
        context.builder.alias(key, *acronym_span, rule)
        context.builder.attribute(key, AttributeName.ACRONYM, context.text[acronym_span[0] : acronym_span[1]],
                                  acronym_span[0], acronym_span[1], rule)
    country = country or _leading_country(name)
    if country and context.builder.type_of(key) is not EntityType.PROGRAMME:
        span = country_span or (start, whole_end)
        context.builder.attribute(key, AttributeName.COUNTRY, country, span[0], span[1], rule + "+country")
    return key


def _lt_label(name: str) -> str | None:
    """Nominative label of a Lithuanian name whose head type word is inflected."""
    words = name.split()
    if not words:
        return None
    lemma = lemma_of(words[-1].strip("„“\""))
    head = lemma if lemma is not None and lemma.lower() != words[-1].lower() else None
    if lemma is None:
        return None  # no Lithuanian type word heads the name ("Zeta Marine Cluster")
    agreeing = list(words[:-1])
    for index in range(len(agreeing) - 1, -1, -1):  # the adjectives right before the head agree with it
        adjective = _IN_ADJECTIVE.search(agreeing[index])
        if adjective is None or not (head or adjective.group() == "ine"):
            break  # "regioninės plėtros fondo": the adjective goes with "plėtros", not the head
        agreeing[index] = agreeing[index][: adjective.start()] + _IN_NOMINATIVE[adjective.group()]
    if head is None and agreeing == words[:-1]:
        return None
    return " ".join(agreeing + [head or words[-1]])


#: Case forms of the "-inis/-inė" adjectives that stand in bodies' names (valstybinė, regioninis), and their nominative.
_IN_NOMINATIVE = {"inės": "inė", "inei": "inė", "inę": "inė", "ine": "inė", "inėje": "inė",
                  "inio": "inis", "iniam": "inis", "inį": "inis", "iniu": "inis", "iniame": "inis"}
_IN_ADJECTIVE = re.compile(r"(?<=\w\w)(?:inės|inei|inę|ine|inėje|inio|iniam|inį|iniu|iniame)$")


def chunk_is_org(chunk: Chunk) -> bool:
    """A chunk names an organisation when its head is a (strong, singular) organisation type word."""
    cls, _ = head_type(chunk.text)
    if cls != EntityType.ORGANISATION.value or re.search(r"\s(?:19|20)\d\d$", chunk.text):
        return False  # a name ending in a year is an edition of an event, not a body
    head = _head_word(chunk.text)
    found = type_word(head) if head else None
    if found is None or found.kind != "head" or found.lang != "en" or head.lower() != found.word.lower():
        return False
    return any(type_word(t.text) is None and t.text.lower() not in CONNECTORS for t in chunk.tokens) \
        or any(is_acronym(t.text) for t in chunk.tokens)
