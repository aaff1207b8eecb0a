//! Writes the whole dataset, for tools outside Rust.
//!
//! ```text
//! cargo run --example export                           # one JSON document on standard output
//! cargo run --example export -- --format csv --out DIR # CSV tables in DIR
//! cargo run --example export -- --out DIR              # DIR/cambodia_diplomacy.json
//! ```
//!
//! The JSON document has the top-level arrays `countries`, `organizations`,
//! `principles`, `policy_tasks`, `cambodian_states`, `un_seat`, `relations`,
//! `memberships`, `events` and `sources` (the schema is in the README). The
//! CSV tables, ready for pandas, R or a spreadsheet, are `partners.csv`,
//! `relations.csv`, `relation_periods.csv`, `memberships.csv`,
//! `membership_periods.csv`, `events.csv`, `event_partners.csv`,
//! `figures.csv` (long form: one figure a row), `office_holders.csv` and
//! `sources.csv`; every
//! `sources` cell lists source ids separated by `;`. The files are UTF-8
//! with a byte-order mark, so that spreadsheet programs read non-ASCII text
//! (French accents, Khmer) as UTF-8.
//! Files in DIR are never replaced (nor written through a symlink) unless
//! `--force` is given.

#[path = "common/files.rs"]
mod files;
#[path = "common/stdout.rs"]
mod stdout;

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cambodia_diplomacy::{
    Country, Dataset, Lang, Organization, PeriodEnd, Sources, events, memberships, observations,
    office_holders, relations, sources,
};
use clap::{Parser, ValueEnum};
use files::write_file;
use serde::Serialize;
use stdout::to_stdout;

/// Writes the whole dataset, as one JSON document or as CSV tables.
#[derive(Parser)]
#[command(name = "export")]
struct Args {
    /// What to write
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Write the files to DIR, made if needed [default for JSON: standard
    /// output]
    #[arg(long, value_name = "DIR", required_if_eq("format", "csv"))]
    out: Option<PathBuf>,
    /// Replace existing files (a symlink is replaced, not followed)
    #[arg(long, requires = "out")]
    force: bool,
}

/// The output formats.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON document (DIR/cambodia_diplomacy.json with --out)
    Json,
    /// CSV tables, one file each (needs --out)
    Csv,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let Some(dir) = &args.out else {
        // clap asks for --out with --format csv, so this is JSON.
        return to_stdout(|w| {
            serde_json::to_writer_pretty(&mut *w, &Dataset)?;
            writeln!(w)
        });
    };
    let result = std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))
        .and_then(|()| match args.format {
            Format::Json => write_file(&dir.join("cambodia_diplomacy.json"), args.force, |w| {
                Ok(serde_json::to_writer_pretty(w, &Dataset)?)
            }),
            Format::Csv => write_csv(dir, args.force),
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes one CSV table, its header made from the field names of `R`, after
/// a UTF-8 byte-order mark (Excel and LibreOffice take a file without one
/// for the local legacy code page and mangle Khmer; pandas, R and the csv
/// crate skip it or can be told to).
fn table<R: Serialize>(
    dir: &Path,
    name: &str,
    force: bool,
    rows: impl IntoIterator<Item = R>,
) -> Result<(), String> {
    write_file(&dir.join(name), force, |w| {
        w.write_all("\u{feff}".as_bytes())?;
        let mut csv = csv::Writer::from_writer(w);
        for row in rows {
            csv.serialize(row).map_err(io::Error::from)?;
        }
        csv.flush()
    })
}

fn ids(sources: Sources) -> String {
    sources.iter().map(|s| s.id).collect::<Vec<_>>().join(";")
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn joined<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// The kind of a period's end and its date, if any.
fn end_text(end: &PeriodEnd) -> (&'static str, String) {
    match end {
        PeriodEnd::Ended(claims) => ("ended", opt(claims.preferred().map(|c| c.date))),
        PeriodEnd::OngoingAsOf(d) => ("ongoing_as_of", d.to_string()),
        PeriodEnd::Unknown => ("unknown", String::new()),
    }
}

/// A row of `partners.csv`: a country or an organization.
#[derive(Serialize)]
struct PartnerRow {
    id: &'static str,
    kind: &'static str,
    name_en: &'static str,
    name_fr: &'static str,
    official_name_en: &'static str,
    official_name_fr: &'static str,
    name_km: &'static str,
    official_name_km: &'static str,
    code: &'static str,
    alpha3: &'static str,
    numeric: Option<u16>,
    wikidata: &'static str,
    capital_or_headquarters: &'static str,
    region: &'static str,
    sub_region: &'static str,
    currency: &'static str,
    population_or_members: Option<u64>,
    figure_year: Option<i32>,
    founded: String,
    website: &'static str,
    relation_type: &'static str,
    sources: String,
}

/// A row of `relations.csv`.
#[derive(Serialize)]
struct RelationRow {
    id: &'static str,
    established: String,
    periods: usize,
    missions: usize,
    frameworks: usize,
    agreements: usize,
    note: &'static str,
    sources: String,
}

/// A row of `relation_periods.csv`.
#[derive(Serialize)]
struct RelationPeriodRow {
    id: &'static str,
    index: usize,
    status: &'static str,
    start: String,
    end_kind: &'static str,
    end: String,
    counterpart: &'static str,
    cambodian_side: &'static str,
    note: &'static str,
    sources: String,
}

/// A row of `memberships.csv`.
#[derive(Serialize)]
struct MembershipRow {
    id: &'static str,
    joined: String,
    periods: usize,
    roles: usize,
    country_members: String,
    note: &'static str,
    sources: String,
}

/// A row of `membership_periods.csv`.
#[derive(Serialize)]
struct MembershipPeriodRow {
    id: &'static str,
    index: usize,
    status: &'static str,
    start: String,
    end_kind: &'static str,
    end: String,
    note: &'static str,
    sources: String,
}

/// A row of `events.csv`.
#[derive(Serialize)]
struct EventRow {
    id: &'static str,
    date: String,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    summary: &'static str,
    place: &'static str,
    direction: &'static str,
    level: &'static str,
    who: &'static str,
    visit_kind: &'static str,
    principles: String,
    tasks: String,
    sources: String,
}

/// A row of `figures.csv`, the long form: one figure a row, its number both
/// as a value a spreadsheet can sum and as printed.
#[derive(Serialize)]
struct FigureRow {
    partner: &'static str,
    indicator: &'static str,
    period: String,
    value: f64,
    as_printed: String,
    unit: &'static str,
    reporter: &'static str,
    qualifier: &'static str,
    estimate: bool,
    preferred: bool,
    note: &'static str,
    sources: String,
}

/// A row of `office_holders.csv`: one person's time in one office.
#[derive(Serialize)]
struct OfficeHolderRow {
    partner: &'static str,
    office: &'static str,
    title: &'static str,
    name: &'static str,
    start: String,
    end: String,
    acting: bool,
    note: &'static str,
    sources: String,
}

/// A row of `event_partners.csv`.
#[derive(Serialize)]
struct EventPartnerRow {
    event_id: &'static str,
    partner_id: &'static str,
}

/// A row of `sources.csv`.
#[derive(Serialize)]
struct SourceRow {
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    url: &'static str,
    language: &'static str,
    published: String,
    retrieved: String,
    kind: &'static str,
    copy_of: &'static str,
}

fn write_csv(dir: &Path, force: bool) -> Result<(), String> {
    let countries = Country::iter().map(|c| {
        let p = c.profile();
        PartnerRow {
            id: c.id(),
            kind: "country",
            name_en: p.short_name_en,
            name_fr: p.short_name_fr,
            official_name_en: p.official_name_en,
            official_name_fr: p.official_name_fr,
            name_km: c.name_in(Lang::Km),
            official_name_km: c.official_name_in(Lang::Km),
            code: p.alpha2,
            alpha3: p.alpha3,
            numeric: Some(p.numeric),
            wikidata: p.wikidata.unwrap_or_default(),
            capital_or_headquarters: p.capital,
            region: p.region.id(),
            sub_region: p.sub_region.id(),
            currency: p.currency,
            population_or_members: p.population.map(|f| f.value),
            figure_year: p.population.map(|f| f.year),
            founded: String::new(),
            website: "",
            relation_type: p.relation_type.id(),
            sources: ids(p.sources),
        }
    });
    let organizations = Organization::iter().map(|o| {
        let p = o.profile();
        PartnerRow {
            id: o.id(),
            kind: "organization",
            name_en: p.name_en,
            name_fr: p.name_fr,
            name_km: o.khmer().map_or("", |k| k.name),
            official_name_km: o.khmer().map_or("", |k| k.name),
            official_name_en: p.name_en,
            official_name_fr: p.name_fr,
            code: p.acronym,
            alpha3: "",
            numeric: None,
            wikidata: p.wikidata.unwrap_or_default(),
            capital_or_headquarters: p.headquarters.unwrap_or_default(),
            region: "",
            sub_region: "",
            currency: "",
            population_or_members: p.members.map(|f| f.value),
            figure_year: p.members.map(|f| f.year),
            founded: opt(p.founded),
            website: p.website.unwrap_or_default(),
            relation_type: "",
            sources: ids(p.sources),
        }
    });
    table(dir, "partners.csv", force, countries.chain(organizations))?;

    table(
        dir,
        "relations.csv",
        force,
        relations().map(|r| RelationRow {
            id: r.country.id(),
            established: opt(r.established()),
            periods: r.periods.len(),
            missions: r.missions.len(),
            frameworks: r.frameworks.len(),
            agreements: r.agreements.len(),
            note: r.note,
            sources: ids(r.sources),
        }),
    )?;
    table(
        dir,
        "relation_periods.csv",
        force,
        relations().flat_map(|r| {
            r.periods.iter().enumerate().map(|(index, p)| {
                let (end_kind, end) = end_text(&p.end);
                RelationPeriodRow {
                    id: r.country.id(),
                    index,
                    status: p.status.id(),
                    start: opt(p.start.preferred().map(|c| c.date)),
                    end_kind,
                    end,
                    counterpart: p.counterpart.unwrap_or_default(),
                    cambodian_side: p.cambodian_side.unwrap_or_default(),
                    note: p.note,
                    sources: ids(p.sources),
                }
            })
        }),
    )?;

    table(
        dir,
        "memberships.csv",
        force,
        memberships().map(|m| MembershipRow {
            id: m.organization.id(),
            joined: opt(m.joined()),
            periods: m.periods.len(),
            roles: m.roles.len(),
            country_members: m
                .country_members
                .iter()
                .map(|c| c.country.id())
                .collect::<Vec<_>>()
                .join(";"),
            note: m.note,
            sources: ids(m.sources),
        }),
    )?;
    table(
        dir,
        "membership_periods.csv",
        force,
        memberships().flat_map(|m| {
            m.periods.iter().enumerate().map(|(index, p)| {
                let (end_kind, end) = end_text(&p.end);
                MembershipPeriodRow {
                    id: m.organization.id(),
                    index,
                    status: p.status.id(),
                    start: opt(p.start.preferred().map(|c| c.date)),
                    end_kind,
                    end,
                    note: p.note,
                    sources: ids(p.sources),
                }
            })
        }),
    )?;

    table(
        dir,
        "events.csv",
        force,
        events().map(|e| EventRow {
            id: e.id,
            date: e.date.to_string(),
            kind: e.kind.event_type().id(),
            title: e.title,
            summary: e.summary,
            place: e.place.unwrap_or_default(),
            direction: e.kind.visit().map_or("", |(d, _)| d.id()),
            level: e.kind.visit().map_or("", |(_, l)| l.id()),
            who: e.exchange.map_or("", |x| x.who),
            visit_kind: e.exchange.map_or("", |x| x.visit_kind.id()),
            principles: joined(e.principles),
            tasks: joined(e.tasks),
            sources: ids(e.sources),
        }),
    )?;
    table(
        dir,
        "event_partners.csv",
        force,
        events().flat_map(|e| {
            e.partners.iter().map(|p| EventPartnerRow {
                event_id: e.id,
                partner_id: p.id(),
            })
        }),
    )?;

    table(
        dir,
        "figures.csv",
        force,
        observations().map(|o| FigureRow {
            partner: o.partner.id(),
            indicator: o.indicator.id(),
            period: o.period.to_string(),
            value: o.value.as_f64(),
            as_printed: o.value.to_string(),
            unit: o.unit.id(),
            reporter: o.reporter.id(),
            qualifier: o.qualifier.id(),
            estimate: o.estimate,
            preferred: o.preferred,
            note: o.note,
            sources: ids(o.sources),
        }),
    )?;
    table(
        dir,
        "office_holders.csv",
        force,
        office_holders().map(|h| OfficeHolderRow {
            partner: h.partner.id(),
            office: h.office.id(),
            title: h.record().map_or("", |r| r.title),
            name: h.name,
            start: h.start.to_string(),
            end: opt(h.end),
            acting: h.acting,
            note: h.note,
            sources: ids(h.sources),
        }),
    )?;
    table(
        dir,
        "sources.csv",
        force,
        sources().map(|s| SourceRow {
            id: s.id,
            publisher: s.publisher,
            title: s.title,
            url: s.url,
            language: s.language,
            published: opt(s.published),
            retrieved: opt(s.retrieved),
            kind: s.kind.into(),
            copy_of: s.copy_of.unwrap_or_default(),
        }),
    )
}
