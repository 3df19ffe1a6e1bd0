"""A strand, action or sub-programme of a programme, named in quotes after its kind word.

``finansuojamas iš Erasmus+ programos veiksmo „Profesinio meistriškumo centrai“ lėšomis``;
``Kūrybiška Europa (Creative Europe), paprogramė „Kultūra“``: the quoted name is a
programme, part of the programme named right before, and a project funded by that
programme is funded by its part too.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType, RelationName
from innograph.loaders._context import Context
from innograph.loaders._lt_slots import mentions_in
from innograph.loaders._text import Span, sentences

__all__ = ["find_programme_parts"]

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
    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            for match in _PART.finditer(sentence.text):
                whole = _whole(context, sentence, sentence.start + match.start())
                if whole is None:
                    continue
                part = _part(context, sentence.start + match.start("name"), sentence.start + match.end("name"))
                if builder.resolve_key(part) == builder.resolve_key(whole):
                    continue
                builder.relation(part, RelationName.PART_OF, whole, sentence.start, sentence.end, "lt-programme-part")
                for project in _funded(context, sentence, whole):
                    builder.relation(project, RelationName.FUNDED_BY, part, sentence.start, sentence.end,
                                     "lt-programme-part-funds")
