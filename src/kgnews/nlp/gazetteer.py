"""Gazetteers: the JSON data files of `kgnews/data`, loaded once and compiled into regexes."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from kgnews.nlp.text import UPPER, canonical

#: Letters that may continue a word: a match must not end or start inside one.
WORD_EDGE_L = r"(?<![\w'’])"
WORD_EDGE_R = r"(?![\w'’])"


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The parsed data file `kgnews/data/<name>`."""
    return json.loads(resources.files("kgnews").joinpath("data", name).read_text(encoding="utf-8"))


#: A cheap look-ahead for patterns that start with a capital letter (skips most positions fast).
CAPITAL_AHEAD = f"(?=[{UPPER}])"


#: One character that means nothing in a regex: a form made of these is plain text.
PLAIN_CHAR = r"[^\\\[\](){}.?*+|^$]"
#: How a regex form starts: a look-behind if any, then one character or one class (group 1): one
#: character of text is read there.
LEAD = r"(?:\(\?<=(?:[^()]|\[[^\]]*\])*\))?(\[[^\]^]+\]|[^\\\[(.?*+{|^$])"
_LEAD = re.compile(LEAD)


def lead_ahead(patterns: list[str]) -> str:
    """A look-ahead on the first character of regex `patterns` (`[Xx]ây…`, `(?<=…)[Dd]ân…`, `OCOP`), or ""
    when one of them starts in a way this does not read: a cheap filter, never a change of what matches."""
    chars = set()
    for pattern in patterns:
        m = _LEAD.match(pattern)
        if m is None:
            return ""
        lead = m.group(1)
        chars.update(lead[1:-1] if lead.startswith("[") else lead)
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])" if chars else ""


def alternation(forms: list[str], escape: bool = True) -> str:
    """A regex alternation, longest forms first so the longest surface wins.

    Literal forms (`escape=True`) are compiled as a character trie (`Bí thư|Bộ` → `B(?:í thư|ộ)`): the same
    matches in the same order of preference, but each position is tried once rather than once per form.
    """
    items = sorted(set(forms), key=len, reverse=True)
    if escape:
        return _trie(items) if items else "(?!)"
    return "|".join(items)


def _trie(forms: list[str]) -> str:
    return _branch(_root(forms))


def _root(forms: list[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def edge_first(alternatives: list[str], before: str = r"[\w'’]") -> str:
    """`(?<!before)(?:a|b|…)` for regex alternatives that each start with a plain letter, the same matches
    written to start with that letter (its check on the character before it right after it), so the regex
    engine skips fast to the positions where one may start."""
    assert all(a[:1].isalpha() for a in alternatives), alternatives
    return "|".join(f"{a[0]}(?<!{before}.){a[1:]}" for a in alternatives)


def edge_alternation(forms: list[str], first: str | None = None) -> str:
    r"""`(?=[first])` + `WORD_EDGE_L` + `(?:alternation(forms))` (literal forms), the same matches written to
    start with a plain character: each first character is followed by the word-edge check on the character
    before it (`(?<![\w'’].)`), so the regex engine skips fast to the positions where a form may start.

    `first`: the characters a match may start with (`UPPER` for `CAPITAL_AHEAD`), if not any first letter."""
    children = edge_branches(forms, first)
    return "(?:" + "|".join(children) + ")" if children else "(?!)"


def edge_branches(forms: list[str], first: str | None = None) -> list[str]:
    """The alternatives of `edge_alternation`, in their order of preference."""
    root = _root([f for f in set(forms) if f])
    return [
        re.escape(char) + r"(?<![\w'’].)" + _branch(child)
        for char, child in sorted(root.items())
        if char and (first is None or char in first)
    ]


def _branch(node: dict) -> str:
    """The regex of a trie node: its children (longest first, greedily), optional where a form ends here."""
    children = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=None)
def province_names() -> dict[str, str]:
    """Every spelling of a province or centrally-run city → its canonical name."""
    data = load("provinces.json")
    names = {canonical(n): canonical(n) for n in data["provinces"] + data["cities"]}
    names.update({canonical(k): canonical(v) for k, v in data["variants"].items()})
    return names


@lru_cache(maxsize=None)
def cities() -> frozenset[str]:
    """Centrally-run cities (their scope word is `thành phố`)."""
    return frozenset(canonical(c) for c in load("provinces.json")["cities"])


@lru_cache(maxsize=None)
def province_regex() -> re.Pattern:
    return re.compile(edge_alternation(list(province_names()), UPPER) + WORD_EDGE_R)


@lru_cache(maxsize=None)
def country_regex() -> re.Pattern:
    return re.compile(CAPITAL_AHEAD + WORD_EDGE_L + f"(?:{alternation(load('provinces.json')['countries'])})" + WORD_EDGE_R)


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(canonical(s) for s in load("people.json")["surnames"])


def province_kind(province: str) -> str:
    """`thành phố` for a centrally-run city, else `tỉnh`."""
    return "thành phố" if province in cities() else "tỉnh"
