"""Lithuanian names after a legal form: where an unquoted one ends (``VšĮ X parkas``), and labels without the form.

``UAB „Biotechna“`` read whole (a partner list item) is labelled ``Biotechna``, as the same body
named in prose is; the form stays one of its names.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context
from innograph.loaders._names import type_word

__all__ = ["legal_form_labels", "legal_name_end"]

_FORM_AND_QUOTED = re.compile(r"^(?:UAB|VšĮ|ŽŪB|AB|MB|IĮ)\s+[„“\"](?P<name>[^„“”\"]{2,80})[“”\"]$")


def legal_form_labels(context: Context) -> None:
    """A body labelled ``UAB „X“`` is labelled ``X``."""
    for key in context.builder.keys(EntityType.ORGANISATION):
        match = _FORM_AND_QUOTED.match(context.builder.label_of(key))
        if match is not None:
            context.builder.relabel(key, match["name"])

#: Lowercase words that go on an unquoted Lithuanian company name (``UAB Audimo linija``): Lithuanian noun and
#: adjective endings (lt_endings.tsv), and no English word of that shape.
_LT_WORD = re.compile(r"\s(?P<word>[a-ząčęėįšųūž]{3,}(?:as|is|ys|us|ai|ė|a|os|ų|ės|iai|ės))(?=[\s,.;:)–—-]|$)")
_ENGLISH = frozenset("has was this area data media idea extra gas yes bus plus visa via alpha beta gamma".split())


_LOWER_RUN = re.compile(r"(?:\s+(?:ir|[a-ząčęėįšųūž]{2,})){1,6}")


def legal_name_end(text: str, end: int) -> int:
    """End of an unquoted name after a legal form: up to its head type word (``VšĮ Šiaurės slėnio mokslo ir
    technologijų parkas``), else up to two more Lithuanian words (``UAB Audimo linija``)."""
    run = _LOWER_RUN.match(text, end)
    heads = [m.end() for m in re.finditer(r"\w+", run.group())
             if (w := type_word(m.group())) is not None and w.lang == "lt" and w.kind == "head"] if run else []
    if heads:
        return end + heads[0]
    for _ in range(2):
        match = _LT_WORD.match(text, end)
        if match is None or match["word"] in _ENGLISH:
            break
        end = match.end()
    return end
