//! What Cambodia's foreign relations looked like on a given day.
//!
//! ```text
//! cargo run --example as_of -- 1977-01-01
//! ```
//!
//! Prints the name of the Cambodian state, who held its UN seat, the
//! countries it had relations with and the organizations it belonged to on
//! that day. Answers the data cannot settle at its precision are marked
//! "(cannot tell)".

use std::process::ExitCode;

use cambodia_diplomacy::{
    Answer, active_relations_on, cambodian_state_on, memberships_on, un_seat_holder_on,
};
use chrono::NaiveDate;

fn main() -> ExitCode {
    let Some(arg) = std::env::args().nth(1) else {
        eprintln!("usage: as_of YYYY-MM-DD");
        return ExitCode::FAILURE;
    };
    let Ok(day) = NaiveDate::parse_from_str(arg.trim(), "%Y-%m-%d") else {
        eprintln!("not a date: {arg:?} (expected YYYY-MM-DD)");
        return ExitCode::FAILURE;
    };
    let mark = |a: Answer| {
        if a == Answer::CannotTell {
            " (cannot tell at the data's precision)"
        } else {
            ""
        }
    };

    println!("# Cambodia on {day}\n");
    match cambodian_state_on(day) {
        Some(state) => println!("State: {} ({})", state.name_en, state.name_fr),
        None => println!("State: none recorded (before independence)"),
    }
    match un_seat_holder_on(day) {
        Some(seat) => println!("UN seat held by: {}", seat.holder),
        None => println!("UN seat: Cambodia was not yet a member"),
    }

    println!("\n## Countries with active relations\n");
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
        println!(
            "- {country} (since {since}{counterpart}){}",
            mark(evidence.answer)
        );
    }
    if !any {
        println!("- none in the dataset");
    }

    println!("\n## Organizations Cambodia belonged to\n");
    let mut any = false;
    for (organization, evidence) in memberships_on(day) {
        any = true;
        let status = evidence
            .period
            .map(|p| p.status.label())
            .unwrap_or_default();
        println!(
            "- {} ({}; {status}){}",
            organization,
            organization.acronym(),
            mark(evidence.answer)
        );
    }
    if !any {
        println!("- none in the dataset");
    }
    ExitCode::SUCCESS
}
