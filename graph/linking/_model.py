"""What linking compares and what it decides: entries on both sides, scored candidates, decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Entry", "Scored", "Decision", "Thresholds", "THRESHOLDS", "SAME_AS", "CLOSE_MATCH"]

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
CLOSE_MATCH = "http://www.w3.org/2004/02/skos/core#closeMatch"


@dataclass(frozen=True)
class Entry:
    """An organisation or project on either side, reduced to what matching reads."""

    iri: str
    kind: str  # "organisation" or "project"
    names: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-3
    city: str | None = None  # folded
    identifiers: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.names[0] if self.names else (self.acronyms[0] if self.acronyms else self.iri)


@dataclass(frozen=True)
class Scored:
    """One candidate pair with its score in [0, 1] and the components that made it."""

    local: Entry
    external: Entry
    score: float
    components: tuple[tuple[str, str], ...]
    veto: str = ""  # why the pair can never link (e.g. the countries differ)
    raw: float = 0.0  # the score the pair would have without its veto

    def explain(self) -> str:
        parts = [f"{key} {value}" for key, value in self.components]
        return ", ".join(parts + ([self.veto] if self.veto else []))


@dataclass(frozen=True)
class Thresholds:
    """``owl:sameAs`` at or above ``same_as``; ``skos:closeMatch`` (review) at or above ``review``; nothing below.

    ``margin``: a best candidate this close to the runner-up is ambiguous and goes to review.
    """

    same_as: float = 0.90
    review: float = 0.70
    margin: float = 0.05


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Decision:
    """What linking did with one local entry: a link, a link left for review, or nothing, and why."""

    local: Entry
    predicate: str | None  # SAME_AS, CLOSE_MATCH or None
    best: Scored | None
    why: str
    others: tuple[Scored, ...] = field(default=())

    @property
    def score(self) -> float:
        return self.best.score if self.best else 0.0
