//! Prints an aide-memoire on one partner, in Markdown: the brief a diplomat
//! or a researcher reads before a meeting.
//!
//! ```text
//! cargo run --example aide_memoire -- Russia
//! cargo run --example aide_memoire -- "Lao PDR" --lang fr
//! cargo run --example aide_memoire -- ថៃ --lang km --khmer-dates
//! cargo run --example aide_memoire -- --all --out briefs/
//! cargo run --example aide_memoire -- --all --out briefs/ --force   # replace existing briefs
//! ```
//!
//! The partner may be given by any name, code or alias the crate parses, in
//! English, French or Khmer. The brief opens with the last visit at each
//! level, then gives the partner's facts and latest figures, the history of
//! relations (or of Cambodia's membership), missions, partnership
//! frameworks, agreements, memberships shared with Cambodia, the recent
//! exchanges and how complete their record is, the events in order, the
//! principles at stake, and a numbered list of sources to which every
//! statement refers.
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
    Amount, Answer, Country, DATA_REVIEWED, Direction, Event, EventFilter, Indicator, Lang, Level,
    Observation, Organization, Partner, PeriodEnd, Principle, Scale, Scope, Source, Sources,
    agreements_with, coverage_of, events_of, latest, office_holders_of, office_records, series,
    shared_memberships_on,
};
use clap::{ArgGroup, Parser};
use files::write_file;
use stdout::to_stdout;

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
    /// The language of the brief: en, fr or km (Khmer: headings, labels and
    /// names in Khmer; notes and summaries stay in English)
    #[arg(long, value_name = "LANG", default_value = "en", requires = "target",
          value_parser = |s: &str| s.parse::<Lang>().map_err(|e| e.to_string()))]
    lang: Lang,
    /// With --lang km: write dates with Khmer month names and Khmer digits
    /// (១៣ ឧសភា ១៩៥៦) instead of ISO dates (1956-05-13)
    #[arg(long, requires = "lang")]
    khmer_dates: bool,
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
        let written = Partner::iter()
            .try_for_each(|partner| save(&dir, partner, args.lang, args.khmer_dates, args.force));
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
            Some(dir) => match save(dir, partner, args.lang, args.khmer_dates, args.force) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            },
            None => {
                to_stdout(|w| w.write_all(render(partner, args.lang, args.khmer_dates).as_bytes()))
            }
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
fn save(
    dir: &Path,
    partner: Partner,
    lang: Lang,
    khmer_dates: bool,
    force: bool,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{}.md", partner.id()));
    write_file(&path, force, |w| {
        w.write_all(render(partner, lang, khmer_dates).as_bytes())
    })
}

/// The brief, with its dates in Khmer if asked.
fn render(partner: Partner, lang: Lang, khmer_dates: bool) -> String {
    let md = brief(partner, lang);
    let md = if khmer_dates {
        with_khmer_dates(&md)
    } else {
        md
    };
    md.replace([FREE_TEXT.0, FREE_TEXT.1], "")
}

/// Marks the start and the end of English free text (notes, summaries,
/// titles) in a brief while it is made, so that dates inside it are not
/// rewritten; the marks are taken out before the brief is written.
const FREE_TEXT: (char, char) = ('\u{e000}', '\u{e001}');

/// Free text, marked (see [`FREE_TEXT`]).
fn en(text: &str) -> String {
    format!("{}{text}{}", FREE_TEXT.0, FREE_TEXT.1)
}

/// Khmer month names, January first.
const KHMER_MONTHS: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];

/// A number in Khmer digits.
fn khmer_digits(n: u32) -> String {
    n.to_string()
        .chars()
        .map(|d| char::from_u32(0x17e0 + d.to_digit(10).unwrap_or(0)).unwrap_or(d))
        .collect()
}

/// Rewrites the ISO dates of a brief (1956, 1956-05, 1956-05-13) as Khmer
/// dates (១៩៥៦, ឧសភា ១៩៥៦, ១៣ ឧសភា ១៩៥៦), outside the list of sources,
/// whose addresses and titles are left as they are.
fn with_khmer_dates(md: &str) -> String {
    let (body, sources) = md.find("\n## ").map_or((md, ""), |_| {
        let at = md.rfind("\n## ").unwrap_or(md.len());
        (&md[..at], &md[at..])
    });
    let bytes = body.as_bytes();
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .filter(|b| b.iter().all(u8::is_ascii_digit))
            .and_then(|b| core::str::from_utf8(b).ok()?.parse::<u32>().ok())
    };
    let mut out = String::with_capacity(md.len() * 2);
    let mut i = 0;
    let mut free_text = false;
    while i < bytes.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-');
        let year = if boundary && !free_text {
            digits(i, 4).filter(|y| (1800..=2100).contains(y))
        } else {
            None
        };
        let Some(year) = year.filter(|_| !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)) else {
            let c = body[i..].chars().next().unwrap_or(' ');
            if c == FREE_TEXT.0 {
                free_text = true;
            } else if c == FREE_TEXT.1 {
                free_text = false;
            }
            out.push(c);
            i += c.len_utf8();
            continue;
        };
        let month = (bytes.get(i + 4) == Some(&b'-'))
            .then(|| digits(i + 5, 2))
            .flatten()
            .filter(|m| (1..=12).contains(m));
        let day = month.and_then(|_| {
            (bytes.get(i + 7) == Some(&b'-'))
                .then(|| digits(i + 8, 2))
                .flatten()
        });
        match (month, day) {
            (Some(m), Some(d)) => {
                out.push_str(&format!(
                    "{} {} {}",
                    khmer_digits(d),
                    KHMER_MONTHS[m as usize - 1],
                    khmer_digits(year)
                ));
                i += 10;
            }
            (Some(m), None) => {
                out.push_str(&format!(
                    "{} {}",
                    KHMER_MONTHS[m as usize - 1],
                    khmer_digits(year)
                ));
                i += 7;
            }
            _ => {
                out.push_str(&khmer_digits(year));
                i += 4;
            }
        }
    }
    out.push_str(sources);
    out
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

/// Writes one list item of plain text ("- none recorded").
fn list_item(md: &mut String, text: &str) {
    let _ = writeln!(md, "- {text}");
}

/// The text of a heading or phrase in the brief's language.
fn label(lang: Lang, en: &'static str, fr: &'static str, km: &'static str) -> &'static str {
    lang.pick(en, fr, km)
}

fn or_unknown<T: ToString>(value: Option<T>, lang: Lang) -> String {
    value.map_or_else(
        || label(lang, "unknown", "inconnu", "មិនដឹង").to_owned(),
        |v| v.to_string(),
    )
}

fn end_text(end: &PeriodEnd, lang: Lang) -> String {
    match end {
        PeriodEnd::Ended(claims) => or_unknown(claims.preferred().map(|c| c.date), lang),
        PeriodEnd::OngoingAsOf(d) => format!(
            "{} {d}",
            label(lang, "ongoing as of", "en cours au", "នៅបន្តរហូតដល់")
        ),
        PeriodEnd::Unknown => label(lang, "unknown end", "fin inconnue", "មិនដឹងពេលបញ្ចប់").to_owned(),
    }
}

/// The whole brief on a partner.
fn brief(partner: Partner, lang: Lang) -> String {
    let mut cites = Citations::default();
    let mut md = String::new();
    let name = partner.name_in(lang);
    let _ = writeln!(
        md,
        "# {}: {name}\n",
        label(lang, "Aide-memoire", "Aide-mémoire", "អនុស្សរណៈ")
    );
    let _ = writeln!(
        md,
        "_{} {DATA_REVIEWED}; cambodia-diplomacy {}._\n",
        label(lang, "Data reviewed", "Données revues le", "ទិន្នន័យបានពិនិត្យនៅ"),
        env!("CARGO_PKG_VERSION")
    );
    if lang == Lang::Km {
        let _ = writeln!(
            md,
            "_កំណត់សម្គាល់ សេចក្តីសង្ខេប និងចំណងជើងព្រឹត្តិការណ៍ សរសេរជាភាសាអង់គ្លេស (English) ដូចនៅក្នុងប្រភព។_\n"
        );
    }
    exchanges_summary(partner, lang, &mut md, &mut cites);
    match partner {
        Partner::Country(c) => country_sections(c, lang, &mut md, &mut cites),
        Partner::Organization(o) => organization_sections(o, lang, &mut md, &mut cites),
    }
    recent_exchanges_section(partner, lang, &mut md, &mut cites);
    events_section(partner, lang, &mut md, &mut cites);
    let _ = writeln!(md, "## {}\n", label(lang, "Sources", "Sources", "ប្រភព"));
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
        label(
            lang,
            "Facts and figures",
            "Faits et chiffres",
            "ព័ត៌មាន និងតួលេខ"
        )
    );
    let official = c.official_name_in(lang);
    let facts_ref = cites.cite(p.sources);
    let _ = writeln!(
        md,
        "- {}: {official} {facts_ref}",
        label(lang, "Official name", "Nom officiel", "ឈ្មោះផ្លូវការ")
    );
    let _ = writeln!(
        md,
        "- ISO 3166-1: {} / {} / {:03}; Wikidata {} {facts_ref}",
        p.alpha2,
        p.alpha3,
        p.numeric,
        p.wikidata
            .unwrap_or(label(lang, "not recorded", "non renseigné", "មិនបានកត់ត្រា"))
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(lang, "Capital", "Capitale", "រាជធានី"),
        p.capital
    );
    let _ = writeln!(
        md,
        "- {}: {} / {} {facts_ref}",
        label(
            lang,
            "UN M49 region",
            "Région M49 de l'ONU",
            "តំបន់ M49 របស់អង្គការសហប្រជាជាតិ"
        ),
        p.region.label_in(lang),
        p.sub_region.label_in(lang)
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(
            lang,
            "Official languages",
            "Langues officielles",
            "ភាសាផ្លូវការ"
        ),
        c.languages_in(lang).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(
        md,
        "- {}: {} {facts_ref}",
        label(lang, "Currency", "Monnaie", "រូបិយប័ណ្ណ"),
        p.currency
    );
    match p.population {
        Some(f) => {
            let r = cites.cite(f.sources);
            let people = Amount::new(i64::try_from(f.value).unwrap_or(i64::MAX), 0, Scale::One);
            let _ = writeln!(
                md,
                "- {}: {people} ({}) {r}",
                label(lang, "Population", "Population", "ប្រជាជន"),
                f.year
            );
        }
        None => {
            let _ = writeln!(
                md,
                "- {}: {}",
                label(lang, "Population", "Population", "ប្រជាជន"),
                label(lang, "unknown", "inconnue", "មិនដឹង")
            );
        }
    }
    if let Some(area) = c.area() {
        let r = cites.cite(area.sources);
        let _ = writeln!(
            md,
            "- {}: {} km² ({}) {r}",
            label(lang, "Area", "Superficie", "ផ្ទៃក្រឡា"),
            area.square_km,
            area.extent.label_in(lang)
        );
    }
    let _ = writeln!(
        md,
        "- {}: {}\n",
        label(
            lang,
            "Type of relations (IRIC)",
            "Type de relations (IRIC)",
            "ប្រភេទទំនាក់ទំនង (IRIC)"
        ),
        p.relation_type.label_in(lang)
    );
    leaders_lines(c.into(), lang, md, cites);
    figures_lines(c.into(), lang, md, cites);

    let relation = c.relation();
    let _ = writeln!(
        md,
        "## {}\n",
        label(
            lang,
            "History of relations",
            "Historique des relations",
            "ប្រវត្តិទំនាក់ទំនង"
        )
    );
    if relation.periods.is_empty() {
        let _ = writeln!(
            md,
            "{}\n",
            label(
                lang,
                "No sourced date of establishment.",
                "Aucune date d'établissement sourcée.",
                "គ្មានកាលបរិច្ឆេទបង្កើតទំនាក់ទំនងដែលមានប្រភពទេ។"
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
                "Cet historique n'est pas réputé complet : pour un jour qu'aucune période ne couvre, les données ne permettent pas de dire s'il y avait des relations.",
                "ប្រវត្តិនេះមិនត្រូវបានដឹងថាពេញលេញទេ៖ សម្រាប់ថ្ងៃដែលគ្មានរយៈពេលណាមួយគ្របដណ្តប់ ទិន្នន័យមិនអាចប្រាប់ថាមានទំនាក់ទំនងឬអត់ទេ។"
            )
        );
    }
    for period in relation.periods {
        let start = or_unknown(period.start.preferred().map(|cl| cl.date), lang);
        let counterpart = period
            .counterpart
            .map(|x| {
                format!(
                    "; {} {x}",
                    label(lang, "counterpart:", "partenaire :", "ភាគីដៃគូ៖")
                )
            })
            .unwrap_or_default();
        let side = period
            .cambodian_side
            .map(|x| {
                format!(
                    "; {} {x}",
                    label(lang, "Cambodian side:", "côté cambodgien :", "ភាគីកម្ពុជា៖")
                )
            })
            .unwrap_or_default();
        let r = cites.cite(period.sources);
        let _ = writeln!(
            md,
            "- **{}** {start} → {}{counterpart}{side}. {} {r}",
            period.status.label_in(lang),
            end_text(&period.end, lang),
            en(period.note)
        );
        for claim in period.start.iter().filter(|cl| !cl.preferred) {
            let r = cites.cite(claim.sources);
            let _ = writeln!(
                md,
                "  - {} {}: {} {r}",
                label(lang, "other claim", "autre date avancée", "កាលបរិច្ឆេទផ្សេងទៀត"),
                claim.date,
                en(claim.note)
            );
        }
    }
    if !relation.note.is_empty() {
        let r = cites.cite(relation.sources);
        let _ = writeln!(md, "\n{}", format!("{} {r}", en(relation.note)).trim_end());
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Missions", "Missions diplomatiques", "បេសកកម្មការទូត")
    );
    if relation.missions.is_empty() {
        list_item(md, label(lang, "none sourced", "aucune sourcée", "គ្មានប្រភព"));
    } else if !relation.missions_completeness().is_complete() {
        let _ = writeln!(
            md,
            "{}\n",
            label(
                lang,
                "The missions the research found: a selection, not every mission.",
                "Les missions que la recherche a trouvées : une sélection, pas toutes les missions.",
                "បេសកកម្មដែលការស្រាវជ្រាវបានរកឃើញ៖ ជាការជ្រើសរើស មិនមែនទាំងអស់ទេ។"
            )
        );
    }
    for m in relation.missions {
        let r = cites.cite(m.sources);
        let opened = m
            .opened
            .map(|d| format!(", {} {d}", label(lang, "opened", "ouverte en", "បើកនៅ")))
            .unwrap_or_default();
        let closed = m
            .closed
            .map(|d| format!(", {} {d}", label(lang, "closed", "fermée en", "បិទនៅ")))
            .unwrap_or_default();
        let _ = writeln!(
            md,
            "- {}, {}: {}{opened}{closed} {r}",
            m.direction.label_in(lang),
            m.kind.label_in(lang),
            m.city
        );
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## {}\n",
        label(
            lang,
            "Partnership frameworks",
            "Cadres de partenariat",
            "ក្របខណ្ឌភាពជាដៃគូ"
        )
    );
    if relation.frameworks.is_empty() {
        list_item(md, label(lang, "none sourced", "aucun sourcé", "គ្មានប្រភព"));
    }
    for f in relation.frameworks {
        let r = cites.cite(f.sources);
        let _ = writeln!(md, "- {} ({}) {r}", en(f.name), f.agreed);
    }
    md.push('\n');

    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Agreements", "Accords", "កិច្ចព្រមព្រៀង")
    );
    if agreements_with(c).next().is_none() {
        list_item(md, label(lang, "none sourced", "aucun sourcé", "គ្មានប្រភព"));
    }
    for signed in agreements_with(c) {
        let a = signed.agreement;
        let r = cites.cite(a.sources);
        let _ = writeln!(
            md,
            "- {} ({}; {} {}; {} {}) {r}",
            en(a.title),
            a.kind.label_in(lang),
            label(lang, "signed", "signé", "ចុះហត្ថលេខា"),
            or_unknown(a.signed, lang),
            label(lang, "in force", "en vigueur", "ចូលជាធរមាន"),
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
            "Appartenances communes avec le Cambodge",
            "សមាជិកភាពរួមជាមួយកម្ពុជា"
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
                " (មិនអាចប្រាប់បាន៖ បញ្ជីសមាជិកមិនពេញលេញ)",
            ),
            (Answer::CannotTell, Some(_)) => label(
                lang,
                " (dates uncertain)",
                " (dates incertaines)",
                " (កាលបរិច្ឆេទមិនច្បាស់)",
            ),
            _ => "",
        };
        let org_name = org.name_in(lang);
        let _ = writeln!(md, "- {org_name} ({}){tell} {r}", org.acronym());
    }
    if !any {
        list_item(
            md,
            label(lang, "none recorded", "aucune enregistrée", "គ្មានការកត់ត្រា"),
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
        label(
            lang,
            "Facts and figures",
            "Faits et chiffres",
            "ព័ត៌មាន និងតួលេខ"
        )
    );
    let _ = writeln!(
        md,
        "- {}: {} / {} ({}) {r}",
        label(lang, "Name", "Nom", "ឈ្មោះ"),
        o.name_in(lang),
        if lang == Lang::En {
            p.name_fr
        } else {
            p.name_en
        },
        p.acronym
    );
    let _ = writeln!(md, "- Wikidata: {} {r}", or_unknown(p.wikidata, lang));
    let _ = writeln!(
        md,
        "- {}: {} {r}",
        label(lang, "Founded", "Fondation", "បង្កើតឡើង"),
        or_unknown(p.founded, lang)
    );
    let _ = writeln!(
        md,
        "- {}: {} {r}",
        label(lang, "Headquarters", "Siège", "ទីស្នាក់ការកណ្តាល"),
        p.headquarters
            .unwrap_or(label(lang, "none", "aucun", "គ្មាន"))
    );
    if let Some(f) = p.members {
        let r = cites.cite(f.sources);
        let _ = writeln!(
            md,
            "- {}: {} ({}) {r}",
            label(lang, "Members", "Membres", "សមាជិក"),
            f.value,
            f.year
        );
    }
    if let Some(w) = p.website {
        let _ = writeln!(
            md,
            "- {}: <{w}> {r}",
            label(lang, "Website", "Site", "គេហទំព័រ")
        );
    }
    md.push('\n');
    leaders_lines(o.into(), lang, md, cites);
    figures_lines(o.into(), lang, md, cites);

    let m = o.membership();
    let _ = writeln!(
        md,
        "## {}\n",
        label(
            lang,
            "Cambodia's standing",
            "Place du Cambodge",
            "ស្ថានភាពរបស់កម្ពុជា"
        )
    );
    for period in m.periods {
        let start = or_unknown(period.start.preferred().map(|cl| cl.date), lang);
        let r = cites.cite(period.sources);
        let _ = writeln!(
            md,
            "- **{}** {start} → {}. {} {r}",
            period.status.label_in(lang),
            end_text(&period.end, lang),
            en(period.note)
        );
    }
    if !m.note.is_empty() {
        let r = cites.cite(m.sources);
        let _ = writeln!(md, "\n{} {r}", en(m.note));
    }
    md.push('\n');
    if !m.roles.is_empty() {
        let _ = writeln!(
            md,
            "## {}\n",
            label(lang, "Roles held", "Fonctions exercées", "តួនាទីដែលបានកាន់")
        );
        for role in m.roles {
            let r = cites.cite(role.sources);
            let end = role.end.map(|e| format!(" → {e}")).unwrap_or_default();
            let _ = writeln!(md, "- {} ({}{end}) {r}", en(role.title), role.start);
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
                "Pays partenaires membres",
                "ប្រទេសដៃគូដែលជាសមាជិក"
            )
        );
        for member in m.country_members {
            let r = cites.cite(member.sources);
            let name = member.country.name_in(lang);
            let _ = writeln!(
                md,
                "- {name} ({} {}) {r}",
                label(lang, "since", "depuis", "តាំងពី"),
                or_unknown(member.since, lang)
            );
        }
        md.push('\n');
    }
}

/// The latest figure of each indicator, with its period and who counted it,
/// and a sentence on the trend of trade where a reporter gives several
/// whole years.
/// Who holds each office the crate lists for the partner, as of the date
/// each list's sources are current to.
fn leaders_lines(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let mut lines = String::new();
    for record in office_records().filter(|r| r.partner == partner) {
        let Some(holder) = office_holders_of(partner)
            .filter(|h| h.office == record.office && h.end.is_none())
            .last()
        else {
            continue;
        };
        let acting = if holder.acting {
            label(lang, ", acting", ", par intérim", ", ស្តីទី")
        } else {
            ""
        };
        let _ = writeln!(
            lines,
            "- {} ({}): {}{acting}, {} {} ({} {}) {}",
            capitalized(record.office.label_in(lang)),
            record.title,
            holder.name,
            label(lang, "since", "depuis le", "ចាប់ពី"),
            holder.start,
            label(lang, "as of", "au", "គិតត្រឹម"),
            record.as_of,
            cites.cite_all(holder.sources.iter().chain(record.sources.iter()).copied())
        );
    }
    if !lines.is_empty() {
        let _ = writeln!(
            md,
            "{}:\n\n{lines}",
            label(lang, "Who leads", "Dirigeants", "អ្នកដឹកនាំ")
        );
    }
}

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
                "Aucun chiffre de commerce, d'investissement, d'aide, de tourisme ou de personnes n'est enregistré.",
                "គ្មានតួលេខពាណិជ្ជកម្ម វិនិយោគ ជំនួយ ទេសចរណ៍ ឬប្រជាជនត្រូវបានកត់ត្រាទេ។"
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
            "Derniers chiffres (période ; qui les a comptés)",
            "តួលេខចុងក្រោយ (រយៈពេល; អ្នករាប់)"
        )
    );
    for o in latest_figures {
        let r = cites.cite(o.sources);
        let estimate = if o.estimate {
            label(lang, ", an estimate", ", une estimation", ", ការប៉ាន់ស្មាន")
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "- {}: {o} ({}; {}{estimate}) {r}",
            capitalized(o.indicator.label_in(lang)),
            o.period,
            o.reporter.label_in(lang)
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
        label(lang, "rose", "a augmenté", "បានកើនឡើង")
    } else if b < a * 0.95 {
        label(lang, "fell", "a baissé", "បានធ្លាក់ចុះ")
    } else {
        label(lang, "held steady", "est restée stable", "នៅថេរ")
    };
    Some(format!(
        "{} ({}) {way}: {first} ({}) → {last} ({}), {} {}.",
        label(lang, "Trade in goods", "Le commerce de biens", "ពាណិជ្ជកម្មទំនិញ"),
        last.reporter.label_in(lang),
        first.period,
        last.period,
        years.len(),
        label(
            lang,
            "whole years recorded",
            "années complètes enregistrées",
            "ឆ្នាំពេញដែលបានកត់ត្រា"
        )
    ))
}

/// The text with its first letter in upper case (Khmer has no case).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The level's name in a brief.
fn level_label(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::HeadOfState => label(lang, "head of state", "chef de l'État", "ប្រមុខរដ្ឋ"),
        Level::HeadOfGovernment => label(
            lang,
            "head of government",
            "chef du gouvernement",
            "ប្រមុខរដ្ឋាភិបាល",
        ),
        Level::ForeignMinister => label(
            lang,
            "foreign minister",
            "ministre des Affaires étrangères",
            "រដ្ឋមន្ត្រីការបរទេស",
        ),
        _ => label(lang, "other", "autre", "ផ្សេងទៀត"),
    }
}

/// "to Cambodia" or "from Cambodia".
fn way(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::Inbound => label(lang, "to Cambodia", "au Cambodge", "មកកម្ពុជា"),
        Direction::Outbound => label(lang, "from Cambodia", "du Cambodge", "ពីកម្ពុជា"),
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
        Some(x) => format!("{} ({})", x.who, x.visit_kind.label_in(lang)),
        None => en(e.title),
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
                label(lang, "Last visit", "Dernière visite", "ដំណើរទស្សនកិច្ចចុងក្រោយ"),
                level_label(level, lang)
            );
        }
    }
    if !any {
        list_item(
            md,
            label(
                lang,
                "No visit recorded.",
                "Aucune visite enregistrée.",
                "គ្មានដំណើរទស្សនកិច្ចត្រូវបានកត់ត្រាទេ។",
            ),
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
        label(
            lang,
            "Recent exchanges",
            "Échanges récents",
            "ការផ្លាស់ប្តូរទស្សនកិច្ចថ្មីៗ"
        )
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
            "Les cinq dernières visites au niveau des chefs d'État ou de gouvernement",
            "ដំណើរទស្សនកិច្ចប្រាំចុងក្រោយ នៅកម្រិតប្រមុខរដ្ឋ ឬប្រមុខរដ្ឋាភិបាល"
        )
    );
    if top.is_empty() {
        list_item(
            md,
            label(lang, "none recorded", "aucune enregistrée", "គ្មានការកត់ត្រា"),
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
        None => label(lang, "none recorded", "aucun enregistré", "គ្មានការកត់ត្រា").to_string(),
    };
    let _ = writeln!(
        md,
        "{}: {line}\n",
        label(
            lang,
            "The last foreign-minister exchange",
            "Le dernier échange entre ministres des Affaires étrangères",
            "ការជួបចុងក្រោយនៅកម្រិតរដ្ឋមន្ត្រីការបរទេស"
        )
    );
    if let Partner::Country(country) = partner {
        let since = DATA_REVIEWED.year_number() - 5;
        let _ = writeln!(
            md,
            "{} {since}:\n",
            label(
                lang,
                "Agreements signed since",
                "Accords signés depuis",
                "កិច្ចព្រមព្រៀងដែលបានចុះហត្ថលេខាតាំងពី"
            )
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
                .map(|e| {
                    format!(
                        " ({} {})",
                        label(lang, "during", "lors de", "ក្នុងអំឡុង"),
                        en(e.title)
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(md, "- **{day}** {}{at} {r}", en(signed.agreement.title));
        }
        if !any {
            list_item(
                md,
                label(lang, "none recorded", "aucun enregistré", "គ្មានការកត់ត្រា"),
            );
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
            "Exhaustivité de ce relevé",
            "កម្រិតពេញលេញនៃកំណត់ត្រានេះ"
        )
    );
    if statements.is_empty() {
        list_item(
            md,
            label(
                lang,
                "No coverage is claimed: every list and count here is a selection (a lower bound).",
                "Aucune exhaustivité n'est revendiquée : chaque liste et chaque compte est une sélection (un minimum).",
                "មិនអះអាងថាពេញលេញទេ៖ បញ្ជី និងចំនួនទាំងអស់នៅទីនេះជាការជ្រើសរើស (ចំនួនអប្បបរមា)។",
            ),
        );
    }
    for c in statements {
        let count = events_of(partner).filter(|e| c.covers(e)).count();
        let counted = if c.complete {
            format!("{count}")
        } else {
            format!(
                "{count} {}",
                label(lang, "at least", "au moins", "យ៉ាងហោចណាស់")
            )
        };
        let r = cites.cite(c.sources);
        let claim = if c.complete {
            label(lang, "complete", "complet", "ពេញលេញ")
        } else {
            label(lang, "a selection", "une sélection", "ការជ្រើសរើស")
        };
        let _ = writeln!(
            md,
            "- {} {}, {}-{}: {claim} ({}: {counted}). {} {r}",
            capitalized(c.scope.label_in(lang)),
            way(c.direction, lang),
            c.from_year,
            c.to_year,
            label(lang, "recorded", "enregistrées", "បានកត់ត្រា"),
            en(c.basis)
        );
    }
    md.push('\n');
}

fn events_section(partner: Partner, lang: Lang, md: &mut String, cites: &mut Citations) {
    let _ = writeln!(
        md,
        "## {}\n",
        label(lang, "Events", "Événements", "ព្រឹត្តិការណ៍")
    );
    let mut principles: BTreeSet<Principle> = BTreeSet::new();
    let mut any = false;
    for e in events_of(partner) {
        any = true;
        let r = cites.cite(e.sources);
        let place = e.place.map(|p| format!(" ({p})")).unwrap_or_default();
        let _ = writeln!(
            md,
            "- **{}** {}{place}: {} {r}",
            e.date,
            en(e.title),
            en(e.summary)
        );
        principles.extend(e.principles.iter().copied());
    }
    if !any {
        list_item(
            md,
            label(lang, "none recorded", "aucun enregistré", "គ្មានការកត់ត្រា"),
        );
    }
    md.push('\n');
    let _ = writeln!(
        md,
        "## {}\n",
        label(
            lang,
            "Principles at stake",
            "Principes en jeu",
            "គោលការណ៍ពាក់ព័ន្ធ"
        )
    );
    if principles.is_empty() {
        list_item(
            md,
            label(
                lang,
                "none linked by a source",
                "aucun lié par une source",
                "គ្មានការភ្ជាប់ដោយប្រភព",
            ),
        );
    }
    for p in principles {
        let profile = p.profile();
        let r = cites.cite(profile.sources);
        let _ = writeln!(md, "- **{}**: {} {r}", profile.name, profile.description);
    }
    md.push('\n');
}
