"""Laying out a small network for drawing: a deterministic force-directed layout in plain Python."""

from __future__ import annotations

import math


def spring_layout(nodes: list[str], edges: list[tuple[str, str, float]], rounds: int = 200) -> dict:
    """Return node -> (x, y) in [-1, 1]: Fruchterman–Reingold from a circle, the same every time.

    `edges` are (a, b, weight); heavier edges pull harder.
    """
    count = len(nodes)
    if count == 0:
        return {}
    pos = {n: [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
           for i, n in enumerate(nodes)}
    k = math.sqrt(4.0 / count)
    for step in range(rounds):
        shift = {n: [0.0, 0.0] for n in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 1e-3)
                push = k * k / dist
                shift[a][0] += dx / dist * push
                shift[a][1] += dy / dist * push
                shift[b][0] -= dx / dist * push
                shift[b][1] -= dy / dist * push
        for a, b, weight in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            pull = dist * dist / k * (1 + math.log1p(weight))
            for node, sign in ((a, -1), (b, 1)):
                shift[node][0] += sign * dx / dist * pull
                shift[node][1] += sign * dy / dist * pull
        temperature = 0.1 * (1 - step / rounds)
        for n in nodes:
            length = max(math.hypot(*shift[n]), 1e-9)
            pos[n][0] += shift[n][0] / length * min(length, temperature)
            pos[n][1] += shift[n][1] / length * min(length, temperature)
    return _normalised(pos)


def _normalised(pos: dict) -> dict:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((p[0] - cx) * 2 / span, (p[1] - cy) * 2 / span) for n, p in pos.items()}
