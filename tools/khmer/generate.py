#!/usr/bin/env python3
"""Generates src/data/khmer.rs: the Khmer names of every country,
organization, Cambodian state, UN seat holder, principle and policy task.

Inputs:
- Unicode CLDR 48.2 (npm package cldr-localenames-full, installed with
  `npm ci --prefix tools/world`), main/km/territories.json: a Khmer name for
  every country;
- docs/research/khmer/names.toml (and the later passes beside it, such as
  tasks_pass4.toml): the names Cambodian official usage writes (the foreign
  ministry, the Royal Government, the Constitution, Cambodian news
  agencies), each with its sources.

Rules: where official usage is found it is the name, and CLDR's name, if it
differs, is kept as an alias (both cited); a long official form ("the
Republic of ...") is the official name; the prefix ប្រទេស ("country") is not
part of a name; zero-width spaces, which CLDR writes between words, are
dropped. An entity no source names in Khmer has no Khmer name (`None`), and
the crate falls back to English for it, saying so.

    python3 tools/khmer/generate.py && cargo fmt && BLESS=1 cargo test --lib name_table && cargo test
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from research_common import ROOT, Citations, country_order, load_notes, write_copy_only, rust_str  # noqa: E402

NOTES = ROOT / "docs" / "research" / "khmer"
CLDR = ROOT / "tools" / "world" / "node_modules" / "cldr-localenames-full" / "main" / "km" / "territories.json"
OUT = ROOT / "src" / "data" / "khmer.rs"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
COUNTRY_PREFIX = "ប្រទេស"
CLDR_SOURCE = {
    "id": "unicode_cldr_48_2_km_territories",
    "publisher": "Unicode Consortium",
    "title": "Unicode CLDR 48.2 (cldr-json), Khmer locale: territory names (main/km/territories.json)",
    "url": "https://github.com/unicode-org/cldr-json/blob/48.2.0/cldr-json/cldr-localenames-full/main/km/territories.json",
    "language": "km",
    "published": "2025",
    "kind": "reference",
    "copy_of": "",
}


COENG_RO = "\u17d2\u179a"


def canon(text: str) -> str:
    """The spelling the crate's parser compares: within a cluster of
    subscripts, the subscript ro (្រ) last, as Unicode's Khmer encoding
    model orders it (អូស្រ្តាលី and អូស្ត្រាលី are one word)."""
    out = re.sub("(\u17d2\u179a)((?:\u17d2[\u1780-\u17a2])+)", lambda m: m.group(2) + m.group(1), text)
    return out


def clean(text: str) -> str:
    text = text.translate(INVISIBLE).strip()
    return text[len(COUNTRY_PREFIX):] if text.startswith(COUNTRY_PREFIX) and len(text) > len(COUNTRY_PREFIX) else text


def country_codes():
    """(Country variant, alpha-2, alpha-3) in `Country` order, read from the
    per-country table and the profiles."""
    data = ROOT / "src" / "data"
    codes = {}
    for path in data.rglob("*.rs"):
        text = path.read_text(encoding="utf-8")
        for variant, a2, a3 in re.findall(
                r'country: Country::(\w+),.*?alpha2: "([A-Z]{2})",\s*alpha3: "([A-Z]{3})"', text, re.S):
            codes.setdefault(variant, (a2, a3))
    return [(v, *codes[v]) for v in country_order()]


def main() -> int:
    # names.toml, then the later passes (tasks_pass4.toml, ...), in name order.
    paths = sorted(NOTES.glob("*.toml"), key=lambda p: (p.name != "names.toml", p.name))
    sources, notes = load_notes(paths, "name")
    sources[CLDR_SOURCE["id"]] = CLDR_SOURCE
    cites = Citations(sources, {OUT}, "KH_")
    cldr = json.loads(CLDR.read_text(encoding="utf-8"))["main"]["km"]["localeDisplayNames"]["territories"]
    found = {}
    for n in notes["name"]:
        if n["entity"] in found:
            print(f"{n['entity']} named twice in the notes", file=sys.stderr)
            return 1
        found[n["entity"]] = n

    last_sources = []

    def khmer_name(record, cldr_name=None):
        """The KhmerName literal for a research record and/or a CLDR name."""
        aliases, srcs = [], []
        official = None
        if record:
            full = clean(record["km"])
            short = clean(record.get("short", "") or "")
            srcs += record["sources"]
            # A country goes by its common name, its full form being the
            # official one; an organization by its full name, its short form
            # being its acronym (អាស៊ាន, អ.ស.ប); other entities by their full
            # name, with the short form as an alias.
            kind = record["entity"].split(":", 1)[0]
            acronym = None
            if kind == "country" and short:
                name = short
                if canon(full) != canon(short):
                    official = full
                elif full != short:
                    aliases.append(full)  # the same word, its signs typed in another order
            elif kind == "organization":
                name, acronym = full, (short or None)
            else:
                name = full
                if short and short != full:
                    aliases.append(short)
            extra = clean(record.get("cldr", "") or "")
            if extra and extra != name:
                aliases.append(extra)
                srcs.append(CLDR_SOURCE["id"])
        else:
            name, acronym = None, None
        if cldr_name:
            cldr_clean = clean(cldr_name)
            if name is None:
                name = cldr_clean
                srcs.append(CLDR_SOURCE["id"])
            elif cldr_clean != name and cldr_clean not in aliases and cldr_clean != official:
                aliases.append(cldr_clean)
                srcs.append(CLDR_SOURCE["id"])
            elif cldr_clean in (name, official):
                srcs.append(CLDR_SOURCE["id"])
        if name is None:
            return "None"
        srcs = list(dict.fromkeys(srcs))
        last_sources[:] = srcs
        return ("Some(KhmerName {"
                f" name: {rust_str(name)},"
                f" official: {('Some(' + rust_str(official) + ')') if official else 'None'},"
                f" acronym: {('Some(' + rust_str(acronym) + ')') if acronym else 'None'},"
                f" aliases: &[{', '.join(rust_str(a) for a in aliases)}],"
                f" sources: {cites.cite(srcs)},"
                " })")

    statics = []

    copy_only = []
    record_names = {"country": "khmer name of {}", "organization": "khmer name of {}", "state": "khmer name of state {}",
                    "seat": "khmer name of seat holder {}", "principle": "khmer name of principle {}",
                    "task": "khmer name of task {}"}

    def static(name: str, literal: str) -> str:
        """Makes a static of a KhmerName literal, and returns how to read it."""
        if literal == "None":
            return "None"
        const = "KM_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()
        statics.append(f"static {const}: KhmerName = {literal[len('Some('):-1]};")
        return f"Some({const})"

    out = [
        "//! The Khmer names of the crate's entities.",
        "//!",
        "//! GENERATED by `tools/khmer/generate.py` from Unicode CLDR 48.2 (Khmer",
        "//! territory names) and the research notes in `docs/research/khmer/*.toml`;",
        "//! do not edit by hand.",
        "",
        "use crate::data::prelude::*;",
        "use crate::Lang;",
        "use crate::khmer::KhmerName;",
        "",
        "/// The Khmer name of a country (every country has one: CLDR names them all).",
        "pub(crate) fn country(c: Country) -> KhmerName {",
        "    match c {",
    ]
    for variant, a2, a3 in country_codes():
        record = found.get(f"country:{a3}")
        read = static(f"country_{variant}", khmer_name(record, cldr.get(a2)))
        if cites.only_copies(last_sources):
            copy_only.append(record_names["country"].format(re.sub(r"(?<!^)(?=[A-Z])", "_", variant).lower()))
        if read == "None":
            print(f"{variant}: no Khmer name", file=sys.stderr)
            return 1
        out.append(f"        Country::{variant} => {read[len('Some('):-1]},")
    out += ["    }", "}", ""]

    def table(kind: str, fn: str, ids: list[str], doc: str):
        lines = [f"/// {doc}", f"pub(crate) fn {fn}(id: &str) -> Option<KhmerName> {{", "    match id {"]
        for i in ids:
            record = found.get(f"{kind}:{i}")
            if record:
                lines.append(f"        {rust_str(i)} => {static(f'{kind}_{i}', khmer_name(record))},")
                if cites.only_copies(last_sources):
                    copy_only.append(record_names[kind].format(i))
        lines += ["        _ => None,", "    }", "}", ""]
        return lines

    ids = sorted({e.split(":", 1)[1] for e in found if e.startswith("organization:")})
    out += table("organization", "organization", ids, "The Khmer name of an organization, by id.")
    ids = sorted({e.split(":", 1)[1] for e in found if e.startswith("state:")})
    out += table("state", "state", ids, "The Khmer name of a Cambodian state, by id.")
    ids = sorted({e.split(":", 1)[1] for e in found if e.startswith("seat:")})
    out += table("seat", "seat_holder", ids, "The Khmer name of a UN seat holder, by its English name.")
    ids = sorted({e.split(":", 1)[1] for e in found if e.startswith("principle:")})
    out += table("principle", "principle", ids, "The Khmer name of a principle, by id.")
    ids = sorted({e.split(":", 1)[1] for e in found if e.startswith("task:")})
    out += table("task", "task", ids, "The Khmer name of a policy task, by id.")
    # Region names (UN M49 codes) and language names in French and Khmer,
    # from CLDR, for the labels the crate prints.
    locale = ROOT / "tools" / "world" / "node_modules" / "cldr-localenames-full" / "main"
    territories = {lang: json.loads((locale / lang / "territories.json").read_text(encoding="utf-8"))
                   ["main"][lang]["localeDisplayNames"]["territories"] for lang in ("fr", "km")}
    m49 = sorted(k for k in territories["km"] if k.isdigit())
    out += ["/// A UN M49 region's name in French and Khmer (CLDR).",
            "pub(crate) fn m49_name(code: u16, lang: Lang) -> Option<&'static str> {",
            "    let (fr, km) = match code {"]
    for code in m49:
        fr = territories["fr"].get(code)
        km = territories["km"].get(code, "").translate(INVISIBLE)
        if fr and km:
            out.append(f"        {int(code)} => ({rust_str(fr)}, {rust_str(km)}),")
    out += ["        _ => return None,", "    };",
            "    match lang {", "        Lang::Fr => Some(fr),", "        Lang::Km => Some(km),", "        Lang::En => None,", "    }", "}", ""]
    languages = {lang: json.loads((locale / lang / "languages.json").read_text(encoding="utf-8"))
                 ["main"][lang]["localeDisplayNames"]["languages"] for lang in ("en", "fr", "km")}
    used = set()
    for path in (ROOT / "src" / "data").rglob("*.rs"):
        for block in re.findall(r"languages: &\[(.*?)\]", path.read_text(encoding="utf-8"), re.S):
            used.update(json.loads("[" + block.strip().rstrip(",") + "]"))
    # English names the profiles use that CLDR spells otherwise.
    by_english = {"Bengali": "bn", "Standard Chinese": "zh", "Mandarin": "zh", "Fiji Hindi": "hif", "Hiri Motu": "ho"}
    for code, name in languages["en"].items():
        if "-alt-" not in code:
            by_english.setdefault(name, code)
    out += ["/// A language's name in French and Khmer (CLDR), by its English name as",
            "/// the profiles write it.",
            "pub(crate) fn language_name(english: &str, lang: Lang) -> Option<&'static str> {",
            "    let (fr, km) = match english {"]
    missing = []
    for name in sorted(used):
        code = by_english.get(name)
        fr = languages["fr"].get(code) if code else None
        km = languages["km"].get(code, "").translate(INVISIBLE) if code else None
        if fr and km:
            out.append(f"        {rust_str(name)} => ({rust_str(fr)}, {rust_str(km)}),")
        else:
            missing.append(name)
    out += ["        _ => return None,", "    };",
            "    match lang {", "        Lang::Fr => Some(fr),", "        Lang::Km => Some(km),", "        Lang::En => None,", "    }", "}", ""]
    if missing:
        print(f"languages CLDR does not name by these English names: {missing}")
    out += statics + [""]
    out += cites.statics()
    OUT.write_text("\n".join(out), encoding="utf-8")
    write_copy_only("copy_only_khmer.txt", "Khmer names", "tools/khmer/generate.py", copy_only)
    print(f"{len(found)} names from the notes, {len(country_codes())} countries, {len(cites.emitted())} sources -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
