//! What Cambodia's foreign relations looked like on a given day.
//!
//! ```text
//! cargo run --example as_of -- 1977-01-01
//! cargo run --example as_of -- --help
//! ```
//!
//! Prints the name of the Cambodian state, who held its UN seat, the
//! countries it had relations with, the organizations it belonged to, and
//! who led the programme partners and the organizations' secretariats on
//! that day. Answers the data cannot settle at its precision are marked
//! "(cannot tell)".

#[path = "common/stdout.rs"]
mod stdout;

use std::io::{self, Write};
use std::process::ExitCode;

use cambodia_diplomacy::{
    Answer, DATA_REVIEWED, DATA_REVIEWED_DAY, NaiveDate, active_relations_on, cambodian_state_on,
    memberships_on, office_holder_on, office_records, un_seat_holder_on,
};
use clap::Parser;
use stdout::{Stdout, to_stdout};

/// What Cambodia's foreign relations looked like on a given day.
#[derive(Parser)]
#[command(name = "as_of")]
struct Args {
    /// The day, as YYYY-MM-DD
    #[arg(value_name = "YYYY-MM-DD", value_parser = parse_day)]
    day: NaiveDate,
}

fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|e| format!("not a date ({e}); expected YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let day = Args::parse().day;
    to_stdout(|w| report(w, day))
}

fn report(w: &mut Stdout, day: NaiveDate) -> io::Result<()> {
    let after_review = day > DATA_REVIEWED_DAY;
    let mark = |a: Answer| match a {
        Answer::CannotTell if after_review => " (cannot tell: after the review date)",
        Answer::CannotTell => " (cannot tell at the data's precision)",
        _ => "",
    };

    writeln!(w, "# Cambodia on {day}\n")?;
    if after_review {
        writeln!(
            w,
            "The data was last reviewed on {DATA_REVIEWED}: for a later day it cannot tell, \
             so every answer below is \"cannot tell\" and names what held on the review date.\n"
        )?;
    }
    match cambodian_state_on(day) {
        Some(state) => writeln!(w, "State: {} ({})", state.name_en, state.name_fr)?,
        None if after_review => writeln!(w, "State: cannot tell (after the review date)")?,
        None => writeln!(w, "State: none recorded (before independence)")?,
    }
    match un_seat_holder_on(day) {
        Some(seat) => writeln!(w, "UN seat held by: {}", seat.holder)?,
        None if after_review => writeln!(w, "UN seat: cannot tell (after the review date)")?,
        None => writeln!(w, "UN seat: not held (before admission, or left vacant)")?,
    }

    writeln!(w, "\n## Countries with active relations\n")?;
    let mut any = false;
    for (country, evidence) in active_relations_on(day) {
        any = true;
        let since = evidence
            .period
            .and_then(|p| p.start.preferred())
            .map(|c| c.date.to_string())
            .unwrap_or_default();
        let counterpart = evidence
            .period
            .and_then(|p| p.counterpart)
            .map(|c| format!(", with the {c}"))
            .unwrap_or_default();
        writeln!(
            w,
            "- {country} (since {since}{counterpart}){}",
            mark(evidence.answer)
        )?;
    }
    if !any {
        writeln!(w, "- none in the dataset")?;
    }

    writeln!(w, "\n## Organizations Cambodia belonged to\n")?;
    let mut any = false;
    for (organization, evidence) in memberships_on(day) {
        any = true;
        let status = evidence
            .period
            .map(|p| p.status.label())
            .unwrap_or_default();
        writeln!(
            w,
            "- {} ({}; {status}){}",
            organization,
            organization.acronym(),
            mark(evidence.answer)
        )?;
    }
    if !any {
        writeln!(w, "- none in the dataset")?;
    }

    writeln!(w, "\n## Who led\n")?;
    for record in office_records() {
        let partner = record.partner;
        match office_holder_on(partner, record.office, day) {
            Some(holder) => {
                let acting = if holder.acting { ", acting" } else { "" };
                writeln!(w, "- {partner}, {}: {}{acting}", record.office, holder.name)?;
            }
            None if record.covers(day) => {
                writeln!(w, "- {partner}, {}: nobody in office", record.office)?;
            }
            None => {
                let from = record
                    .complete_from
                    .map_or_else(|| "a selection".to_string(), |f| format!("from {f}"));
                writeln!(
                    w,
                    "- {partner}, {}: cannot tell (the list is complete {from} to {})",
                    record.office, record.as_of
                )?;
            }
        }
    }
    Ok(())
}
