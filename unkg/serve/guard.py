"""What the endpoint and the explorer's console refuse before a query runs: updates and SERVICE calls.

Three walls stand between a request and a change to the graph or a call to another host:

1. The query runs through pyoxigraph's `Store.query`, whose parser takes only the
   four query forms (SELECT, CONSTRUCT, DESCRIBE, ASK): an update, however it is
   spelt, is a syntax error there and never runs.
2. The store is opened read-only (`Store.read_only`), so nothing can write to it.
3. This module refuses any text where SERVICE could be a keyword: pyoxigraph
   evaluates SERVICE by calling the named host over HTTP, and offers no switch to
   turn that off. It also tells an update from a query, so that the refusal of an
   update (by wall 1) says the endpoint is read-only rather than just "syntax error".

pyoxigraph does not expose its parsed algebra, so the check reads the text the way
its lexer does: comments, strings and IRIs are set aside, variable names dropped,
and what is left is searched. The search is deliberately wider than the grammar:
pyoxigraph needs no space around a keyword (`?o.SERVICE<x>{}` and `SERVICESILENT`
both parse), so any `service` outside a string, an IRI, a comment or a variable name
is refused, prefixed names like `sd:Service` included (write the IRI in full). An
IRI-looking span that holds a `)` and `service` is refused too: in an expression
`<` is less-than, and `FILTER(?a<?b)SERVICE?x#>` is not an IRI. The text is read
twice, as sent and with its `\\u` escapes decoded (as SPARQL 1.1 §19.2 has parsers
do), and refused if either reading is.
"""

from __future__ import annotations

import re

READ_ONLY = "this endpoint is read-only: SPARQL Update is refused; run 'unkg build' to change the graph"
NO_SERVICE = ("SERVICE is refused: queries here never call other hosts (a prefixed name containing "
              "'service' is refused too; write that IRI in full)")

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_IRIREF = re.compile(rf'<(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>')
_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'', re.DOTALL)
_COMMENT = re.compile(r"#[^\n\r]*")
# Scanned left to right, so whichever of the three starts first is taken whole, as a lexer does.
_SKIPPED = re.compile(
    f"(?P<comment>{_COMMENT.pattern})|(?P<string>{_STRING.pattern})|(?P<iri>{_IRIREF.pattern})", re.DOTALL)
_VARIABLE = re.compile(r"[?$][\w\u00b7]+")
_ESCAPE = re.compile(_UCHAR)
_UPDATE = re.compile(r"(?i)(?<![\w:.-])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)(?!\w)")
_SERVICE = re.compile(r"(?i)service")


def decode_escapes(text: str) -> str:
    """Return `text` with its `\\uXXXX` and `\\UXXXXXXXX` escapes replaced by the characters they name."""
    def char(match: re.Match) -> str:
        code = int(match.group(0)[2:], 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(char, text)


def _split(text: str) -> tuple[str, list[str]]:
    """Return (the text outside comments, strings and IRIs, with variables dropped; the IRIs' contents)."""
    iris = []

    def blank(match: re.Match) -> str:
        if match.group("iri") is not None:
            iris.append(match.group("iri")[1:-1])
        return " "

    return _VARIABLE.sub(" ", _SKIPPED.sub(blank, text)), iris


def _readings(text: str) -> list[tuple[str, list[str]]]:
    """Return the text as sent and with its escapes decoded, each split as `_split` does."""
    return [_split(text), _split(decode_escapes(text))]


def calls_service(text: str) -> bool:
    """Return True when SERVICE could be a keyword of the query `text` in either reading (see above)."""
    return any(_SERVICE.search(bare) or any(")" in iri and _SERVICE.search(iri) for iri in iris)
               for bare, iris in _readings(text))


def is_update(text: str) -> bool:
    """Return True when `text` reads as a SPARQL Update (in any spelling) rather than a query.

    Only used to say why a text was refused: pyoxigraph's query parser is what refuses it.
    """
    return any(_UPDATE.search(bare) for bare, _ in _readings(text))
