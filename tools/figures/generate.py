#!/usr/bin/env python3
"""Generates src/data/figures.rs from the facts-and-figures research notes.

Input: docs/research/figures/*.toml (format in docs/research/figures/README.md):
observations of trade, investment, aid, tourists, workers, scholarships and
organization figures, each with its period, value as printed, unit,
reporter and sources. Output: src/data/figures.rs, checked in, not edited
by hand, and tests/iso_4217.txt, the currency codes of ISO 4217 as Debian's
iso-codes carries them (the tests check every currency against it).

Run from the repository root, then format and test:

    python3 tools/figures/generate.py && cargo fmt && cargo test

Rules the generator applies (and the tests check again):
- a value is kept as printed: its digits, its decimal places, its scale word;
- an observation without a period the crate can hold (no date, an
  open-ended span) stays in the notes and is listed when generating;
- every currency is an ISO 4217 code;
- the same figure from the same reporter for the same period, noted twice,
  is one observation citing both notes' sources;
- where one reporter gives two figures for one period (a revision, a
  rounding), the notes mark the one not preferred (`preferred = false`,
  with `why_not_preferred`): it stays in the table, marked, and series skip
  it unless asked.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from research_common import ROOT, Citations, camel, write_copy_only, countries, edtf, hist_date, load_notes, rust_str  # noqa: E402

NOTES = ROOT / "docs" / "research" / "figures"
PROFILES = ROOT / "docs" / "research" / "profiles"
OUT = ROOT / "src" / "data" / "figures.rs"
AREAS_OUT = ROOT / "src" / "data" / "areas.rs"
ISO_4217 = Path("/usr/share/iso-codes/json/iso_4217.json")
ORGANIZATIONS = {
    "united_nations", "asean", "european_union", "world_trade_organization", "asian_development_bank",
    "international_monetary_fund", "international_labour_organization", "asian_infrastructure_investment_bank",
    "world_bank_group",
}
INDICATORS = {
    "trade_total", "exports_to", "imports_from", "investment_approved", "investment_fdi_inflow", "aid_disbursed",
    "aid_committed", "tourist_arrivals", "migrant_workers", "scholarships", "imf_quota", "voting_share",
    "lending_total", "subscribed_capital", "conventions_ratified", "preferences_withdrawn", "aid_given",
    "investment_in_partner", "gdp", "other",
}
REPORTERS = [
    "cambodia_customs", "cambodia_commerce", "cambodia_cdc", "cambodia_tourism", "cambodia_labour", "cambodia_nbc",
    "cambodia_government", "partner_government", "imf_dots", "un_comtrade", "organization", "world_bank", "imf",
    "unknown",
]
SCALE = {"": "One", "thousand": "Thousand", "million": "Million", "billion": "Billion", "trillion": "Trillion"}
QUALIFIER = {"": "Exact", "about": "About", "over": "Over", "nearly": "Nearly", "up to": "UpTo"}
UNIT = {"persons": "Unit::Persons", "percent": "Unit::Percent", "count": "Unit::Count"}



def period(text: str):
    """An EventDate expression and a sort key for a period, or None."""
    parts = text.split("/")
    if len(parts) > 2 or not parts[0]:
        return None
    dates = [edtf(p) for p in parts]
    if any(d is None for d in dates):
        return None
    key = tuple((d[0], d[1] or 0, d[2] or 0) for d in dates)
    if len(dates) == 1:
        return f"EventDate::on({hist_date(dates[0])})", key
    return f"EventDate::span({hist_date(dates[0])}, {hist_date(dates[1])})", key


def amount(text: str, scale: str) -> str | None:
    """The Amount literal of a number as printed, or None."""
    m = re.fullmatch(r"(-?)(\d+)(?:\.(\d+))?", text)
    if not m or scale not in SCALE:
        return None
    sign, whole, frac = m.groups()
    return f"Amount::new({int(sign + whole + (frac or ''))}, {len(frac or '')}, Scale::{SCALE[scale]})"


def area_table(areas, by_alpha3, cites):
    """The lines of src/data/areas.rs (sources cited through `cites`, whose
    statics figures.rs defines), and the records resting only on copies."""
    rows, copy_only = [], []
    for a in areas:
        where = f"{a['file']}: area of {a['partner']}"
        value = amount(a["value"], a.get("scale", ""))
        if value is None or a.get("unit", "km2") != "km2" or a.get("what") not in ("total", "land"):
            raise SystemExit(f"{where}: value, unit or extent ({a['value']!r}, {a.get('unit')!r}, {a.get('what')!r})")
        variant, cid = by_alpha3[a["partner"]]
        preferred = a.get("preferred", True)
        note = a.get("note", "") + (f" Not preferred: {a['why_not_preferred']}." if "why_not_preferred" in a else "")
        rows.append(((cid, not preferred), variant, value, a["what"], preferred, note, a["sources"]))
        if cites.only_copies(a["sources"]):
            copy_only.append(f"area of {cid} {a['value']}" + (f" {a['scale']}" if a.get("scale") else ""))
    rows.sort(key=lambda r: r[0])
    out = [
        "//! The countries' areas, each figure as a source prints it.",
        "//!",
        "//! GENERATED by `tools/figures/generate.py` from the research notes in",
        "//! `docs/research/profiles/*.toml`; do not edit by hand: correct the notes",
        "//! and run the generator again. The sources are defined in `figures.rs`.",
        "",
        "use crate::data::figures::*;",
        "use crate::data::prelude::*;",
        "use crate::figures::{Amount, Scale};",
        "use crate::{Area, AreaExtent};",
        "",
        f"pub(crate) static AREAS: [Area; {len(rows)}] = [",
    ]
    for _, variant, value, what, preferred, note, srcs in rows:
        out += [
            "    Area {",
            f"        country: Country::{variant},",
            f"        square_km: {value},",
            f"        extent: AreaExtent::{camel(what)},",
            f"        preferred: {'true' if preferred else 'false'},",
            f"        note: {rust_str(note)},",
            f"        sources: {cites.cite(srcs)},",
            "    },",
        ]
    out += ["];", ""]
    return out, copy_only


def main() -> int:
    currencies = {c["alpha_3"] for c in json.loads(ISO_4217.read_text(encoding="utf-8"))["4217"]}
    by_alpha3 = countries()
    notes = sorted(NOTES.glob("*.toml")) + sorted(PROFILES.glob("*.toml"))
    sources, rows = load_notes(notes, "observation", "gdp", "area")
    # A country's GDP is a figure like the others, for one year.
    observations = rows["observation"] + [dict(g, indicator="gdp", period=g["year"]) for g in rows["gdp"]]
    areas = rows["area"]
    cites = Citations(sources, {OUT, AREAS_OUT}, "FG_")

    rows, skipped, merged = {}, [], 0
    for o in observations:
        where = f"{o['file']}: {o['partner']} {o['indicator']} {o['period']!r}"
        p = period(o["period"])
        if p is None:
            skipped.append(f"{where} (no period the crate can hold)")
            continue
        if o["partner"] in ORGANIZATIONS:
            partner, slot = f"o(Organization::{camel(o['partner'])})", (1, o["partner"])
        else:
            variant, cid = by_alpha3[o["partner"]]
            partner, slot = f"c(Country::{variant})", (0, cid)
        if o["indicator"] not in INDICATORS or o["reporter"] not in REPORTERS:
            print(f"{where}: unknown indicator or reporter", file=sys.stderr)
            return 1
        unit = o["unit"]
        if unit in UNIT:
            unit_expr = UNIT[unit]
        elif unit in currencies or unit == "XDR":
            unit_expr = f'Unit::Currency("{unit}")'
        else:
            print(f"{where}: unit {unit!r} is no ISO 4217 code", file=sys.stderr)
            return 1
        m = re.fullmatch(r"(-?)(\d+)(?:\.(\d+))?", o["value"])
        if not m:
            print(f"{where}: value {o['value']!r}", file=sys.stderr)
            return 1
        sign, whole, frac = m.groups()
        digits = int(sign + whole + (frac or ""))
        key = (slot, o["indicator"], p[1], REPORTERS.index(o["reporter"]), o["value"], o["scale"], unit)
        if key in rows:
            rows[key]["sources"] += [s for s in o["sources"] if s not in rows[key]["sources"]]
            rows[key]["notes"].append(o.get("note", ""))
            merged += 1
            continue
        rows[key] = {
            "partner": partner, "indicator": camel(o["indicator"]), "period": p[0],
            "amount": f"Amount::new({digits}, {len(frac or '')}, Scale::{SCALE[o['scale']]})",
            "unit": unit_expr, "reporter": camel(o["reporter"]), "estimate": "true" if o.get("estimate") else "false",
            "qualifier": QUALIFIER[o.get("qualifier", "")], "sources": list(o["sources"]),
            "preferred": o.get("preferred", True),
            "notes": [o.get("note", "")] + ([f"Not preferred: {o['why_not_preferred']}."] if "why_not_preferred" in o else []),
            "where": where,
            "record": f"figure {o['partner']} {o['indicator']} {o['period']} {o['reporter']}",
        }

    out = [
        "//! Facts and figures: observations of trade, investment, aid, tourism,",
        "//! people and organization figures, each as one document states it.",
        "//!",
        "//! GENERATED by `tools/figures/generate.py` from the research notes in",
        "//! `docs/research/figures/*.toml`; do not edit by hand: correct the notes",
        "//! and run the generator again.",
        "",
        "use crate::data::prelude::*;",
        "use crate::figures::{Amount, Indicator, Observation, Qualifier, Reporter, Scale, Unit};",
        "",
        f"pub(crate) static OBSERVATIONS: [Observation; {len(rows)}] = [",
    ]
    copy_only = []
    for key in sorted(rows):
        r = rows[key]
        if cites.only_copies(r["sources"]):
            copy_only.append(r["record"])
        out += [
            "    Observation {",
            f"        partner: {r['partner']},",
            f"        indicator: Indicator::{r['indicator']},",
            f"        period: {r['period']},",
            f"        value: {r['amount']},",
            f"        unit: {r['unit']},",
            f"        reporter: Reporter::{r['reporter']},",
            f"        estimate: {r['estimate']},",
            f"        qualifier: Qualifier::{r['qualifier']},",
            f"        preferred: {'true' if r['preferred'] else 'false'},",
            f"        note: {rust_str(' '.join(n for n in r['notes'] if n))},",
            f"        sources: {cites.cite(r['sources'])},",
            "    },",
        ]
    out += ["];", ""]
    areas_rs, area_copy_only = area_table(areas, by_alpha3, cites)
    copy_only += area_copy_only
    out += cites.statics()
    OUT.write_text("\n".join(out), encoding="utf-8")
    AREAS_OUT.write_text("\n".join(areas_rs), encoding="utf-8")
    (ROOT / "tests" / "iso_4217.txt").write_text(
        "# ISO 4217 currency codes, from Debian iso-codes (iso_4217.json), plus XDR (the IMF's SDR).\n"
        "# Written by tools/figures/generate.py.\n" + "".join(f"{c}\n" for c in sorted(currencies | {"XDR"})),
        encoding="utf-8")
    write_copy_only("copy_only_figures.txt", "observations", "tools/figures/generate.py", copy_only)
    for line in skipped:
        print(f"not generated: {line}")
    print(f"{len(rows)} observations ({merged} notes merged into others), {len(areas)} areas, "
          f"{len(cites.emitted())} new sources, "
          f"{len(copy_only)} resting only on copies -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
