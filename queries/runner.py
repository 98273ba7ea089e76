"""Loading canned queries with their machine-read headers, binding parameters, formatting results.

A query file starts with comment lines that keep it valid SPARQL:

    # title: Documents
    # description: Every document in the graph ...
    # param: symbol string optional – only the document with this UN symbol
    # columns: symbol, language, title, paragraphs

Parameters are bound as RDF terms through SPARQL substitution (SEP-0007),
never pasted into the query text. An optional parameter left out stays a free
variable, so the query matches every value.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from queries import QUERIES_DIR

XSD = "http://www.w3.org/2001/XMLSchema#"
_HEADER = re.compile(r"^#\s*(title|description|param|columns):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(\w+)(\s+optional)?\s*(?:[–—-]\s*(.*))?$")


class QueryError(Exception):
    """A canned query could not be found, read or run as asked; the message says how to fix it."""


class UnknownQuery(QueryError):
    """No query file by that name."""


class BadQueryParameter(QueryError):
    """A parameter is unknown, missing, or its value is not of the declared type."""


def _integer(value: str) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _date(value: str) -> ox.Literal:
    return ox.Literal(date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))


def _year(value: str) -> ox.Literal:
    if not re.fullmatch(r"\d{4}", value):
        raise ValueError(value)
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "gYear"))


def _iri(value: str) -> ox.NamedNode:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", value):
        raise ValueError(value)
    return ox.NamedNode(value)


# Parameter types: how a value typed on the command line becomes an RDF term.
PARAM_TYPES = {
    "string": ox.Literal,
    "iri": _iri,
    "integer": _integer,
    "date": _date,
    "year": _year,
}


@dataclass
class Param:
    """A declared query parameter: name (the SPARQL variable), type, whether optional, meaning."""

    name: str
    type: str
    optional: bool
    description: str = ""


@dataclass
class CannedQuery:
    """A query file: its name, header fields and SPARQL text."""

    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    def bind(self, values: dict[str, str]) -> dict[str, ox.Term]:
        """Return the substitutions for `values` (name -> text); raise BadQueryParameter."""
        declared = {p.name: p for p in self.params}
        for name in values:
            if name not in declared:
                takes = ", ".join(declared) or "no parameters"
                raise BadQueryParameter(
                    f"query '{self.name}' has no parameter '{name}'; it takes: {takes}"
                )
        missing = [p.name for p in self.params if not p.optional and p.name not in values]
        if missing:
            raise BadQueryParameter(
                f"query '{self.name}' needs {', '.join(missing)}; "
                f"add -p {missing[0]}=VALUE"
            )
        bound = {}
        for name, value in values.items():
            param = declared[name]
            try:
                bound[name] = PARAM_TYPES[param.type](value)
            except ValueError:
                raise BadQueryParameter(
                    f"parameter '{name}' of query '{self.name}' must be a {param.type}, "
                    f"not {value!r}"
                ) from None
        return bound


def parse_header(name: str, path: Path, text: str) -> CannedQuery:
    """Return the `CannedQuery` for query text, reading its header comment lines."""
    query = CannedQuery(name=name, path=path, text=text)
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "title":
            query.title = value
        elif key == "description":
            query.description = f"{query.description} {value}".strip()
        elif key == "columns":
            query.columns = [c.strip() for c in value.split(",") if c.strip()]
        else:
            query.params.append(_parse_param(name, value))
    return query


def _parse_param(query: str, value: str) -> Param:
    match = _PARAM.match(value)
    if not match or match.group(2) not in PARAM_TYPES:
        raise QueryError(
            f"query '{query}': bad param line {value!r}; write "
            f"'# param: NAME TYPE [optional] – meaning' with TYPE one of {', '.join(PARAM_TYPES)}"
        )
    return Param(match.group(1), match.group(2), bool(match.group(3)), match.group(4) or "")


def available() -> list[str]:
    """Return the names of the canned queries in `queries/`, sorted."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def load(name_or_path: str) -> CannedQuery:
    """Return the canned query `queries/NAME.rq`, or the query in the file at a path."""
    path = Path(name_or_path)
    if path.suffix != ".rq" or not path.exists():
        path = QUERIES_DIR / f"{name_or_path}.rq"
    if not path.exists():
        names = ", ".join(available())
        raise UnknownQuery(f"no query named '{name_or_path}'; the canned queries are: {names}")
    return parse_header(path.stem, path, path.read_text(encoding="utf-8"))


@dataclass
class Result:
    """The rows of a SELECT query: column names and, per row, one term (or None) per column."""

    columns: list[str]
    rows: list[list[ox.Term | None]]


def run(store, query: CannedQuery, values: dict[str, str] | None = None) -> Result:
    """Run `query` on `store` (a GraphStore) with parameter `values` bound as RDF terms."""
    substitutions = query.bind(values or {})
    try:
        solutions = store.query(query.text, substitutions)
    except SyntaxError as exc:
        raise QueryError(f"query '{query.name}' is not valid SPARQL: {exc}") from exc
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"query '{query.name}' is not a SELECT query")
    columns = [v.value for v in solutions.variables]
    # pyoxigraph substitutes only projected variables, so a parameter that is not a
    # column is projected after the declared columns; it is left out of the result.
    params = {p.name for p in query.params}
    columns = [c for c in columns if c in query.columns or c not in params]
    rows = [[solution[c] for c in columns] for solution in solutions]
    return Result(columns, rows)


def plain(term: ox.Term | None) -> str:
    """Return a term as a plain cell: IRIs in full, literals as their lexical form, '' if unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def to_records(result: Result) -> list[dict[str, str]]:
    """Return the rows as dicts of plain cells keyed by column name."""
    return [{c: plain(t) for c, t in zip(result.columns, row, strict=True)} for row in result.rows]


def format_delimited(result: Result, delimiter: str = ",", headers: bool = True) -> str:
    """Return the result as CSV (or TSV with delimiter '\\t'): a header, then one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    if headers:
        writer.writerow(result.columns)
    writer.writerows([plain(t) for t in row] for row in result.rows)
    return buffer.getvalue()


def format_json(result: Result) -> str:
    """Return the result as a JSON array of objects, one per row, cells as plain strings."""
    return json.dumps(to_records(result), ensure_ascii=False, indent=2) + "\n"
