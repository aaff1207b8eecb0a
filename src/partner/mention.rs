//! Finding the partners a text mentions, with their byte spans.

use core::hash::BuildHasherDefault;
use core::ops::Range;
use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use super::Partner;
use super::parse::{Fnv, for_each_text_name, is_combining_mark, normalize_key};

/// The most words a name may have and still be found in a text.
const MAX_WORDS: usize = 12;

/// A partner found in a text: which one, and where.
///
/// ```
/// use cambodia_diplomacy::{Country, find_partners};
///
/// let text = "Talks with the Lao PDR";
/// let mention = find_partners(text).next().unwrap();
/// assert_eq!(mention.partner, Country::Laos.into());
/// assert_eq!(mention.span(), 15..22);
/// assert_eq!(mention.text, "Lao PDR");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Mention<'t> {
    /// The partner mentioned.
    pub partner: Partner,
    /// Where the mention starts, in bytes.
    pub start: usize,
    /// Where it ends, in bytes (exclusive).
    pub end: usize,
    /// The words as the text writes them.
    pub text: &'t str,
}

impl Mention<'_> {
    /// The byte range of the mention in the text.
    #[must_use]
    pub const fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The index the finder reads: names by normalized text, codes by their
/// exact upper-case spelling, and the first words that can start a name.
struct MentionIndex {
    names: HashMap<Box<[u8]>, Partner, BuildHasherDefault<Fnv>>,
    codes: HashMap<&'static str, Partner, BuildHasherDefault<Fnv>>,
    first_words: HashSet<Box<[u8]>, BuildHasherDefault<Fnv>>,
    max_words: usize,
    /// Khmer names without their invisible characters, longest first:
    /// Khmer writes no spaces between words, so they are found as
    /// substrings starting at a syllable.
    khmer: Vec<(Box<str>, Partner)>,
}

static MENTION_INDEX: Lazy<MentionIndex> = Lazy::new(build_mention_index);

/// Builds the index now.
pub(crate) fn warm_up_mentions() {
    Lazy::force(&MENTION_INDEX);
}

/// Builds the index from scratch and returns how many names it holds.
pub(crate) fn build_mention_index_len() -> usize {
    let index = build_mention_index();
    index.names.len() + index.codes.len()
}

fn build_mention_index() -> MentionIndex {
    let mut index = MentionIndex {
        names: HashMap::default(),
        codes: HashMap::default(),
        first_words: HashSet::default(),
        max_words: 1,
        khmer: Vec::new(),
    };
    for_each_text_name(|name, partner| {
        if name.chars().any(crate::khmer::is_khmer) {
            let visible: String = name
                .chars()
                .filter(|&c| !crate::khmer::is_invisible(c))
                .collect();
            index.khmer.push((visible.into_boxed_str(), partner));
            return;
        }
        if is_code(name) {
            index.codes.entry(name).or_insert(partner);
            return;
        }
        let mut ends = [0usize; MAX_WORDS];
        let Some(first) = words(name, 0).next() else {
            return;
        };
        let count = word_ends(name, first.start, &mut ends);
        if count == 0 || count > MAX_WORDS {
            return;
        }
        let (Some(key), Some(first_key)) = (normalize_key(name), normalize_key(&name[first]))
        else {
            return;
        };
        index.max_words = index.max_words.max(count);
        index.names.entry(key.as_bytes().into()).or_insert(partner);
        index.first_words.insert(first_key.as_bytes().into());
    });
    index
        .khmer
        .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    index.khmer.dedup();
    index
}

/// Codes and acronyms as the profiles write them: two to six upper-case
/// ASCII letters ("US", "LAO", "ASEAN").
fn is_code(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// The words of `text` from byte `from`: maximal runs of letters and digits.
fn words(text: &str, from: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text[from..].char_indices().peekable();
    core::iter::from_fn(move || {
        let (start, first) = chars.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = start + first.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            // Decomposed accents belong to the word they mark.
            if !(c.is_alphanumeric() || is_combining_mark(c)) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some(from + start..from + end)
    })
}

/// Writes the end of each of the first `ends.len()` words from `from` into
/// `ends`; returns how many there were (at most `ends.len() + 1`, to tell a
/// longer text from one that fits).
fn word_ends(text: &str, from: usize, ends: &mut [usize]) -> usize {
    let mut count = 0;
    for word in words(text, from) {
        if count == ends.len() {
            return count + 1;
        }
        ends[count] = word.end;
        count += 1;
    }
    count
}

/// Finds the partners a text mentions, in order, with their byte spans.
///
/// - Names and aliases match whole words, ignoring case and accents as
///   `FromStr` does, but must begin with a capital letter as proper nouns
///   do ("China", not "china").
/// - Codes and acronyms ("US", "LAO", "ASEAN") match only whole tokens
///   written in upper case, so "us" and "in" in running text are not
///   countries.
/// - The longest match wins: "Lao People's Democratic Republic" is one
///   mention, not "Lao" and more.
/// - French elision is handled: "l'Inde", "d'Allemagne".
///
/// Allocates nothing; the index it reads is built on first use.
///
/// ```
/// use cambodia_diplomacy::{Country, Organization, Partner, find_partners};
///
/// let text = "Burma and the Lao PDR met ASEAN; la Chine et l'Inde aussi. Tell us in the US.";
/// let found: Vec<Partner> = find_partners(text).map(|m| m.partner).collect();
/// assert_eq!(found, [
///     Country::Myanmar.into(),
///     Country::Laos.into(),
///     Organization::Asean.into(),
///     Country::China.into(),
///     Country::India.into(),
///     Country::UnitedStates.into(),
/// ]);
/// ```
#[must_use]
pub fn find_partners(text: &str) -> Mentions<'_> {
    Mentions { text, at: 0 }
}

/// The mentions [`find_partners`] finds, in order of position.
#[derive(Debug, Clone)]
pub struct Mentions<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Mentions<'t> {
    type Item = Mention<'t>;

    fn next(&mut self) -> Option<Mention<'t>> {
        let index = &*MENTION_INDEX;
        let text = self.text;
        while self.at < text.len() {
            let word = words(text, self.at).next()?;
            if text[word.clone()]
                .chars()
                .next()
                .is_some_and(crate::khmer::is_khmer)
            {
                // Khmer: scan the run of Khmer text for a name at each
                // syllable, since no space marks where words end.
                let run_end = khmer_run_end(text, word.start);
                if let Some((partner, start, end)) = find_khmer(index, text, word.start, run_end) {
                    self.at = end;
                    return Some(Mention {
                        partner,
                        start,
                        end,
                        text: &text[start..end],
                    });
                }
                self.at = run_end;
                continue;
            }
            self.at = word.end;
            let found = find_name(index, text, word.clone()).or_else(|| {
                index
                    .codes
                    .get(&text[word.clone()])
                    .map(|&partner| (partner, word.end))
            });
            if let Some((partner, end)) = found {
                self.at = end;
                return Some(Mention {
                    partner,
                    start: word.start,
                    end,
                    text: &text[word.start..end],
                });
            }
        }
        None
    }
}

/// Where a run of Khmer text (Khmer characters and invisible joiners)
/// starting at `from` ends.
fn khmer_run_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !(crate::khmer::is_khmer(c) || crate::khmer::is_invisible(c)))
        .map_or(text.len(), |(i, _)| from + i)
}

/// The first Khmer name in `text[from..to]`, found at a syllable start,
/// the longest where several start there; invisible characters in the
/// text are skipped, and a name must end where a syllable ends.
fn find_khmer(
    index: &MentionIndex,
    text: &str,
    from: usize,
    to: usize,
) -> Option<(Partner, usize, usize)> {
    let run = &text[from..to];
    for (offset, c) in run.char_indices() {
        if !crate::khmer::starts_syllable(c) {
            continue;
        }
        let at = from + offset;
        for (name, partner) in &index.khmer {
            if let Some(end) = khmer_match(text, at, to, name) {
                return Some((*partner, at, end));
            }
        }
    }
    None
}

/// Where `name` ends if the text at `at` spells it (skipping invisible
/// characters), and the match ends at a syllable's end.
fn khmer_match(text: &str, at: usize, to: usize, name: &str) -> Option<usize> {
    let mut wanted = name.chars();
    let mut end = at;
    let mut next = wanted.next();
    for (i, c) in text[at..to].char_indices() {
        let Some(w) = next else { break };
        if crate::khmer::is_invisible(c) {
            continue;
        }
        if c != w {
            return None;
        }
        end = at + i + c.len_utf8();
        next = wanted.next();
    }
    if next.is_some() {
        return None;
    }
    // The next character must start a syllable (or end the run): a name
    // is not the beginning of a longer syllable.
    let after = text[end..to]
        .chars()
        .find(|&c| !crate::khmer::is_invisible(c));
    match after {
        Some(c) if crate::khmer::is_khmer(c) && !crate::khmer::starts_syllable(c) => None,
        _ => Some(end),
    }
}

/// The longest name that starts at `word`, with where it ends.
fn find_name(index: &MentionIndex, text: &str, word: Range<usize>) -> Option<(Partner, usize)> {
    let first = text[word.clone()].chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    let first_key = normalize_key(&text[word.clone()])?;
    if !index.first_words.contains(first_key.as_bytes()) {
        return None;
    }
    let mut ends = [0usize; MAX_WORDS];
    let count = word_ends(text, word.start, &mut ends[..index.max_words]).min(index.max_words);
    ends[..count].iter().rev().find_map(|&end| {
        let key = normalize_key(&text[word.start..end])?;
        index
            .names
            .get(key.as_bytes())
            .map(|&partner| (partner, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Country, Organization};

    fn found(text: &str) -> Vec<(Partner, &str)> {
        find_partners(text).map(|m| (m.partner, m.text)).collect()
    }

    #[test]
    fn longest_match_and_word_boundaries() {
        assert_eq!(
            found("the Republic of Korea and Korea"),
            [
                (Country::SouthKorea.into(), "Republic of Korea"),
                (Country::SouthKorea.into(), "Korea")
            ]
        );
        // Not inside a word.
        assert!(found("Chinatown and Laosian").is_empty());
        // Codes only in upper case; names only capitalized.
        assert!(found("us in my de la id ca un au china").is_empty());
        assert_eq!(
            found("the UN and the EU")[0].0,
            Organization::UnitedNations.into()
        );
        assert_eq!(found("d’Allemagne")[0].0, Country::Germany.into());
    }

    #[test]
    fn khmer_names_are_found_without_spaces() {
        // Fresh News on the second Mekong-Lancang leaders' meeting (2018):
        // six countries, Cambodia itself among them (not a partner).
        let text = "កិច្ចប្រជុំនេះមានមេដឹកនាំប្រទេសចំនួន៦ចូលរួមក្នុងនោះមានកម្ពុជា ចិន ឡាវ ថៃ វៀតណាម និងមីយ៉ាន់ម៉ា ដោយមាន សម្តេចតេជោ ហ៊ុន សែន និង លោក លី ខឺឈាង ធ្វើជាសហប្រធាន។";
        let partners: Vec<Partner> = find_partners(text).map(|m| m.partner).collect();
        assert_eq!(
            partners,
            [
                Country::China.into(),
                Country::Laos.into(),
                Country::Thailand.into(),
                Country::Vietnam.into(),
                Country::Myanmar.into(),
            ]
        );
        for m in find_partners(text) {
            assert_eq!(&text[m.span()], m.text);
        }
        // CLDR's zero-width spaces, and a name glued to the next word.
        assert_eq!(
            found("កូរ៉េ\u{200b}ខាង\u{200b}ជើង"),
            [(Country::NorthKorea.into(), "កូរ៉េ\u{200b}ខាង\u{200b}ជើង")]
        );
        assert_eq!(found("ជាមួយសាធារណរដ្ឋប្រជាមានិតចិន")[0].0, Country::China.into());
    }

    #[test]
    fn spans_are_byte_ranges_of_the_text() {
        let text = "Le Việt Nam et la Thaïlande";
        for m in find_partners(text) {
            assert_eq!(&text[m.span()], m.text);
        }
        assert_eq!(find_partners(text).count(), 2);
    }
}
