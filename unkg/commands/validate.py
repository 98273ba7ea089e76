"""`unkg validate`: OWL consistency (HermiT) and SHACL conformance, with a report and an exit code."""

from __future__ import annotations

from pathlib import Path

import typer
from rdflib import Graph

from ontology.validate import format_report, ontology_graph, run_checks
from unkg.commands import open_store, reported


def validate(
    ctx: typer.Context,
    file: Path = typer.Option(
        None, "--file", help="Check this RDF file (with ontology and reference data) instead of the store.",
    ),
    owl: bool = typer.Option(True, "--owl/--no-owl", help="Reason with HermiT over ontology + references."),
    shacl: bool = typer.Option(True, "--shacl/--no-shacl", help="Check the data against the SHACL shapes."),
) -> None:
    """Check the graph: OWL consistency with HermiT, then SHACL shapes; exit 1 on any violation.

    Example: unkg validate
    """
    with reported(ctx):
        if file is not None:
            extra = Graph().parse(file)
            data, owl_extra = ontology_graph(extra), extra
        else:
            store = open_store(ctx)
            data, owl_extra = Graph().parse(data=store.dump("ntriples"), format="nt"), None
        results = run_checks(data, owl_extra, owl=owl, shacl=shacl)
    print(format_report(results))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the command to `app`."""
    app.command()(validate)
