"""What the document reader draws with: recognised names to highlight, and markdown-safe text."""

from __future__ import annotations

import re

# Streamlit's markdown colours per kind of mention.
COLOURS = {"organization": "blue", "state": "green", "symbol": "orange", "date": "violet", "period": "violet",
           "candidate": "gray"}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|$~:&=])")


def escape(text: str) -> str:
    """Return `text` with every markdown-active character escaped, so it shows as written.

    That covers HTML (`<`, `>`, `&` entities), links and images, Streamlit's `:colour[...]` and
    `:icon:` directives, and LaTeX between `$`.
    """
    return _MARKDOWN.sub(r"\\\1", text)


def highlight(text: str, terms: dict[str, str]) -> str:
    """Return `text` as markdown with each occurrence of a term coloured by its kind.

    `terms` maps the exact surface text to a kind in COLOURS; longer terms win.
    """
    wanted = sorted((s for s in terms if s), key=len, reverse=True)
    if not wanted:
        return escape(text)
    pattern = re.compile("|".join(re.escape(s) for s in wanted))
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        colour = COLOURS.get(terms[match.group(0)], "gray")
        out.append(f":{colour}-background[{escape(match.group(0))}]")
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def terms_by_paragraph(found: list[dict], kind: str, surfaces: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Return paragraph id -> {surface: kind} from rows listing `paragraphs` and naming columns `surfaces`."""
    out: dict[str, dict[str, str]] = {}
    for row in found:
        for pid in row.get("paragraphs", "").split(" "):
            for column in surfaces:
                if pid and row.get(column):
                    out.setdefault(pid, {})[row[column]] = kind
    return out


def local_name(iri: str) -> str:
    """Return the last segment of an IRI ("...ontology#Mandate" -> "Mandate")."""
    return re.split(r"[#/]", iri)[-1]
