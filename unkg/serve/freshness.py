"""Noticing a finished build: when the store on disk holds a build the query workers have not seen.

The workers open the store read-only, and a read-only handle never sees later
writes, so after `unkg build` they must be recycled. Checking is cheap: the
names, sizes and modification times of the store directory's files (RocksDB's
CURRENT, MANIFEST, SST and log files) change whenever anything is written.
Only when they have changed and then stayed the same for one check interval
(the writer has stopped) is a fresh read-only handle opened to read, in the
build record `graph/build`, when the latest build started (to the microsecond)
and the description of the store the last finished build left, which a
build unlinks from the latest build when it starts and writes anew when it
ends: a few quads, whatever the size of the store. When
they differ, a build has started or finished since, and the pool recycles its
workers. Opening a read-only handle while a writer is still busy is what
pyoxigraph warns against, hence the wait for the files to settle. This module
imports only pyoxigraph and the store adapter, like the workers.
"""

from __future__ import annotations

import pyoxigraph as ox

from ingest.store import directory_state, open_read_only

STARTED = ox.NamedNode("http://www.w3.org/ns/prov#startedAtTime")


def build_record(path: str, graph: str) -> frozenset[str]:
    """Return what tells builds apart in the build record graph `graph` of the store at `path`.

    That is, as N-Quads lines: when the latest build (`graph`/latest) started,
    and the quads describing the store it left (`graph`/latest/store).
    """
    store = open_read_only(path)
    record = ox.NamedNode(graph)
    try:
        started = store.quads_for_pattern(ox.NamedNode(f"{graph}/latest"), STARTED, None, record)
        left = store.quads_for_pattern(ox.NamedNode(f"{graph}/latest/store"), None, None, record)
        return frozenset(str(q) for quads in (started, left) for q in quads)
    finally:
        del store


class BuildWatch:
    """Tells when the store at `path` holds a newer finished build than the one last seen."""

    def __init__(self, path: str, record_graph: str) -> None:
        """Watch the store at `path`, whose builds are recorded in the named graph `record_graph`."""
        self.path, self.record_graph = path, record_graph
        self._state = directory_state(path)
        self._settling = False
        self.generation = build_record(path, record_graph)

    def check(self) -> bool:
        """Look once; return True when a new build record has appeared (and remember it).

        Call it at intervals: a change of the files is only acted on once a later
        call finds them unchanged.
        """
        state = directory_state(self.path)
        if state != self._state:
            self._state, self._settling = state, True
            return False
        if not self._settling:
            return False
        self._settling = False
        try:
            record = build_record(self.path, self.record_graph)
        except OSError:  # the store is being replaced; look again next time
            return False
        if record == self.generation:
            return False
        self.generation = record
        return True


def watch_until(stop, watch: BuildWatch, every: float, on_new_build) -> None:
    """Check `watch` each `every` s until the event `stop` is set; on a new build, call `on_new_build()`."""
    while not stop.wait(every):
        if watch.check():
            on_new_build()

