"""Shaping query rows for charts: co-acting pairs, heat-map cells. Pure functions, no Streamlit."""

from __future__ import annotations

from itertools import combinations


def words(cell: str) -> list[str]:
    """Return the values of a multi-valued cell (values separated by single spaces)."""
    return [w for w in cell.split(" ") if w]


def year_of(value: str) -> str:
    """Return the four-digit year a date cell starts with ("2024-05" -> "2024"), or ""."""
    return value[:4] if len(value) >= 4 and value[:4].isdigit() else ""


def themes_of(row: dict) -> list[str]:
    """Return the themes an activity row names (`themes` or `theme` column), or ["–"] when none."""
    return words(row.get("themes", "") or row.get("theme", "")) or ["–"]


def weighted_pairs(found: list[dict]) -> dict[tuple[str, str], int]:
    """Return (a, b) -> number of activity rows whose `actors` include both (a < b)."""
    pairs: dict[tuple[str, str], int] = {}
    for row in found:
        for a, b in combinations(sorted(set(words(row.get("actors", "")))), 2):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    return pairs


def with_ipu(found: list[dict]) -> list[dict]:
    """Return the activity rows the IPU took part in (the `ipu` cell set and not false)."""
    return [r for r in found if r.get("ipu", "").strip().lower() not in ("", "false", "0")]


def heat_cells(found: list[dict], across: str, leave_out: str = "IPU") -> list[dict]:
    """Return one cell per (acting entity, year or theme, activity row index) for a heat map.

    `across` is "year" or "theme"; the entity `leave_out` (the partner every row shares) is skipped.
    """
    out = []
    for i, row in enumerate(found):
        columns = [year_of(row.get("date", "")) or "–"] if across == "year" else themes_of(row)
        for actor in words(row.get("actors", "")):
            if actor != leave_out:
                out += [{"entity": actor, across: c, "row": i} for c in columns]
    return out
