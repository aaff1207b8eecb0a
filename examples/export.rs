//! Writes the whole dataset, for tools outside Rust.
//!
//! ```text
//! cargo run --example export                           # one JSON document on standard output
//! cargo run --example export -- --format csv --out DIR # CSV tables in DIR
//! ```
//!
//! The JSON document has the top-level arrays `countries`, `organizations`,
//! `principles`, `policy_tasks`, `cambodian_states`, `un_seat`, `relations`,
//! `memberships`, `events` and `sources` (the schema is in the README). The
//! CSV tables, ready for pandas, R or a spreadsheet, are `partners.csv`,
//! `relations.csv`, `relation_periods.csv`, `memberships.csv`,
//! `membership_periods.csv`, `events.csv`, `event_partners.csv` and
//! `sources.csv`; every `sources` cell lists source ids separated by `;`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cambodia_diplomacy::{
    Country, Dataset, Organization, PeriodEnd, Sources, events, memberships, relations, sources,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut format = "json".to_owned();
    let mut out: Option<PathBuf> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" => {
                format = args.get(i + 1).cloned().unwrap_or_default();
                i += 1;
            }
            "--out" => {
                out = args.get(i + 1).map(PathBuf::from);
                i += 1;
            }
            "-h" | "--help" => {
                println!("usage: export [--format json|csv] [--out DIR]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("unknown argument {other:?}; try --help");
                return ExitCode::FAILURE;
            }
        }
        i += 1;
    }
    let result = match (format.as_str(), out) {
        ("json", None) => serde_json::to_writer_pretty(std::io::stdout().lock(), &Dataset)
            .map_err(|e| e.to_string())
            .map(|()| println!()),
        ("json", Some(dir)) => std::fs::create_dir_all(&dir)
            .and_then(|()| {
                let text = serde_json::to_string_pretty(&Dataset).map_err(std::io::Error::other)?;
                std::fs::write(dir.join("cambodia_diplomacy.json"), text)
            })
            .map_err(|e| e.to_string()),
        ("csv", Some(dir)) => write_csv(&dir).map_err(|e| e.to_string()),
        ("csv", None) => Err("--format csv needs --out DIR".to_owned()),
        (other, _) => Err(format!("unknown format {other:?}: use json or csv")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("export failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One CSV table being built.
struct Table {
    text: String,
}

impl Table {
    fn new(header: &[&str]) -> Self {
        let mut table = Table {
            text: String::new(),
        };
        table.row(header.iter().map(|s| (*s).to_owned()));
        table
    }

    fn row(&mut self, cells: impl IntoIterator<Item = String>) {
        let mut first = true;
        for cell in cells {
            if !first {
                self.text.push(',');
            }
            first = false;
            if cell.contains([',', '"', '\n', '\r']) {
                let _ = write!(self.text, "\"{}\"", cell.replace('"', "\"\""));
            } else {
                self.text.push_str(&cell);
            }
        }
        self.text.push('\n');
    }

    fn save(&self, dir: &Path, name: &str) -> std::io::Result<()> {
        std::fs::write(dir.join(name), &self.text)
    }
}

fn ids(sources: Sources) -> String {
    sources.iter().map(|s| s.id).collect::<Vec<_>>().join(";")
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn end_text(end: &PeriodEnd) -> (String, String) {
    match end {
        PeriodEnd::Ended(claims) => ("ended".into(), opt(claims.preferred().map(|c| c.date))),
        PeriodEnd::OngoingAsOf(d) => ("ongoing_as_of".into(), d.to_string()),
        PeriodEnd::Unknown => ("unknown".into(), String::new()),
    }
}

fn write_csv(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;

    let mut partners = Table::new(&[
        "id",
        "kind",
        "name_en",
        "name_fr",
        "official_name_en",
        "official_name_fr",
        "code",
        "alpha3",
        "numeric",
        "wikidata",
        "capital_or_headquarters",
        "region",
        "sub_region",
        "currency",
        "population_or_members",
        "figure_year",
        "founded",
        "website",
        "relation_type",
        "sources",
    ]);
    for c in Country::iter() {
        let p = c.profile();
        partners.row([
            c.id().into(),
            "country".into(),
            p.short_name_en.into(),
            p.short_name_fr.into(),
            p.official_name_en.into(),
            p.official_name_fr.into(),
            p.alpha2.into(),
            p.alpha3.into(),
            p.numeric.to_string(),
            p.wikidata.into(),
            p.capital.into(),
            p.region.into(),
            p.sub_region.into(),
            p.currency.into(),
            opt(p.population.map(|f| f.value)),
            opt(p.population.map(|f| f.year)),
            String::new(),
            String::new(),
            p.relation_type.to_string(),
            ids(p.sources),
        ]);
    }
    for o in Organization::iter() {
        let p = o.profile();
        partners.row([
            o.id().into(),
            "organization".into(),
            p.name_en.into(),
            p.name_fr.into(),
            p.name_en.into(),
            p.name_fr.into(),
            p.acronym.into(),
            String::new(),
            String::new(),
            opt(p.wikidata),
            p.headquarters.unwrap_or_default().into(),
            String::new(),
            String::new(),
            String::new(),
            opt(p.members.map(|f| f.value)),
            opt(p.members.map(|f| f.year)),
            opt(p.founded),
            p.website.unwrap_or_default().into(),
            String::new(),
            ids(p.sources),
        ]);
    }
    partners.save(dir, "partners.csv")?;

    let mut rel = Table::new(&[
        "id",
        "established",
        "periods",
        "missions",
        "frameworks",
        "agreements",
        "note",
        "sources",
    ]);
    let mut periods = Table::new(&[
        "id",
        "index",
        "status",
        "start",
        "end_kind",
        "end",
        "counterpart",
        "cambodian_side",
        "note",
        "sources",
    ]);
    for r in relations() {
        rel.row([
            r.country.id().into(),
            opt(r.established()),
            r.periods.len().to_string(),
            r.missions.len().to_string(),
            r.frameworks.len().to_string(),
            r.agreements.len().to_string(),
            r.note.into(),
            ids(r.sources),
        ]);
        for (i, p) in r.periods.iter().enumerate() {
            let (end_kind, end) = end_text(&p.end);
            periods.row([
                r.country.id().into(),
                i.to_string(),
                p.status.label().replace(' ', "_"),
                opt(p.start.preferred().map(|c| c.date)),
                end_kind,
                end,
                p.counterpart.unwrap_or_default().into(),
                p.cambodian_side.unwrap_or_default().into(),
                p.note.into(),
                ids(p.sources),
            ]);
        }
    }
    rel.save(dir, "relations.csv")?;
    periods.save(dir, "relation_periods.csv")?;

    let mut mem = Table::new(&[
        "id",
        "joined",
        "periods",
        "roles",
        "country_members",
        "note",
        "sources",
    ]);
    let mut mperiods = Table::new(&[
        "id", "index", "status", "start", "end_kind", "end", "note", "sources",
    ]);
    for m in memberships() {
        mem.row([
            m.organization.id().into(),
            opt(m.joined()),
            m.periods.len().to_string(),
            m.roles.len().to_string(),
            m.country_members
                .iter()
                .map(|c| c.country.id())
                .collect::<Vec<_>>()
                .join(";"),
            m.note.into(),
            ids(m.sources),
        ]);
        for (i, p) in m.periods.iter().enumerate() {
            let (end_kind, end) = end_text(&p.end);
            mperiods.row([
                m.organization.id().into(),
                i.to_string(),
                p.status.label().replace(' ', "_"),
                opt(p.start.preferred().map(|c| c.date)),
                end_kind,
                end,
                p.note.into(),
                ids(p.sources),
            ]);
        }
    }
    mem.save(dir, "memberships.csv")?;
    mperiods.save(dir, "membership_periods.csv")?;

    let mut ev = Table::new(&[
        "id",
        "date",
        "type",
        "title",
        "summary",
        "place",
        "principles",
        "tasks",
        "sources",
    ]);
    let mut ev_partners = Table::new(&["event_id", "partner_id"]);
    for e in events() {
        ev.row([
            e.id.into(),
            e.date.to_string(),
            e.kind.event_type().to_string(),
            e.title.into(),
            e.summary.into(),
            e.place.unwrap_or_default().into(),
            e.principles
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            e.tasks
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(";"),
            ids(e.sources),
        ]);
        for p in e.partners {
            ev_partners.row([e.id.into(), p.id().into()]);
        }
    }
    ev.save(dir, "events.csv")?;
    ev_partners.save(dir, "event_partners.csv")?;

    let mut src = Table::new(&[
        "id",
        "publisher",
        "title",
        "url",
        "language",
        "published",
        "retrieved",
    ]);
    for s in sources() {
        src.row([
            s.id.into(),
            s.publisher.into(),
            s.title.into(),
            s.url.into(),
            s.language.into(),
            opt(s.published),
            opt(s.retrieved),
        ]);
    }
    src.save(dir, "sources.csv")?;
    Ok(())
}
