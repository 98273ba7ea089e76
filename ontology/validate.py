"""Checking the graph: OWL consistency of ontology plus reference data, SHACL over instance data.

`check_owl()` reasons with HermiT (through owlready2; needs Java) over the
ontology files and the reference graph. `check_shacl(graph)` validates an
rdflib graph against `ontology/shapes.ttl` with pyshacl. Both return a
`CheckResult` that says whether the check passed, what it found and how long
it took; `unkg validate` prints them.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from ontology import ONTOLOGY_DIR, ontology_files
from ontology.reference_graph import reference_graph

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass
class CheckResult:
    """The outcome of one check: its name, whether it passed, the problems found, seconds taken."""

    name: str
    ok: bool
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    triples: int = 0


def ontology_graph(extra: Graph | None = None) -> Graph:
    """Return the ontology files and the reference data (plus `extra`, if given) as one rdflib Graph."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path)
    graph += reference_graph()
    if extra is not None:
        graph += extra
    return graph


def check_owl(extra: Graph | None = None) -> CheckResult:
    """Reason with HermiT over ontology + reference data (+ `extra`); ok when consistent.

    Dates typed xsd:date, xsd:gYear and xsd:gYearMonth are outside OWL 2's datatype
    map, so HermiT is told to ignore unsupported datatypes.
    """
    import owlready2

    started = time.perf_counter()
    graph = ontology_graph(extra)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "unkg.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        try:
            with world:
                owlready2.sync_reasoner_hermit(
                    world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True,
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            detail = str(exc).strip() or "an individual is in disjoint classes or breaks an axiom"
            message = f"HermiT found ontology + reference data inconsistent: {detail}"
            return CheckResult("owl", False, [message], time.perf_counter() - started, len(graph))
        unsatisfiable = [str(c.iri) for c in world.inconsistent_classes() if c is not owlready2.Nothing]
        problems = [f"unsatisfiable class: {iri}" for iri in unsatisfiable]
        world.close()
    return CheckResult("owl", not problems, problems, time.perf_counter() - started, len(graph))


def check_shacl(data: Graph) -> CheckResult:
    """Validate `data` against ontology/shapes.ttl; ok when it conforms. Problems name focus node and rule."""
    import pyshacl

    started = time.perf_counter()
    shapes = Graph().parse(SHAPES_FILE)
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        problems.append(f"{focus}: {message}")
    return CheckResult("shacl", bool(conforms), sorted(problems), time.perf_counter() - started, len(data))


def run_checks(
    data: Graph, owl_extra: Graph | None = None, owl: bool = True, shacl: bool = True,
) -> list[CheckResult]:
    """Run the OWL check (ontology + reference + `owl_extra`) and the SHACL check of `data`, as asked."""
    results = []
    if owl:
        results.append(check_owl(owl_extra))
    if shacl:
        results.append(check_shacl(data))
    return results


def format_report(results: list[CheckResult]) -> str:
    """Return a readable report: one line per check, then each problem indented."""
    verdicts = {"owl": ("consistent", "INCONSISTENT"), "shacl": ("conforms", "VIOLATIONS")}
    lines = []
    for result in results:
        good, bad = verdicts[result.name]
        verdict = good if result.ok else f"{bad} ({len(result.problems)})"
        lines.append(f"{result.name}: {verdict} – {result.triples} triples, {result.seconds:.1f} s")
        lines.extend(f"  - {problem}" for problem in result.problems)
    return "\n".join(lines)
