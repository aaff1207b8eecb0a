//! Parsing partner names, codes and aliases.
//!
//! Every name, code and alias of every profile goes into one hash index,
//! built once on first use. Input is normalized into a stack buffer (trimmed,
//! lowercased, French accents folded), so parsing does not allocate.

use core::hash::{BuildHasherDefault, Hasher};
use core::str::FromStr;
use std::collections::HashMap;

use once_cell::sync::Lazy;
use strum::IntoEnumIterator;

use super::{Country, Organization, Partner};
use crate::error::ParsePartnerError;

/// The longest normalized key the parser accepts, in bytes.
const MAX_KEY: usize = 96;

/// A normalized key in a stack buffer.
struct Key {
    bytes: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    #[cfg(test)]
    fn as_str(&self) -> &str {
        // Only whole UTF-8 encodings are ever written into the buffer.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// Folds the accented letters of French names to their base letter.
fn fold(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        '’' | 'ʼ' | '‘' => '\'',
        '–' | '—' | '‐' => '-',
        other => other,
    }
}

/// Normalizes trimmed text for lookup: lowercase, accents folded, inner runs
/// of white space made one space. `None` if it does not fit the buffer.
fn normalize(text: &str) -> Option<Key> {
    let mut key = Key {
        bytes: [0; MAX_KEY],
        len: 0,
    };
    let bytes = text.as_bytes();
    let plain = |b: &u8| b.is_ascii_graphic() || *b == b' ';
    if bytes.len() <= MAX_KEY && bytes.iter().all(plain) && !bytes.windows(2).any(|w| w == b"  ") {
        // Fastest path: printable ASCII with single spaces, copied and
        // lowercased in bulk.
        key.bytes[..bytes.len()].copy_from_slice(bytes);
        key.bytes[..bytes.len()].make_ascii_lowercase();
        key.len = bytes.len();
        return Some(key);
    }
    if text.is_ascii() {
        // Fast path: one byte per character.
        let mut last_space = false;
        for &b in text.as_bytes() {
            // Unicode white space in ASCII: the ASCII set plus vertical tab.
            let b = if b.is_ascii_whitespace() || b == 0x0b {
                if last_space {
                    continue;
                }
                last_space = true;
                b' '
            } else {
                last_space = false;
                b.to_ascii_lowercase()
            };
            if key.len == MAX_KEY {
                return None;
            }
            key.bytes[key.len] = b;
            key.len += 1;
        }
        return Some(key);
    }
    let mut last_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        if c.is_ascii() && !c.is_whitespace() {
            // Most characters of a French name are ASCII: no tables needed.
            if key.len == MAX_KEY {
                return None;
            }
            key.bytes[key.len] = c.to_ascii_lowercase() as u8;
            key.len += 1;
            continue;
        }
        for lower in c.to_lowercase() {
            let folded = if lower.is_whitespace() {
                ' '
            } else {
                fold(lower)
            };
            let mut buf = [0u8; 4];
            let encoded = folded.encode_utf8(&mut buf).as_bytes();
            let end = key.len + encoded.len();
            if end > MAX_KEY {
                return None;
            }
            key.bytes[key.len..end].copy_from_slice(encoded);
            key.len = end;
        }
    }
    Some(key)
}

/// Calls `f` with every name, code and alias of every partner, as written in
/// the profiles (plus the numeric code and the id with spaces).
pub(crate) fn for_each_name(mut f: impl FnMut(&str, Partner)) {
    let mut buf = String::new();
    for c in Country::iter() {
        let p = c.profile();
        let partner = Partner::Country(c);
        for name in [
            p.short_name_en,
            p.official_name_en,
            p.short_name_fr,
            p.official_name_fr,
            p.alpha2,
            p.alpha3,
            c.id(),
        ]
        .into_iter()
        .chain(p.aliases.iter().copied())
        {
            f(name, partner);
        }
        buf.clear();
        let _ = core::fmt::Write::write_fmt(&mut buf, format_args!("{:03}", p.numeric));
        f(&buf, partner);
        f(&c.id().replace('_', " "), partner);
    }
    for o in Organization::iter() {
        let p = o.profile();
        let partner = Partner::Organization(o);
        for name in [p.acronym, p.name_en, p.name_fr, o.id()]
            .into_iter()
            .chain(p.aliases.iter().copied())
        {
            f(name, partner);
        }
        f(&o.id().replace('_', " "), partner);
    }
}

/// FNV-1a: a fast hash for the short keys of the name index (the index is
/// built from the crate's own data, so hash flooding is not a concern).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The lookup index, and the keys that named two partners (which the data
/// tests require to be empty).
pub(crate) struct NameIndex {
    /// Keys of at most eight bytes (codes, acronyms, short names), packed
    /// into a `u64`: a lookup hashes one integer.
    short: HashMap<u64, Partner, BuildHasherDefault<Mix>>,
    /// Longer keys.
    entries: HashMap<Box<[u8]>, Partner, BuildHasherDefault<Fnv>>,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) ambiguous: Vec<(String, Partner, Partner)>,
}

pub(crate) static NAME_INDEX: Lazy<NameIndex> = Lazy::new(build_name_index);

pub(crate) fn build_name_index() -> NameIndex {
    let mut short: Vec<(u64, Partner)> = Vec::with_capacity(512);
    let mut entries: HashMap<Box<[u8]>, Partner, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut ambiguous = Vec::new();
    for_each_name(|name, partner| {
        let Some(key) = normalize(name.trim()) else {
            return;
        };
        let key = &key.bytes[..key.len];
        if key.is_empty() {
            return;
        }
        let previous = if key.len() <= 8 {
            short.push((pack(key), partner));
            None
        } else {
            match entries.get(key) {
                Some(&p) => Some(p),
                None => {
                    entries.insert(Box::from(key), partner);
                    None
                }
            }
        };
        if let Some(other) = previous.filter(|p| *p != partner) {
            ambiguous.push((name.to_owned(), other, partner));
        }
    });
    short.sort_unstable();
    short.dedup();
    for w in short.windows(2) {
        if w[0].0 == w[1].0 {
            let name = String::from_utf8_lossy(&w[0].0.to_be_bytes())
                .trim_end_matches('\0')
                .to_owned();
            ambiguous.push((name, w[0].1, w[1].1));
        }
    }
    short.dedup_by_key(|(k, _)| *k);
    NameIndex {
        short: short.into_iter().collect(),
        entries,
        ambiguous,
    }
}

/// Packs a key of at most eight bytes into an integer (zero-padded; keys
/// never contain NUL).
fn pack(bytes: &[u8]) -> u64 {
    let mut packed = [0u8; 8];
    packed[..bytes.len()].copy_from_slice(bytes);
    u64::from_be_bytes(packed)
}

impl NameIndex {
    /// How many distinct keys the index holds.
    pub(crate) fn len(&self) -> usize {
        self.short.len() + self.entries.len()
    }
}

/// Looks up a partner by any name, code or alias, without allocating.
pub(crate) fn lookup(text: &str) -> Option<Partner> {
    let index = &*NAME_INDEX;
    let trimmed = text.trim();
    // Fast path for codes, acronyms and short names: pack the lowercased
    // bytes straight into the integer key.
    if trimmed.len() <= 8
        && trimmed.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
        && !trimmed.as_bytes().windows(2).any(|w| w == b"  ")
    {
        let mut packed = [0u8; 8];
        for (slot, b) in packed.iter_mut().zip(trimmed.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        return find_short(index, u64::from_be_bytes(packed));
    }
    let key = normalize(trimmed)?;
    if key.len <= 8 {
        find_short(index, pack(&key.bytes[..key.len]))
    } else {
        index.entries.get(&key.bytes[..key.len]).copied()
    }
}

fn find_short(index: &NameIndex, packed: u64) -> Option<Partner> {
    index.short.get(&packed).copied()
}

/// A hasher for one `u64` key: the splitmix64 finalizer.
#[derive(Default)]
pub(crate) struct Mix(u64);

impl Hasher for Mix {
    fn finish(&self) -> u64 {
        let mut x = self.0;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        x ^ (x >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

impl FromStr for Partner {
    type Err = ParsePartnerError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        lookup(s).ok_or_else(|| ParsePartnerError::Unknown {
            input: s.to_owned(),
        })
    }
}

impl FromStr for Country {
    type Err = ParsePartnerError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match lookup(s) {
            Some(Partner::Country(c)) => Ok(c),
            Some(Partner::Organization(_)) => Err(ParsePartnerError::NotACountry {
                input: s.to_owned(),
            }),
            None => Err(ParsePartnerError::Unknown {
                input: s.to_owned(),
            }),
        }
    }
}

impl FromStr for Organization {
    type Err = ParsePartnerError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match lookup(s) {
            Some(Partner::Organization(o)) => Ok(o),
            Some(Partner::Country(_)) => Err(ParsePartnerError::NotAnOrganization {
                input: s.to_owned(),
            }),
            None => Err(ParsePartnerError::Unknown {
                input: s.to_owned(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_or_alias_names_two_partners() {
        let ambiguous = &NAME_INDEX.ambiguous;
        assert!(
            ambiguous.is_empty(),
            "names that resolve to two partners: {ambiguous:?}"
        );
    }

    #[test]
    fn normalize_folds_case_accents_and_space() {
        assert_eq!(normalize("États-Unis").unwrap().as_str(), "etats-unis");
        assert_eq!(normalize("Lao  PDR").unwrap().as_str(), "lao pdr");
        assert!(normalize(&"x".repeat(200)).is_none());
    }
}

/// Deserializes through the parser, so that a document may name a partner by
/// any code, name or alias; serialization always writes the snake_case id.
#[cfg(feature = "serde")]
macro_rules! deserialize_via_parser {
    ($($ty:ty),*) => {$(
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )*};
}

#[cfg(feature = "serde")]
deserialize_via_parser!(Partner, Country, Organization);
