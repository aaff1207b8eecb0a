//! Tags the partners a text mentions, as a news-tagging tool would.
//!
//! ```text
//! echo "Burma and the Lao PDR met ASEAN in Phnom Penh" | cargo run --example tag_text
//! cargo run --example tag_text -- --help
//! ```
//!
//! Reads standard input and prints, for each partner mentioned (by name,
//! alias or code, in English or French), its id and the words that named it.
//! It tries every run of one to six words against the crate's parser, longest
//! first, so "United States" wins over "States". Two-letter codes are only
//! taken when written in capitals, to keep "in" or "us" from tagging India or
//! the United States. It takes no argument.

#[path = "common/stdout.rs"]
mod stdout;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

use cambodia_diplomacy::Partner;
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
        eprintln!("could not read standard input as UTF-8");
        return ExitCode::FAILURE;
    }
    let mut found: BTreeMap<Partner, Vec<String>> = BTreeMap::new();
    for (partner, words) in tag(&text) {
        found.entry(partner).or_default().push(words);
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

/// Every mention in `text`: the partner and the words that named it.
fn tag(text: &str) -> Vec<(Partner, String)> {
    let words: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”'
                )
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        for len in (1..=6.min(words.len() - i)).rev() {
            let phrase = words[i..i + len].join(" ");
            let phrase = phrase.trim_end_matches("'s").trim_end_matches("’s");
            // French elision: "l'ASEAN", "d'Allemagne".
            let phrase = ["l'", "L'", "d'", "D'", "l’", "L’", "d’", "D’"]
                .iter()
                .find_map(|p| phrase.strip_prefix(p))
                .unwrap_or(phrase);
            if len == 1 && phrase.len() <= 3 && !phrase.bytes().all(|b| b.is_ascii_uppercase()) {
                continue; // short codes count only in capitals
            }
            if let Ok(partner) = phrase.parse::<Partner>() {
                out.push((partner, phrase.to_owned()));
                matched = len;
                break;
            }
        }
        i += matched.max(1);
    }
    out
}
