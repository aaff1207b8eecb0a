//! Draws, as an SVG bar chart, the programme countries ranked by an
//! indicator in one year (bilateral trade by default), and names beside the
//! chart the countries with no figure that year, which are not ranked.
//!
//! ```text
//! cargo run --example trade_ranking > ranking_2023.svg
//! cargo run --example trade_ranking -- --year 2019 --indicator tourist_arrivals --out tourists_2019.svg
//! cargo run --example trade_ranking -- --year 2022 --reporter cambodia_customs
//! cargo run --example trade_ranking -- --help
//! ```
//!
//! Each bar is one whole-year figure as its source printed it, from the
//! reporter asked for, or else the first in the crate's reporter order
//! (Cambodian counts first); its reporter is written at the bar's end.

#[path = "common/files.rs"]
mod files;
#[path = "common/stdout.rs"]
mod stdout;

use std::path::PathBuf;
use std::process::ExitCode;

use cambodia_diplomacy::{DATA_REVIEWED, Indicator, Ranking, Reporter, Unit, ranking};
use clap::Parser;
use files::emit_chart;
use plotters::prelude::*;

/// Ranks the programme countries by an indicator in a year, as an SVG chart.
#[derive(Parser)]
#[command(name = "trade_ranking")]
struct Args {
    /// The year (2000 to the review year)
    #[arg(long, value_name = "YEAR", default_value_t = 2023, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(2000..=i64::from(DATA_REVIEWED.year_number())))]
    year: i32,
    /// What to rank by: an indicator id (trade_total, exports_to,
    /// imports_from, tourist_arrivals, investment_approved, ...)
    #[arg(long, value_name = "INDICATOR", default_value = "trade_total",
          value_parser = |s: &str| s.parse::<Indicator>().map_err(|e| e.to_string()))]
    indicator: Indicator,
    /// Only figures counted by this reporter (cambodia_customs,
    /// partner_government, ...)
    #[arg(long, value_name = "REPORTER",
          value_parser = |s: &str| s.parse::<Reporter>().map_err(|e| e.to_string()))]
    reporter: Option<Reporter>,
    /// Write the SVG to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace FILE if it exists (a symlink is replaced, not followed)
    #[arg(long, requires = "out")]
    force: bool,
}

/// The unit's words on the axis, and what a figure is divided by.
fn axis(unit: Unit) -> (String, f64) {
    match unit {
        Unit::Currency(code) => (format!("million {code}"), 1e6),
        Unit::Persons => ("thousand persons".to_string(), 1e3),
        Unit::Percent => ("per cent".to_string(), 1.0),
        _ => ("number".to_string(), 1.0),
    }
}

fn draw(r: &Ranking) -> Result<String, String> {
    let (unit_words, divisor) = axis(r.unit);
    let top = r
        .ranked
        .first()
        .map_or(1.0, |x| x.observation.value.as_f64() / divisor)
        .max(1.0);
    let rows = r.ranked.len().max(1);
    let height = 120 + 28 * u32::try_from(rows).unwrap_or(22);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (1000, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (head, body) = root.split_vertically(72);
        head.draw(&Text::new(
            format!("Programme countries by {}, {}", r.indicator, r.year),
            (12, 8),
            ("sans-serif", 18),
        ))
        .map_err(|e| e.to_string())?;
        let missing: Vec<String> = r.missing.iter().map(|c| c.name().to_string()).collect();
        let other: Vec<String> = r
            .other_units
            .iter()
            .map(|(c, o)| format!("{} ({o})", c.name()))
            .collect();
        head.draw(&Text::new(
            format!(
                "No figure for {} (not ranked): {}.",
                r.year,
                if missing.is_empty() {
                    "none".to_string()
                } else {
                    missing.join(", ")
                }
            ),
            (12, 32),
            ("sans-serif", 11),
        ))
        .map_err(|e| e.to_string())?;
        head.draw(&Text::new(
            format!(
                "In another unit (not ranked): {}. Whole years only, as printed. Data reviewed {DATA_REVIEWED}.",
                if other.is_empty() { "none".to_string() } else { other.join(", ") }
            ),
            (12, 50),
            ("sans-serif", 11),
        ))
        .map_err(|e| e.to_string())?;
        // Row 0 is drawn at the bottom: the first-ranked takes the top row.
        let row = |rank_index: usize| rows - 1 - rank_index;
        let names: Vec<String> = r
            .ranked
            .iter()
            .rev()
            .map(|x| format!("{}. {}", x.rank, x.country.name()))
            .collect();
        let mut chart = ChartBuilder::on(&body)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(150)
            .build_cartesian_2d(0.0..top * 1.9, (0..rows).into_segmented())
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(rows + 1)
            .x_desc(unit_words)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|y| match y {
                SegmentValue::CenterOf(i) => names.get(*i).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()
            .map_err(|e| e.to_string())?;
        let colour = RGBColor(0x1e, 0x88, 0xe5);
        chart
            .draw_series(
                Histogram::horizontal(&chart)
                    .style(colour.filled())
                    .margin(6)
                    .data(
                        r.ranked
                            .iter()
                            .enumerate()
                            .map(|(i, x)| (row(i), x.observation.value.as_f64() / divisor)),
                    ),
            )
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(r.ranked.iter().enumerate().map(|(i, x)| {
                let value = x.observation.value.as_f64() / divisor;
                Text::new(
                    format!("{} ({})", x.observation, x.observation.reporter),
                    (value + top * 0.01, SegmentValue::CenterOf(row(i))),
                    ("sans-serif", 10),
                )
            }))
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let r = ranking(args.indicator, args.year, args.reporter);
    if r.ranked.is_empty() {
        eprintln!(
            "error: no programme country has a whole-year figure for {} in {}{}; nothing to rank",
            r.indicator,
            r.year,
            args.reporter
                .map(|x| format!(" from {x}"))
                .unwrap_or_default()
        );
        return ExitCode::FAILURE;
    }
    emit_chart(args.out.as_deref(), args.force, draw(&r))
}
