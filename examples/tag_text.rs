//! Tags the partners a text mentions, as a news-tagging tool would.
//!
//! ```text
//! echo "Burma and the Lao PDR met ASEAN in Phnom Penh" | cargo run --example tag_text
//! cargo run --example tag_text -- --help
//! ```
//!
//! Reads standard input and prints, for each partner mentioned (by name,
//! alias or code, in English or French), its id, its name, and where the
//! text names it (byte spans). The matching is the library's
//! [`cambodia_diplomacy::find_partners`]: whole words, longest match first,
//! codes only in capitals, French elision handled. It takes no argument.

#[path = "common/stdout.rs"]
mod stdout;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

use cambodia_diplomacy::{Partner, find_partners};
use clap::Parser;
use stdout::to_stdout;

/// Tags the partners a text on standard input mentions: one line per
/// partner, with its id, its name and the words that named it.
#[derive(Parser)]
#[command(name = "tag_text")]
struct Args {}

fn main() -> ExitCode {
    Args::parse();
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("error: could not read standard input as UTF-8");
        return ExitCode::FAILURE;
    }
    let mut found: BTreeMap<Partner, Vec<String>> = BTreeMap::new();
    for mention in find_partners(&text) {
        let span = mention.span();
        found
            .entry(mention.partner)
            .or_default()
            .push(format!("{} [{}..{}]", mention.text, span.start, span.end));
    }
    to_stdout(|w| {
        if found.is_empty() {
            writeln!(w, "no partner mentioned")?;
        }
        for (partner, mentions) in &found {
            writeln!(w, "{}\t{}\t{}", partner.id(), partner, mentions.join(" | "))?;
        }
        Ok(())
    })
}
