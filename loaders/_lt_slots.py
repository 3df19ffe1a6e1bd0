"""Slots of Lithuanian relation patterns: the bodies in a clause, and what ``klasteris`` refers to.

News refer back to a body by its bare type word (``Klasteris yra ... narys``,
``kartu su agentūra``) and to an event by a word for it (``Seminare dalyvavo``,
``Jį organizavo``). The referent is the body of that subtype (the event) the
article has named most often before that point (the first named on a tie); an
article ends at its source line (``Šaltinis: ...``).
"""

from __future__ import annotations

import re
from collections import Counter

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._data import role_words
from innograph.loaders._lt import case_of
from innograph.loaders._names import tokens, type_word
from innograph.loaders._text import Span

__all__ = ["TITLES", "Slot", "article_start", "clause_end", "close_before", "event_of", "head_case", "mentions_in", "orgs_in", "page_body", "referent",
           "referent_by_head"]

_ARTICLE_END = re.compile(r"(?im)^\s*(?:šaltinis|saltinis|source)\b")
#: Words for an event, in any case (``renginyje``, ``seminare``, ``diskusijoje``), and pronouns for one.
_EVENT_WORD = re.compile(
    r"(?i)\b(?:rengin\w*|forum\w*|konferencij\w*|seminar\w*|mug\w*|diskusij\w*|sesij\w*|mokymuose|mokymus|"
    r"mokymai|susitikim\w*|dirbtuv\w*)\b|^\W*(?:Jį|Ją|Jame|Joje|Jis|Ji)\b")
#: A clause ends at a relative clause, a semicolon or a colon.
#: ``..., dalyvaus VSTT ir ...``: a comma before a verb of taking part or speaking starts a clause too.
_CLAUSE_END = re.compile(r",\s+(?:kur\w*|kai|o|bet|tačiau|dalyv(?:aus|avo|auja)|kalbės|kalbėjo|skaitys|pristatys|"
                         r"pristatė)\b|[;:]|\s[–—]\s")
_REACH = 3000
#: Any case form of a Lithuanian role word (``direktorius``, ``vadovei``), as a pattern.
TITLES = "|".join(sorted({re.escape(title[:-2] if title.endswith(("as", "is", "ys", "us")) else title[:-1]) + r"\w*"
                          for title, lang in role_words() if lang == "lt"}, key=len, reverse=True))

Slot = tuple[int, int, str]  # (start, end, entity key)


def article_start(context: Context, position: int) -> int:
    ends = [m.end() for m in _ARTICLE_END.finditer(context.text, 0, position)]
    return max([0, *ends])


def clause_end(sentence: Span, position: int) -> int:
    """Where the clause that goes on at ``position`` ends (a relative clause, ``;``, a dash)."""
    match = _CLAUSE_END.search(sentence.text, position - sentence.start)
    return sentence.start + match.start() if match else sentence.end


def mentions_in(context: Context, start: int, end: int, type_: EntityType, *, nested: bool = False) -> list[Slot]:
    """Mentions of ``type_`` inside ``[start, end)``, longest first where they overlap, in text order.

    ``nested``: also the names inside a longer one (``Nemuno technikos kolegijos`` of its faculty's name)."""
    found = sorted(((m.start, _longest(context, key, m.start, m.end, end), key)
                    for key in context.builder.keys_between(start, end, type_)
                    for m in context.builder.mentions_of(key) if start <= m.start and m.end <= end),
                   key=lambda s: (s[0], -s[1]))
    kept: list[Slot] = []
    for slot in found:
        if not kept or slot[0] >= kept[-1][1] or (nested and slot[2] not in {k for _s, _e, k in kept}):
            kept.append(slot)
    return kept


def _longest(context: Context, key: str, start: int, end: int, limit: int) -> int:
    """End of the longest name of ``key`` written at ``start`` (``X savivaldybės administracija`` where the
    mention kept is ``X savivaldybės``: one mention per place)."""
    for name in context.builder.names_of(key):
        if len(name) > end - start and start + len(name) <= limit and context.text.startswith(name, start):
            end = start + len(name)
    return end


def referent(context: Context, position: int, subtype: str | None, type_: EntityType) -> str | None:
    """The body (event) of ``subtype`` named most often in the article before ``position``."""
    start = max(article_start(context, position), position - _REACH)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m_start, _end, key in mentions_in(context, start, position, type_):
        if subtype is None or context.builder.subtype_of(key) == subtype:
            counts[key] += 1
            first.setdefault(key, m_start)
    if not counts:
        return None
    return max(counts, key=lambda key: (counts[key], -first[key]))


def referent_by_head(context: Context, position: int, lemma: str) -> str | None:
    """``fakultetas`` / ``inkubatoriaus``: the body with that type word in its name named most in the article
    before ``position`` (a type word without a subtype says which body only through its name)."""
    start = max(article_start(context, position), position - _REACH)
    counts: Counter[str] = Counter()
    for _s, _e, key in mentions_in(context, start, position, EntityType.ORGANISATION):
        heads = {found.word for name in context.builder.names_of(key) for w in name.split()[-1:]
                 if (found := type_word(w)) is not None}
        if lemma in heads:
            counts[key] += 1
    return counts.most_common(1)[0][0] if counts else None


_HEAD_LINES = 3


def _heads(context: Context, key: str) -> set[str]:
    return {found.word for name in context.builder.names_of(key) for w in name.split()[-1:]
            if (found := type_word(w)) is not None}


def page_body(context: Context) -> str | None:
    """The body whose page or report the document is: its owner, else the organisation named in the top lines (or
    in the title: ``About X``) and more often than any other (``agentūra`` in its report is that agency)."""
    if context.owner is not None:
        return context.owner
    counts = Counter({key: len(context.builder.mentions_of(key)) for key in context.builder.keys(EntityType.ORGANISATION)})
    top = counts.most_common(2)
    lines = context.view.lines[:_HEAD_LINES]
    if not top or len(top) == 2 and top[0][1] <= top[1][1] or not lines:
        return None
    title = context.document.title or ""
    named_on_top = any(m.start < lines[-1].end for m in context.builder.mentions_of(top[0][0]))
    return top[0][0] if named_on_top or any(len(n) > 3 and n in title for n in context.builder.names_of(top[0][0])) \
        else None


def orgs_in(context: Context, start: int, end: int, *, nested: bool = False) -> list[Slot]:
    """Organisations named in ``[start, end)`` and bare type words that refer back to one, in text order."""
    named = mentions_in(context, start, end, EntityType.ORGANISATION, nested=nested)
    slots = list(named)
    for tok in tokens(context.text[start:end], start):
        if any(s <= tok.start < e for s, e, _k in named):
            continue
        word = type_word(tok.text)
        if word is None or word.lang != "lt" or word.cls != EntityType.ORGANISATION.value or word.kind != "head":
            continue
        if tok.text.lower().endswith(("ai", "ų", "ams", "uose")):  # plural: a group, not one body
            continue
        before = context.text[max(start, tok.start - 20) : tok.start].split()
        if any(e == tok.start - 1 for _s, e, _k in named) and before and case_of(before[-1]) == "gen":
            continue  # "savivaldybės administracija": the name in the genitive goes on
        body = page_body(context)
        key = body if body is not None and word.word in _heads(context, body) else (
            referent(context, tok.start, word.subtype, EntityType.ORGANISATION) if word.subtype
            else referent_by_head(context, tok.start, word.word))
        if key is not None:
            slots.append((tok.start, tok.end, key))
    return sorted(slots)


def head_case(context: Context, slot: Slot) -> str | None:
    """Grammatical case of the type word in a slot (``Klasterį „X“`` -> ``acc``), if it has one: the last one
    outside quotes, since a Lithuanian name ends in its head (``kolegijos Maisto technologijų fakultetas``: nom)."""
    bare = re.sub(r"[„“\"][^„“”\"]*[“”\"]", lambda m: " " * len(m.group()), context.text[slot[0] : slot[1]])
    heads = [tok.text for tok in tokens(bare) if (word := type_word(tok.text)) is not None and word.lang == "lt"]
    return case_of(heads[-1]) if heads else None


def event_of(context: Context, sentence: Span, *, loose: bool = False) -> str | None:
    """The event the sentence names, or the one it refers back to (``Seminare``, ``Jį``).

    ``loose``: a sentence without any word for an event refers to the article's event too.
    """
    named = mentions_in(context, sentence.start, sentence.end, EntityType.EVENT)
    if named:
        return named[0][2]
    if not loose and not _EVENT_WORD.search(sentence.text):
        return None
    return referent(context, sentence.start, None, EntityType.EVENT)


def close_before(context: Context, sentence: Span, position: int, reach: int = 3) -> list[Slot]:
    """The body named right before ``position`` (``X koordinuojamas``), with ``A kartu su B`` both."""
    found = orgs_in(context, max(sentence.start, position - 160), position)
    if not found or position - found[-1][1] > reach:
        return []
    last = found[-1]
    if len(found) >= 2 and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?kartu su\s*", context.text[found[-2][1] : last[0]]):
        return [found[-2], last]
    return [last]
