//! What Cambodia's foreign relations looked like on a given day.
//!
//! ```text
//! cargo run --example as_of -- 1977-01-01
//! cargo run --example as_of -- --help
//! ```
//!
//! Prints the name of the Cambodian state, who held its UN seat, the
//! countries it had relations with and the organizations it belonged to on
//! that day. Answers the data cannot settle at its precision are marked
//! "(cannot tell)".

#[path = "common/stdout.rs"]
mod stdout;

use std::io::{self, Write};
use std::process::ExitCode;

use cambodia_diplomacy::{
    Answer, active_relations_on, cambodian_state_on, memberships_on, un_seat_holder_on,
};
use chrono::NaiveDate;
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
    let mark = |a: Answer| {
        if a == Answer::CannotTell {
            " (cannot tell at the data's precision)"
        } else {
            ""
        }
    };

    writeln!(w, "# Cambodia on {day}\n")?;
    match cambodian_state_on(day) {
        Some(state) => writeln!(w, "State: {} ({})", state.name_en, state.name_fr)?,
        None => writeln!(w, "State: none recorded (before independence)")?,
    }
    match un_seat_holder_on(day) {
        Some(seat) => writeln!(w, "UN seat held by: {}", seat.holder)?,
        None => writeln!(w, "UN seat: Cambodia was not yet a member")?,
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
    Ok(())
}
