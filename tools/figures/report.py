#!/usr/bin/env python3
"""Summarizes the figures of a JSON export for a closing note or a review:
per partner and indicator, the periods covered and who counted them, and
where two reporters (or two preferred documents) disagree by more than 10 %.

    cargo run --example export -- --out /tmp/snap --force
    python3 tools/figures/report.py /tmp/snap/cambodia_diplomacy.json
"""

from __future__ import annotations

import collections
import json
import sys

SHORT = {
    "cambodia_customs": "GDCE", "cambodia_commerce": "MoC", "cambodia_cdc": "CDC", "cambodia_tourism": "MoT",
    "cambodia_labour": "MoLVT", "cambodia_nbc": "NBC", "cambodia_government": "KH gov",
    "partner_government": "partner", "imf_dots": "IMF DOTS", "un_comtrade": "Comtrade", "organization": "org",
    "world_bank": "World Bank", "imf": "IMF", "unknown": "?",
}


def main() -> int:
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    by_partner = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(set)))
    same = collections.defaultdict(list)
    for f in doc["figures"]:
        p = f["period"]
        period = p if isinstance(p, str) else p["start"] + (f"/{p['end']}" if p.get("end") else "")
        by_partner[f["partner"]][f["indicator"]][SHORT.get(f["reporter"], f["reporter"])].add(period)
        if f["preferred"]:
            same[(f["partner"], f["indicator"], period, f["unit"])].append(f)
    order = [c["id"] for c in doc["countries"]] + [o["id"] for o in doc["organizations"]]
    for partner in order:
        if partner not in by_partner:
            continue
        parts = []
        for indicator, reporters in sorted(by_partner[partner].items()):
            text = "; ".join(f"{r} {', '.join(sorted(ps))}" for r, ps in sorted(reporters.items()))
            parts.append(f"{indicator}: {text}")
        print(f"- **{partner}**: " + " | ".join(parts))
    print("\nDisagreements over 10 % (same partner, indicator, period and unit; preferred figures):")
    for (partner, indicator, period, unit), figs in sorted(same.items()):
        values = [(f["value"]["number"], f) for f in figs]
        lo, hi = min(v for v, _ in values), max(v for v, _ in values)
        if len(values) > 1 and lo > 0 and (hi - lo) / lo > 0.10:
            shown = ", ".join(f"{f['value']['text']} ({SHORT.get(f['reporter'], f['reporter'])})" for _, f in values)
            print(f"- {partner} {indicator} {period} {unit}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
