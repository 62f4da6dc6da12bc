"""Saved questions: `ontology/queries/*.rq`, each with a comment saying what it answers and its parameters.

Header format, at the top of each file:

    # Who held a post (optionally in a year or on a date), per article and sentence.
    # param post: the post's title as written, e.g. "Trưởng Ban Dân vận Trung ương"
    # param on?: a year (2015) or a date (2015-07-01)

A `?` marks an optional parameter. Each parameter is a SPARQL variable of the same name, bound as a
plain literal by an inline `VALUES` block of escaped literals opening the query's WHERE group (the
same for the embedded store and remote endpoints), never by formatting the value into the query
text. `?<name>Key` is bound to the ASCII-folded value, for an indexed `skos:hiddenLabel` lookup.
A FILTER on a parameter must stand in that outermost group, outside any GRAPH block, where the
parameter is in scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

_PARAM = re.compile(r"^#\s*param\s+(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?\s*:\s*(?P<help>.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    help: str
    required: bool = True


@dataclass(frozen=True)
class SavedQuestion:
    name: str
    summary: str
    params: tuple[Param, ...]
    text: str

    def check(self, values: dict[str, str]) -> None:
        """Raise ValueError for an unknown parameter or a missing required one."""
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"{self.name}: unknown parameter(s) {', '.join(unknown)}; it takes: {', '.join(sorted(known)) or 'none'}")
        missing = [p.name for p in self.params if p.required and not values.get(p.name)]
        if missing:
            raise ValueError(f"{self.name}: missing parameter(s) {', '.join('--' + m for m in missing)}")


def queries_dir() -> Path:
    """`ontology/queries` of the source tree, else the copy installed with the package."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent.parent / "ontology" / "queries", package / "ontology" / "queries"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the saved questions (ontology/queries) are not installed")


def load_saved(path: Path) -> SavedQuestion:
    text = path.read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    params = tuple(
        Param(m["name"], m["help"].strip(), required=not m["optional"])
        for m in (_PARAM.match(line) for line in comments)
        if m
    )
    summary = next((c.lstrip("# ").strip() for c in comments if not _PARAM.match(c)), "")
    return SavedQuestion(path.stem, summary, params, text)


def saved_questions(folder: Path | None = None) -> dict[str, SavedQuestion]:
    """Every saved question by name, sorted."""
    folder = folder or queries_dir()
    return {q.name: q for q in map(load_saved, sorted(folder.glob("*.rq")))}


def with_keys(text: str, bindings: dict[str, str]) -> dict[str, str]:
    """`bindings` plus `<name>Key`, the ASCII-folded value, for each `?<name>Key` the query uses.

    Names are found through their `skos:hiddenLabel` (an index lookup), then compared exactly.
    """
    from kgnews.graph.iri import ascii_fold

    keys = {f"{n}Key": ascii_fold(v) for n, v in bindings.items() if re.search(rf"\?{n}Key\b", text)}
    return {**bindings, **keys}


def inline_values(text: str, bindings: dict[str, str]) -> str:
    """The query with `bindings` as a `VALUES` block opening its first WHERE group.

    Values are written as escaped N-Triples literals, so no value can change the query's structure;
    embedded store and remote endpoints receive the same query.
    """
    if not bindings:
        return text
    bindings = with_keys(text, bindings)
    names = sorted(bindings)
    row = " ".join(str(ox.Literal(str(bindings[n]))) for n in names)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
    code_lines = (m for m in re.finditer(r"\bWHERE\s*\{", text, re.IGNORECASE)
                  if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip().startswith("#"))
    match = next(code_lines, None)
    if match is None:
        raise ValueError("a saved question needs a WHERE clause to take parameters")
    return f"{text[: match.end()]}\n  {block}\n{text[match.end():]}"


def resolve(query: str, params: dict[str, str]) -> tuple[str, str]:
    """(title, SPARQL text) of a saved question's name, a `.rq` file, or SPARQL text; checks `params`."""
    saved = saved_questions()
    if query in saved:
        question = saved[query]
    elif query.endswith(".rq") and Path(query).is_file():
        question = load_saved(Path(query))
    else:
        if params:
            raise ValueError("parameters are for saved questions and .rq files")
        return "query", query
    question.check(params)
    return question.summary, question.text


def parse_params(args: list[str]) -> dict[str, str]:
    """`--name value` (or `--name=value`) pairs given after a saved question's name."""
    params: dict[str, str] = {}
    items = iter(args)
    for item in items:
        if not item.startswith("--"):
            raise ValueError(f"unexpected argument {item!r}: parameters are --name value")
        name, has_value, value = item[2:].partition("=")
        params[name.replace("-", "_")] = value if has_value else next(items, "")
    return params
