"""unkg's faces: the command line (and, later, the HTTP endpoint) over the ingest and query library."""
