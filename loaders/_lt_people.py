"""Lithuanian people in their case forms: ``T. Jankausko`` and ``Tomo Jankausko`` are ``Tomas Jankauskas``.

News name a person in full once (``direktorius Tomas Jankauskas``) and later by an
initial or in another case (``T. Jankausko teigimu``, ``Pasak T. Jankausko``). A
later form whose initial and case-free stems agree with a known person is that
person (another surface form). A name before ``teigimu`` / ``nuomone`` /
``žodžiais`` (``in the words of``) is a person even when not named before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._lt import case_of, nominative, same_lemma
from innograph.loaders._lt_listed_roles import listed_roles
from innograph.loaders._lt_role_titles import role_title_bodies

__all__ = ["find_lt_people", "represented", "team_roles", "titled_people"]

_UPPER = "A-ZĄČĘĖĮŠŲŪŽ"
_LOWER = "a-ząčęėįšųūž"
_NAME = re.compile(rf"(?<![\w.])(?P<first>[{_UPPER}]\.|[{_UPPER}][{_LOWER}]+)\s(?P<last>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)\b")
#: ``X teigimu`` (as X says), ``X nuomone`` (in X's opinion), ``X žodžiais`` (in X's words).
_ACCORDING = re.compile(r"\s+(?:teigimu|nuomone|žodžiais|manymu|įsitikinimu)\b")


def _same(word: str, known: str) -> bool:
    """A case form of ``known`` (``Jankausko`` / ``Jankauskas``, ``Gudelienės`` / ``Gudelienė``)."""
    return word == known or (len(word) > 3 and same_lemma(word, known))


def _known(context: Context, first: str, last: str) -> str | None:
    for key in context.builder.keys(EntityType.PERSON):
        words = context.builder.label_of(key).split()
        if len(words) < 2 or not _same(last, words[-1]):
            continue
        if first.endswith(".") and words[0][0] == first[0] or _same(first, words[0]):
            return key
    return None


def _label(first: str, last: str) -> str | None:
    """Nominative label when the surname is in an oblique case (``T. Jankausko`` -> ``T. Jankauskas``)."""
    if case_of(last) in (None, "nom") or (not first.endswith(".") and case_of(first) in (None, "nom")):
        return None
    return f"{first if first.endswith('.') else nominative(first)} {nominative(last)}"


_ACADEMIC_NAME = re.compile(rf"(?<![\w.])(?:[Pp]rof|[Dd]r|[Dd]oc)\.\s+(?:(?:habil|dr)\.\s+)?"
                            rf"(?P<name>[{_UPPER}][{_LOWER}]+\s[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)\b")


def _academics(context: Context) -> None:
    """``prof. Jonas Jonaitis`` / ``dr. Rasos Gudelienės``: an academic title is followed by a person's name."""
    builder = context.builder
    for match in _ACADEMIC_NAME.finditer(context.text):
        first, last = match["name"].split()
        if _known(context, first, last) is None and builder.find_any(match["name"]) is None:
            builder.entity(EntityType.PERSON, match.start("name"), match.end("name"), "lt-academic-title-name",
                           label=_label(first, last), language="lt")


def find_lt_people(context: Context) -> None:
    _academics(context)
    builder = context.builder
    for match in _NAME.finditer(context.text):
        key = _known(context, match["first"], match["last"])
        if key is not None:
            builder.alias(key, match.start(), match.end(), "lt-person-case-form")
        elif _ACCORDING.match(context.text, match.end()) and builder.find_any(match.group()) is None:
            builder.entity(EntityType.PERSON, match.start(), match.end(), "lt-according-to-name",
                           label=_label(match["first"], match["last"]), language="lt")
    titled_people(context)
    team_roles(context)
    represented(context)
    listed_roles(context)
    role_title_bodies(context)


_ACADEMIC = r"(?:(?:dr|prof|doc)\.\s+(?:(?:habil|dr)\.\s+)?)?"


@lru_cache(maxsize=2)
def _role_after_type_word(words: int) -> re.Pattern[str]:
    """``klasterio (projektų) koordinatorė (dr.) X`` / ``Kolegijos direktorės doc. X``, before a name."""
    from innograph.loaders._lt_slots import TITLES

    between = rf"[{_LOWER}]+\s+" * words
    # "Agentūros direktorė – X", "ministerijos atstovė spaudai X": a dash, or one word completing the title
    return re.compile(rf"(?<![\w-])(?P<word>[{_UPPER}{_LOWER}][{_LOWER}]+)\s+{between}(?:{TITLES})"
                      rf"(?:\s*[–—:]\s*|\s+(?:spaudai|ryšiams\s+su\s+visuomene|mokslui|studijoms)?\s*){_ACADEMIC}$")


def _role_before(text: str) -> tuple[re.Match[str], str] | None:
    """The genitive type word before a title (and one more word), if any, with the subtype it names;
    a title in the genitive names its holder's body (``mero pavaduotoja``: a municipality)."""
    from innograph.loaders._data import lt_role_bodies
    from innograph.loaders._names import type_word

    for words in (0, 1):
        match = _role_after_type_word(words).search(text)
        if match is None or case_of(match["word"].lower()) != "gen":
            continue
        lemma = nominative(match["word"].lower())
        word = type_word(lt_role_bodies().get(lemma, lemma))
        if word is not None and word.lang == "lt" and word.cls == EntityType.ORGANISATION.value and (
                word.subtype or word.kind == "head"):
            return match, word.subtype or f"head:{word.word}"  # "fakulteto dekanė": by the type word itself
    return None


_QUALIFIED = re.compile(r"(?:[A-ZĄČĘĖĮŠŲŪŽ][\w-]*|[„“”\")])\s*$")


def team_roles(context: Context) -> None:
    """``sakė klasterio koordinatorė X``: a title after a bare type word is a title at the body it refers to."""
    from innograph.graph import RelationName

    builder = context.builder
    for key in builder.keys(EntityType.PERSON):
        if builder.has_relation(key, RelationName.AFFILIATION):
            continue
        for mention in builder.mentions_of(key):
            window = max(0, mention.start - 80)
            found = _role_before(context.text[window : mention.start])
            if found is None:
                continue
            before, subtype = found
            body = _body_of(context, mention.start, subtype, context.text[window : window + before.start()])
            if body is not None:
                builder.relation(key, RelationName.AFFILIATION, body, window + before.start(), mention.end,
                                 "lt-title-of-the-body")
                break


def _body_of(context: Context, position: int, subtype: str | None, before: str) -> str | None:
    """The body ``klasterio`` means: the foreign one after ``lenkų`` (of that country), none after another
    qualifier (``Latvijos klasterio``), else the one the article refers to."""
    from innograph.graph import AttributeName
    from innograph.loaders._lt_slots import page_body, referent, referent_by_head
    from innograph.loaders._names import type_word

    word = re.search(r"(\w+)\s*$", before)
    nation = nationality(word.group(1)) if word else None
    if nation is not None:
        return next((key for key in context.builder.keys(EntityType.ORGANISATION) if context.builder.subtype_of(key)
                     == subtype and context.builder.value_of(key, AttributeName.COUNTRY) == nation), None)
    if _QUALIFIED.search(before):
        return None  # "Latvijos klasterio vadovė": another body's title
    body = page_body(context)  # "Agentūros direktorė" in the agency's own report
    if body is not None and (subtype == context.builder.subtype_of(body) or subtype and subtype.startswith("head:")
                             and subtype[5:] in {type_word(w).word for n in context.builder.names_of(body)
                                                 for w in n.split()[-1:] if type_word(w)}):
        return body
    if subtype is not None and subtype.startswith("head:"):
        return referent_by_head(context, position, subtype[5:])
    return referent(context, position, subtype, EntityType.ORGANISATION)


def nationality(word: str) -> str | None:
    """Country of a Lithuanian plural demonym in the genitive (``lenkų`` of ``lenkai``: PL)."""
    from innograph.loaders._data import country_adjectives

    return next((code for name, code in country_adjectives().items()
                 if name.endswith("ai") and name.islower() and word == name[:-2] + "ų"), None)


_REPRESENTED = re.compile(r"\batstov(?:avo|auja|aus|audama|audamas)\b")


def represented(context: Context) -> None:
    """``UAB „X“ atstovavo jos vadovas Y`` / ``Y atstovavo klasteriui „X“``: one person, one body, a clause."""
    from innograph.graph import RelationName
    from innograph.loaders._lt_slots import clause_end, mentions_in, orgs_in
    from innograph.loaders._text import sentences

    builder = context.builder
    for line in context.view.lines:
        for sentence in sentences(line):
            for match in _REPRESENTED.finditer(sentence.text):
                start = sentence.text.rfind(",", 0, match.start()) + 1 + sentence.start
                end = clause_end(sentence, sentence.start + match.end())
                people = {key for _s, _e, key in mentions_in(context, start, end, EntityType.PERSON)}
                orgs = {key for _s, _e, key in orgs_in(context, start, end)}
                if len(people) == 1 and len(orgs) == 1:
                    builder.relation(people.pop(), RelationName.AFFILIATION, orgs.pop(), sentence.start,
                                     sentence.end, "lt-represented")


def titled_people(context: Context) -> None:
    """``Technologijų perdavimo, ... departamento vadovė Olena Fesenko``: the body right before a person's title,
    even when its name has a comma in it."""
    from innograph.graph import RelationName
    from innograph.loaders._lt_slots import TITLES, mentions_in

    # "X, kurios technologė Y" / "X prorektorė mokslui prof. Y" (not "X direktorius ir Y")
    title = re.compile(rf"[”“\"]?(?:,\s+kur(?:io|ios))?\s+(?:[{_LOWER}]+\s+){{0,2}}(?:{TITLES})\s+"
                       rf"(?:(?!ir\s|bei\s|su\s)[{_LOWER}]+\s+)?{_ACADEMIC}$")
    builder = context.builder
    for key in builder.keys(EntityType.PERSON):
        for mention in builder.mentions_of(key):
            window = max(0, mention.start - 160)
            for start, end, org in reversed(mentions_in(context, window, mention.start, EntityType.ORGANISATION)):
                if title.match(context.text[end : mention.start]):
                    builder.relation(key, RelationName.AFFILIATION, org, start, mention.end, "lt-body-title-name")
                break
