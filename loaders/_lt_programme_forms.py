"""A programme named with and without its word ``programa``: both written forms are its names.

``Interreg Pietų Baltijos programos projektas`` names the programme as ``Interreg Pietų
Baltijos`` and as ``Interreg Pietų Baltijos programos``; ``Skaitmeninės Europos
programos lėšomis`` likewise. Whichever form a pattern took, the other is added.
"""

from __future__ import annotations

import re

from innograph.graph import EntityType
from innograph.loaders._context import Context

__all__ = ["programme_word_forms"]

#: The case forms of ``programa`` (singular), from loaders/data/lt_endings.tsv's first declension -a.
_WORD = r"programa|programos|programai|programą|programa|programoje"
_AFTER = re.compile(rf"\s+(?:{_WORD})\b")
_ENDS = re.compile(rf"\s+(?:{_WORD})$")


def programme_word_forms(context: Context) -> None:
    builder = context.builder
    for key in builder.keys(EntityType.PROGRAMME):
        for mention in list(builder.mentions_of(key)):
            ends = _ENDS.search(mention.quote)
            if ends is not None and ends.start() > 0:
                builder.alias(key, mention.start, mention.start + ends.start(), "lt-programme-word-form")
                continue
            after = _AFTER.match(context.text, mention.end)
            if after is not None and mention.quote[:1].isupper():
                builder.alias(key, mention.start, after.end(), "lt-programme-word-form")
