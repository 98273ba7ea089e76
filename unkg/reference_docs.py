"""The generated parts of docs/: the CLI reference (from `--help`) and the canned-query catalogue.

docs/cli.md and docs/queries.md hold cog blocks that call `cli_reference()` and
`query_catalogue()`; `cog -r docs/*.md` (or `make docs`) regenerates them and
`cog --check docs/*.md` fails when they drift, which the test suite runs.
"""

from __future__ import annotations

import re

import typer.main
from typer.testing import CliRunner

from queries import runner
from unkg.cli import app

# click wraps help at the terminal's width, capped at 80 columns less 2; pinning
# the width (and COLUMNS, for anything that asks the terminal) makes the text the
# same in any terminal and in CI.
HELP_WIDTH = 78
_HELP_ENV = {"COLUMNS": "80", "TERMINAL_WIDTH": "80", "NO_COLOR": "1", "TERM": "dumb"}
_EXAMPLE = re.compile(r"^\s*Example:\s*(unkg .*?)(?:\s{2,}\(.*)?$", re.M)
_EG = re.compile(r"e\.g\.\s+([^\s,]+)")


def command_names() -> list[str]:
    """Return the names of the `unkg` sub-commands in the order they were registered."""
    return list(typer.main.get_command(app).commands)


def help_text(*command: str) -> str:
    """Return the `--help` of `unkg` (no arguments) or of one sub-command, at a fixed width."""
    result = CliRunner().invoke(app, [*command, "--help"], prog_name="unkg", env=_HELP_ENV,
                                terminal_width=HELP_WIDTH)
    if result.exit_code != 0:
        raise RuntimeError(f"unkg {' '.join(command)} --help failed: {result.output}")
    return result.stdout


def example(command: str) -> str | None:
    """Return the `Example: unkg ...` line of a sub-command's docstring (the command only), or None."""
    callback = typer.main.get_command(app).commands[command].callback
    match = _EXAMPLE.search(callback.__doc__ or "")
    return match.group(1).strip() if match else None


def cli_reference() -> str:
    """Return the Markdown reference of `unkg --help` and every sub-command's help."""
    parts = ["## unkg\n\n```text\n" + help_text() + "```\n"]
    for name in command_names():
        parts.append(f"## unkg {name}\n\n```text\n" + help_text(name) + "```\n")
    return "\n".join(parts)


def query_example(query: runner.CannedQuery) -> str:
    """Return an example `unkg query` line: required parameters, else the first optional with a value.

    Values come from the parameter's meaning ("e.g. A/79/837"); one without an
    example gets a placeholder in capitals (e.g. `fact=IRI`).
    """
    chosen = [p for p in query.params if not p.optional]
    if not chosen:
        chosen = [p for p in query.params if _EG.search(p.description)][:1]
    args = "".join(f" -p {p.name}={_example_value(p)}" for p in chosen)
    return f"unkg query {query.name}{args} --format csv"


def _example_value(param: runner.Param) -> str:
    match = _EG.search(param.description)
    return match.group(1) if match else param.type.upper()


def _query_section(query: runner.CannedQuery) -> str:
    lines = [f"## {query.name}", "", f"**{query.title}**", "", query.description or "(no description)", ""]
    if query.params:
        lines += ["| parameter | type | optional | meaning |", "|---|---|---|---|"]
        lines += [f"| `{p.name}` | {p.type} | {'yes' if p.optional else 'no'} | {_cell(p.description)} |"
                  for p in query.params]
    else:
        lines.append("No parameters.")
    lines += ["", "Columns: " + ", ".join(f"`{c}`" for c in query.columns), "",
              "```sh", query_example(query), "```", ""]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def query_catalogue() -> str:
    """Return the Markdown catalogue of the canned queries in `queries/*.rq`, from their headers."""
    names = runner.available()
    index = "".join(f"- [{name}](#{name}): {runner.load(name).title}\n" for name in names)
    return index + "\n" + "\n".join(_query_section(runner.load(name)) for name in names)
