"""A corpus for build tests: copies of the sample resolution, each under a symbol of its own."""

import json
from pathlib import Path

from conftest import CORPUS

RESOLUTION = "A_RES_76_176.zh.txt"
# An edit of one paragraph: an older (or newer) version of every copy, with a graph of its own.
EDIT = ("鼓励各国", "鼓励所有国家")


def write_copies(folder: Path, count: int, edit: tuple[str, str] = ("", "")) -> dict[str, str]:
    """Write `count` copies of the resolution and their manifest into `folder`; return file name -> symbol.

    Copy n is A/RES/76/{n}176 in `copy{n}.txt`, with the first `edit[0]` of its text made `edit[1]`.
    """
    folder.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["documents"] if e["file"] == RESOLUTION)
    text = (CORPUS / RESOLUTION).read_text(encoding="utf-8")
    entries, symbols = [], {}
    for n in range(1, count + 1):
        name, symbol = f"copy{n}.txt", f"A/RES/76/{n}176"
        copy = text.replace("76/176", f"76/{n}176").replace(*edit, 1) if edit[0] else \
            text.replace("76/176", f"76/{n}176")
        (folder / name).write_text(copy, encoding="utf-8")
        entries.append(entry | {"file": name, "symbol": symbol})
        symbols[name] = symbol
    (folder / "manifest.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")
    return symbols
