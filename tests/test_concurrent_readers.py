"""Readers keep answering while a build writes: the explorer's read-only store and the SPARQL endpoint.

A writer process rebuilds a store that already holds a build, with more
documents and edited ones. Meanwhile the test opens the store read-only again
and again, as the explorer does when the store's files change, and runs
canned queries on it, and asks the endpoint (`unkg serve`) a query, until the
writer is done. No answer may be an error.
"""

import subprocess
import sys

import httpx
import pytest
from conftest import ROOT
from resolution_copies import EDIT, write_copies

from ingest.build import build
from ingest.store import GraphStore
from queries import runner
from unkg.serve.endpoint import serving

pytestmark = pytest.mark.slow

CANNED = ["overview", "documents", "build-changes"]
COUNT_DOCUMENTS = (
    "PREFIX dcterms: <http://purl.org/dc/terms/> "
    "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d dcterms:identifier ?s ; dcterms:language ?l } }"
)
WRITER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from ingest.build import build\n"
    "from ingest.store import GraphStore\n"
    "assert build(GraphStore(sys.argv[1]), [Path(sys.argv[2])], jobs=1).ok\n"
)


@pytest.fixture
def store_and_corpus(tmp_path):
    """A store holding three copies of the resolution, and a folder of eight, edited, to build into it."""
    write_copies(tmp_path / "before", 3)
    store = GraphStore(tmp_path / "store")
    assert build(store, [tmp_path / "before"], jobs=1).ok
    del store
    write_copies(tmp_path / "after", 8, edit=EDIT)
    return tmp_path / "store", tmp_path / "after"


@pytest.fixture
def endpoint(store_and_corpus):
    """Base URL of `unkg serve` over the store, looking for new builds often."""
    with serving(str(store_and_corpus[0]), workers=1, seconds=30.0, refresh=0.2) as server:
        yield f"http://127.0.0.1:{server.server_port}"


def _read_once(path, endpoint) -> None:
    reader = GraphStore(path, read_only=True)
    for name in CANNED:
        assert runner.to_records(runner.run(reader, runner.load(name)))
    del reader
    response = httpx.get(endpoint + "/sparql", params={"query": COUNT_DOCUMENTS}, timeout=60)
    assert response.status_code == 200, response.text
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) >= 3


def test_readers_answer_while_a_build_writes(store_and_corpus, endpoint):
    path, corpus = store_and_corpus
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(corpus)], cwd=ROOT)
    reads_during_build = 0
    while writer.poll() is None:
        _read_once(path, endpoint)
        reads_during_build += writer.poll() is None
    assert writer.returncode == 0
    assert reads_during_build > 0
    _read_once(path, endpoint)
