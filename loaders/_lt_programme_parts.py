"""A strand, action or sub-programme of a programme, named in quotes after its kind word.

``finansuojamas iš Erasmus+ programos veiksmo „Profesinio meistriškumo centrai“ lėšomis``;
``Kūrybiška Europa (Creative Europe), paprogramė „Kultūra“``: the quoted name is a
programme, part of the programme named right before, and a project funded by that
programme is funded by its part too. The whole may be a programme no gazetteer knows, named
by a genitive phrase (``pagal Lietuvos … 2024–2028 metų strateginio plano finansinę
priemonę „X“``); a project *implemented under* it (``įgyvendinamas pagal``) is funded by it.
"""

from __future__ import annotations

import re

from innograph.graph import AttributeName, EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt import roots
from innograph.loaders._lt_project_ties import earlier_project
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._text import Span, sentences

__all__ = ["call_numbers", "find_programme_parts"]

#: The kind word of a part of a programme (any case) and the quoted name after it.
_PART = re.compile(r"\b(?:veiksm|paprogram|krypt|sritie?s?|subprogram|priemon|kvietim)\w*\s+"
                   r"[„“\"](?P<name>[^„“”\"\n]{2,70}?)[“”\"]")
#: Between the programme and the kind word: ``programos``, an English name in brackets, a comma.
_BETWEEN = re.compile(r"[“”\"]?\s*(?:programos|programą|programa|programoje)?\s*(?:\([^()]{1,60}\))?\s*,?\s*")


def _whole(context: Context, sentence: Span, position: int) -> str | None:
    """The programme whose mention ends right before ``position`` (only the words above between)."""
    found = mentions_in(context, max(sentence.start, position - 120), position, EntityType.PROGRAMME)
    for start, end, key in reversed(found):
        if _BETWEEN.fullmatch(context.text, end, position):
            return key
    return None


#: Where a programme's genitive name starts: after a preposition, a punctuation mark or a dash.
_NAME_STOP = re.compile(r".*(?:\b(?:pagal|iš|per|pagrindu|kaip)\s+|[,;:()]\s*|\s[–—]\s+)", re.S)
#: ``Lietuvos … 2024–2028 metų strateginio plano`` (+ ``finansinę``): a capitalised genitive phrase ending in
#: a word for a programme or plan, then at most one adjective of the part's kind word.
_GENITIVE_WHOLE = re.compile(r"(?P<whole>[A-ZĄČĘĖĮŠŲŪŽ]\w*(?:\s+(?:[a-ząčęėįšųūž]\w*|(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d)){1,10}?"
                             r"\s+(?:programos|plano|strategijos))\s+(?:[a-ząčęėįšųūž]+(?:ę|ą|ės|os)\s+)?")
_IMPLEMENTED_UNDER = re.compile(r"\b(?:įgyvendinam|vykdom)\w*\s+pagal\s+$")


def _genitive_whole(context: Context, line: Span, sentence: Span, position: int) -> str | None:
    """The programme a genitive phrase right before the part's kind word names (made when new)."""
    stop = _NAME_STOP.match(context.text, sentence.start, position)
    begin = stop.end() if stop else sentence.start
    match = _GENITIVE_WHOLE.fullmatch(context.text, begin, position)
    if match is None:
        return None
    whole = context.builder.entity(EntityType.PROGRAMME, *match.span("whole"), "lt-genitive-programme")
    if _IMPLEMENTED_UNDER.search(context.text, sentence.start, begin):
        named = mentions_in(context, sentence.start, begin, EntityType.PROJECT)
        project = named[-1][2] if named else earlier_project(context, line, sentence.start)
        if project is not None:
            context.builder.relation(project, RelationName.FUNDED_BY, whole, sentence.start, sentence.end,
                                     "lt-implemented-under")
    return whole


#: ``Nordplus programos suaugusiųjų švietimo mainų lėšomis``: an unnamed strand (lowercase genitive words) of the
#: programme named before it pays for the project.
_STRAND_FUNDS = re.compile(r"\s+(?P<part>[a-ząčęėįšųūž]{3,}(?:\s+[a-ząčęėįšųūž]{3,}){1,3})\s+lėšomis\b")


def _strand(context: Context, line: Span, sentence: Span) -> None:
    for start, end, whole in mentions_in(context, sentence.start, sentence.end, EntityType.PROGRAMME):
        match = _STRAND_FUNDS.match(context.text, end, sentence.end)
        if match is None or not context.text[start:end].endswith("programos"):
            continue
        part = context.builder.entity(EntityType.PROGRAMME, *match.span("part"), "lt-programme-strand")
        context.builder.relation(part, RelationName.PART_OF, whole, sentence.start, sentence.end, "lt-programme-strand")
        named = mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT)
        project = named[0][2] if named else earlier_project(context, line, sentence.start) \
            if re.search(r"(?i)\bprojekt", sentence.text) else None
        for funder in (whole, part) if project is not None else ():
            context.builder.relation(project, RelationName.FUNDED_BY, funder, sentence.start, sentence.end,
                                     "lt-programme-strand")


def _part(context: Context, start: int, end: int) -> str:
    known = mentions_in(context, start, end, EntityType.PROGRAMME)
    if known and (known[0][0], known[0][1]) == (start, end):
        return known[0][2]
    return context.builder.entity(EntityType.PROGRAMME, start, end, "lt-programme-part-named")


def _funded(context: Context, sentence: Span, whole: str) -> list[str]:
    """Projects funded by ``whole``: the ones the sentence names, else the only one."""
    builder = context.builder
    funded = [key for key in builder.keys(EntityType.PROJECT) if builder.has_relation(key, RelationName.FUNDED_BY, whole)]
    in_sentence = {key for _s, _e, key in mentions_in(context, sentence.start, sentence.end, EntityType.PROJECT)}
    named = [key for key in funded if key in in_sentence]
    return named or (funded if len(funded) == 1 else [])


def find_programme_parts(context: Context) -> None:
    call_numbers(context)
    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            _strand(context, line, sentence)
            for match in _PART.finditer(sentence.text):
                whole = _whole(context, sentence, sentence.start + match.start()) \
                    or _genitive_whole(context, line, sentence, sentence.start + match.start())
                if whole is None:
                    continue
                part = _part(context, sentence.start + match.start("name"), sentence.start + match.end("name"))
                if builder.resolve_key(part) == builder.resolve_key(whole):
                    continue
                builder.relation(part, RelationName.PART_OF, whole, sentence.start, sentence.end, "lt-programme-part")
                for project in _funded(context, sentence, whole):
                    builder.relation(project, RelationName.FUNDED_BY, part, sentence.start, sentence.end,
                                     "lt-programme-part-funds")


#: ``Skaitmeninių partnerysčių kvietimo Nr. 03-011-K-0042``: a call's number, the measure named before it in
#: any case form.
_CALL_NUMBER = re.compile(r"\s+kvietim\w*\s+(?:Nr\.|numeris)\s*(?P<id>[A-Z0-9][A-Z0-9./-]{4,}[A-Z0-9])")


def _roots(word: str) -> set[str]:
    """Roots of a word with the t/d a -čių/-džių ending softens put back (``partnerysčių``: ``partneryst``)."""
    return {re.sub(r"dz$", "d", re.sub(r"c$", "t", root)) for root in roots(word)} | set(roots(word))


def _same_words(written: list[str], name: list[str]) -> bool:
    return len(written) == len(name) and all(_roots(a) & _roots(b) for a, b in zip(written, name))


def call_numbers(context: Context) -> None:
    """The number of a call for a programme (or measure) named before ``kvietimo Nr.`` is that programme's identifier."""
    for match in _CALL_NUMBER.finditer(context.text):
        before = context.text[max(0, match.start() - 120) : match.start()].split()
        for key in context.builder.keys(EntityType.PROGRAMME):
            names = [name.split() for name in context.builder.names_of(key)]
            if any(len(n) >= 2 and _same_words(before[-len(n):], n) for n in names):
                context.builder.attribute(key, AttributeName.IDENTIFIER, match["id"], *match.span("id"), "lt-call-number")
                break
