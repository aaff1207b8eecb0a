#!/usr/bin/env python3
"""Generates src/data/exchanges.rs from the official-exchanges research notes.

Input: docs/research/visits/*.toml, the reviewed research notes (format in
docs/research/visits/README.md): visits at the top and at foreign-minister
level, consultation mechanisms, coverage statements, and their sources.
Output: src/data/exchanges.rs, checked in, not edited by hand.

Run from the repository root, then format and test:

    python3 tools/exchanges/generate.py && cargo fmt && cargo test

Rules the generator applies (and the tests check again):
- a visit the notes mark "already in the crate as event <id>" is not
  generated again: the hand-written event stands;
- a document is typed as an agreement only if its title names one (treaty,
  agreement, memorandum, protocol, exchange of notes) and the note beside it
  does not say it was only announced, planned or expected; the others stay
  in the visit's list of documents, as the sources word them;
- an agreement's signing date is the day the document gives, else the day
  of a one-day visit, else the month or the year that holds the whole visit;
- a source id is unique across the notes.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from research_common import ROOT, Citations, write_copy_only, countries, edtf, hist_date, load_notes, opt_hist_date, rust_str  # noqa: E402

NOTES = Path(os.environ.get("EXCHANGES_NOTES", ROOT / "docs" / "research" / "visits"))
OUT = ROOT / "src" / "data" / "exchanges.rs"

LEVEL = {
    "head_of_state": "HeadOfState",
    "head_of_government": "HeadOfGovernment",
    "foreign_minister": "ForeignMinister",
    "senior_officials": "Official",
}
DIRECTION = {"inbound": "Inbound", "outbound": "Outbound"}
VISIT_KIND = {
    "state visit": "StateVisit",
    "official visit": "OfficialVisit",
    "working visit": "WorkingVisit",
    "summit attendance": "SummitAttendance",
    "transit": "Transit",
    "consultation": "Consultation",
    "other": "Other",
}
VISIT_WORDS = {
    "StateVisit": "state visit",
    "OfficialVisit": "official visit",
    "WorkingVisit": "working visit",
    "SummitAttendance": "visit to attend a summit",
    "Transit": "transit stop",
    "Consultation": "talks",
    "Other": "visit",
}
SCOPE = {"head_of_state_or_government": "TopLevelVisits", "foreign_minister": "ForeignMinisterExchanges"}
ALREADY = re.compile(r"(?:already in the crate as event|refines the crate.s event) ([a-z0-9_]+)", re.I)
AGREEMENT_TITLE = re.compile(
    r"^(supplementary )?(treaty|agreement|mou\b|memorandum|protocol|exchange of notes|convention)", re.I
)
NOT_SIGNED = re.compile(
    r"announced|planned|expected|not itemi[sz]ed|not confirmed|on the agenda|to be |adopted|endorsed|launch", re.I
)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")


TITLE_WORDS = {
    "prime", "minister", "deputy", "second", "first", "king", "queen", "president", "premier", "sultan",
    "foreign", "party", "general", "secretary", "state", "councilor", "councillor", "senior", "external",
    "affairs", "chancellor", "vice", "acting", "head", "of", "samdech", "prince", "emperor", "crown",
    "governor-general", "federal", "the", "and", "his", "her", "majesty", "former", "chief",
}


def principal(who: str) -> str:
    """The name of whoever led the delegation, without titles or companions:
    the part of an event id that says who went."""
    name = re.split(r"[(,;]| and | with ", who)[0]
    words = [w for w in name.split() if w.lower() not in TITLE_WORDS]
    return slug(" ".join(words[:3])) or "delegation"


HAND_VISIT = re.compile(
    r'Event \{\s*id: "(?P<id>[a-z0-9_]+)",(?:\s|//[^\n]*)*date: (?P<date>EventDate::\w+\([^{};]*?\)),(?:\s|//[^\n]*)*'
    r'kind: EventKind::Visit \{\s*direction: Direction::(?P<dir>\w+),\s*level: Level::(?P<level>\w+),?\s*\},\s*'
    r'partners: &\[(?P<partners>[^\]]*)\],(?:(?!Event \{).)*?exchange: (?P<exchange>None|Some\(&[\w:]+\)),',
    re.S,
)
DATE_CALL = re.compile(r"(day|month|year)\((\d+)(?:, (\d+))?(?:, (\d+))?\)")


def hand_written_visits():
    """The visit events written by hand in the country and organization
    files: (path, id, partners, direction, level, first, last), with dates
    as (year, month, day) tuples."""
    found = []
    for path in sorted((ROOT / "src" / "data").rglob("*.rs")):
        if path == OUT:
            continue
        for m in HAND_VISIT.finditer(path.read_text(encoding="utf-8")):
            calls = DATE_CALL.findall(m["date"])
            dates = [(int(y), int(mo) if mo else None, int(d) if d else None) for _, y, mo, d in calls]
            partners = set(re.findall(r"Country::(\w+)", m["partners"]))
            found.append((path, m["id"], partners, m["dir"], m["level"], dates[0], dates[-1]))
    return found


def bounds(date):
    """The first and last day (as comparable tuples) a date may stand for."""
    y, mo, d = date[:3]
    return (y, mo or 1, d or 1), (y, mo or 12, d or 31)


def same_visit(a_first, a_last, b_first, b_last) -> bool:
    """Whether two visits are one: dated at least to the month and
    overlapping, or dated the same."""
    if a_first[:3] == b_first[:3] and a_last[:3] == b_last[:3]:
        return True
    if a_first[1] is None or b_first[1] is None:
        return False
    return bounds(a_first)[0] <= bounds(b_last)[1] and bounds(b_first)[0] <= bounds(a_last)[1]


def english_name(variant: str) -> str:
    names = {"UnitedStates": "the United States", "UnitedKingdom": "the United Kingdom",
             "SouthKorea": "South Korea", "Philippines": "the Philippines"}
    return names.get(variant, re.sub(r"(?<!^)(?=[A-Z])", " ", variant))


def signed_date(document: str, start, end) -> str | None:
    """The signing date of an agreement signed during a visit."""
    m = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", document)
    if m:
        return hist_date(edtf(m.group(1)))
    if end == start:
        return hist_date(start)
    if end is None:
        # No end recorded: the visit may have lasted longer than its first
        # day, so the day of signing is not known; the month (or year) is.
        end = start[:2] + (None, start[3])
        start = end
    if start[0] == end[0] and start[1] is not None and start[1] == end[1]:
        return hist_date((start[0], start[1], None, start[3] or end[3]))
    if start[0] == end[0]:
        return hist_date((start[0], None, None, start[3] or end[3]))
    return None


def agreement_kind(title: str) -> str:
    t = title.lower()
    if "free trade" in t or "free-trade" in t:
        return "FreeTrade"
    if "border" in t or "boundary" in t or "demarcation" in t:
        return "Border"
    if any(w in t for w in ("defence", "defense", "security", "extradition", "legal assistance",
                            "sentenced", "police", "crime", "drug", "trafficking")):
        return "Defence"
    if any(w in t for w in ("trade", "investment", "taxation", "tax ", "economic", "customs")):
        return "Economic"
    if "treaty of friendship" in t or "amity" in t:
        return "Treaty"
    return "Cooperation"


def decision_kind(title: str) -> str:
    """The event kind of a decision with an organization, from its title."""
    t = title.lower()
    if "strategy" in t or "programme" in t:
        return "Aid"
    if "signed" in t or "accedes" in t or "agreement" in t:
        return "AgreementSigned"
    return "MembershipChanged"


def first_sentence(note: str) -> str:
    """The first sentence of a note, for an event's summary."""
    m = re.match(r"(.{40,}?[.])(\s|$)", note)
    return m.group(1) if m else note


def relink(hand, links):
    """Points each hand-written visit event at the research visit that
    details it (or at nothing): the generator owns that one line."""
    for path in sorted({h[0] for h in hand}):
        text = path.read_text(encoding="utf-8")

        def repl(m):
            target = f"Some(&crate::data::exchanges::{m['id'].upper()})" if m["id"] in links else "None"
            return m.group(0)[: m.start("exchange") - m.start(0)] + target + ","

        new = HAND_VISIT.sub(repl, text)
        if new != text:
            path.write_text(new, encoding="utf-8")


def main() -> int:
    by_alpha3 = countries()
    sources, rows = load_notes(sorted(NOTES.glob("*.toml")), "visit", "mechanism", "coverage", "org_event")
    visits, mechanisms, coverage, org_events = rows["visit"], rows["mechanism"], rows["coverage"], rows["org_event"]

    skipped, undated, ids, sharper = [], [], set(), []
    citations = Citations(sources, {OUT}, "EX_")
    cite = citations.cite
    only_copies = citations.only_copies
    copy_only = []

    def record_facts(e):
        """Lists the generated records that rest only on copies, for the
        test that keeps every such fact known (tests/copy_only_exchanges.txt)."""
        if not only_copies(e["sources"]):
            return
        if e["has_exchange"]:
            copy_only.append(f"exchange {e['id']}")
        if not e["hand_written"]:
            copy_only.append(f"event {e['id']}")
        for title, _, _ in e["agreements"]:
            copy_only.append(f"exchange {e['id']} agreement {title}")

    mechanism_ids = {}
    mech_lines = []
    merged = {}  # the same mechanism noted in two files is one record
    for m in mechanisms:
        variant, cid = by_alpha3[m["partner"]]
        mid = f"{cid}_{slug(m['name'])}"
        mechanism_ids[(m["partner"], m["name"])] = mid
        if mid not in merged:
            merged[mid] = dict(m, variant=variant, sources=list(m["sources"]), notes=[m.get("note", "")])
            continue
        first = merged[mid]
        a, b = first.get("established", ""), m.get("established", "")
        if a and b and not (a.startswith(b) or b.startswith(a)):
            print(f"mechanism {mid}: established {a} or {b}?", file=sys.stderr)
            return 1
        first["established"] = max(a, b, key=len)  # the more precise of two that agree
        first["sources"] += [s for s in m["sources"] if s not in first["sources"]]
        first["notes"].append(m.get("note", ""))
    for mid, m in merged.items():
        est = edtf(m.get("established", "") or "")
        mech_lines += [
            f"static {mid.upper()}: Mechanism = Mechanism {{",
            f"    id: {rust_str(mid)},",
            f"    partner: Country::{m['variant']},",
            f"    name: {rust_str(m['name'])},",
            f"    level: Level::{LEVEL[m['level']]},",
            f"    established: {opt_hist_date(est)},",
            f"    note: {rust_str(' '.join(n for n in m['notes'] if n))},",
            f"    sources: {cite(m['sources'])},",
            "};",
            "",
        ]

    events = []
    hand = hand_written_visits()
    ids.update(h[1] for h in hand)
    links = {}  # hand-written event id -> the research visit that details it
    for v in visits:
        variant, cid = by_alpha3[v["partner"]]
        start = edtf(v["start"])
        end = edtf(v["end"]) if v.get("end") else None
        if start is None:
            # A date the crate cannot hold (a range of possible dates): the
            # visit stays in the notes until a later pass dates it.
            undated.append(f"{v['file']}: {v['partner']} {v['who']} ({v['start']!r})")
            continue
        marked = ALREADY.search(v.get("note", ""))
        twin = next((h for h in hand if (marked and h[1] == marked.group(1)) or (
            variant in h[2] and h[3] == DIRECTION[v["direction"]] and h[4] == LEVEL[v["level"]]
            and same_visit(start, end or start, h[5], h[6]))), None)
        level = LEVEL[v["level"]]
        kind = VISIT_KIND[v["kind"]]
        who = v["who"].strip()
        if twin:
            if twin[1] in links:
                print(f"{v['file']}: {v['who']} {v['start']} and {links[twin[1]]} both detail {twin[1]}", file=sys.stderr)
                return 1
            links[twin[1]] = f"{v['who']} {v['start']}"
            eid = twin[1]
            precision = lambda d: sum(x is not None for x in d[1:3])
            if precision(start) > precision(twin[5]) or (end and not twin[6] == twin[5] and precision(end) > precision(twin[6])):
                sharper.append(f"{twin[1]}: {v['start']}{('/' + v['end']) if v.get('end') else ''} in {v['file']}")
            skipped.append(eid)
        else:
            base = f"{cid}_{v['start'][:4]}_{principal(who)}_{slug(VISIT_WORDS[kind])}"
            eid, n = base, 2
            while eid in ids:
                eid, n = f"{base}_{n}", n + 1
            ids.add(eid)
        agreements, documents = [], []
        for doc in v.get("documents", []):
            documents.append(doc)
            if AGREEMENT_TITLE.match(doc) and not NOT_SIGNED.search(doc):
                signed = signed_date(doc, start, end)
                agreements.append((doc, agreement_kind(doc), signed))
        place = v.get("place", "").strip()
        country = english_name(variant)
        host, home = ("Cambodia", country) if v["direction"] == "inbound" else (country, "Cambodia")
        where = f", in {place}" if place else ""
        if kind == "SummitAttendance":
            title = f"{who}: at a summit or conference in {host}"
            summary = f"{who} of {home} took part in a summit or conference held in {host}{where}."
        elif kind == "Consultation":
            title = f"{who}: talks in {host}"
            summary = f"{who} of {home} held talks in {host}{where}."
        elif kind == "Transit":
            title = f"{who}: stop in {host}"
            summary = f"{who} of {home} stopped in {host} on the way elsewhere{where}."
        else:
            words = VISIT_WORDS[kind]
            article = "an" if words[0] in "aeiou" else "a"
            title = f"{who}: {words} to {host}"
            summary = f"{who} of {home} made {article} {words} to {host}{where}."
        if agreements:
            summary += f" Agreements signed: {len(agreements)}."
        mech = mechanism_ids.get((v["partner"], v.get("mechanism", ""))) if v.get("mechanism") else None
        events.append({
            "partner_expr": f"c(Country::{variant})",
            "kind_expr": f"EventKind::Visit {{ direction: Direction::{DIRECTION[v['direction']]}, level: Level::{level} }}",
            "has_exchange": True,
            "hand_written": bool(twin),
            "id": eid, "start": start, "end": end, "variant": variant, "direction": DIRECTION[v["direction"]],
            "level": level, "title": title, "summary": summary, "place": place, "who": who, "kind": kind,
            "mechanism": mech, "mechanism_text": v.get("mechanism", ""), "agreements": agreements,
            "documents": documents, "note": v.get("note", ""), "sources": v["sources"],
        })
    for o in org_events:
        start = edtf(o["start"])
        end = edtf(o["end"]) if o.get("end") else None
        if end and start and end[0] != start[0]:
            end = None  # an event is dated within a year; the note tells the rest
        refines = ALREADY.search(o.get("note", ""))
        if start is None or refines:
            undated.append(f"{o['file']}: {o['organization']} {o['title']} (refines a crate event, or no date)")
            continue
        org = "".join(w.capitalize() for w in o["organization"].split("_"))
        org = {"Asean": "Asean"}.get(org, org)
        kind = o["kind"]
        if kind in ("hosted", "chaired"):
            kind_expr = f"EventKind::Summit {{ role: SummitRole::{kind.capitalize()} }}"
        elif kind == "head_visit":
            kind_expr = "EventKind::Visit { direction: Direction::Inbound, level: Level::Official }"
        else:
            kind_expr = "EventKind::" + decision_kind(o["title"])
        base = f"{o['organization']}_{o['start'][:4]}_{slug(' '.join(o['title'].split()[:6]))}"
        eid, n = base, 2
        while eid in ids:
            eid, n = f"{base}_{n}", n + 1
        ids.add(eid)
        events.append({
            "partner_expr": f"o(Organization::{org})", "kind_expr": kind_expr,
            "has_exchange": kind == "head_visit", "hand_written": False,
            "id": eid, "start": start, "end": end, "title": o["title"], "summary": first_sentence(o.get("note", "")) or o["title"],
            "place": o.get("place", "").strip(), "who": o.get("who", "").strip(), "kind": "OfficialVisit",
            "mechanism": None, "agreements": [], "documents": [], "note": o.get("note", ""), "sources": o["sources"],
        })
    events.sort(key=lambda e: (e["start"][0], e["start"][1] or 0, e["start"][2] or 0, e["id"]))

    out = [
        "//! Official exchanges since 1993: visits at the top and at foreign-minister",
        "//! level, consultation mechanisms and coverage statements.",
        "//!",
        "//! GENERATED by `tools/exchanges/generate.py` from the research notes in",
        "//! `docs/research/visits/*.toml`; do not edit by hand: correct the notes and",
        "//! run the generator again.",
        "",
        "use crate::coverage::{Coverage, Scope};",
        "use crate::data::prelude::*;",
        "use crate::event::exchange::{Exchange, Mechanism, VisitKind};",
        "",
    ]
    out += mech_lines
    out.append("pub(crate) static MECHANISMS: &[&Mechanism] = &[")
    out += [f"    &{mid.upper()}," for mid in merged]
    out += ["];", ""]

    for e in events:
        if not e["has_exchange"]:
            record_facts(e)
            continue
        visibility = "pub(crate) " if e["hand_written"] else ""
        out.append(f"{visibility}static {e['id'].upper()}: Exchange = Exchange {{")
        out.append(f"    who: {rust_str(e['who'])},")
        out.append(f"    visit_kind: VisitKind::{e['kind']},")
        out.append(f"    mechanism: {('Some(&' + e['mechanism'].upper() + ')') if e['mechanism'] else 'None'},")
        out.append("    agreements: &[")
        for title, kind, signed in e["agreements"]:
            out += [
                "        Agreement {",
                f"            title: {rust_str(title)},",
                f"            kind: AgreementKind::{kind},",
                f"            signed: {('Some(' + signed + ')') if signed else 'None'},",
                "            in_force: None,",
                f"            sources: {cite(e['sources'])},",
                "        },",
            ]
        out.append("    ],")
        out.append(f"    documents: &[{', '.join(rust_str(d) for d in e['documents'])}],")
        out.append(f"    note: {rust_str(e['note'])},")
        out.append(f"    sources: {cite(e['sources'])},")
        out += ["};", ""]
        record_facts(e)

    out.append("pub(crate) static EVENTS: &[Event] = &[")
    for e in events:
        if e["hand_written"]:
            continue
        date = (f"EventDate::span({hist_date(e['start'])}, {hist_date(e['end'])})" if e["end"] and e["end"] != e["start"]
                else f"EventDate::on({hist_date(e['start'])})")
        out += [
            "    Event {",
            f"        id: {rust_str(e['id'])},",
            f"        date: {date},",
            f"        kind: {e['kind_expr']},",
            f"        partners: &[{e['partner_expr']}],",
            f"        title: {rust_str(e['title'])},",
            f"        summary: {rust_str(e['summary'])},",
            f"        place: {('Some(' + rust_str(e['place']) + ')') if e['place'] else 'None'},",
            f"        exchange: {('Some(&' + e['id'].upper() + ')') if e['has_exchange'] else 'None'},",
            "        principles: &[],",
            "        tasks: &[],",
            f"        sources: {cite(e['sources'])},",
            "    },",
        ]
    out += ["];", ""]

    out.append("pub(crate) static COVERAGE: &[Coverage] = &[")
    for c in sorted(coverage, key=lambda c: (by_alpha3[c["partner"]][1], c["level"], c["direction"])):
        variant, _ = by_alpha3[c["partner"]]
        first, last = c["span"].split("/")
        out += [
            "    Coverage {",
            f"        partner: c(Country::{variant}),",
            f"        scope: Scope::{SCOPE[c['level']]},",
            f"        direction: Direction::{DIRECTION[c['direction']]},",
            f"        from_year: {int(first[:4])},",
            f"        to_year: {int(last[:4])},",
            f"        complete: {'true' if c['claimed_complete'] else 'false'},",
            f"        basis: {rust_str(c['basis'])},",
            f"        sources: {cite(c.get('sources', []))},",
            "    },",
        ]
    out += ["];", ""]

    out += citations.statics()
    OUT.write_text("\n".join(out), encoding="utf-8")
    relink(hand, links)
    for mid, m in merged.items():
        if only_copies(m["sources"]):
            copy_only.append(f"mechanism {mid}")
    for c in coverage:
        if only_copies(c.get("sources", [])):
            copy_only.append(f"coverage {c['partner']} {c['level']} {c['direction']}")
    write_copy_only("copy_only_exchanges.txt", "records of the official-exchanges research", "tools/exchanges/generate.py", copy_only)
    for line in sharper:
        print(f"the notes date a hand-written event more precisely: {line}")
    for line in undated:
        print(f"not generated, no date the crate can hold: {line}")
    print(f"{len(events) - len(skipped)} visits ({len(skipped)} more detail events already in the crate), {len(merged)} mechanisms, "
          f"{len(coverage)} coverage statements, {len(citations.emitted())} new sources -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
