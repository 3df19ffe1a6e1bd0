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
from ._text import acronym_key, fold, expands, is_generic, name_tokens, stems_match, token_country

__all__ = ["Index", "score_pair", "score_candidates", "decide", "name_similarity"]

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
    of Technology" stay apart. Order does not matter. Once another token agrees, a
    token left over on one side may stand for a run of words on the other that it
    abbreviates ("BSHR HealthPort" ~ "Baltic Sea Health Region HealthPort").

    >>> name_similarity(name_tokens("University of Lodz"), name_tokens("Lodz University of Technology"))
    0.3333333333333333
    >>> name_similarity(name_tokens("BSHR HealthPort"), name_tokens("Baltic Sea Health Region HealthPort"))
    1.0
    """
    left, right = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    if not left or not right:
        return 0.0
    matched, unmatched = 0, []
    for token in left:
        hit = next((other for other in right if stems_match(token, other)), None)
        if hit is not None:
            right.remove(hit)
            matched += 1
        else:
            unmatched.append(token)
    if matched:
        for token in list(unmatched):
            run = _abbreviated(token, right, b)
            if run:  # one word of ours stands for several of theirs
                right = [t for t in right if t not in run]
                unmatched.remove(token)
                matched += 1
        for token in list(right):
            run = _abbreviated(token, unmatched, a)
            if run:  # one word of theirs stands for several of ours: count them once
                left = [t for t in left if t not in run]
                unmatched = [t for t in unmatched if t not in run]
                right.remove(token)
                matched += 1
                left.append(token)
    return matched / (len(left) + len(right))


def _abbreviated(acronym: str, free: list[str], order: tuple[str, ...]) -> tuple[str, ...]:
    """The run of still unmatched words of ``order`` that ``acronym`` abbreviates, or ()."""
    for start in range(len(order) - len(acronym) + 1):
        run = order[start : start + len(acronym)]
        if all(t in free for t in run) and expands(acronym, run):
            return run
    return ()


def _best_names(local: Entry, external: Entry, country: str | None = None) -> tuple[float, bool]:
    """Best name similarity over all name pairs, and whether that pair's names are too generic to link alone.

    With ``country`` (both sides' country), a word naming that country says no more
    than the country does and is left out ("National Innovation Agency of Portugal"
    ~ "National Innovation Agency" in Portugal); such a name is not generic.
    """
    best, generic = 0.0, False
    for a in sorted({name_tokens(n) for n in local.names}):
        for b in sorted({name_tokens(n) for n in external.names}):
            a2, b2 = _without_country(a, country), _without_country(b, country)
            similarity = name_similarity(a2, b2)
            if similarity > best:
                qualified = len(a2) < len(a) or len(b2) < len(b)
                best, generic = similarity, (is_generic(a2) or is_generic(b2)) and not qualified
    return best, generic


def _without_country(tokens: tuple[str, ...], country: str | None) -> tuple[str, ...]:
    if country is None:
        return tokens
    kept = tuple(t for t in tokens if token_country(t) != country)
    return kept or tokens


def _acronyms(entry: Entry) -> set[str]:
    return {acronym_key(a) for a in entry.acronyms} - {""}


def _shares_acronym(local: Entry, external: Entry) -> bool:
    """An acronym of one is an acronym of the other, or one's whole name ("BSHR HealthPort" as registered)."""
    ours, theirs = _acronyms(local), _acronyms(external)
    ours_names = {acronym_key(n) for n in local.names}
    theirs_names = {acronym_key(n) for n in external.names}
    short = {k for k in ours_names if len(k) <= 10} & {k for k in theirs_names if len(k) <= 10}
    return bool(ours & theirs or ours_names & theirs or ours & theirs_names or short)


def self_named(local: Entry, external: Entry) -> bool:
    """The local name is only an acronym of at least four letters, which the external entry registers as its
    acronym and writes as a word of its own name ("DESY" ~ "STIFTUNG DEUTSCHES ELEKTRONEN-SYNCHROTRON DESY")."""
    keys = {acronym_key(n) for n in local.names if len(name_tokens(n)) == 1} & _acronyms(external)
    words = {acronym_key(t) for n in external.names for t in fold(n).split() if len(name_tokens(n)) > 1}
    return any(len(k) >= 4 and k in words for k in keys)


def score_pair(local: Entry, external: Entry, thresholds: Thresholds = THRESHOLDS, *, sole_acronym: bool = False) -> Scored:
    """The score of one candidate and its components (name, acronym/identifier, country, city).

    ``sole_acronym``: no other candidate shares an acronym with ``local``.
    """
    country = local.country if local.country == external.country else None
    if local.kind == "project":
        score, parts = _project_score(local, external)
    else:
        score, parts = _organisation_score(local, external, thresholds, country, sole_acronym)
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


def _organisation_score(local: Entry, external: Entry, thresholds: Thresholds, country: str | None,
                        sole_acronym: bool) -> tuple[float, list[tuple[str, str]]]:
    name, generic = _best_names(local, external, country)
    parts = [("name", f"{name:.2f}")]
    score = name
    acronym = _shares_acronym(local, external)
    if acronym and sole_acronym and self_named(local, external):
        parts.append(("acronym", "own name, no other holder"))
        score = max(name, 0.95)
    elif acronym:
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


def score_candidates(local: Entry, candidates: Sequence[Entry], thresholds: Thresholds = THRESHOLDS) -> list[Scored]:
    """Every candidate scored, best first; an acronym is known to be unique when one candidate alone shares it."""
    sole = sum(_shares_acronym(local, c) for c in candidates) == 1
    scored = (score_pair(local, c, thresholds, sole_acronym=sole) for c in candidates)
    return sorted(scored, key=lambda s: (-s.score, s.external.iri))


def decide(local: Entry, candidates: Sequence[Entry], thresholds: Thresholds = THRESHOLDS) -> Decision:
    """sameAs, closeMatch (review) or nothing for one local entry, with the reason."""
    scored = score_candidates(local, candidates, thresholds)
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
