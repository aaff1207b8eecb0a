//! Draws, as an SVG chart, how many states Cambodia had diplomatic relations
//! with at the end of each year, stacked by UN M49 region.
//!
//! ```text
//! cargo run --example relations_chart > relations.svg
//! cargo run --example relations_chart -- --from 1953 --to 2026 --out relations.svg [--force]
//! cargo run --example relations_chart -- --help
//! ```
//!
//! Each year's bar has two parts per region: solid, the states with which
//! relations were certainly in force on 31 December; pale, the states with
//! which relations had been established by then but whose later history the
//! data does not hold (so the solid part is a lower bound, and solid plus
//! pale is not an upper bound either: states with no recorded establishment
//! are not drawn). The chart says so in its subtitle. Black dots mark the
//! totals Cambodian officials stated (`reported_relation_counts`), which
//! show how much of the network the records do not date yet.

#[path = "common/files.rs"]
mod files;
#[path = "common/legend.rs"]
mod legend;
#[path = "common/stdout.rs"]
mod stdout;

use std::path::PathBuf;
use std::process::ExitCode;

use cambodia_diplomacy::{
    Answer, Country, DATA_REVIEWED, NaiveDate, Region, relations, reported_relation_counts,
};
use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};
use files::emit_chart;
use legend::draw_legend;
use plotters::prelude::*;

/// The years the chart may span: from independence to the review date.
const FIRST_YEAR: i64 = 1953;

/// Draws the number of states with relations by year, stacked by region.
#[derive(Parser)]
#[command(name = "relations_chart")]
struct Args {
    /// The first year drawn (1953 to the review year)
    #[arg(long, value_name = "YEAR", default_value_t = 1953, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(FIRST_YEAR..=i64::from(DATA_REVIEWED.year_number())))]
    from: i32,
    /// The last year drawn (1953 to the review year)
    #[arg(long, value_name = "YEAR", default_value_t = DATA_REVIEWED.year_number(), allow_negative_numbers = true,
          value_parser = clap::value_parser!(i32).range(FIRST_YEAR..=i64::from(DATA_REVIEWED.year_number())))]
    to: i32,
    /// Write the SVG to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Replace FILE if it exists (a symlink is replaced, not followed)
    #[arg(long, requires = "out")]
    force: bool,
}

/// One region's counts for one year.
#[derive(Clone, Copy, Default)]
struct Counts {
    /// Relations certainly in force on 31 December.
    certain: u32,
    /// Established by then, later history not in the data.
    established: u32,
}

fn region_colour(region: Region) -> RGBColor {
    match region {
        Region::Africa => RGBColor(0xd8, 0x1b, 0x60),
        Region::Americas => RGBColor(0x1e, 0x88, 0xe5),
        Region::Asia => RGBColor(0x00, 0x89, 0x7b),
        Region::Europe => RGBColor(0x5e, 0x35, 0xb1),
        Region::Oceania => RGBColor(0xf4, 0x51, 0x1e),
    }
}

/// For each year, each region's counts.
fn count(from: i32, to: i32) -> Vec<(i32, Vec<(Region, Counts)>)> {
    (from..=to)
        .map(|year| {
            let day = NaiveDate::from_ymd_opt(year, 12, 31)
                .unwrap_or(cambodia_diplomacy::DATA_REVIEWED_DAY)
                .min(cambodia_diplomacy::DATA_REVIEWED_DAY);
            let mut by_region: Vec<(Region, Counts)> =
                Region::iter().map(|r| (r, Counts::default())).collect();
            for relation in relations() {
                let slot = &mut by_region[relation.country.region() as usize].1;
                if relation.is_active_on(day).answer == Answer::Yes {
                    slot.certain += 1;
                } else if !relation.periods_complete
                    && relation.established().is_some_and(|d| d.first_day() <= day)
                {
                    slot.established += 1;
                }
            }
            (year, by_region)
        })
        .collect()
}

fn draw(from: i32, to: i32) -> Result<String, String> {
    let data = count(from, to);
    let max = data
        .iter()
        .map(|(_, regions)| {
            regions
                .iter()
                .map(|(_, c)| c.certain + c.established)
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0)
        .max(10);
    let stated: Vec<(i32, u32)> = reported_relation_counts()
        .map(|c| (c.as_of.year_number(), u32::from(c.states)))
        .filter(|(year, _)| (from..=to).contains(year))
        .collect();
    let max = stated.iter().map(|&(_, n)| n).fold(max, u32::max);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (1000, 560)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (top, body) = root.split_vertically(56);
        top.draw(&Text::new(
            "States with which Cambodia had diplomatic relations, at the end of each year",
            (12, 8),
            ("sans-serif", 18),
        ))
        .map_err(|e| e.to_string())?;
        top.draw(&Text::new(
            format!(
                "Solid: certainly in force on 31 December (a lower bound). Pale: established by then, later history not in the data. \
                 States with no recorded establishment ({} of {}) are not drawn. Data reviewed {DATA_REVIEWED}.",
                relations().filter(|r| r.established().is_none()).count(),
                Country::iter().count()
            ),
            (12, 32),
            ("sans-serif", 11),
        ))
        .map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&body)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(36)
            .build_cartesian_2d(from..to + 1, 0u32..max + max / 10)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_desc("year")
            .y_desc("states")
            .draw()
            .map_err(|e| e.to_string())?;
        for region in Region::iter() {
            let colour = region_colour(region);
            let mut bars = Vec::new();
            for (year, regions) in &data {
                let below: u32 = regions
                    .iter()
                    .take_while(|(r, _)| *r != region)
                    .map(|(_, c)| c.certain + c.established)
                    .sum();
                let c = regions[region as usize].1;
                let solid_top = below + c.certain;
                bars.push(Rectangle::new(
                    [(*year, below), (*year + 1, solid_top)],
                    colour.filled(),
                ));
                bars.push(Rectangle::new(
                    [(*year, solid_top), (*year + 1, solid_top + c.established)],
                    colour.mix(0.3).filled(),
                ));
            }
            chart
                .draw_series(bars)
                .map_err(|e| e.to_string())?
                .label(region.to_string())
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled())
                });
        }
        if !stated.is_empty() {
            chart
                .draw_series(
                    stated
                        .iter()
                        .map(|&(year, n)| Circle::new((year, n), 4, BLACK.filled())),
                )
                .map_err(|e| e.to_string())?
                .label("total stated by the foreign ministry")
                .legend(|(x, y)| Circle::new((x + 6, y), 4, BLACK.filled()));
        }
        draw_legend(&mut chart)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.from > args.to {
        Args::command()
            .error(
                ErrorKind::ArgumentConflict,
                format!(
                    "--from {} is after --to {}: the chart would be empty",
                    args.from, args.to
                ),
            )
            .exit();
    }
    emit_chart(args.out.as_deref(), args.force, draw(args.from, args.to))
}
