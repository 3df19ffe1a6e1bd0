"""Amounts of money: ``1.470.100``, ``333.524,80 EUR``, ``€2.5 million``, ``1 470 100 eurų``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Money", "find_money"]

_CURRENCY = r"(?:EUR|Eur|eur|€|euro|euros|eurų|eurai|USD|US\$|\$|GBP|£|SEK|DKK|NOK|PLN)"
_NUMBER = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SCALE = r"(?:million|mln\.?|milijon\w*|billion|mlrd\.?|thousand|tūkst\.?)"
_MONEY = re.compile(
    rf"(?P<pre>{_CURRENCY})?\s?(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE}))?(?:\s?(?P<post>{_CURRENCY})(?!\w))?"
)
_CODES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eurų": "EUR", "eurai": "EUR", "eur": "EUR",
          "$": "USD", "us$": "USD", "£": "GBP"}
_SCALES = {"million": 10**6, "mln": 10**6, "billion": 10**9, "mlrd": 10**9, "thousand": 10**3, "tūkst": 10**3}


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: Decimal
    currency: str | None  # ISO 4217, only when the text states it


def _number(raw: str) -> Decimal | None:
    digits = raw.replace("\u00a0", " ").replace(" ", "")
    last_dot, last_comma = digits.rfind("."), digits.rfind(",")
    decimal_at = max(last_dot, last_comma)
    if decimal_at >= 0:
        separator = digits[decimal_at]
        decimals = len(digits) - decimal_at - 1
        if digits.count(separator) > 1 or decimals == 3:
            decimal_at = -1  # only thousands separators
    if decimal_at >= 0:
        whole, fraction = digits[:decimal_at], digits[decimal_at + 1 :]
        digits = re.sub(r"[.,]", "", whole) + "." + fraction
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _currency(raw: str | None) -> str | None:
    if raw is None:
        return None
    return _CODES.get(raw.lower(), raw.upper().replace("US$", "USD"))


def find_money(text: str) -> Money | None:
    """The first amount in ``text`` (a field value or a sentence)."""
    for match in _MONEY.finditer(text):
        amount = _number(match["num"])
        if amount is None:
            continue
        if match["scale"]:
            amount *= _SCALES[match["scale"].lower().rstrip(".")[:7].replace("milijon", "million")]
        currency = _currency(match["pre"] or match["post"])
        start = match.start("pre") if match["pre"] else match.start("num")
        return Money(start, match.end(), Decimal(int(amount)) if amount == amount.to_integral() else amount, currency)
    return None
