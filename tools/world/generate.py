#!/usr/bin/env python3
"""Generates the crate's table of every country from well-kept references.

Run by hand, from the repository root, after `npm ci --prefix tools/world`
(which installs the pinned CLDR, countries-list and country-coder packages)
on a machine with Debian's `iso-codes` package:

    python3 tools/world/generate.py && cargo fmt
    BLESS=1 cargo test --lib name_table   # if names, codes or aliases changed

It rewrites, and CI never runs it (the output is checked in):

- src/partner/country_list.rs  the `Country` enum: the 22 programme
  countries first, in their fixed order, then every other state by English
  name;
- src/data/world/profiles.rs  the profiles of the countries that have no
  hand-written file in src/data/countries/;
- src/data/world/relations.rs  their relation records, empty until
  researched (the history is marked incomplete, so a day answers "cannot
  tell", never "no");
- src/data/world/tables.rs  the per-country tables, in enum order.

Which states: the 193 UN member states (United Nations, "Member States"),
the two observer states (the Holy See and the State of Palestine), and the
Cook Islands and Niue, which conduct their own foreign relations; Cambodia
itself is left out. Where a field comes from:

- codes, English names, official English names: ISO 3166-1 as Debian's
  iso-codes package carries it; French official names from its French
  translation;
- French short names, name variants, M49 containment, official languages,
  currencies in use: Unicode CLDR (cldr-core, cldr-localenames-full);
- capitals: countries-list (annexare/Countries);
- Wikidata ids: country-coder (rapideditor/country-coder), whose borders
  carry the Wikidata item of each ISO 3166-1 entity; WIKIDATA_OVERRIDES
  says where the crate takes another item, and why.

OVERRIDES below say, country by country, where a name is not taken as the
references write it, and why.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from research_common import edtf, load_notes, rust_str  # noqa: E402
from research_common import hist_date as constructor  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NODE = ROOT / "tools" / "world" / "node_modules"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")

# The 193 UN member states (ISO alpha-2), from the UN's list of Member States.
UN_MEMBERS = """AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS
BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE
EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL
IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU
LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP
NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM
SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE
VN VU WS YE ZA ZM ZW""".split()
OBSERVERS = ["VA", "PS"]
OTHER_STATES = ["CK", "NU"]

# The 22 programme countries, in the enum's fixed order, with the module of
# their hand-written file; then Ukraine, hand-written but not a programme
# country (sorted with the others).
PROGRAMME = [
    ("AU", "Australia", "australia"),
    ("BD", "Bangladesh", "bangladesh"),
    ("BN", "Brunei", "brunei"),
    ("CA", "Canada", "canada"),
    ("CN", "China", "china"),
    ("FR", "France", "france"),
    ("DE", "Germany", "germany"),
    ("IN", "India", "india"),
    ("ID", "Indonesia", "indonesia"),
    ("JP", "Japan", "japan"),
    ("LA", "Laos", "laos"),
    ("MY", "Malaysia", "malaysia"),
    ("MM", "Myanmar", "myanmar"),
    ("PK", "Pakistan", "pakistan"),
    ("PH", "Philippines", "philippines"),
    ("RU", "Russia", "russia"),
    ("SG", "Singapore", "singapore"),
    ("KR", "SouthKorea", "south_korea"),
    ("TH", "Thailand", "thailand"),
    ("GB", "UnitedKingdom", "united_kingdom"),
    ("US", "UnitedStates", "united_states"),
    ("VN", "Vietnam", "vietnam"),
]
HAND_WRITTEN = {code: (variant, module) for code, variant, module in PROGRAMME}
HAND_WRITTEN["UA"] = ("Ukraine", "ukraine")

# Names not taken as the references write them, and why.
OVERRIDES = {
    # ISO's short name is "Congo, The Democratic Republic of the"; CLDR's
    # "Congo - Kinshasa" is a disambiguation, not a name.
    "CD": {"en": "Democratic Republic of the Congo", "official_en": "Democratic Republic of the Congo"},
    # ISO's "Congo"; CLDR's "Congo - Brazzaville" is kept as an alias.
    "CG": {"en": "Republic of the Congo"},
    # The UN seats the Holy See, not the Vatican City State (CLDR's name).
    "VA": {"en": "Holy See", "official_en": "Holy See", "fr": "Saint-Siège", "official_fr": "Saint-Siège"},
    # The UN observer state is the "State of Palestine"; CLDR's English and
    # French names ("Palestinian Territories") name the territory.
    "PS": {"en": "Palestine", "official_en": "State of Palestine", "fr": "Palestine", "official_fr": "État de Palestine"},
    "FM": {"en": "Micronesia"},
    "ST": {"en": "São Tomé and Príncipe", "official_en": "Democratic Republic of São Tomé and Príncipe"},
    "CV": {"en": "Cabo Verde"},
    "TR": {"official_fr": "République de Türkiye"},
    # iso-codes gives no official French name in a usable form.
    "SY": {"official_fr": "République arabe syrienne"},
    "TL": {"fr": "Timor-Leste"},
}

# Capitals that countries-list does not give.
CAPITAL_OVERRIDES = {}

# M49 intermediate regions (Sub-Saharan Africa, Latin America and the
# Caribbean) and the sub-region each belongs to; otherwise CLDR's direct
# container of a country is its M49 sub-region.
INTERMEDIATE = {
    "014": ("EasternAfrica", "SubSaharanAfrica"),
    "017": ("MiddleAfrica", "SubSaharanAfrica"),
    "018": ("SouthernAfrica", "SubSaharanAfrica"),
    "011": ("WesternAfrica", "SubSaharanAfrica"),
    "029": ("Caribbean", "LatinAmericaAndTheCaribbean"),
    "013": ("CentralAmerica", "LatinAmericaAndTheCaribbean"),
    "005": ("SouthAmerica", "LatinAmericaAndTheCaribbean"),
}
SUB_REGIONS = {
    "015": "NorthernAfrica",
    "021": "NorthernAmerica",
    "143": "CentralAsia",
    "030": "EasternAsia",
    "035": "SouthEasternAsia",
    "034": "SouthernAsia",
    "145": "WesternAsia",
    "151": "EasternEurope",
    "154": "NorthernEurope",
    "039": "SouthernEurope",
    "155": "WesternEurope",
    "053": "AustraliaAndNewZealand",
    "054": "Melanesia",
    "057": "Micronesia",
    "061": "Polynesia",
}
REGION_OF_SUB = {
    "NorthernAfrica": "Africa",
    "SubSaharanAfrica": "Africa",
    "LatinAmericaAndTheCaribbean": "Americas",
    "NorthernAmerica": "Americas",
    "CentralAsia": "Asia",
    "EasternAsia": "Asia",
    "SouthEasternAsia": "Asia",
    "SouthernAsia": "Asia",
    "WesternAsia": "Asia",
    "EasternEurope": "Europe",
    "NorthernEurope": "Europe",
    "SouthernEurope": "Europe",
    "WesternEurope": "Europe",
    "AustraliaAndNewZealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
}
# The IRIC types of relations: the neighbours are hand-written; the rest of
# South-eastern Asia is "region and ASEAN", everyone else "wider world".


def load_json(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def variant_name(english: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", english).encode("ascii", "ignore").decode()
    words = re.split(r"[^A-Za-z0-9]+", ascii_name)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


# Where country-coder's item is not the one the crate records. For Denmark
# and the Netherlands, country-coder gives the realm that ISO 3166-1's code
# stands for (the Danish Realm, Q756617, with Greenland and the Faroe
# Islands; the Kingdom of the Netherlands, Q29999, with Aruba, Curaçao and
# Sint Maarten). The crate records the country item that the other
# profiles' items correspond to, and that Wikipedia's articles on Denmark
# and the Netherlands are linked to. For VA, country-coder gives Vatican
# City (Q237), the territory; the party to diplomatic relations, and the UN
# observer state this crate lists, is the Holy See (Q159583).
WIKIDATA_OVERRIDES = {"DK": "Q35", "NL": "Q55", "VA": "Q159583"}


def main() -> int:
    cldr_version = load_json(NODE / "cldr-core" / "package.json")["version"]
    names_version = load_json(NODE / "cldr-localenames-full" / "package.json")["version"]
    countries_list_version = load_json(NODE / "countries-list" / "package.json")["version"]
    iso = {c["alpha_2"]: c for c in load_json(ISO_JSON)["3166-1"]}
    fr_iso = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    main_dir = NODE / "cldr-localenames-full" / "main"
    en = load_json(main_dir / "en" / "territories.json")["main"]["en"]["localeDisplayNames"]["territories"]
    fr = load_json(main_dir / "fr" / "territories.json")["main"]["fr"]["localeDisplayNames"]["territories"]
    languages_en = load_json(main_dir / "en" / "languages.json")["main"]["en"]["localeDisplayNames"]["languages"]
    supplemental = NODE / "cldr-core" / "supplemental"
    containment = load_json(supplemental / "territoryContainment.json")["supplemental"]["territoryContainment"]
    territory_info = load_json(supplemental / "territoryInfo.json")["supplemental"]["territoryInfo"]
    currencies = load_json(supplemental / "currencyData.json")["supplemental"]["currencyData"]["region"]
    capitals = load_json(NODE / "countries-list" / "countries.min.json")
    coder = NODE / "@rapideditor" / "country-coder"
    coder_version = load_json(coder / "package.json")["version"]
    wikidata_items = {
        f["properties"]["iso1A2"]: f["properties"]["wikidata"]
        for f in load_json(coder / "src" / "data" / "borders.json")["features"]
        if f["properties"].get("iso1A2") and f["properties"].get("wikidata")
    }
    wikidata_items.update(WIKIDATA_OVERRIDES)

    parent = {}
    for container, body in containment.items():
        if body.get("_grouping") == "true" or "-status-" in container:
            continue
        for member in body["_contains"]:
            parent.setdefault(member, container)

    states = sorted(set(UN_MEMBERS + OBSERVERS + OTHER_STATES) - {"KH"})
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)

    records = []
    for code in states:
        entry = iso[code]
        over = OVERRIDES.get(code, {})
        english = over.get("en") or entry.get("common_name") or entry["name"]
        # ISO's short name where it is not in "Korea, Republic of" form.
        plain_iso = entry["name"] if ", " not in entry["name"] else english
        official_en = over.get("official_en") or entry.get("official_name") or plain_iso
        official_en = re.sub(r"^the ", "", official_en)
        french = over.get("fr") or fr[code]
        iso_official = entry.get("official_name") or entry["name"]
        translated = fr_iso.gettext(iso_official)
        usable = translated != iso_official and ", " not in translated
        official_fr = over.get("official_fr") or (translated if usable else french)
        official_fr = re.sub(r"^l'", "", official_fr).replace("’", "'")
        french = french.replace("’", "'")
        official_fr = official_fr[:1].upper() + official_fr[1:]
        container = parent[code]
        if container in INTERMEDIATE:
            intermediate, sub = INTERMEDIATE[container]
        else:
            intermediate, sub = None, SUB_REGIONS[container]
        region = REGION_OF_SUB[sub]
        info = territory_info.get(code, {})
        official_languages = sorted(
            (
                (lang, float(data.get("_populationPercent", 0)))
                for lang, data in info.get("languagePopulation", {}).items()
                if data.get("_officialStatus") in ("official", "de_facto_official")
            ),
            key=lambda item: -item[1],
        )
        language_names = []
        for lang, _ in official_languages:
            name = languages_en.get(lang) or languages_en.get(lang.split("_")[0])
            if name and name not in language_names:
                language_names.append(name)
        currency = None
        for item in currencies.get(code, []):
            (iso_currency, data), = item.items()
            if "_to" not in data and data.get("_tender") != "false":
                currency = iso_currency
                break
        capital = CAPITAL_OVERRIDES.get(code) or capitals.get(code, {}).get("capital") or ""
        aliases = []
        candidates = [entry["name"], entry.get("common_name"), entry.get("official_name"), en[code]]
        candidates += [v for k, v in en.items() if k.startswith(code + "-alt")]
        candidates += [fr[code]] + [v for k, v in fr.items() if k.startswith(code + "-alt")]
        for alias in candidates:
            if not alias or " - " in alias or alias.startswith("the "):
                continue
            alias = alias.replace("’", "'")
            if alias in (english, official_en, french, official_fr) or alias in aliases:
                continue
            aliases.append(alias)
        records.append(
            {
                "code": code,
                "alpha3": entry["alpha_3"],
                "numeric": int(entry["numeric"]),
                "english": english,
                "official_en": official_en,
                "french": french,
                "official_fr": official_fr,
                "region": region,
                "sub": sub,
                "intermediate": intermediate,
                "languages": language_names,
                "currency": currency,
                "capital": capital,
                "wikidata": wikidata_items[code],
                "aliases": aliases,
                "variant": HAND_WRITTEN[code][0] if code in HAND_WRITTEN else variant_name(english),
                "module": HAND_WRITTEN[code][1] if code in HAND_WRITTEN else None,
                "programme": code in dict((c, v) for c, v, _ in PROGRAMME),
            }
        )

    programme_order = {code: i for i, (code, _, _) in enumerate(PROGRAMME)}
    programme = sorted((r for r in records if r["programme"]), key=lambda r: programme_order[r["code"]])
    others = sorted((r for r in records if not r["programme"]), key=lambda r: r["english"])
    ordered = programme + others
    variants = [r["variant"] for r in ordered]
    assert len(set(variants)) == len(variants), "two countries share a variant name"

    header = (
        "// Generated by tools/world/generate.py from Unicode CLDR {cldr} (cldr-core; cldr-localenames-full\n"
        "// {names}), Debian iso-codes (ISO 3166-1), countries-list {cl} and country-coder {cc}. Do not\n"
        "// edit by hand: change the generator or its overrides, and run it again.\n"
    ).format(cldr=cldr_version, names=names_version, cl=countries_list_version, cc=coder_version)

    # The hand-written profiles' Wikidata ids must agree with the reference.
    for r in programme + [r for r in others if r["module"]]:
        text = (ROOT / "src" / "data" / "countries" / f"{r['module']}.rs").read_text(encoding="utf-8")
        found = re.search(r'wikidata: Some\("(Q\d+)"\)', text)
        if found and found.group(1) != r["wikidata"]:
            print(f"{r['code']}: hand-written Wikidata {found.group(1)}, country-coder {r['wikidata']}", file=sys.stderr)

    research = load_research()
    write_enum(ordered, header)
    write_profiles(others, header)
    write_relations(others, header, research)
    write_tables(ordered, header)
    print(f"{len(ordered)} countries: {len(programme)} programme, {len(others)} others; "
          f"{sum(1 for r in others if r['module'] is None)} generated profiles")
    missing = [r["code"] for r in others if r["module"] is None and (not r["capital"] or not r["currency"] or not r["languages"])]
    if missing:
        print("fields missing for:", " ".join(missing), file=sys.stderr)
    return 0


def write_enum(ordered, header):
    lines = [header, "use strum::{EnumCount, EnumIter, IntoStaticStr};", ""]
    lines.append(ENUM_DOC)
    lines.append("#[derive(\n    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, EnumCount, IntoStaticStr,\n)]")
    lines.append('#[strum(serialize_all = "snake_case")]')
    lines.append('#[cfg_attr(feature = "serde", derive(serde::Serialize))]')
    lines.append('#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]')
    lines.append("#[non_exhaustive]")
    lines.append("pub enum Country {")
    for r in ordered:
        note = " One of the 22 countries of the IRIC research programme." if r["programme"] else ""
        official = r["official_en"]
        if r.get("module"):
            # A hand-written profile's own official name, not iso-codes'.
            text = (ROOT / "src" / "data" / "countries" / f"{r['module']}.rs").read_text(encoding="utf-8")
            found = re.search(r'official_name_en: "([^"]+)"', text)
            official = found.group(1) if found else official
        lines.append(f"    /// {official} ({r['code']}).{note}")
        lines.append(f"    {r['variant']},")
    lines.append("}")
    lines.append("")
    lines.append("/// How many countries of the research programme lead the enum.")
    lines.append(f"pub(crate) const PROGRAMME_COUNTRIES: usize = {sum(1 for r in ordered if r['programme'])};")
    (ROOT / "src" / "partner" / "country_list.rs").write_text("\n".join(lines) + "\n", encoding="utf-8")


ENUM_DOC = """/// A state with which Cambodia's relations are documented: every UN member
/// state, the two UN observer states (the Holy See and Palestine), and the
/// Cook Islands and Niue. Cambodia itself is not one.
///
/// The 22 countries of the IRIC research programme come first
/// ([`Country::is_programme_partner`]) and have full records; the others
/// come by English name. Going from a `Country` to its facts is total:
/// [`Country::profile`] never fails. Parsing text accepts ISO codes, English
/// and French names and common aliases (see [`crate::Partner`] for the
/// rules).
///
/// ```
/// use cambodia_diplomacy::{Country, Region};
///
/// let burma: Country = "Burma".parse()?;
/// assert_eq!(burma, Country::Myanmar);
/// assert_eq!(burma.profile().alpha3, "MMR");
/// assert_eq!(Country::iter().filter(|c| c.is_programme_partner()).count(), 22);
/// assert_eq!(Country::iter().next(), Some(Country::Australia));
/// assert!(Country::iter().count() >= 193);
/// assert_eq!("Brazil".parse::<Country>()?.region(), Region::Americas);
/// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
/// ```"""


def write_profiles(others, header):
    lines = [header, "//! Profiles of the countries with no hand-written file.", "", "use crate::data::prelude::*;", "use super::sources::*;", ""]
    for r in others:
        if r["module"]:
            continue
        name = const_name(r["variant"])
        intermediate = f"Some(IntermediateRegion::{r['intermediate']})" if r["intermediate"] else "None"
        langs = ", ".join(rust_str(l) for l in r["languages"])
        aliases = ", ".join(rust_str(a) for a in r["aliases"])
        lines += [
            f"pub(crate) static {name}: CountryProfile = CountryProfile {{",
            f"    country: Country::{r['variant']},",
            f"    short_name_en: {rust_str(r['english'])},",
            f"    official_name_en: {rust_str(r['official_en'])},",
            f"    short_name_fr: {rust_str(r['french'])},",
            f"    official_name_fr: {rust_str(r['official_fr'])},",
            f"    alpha2: {rust_str(r['code'])},",
            f"    alpha3: {rust_str(r['alpha3'])},",
            f"    numeric: {r['numeric']},",
            f"    wikidata: Some({rust_str(r['wikidata'])}),",
            f"    capital: {rust_str(r['capital'])},",
            f"    region: Region::{r['region']},",
            f"    sub_region: SubRegion::{r['sub']},",
            f"    intermediate_region: {intermediate},",
            f"    languages: &[{langs}],",
            f"    currency: {rust_str(r['currency'] or '')},",
            "    population: None,",
            f"    relation_type: RelationType::{'RegionAndAsean' if r['sub'] == 'SouthEasternAsia' else 'WiderWorld'},",
            f"    aliases: &[{aliases}],",
            "    sources: src![WORLD_CLDR, WORLD_ISO_CODES, WORLD_COUNTRIES_LIST, WORLD_COUNTRY_CODER, WORLD_UN_MEMBERS],",
            "};",
            "",
        ]
    (ROOT / "src" / "data" / "world" / "profiles.rs").write_text("\n".join(lines), encoding="utf-8")


def const_name(variant: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", variant).upper()


RESEARCH = ROOT / "docs" / "research" / "relations"
KIND = {"official": "Official", "press": "Press", "scholarly": "Scholarly", "reference": "Reference", "copy": "Copy"}
MISSION_KIND = {"embassy": "Embassy", "consulate_general": "ConsulateGeneral", "consulate": "Consulate",
                "non_resident_accreditation": "NonResidentAccreditation"}
DIRECTION = {"cambodia_to_partner": "CambodiaToPartner", "partner_to_cambodia": "PartnerToCambodia"}
STATUS = {"severed": "Severed", "suspended": "Suspended", "restored": "Active"}


def load_research():
    """The reviewed research notes (docs/research/relations/*.toml), merged by
    ISO alpha-3: what each country's relation record and events are made of."""
    countries = {}
    sources, rows = load_notes(sorted(RESEARCH.glob("*.toml")), "country")
    for c in rows["country"]:
        merged = countries.setdefault(
            c["alpha3"], {"notes": [], "alternative": [], "change": [], "mission": [], "claims": []})
        if c.get("established"):
            merged["claims"].append({key: c.get(key) for key in CLAIM_KEYS})
        if c.get("counterpart") and not merged.get("counterpart"):
            merged["counterpart"] = c["counterpart"]
        if c.get("note"):
            merged["notes"].append(c["note"])
        for key in ("alternative", "change", "mission"):
            merged[key] += c.get(key, [])
    # A source id no note defines is a typo or a merge left half done: stop,
    # rather than drop the claim that cites it without a word.
    for c in rows["country"]:
        cited = list(c.get("established_sources", [])) + list(c.get("sources", []))
        for key in ("alternative", "change", "mission"):
            cited += [i for item in c.get(key, []) for i in item.get("sources", [])]
        unknown = sorted({i for i in cited if i not in sources})
        if unknown:
            raise SystemExit(f"{c['file']}: {c['alpha3']} cites undefined sources {', '.join(unknown)}")
    # The establishment claim a record is made of: the first, in file order,
    # that can ship (see `cite` in write_relations); failing that, the first,
    # which then stays in the notes. A later pass that finds an original for
    # a date an earlier pass saw only on a copy thus takes its place.
    for merged in countries.values():
        shippable = [claim for claim in merged["claims"] if claim_can_ship(claim, sources)]
        chosen = (shippable or merged["claims"] or [{}])[0]
        for key in CLAIM_KEYS:
            if chosen.get(key):
                merged[key] = chosen[key]
    return countries, sources


CLAIM_KEYS = ("established", "established_sources", "established_derived", "established_note",
              "original_states_date")


def claim_can_ship(claim, sources) -> bool:
    """Whether an establishment claim's sources let it into the crate: every
    source defined, none a copy, unless the original beside the copies was
    checked to state the date at the precision recorded. Every id is
    defined (load_research checks)."""
    ids = claim.get("established_sources") or []
    if not ids:
        return False
    copies = [i for i in ids if sources[i]["kind"] == "copy"]
    return not copies or (bool(claim.get("original_states_date")) and len(copies) < len(ids))


def hist_date(text: str) -> str | None:
    """A HistDate constructor for an EDTF date, or None if it is not one the
    crate reads."""
    parts = edtf(text)
    return constructor(parts) if parts else None


def write_relations(others, header, research):
    countries, sources = research
    used = {}

    def cite(ids, original_states_date=False):
        # A claim is taken only if none of its sources is a copy: where a
        # copy stands beside an original, the original may not carry the
        # claim's full precision (a day from a repost, a year from the
        # original), so the claim stays in the research notes. The
        # exception: establishment claims whose original was checked to
        # state the date at the precision recorded (the notes say so, with
        # the reason, in `original_states_date`).
        for i in ids:
            if i in sources:
                used[i] = sources[i]
        claim = {"established_sources": ids, "original_states_date": original_states_date}
        return list(ids) if claim_can_ship(claim, sources) else []

    def src_list(ids):
        return "src![" + ", ".join(const_name_of(i) for i in ids) + "]"

    lines = [header, "//! Relation records of the countries with no hand-written file, made",
             "//! from the reviewed research notes in `docs/research/relations/`: the",
             "//! establishment where a source that is not a copy dates it, later breaks",
             "//! and restorations, and missions. Every history is marked incomplete.", "",
             "use crate::data::prelude::*;", ""]
    events = []
    for r in others:
        if r["module"]:
            continue
        name = const_name(r["variant"])
        c = countries.get(r["alpha3"], {})
        periods, missions, note_consts = [], [], []
        established = c.get("established")
        est_sources = cite(c.get("established_sources", []), bool(c.get("original_states_date")))
        start = hist_date(established) if established else None
        if start and est_sources:
            derived = bool(c.get("established_derived"))
            if derived and "approximate" not in start:
                start += ".approximate()"
            claims = [f"DateClaim::preferred({start}, {src_list(est_sources)})"]
            for alt in c["alternative"]:
                alt_date, alt_sources = hist_date(alt["date"]), cite(alt["sources"])
                if alt_date and alt_sources:
                    claims.append(f"DateClaim::alternative({alt_date}, {src_list(alt_sources)}, {rust_str(alt['why_not_preferred'])})")
            notes = (["The year is derived from an anniversary count in the source, so it is marked approximate."]
                     if derived else [])
            if c.get("established_note"):
                notes.append(c["established_note"])
            if len(claims) > 1:
                notes.append("Preferred over the other claims; each says why it is not.")
            if notes:
                # A named constant keeps the claim short enough for rustfmt.
                note_consts.append(f"const {name}_ESTABLISHED_NOTE: &str = {rust_str(' '.join(notes))};")
                claims[0] += f".with_note({name}_ESTABLISHED_NOTE)"
            counterpart = f"Some({rust_str(c['counterpart'])})" if c.get("counterpart") else "None"
            spans = [("Active", "Claims(&[" + ", ".join(claims) + "])", est_sources, counterpart, "Relations established.")]
            for ch in sorted(c["change"], key=lambda x: x["date"].rstrip("~")):
                d, ch_sources = hist_date(ch["date"]), cite(ch["sources"])
                if not d or not ch_sources or ch["date"].rstrip("~") <= established.rstrip("~"):
                    continue
                spans.append((STATUS[ch["kind"]], f"on!({d}, [{', '.join(const_name_of(i) for i in ch_sources)}])", ch_sources, "None", ch["note"]))
            for i, (status, start_claims, srcs, counterpart, note) in enumerate(spans):
                if i + 1 < len(spans):
                    end = "PeriodEnd::Ended(" + spans[i + 1][1] + ")"
                else:
                    end = "PeriodEnd::Unknown"
                periods.append(
                    f"        RelationPeriod {{ status: RelationStatus::{status}, start: {start_claims}, end: {end}, "
                    f"counterpart: {counterpart}, cambodian_side: None, note: {rust_str(note)}, sources: {src_list(srcs)} }},")
            events.append((r, start, est_sources))
        for m in c.get("mission", []):
            m_sources = cite(m["sources"])
            if not m_sources or m["kind"] not in MISSION_KIND:
                continue
            opened = hist_date(m["opened"]) if m.get("opened") else None
            closed = hist_date(m["closed"]) if m.get("closed") else None
            missions.append(
                f"        Mission {{ direction: MissionDirection::{DIRECTION[m['direction']]}, kind: MissionKind::{MISSION_KIND[m['kind']]}, "
                f"city: {rust_str(m['city'])}, opened: {('Some(' + opened + ')') if opened else 'None'}, "
                f"closed: {('Some(' + closed + ')') if closed else 'None'}, sources: {src_list(m_sources)} }},")
        record_sources = sorted({i for p in [est_sources] for i in p})
        if periods or missions:
            note = "Researched in part: " + ("the establishment" if periods else "no establishment date") + \
                   (" and missions" if missions else "") + " from the notes in docs/research/relations/; the later history is not researched, so the record is incomplete."
        else:
            note = "Not yet researched: no period, mission or agreement is recorded, so the data cannot tell the state of relations on any day."
        all_sources = []
        for line in periods + missions:
            for ident in re.findall(r"src!\[([^\]]*)\]|on!\([^\[]*\[([^\]]*)\]", line):
                for part in ident:
                    for x in part.split(","):
                        x = x.strip()
                        if x and x not in all_sources:
                            all_sources.append(x)
        lines += note_consts + ([""] if note_consts else [])
        lines += [
            f"pub(crate) static {name}: Relation = Relation {{",
            f"    country: Country::{r['variant']},",
            "    periods: &[" + ("\n" + "\n".join(periods) + "\n    " if periods else "") + "],",
            "    periods_complete: false,",
            "    missions: &[" + ("\n" + "\n".join(missions) + "\n    " if missions else "") + "],",
            "    frameworks: &[],",
            "    agreements: &[],",
            f"    note: {rust_str(note)},",
            "    sources: &[" + ", ".join("&" + x for x in all_sources) + "],",
            "};",
            "",
        ]
    # Events: one per dated establishment.
    lines += ["/// One event per dated establishment of relations.", "pub(crate) static EVENTS: &[Event] = &["]
    for r, start, est_sources in events:
        lines += [
            "    Event {",
            f"        id: {rust_str(r['code'].lower() + '_relations_established')},",
            f"        date: EventDate::on({start}),",
            "        kind: EventKind::RelationsEstablished,",
            f"        partners: &[Partner::Country(Country::{r['variant']})],",
            f"        title: {rust_str('Diplomatic relations with ' + r['english'])},",
            f"        summary: {rust_str('Cambodia and ' + r['english'] + ' established diplomatic relations, on the date the cited sources give, at their precision.')},",
            "        place: None,",
            "        exchange: None,",
            "        principles: &[],",
            "        tasks: &[],",
            f"        sources: {src_list(est_sources)},",
            "    },",
        ]
    lines += ["];", ""]
    # The sources the records cite.
    cited = set()
    for line in lines:
        cited.update(re.findall(r"\b(WR_[A-Z0-9_]+)\b", line))
    for sid, src in sorted(used.items()):
        if const_name_of(sid) not in cited:
            continue
        published = hist_date(src.get("published", "")) if src.get("published") else None
        lines += [
            f"static {const_name_of(sid)}: Source = Source {{",
            f"    id: {rust_str(sid)},",
            f"    publisher: {rust_str(src['publisher'])},",
            f"    title: {rust_str(src['title'])},",
            f"    url: {rust_str(src['url'])},",
            f"    language: {rust_str(src.get('language') or 'en')},",
            f"    published: {('Some(HistDate::' + published + ')') if published else 'None'},",
            "    retrieved: Some(HistDate::month(2026, 12)),",
            f"    kind: SourceKind::{KIND[src['kind']]},",
            f"    copy_of: {('Some(' + rust_str(src['copy_of']) + ')') if src.get('copy_of') else 'None'},",
            "};",
            "",
        ]
    lines += ["pub(crate) static SOURCES: &[&Source] = &["]
    lines += [f"    &{const_name_of(sid)}," for sid in sorted(used) if const_name_of(sid) in cited]
    lines += ["];", ""]
    (ROOT / "src" / "data" / "world" / "relations.rs").write_text("\n".join(lines), encoding="utf-8")


def const_name_of(source_id: str) -> str:
    return "WR_" + re.sub(r"[^A-Za-z0-9]", "_", source_id).upper()


def write_tables(ordered, header):
    lines = [header, "//! The per-country tables, in [`Country`] order.", "", "use crate::data::countries;", "use crate::{Country, CountryProfile, Relation};", "use strum::EnumCount;", "", "use super::{profiles, relations};", ""]
    lines.append("pub(crate) static COUNTRY_PROFILES: [&CountryProfile; Country::COUNT] = [")
    for r in ordered:
        lines.append(f"    &countries::{r['module']}::PROFILE," if r["module"] else f"    &profiles::{const_name(r['variant'])},")
    lines.append("];")
    lines.append("")
    lines.append("pub(crate) static RELATIONS: [&Relation; Country::COUNT] = [")
    for r in ordered:
        lines.append(f"    &countries::{r['module']}::RELATION," if r["module"] else f"    &relations::{const_name(r['variant'])},")
    lines.append("];")
    (ROOT / "src" / "data" / "world" / "tables.rs").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
