"""A build killed at any moment: the store opens, validates, holds each document's old graph or its new one.

A writer process rebuilds copies of the resolution, edited since the build
the store holds, and is killed with SIGKILL at seeded random moments: after
0 to 4 documents (0: while it starts the record or loads the ontology) and a
random fraction of a second more. Each time, on a fresh copy of the older
store, every document graph must have the digest of its old version or of its
new one, never anything else, and the build record must describe exactly the
graph the store holds.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT
from resolution_copies import EDIT, write_copies

from ingest import build_record
from ingest.build import build
from ingest.store import GraphStore
from ontology import iris

pytestmark = pytest.mark.slow

SEED = 9
KILLS = 6
COPIES = 4
WRITER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from ingest.build import build\n"
    "from ingest.store import GraphStore\n"
    "build(GraphStore(sys.argv[1]), [Path(sys.argv[2])], jobs=1,\n"
    "      progress=lambda r: print('read', flush=True))\n"
)


def _digests(store: GraphStore, symbols) -> dict[str, str]:
    """Return the digest of each document graph as the store holds it.

    This is not always the digest the build recorded, which is of the graph as
    the pipeline wrote it: the store keeps numbers in canonical form ("0.90"
    comes back as "0.9"). Each version of a graph has one of each.
    """
    return {
        s: build_record.digest(ox.serialize(list(store.quads(iris.document_graph(s))),
                                            format=ox.RdfFormat.N_QUADS) or b"")[0]
        for s in symbols
    }


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """The folders, a store holding the old build, each symbol's old and new digests (held, recorded)."""
    root = tmp_path_factory.mktemp("crash")
    symbols = sorted(write_copies(root / "old", COPIES, edit=EDIT).values())
    write_copies(root / "new", COPIES)
    old, new = {}, {}
    for name, digests in (("old", old), ("new", new)):
        store = GraphStore(root / f"{name}-store")
        recorded = {d.symbol: d.digest for d in build(store, [root / name], jobs=1).documents}
        digests.update({s: (held, recorded[s]) for s, held in _digests(store, recorded).items()})
        ontology = len(list(store.quads(iris.graph("ontology"))))
        del store
    assert sorted(old) == sorted(new) == symbols
    assert all(old[s] != new[s] for s in symbols)
    return root, old, new, ontology


def _kill_during_build(store: Path, corpus: Path, rng: random.Random) -> None:
    """Run the writer on `store`; SIGKILL it after a random number of documents and a random delay."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(corpus)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for _ in range(rng.randint(0, COPIES)):
        if not writer.stdout.readline():
            break
    try:
        writer.wait(timeout=rng.uniform(0, 0.5))
    except subprocess.TimeoutExpired:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    writer.stdout.close()


def _check(path: Path, old: dict, new: dict, ontology: int) -> dict[str, str]:
    """Open the store at `path` and check it; return which version each symbol holds."""
    store = GraphStore(path)
    held = _digests(store, old)
    versions = {s: "old" if held[s] == old[s][0] else "new" if held[s] == new[s][0] else "neither"
                for s in old}
    assert "neither" not in versions.values(), versions
    recorded = {s: state.digest for s, state in build_record.read(store).states.items()}
    assert recorded == {s: (old if versions[s] == "old" else new)[s][1] for s in old}
    assert len(list(store.quads(iris.graph("ontology")))) == ontology
    return versions


def test_a_killed_build_leaves_each_document_old_or_new_and_the_record_true(versions):
    root, old, new, ontology = versions
    rng = random.Random(SEED)
    seen = []
    for n in range(KILLS):
        store = root / f"killed{n}"
        shutil.copytree(root / "old-store", store)
        _kill_during_build(store, root / "new", rng)
        seen.append(_check(store, old, new, ontology))
    # The kills landed at different moments: some stores kept old graphs, some had new ones.
    assert {v for held in seen for v in held.values()} == {"old", "new"}


def test_a_killed_build_passes_shacl_and_the_next_build_completes_it(versions):
    from typer.testing import CliRunner

    from unkg.cli import app

    root, old, new, ontology = versions
    store = root / "killed-then-rebuilt"
    shutil.copytree(root / "old-store", store)
    _kill_during_build(store, root / "new", random.Random(SEED + 1))
    result = CliRunner().invoke(app, ["--store", str(store), "validate", "--no-owl"])
    assert result.exit_code == 0, result.output
    report = build(GraphStore(store), [root / "new"], jobs=1)
    assert report.ok
    assert _check(store, old, new, ontology) == dict.fromkeys(old, "new")


def test_a_build_killed_while_adding_new_documents_leaves_each_whole_with_its_entry_or_absent(versions):
    root, _, new, _ = versions
    rng = random.Random(SEED + 2)
    for n in range(3):
        path = root / f"fresh{n}"
        _kill_during_build(path, root / "new", rng)
        if not (path / "CURRENT").exists():  # killed before the store was made
            continue
        store = GraphStore(path)
        held = {s for s in new if store.holds(iris.document_graph(s))}
        assert _digests(store, held) == {s: new[s][0] for s in held}
        recorded = {s: state.digest for s, state in build_record.read(store).states.items()}
        assert recorded == {s: new[s][1] for s in held}
        del store
