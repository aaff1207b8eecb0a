#!/usr/bin/env python3
"""Tidies the research notes in docs/research/{visits,relations,figures,khmer,leaders,profiles}/*.toml
before generating: one spelling per publisher (the one the crate's hand-written
tables already use, else the most frequent, else the shortest), and a source
that names an original (`copy_of`) is a copy. Rewrites only the lines it
changes, so the notes keep their layout; prints what it changed.

    python3 tools/tidy_notes.py
"""

from __future__ import annotations

import collections
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESEARCH = ROOT / "docs" / "research"


def key(publisher: str) -> str:
    """The same key as the crate's publisher test (`publisher_key` in
    tests/data_integrity.rs): case, a leading "the ", punctuation and
    parenthesized suffixes do not count."""
    p = publisher.strip().lower()
    if p.startswith("the "):
        p = p[4:]
    while p.endswith(")") and "(" in p:
        p = p[: p.rfind("(")].rstrip()
    p = "".join(c for c in p if c.isalnum() or c.isspace())
    return " ".join(p.split())


def main() -> int:
    crate = collections.Counter()
    for path in (ROOT / "src" / "data").rglob("*.rs"):
        if path.name in ("exchanges.rs", "figures.rs", "relations.rs", "office_holders.rs", "khmer.rs") and path.parent.name in ("data", "world"):
            continue  # generated from the notes themselves
        found = re.findall(r'publisher: ("(?:[^"\\]|\\.)*")', path.read_text(encoding="utf-8"))
        crate.update(json.loads(p) for p in found)
    notes = collections.Counter()
    files = [f for d in ("visits", "relations", "figures", "khmer", "leaders", "profiles") for f in sorted(RESEARCH.glob(f"{d}/*.toml"))]
    for path in files:
        for src in tomllib.loads(path.read_text(encoding="utf-8")).get("source", []):
            notes[src["publisher"]] += 1
    spelling = {}
    groups = collections.defaultdict(list)
    for p in set(crate) | set(notes):
        groups[key(p)].append(p)
    for variants in groups.values():
        in_crate = [v for v in variants if v in crate]
        best = max(in_crate or variants, key=lambda v: (crate[v] + notes[v], -len(v)))
        for v in variants:
            spelling[v] = best
    for path in files:
        text = path.read_text(encoding="utf-8")
        out, changed = [], 0
        blocks = re.split(r"(?m)^(?=\[\[)", text)
        for block in blocks:
            if block.startswith("[[source]]"):
                new = re.sub(r'(?m)^publisher = (".*")$',
                             lambda m: "publisher = " + json.dumps(spelling.get(json.loads(m.group(1)), json.loads(m.group(1))), ensure_ascii=False), block)
                pub = re.search(r'(?m)^publisher = (".*")$', new)
                orig = re.search(r'(?m)^copy_of = (".*")$', new)
                if pub and orig and key(json.loads(orig.group(1))) == key(json.loads(pub.group(1))):
                    # A page of the publisher's own text is no copy.
                    new = re.sub(r'(?m)^copy_of = ".*"$', 'copy_of = ""', new)
                    new = re.sub(r'(?m)^kind = "copy"$', 'kind = "press"', new)
                if re.search(r'(?m)^copy_of = "[^"]+"', new):
                    new = re.sub(r'(?m)^kind = "\w+"', 'kind = "copy"', new)
                if new != block:
                    changed += 1
                block = new
            out.append(block)
        if changed:
            tomllib.loads("".join(out))
            path.write_text("".join(out), encoding="utf-8")
            print(f"{path.name}: {changed} sources tidied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
