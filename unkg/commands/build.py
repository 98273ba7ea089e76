"""`unkg build`: read documents into the store, one named graph each."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ingest.build import BuildReport, find_inputs
from ingest.build import build as build_graph
from unkg.commands import open_store, reported


def build(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        None, help="Document files or folders (default: the sample corpus in data/corpus)."
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (default: one per core)."),
    show_candidates: bool = typer.Option(
        False, "--show-candidates",
        help="List the candidate organisations not in the gazetteer: document, paragraph, name.",
    ),
    force: bool = typer.Option(
        False, "--force", help="Read every file again, even those unchanged since their graph was made.",
    ),
) -> None:
    """Build the knowledge graph from UN documents into the store.

    Each document replaces its own named graph, in one transaction with its
    entry in the build record, so a build stopped at any moment leaves every
    document with its old graph or its new one. A document that cannot be read
    is reported and the others still load (exit code 1 if any failed).

    A file is not read again when its bytes, its manifest entry and unkg's own
    code and reference files are those that made its graph (it counts as
    unchanged); --force reads every file.

    The summary counts the candidate organisations that are not in the
    gazetteer, so that regressions in recognition show. A second line counts
    the documents added, changed, unchanged and kept (not read by this build,
    left as they were) since the build before.

    Example: unkg build data/corpus --show-candidates
    """
    console = Console(stderr=True)
    with reported(ctx):
        total = len(find_inputs(paths or [])) if paths else None
        store = open_store(ctx, read_only=False)
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            console=console, transient=True,
        ) as bar:
            task = bar.add_task("reading documents", total=total)
            report = build_graph(store, paths or [], jobs=jobs or None,
                                 progress=lambda _: bar.advance(task), force=force)
    for failure in report.failures:
        console.print(f"[red]failed[/red] {failure.error}", highlight=False, soft_wrap=True)
    if show_candidates:
        print(candidate_lines(report), end="")
    skipped = sum(not doc.read for doc in report.documents)
    print(
        f"{len(report.documents)} documents"
        + (f" ({skipped} unchanged, not read again; the counts are of those read)" if skipped else "")
        + f", {report.paragraphs} paragraphs, "
        f"{report.candidates} unknown candidate organisations, "
        f"{report.store_triples} triples in {ctx.obj.endpoint or ctx.obj.store} ({report.seconds:.1f} s)"
        + (f"; {len(report.failures)} failed" if report.failures else "")
    )
    if report.documents or report.kept:
        print(change_line(report))
    if report.failures:
        raise typer.Exit(1)


def change_line(report: BuildReport) -> str:
    """Return the changes since the build before as "changes: 2 added, 1 changed" (zeros left out)."""
    return "changes: " + ", ".join(f"{n} {status}" for status, n in report.changes.items() if n)


def candidate_lines(report: BuildReport) -> str:
    """Return one tab-separated line per candidate organisation: symbol, paragraph id, name."""
    return "".join(
        f"{doc.symbol}\t{pid}\t{surface}\n" for doc in report.documents for pid, surface in doc.candidates
    )


def register(app: typer.Typer) -> None:
    """Add the command to `app`."""
    app.command()(build)
