//! Draws Cambodia's relations over time as an SVG picture.
//!
//! ```text
//! cargo run --example timeline > timeline.svg
//! cargo run --example timeline -- --partners russia,china,asean --from 1950 --to 2025 --out t.svg
//! cargo run --example timeline -- --out t.svg --force   # replace t.svg
//! ```
//!
//! Years run from 1900 to 2100, `--from` no later than `--to`. An existing
//! `--out` file (or symlink) is kept unless `--force` is given.
//!
//! One lane per partner: bars for the periods of relations, coloured by
//! status (active, suspended, severed), or for an organization the periods of
//! Cambodia's membership; marks for events, shaped by kind; a year axis and a
//! legend. The picture is 1200 px wide and needs no browser or network to
//! make. Hatched bar ends mark dates known only to the year or month.

#[path = "common/files.rs"]
mod files;
#[path = "common/stdout.rs"]
mod stdout;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

use cambodia_diplomacy::{
    DATA_REVIEWED, EventType, HistDate, MembershipStatus, NaiveDate, Partner, Period, PeriodEnd,
    RelationStatus, events_of,
};
use files::emit;

const WIDTH: f64 = 1200.0;
const LEFT: f64 = 190.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 60.0;
const LANE: f64 = 26.0;

/// The years a timeline may span.
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2100;

/// Draws Cambodia's relations over time as an SVG picture.
#[derive(Parser)]
#[command(name = "timeline")]
struct Args {
    /// The partners to draw, one lane each: names, codes or ids separated by
    /// commas [default: every partner]
    #[arg(long, value_name = "A,B,...", value_parser = parse_partners)]
    partners: Option<Partners>,
    /// The first year drawn (1900 to 2100)
    #[arg(long, value_name = "YEAR", default_value_t = 1953, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(YEARS))]
    from: i32,
    /// The last year drawn (1900 to 2100)
    #[arg(long, value_name = "YEAR", default_value_t = DATA_REVIEWED.year_number(),
          allow_negative_numbers = true, value_parser = clap::value_parser!(i32).range(YEARS))]
    to: i32,
    /// Write the SVG to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace FILE if it exists (a symlink is replaced, not followed)
    #[arg(long, requires = "out")]
    force: bool,
}

/// A non-empty list of partners.
#[derive(Clone)]
struct Partners(Vec<Partner>);

/// Reads a list of partners separated by commas; stray commas are allowed,
/// an empty list is not.
fn parse_partners(list: &str) -> Result<Partners, String> {
    let partners = list
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.parse::<Partner>().map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    if partners.is_empty() {
        return Err("no partner given: list names, codes or ids separated by commas".into());
    }
    Ok(Partners(partners))
}

struct Options {
    partners: Vec<Partner>,
    from: i32,
    to: i32,
}

/// Maps a date to an x position (fraction of the year by day of year).
struct Scale {
    from: f64,
    to: f64,
}

impl Scale {
    fn x(&self, date: NaiveDate) -> f64 {
        use cambodia_diplomacy::chrono::Datelike;
        let year = f64::from(date.year()) + f64::from(date.ordinal0()) / 366.0;
        let clamped = year.clamp(self.from, self.to);
        LEFT + (clamped - self.from) / (self.to - self.from) * (WIDTH - LEFT - RIGHT)
    }
}

fn status_colour(status: RelationStatus) -> &'static str {
    match status {
        RelationStatus::Active => "#2e7d32",
        RelationStatus::Suspended => "#f9a825",
        RelationStatus::Severed => "#c62828",
    }
}

fn membership_colour(status: MembershipStatus) -> &'static str {
    match status {
        MembershipStatus::FoundingMember | MembershipStatus::Member => "#1565c0",
        MembershipStatus::Observer | MembershipStatus::CooperationPartner => "#64b5f6",
        MembershipStatus::SeatContested => "#8e24aa",
        MembershipStatus::AdmissionPostponed => "#bdbdbd",
    }
}

/// The mark drawn for an event kind, centred on (x, y).
fn mark(kind: EventType, x: f64, y: f64) -> String {
    let r = 4.5;
    match kind {
        EventType::Visit => {
            format!(r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r}" fill="#fff" stroke="#000"/>"##)
        }
        EventType::Summit | EventType::Talks => format!(
            r##"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#ff7043" stroke="#000"/>"##,
            x,
            y - r,
            x - r,
            y + r,
            x + r,
            y + r
        ),
        EventType::AgreementSigned | EventType::JointStatement => format!(
            r##"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#fdd835" stroke="#000"/>"##,
            x,
            y - r,
            x + r,
            y,
            x,
            y + r,
            x - r,
            y
        ),
        EventType::UnVote | EventType::Peacekeeping => format!(
            r##"<rect x="{:.1}" y="{:.1}" width="{}" height="{}" fill="#4fc3f7" stroke="#000"/>"##,
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        ),
        EventType::Dispute
        | EventType::RelationsSevered
        | EventType::RelationsSuspended
        | EventType::MissionClosed => format!(
            r##"<path d="M{:.1},{:.1} L{:.1},{:.1} M{:.1},{:.1} L{:.1},{:.1}" stroke="#b71c1c" stroke-width="2.5"/>"##,
            x - r,
            y - r,
            x + r,
            y + r,
            x - r,
            y + r,
            x + r,
            y - r
        ),
        _ => format!(r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r}" fill="#000"/>"##),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where a bar ends, and whether that end is known. A period with an
/// unknown end is drawn faded up to the next period (or the review date).
fn end_date(end: &PeriodEnd, next_start: Option<HistDate>) -> (NaiveDate, bool) {
    match end {
        PeriodEnd::Ended(claims) => (
            claims
                .preferred()
                .map_or(DATA_REVIEWED.last_day(), |c| c.date.first_day()),
            true,
        ),
        PeriodEnd::OngoingAsOf(d) => (d.last_day(), true),
        PeriodEnd::Unknown => (
            next_start.map_or(DATA_REVIEWED.last_day(), |d| d.first_day()),
            false,
        ),
    }
}

fn bar(
    svg: &mut String,
    scale: &Scale,
    y: f64,
    start: HistDate,
    (end, end_known): (NaiveDate, bool),
    colour: &str,
    title: &str,
) {
    let x0 = scale.x(start.first_day());
    let x1 = scale.x(end).max(x0 + 1.0);
    let opacity = if end_known { "1" } else { "0.3" };
    let _ = write!(
        svg,
        r#"<rect class="period" x="{x0:.1}" y="{:.1}" width="{:.1}" height="12" fill="{colour}" fill-opacity="{opacity}"><title>{}</title></rect>"#,
        y - 6.0,
        x1 - x0,
        escape(title)
    );
    if start.precision() != cambodia_diplomacy::Precision::Day {
        // The start is known only to the month or year: hatch its span.
        let xs = scale.x(start.last_day());
        let _ = write!(
            svg,
            r#"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="12" fill="url(#imprecise)"/>"#,
            y - 6.0,
            (xs - x0).max(1.0)
        );
    }
}

fn render(options: &Options) -> String {
    let scale = Scale {
        from: f64::from(options.from),
        to: f64::from(options.to) + 1.0,
    };
    let height = TOP + LANE * options.partners.len() as f64 + 120.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">"##
    );
    svg.push_str(r##"<defs><pattern id="imprecise" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="4" fill="#ffffff" fill-opacity="0.6"/></pattern></defs>"##);
    svg.push_str(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = write!(
        svg,
        r#"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">Cambodia's foreign relations, {}–{}</text>"#,
        options.from, options.to
    );

    // Year axis with gridlines every 5 or 10 years.
    let span = options.to - options.from;
    let step = if span > 40 {
        10
    } else if span > 15 {
        5
    } else {
        1
    };
    let axis_bottom = TOP + LANE * options.partners.len() as f64;
    svg.push_str(r#"<g class="axis">"#);
    let first = (options.from + step - 1) / step * step;
    for year in (first..=options.to).step_by(step as usize) {
        let x = scale.x(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default());
        let _ = write!(
            svg,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis_bottom:.1}" stroke="#e0e0e0"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{year}</text>"##,
            TOP - 14.0,
            TOP - 18.0
        );
    }
    svg.push_str("</g>");

    for (lane, partner) in options.partners.iter().enumerate() {
        let y = TOP + LANE * lane as f64 + LANE / 2.0;
        let _ = write!(svg, r#"<g class="lane" data-partner="{}">"#, partner.id());
        if lane % 2 == 0 {
            let _ = write!(
                svg,
                r##"<rect x="0" y="{:.1}" width="{WIDTH}" height="{LANE}" fill="#f7f7f7"/>"##,
                y - LANE / 2.0
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            y + 4.0,
            escape(lane_label(*partner))
        );
        match partner {
            Partner::Country(c) => bars(&mut svg, &scale, y, *partner, c.relation().periods, |p| {
                (status_colour(p.status), p.status.label(), p.note)
            }),
            Partner::Organization(o) => {
                bars(&mut svg, &scale, y, *partner, o.membership().periods, |p| {
                    (membership_colour(p.status), p.status.label(), p.note)
                })
            }
        }
        for e in events_of(*partner) {
            let year = e.date.start.year_number();
            if year < options.from || year > options.to {
                continue;
            }
            let x = scale.x(e.date.start.first_day());
            let _ = write!(
                svg,
                r#"<g class="event"><title>{} {}</title>{}</g>"#,
                e.date,
                escape(e.title),
                mark(e.kind.event_type(), x, y)
            );
        }
        svg.push_str("</g>");
    }

    // Legend.
    let ly = axis_bottom + 30.0;
    svg.push_str(r#"<g class="legend">"#);
    let swatches = [
        ("#2e7d32", "relations active"),
        ("#f9a825", "suspended"),
        ("#c62828", "severed"),
        ("#1565c0", "member"),
        ("#64b5f6", "observer / partner"),
        ("#8e24aa", "UN seat contested"),
    ];
    for (i, (colour, text)) in swatches.iter().enumerate() {
        let x = LEFT + 170.0 * i as f64;
        let _ = write!(
            svg,
            r#"<rect x="{x:.1}" y="{:.1}" width="18" height="12" fill="{colour}"/><text x="{:.1}" y="{:.1}">{text}</text>"#,
            ly - 10.0,
            x + 24.0,
            ly
        );
    }
    let marks = [
        (EventType::Visit, "visit"),
        (EventType::Summit, "summit / talks"),
        (EventType::AgreementSigned, "agreement / statement"),
        (EventType::UnVote, "UN vote / peacekeeping"),
        (EventType::Dispute, "break / dispute"),
        (EventType::RelationsEstablished, "other event"),
    ];
    for (i, (kind, text)) in marks.iter().enumerate() {
        let x = LEFT + 170.0 * i as f64 + 9.0;
        let _ = write!(
            svg,
            r#"{}<text x="{:.1}" y="{:.1}">{text}</text>"#,
            mark(*kind, x, ly + 22.0),
            x + 15.0,
            ly + 26.0
        );
    }
    let _ = write!(
        svg,
        r##"<text x="{LEFT}" y="{:.1}" fill="#555">Hatched bar starts: date known only to the year or month. Faded bars: end unknown. Source: cambodia-diplomacy, data reviewed {DATA_REVIEWED}.</text>"##,
        ly + 56.0
    );
    svg.push_str("</g></svg>\n");
    svg
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.from > args.to {
        Args::command()
            .error(
                ErrorKind::ArgumentConflict,
                format!(
                    "--from {} is after --to {}: the timeline would be empty",
                    args.from, args.to
                ),
            )
            .exit();
    }
    let options = Options {
        partners: args
            .partners
            .map_or_else(|| Partner::iter().collect(), |p| p.0),
        from: args.from,
        to: args.to,
    };
    let svg = render(&options);
    emit(args.out.as_deref(), args.force, svg.as_bytes())
}

/// Draws the bars of one lane: each period from its preferred start to its
/// end, coloured and titled by `style` (colour, status, note).
fn bars<P: Period>(
    svg: &mut String,
    scale: &Scale,
    y: f64,
    partner: Partner,
    periods: &[P],
    style: impl Fn(&P) -> (&'static str, &'static str, &'static str),
) {
    for (i, p) in periods.iter().enumerate() {
        let next = periods
            .get(i + 1)
            .and_then(|n| n.start().preferred())
            .map(|c| c.date);
        if let Some(start) = p.start().preferred() {
            let (colour, status, note) = style(p);
            let title = format!("{} {status} from {}: {note}", partner.name(), start.date);
            bar(
                svg,
                scale,
                y,
                start.date,
                end_date(p.end(), next),
                colour,
                &title,
            );
        }
    }
}

/// The lane's label: a country's short name, an organization's acronym.
fn lane_label(partner: Partner) -> &'static str {
    match partner {
        Partner::Country(c) => c.name(),
        Partner::Organization(o) => o.acronym(),
    }
}
