"""Helpers shared by the generators that turn research notes (TOML) into
Rust tables: EDTF dates, Rust literals, source constants, the partners the
crate knows, and the sources its hand-written tables already define."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "data"
KIND = {"official": "Official", "press": "Press", "scholarly": "Scholarly", "reference": "Reference", "copy": "Copy"}


def rust_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def edtf(text: str):
    """(year, month, day, approximate) of an EDTF date, or None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(~?)", (text or "").strip())
    if not m:
        return None
    y, mo, d, approx = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None, bool(approx)


def hist_date(parts) -> str:
    y, mo, d, approx = parts
    out = f"day({y}, {mo}, {d})" if d else f"month({y}, {mo})" if mo else f"year({y})"
    return out + (".approximate()" if approx else "")


def camel(snake: str) -> str:
    """The Rust variant name of a snake_case id (`head_of_state` -> `HeadOfState`)."""
    return "".join(w.capitalize() for w in snake.split("_"))


def opt_hist_date(parts) -> str:
    """`Some(<HistDate>)` for EDTF parts, `None` for none."""
    return f"Some({hist_date(parts)})" if parts else "None"


def const_name(source_id: str, prefix: str) -> str:
    return prefix + re.sub(r"[^A-Za-z0-9]", "_", source_id).upper()


def load_notes(paths, *tables):
    """Reads research notes: every [[source]] by id (a source defined twice
    is an error), and the rows of each named table, each row marked with
    the file it comes from (`file`)."""
    import tomllib

    sources, rows = {}, {t: [] for t in tables}
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for src in data.get("source", []):
            if src["id"] in sources:
                raise SystemExit(f"{path.name}: source {src['id']} defined twice")
            sources[src["id"]] = src
        for t in tables:
            rows[t] += [dict(r, file=path.name) for r in data.get(t, [])]
    return sources, rows


def country_order() -> list[str]:
    """Country variants in declaration order (the enum in country_list.rs)."""
    text = (ROOT / "src" / "partner" / "country_list.rs").read_text(encoding="utf-8")
    body = text[text.index("pub enum Country {"):]
    body = body[:body.index("\n}")]
    return re.findall(r"^\s+([A-Z]\w*),", body, re.M)


def countries():
    """ISO alpha-3 -> (Country variant, snake_case id) from the profiles."""
    found = {}
    for path in DATA.rglob("*.rs"):
        text = path.read_text(encoding="utf-8")
        for variant, alpha3 in re.findall(r"country: Country::(\w+),.*?alpha3: \"([A-Z]{3})\"", text, re.S):
            found.setdefault(alpha3, (variant, re.sub(r"(?<!^)(?=[A-Z])", "_", variant).lower()))
    return found


def existing_sources(generated: set[Path]):
    """URL -> (Rust path, kind) of every source the hand-written tables
    define: a research source at the same address cites that one instead."""
    found = {}
    for path in sorted(DATA.rglob("*.rs")):
        if path in generated or "world" in path.parts:
            continue
        module = "::".join(path.relative_to(DATA).with_suffix("").parts)
        text = path.read_text(encoding="utf-8")
        for name, url, kind in re.findall(
                r'static (\w+): Source = Source \{.*?url: "([^"]*)".*?kind: SourceKind::(\w+)', text, re.S):
            found.setdefault(url, (f"crate::data::{module}::{name}", kind))
    return found


class Citations:
    """The sources of a set of notes, resolved to Rust constants: an
    address the hand-written tables already cite resolves to their
    constant, and two notes at one address to the first."""

    def __init__(self, sources: dict, generated: set[Path], prefix: str):
        self.sources = sources
        self.prefix = prefix
        self.known = existing_sources(generated)
        self.canonical = {}
        first_at = {}
        for sid, src in sources.items():
            if not src["url"].startswith(("http://", "https://")):
                raise SystemExit(f"source {sid}: no address ({src['url']!r}); find one or leave the source out")
            self.canonical[sid] = first_at.setdefault(src["url"], sid)
        self.used = set()

    def ref(self, sid: str) -> str:
        if sid not in self.sources:
            raise SystemExit(f"source {sid} cited but not defined")
        self.used.add(sid)
        url = self.sources[sid]["url"]
        return self.known[url][0] if url in self.known else const_name(self.canonical[sid], self.prefix)

    def cite(self, ids) -> str:
        refs = []
        for sid in ids:
            r = self.ref(sid)
            if r not in refs:
                refs.append(r)
        return "&[" + ", ".join("&" + r for r in refs) + "]"

    def only_copies(self, ids) -> bool:
        kinds = [self.known[self.sources[i]["url"]][1] if self.sources[i]["url"] in self.known
                 else KIND[self.sources[self.canonical[i]]["kind"]] for i in ids]
        return bool(kinds) and all(k == "Copy" for k in kinds)

    def emitted(self):
        return sorted({self.canonical[s] for s in self.used if self.sources[s]["url"] not in self.known})

    def statics(self) -> list[str]:
        """The `Source` statics of the sources cited and not defined by hand,
        then the table of them."""
        out = []
        for sid in self.emitted():
            src = self.sources[sid]
            published = edtf(src.get("published", "") or "")
            out += [
                f"pub(crate) static {const_name(sid, self.prefix)}: Source = Source {{",
                f"    id: {rust_str(sid)},",
                f"    publisher: {rust_str(src['publisher'])},",
                f"    title: {rust_str(src['title'])},",
                f"    url: {rust_str(src['url'])},",
                f"    language: {rust_str(src.get('language') or 'en')},",
                f"    published: {opt_hist_date(published)},",
                "    retrieved: Some(HistDate::month(2026, 12)),",
                f"    kind: SourceKind::{KIND[src['kind']]},",
                f"    copy_of: {('Some(' + rust_str(src['copy_of']) + ')') if src.get('copy_of') else 'None'},",
                "};",
                "",
            ]
        out.append("pub(crate) static SOURCES: &[&Source] = &[")
        out += [f"    &{const_name(sid, self.prefix)}," for sid in self.emitted()]
        out += ["];", ""]
        return out


def write_copy_only(file_name: str, what: str, generator: str, records) -> None:
    """Writes tests/<file_name>: the generated records that rest only on
    copies, which the copy-only test of tests/data_integrity.rs reads."""
    (ROOT / "tests" / file_name).write_text(
        f"# GENERATED by {generator}: {what} that rest only on copies\n"
        "# (no original found in the stored pages).\n" + "".join(f"{r}\n" for r in sorted(set(records))),
        encoding="utf-8")
