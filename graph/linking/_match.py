"""Candidates by blocking, a score per candidate, and a decision per local entry.

Blocking: every external entry is indexed under its name tokens, the stems of
its longer tokens, its acronyms and its identifiers. A local entry is compared
only with the entries that share its rarest tokens, an acronym or an
identifier, never with all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ._model import CLOSE_MATCH, SAME_AS, THRESHOLDS, Decision, Entry, Scored, Thresholds
from ._text import acronym_key, is_generic, name_tokens, stems_match

__all__ = ["Index", "score_pair", "decide", "name_similarity"]

_STEM = 5  # stem keys are the first five letters of tokens of at least six
_TOO_COMMON = 0.02  # a token in more than this share of entries does not block on its own


def _stem_keys(tokens: Iterable[str]) -> set[str]:
    return {t[:_STEM] for t in tokens if len(t) > _STEM and not t[:1].isdigit()}


class Index:
    """External entries indexed for blocking."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self._keys: dict[str, set[int]] = defaultdict(set)
        for i, entry in enumerate(self.entries):
            for key in _entry_keys(entry, names=True):
                self._keys[key].add(i)
        self._limit = max(50, int(len(self.entries) * _TOO_COMMON))

    def candidates(self, local: Entry) -> list[Entry]:
        """Entries sharing an identifier, an acronym, or the rarest name tokens or stems of ``local``."""
        found: set[int] = set()
        for key in _entry_keys(local, names=False):
            found |= self._keys.get(key, set())
        for tokens in sorted({name_tokens(n) for n in local.names}):
            found |= self._by_rare_tokens(tokens)
        return [self.entries[i] for i in sorted(found) if self.entries[i].kind == local.kind]

    def _by_rare_tokens(self, tokens: tuple[str, ...]) -> set[int]:
        keys = sorted({f"t:{t}" for t in tokens} | {f"s:{s}" for s in _stem_keys(tokens)})
        postings = sorted(((self._keys.get(k, set()), k) for k in keys), key=lambda pk: (len(pk[0]), pk[1]))
        usable = [p for p, _ in postings if 0 < len(p) <= self._limit]
        found: set[int] = set()
        for posting in usable[:3]:
            found |= posting
        return found


def _entry_keys(entry: Entry, *, names: bool) -> set[str]:
    keys = {f"i:{i.strip().lower()}" for i in entry.identifiers}
    keys |= {f"a:{acronym_key(a)}" for a in entry.acronyms if acronym_key(a)}
    for name in entry.names:
        tokens = name_tokens(name)
        if len(tokens) == 1 and len(tokens[0]) <= 10:
            keys.add(f"a:{acronym_key(name)}")  # a name that is an acronym
        if names:
            keys |= {f"t:{t}" for t in tokens} | {f"s:{s}" for s in _stem_keys(tokens)}
    return keys


def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Tokens in common over tokens in either (Jaccard), a token matching another with the same stem.

    Extra words count against a match, so "University of Lodz" and "Lodz University
    of Technology" stay apart.

    >>> name_similarity(name_tokens("University of Lodz"), name_tokens("Lodz University of Technology"))
    0.3333333333333333
    """
    left, right = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    if not left or not right:
        return 0.0
    matched = 0
    for token in left:
        hit = next((other for other in right if stems_match(token, other)), None)
        if hit is not None:
            right.remove(hit)
            matched += 1
    return matched / (len(left) + len(right))


def _best_names(local: Entry, external: Entry) -> tuple[float, bool]:
    """Best name similarity over all name pairs, and whether both names of that pair are generic."""
    best, generic = 0.0, False
    for a in sorted({name_tokens(n) for n in local.names}):
        for b in sorted({name_tokens(n) for n in external.names}):
            similarity = name_similarity(a, b)
            if similarity > best:
                best, generic = similarity, is_generic(a) or is_generic(b)
    return best, generic


def _shares_acronym(local: Entry, external: Entry) -> bool:
    ours = {acronym_key(a) for a in local.acronyms} | {acronym_key(n) for n in local.names if len(n) <= 10}
    theirs = {acronym_key(a) for a in external.acronyms} | {acronym_key(n) for n in external.names if len(n) <= 10}
    return bool((ours & theirs) - {""})


def score_pair(local: Entry, external: Entry, thresholds: Thresholds = THRESHOLDS) -> Scored:
    """The score of one candidate and its components (name, acronym/identifier, country, city)."""
    if local.kind == "project":
        score, parts = _project_score(local, external)
    else:
        score, parts = _organisation_score(local, external, thresholds)
    veto = ""
    if local.country and external.country:
        if local.country != external.country:
            veto = f"country differs ({local.country} vs {external.country})"
        else:
            parts.append(("country", "same"))
    elif local.kind == "organisation":
        parts.append(("country", "unknown"))
        score -= 0.05
    score = round(max(0.0, min(1.0, score + _city_adjustment(local, external, parts))), 3)
    return Scored(local, external, 0.0 if veto else score, tuple(parts), veto, score)


def _organisation_score(local: Entry, external: Entry, thresholds: Thresholds) -> tuple[float, list[tuple[str, str]]]:
    name, generic = _best_names(local, external)
    parts = [("name", f"{name:.2f}")]
    score = name
    acronym = _shares_acronym(local, external)
    if acronym:
        parts.append(("acronym", "same"))
        score = min(1.0, name + 0.1) if name >= 0.5 else max(name, thresholds.review + 0.05)
    if generic and not acronym:
        parts.append(("generic name", "capped"))
        score = min(score, thresholds.same_as - 0.01)
    return score, parts


def _project_score(local: Entry, external: Entry) -> tuple[float, list[tuple[str, str]]]:
    title, _ = _best_names(local, external)
    parts = [("title", f"{title:.2f}")]
    same_id = {i.strip().lower() for i in local.identifiers} & {i.strip().lower() for i in external.identifiers}
    if same_id:
        parts.append(("identifier", "same"))
        return 1.0, parts
    if _shares_acronym(local, external):
        parts.append(("acronym", "same"))
        return (0.8 + 0.2 * title if title >= 0.5 else 0.75), parts
    return title * 0.95, parts


def _city_adjustment(local: Entry, external: Entry, parts: list[tuple[str, str]]) -> float:
    if not (local.city and external.city):
        return 0.0
    if local.city == external.city or stems_match(local.city, external.city):
        parts.append(("city", "same"))
        return 0.03
    parts.append(("city", f"differs ({local.city} vs {external.city})"))
    return -0.1


def decide(local: Entry, candidates: Sequence[Entry], thresholds: Thresholds = THRESHOLDS) -> Decision:
    """sameAs, closeMatch (review) or nothing for one local entry, with the reason."""
    scored = sorted((score_pair(local, c, thresholds) for c in candidates), key=lambda s: (-s.score, s.external.iri))
    if not scored:
        return Decision(local, None, None, "no candidate shares a name token, acronym or identifier")
    best, rest = scored[0], tuple(s for s in scored[1:] if s.score >= thresholds.review)
    if best.score < thresholds.review:
        vetoed = next((s for s in scored if s.veto and s.raw >= thresholds.review), None)
        if vetoed is not None:
            return Decision(local, None, vetoed, f"would score {vetoed.raw:.2f} but {vetoed.veto}")
        return Decision(local, None, best, f"best candidate scores {best.score:.2f} < {thresholds.review:.2f} ({best.explain()})")
    if best.score >= thresholds.same_as:
        if rest and rest[0].score > best.score - thresholds.margin:
            why = f"ambiguous: {rest[0].external.label!r} scores {rest[0].score:.2f} too"
            return Decision(local, CLOSE_MATCH, best, why, rest)
        return Decision(local, SAME_AS, best, f"score {best.score:.2f} >= {thresholds.same_as:.2f} ({best.explain()})")
    why = f"score {best.score:.2f} in the review band [{thresholds.review:.2f}, {thresholds.same_as:.2f}) ({best.explain()})"
    return Decision(local, CLOSE_MATCH, best, why, rest)
