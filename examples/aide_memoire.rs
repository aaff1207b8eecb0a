//! Prints an aide-memoire on one partner, in Markdown: the brief a diplomat
//! or a researcher reads before a meeting.
//!
//! ```text
//! cargo run --example aide_memoire -- Russia
//! cargo run --example aide_memoire -- "Lao PDR" --lang fr
//! cargo run --example aide_memoire -- --all --out briefs/
//! cargo run --example aide_memoire -- --all --out briefs/ --force   # replace existing briefs
//! ```
//!
//! The partner may be given by any name, code or alias the crate parses. The
//! brief gives the partner's facts and figures, the history of relations (or
//! of Cambodia's membership), missions, partnership frameworks, agreements,
//! memberships shared with Cambodia, the events in order, the principles at
//! stake, and a numbered list of sources to which every statement refers.
//! With no argument it prints usage and the list of partners; an unknown
//! partner prints the parse error and the closest names, and exits non-zero.
//! Briefs written to files never replace an existing file (nor write through
//! a symlink) unless `--force` is given.

#[path = "common/files.rs"]
mod files;
#[path = "common/stdout.rs"]
mod stdout;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cambodia_diplomacy::NaiveDate;
use cambodia_diplomacy::{
    Amount, Answer, Country, DATA_REVIEWED, Direction, Event, EventFilter, Indicator, Level,
    Observation, Organization, Partner, PeriodEnd, Principle, Scale, Scope, Source, Sources,
    agreements_with, coverage_of, events_of, latest, series, shared_memberships_on,
};
use clap::{ArgGroup, Parser, ValueEnum};
use files::write_file;
use stdout::to_stdout;

/// French or English labels.
#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Lang {
    /// English
    En,
    /// French
    Fr,
}

/// The numbered list of sources a brief cites.
#[derive(Default)]
struct Citations {
    list: Vec<&'static Source>,
}

impl Citations {
    /// The reference marks for a list of sources, numbering new ones.
    fn cite(&mut self, sources: Sources) -> String {
        self.cite_all(sources.iter().copied())
    }

    /// The reference marks for any sources, numbering new ones.
    fn cite_all(&mut self, sources: impl IntoIterator<Item = &'static Source>) -> String {
        let mut numbers = BTreeSet::new();
        for source in sources {
            let n = match self.list.iter().position(|s| s.id == source.id) {
                Some(i) => i + 1,
                None => {
                    self.list.push(source);
                    self.list.len()
                }
            };
            numbers.insert(n);
        }
        if numbers.is_empty() {
            return String::new();
        }
        let marks: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
        format!("[{}]", marks.join(", "))
    }
}

/// Prints an aide-memoire on one partner, in Markdown, or writes one on
/// every partner.
#[derive(Parser)]
#[command(name = "aide_memoire")]
#[command(group(ArgGroup::new("target").args(["partner", "all"])))]
#[command(group(ArgGroup::new("files").args(["out", "all"]).multiple(true)))]
struct Args {
    /// The partner: any name, code or alias the crate parses, in English or
    /// French; several words are read as one name. With no partner (and no
    /// --all), prints usage and the list of partners
    #[arg(value_name = "PARTNER")]
    partner: Vec<String>,
    /// Write a brief on every partner, one file each, to --out
    #[arg(long)]
    all: bool,
    /// The language of the brief
    #[arg(long, value_enum, default_value_t = Lang::En, requires = "target")]
    lang: Lang,
    /// Write DIR/<id>.md instead of printing [default with --all: aide_memoires]
    #[arg(long, value_name = "DIR", requires = "target")]
    out: Option<PathBuf>,
    /// Replace existing briefs (a symlink is replaced, not followed)
    #[arg(long, requires = "files")]
    force: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.all {
        let dir = args.out.unwrap_or_else(|| PathBuf::from("aide_memoires"));
        let written =
            Partner::iter().try_for_each(|partner| save(&dir, partner, args.lang, args.force));
        if let Err(e) = written {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        return to_stdout(|w| {
            writeln!(
                w,
                "wrote {} briefs to {}",
                Partner::iter().len(),
                dir.display()
            )
        });
    }

    if args.partner.is_empty() {
        return to_stdout(|w| {
            writeln!(
                w,
                "usage: aide_memoire <partner> [--lang fr] [--out DIR [--force]]\n       \
                 aide_memoire --all [--lang fr] [--out DIR] [--force]\n\npartners:"
            )?;
            for p in Partner::iter() {
                writeln!(w, "  {:<45} {}", p.name(), p.id())?;
            }
            Ok(())
        });
    }

    let name = args.partner.join(" ");
    match name.parse::<Partner>() {
        Ok(partner) => match &args.out {
            Some(dir) => match save(dir, partner, args.lang, args.force) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            },
            None => to_stdout(|w| w.write_all(brief(partner, args.lang).as_bytes())),
        },
        Err(error) => {
            eprintln!("error: {error}");
            let suggestions = closest_names(&name);
            if !suggestions.is_empty() {
                eprintln!("closest names: {}", suggestions.join(", "));
            }
            ExitCode::FAILURE
        }
    }
}

/// Writes the brief on `partner` to `dir/<id>.md`, making `dir` if needed.
fn save(dir: &Path, partner: Partner, lang: Lang, force: bool) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{}.md", partner.id()));
    write_file(&path, force, |w| {
        w.write_all(brief(partner, lang).as_bytes())
    })
}

/// The names of partners nearest to the input by edit distance.
fn closest_names(input: &str) -> Vec<String> {
    let input = input.trim().to_lowercase();
    let mut scored: Vec<(usize, String)> = Partner::iter()
        .flat_map(|p| {
            let mut names = vec![p.name().to_owned(), p.id().to_owned()];
            match p {
                Partner::Country(c) => {
                    names.extend(c.profile().aliases.iter().map(|a| (*a).to_owned()))
                }
                Partner::Organization(o) => names.push(o.acronym().to_owned()),
            }
            names.into_iter().map(move |n| (n, p))
        })
        .map(|(n, p)| {
            (
                edit_distance(&input, &n.to_lowercase()),
                format!("{n} ({})", p.id()),
            )
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// Levenshtein distance, on characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

fn label(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    if lang == Lang::Fr { fr } else { en }
}

fn or_unknown<T: ToString>(value: Option<T>, lang: Lang) -> String {
    value.map_or_else(
        || label(lang, "unknown", "inconnu").to_owned(),
        |v| v.to_string(),
    )
}

fn end_text(end: &PeriodEnd, lang: Lang) -> String {
    match end {
        PeriodEnd::Ended(claims) => or_unknown(claims.preferred().map(|c| c.date), lang),
        PeriodEnd::OngoingAsOf(d) => format!("{} {d}", label(lang, "ongoing as of", "en cours au")),
        PeriodEnd::Unknown => label(lang, "unknown end", "fin inconnue").to_owned(),
    }
}

/// The whole brief on a partner.
fn brief(partner: Partner, lang: Lang) -> String {
    let mut cites = Citations::default();
    let mut md = String::new();
    let name = if lang == Lang::Fr && !partner.name_fr().is_empty() {
        partner.name_fr()
    } else {
        partner.name()
    };
    let _ = writeln!(
        md,
        "# {}: {name}\n",
        label(lang, "Aide-memoire", "Aide-mémoire")
    );
    let _ = writeln!(
        md,
        "_{} {DATA_REVIEWED}; cambodia-diplomacy {}._\n",
        label(lang, "Data reviewed", "Données revues le"),
        env!("CARGO_PKG_VERSION")
    );
    exchanges_summary(partner, lang, &mut md, &mut cites);
    match partner {
        Partner::Country(c) => country_sections(c, lang, &mut md, &mut cites),
        Partner::Organization(o) => organization_sections(o, lang, &mut md, &mut cites),
    }
    recent_exchanges_section(partner, lang, &mut md, &mut cites);
    events_section(partner, lang, &mut md, &mut cites);
    let _ = writeln!(md, "## {}\n", label(lang, "Sources", "Sources"));
    for (i, s) in cites.list.iter().enumerate() {
        let date = s.published.map(|d| format!(", {d}")).unwrap_or_default();
        let _ = writeln!(
            md,
            "{}. {}, \"{}\"{date}. <{}>",
            i + 1,
            s.publisher,
            s.title,
            s.url
        );
    }
    md
}

fn country_sections(c: Country, lang: Lang, md: &mut String, cites: &mut Citations) {
    let p = c.profile();
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Facts and figures", "Faits et chiffres")
    );
    let official = if lang == Lang::Fr {
        p.official_name_fr
    } else {
        p.official_name_en
    };
    let facts_ref = cites.cite(p.sources);
    let _ = writeln!(
        md,
        "- {}: {official} {facts_ref}",
        label(lang, "Official name", "Nom officiel")
    );
    let _ = writeln!(
        md,
        "- ISO 3166-1: {} / {} / {:03}; Wikidata {} {facts_ref}",
        p.alpha2,
        p.alpha3,
        p.numeric,
        p.wikidata
            .unwrap_or(label(lang, "not recorded", "non renseigné"))
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(lang, "Capital", "Capitale"),
        p.capital
    );
    let _ = writeln!(
        md,
        "- {}: {} / {} {facts_ref}",
        label(lang, "UN M49 region", "Région M49 de l'ONU"),
        p.region,
        p.sub_region
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(lang, "Official languages", "Langues officielles"),
        p.languages.join(", ")
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(lang, "Currency", "Monnaie"),
        p.currency
    );
    match p.population {
        Some(f) => {
            let r = cites.cite(f.sources);
            let people = Amount::new(i64::try_from(f.value).unwrap_or(i64::MAX), 0, Scale::One);
            let _ = writeln!(
                md,
                "- {}: {people} ({}) {r}",
                label(lang, "Population", "Population"),
                f.year
            );
        }
        None => {
            let _ = writeln!(
                md,
                "- {}: {}",
                label(lang, "Population", "Population"),
                label(lang, "unknown", "inconnue")
            );
        }
    }
    let _ = writeln!(
        md,
        "- {}: {}\n",
        label(lang, "Type of relations (IRIC)", "Type de relations (IRIC)"),
        p.relation_type.label()
    );
    figures_lines(c.into(), lang, md, cites);

    let relation = c.relation();
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "History of relations", "Historique des relations")
    );
    if relation.periods.is_empty() {
        let _ = writeln!(
            md,
            "{}\n",
            label(
                lang,
                "No sourced date of establishment.",
                "Aucune date d'établissement sourcée."
            )
        );
    }
    if !relation.periods_complete {
        let _ = writeln!(
            md,
            "{}\n",
            label(
                lang,
                "This history is not known to be complete: for a day no period covers, the data cannot tell whether relations existed.",
                "Cet historique n'est pas réputé complet : pour un jour qu'aucune période ne couvre, les données ne permettent pas de dire s'il y avait des relations."
            )
        );
    }
    for period in relation.periods {
        let start = or_unknown(period.start.preferred().map(|cl| cl.date), lang);
        let counterpart = period
            .counterpart
            .map(|x| format!("; {} {x}", label(lang, "counterpart:", "partenaire :")))
            .unwrap_or_default();
        let side = period
            .cambodian_side
            .map(|x| {
                format!(
                    "; {} {x}",
                    label(lang, "Cambodian side:", "côté cambodgien :")
                )
            })
            .unwrap_or_default();
        let r = cites.cite(period.sources);
        let _ = writeln!(
            md,
            "- **{}** {start} → {}{counterpart}{side}. {} {r}",
            period.status,
            end_text(&period.end, lang),
            period.note
        );
        for claim in period.start.iter().filter(|cl| !cl.preferred) {
            let r = cites.cite(claim.sources);
            let _ = writeln!(
                md,
                "  - {} {}: {} {r}",
                label(lang, "other claim", "autre date avancée"),
                claim.date,
                claim.note
            );
        }
    }
    if !relation.note.is_empty() {
        let r = cites.cite(relation.sources);
        let _ = writeln!(md, "\n{}", format!("{} {r}", relation.note).trim_end());
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Missions", "Missions diplomatiques")
    );
    if relation.missions.is_empty() {
        let _ = writeln!(md, "- {}", label(lang, "none sourced", "aucune sourcée"));
    }
    for m in relation.missions {
        let r = cites.cite(m.sources);
        let opened = m
            .opened
            .map(|d| format!(", {} {d}", label(lang, "opened", "ouverte en")))
            .unwrap_or_default();
        let _ = writeln!(md, "- {}, {}: {}{opened} {r}", m.direction, m.kind, m.city);
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Partnership frameworks", "Cadres de partenariat")
    );
    if relation.frameworks.is_empty() {
        let _ = writeln!(md, "- {}", label(lang, "none sourced", "aucun sourcé"));
    }
    for f in relation.frameworks {
        let r = cites.cite(f.sources);
        let _ = writeln!(md, "- {} ({}) {r}", f.name, f.agreed);
    }
    md.push('\n');

    let _ = writeln!(md, "## {}\n", label(lang, "Agreements", "Accords"));
    if agreements_with(c).next().is_none() {
        let _ = writeln!(md, "- {}", label(lang, "none sourced", "aucun sourcé"));
    }
    for signed in agreements_with(c) {
        let a = signed.agreement;
        let r = cites.cite(a.sources);
        let _ = writeln!(
            md,
            "- {} ({}; {} {}; {} {}) {r}",
            a.title,
            a.kind,
            label(lang, "signed", "signé"),
            or_unknown(a.signed, lang),
            label(lang, "in force", "en vigueur"),
            or_unknown(a.in_force, lang)
        );
    }
    md.push('\n');

    let today: NaiveDate = DATA_REVIEWED.first_day();
    let _ = writeln!(
        md,
        "## {}\n",
        label(
            lang,
            "Memberships shared with Cambodia",
            "Appartenances communes avec le Cambodge"
        )
    );
    let mut any = false;
    for shared in shared_memberships_on(c, today) {
        any = true;
        let (org, answer) = (shared.organization, shared.answer);
        let r = cites.cite_all(
            shared
                .country_sources
                .iter()
                .chain(shared.cambodia.sources)
                .copied(),
        );
        let tell = match (answer, shared.country_entry) {
            (Answer::CannotTell, None) => label(
                lang,
                " (cannot tell: the member list is incomplete)",
                " (impossible à dire : la liste des membres est incomplète)",
            ),
            (Answer::CannotTell, Some(_)) => {
                label(lang, " (dates uncertain)", " (dates incertaines)")
            }
            _ => "",
        };
        let org_name = if lang == Lang::Fr {
            org.profile().name_fr
        } else {
            org.profile().name_en
        };
        let _ = writeln!(md, "- {org_name} ({}){tell} {r}", org.acronym());
    }
    if !any {
        let _ = writeln!(
            md,
            "- {}",
            label(lang, "none recorded", "aucune enregistrée")
        );
    }
    md.push('\n');
}

fn organization_sections(o: Organization, lang: Lang, md: &mut String, cites: &mut Citations) {
    let p = o.profile();
    let r = cites.cite(p.sources);
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Facts and figures", "Faits et chiffres")
    );
    let _ = writeln!(
        md,
        "- {}: {} / {} ({}) {r}",
        label(lang, "Name", "Nom"),
        p.name_en,
        p.name_fr,
        p.acronym
    );
    let _ = writeln!(md, "- Wikidata: {} {r}", or_unknown(p.wikidata, lang));
    let _ = writeln!(
        md,
        "- {}: {} {r}",
        label(lang, "Founded", "Fondation"),
        or_unknown(p.founded, lang)
    );
    let _ = writeln!(
        md,
        "- {}: {} {r}",
        label(lang, "Headquarters", "Siège"),
        p.headquarters.unwrap_or(label(lang, "none", "aucun"))
    );
    if let Some(f) = p.members {
        let r = cites.cite(f.sources);
        let _ = writeln!(
            md,
            "- {}: {} ({}) {r}",
            label(lang, "Members", "Membres"),
            f.value,
            f.year
        );
    }
    if let Some(w) = p.website {
        let _ = writeln!(md, "- {}: <{w}> {r}", label(lang, "Website", "Site"));
    }
    md.push('\n');
    figures_lines(o.into(), lang, md, cites);

    let m = o.membership();
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Cambodia's standing", "Place du Cambodge")
    );
    for period in m.periods {
        let start = or_unknown(period.start.preferred().map(|cl| cl.date), lang);
        let r = cites.cite(period.sources);
        let _ = writeln!(
            md,
            "- **{}** {start} → {}. {} {r}",
            period.status,
            end_text(&period.end, lang),
            period.note
        );
    }
    if !m.note.is_empty() {
        let r = cites.cite(m.sources);
        let _ = writeln!(md, "\n{} {r}", m.note);
    }
    md.push('\n');
    if !m.roles.is_empty() {
        let _ = writeln!(
            md,
            "## {}\n",
            label(lang, "Roles held", "Fonctions exercées")
        );
        for role in m.roles {
            let r = cites.cite(role.sources);
            let end = role.end.map(|e| format!(" → {e}")).unwrap_or_default();
            let _ = writeln!(md, "- {} ({}{end}) {r}", role.title, role.start);
        }
        md.push('\n');
    }
    if !m.country_members.is_empty() {
        let _ = writeln!(
            md,
            "## {}\n",
            label(
                lang,
                "Partner countries that are members",
                "Pays partenaires membres"
            )
        );
        for member in m.country_members {
            let r = cites.cite(member.sources);
            let name = if lang == Lang::Fr {
                member.country.profile().short_name_fr
            } else {
                member.country.name()
            };
            let _ = writeln!(
                md,
                "- {name} ({} {}) {r}",
                label(lang, "since", "depuis"),
                or_unknown(member.since, lang)
            );
        }
        md.push('\n');
    }
}

/// The latest figure of each indicator, with its period and who counted it,
/// and a sentence on the trend of trade where a reporter gives several
/// whole years.
fn figures_lines(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let latest_figures: Vec<&'static Observation> = Indicator::iter()
        .filter_map(|i| latest(partner, i))
        .collect();
    if latest_figures.is_empty() {
        let _ = writeln!(
            md,
            "{}\n",
            label(
                lang,
                "No trade, investment, aid, tourism or people figures are recorded.",
                "Aucun chiffre de commerce, d'investissement, d'aide, de tourisme ou de personnes n'est enregistré."
            )
        );
        return;
    }
    let _ = writeln!(
        md,
        "{}:\n",
        label(
            lang,
            "Latest figures (period; who counted them)",
            "Derniers chiffres (période ; qui les a comptés)"
        )
    );
    for o in latest_figures {
        let r = cites.cite(o.sources);
        let estimate = if o.estimate {
            label(lang, ", an estimate", ", une estimation")
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "- {}: {o} ({}; {}{estimate}) {r}",
            o.indicator, o.period, o.reporter
        );
    }
    md.push('\n');
    if let Some(sentence) = trade_trend(partner, lang) {
        let _ = writeln!(md, "{sentence}\n");
    }
}

/// "Bilateral trade in goods, as counted by ..., went from USD 1 billion in
/// 2019 to USD 2 billion in 2023 (4 whole years recorded)": one reporter,
/// one unit, whole years only; nothing if fewer than two.
fn trade_trend(partner: Partner, lang: Lang) -> Option<String> {
    let last = series(partner, Indicator::TradeTotal)
        .full_years()
        .max_by_key(|o| (o.period.start, core::cmp::Reverse(o.reporter)))?;
    let years: Vec<&'static Observation> = series(partner, Indicator::TradeTotal)
        .full_years()
        .reporter(last.reporter)
        .filter(|o| o.unit == last.unit)
        .collect();
    let first = *years.first()?;
    if years.len() < 2 {
        return None;
    }
    let (a, b) = (first.value.as_f64(), last.value.as_f64());
    let way = if b > a * 1.05 {
        label(lang, "rose", "a augmenté")
    } else if b < a * 0.95 {
        label(lang, "fell", "a baissé")
    } else {
        label(lang, "held steady", "est restée stable")
    };
    Some(format!(
        "{} ({}) {way}: {first} ({}) → {last} ({}), {} {}.",
        label(lang, "Trade in goods", "Le commerce de biens"),
        last.reporter,
        first.period,
        last.period,
        years.len(),
        label(
            lang,
            "whole years recorded",
            "années complètes enregistrées"
        )
    ))
}

/// The level's name in a brief.
fn level_label(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::HeadOfState => label(lang, "head of state", "chef de l'État"),
        Level::HeadOfGovernment => label(lang, "head of government", "chef du gouvernement"),
        Level::ForeignMinister => {
            label(lang, "foreign minister", "ministre des Affaires étrangères")
        }
        _ => label(lang, "other", "autre"),
    }
}

/// "to Cambodia" or "from Cambodia".
fn way(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::Inbound => label(lang, "to Cambodia", "au Cambodge"),
        Direction::Outbound => label(lang, "from Cambodia", "du Cambodge"),
    }
}

/// One exchange on a line: date, who, kind, place, with its citation.
fn exchange_line(e: &'static Event, lang: Lang, cites: &mut Citations) -> String {
    let r = cites.cite(e.sources);
    let (direction, _) = e
        .kind
        .visit()
        .unwrap_or((Direction::Inbound, Level::Official));
    let place = e.place.map(|p| format!(", {p}")).unwrap_or_default();
    let what = match e.exchange {
        Some(x) => format!("{} ({})", x.who, x.visit_kind),
        None => e.title.to_string(),
    };
    format!("**{}** {what}, {}{place} {r}", e.date, way(direction, lang))
}

/// The first lines of a brief: the last visit at each level, and what the
/// record of visits claims to be complete.
fn exchanges_summary(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let mut any = false;
    for level in [
        Level::HeadOfState,
        Level::HeadOfGovernment,
        Level::ForeignMinister,
    ] {
        if let Some(last) = EventFilter::new()
            .partner(partner)
            .level(level)
            .iter()
            .last()
        {
            any = true;
            let line = exchange_line(last, lang, cites);
            let _ = writeln!(
                md,
                "- {} ({}): {line}",
                label(lang, "Last visit", "Dernière visite"),
                level_label(level, lang)
            );
        }
    }
    if !any {
        let _ = writeln!(
            md,
            "- {}",
            label(lang, "No visit recorded.", "Aucune visite enregistrée.")
        );
    }
    md.push('\n');
}

/// The last five top-level visits both ways, the last foreign-minister
/// exchange, the agreements of the last five years, and the coverage of the
/// record, with counts marked as lower bounds where it is not complete.
fn recent_exchanges_section(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Recent exchanges", "Échanges récents")
    );
    let top: Vec<&'static Event> = events_of(partner)
        .filter(|e| Scope::TopLevelVisits.includes(e))
        .collect();
    let _ = writeln!(
        md,
        "{}:\n",
        label(
            lang,
            "The last five visits at head-of-state or head-of-government level",
            "Les cinq dernières visites au niveau des chefs d'État ou de gouvernement"
        )
    );
    if top.is_empty() {
        let _ = writeln!(
            md,
            "- {}",
            label(lang, "none recorded", "aucune enregistrée")
        );
    }
    for e in top.iter().rev().take(5).rev() {
        let line = exchange_line(e, lang, cites);
        let _ = writeln!(md, "- {line}");
    }
    md.push('\n');
    let last_fm = events_of(partner)
        .rev()
        .find(|e| Scope::ForeignMinisterExchanges.includes(e));
    let line = match last_fm {
        Some(e) => exchange_line(e, lang, cites),
        None => label(lang, "none recorded", "aucun enregistré").to_string(),
    };
    let _ = writeln!(
        md,
        "{}: {line}\n",
        label(
            lang,
            "The last foreign-minister exchange",
            "Le dernier échange entre ministres des Affaires étrangères"
        )
    );
    if let Partner::Country(country) = partner {
        let since = DATA_REVIEWED.year_number() - 5;
        let _ = writeln!(
            md,
            "{} {since}:\n",
            label(lang, "Agreements signed since", "Accords signés depuis")
        );
        let mut any = false;
        for signed in agreements_with(country) {
            let Some(day) = signed.agreement.signed else {
                continue;
            };
            if day.year_number() < since {
                continue;
            }
            any = true;
            let r = cites.cite(signed.agreement.sources);
            let at = signed
                .signed_at
                .map(|e| format!(" ({} {})", label(lang, "during", "lors de"), e.title))
                .unwrap_or_default();
            let _ = writeln!(md, "- **{day}** {}{at} {r}", signed.agreement.title);
        }
        if !any {
            let _ = writeln!(md, "- {}", label(lang, "none recorded", "aucun enregistré"));
        }
        md.push('\n');
    }
    let statements: Vec<_> = coverage_of(partner).collect();
    let _ = writeln!(
        md,
        "{}:\n",
        label(
            lang,
            "How complete this record is",
            "Exhaustivité de ce relevé"
        )
    );
    if statements.is_empty() {
        let _ = writeln!(
            md,
            "- {}",
            label(
                lang,
                "No coverage is claimed: every list and count here is a selection (a lower bound).",
                "Aucune exhaustivité n'est revendiquée : chaque liste et chaque compte est une sélection (un minimum)."
            )
        );
    }
    for c in statements {
        let count = events_of(partner).filter(|e| c.covers(e)).count();
        let counted = if c.complete {
            format!("{count}")
        } else {
            format!("{count} {}", label(lang, "at least", "au moins"))
        };
        let r = cites.cite(c.sources);
        let _ = writeln!(
            md,
            "- {c} ({}: {counted}). {} {r}",
            label(lang, "recorded", "enregistrées"),
            c.basis
        );
    }
    md.push('\n');
}

fn events_section(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let _ = writeln!(md, "## {}\n", label(lang, "Events", "Événements"));
    let mut principles: BTreeSet<Principle> = BTreeSet::new();
    let mut any = false;
    for e in events_of(partner) {
        any = true;
        let r = cites.cite(e.sources);
        let place = e.place.map(|p| format!(" ({p})")).unwrap_or_default();
        let _ = writeln!(md, "- **{}** {}{place}: {} {r}", e.date, e.title, e.summary);
        principles.extend(e.principles.iter().copied());
    }
    if !any {
        let _ = writeln!(md, "- {}", label(lang, "none recorded", "aucun enregistré"));
    }
    md.push('\n');
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Principles at stake", "Principes en jeu")
    );
    if principles.is_empty() {
        let _ = writeln!(
            md,
            "- {}",
            label(lang, "none linked by a source", "aucun lié par une source")
        );
    }
    for p in principles {
        let profile = p.profile();
        let r = cites.cite(profile.sources);
        let _ = writeln!(md, "- **{}**: {} {r}", profile.name, profile.description);
    }
    md.push('\n');
}
