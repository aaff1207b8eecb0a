//! Khmer names, and what is normalized so that Khmer text as found in the
//! wild compares equal to them.

use crate::Sources;

/// An entity's name in Khmer script.
///
/// `name` is the form Cambodian official usage writes (the foreign
/// ministry, the Royal Government, the Constitution, Cambodian news
/// agencies) where a source was found, else Unicode CLDR's; `official` the
/// long official form ("សាធារណរដ្ឋប្រជាមានិតចិន"); `acronym` the short form
/// Cambodian usage writes for an organization ("អាស៊ាន", "អ.ស.ប"); `aliases`
/// the other spellings sources use, CLDR's among them where it differs. All
/// are cited in `sources`.
///
/// ```
/// use cambodia_diplomacy::{Country, Lang};
///
/// let myanmar = Country::Myanmar.khmer();
/// assert_eq!(myanmar.name, "មីយ៉ាន់ម៉ា"); // official usage
/// assert!(myanmar.aliases.contains(&"មីយ៉ាន់ម៉ា (ភូមា)")); // CLDR's name, kept
/// assert_eq!(Country::Thailand.name_in(Lang::Km), "ថៃ");
/// assert_eq!("ប្រទេសថៃ".parse::<Country>()?, Country::Thailand);
/// # Ok::<(), cambodia_diplomacy::ParsePartnerError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct KhmerName {
    /// The name.
    pub name: &'static str,
    /// The long official form, where it differs.
    pub official: Option<&'static str>,
    /// The acronym or short form of an organization.
    pub acronym: Option<&'static str>,
    /// Other spellings in use.
    pub aliases: &'static [&'static str],
    /// Where each is written.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl KhmerName {
    /// Every form: the name, the official form, the acronym, the aliases.
    pub fn forms(self) -> impl Iterator<Item = &'static str> + Clone {
        core::iter::once(self.name)
            .chain(self.official)
            .chain(self.acronym)
            .chain(self.aliases.iter().copied())
    }
}

/// The prefix "country" (ប្រទេស), which Khmer text often writes before a
/// country's name and which is not part of it.
pub(crate) const COUNTRY_PREFIX: &str = "ប្រទេស";

/// Characters that do not show and are not part of any name: zero-width
/// space (which CLDR's own Khmer names carry between words), zero-width
/// non-joiner and joiner, word joiner, byte-order mark.
pub(crate) const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// Whether a character is Khmer (the Khmer block, or Khmer symbols).
pub(crate) const fn is_khmer(c: char) -> bool {
    matches!(c, '\u{1780}'..='\u{17ff}' | '\u{19e0}'..='\u{19ff}')
}

/// Whether a Khmer character starts a syllable: a consonant or an
/// independent vowel (everything else in the block attaches to one).
pub(crate) const fn starts_syllable(c: char) -> bool {
    matches!(c, '\u{1780}'..='\u{17b3}')
}

const COENG: char = '\u{17d2}';
const RO: char = '\u{179a}';

/// The place of a sign in the order Unicode's Khmer encoding model gives a
/// syllable: subscripts (coeng + consonant), the subscript ro last of them,
/// then a register shifter, then a dependent vowel, then other signs.
fn rank(unit: (char, Option<char>)) -> u8 {
    match unit {
        (COENG, Some(RO)) => 1,
        (COENG, Some(_)) => 0,
        ('\u{17c9}' | '\u{17ca}', None) => 2,
        ('\u{17b6}'..='\u{17c5}', None) => 3,
        _ => 4,
    }
}

/// Whether every syllable of `text` already has its signs in order (the
/// common case, checked without copying).
pub(crate) fn is_in_order(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    let mut last = 0u8;
    while let Some(c) = chars.next() {
        if !is_khmer(c) || starts_syllable(c) {
            last = 0;
            continue;
        }
        let unit = if c == COENG {
            (c, chars.next_if(|&n| starts_syllable(n)))
        } else {
            (c, None)
        };
        let r = rank(unit);
        if r < last {
            return false;
        }
        last = r;
    }
    true
}

/// Puts the signs of each Khmer syllable in `chars` into that order, in
/// place, so that text typed in another order (a vowel before a subscript,
/// the subscript ro before another: អូស្រ្តាលី for អូស្ត្រាលី) compares
/// equal. Stable: signs of one rank keep their order.
pub(crate) fn reorder_syllables(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if !starts_syllable(chars[i]) {
            i += 1;
            continue;
        }
        // The signs after the base: a coeng with the consonant it
        // subscripts, or one sign; they end at the next base, a space or a
        // character of another script.
        let start = i + 1;
        let mut units: [(char, Option<char>); 16] = [('\0', None); 16];
        let mut n = 0;
        let mut j = start;
        while j < chars.len() && n < units.len() {
            let c = chars[j];
            if c == COENG && j + 1 < chars.len() && starts_syllable(chars[j + 1]) {
                units[n] = (COENG, Some(chars[j + 1]));
                j += 2;
            } else if is_khmer(c) && !starts_syllable(c) {
                units[n] = (c, None);
                j += 1;
            } else {
                break;
            }
            n += 1;
        }
        if n > 1 {
            units[..n].sort_by_key(|&u| rank(u));
            let mut k = start;
            for &(c, next) in &units[..n] {
                chars[k] = c;
                k += 1;
                if let Some(next) = next {
                    chars[k] = next;
                    k += 1;
                }
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reordered(text: &str) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        reorder_syllables(&mut chars);
        chars.into_iter().collect()
    }

    #[test]
    fn order_is_checked_without_copying() {
        assert!(is_in_order("អូស្ត្រាលី") && is_in_order("ថៃ") && is_in_order("Laos"));
        assert!(!is_in_order("អូស្រ្តាលី"));
        assert!(!is_in_order("ស\u{17b8}\u{17ca}"));
        for text in ["អូស្រ្តាលី", "ស\u{17b8}\u{17ca}", "ស\u{17b8}\u{17d2}ស"]
        {
            assert!(is_in_order(&reordered(text)), "{text}");
        }
    }

    #[test]
    fn the_subscript_ro_goes_last() {
        // Australia as Fresh News typed it, and as CLDR writes it.
        assert_eq!(reordered("អូស្រ្តាលី"), "អូស្ត្រាលី");
        assert_eq!(reordered("អូស្ត្រាលី"), "អូស្ត្រាលី");
        // The Francophonie's name, typed both ways.
        assert_eq!(reordered("ស្រ្តី"), reordered("ស្ត្រី"));
    }

    #[test]
    fn subscripts_and_shifters_come_before_the_vowel() {
        // ស + vowel ី + shifter ៊, typed vowel first: the shifter goes first.
        assert_eq!(reordered("ស\u{17b8}\u{17ca}"), "ស\u{17ca}\u{17b8}");
        // A vowel typed before the subscript it follows.
        assert_eq!(reordered("ស\u{17b8}\u{17d2}ស"), "ស\u{17d2}ស\u{17b8}");
        // Text already in order is left alone, Latin text too.
        for text in ["រុស្ស៊ី", "ចិន", "Thailand", "ឥណ្ឌូណេស៊ី"]
        {
            assert_eq!(reordered(text), text);
        }
    }
}
