#!/usr/bin/env python3
"""Sanity checks for the hand-written gold files of a corpus folder (stdlib only).

Usage: python3 tests/validation/check_gold.py [FOLDER]   (default: the folder of this script)

Checks, per `NAME.gold.json` (and its `NAME.txt`):
  * valid JSON in the SCHEMA.md shape: id (= file stem), metadata {title, published, author, source},
    entities [{type, name, aliases, optional attributes}], relations [{s, p, o}];
  * entity types, attribute names and ISO dates are legal; canonical names are unique per file;
  * every relation's s / o names an entity of the file (o may be a list of alternatives) with the
    right types for p; holdsPosition objects are literals;
  * every alias occurs in the article text (NFC, case-folded, white space collapsed); canonical names
    that do not occur are listed as "constructed" (a resolved scope, an expanded abbreviation, a
    descriptive event name...) so that a person can confirm each one;
  * an event's `location` is a Location entity; metadata agrees with the page (title line, date line,
    byline, source line).
Exit status 1 when any ERROR was found.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ENTITY_TYPES = {"Person", "Organization", "LegalDocument", "Event", "Campaign", "Location"}
OPTIONAL = {
    "LegalDocument": {"doc_type", "number", "issued", "title"},
    "Event": {"date", "location"},
}
# p -> (subject type, object type or None for a literal)
RELATIONS = {
    "holdsPosition": ("Person", None),
    "memberOf": ("Person", "Organization"),
    "issuedBy": ("LegalDocument", "Organization"),
    "chairs": ("Person", "Event"),
    "attends": ("Person", "Event"),
    "directs": ("Person", "Event"),
    "speaksAt": ("Person", "Event"),
    "concerns": ("Event", "LegalDocument"),
    "coordinatesWith": ("Organization", "Organization"),
    "partOf": ("Organization", "Organization"),
    "quotes": ("Person", "Person"),
    "heldIn": ("Event", "Location"),
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$")
BOILERPLATE = re.compile(
    r"^(Tổng số điểm|Click để|Những tin|Tin liên quan|Tin cùng|Bình luận|Gửi bình luận|Chia sẻ)", re.I
)


# old-style tone placement on the glide -> modern placement on the main vowel (Convention 1)
_TONES = {"à": "ò", "á": "ó", "ả": "ỏ", "ã": "õ", "ạ": "ọ", "è": "ò", "é": "ó", "ẻ": "ỏ", "ẽ": "õ", "ẹ": "ọ",
          "ỳ": "ù", "ý": "ú", "ỷ": "ủ", "ỹ": "ũ", "ỵ": "ụ"}
_OLD = re.compile(r"(?i)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\w)")


def modern(text: str) -> str:
    """`Hoà` -> `Hòa`, `Uỷ` -> `Ủy`, `Thuý` -> `Thúy` (only at the end of a syllable)."""
    def fix(m: re.Match) -> str:
        glide, vowel = m[1][0], m[1][1]
        lower = vowel.lower()
        plain = {"o": "a", "u": "y"}[glide.lower()] if lower in "àáảãạỳýỷỹỵ" else "e"
        marked = {"o": {"a": "òóỏõọ", "e": "òóỏõọ"}, "u": {"y": "ùúủũụ"}}
        row = "àáảãạ" if lower in "àáảãạ" else ("èéẻẽẹ" if lower in "èéẻẽẹ" else "ỳýỷỹỵ")
        new_glide = marked[glide.lower()][plain][row.index(lower)]
        if glide.isupper():
            new_glide = new_glide.upper()
        base = plain.upper() if vowel.isupper() else plain
        return new_glide + base
    text = unicodedata.normalize("NFC", text)
    return _OLD.sub(fix, text)


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Report:
    def __init__(self, name: str):
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.notes: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def note(self, msg: str) -> None:
        self.notes.append(msg)

    def print(self, verbose: bool) -> None:
        status = "FAIL" if self.errors else "ok"
        print(f"{self.name}: {status} ({len(self.errors)} errors, {len(self.warnings)} warnings)")
        for m in self.errors:
            print(f"  ERROR {m}")
        for m in self.warnings:
            print(f"  WARN  {m}")
        if verbose:
            for m in self.notes:
                print(f"  note  {m}")


def page_parts(text: str) -> dict:
    """Title line, date line, and the lines after the body (byline, source line)."""
    lines = [ln.strip() for ln in text.splitlines()]
    nonblank = [ln for ln in lines if ln]
    tail = [ln for ln in nonblank if not BOILERPLATE.match(ln)]
    return {"title": nonblank[0], "date": nonblank[1], "tail": tail[-3:]}


def date_parts(line: str) -> tuple[tuple[int, int, int] | None, tuple[int, int] | None]:
    """(year, month, day) and (hour, minute) read from a date line, if any."""
    ymd = None
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", line)
    if m:
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    else:
        m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", line) or re.search(
            r"(\d{1,2})\s+(?:tháng|Tháng)\s+(\d{1,2})(?:\s+năm)?,?\s+(\d{4})", line)
        if m:
            ymd = (int(m[3]), int(m[2]), int(m[1]))
    rest = line.replace(m[0], " ") if m else line
    t = re.search(r"(\d{1,2}):(\d{2})", rest)
    hm = (int(t[1]), int(t[2])) if t else None
    return ymd, hm


def check_metadata(gold: dict, text: str, rep: Report) -> None:
    md = gold["metadata"]
    parts = page_parts(text)
    if md["title"] != parts["title"]:
        rep.error(f"metadata.title differs from the page's title line: {parts['title']!r}")
    m = ISO_PUBLISHED.match(md["published"] or "")
    if not m:
        rep.error(f"metadata.published is not ISO 8601 with +07:00: {md['published']!r}")
    else:
        ymd, hm = date_parts(parts["date"])
        want = (int(m[1]), int(m[2]), int(m[3]))
        if ymd != want:
            rep.error(f"published date {want} differs from the date line {parts['date']!r}")
        if hm is not None and hm != (int(m[4]), int(m[5])):
            rep.error(f"published time differs from the date line {parts['date']!r}")
    tail = " | ".join(parts["tail"])
    if md["author"] and fold(md["author"]) not in fold(tail):
        rep.error(f"author {md['author']!r} not found in the last lines: {tail!r}")
    if md["source"] is not None and fold(md["source"]) not in fold(tail):
        rep.error(f"source {md['source']!r} not found in the last lines: {tail!r}")


def check_file(gold_path: Path, verbose: bool) -> Report:
    rep = Report(gold_path.name)
    stem = gold_path.name[: -len(".gold.json")]
    txt_path = gold_path.with_name(stem + ".txt")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        rep.error(f"not valid JSON: {exc}")
        return rep
    if not txt_path.exists():
        rep.error(f"no article {txt_path.name}")
        return rep
    text = txt_path.read_text(encoding="utf-8")
    ftext = fold(text)

    if set(gold) != {"id", "metadata", "entities", "relations"}:
        rep.error(f"top-level keys {sorted(gold)}")
        return rep
    if gold["id"] != stem:
        rep.error(f"id {gold['id']!r} is not the file stem {stem!r}")
    md = gold["metadata"]
    if not isinstance(md, dict) or set(md) != {"title", "published", "author", "source"}:
        rep.error(f"metadata keys {sorted(md) if isinstance(md, dict) else md!r}")
    else:
        check_metadata(gold, text, rep)

    by_name: dict[str, dict] = {}
    alias_owner: dict[tuple[str, str], str] = {}
    for ent in gold["entities"]:
        if not isinstance(ent, dict) or not {"type", "name", "aliases"} <= set(ent):
            rep.error(f"malformed entity {ent!r}")
            continue
        etype, name = ent["type"], ent["name"]
        if etype not in ENTITY_TYPES:
            rep.error(f"{name!r}: unknown type {etype!r}")
        extra = set(ent) - {"type", "name", "aliases"} - OPTIONAL.get(etype, set())
        if extra:
            rep.error(f"{name!r}: attributes not allowed for {etype}: {sorted(extra)}")
        if not isinstance(name, str) or not name.strip():
            rep.error(f"empty name in {ent!r}")
            continue
        if unicodedata.normalize("NFC", name) != name:
            rep.error(f"{name!r}: canonical name is not NFC")
        if modern(name) != name:
            rep.warn(f"{name!r}: old-style tone placement in a canonical name (Convention 1)")
        if name in by_name:
            rep.error(f"duplicate canonical name {name!r}")
        by_name[name] = ent
        if not isinstance(ent["aliases"], list) or not all(isinstance(a, str) for a in ent["aliases"]):
            rep.error(f"{name!r}: aliases must be a list of strings")
            continue
        for key in ("issued", "date"):
            if key in ent and not ISO_DATE.match(str(ent[key])):
                rep.error(f"{name!r}: {key} {ent[key]!r} is not an ISO date")
        # occurrence in the text
        if fold(name) not in ftext:
            if any(fold(modern(a)) == fold(name) for a in ent["aliases"]):
                rep.note(f"{etype} {name!r}: modern spelling of an alias (Convention 1)")
            elif etype in {"Person", "Location"}:
                rep.warn(f"{etype} {name!r}: canonical name not in the text (constructed: confirm)")
            else:
                rep.note(f"{etype} {name!r}: canonical name not in the text (constructed)")
        for alias in ent["aliases"]:
            if fold(alias) not in ftext:
                rep.error(f"{etype} {name!r}: alias {alias!r} not in the text")
            if fold(alias) == fold(name):
                rep.warn(f"{name!r}: alias {alias!r} repeats the name")
            key = (etype, fold(alias))
            if key in alias_owner and alias_owner[key] != name:
                rep.warn(f"alias {alias!r} shared by {alias_owner[key]!r} and {name!r}")
            alias_owner[key] = name
    for ent in gold["entities"]:
        loc = ent.get("location")
        if loc is not None and (loc not in by_name or by_name[loc]["type"] != "Location"):
            rep.error(f"event {ent['name']!r}: location {loc!r} is not a Location entity")

    seen = set()
    for rel in gold["relations"]:
        if not isinstance(rel, dict) or set(rel) != {"s", "p", "o"}:
            rep.error(f"malformed relation {rel!r}")
            continue
        s, p, o = rel["s"], rel["p"], rel["o"]
        if p not in RELATIONS:
            rep.error(f"unknown predicate {p!r}")
            continue
        stype, otype = RELATIONS[p]
        if s not in by_name:
            rep.error(f"{p}: subject {s!r} is not an entity")
        elif by_name[s]["type"] != stype:
            rep.error(f"{p}: subject {s!r} is a {by_name[s]['type']}, not a {stype}")
        alts = o if isinstance(o, list) else [o]
        if not alts or not all(isinstance(a, str) and a.strip() for a in alts):
            rep.error(f"{p}: bad object {o!r}")
            continue
        if otype is None:
            if not any(fold(a) in ftext for a in alts):
                rep.warn(f"holdsPosition {s!r}: no alternative of {alts!r} occurs in the text")
        else:
            for a in alts:
                if a not in by_name:
                    rep.error(f"{p}: object {a!r} of {s!r} is not an entity")
                elif by_name[a]["type"] != otype:
                    rep.error(f"{p}: object {a!r} is a {by_name[a]['type']}, not a {otype}")
        key = (s, p, json.dumps(o, ensure_ascii=False))
        if key in seen:
            rep.error(f"duplicate relation {key}")
        seen.add(key)
    return rep


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    folder = Path(args[0]) if args else Path(__file__).resolve().parent / "validation"
    golds = sorted(folder.glob("*.gold.json"))
    texts = {p.stem for p in folder.glob("*.txt")}
    failed = 0
    for stem in sorted(texts - {g.name[: -len(".gold.json")] for g in golds}):
        print(f"{stem}.txt: no gold file")
        failed += 1
    for path in golds:
        rep = check_file(path, verbose)
        rep.print(verbose)
        failed += bool(rep.errors)
    print(f"{len(golds)} gold files, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
