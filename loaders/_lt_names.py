"""Lithuanian names anchored on their type word: ``Mokslo, inovacijų ir technologijų agentūra``.

A Lithuanian name puts its type word last (``agentūra``, ``klasteris``,
``forumas``, in any case) after genitive or agreeing modifiers, and starts with a
capitalised word (``Lietuvos``, ``Kauno``) or an ordinal (``5-oji``). The run is
read leftwards from the type word; a quoted name right before the type word
(``„AVAESEN“ klasterio``) or a name right after it (``klasteris SMART FOOD``)
is a name with that type word as its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from innograph.loaders._data import TypeWord, event_phrases
from innograph.loaders._lt import case_of, is_verb
from innograph.loaders._names import Token, is_acronym, is_name_word, tokens, type_word

__all__ = ["LtName", "lt_names"]

_MAX_WORDS = 7
_JOINERS = frozenset(("ir", "bei"))
#: Short Lithuanian function words that never belong to a name.
_STOP = frozenset("""su iš į už per prie po nuo iki apie dėl tarp kad tai yra buvo bus kaip jau dar
    ne tik bet o ar nors jog jūsų mūsų tavo mano tokio tokios tokių tokiu tokia toks kuris kuri kurie kurios kurio kurią jo jos jų šis ši šie šio šios šiame
    savo visi visų kiti kitų kitos naujų naujas nauja labai šį šią šiuo šiai šiam šiuos šias tą tas ta to tos tuo
    tam tie tų tuos minėtas minėto minėtą minėtos vyko įvyko vyks įvyks susirinko atvyko pateko gavo tapo liko
    kartu taip pat čia ten""".split())
#: Lowercase present passive participles (``remiama``, ``koordinuojamas``): a clause, not part of a name.
_PARTICIPLE = re.compile(r"^(?!(?:param|program|reklam|diagram|panoram|dram)(?:a|os|ą|ai|oje)$)"  # nouns: "paramos"
                         r"[a-ząčęėįšųūž]+(?:ama|oma|ima|amas|omas|amą|omą|amos|omos)$")
_ORDINAL = re.compile(r"^\d{1,2}-(?:oji|asis|ojo|osios|ojoje|ajame|ąjį|ąją|ieji|ųjų|ajai|ajam|osiose)$")
_QUOTED_BEFORE = re.compile(r"(?:^|(?<=[\s(/]))[„“\"]([^„“”\"\n,.;:]{2,80})[“”\"]\s*$")
#: ``klasterio „Tartu BioHealth“``: a short quoted name right after the type word.
_QUOTED_AFTER = re.compile(r"\s[„“\"](?P<name>[^\W\d_](?:[^„“”\"\n.;:!?]|\b(?:Sp|o)\.){1,60}?)[“”\"]")  # "Sp. z o.o."
_MAX_QUOTED_WORDS = 6


@dataclass(frozen=True)
class LtName:
    start: int
    end: int
    head: TypeWord
    head_start: int  # where the type word begins
    bare: tuple[int, int] | None = None  # span of the proper-name part (``SMART Food``)
    #: ``Estijos klasterio „Tartu BioHealth“``: the whole written form around a quoted name after its type word
    whole: tuple[int, int] | None = None


def _genitive(word: str) -> bool:
    return case_of(word) == "gen" or word.lower().endswith(("ų", "ės", "os", "io"))


def _modifier(word: str, head_case: str | None, inside: bool = False) -> bool:
    """A word that can stand inside a name before its type word; ``inside`` a sentence, a capitalised word
    shaped like a verb is a proper name (``Vilniaus Gedimino technikos universitetas``)."""
    lower = word.lower()
    verb = is_verb(lower) and not (inside and word[:1].isupper())
    if lower in _STOP or not word[:1].isalpha() or verb or _PARTICIPLE.search(word):
        return False
    if word[0].isupper() or is_name_word(word) or lower in _JOINERS:
        return True
    return _genitive(word) or (head_case is not None and case_of(word) == head_case)


def _can_start(toks: list[Token], index: int, sentence_start: int) -> bool:
    """A capitalised word can begin a name; at a sentence start only a genitive or a proper name can."""
    word = toks[index].text
    if _ORDINAL.match(word):
        return True
    if not (word[0].isupper() or is_name_word(word)):
        return False
    if index > 0 and toks[index - 1].start >= sentence_start:
        return True
    first = word.split("-")[0]
    if _head(Token(0, 0, first)) is not None:
        return False
    return is_acronym(first) or any(ch.isupper() for ch in first[1:]) or _genitive(first)


def _after_su(toks: list[Token], first: int, index: int) -> bool:
    """``su KTU inkubatorius pasirašė``: after ``su`` a name is instrumental; a nominative type word that is
    not also an instrumental form (``-a``) begins the next clause."""
    word = toks[index].text
    return first > 0 and toks[first - 1].text.lower() == "su" and case_of(word) == "nom" and not word.endswith("a")


def _event_phrase(toks: list[Token], index: int) -> bool:
    """``vasaros mokykla``: a type word of a body that, after this word, names an activity."""
    lemma = type_word(toks[index].text)
    return index > 0 and lemma is not None and f"{toks[index - 1].text.lower()} {lemma.word}" in event_phrases()


def _plural_modifier(toks: list[Token], index: int) -> bool:
    """``inkubatorių`` of ``verslo inkubatorių asociacija``: a genitive plural type word right before another
    type word says what the body unites, it names no body of its own."""
    word, after = toks[index].text, toks[index + 1] if index + 1 < len(toks) else None
    return (word.islower() and word.endswith("ų") and after is not None and after.start - toks[index].end == 1
            and after.text[:1].islower() and _head(after) is not None)


def _head(tok: Token) -> TypeWord | None:
    for part in reversed(tok.text.split("-")):
        found = type_word(part)
        if found is not None and found.lang == "lt" and found.kind in ("head", "weak"):
            return found
    return None


def _instrumental_adjective(word: str, head: str) -> bool:
    """``valstybine`` of ``su Klaipėdos valstybine kolegija``: an ``-inė`` adjective in the instrumental before a
    feminine head, whose instrumental is spelled like its nominative."""
    return word.islower() and word.endswith("ine") and len(word) > 5 and head.endswith("a")


def _left(text: str, offset: int, toks: list[Token], index: int) -> int | None:
    """Index of the first token of the name whose type word is ``toks[index]``."""
    first: int | None = None
    head_case = case_of(toks[index].text.split("-")[-1])
    cursor = index - 1
    while cursor >= 0 and index - cursor <= _MAX_WORDS:
        gap = text[toks[cursor].end - offset : toks[cursor + 1].start - offset]
        word = toks[cursor].text
        inside = cursor > 0 and toks[cursor - 1].start >= offset
        if gap not in (" ", ", ") or not (_modifier(word, head_case, inside) or _ORDINAL.match(word)
                                          or _instrumental_adjective(word, toks[index].text)):
            break
        if gap == ", " and not any(t.text in _JOINERS for t in toks[cursor + 1 : index]):
            break
        if word in _JOINERS and not toks[cursor + 1].text[:1].islower():
            break  # "X ir Lietuvos ... klasteris": two names, not one
        if cursor + 1 < index and toks[cursor + 1].text in _JOINERS and word[:1].isupper() \
                and case_of(word) == "nom":
            break  # "M. Žilinskas ir lenkų klasterio": a person and a description, not one name
        if _head(toks[cursor]) is not None and case_of(word.split("-")[-1]) == "nom":
            break  # "... klasteris, Lietuvos ... asociacija": the previous name ends here
        if _can_start(toks, cursor, offset):
            first = cursor
        cursor -= 1
    return first


def _bare(toks: list[Token], first: int, index: int) -> tuple[int, int] | None:
    """``SMART Food`` of ``SMART Food klasteris``: leading proper-name tokens, not inflected common words."""
    part = toks[first:index]
    if not part or any(not is_name_word(t.text) for t in part) or len(part) > 3 or any(
            case_of(t.text) not in (None, "nom") and not is_acronym(t.text) for t in part):
        distinct = [t for t in part[:1] if t.text[:1].islower() and is_name_word(t.text)]
        return (distinct[0].start, distinct[0].end) if distinct else None
    return part[0].start, part[-1].end


def lt_names(text: str, offset: int = 0) -> list[LtName]:
    """Type-word-anchored names in one Lithuanian sentence."""
    toks = tokens(text, offset)
    found: list[LtName] = []
    for index, tok in enumerate(toks):
        head = _head(tok)
        if head is None or _plural_modifier(toks, index) or _event_phrase(toks, index):
            continue
        after_quote = _quoted_after(text, offset, tok)
        if after_quote is not None:
            first = _left(text, offset, toks, index)
            whole_start = toks[first].start if first is not None else tok.start
            found.append(LtName(*after_quote, head, tok.start, after_quote, (whole_start, after_quote[1] + 1)))
            continue
        quoted = _QUOTED_BEFORE.search(text[: tok.start - offset])
        if quoted is not None:
            found.append(LtName(quoted.start(1) + offset, quoted.end(1) + offset, head, tok.start,
                                (quoted.start(1) + offset, quoted.end(1) + offset)))
            continue
        first = _left(text, offset, toks, index) if head.kind == "head" else None
        if first is not None and not _after_su(toks, first, index):
            found.append(LtName(toks[first].start, tok.end, head, tok.start, _bare(toks, first, index)))
            continue
        after = toks[index + 1] if index + 1 < len(toks) else None
        gap = text[tok.end - offset : after.start - offset] if after else ""
        if after is not None and gap in (" ", " „", " \"") and _distinct(after.text) and not _legal(after.text):
            end = _name_after(text, offset, toks, index + 1)
            found.append(LtName(after.start, end, head, tok.start, (after.start, end)))
    return found


def _quoted_after(text: str, offset: int, tok: Token) -> tuple[int, int] | None:
    """Span of ``Tartu BioHealth`` in ``klasterio „Tartu BioHealth“`` (a name, not a quoted sentence)."""
    match = _QUOTED_AFTER.match(text, tok.end - offset)
    if match is None or len(match["name"].split()) > _MAX_QUOTED_WORDS or match["name"] != match["name"].strip():
        return None
    return match.start("name") + offset, match.end("name") + offset


def _legal(word: str) -> bool:
    found = type_word(word)
    return found is not None and found.kind == "legal"


def _distinct(word: str) -> bool:
    return is_acronym(word) or (word[:1].islower() and is_name_word(word)) or any(ch.isupper() for ch in word[1:])


def _name_after(text: str, offset: int, toks: list[Token], index: int) -> int:
    """End of ``SMART FOOD`` in ``klasteris SMART FOOD``."""
    end = toks[index].end
    for tok in toks[index + 1 : index + 3]:
        if text[end - offset : tok.start - offset] != " " or not (is_acronym(tok.text) or tok.text[0].isupper()):
            break
        if case_of(tok.text) not in (None, "nom"):
            break
        end = tok.end
    return end
