//! Draws one partner's trade with Cambodia as an SVG chart: Cambodia's
//! exports to it and imports from it (and the total, where only the total
//! is given), by year, one line per reporter, the reporter in the legend.
//!
//! ```text
//! cargo run --example trade_chart -- Japan > japan_trade.svg
//! cargo run --example trade_chart -- "Viet Nam" --out vietnam_trade.svg [--force]
//! cargo run --example trade_chart -- --help
//! ```
//!
//! Only whole calendar years in US dollars are drawn, each figure as its
//! source printed it (no conversion, no sum); a line joins consecutive
//! years only, so a year without a figure stays a gap. The subtitle says how
//! many figures were left out (part-years, other currencies) and that two
//! reporters' lines are two counts of the same trade, not a range.

#[path = "common/files.rs"]
mod files;
#[path = "common/legend.rs"]
mod legend;
#[path = "common/stdout.rs"]
mod stdout;

use std::path::PathBuf;
use std::process::ExitCode;

use cambodia_diplomacy::{DATA_REVIEWED, Indicator, Observation, Partner, Reporter, Unit, series};
use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};
use files::emit_chart;
use legend::draw_legend;
use plotters::prelude::*;

/// Draws a partner's trade with Cambodia by year, one line per reporter.
#[derive(Parser)]
#[command(name = "trade_chart")]
struct Args {
    /// The partner: any name, code or alias the crate parses; several
    /// words are read as one name
    #[arg(value_name = "PARTNER", required = true)]
    partner: Vec<String>,
    /// Write the SVG to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace FILE if it exists (a symlink is replaced, not followed)
    #[arg(long, requires = "out")]
    force: bool,
}

/// The indicators drawn, with their line style.
const DRAWN: [(Indicator, &str); 3] = [
    (Indicator::ExportsTo, "exports to"),
    (Indicator::ImportsFrom, "imports from"),
    (Indicator::TradeTotal, "total trade with"),
];

/// One colour per reporter: Cambodian counts in blues and greens, the
/// partner's in red, third parties in purple and brown, "not stated" grey.
fn reporter_colour(reporter: Reporter) -> RGBColor {
    match reporter {
        Reporter::CambodiaCustoms => RGBColor(0x1e, 0x88, 0xe5),
        Reporter::CambodiaCommerce => RGBColor(0x00, 0x89, 0x7b),
        Reporter::PartnerGovernment => RGBColor(0xd8, 0x1b, 0x60),
        Reporter::ImfDots | Reporter::UnComtrade => RGBColor(0x5e, 0x35, 0xb1),
        Reporter::Unknown => RGBColor(0x75, 0x75, 0x75),
        _ => RGBColor(0x6d, 0x4c, 0x41),
    }
}

/// One line: an indicator as one reporter counted it, by year, in millions
/// of US dollars.
struct Line {
    indicator: Indicator,
    words: &'static str,
    reporter: Reporter,
    points: Vec<(i32, f64)>,
}

/// Whether a figure is drawn: a whole year, in US dollars. The others are
/// counted in the subtitle, not silently dropped.
fn is_drawn(o: &Observation) -> bool {
    o.is_full_year() && o.unit == Unit::Currency("USD")
}

fn lines(partner: Partner) -> (Vec<Line>, usize) {
    let mut out: Vec<Line> = Vec::new();
    let mut left_out = 0;
    for (indicator, words) in DRAWN {
        for o in series(partner, indicator) {
            if !is_drawn(o) {
                left_out += 1;
                continue;
            }
            let point = (o.period.start.year_number(), o.value.as_f64() / 1e6);
            match out
                .iter_mut()
                .find(|l| l.indicator == indicator && l.reporter == o.reporter)
            {
                Some(line) => line.points.push(point),
                None => out.push(Line {
                    indicator,
                    words,
                    reporter: o.reporter,
                    points: vec![point],
                }),
            }
        }
    }
    (out, left_out)
}

fn draw(partner: Partner, lines: &[Line], left_out: usize) -> Result<String, String> {
    let years = lines.iter().flat_map(|l| l.points.iter().map(|p| p.0));
    let (first, last) = (
        years.clone().min().unwrap_or(2015),
        years.max().unwrap_or(2025),
    );
    let top_value = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .fold(0.0, f64::max)
        .max(1.0);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (1000, 560)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (top, body) = root.split_vertically(56);
        top.draw(&Text::new(
            format!("Cambodia's trade in goods with {}, by year", partner.name()),
            (12, 8),
            ("sans-serif", 18),
        ))
        .map_err(|e| e.to_string())?;
        top.draw(&Text::new(
            format!(
                "Millions of US dollars, whole years, as each reporter printed them; two reporters are two counts, not a range. \
                 {left_out} figures not drawn (part-years, other currencies). Data reviewed {DATA_REVIEWED}."
            ),
            (12, 32),
            ("sans-serif", 11),
        ))
        .map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&body)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(56)
            .build_cartesian_2d(first - 1..last + 1, 0.0..top_value * 1.6)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_desc("year")
            .y_desc("million USD")
            .y_label_formatter(&|v| format!("{v:.0}"))
            .draw()
            .map_err(|e| e.to_string())?;
        for line in lines {
            let colour = reporter_colour(line.reporter);
            // Totals bold with dots, exports with triangles, imports thin
            // and pale with crosses.
            let style = match line.indicator {
                Indicator::TradeTotal => colour.stroke_width(3),
                Indicator::ExportsTo => colour.stroke_width(2),
                _ => colour.mix(0.5).stroke_width(1),
            };
            let name = format!("{} {} ({})", line.words, partner.name(), line.reporter);
            // A line joins consecutive years only: a gap stays a gap.
            let runs = line.points.chunk_by(|a, b| b.0 == a.0 + 1);
            for (i, run) in runs.enumerate() {
                let drawn = chart
                    .draw_series(LineSeries::new(run.iter().copied(), style))
                    .map_err(|e| e.to_string())?;
                if i == 0 {
                    drawn
                        .label(name.clone())
                        .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], style));
                }
            }
            let points = line.points.iter().copied();
            match line.indicator {
                Indicator::TradeTotal => chart
                    .draw_series(points.map(|p| Circle::new(p, 4, style.filled())))
                    .map(|_| ()),
                Indicator::ExportsTo => chart
                    .draw_series(points.map(|p| TriangleMarker::new(p, 5, style.filled())))
                    .map(|_| ()),
                _ => chart
                    .draw_series(points.map(|p| Cross::new(p, 4, style)))
                    .map(|_| ()),
            }
            .map_err(|e| e.to_string())?;
        }
        draw_legend(&mut chart)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let name = args.partner.join(" ");
    let partner: Partner = match name.parse() {
        Ok(p) => p,
        Err(e) => Args::command().error(ErrorKind::ValueValidation, e).exit(),
    };
    let (lines, left_out) = lines(partner);
    if lines.is_empty() {
        let all: usize = DRAWN.iter().map(|(i, _)| series(partner, *i).count()).sum();
        eprintln!(
            "error: no whole-year trade figure in US dollars for {} ({all} trade figures in all); nothing to draw",
            partner.name()
        );
        return ExitCode::FAILURE;
    }
    emit_chart(
        args.out.as_deref(),
        args.force,
        draw(partner, &lines, left_out),
    )
}
