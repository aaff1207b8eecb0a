#!/usr/bin/env python3
"""Reports where the world relation records stand, from what the crate ships
(its JSON export) and the research notes behind it.

    cargo run --example export -- --out /tmp/export --force
    python3 tools/world/report.py /tmp/export/cambodia_diplomacy.json

Prints, in Markdown:
- how many countries have a dated establishment, and how many have a
  relation record at all (every country does);
- the countries whose establishment has competing dated claims, with the
  preferred one and why each other is not preferred;
- the states the notes say Cambodia has no relations with, with the note;
- the countries with no establishment date, and those whose dated claim
  stays in the notes (a copy among its sources), with the date held back.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "docs" / "research" / "relations"


def first_start(relation):
    """The claims of the first period's start, or []."""
    periods = relation.get("periods") or []
    return periods[0]["start"] if periods else []


def load_notes():
    """Every country's notes merged by alpha-3, in file order."""
    merged = {}
    for path in sorted(NOTES.glob("*.toml")):
        for c in tomllib.loads(path.read_text(encoding="utf-8")).get("country", []):
            entry = merged.setdefault(c["alpha3"], {"status": [], "notes": [], "established": []})
            entry["status"].append(c.get("status", ""))
            if c.get("note"):
                entry["notes"].append(c["note"])
            if c.get("established"):
                entry["established"].append((c["established"], path.name))
    return merged


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: report.py EXPORT.json", file=sys.stderr)
        return 2
    data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    countries = {c["id"]: c for c in data["countries"]}
    relations = {r["id"]: r for r in data["relations"]}
    notes = load_notes()

    dated, conflicts, undated, held_back, none = [], [], [], [], []
    for cid, country in countries.items():
        name, alpha3 = country["short_name_en"], country["alpha3"]
        claims = first_start(relations.get(cid, {}))
        note = notes.get(alpha3, {})
        if "none" in note.get("status", []):
            none.append((name, note["notes"][-1] if note["notes"] else ""))
        if claims:
            dated.append(name)
            if len(claims) > 1:
                preferred = next(c for c in claims if c["preferred"])
                others = [c for c in claims if not c["preferred"]]
                conflicts.append((name, preferred, others))
        elif note.get("established"):
            held_back.append((name, note["established"][0][0]))
        else:
            undated.append(name)

    print(f"- Countries: {len(countries)}; every one has a relation record: "
          f"{all(cid in relations for cid in countries)}")
    print(f"- With a dated establishment: {len(dated)}")
    print(f"- Dated only in the notes (a copy among the sources): {len(held_back)}")
    print(f"- No date found: {len(undated)}")
    print(f"- No relations, per the notes: {len(none)}")
    print("\n## Competing dates (preferred first)\n")
    for name, preferred, others in sorted(conflicts):
        rest = "; ".join(f"{c['date']} not preferred: {c['note'] or 'see the claim'}" for c in others)
        print(f"- {name}: {preferred['date']} ({', '.join(preferred['sources'])}); {rest}")
    print("\n## Dated in the notes but not shipped\n")
    for name, date in sorted(held_back):
        print(f"- {name}: {date}")
    print("\n## No relations\n")
    for name, text in sorted(none):
        print(f"- {name}: {text[:200]}")
    print("\n## No establishment date found\n")
    print(", ".join(sorted(undated)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
