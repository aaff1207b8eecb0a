//! Parsing partner names, codes and aliases.
//!
//! Every name, code and alias of every profile goes into one hash index,
//! built once on first use. Input is normalized into a stack buffer (trimmed,
//! lowercased, French accents folded), so parsing does not allocate.

use core::hash::Hasher;
use core::str::FromStr;

use once_cell::sync::Lazy;

use super::name_table::{LONG_KEYS, SHORT_KEYS};
use super::{Country, Organization, Partner};
use crate::error::{ParsePartnerError, ParsePartnerErrorKind};

/// The longest normalized key the parser accepts, in bytes.
const MAX_KEY: usize = 192;

/// A normalized key in a stack buffer.
pub(crate) struct Key {
    bytes: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    #[cfg(test)]
    fn as_str(&self) -> &str {
        // Only whole UTF-8 encodings are ever written into the buffer.
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

/// The base letter of each character from U+00C0 to U+024F (Latin-1
/// Supplement, Latin Extended-A and -B), `.` where there is none: made from
/// the Unicode canonical decompositions, plus đ, ø, ł, ħ and ŧ.
const LATIN_BASE: &[u8; 400] = b"aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii...jjkk.llllll..llnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";

/// The base letter of each character from U+1E00 to U+1EFF (Latin Extended
/// Additional, which holds most Vietnamese letters), `.` where there is none.
const LATIN_ADDITIONAL_BASE: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

/// Folds a lowercased character: Latin letters with diacritics to their
/// base letter (é, ệ, ø to e, e, o), typographic apostrophes and dashes to
/// ASCII ones.
fn fold(c: char) -> char {
    let table = |table: &[u8], first: u32| {
        let base = table[(c as u32 - first) as usize];
        if base == b'.' { c } else { char::from(base) }
    };
    match c {
        '\u{c0}'..='\u{24f}' => table(LATIN_BASE, 0xc0),
        '\u{1e00}'..='\u{1eff}' => table(LATIN_ADDITIONAL_BASE, 0x1e00),
        '’' | 'ʼ' | '‘' => '\'',
        '–' | '—' | '‐' => '-',
        other => other,
    }
}

/// Whether a character is a combining diacritical mark (U+0300 to U+036F),
/// as decomposed text writes accents ("E\u{301}tats-Unis").
pub(crate) fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Why text could not be normalized into a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// Longer than any name.
    TooLong,
    /// A control character (NUL included), or a compatibility character
    /// that lowercases to ASCII (the Kelvin sign): no name has one.
    Character,
}

/// Normalizes trimmed text for lookup: lowercase, diacritics folded whether
/// composed or decomposed, inner runs of white space made one space.
fn normalize(text: &str) -> Result<Key, Unreadable> {
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
        return Ok(key);
    }
    if let Some(khmer_key) = khmer_only(bytes) {
        return khmer_key;
    }
    let mut last_space = false;
    let mut khmer = false;
    for c in text.chars() {
        if crate::khmer::is_invisible(c) {
            continue;
        }
        khmer |= crate::khmer::is_khmer(c);
        if c.is_whitespace() {
            if last_space {
                continue;
            }
            last_space = true;
            key.push(b" ")?;
            continue;
        }
        last_space = false;
        if c.is_control() {
            return Err(Unreadable::Character);
        }
        if c.is_ascii() {
            key.push(&[c.to_ascii_lowercase() as u8])?;
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        if crate::khmer::is_khmer(c) {
            // Khmer has no case and no diacritics to fold.
            let mut buf = [0u8; 4];
            key.push(c.encode_utf8(&mut buf).as_bytes())?;
            continue;
        }
        for lower in c.to_lowercase() {
            if lower.is_ascii() {
                // The Kelvin sign, the dotted capital I: compatibility
                // characters are not read as the ASCII letter they resemble.
                return Err(Unreadable::Character);
            }
            if is_combining_mark(lower) {
                continue;
            }
            let mut buf = [0u8; 4];
            key.push(fold(lower).encode_utf8(&mut buf).as_bytes())?;
        }
    }
    if khmer {
        key.normalize_khmer();
    }
    Ok(key)
}

/// Fast path for text written in Khmer only (Khmer has no case and no
/// accents to fold): the bytes are copied as they are, less the invisible
/// characters, then the prefix and the order of signs are normalized.
/// `None` if the text holds anything else.
fn khmer_only(bytes: &[u8]) -> Option<Result<Key, Unreadable>> {
    let mut key = Key {
        bytes: [0; MAX_KEY],
        len: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        let seq = bytes.get(i..i + 3)?;
        match seq {
            // U+1780 to U+17FF, the Khmer block.
            [0xe1, 0x9e | 0x9f, _] => {
                if key.push(seq).is_err() {
                    return Some(Err(Unreadable::TooLong));
                }
            }
            // Zero-width space, non-joiner, joiner; word joiner; BOM.
            [0xe2, 0x80, 0x8b..=0x8d] | [0xe2, 0x81, 0xa0] | [0xef, 0xbb, 0xbf] => {}
            _ => return None,
        }
        i += 3;
    }
    key.normalize_khmer();
    Some(Ok(key))
}

impl Key {
    /// Khmer text: the prefix ប្រទេស ("country") dropped, and the signs of
    /// each syllable put in Unicode's order (see `khmer::reorder_syllables`).
    fn normalize_khmer(&mut self) {
        let Ok(text) = core::str::from_utf8(self.as_bytes()) else {
            return;
        };
        if !text.starts_with(crate::khmer::COUNTRY_PREFIX) && crate::khmer::is_in_order(text) {
            return;
        }
        let text = text
            .strip_prefix(crate::khmer::COUNTRY_PREFIX)
            .filter(|rest| !rest.is_empty())
            .unwrap_or(text)
            .trim_start();
        // At most MAX_KEY characters fit in MAX_KEY bytes.
        let mut chars = ['\0'; MAX_KEY];
        let mut n = 0;
        for c in text.chars() {
            chars[n] = c;
            n += 1;
        }
        crate::khmer::reorder_syllables(&mut chars[..n]);
        self.len = 0;
        for &c in &chars[..n] {
            let mut buf = [0u8; 4];
            // The same characters in another order: they fit again.
            let _ = self.push(c.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// Appends bytes, or fails if the key would grow past [`MAX_KEY`].
    fn push(&mut self, bytes: &[u8]) -> Result<(), Unreadable> {
        let end = self.len + bytes.len();
        if end > MAX_KEY {
            return Err(Unreadable::TooLong);
        }
        self.bytes[self.len..end].copy_from_slice(bytes);
        self.len = end;
        Ok(())
    }

    /// The normalized bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A name normalized as the parser does, for the text finder; `None` if it
/// cannot name a partner (too long, or holding a control character).
pub(crate) fn normalize_key(text: &str) -> Option<Key> {
    normalize(text).ok()
}

/// Whether a country's alpha-3 code is also an organization's acronym
/// ("NAM": Namibia, and the Non-Aligned Movement). In people's input and in
/// running text the acronym wins; [`Country::from_alpha3`] still reads the
/// code.
fn code_is_an_acronym(alpha3: &str) -> bool {
    Organization::iter().any(|o| o.profile().acronym.eq_ignore_ascii_case(alpha3))
}

/// A country's letter codes that the lenient parser and the text finder
/// read: alpha-2 always, alpha-3 unless an organization's acronym is spelled
/// the same.
fn lenient_codes(p: &'static crate::CountryProfile) -> impl Iterator<Item = &'static str> {
    core::iter::once(p.alpha2).chain((!code_is_an_acronym(p.alpha3)).then_some(p.alpha3))
}

/// Calls `f` with every name, alias, acronym and ISO letter code of every
/// partner, as the profiles write them: what a text can mention.
pub(crate) fn for_each_text_name(mut f: impl FnMut(&'static str, Partner)) {
    for c in Country::iter() {
        let p = c.profile();
        let names = [
            p.short_name_en,
            p.official_name_en,
            p.short_name_fr,
            p.official_name_fr,
        ];
        for name in names
            .into_iter()
            .chain(lenient_codes(p))
            .chain(p.aliases.iter().copied())
            .chain(c.khmer().forms())
        {
            f(name, Partner::Country(c));
        }
    }
    for o in Organization::iter() {
        let p = o.profile();
        for name in [p.acronym, p.name_en, p.name_fr]
            .into_iter()
            .chain(p.aliases.iter().copied())
            .chain(o.khmer().into_iter().flat_map(|k| k.forms()))
        {
            f(name, Partner::Organization(o));
        }
    }
}

/// Calls `f` with every name, code and alias of every partner, as written in
/// the profiles (plus the numeric code and the id with spaces).
#[cfg(test)]
fn for_each_name(mut f: impl FnMut(&str, Partner)) {
    let mut buf = String::new();
    for c in Country::iter() {
        let p = c.profile();
        let partner = Partner::Country(c);
        for name in [
            p.short_name_en,
            p.official_name_en,
            p.short_name_fr,
            p.official_name_fr,
            c.id(),
        ]
        .into_iter()
        .chain(lenient_codes(p))
        .chain(p.aliases.iter().copied())
        .chain(c.khmer().forms())
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
            .chain(o.khmer().into_iter().flat_map(|k| k.forms()))
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

/// The slot of a short key in the static table: the splitmix64 finalizer.
const fn short_hash(key: u64) -> u64 {
    let mut x = key;
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The slot of a long key in the static table: FNV-1a.
fn long_hash(key: &[u8]) -> u64 {
    // Eight bytes at a time (a Khmer name is 20 to 100 bytes), then the
    // short keys' mixer.
    let mut hash = 0xcbf2_9ce4_8422_2325_u64 ^ key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    let mut word = [0u8; 8];
    for chunk in &mut chunks {
        word.copy_from_slice(chunk);
        hash = (hash ^ u64::from_le_bytes(word))
            .wrapping_mul(0x0100_0000_01b3)
            .rotate_left(29);
    }
    let rest = chunks.remainder();
    word = [0; 8];
    word[..rest.len()].copy_from_slice(rest);
    short_hash(hash ^ u64::from_le_bytes(word))
}

/// Lays entries out as an open-addressing table (linear probing) of a
/// power-of-two size at least twice their number; `None` marks an empty slot.
#[cfg(test)]
fn hash_layout<K: Clone>(
    entries: &[(K, Partner)],
    hash: impl Fn(&K) -> u64,
) -> Vec<Option<(K, Partner)>> {
    let size = (entries.len() * 2).next_power_of_two();
    let mask = size - 1;
    let mut slots = vec![None; size];
    for (key, partner) in entries {
        let mut i = (hash(key) as usize) & mask;
        while slots[i].is_some() {
            i = (i + 1) & mask;
        }
        slots[i] = Some((key.clone(), *partner));
    }
    slots
}

/// The name index as the data builds it: sorted keys, and the keys that
/// named two partners (which the data tests require to be empty). The
/// parser does not build it at run time: it reads the same entries from the
/// checked-in static table in `name_table.rs`, which a test keeps equal to
/// this (`BLESS=1 cargo test --lib name_table` rewrites it).
#[cfg(test)]
pub(crate) struct NameIndex {
    /// Keys of at most eight bytes (codes, acronyms, short names), packed
    /// into a `u64`, sorted.
    pub(crate) short: Vec<(u64, Partner)>,
    /// Longer keys, sorted by their bytes.
    pub(crate) long: Vec<(String, Partner)>,
    pub(crate) ambiguous: Vec<(String, Partner, Partner)>,
}

#[cfg(test)]
pub(crate) fn build_name_index() -> NameIndex {
    let mut short: Vec<(u64, Partner)> = Vec::with_capacity(2048);
    let mut long: Vec<(String, Partner)> = Vec::with_capacity(2048);
    let mut ambiguous = Vec::new();
    for_each_name(|name, partner| {
        let Ok(key) = normalize(name.trim()) else {
            return;
        };
        let key = key.as_bytes();
        if key.is_empty() {
            return;
        }
        if key.len() <= 8 {
            short.push((pack(key), partner));
        } else {
            long.push((String::from_utf8_lossy(key).into_owned(), partner));
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
    long.sort_unstable();
    long.dedup();
    for w in long.windows(2) {
        if w[0].0 == w[1].0 {
            ambiguous.push((w[0].0.clone(), w[0].1, w[1].1));
        }
    }
    long.dedup_by(|a, b| a.0 == b.0);
    NameIndex {
        short,
        long,
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

#[cfg(test)]
impl NameIndex {
    /// The index as the Rust source of `name_table.rs`.
    pub(crate) fn render(&self) -> String {
        use core::fmt::Write as _;
        let partner = |p: &Partner| match p {
            Partner::Country(c) => format!("Partner::Country(Country::{c:?})"),
            Partner::Organization(o) => format!("Partner::Organization(Organization::{o:?})"),
        };
        let mut out = String::from(
            "// Generated by `BLESS=1 cargo test --lib name_table` from the names, codes and\n\
             // aliases of the profiles, normalized as the parser normalizes input. Do not edit:\n\
             // a test fails when it no longer matches the data.\n\n\
             use super::{Country, Organization, Partner};\n\n",
        );
        // An empty slot: key 0 (no key packs to 0) or "" (no key is empty),
        // with any partner.
        let empty = "Partner::Country(Country::Australia)";
        let short = hash_layout(&self.short, |k| short_hash(*k));
        let _ = writeln!(
            out,
            "/// Keys of at most eight bytes, packed big-endian into a `u64`, in an\n\
             /// open-addressing table (splitmix64, linear probing); key 0 marks an\n\
             /// empty slot.\n\
             pub(crate) static SHORT_KEYS: [(u64, Partner); {}] = [",
            short.len()
        );
        for slot in &short {
            let _ = match slot {
                Some((key, p)) => writeln!(out, "    ({key:#018x}, {}),", partner(p)),
                None => writeln!(out, "    (0, {empty}),"),
            };
        }
        let long = hash_layout(&self.long, |k| long_hash(k.as_bytes()));
        let _ = writeln!(
            out,
            "];\n\n/// Longer keys in an open-addressing table (FNV-1a, linear probing);\n\
             /// \"\" marks an empty slot.\n\
             pub(crate) static LONG_KEYS: [(&str, Partner); {}] = [",
            long.len()
        );
        for slot in &long {
            let _ = match slot {
                Some((key, p)) => writeln!(out, "    ({key:?}, {}),", partner(p)),
                None => writeln!(out, "    (\"\", {empty}),"),
            };
        }
        out.push_str("];\n");
        out
    }
}

/// Looks up a partner by any name, code or alias, without allocating.
pub(crate) fn lookup(text: &str) -> Result<Partner, ParsePartnerErrorKind> {
    let trimmed = text.trim();
    // Fastest path: two or three ASCII letters that are a country's ISO code
    // in any case, read from the code tables (an array index, no hashing).
    // The name index holds the same codes for the same countries, so this
    // only skips the hash probe.
    let bytes = trimmed.as_bytes();
    if (bytes.len() == 2 || bytes.len() == 3) && bytes.iter().all(u8::is_ascii_alphabetic) {
        let mut upper = [0u8; 3];
        for (slot, b) in upper.iter_mut().zip(bytes) {
            *slot = b.to_ascii_uppercase();
        }
        let tables = &*CODES;
        let found = letters_index(&upper[..bytes.len()]).and_then(|i| {
            if bytes.len() == 2 {
                tables.alpha2[i]
            } else {
                tables.lenient_alpha3[i]
            }
        });
        if let Some(c) = found {
            return Ok(Partner::Country(c));
        }
    }
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
        return find_short(u64::from_be_bytes(packed))
            .ok_or_else(|| miss(&packed[..trimmed.len()]));
    }
    let key = normalize(trimmed).map_err(|e| match e {
        Unreadable::TooLong => ParsePartnerErrorKind::Unknown,
        Unreadable::Character => ParsePartnerErrorKind::InvalidCharacter,
    })?;
    let key = key.as_bytes();
    let found = if key.len() <= 8 {
        find_short(pack(key))
    } else {
        find_long(key)
    };
    found.ok_or_else(|| miss(key))
}

/// Names and codes of Cambodia itself, normalized: parsing one of them is
/// an error of its own kind, not an unknown name.
const CAMBODIA: &[&[u8]] = &[
    b"cambodia",
    b"kh",
    b"khm",
    b"116",
    b"kingdom of cambodia",
    b"cambodge",
    b"royaume du cambodge",
    b"kampuchea",
    "កម្ពុជា".as_bytes(),
    "ព្រះរាជាណាចក្រកម្ពុជា".as_bytes(),
];

/// The error kind for a normalized key that names no partner.
fn miss(key: &[u8]) -> ParsePartnerErrorKind {
    if CAMBODIA.contains(&key) {
        ParsePartnerErrorKind::Cambodia
    } else {
        ParsePartnerErrorKind::Unknown
    }
}

/// Looks a packed short key up in the static table.
fn find_short(packed: u64) -> Option<Partner> {
    if packed == 0 {
        // The empty key, which marks an empty slot: no name is empty.
        return None;
    }
    let mask = SHORT_KEYS.len() - 1;
    let mut i = (short_hash(packed) as usize) & mask;
    loop {
        let (key, partner) = SHORT_KEYS[i];
        if key == packed {
            return Some(partner);
        }
        if key == 0 {
            return None;
        }
        i = (i + 1) & mask;
    }
}

/// Looks a long key up in the static table.
fn find_long(wanted: &[u8]) -> Option<Partner> {
    if wanted.is_empty() {
        return None;
    }
    let mask = LONG_KEYS.len() - 1;
    let mut i = (long_hash(wanted) as usize) & mask;
    loop {
        let (key, partner) = LONG_KEYS[i];
        if key.as_bytes() == wanted {
            return Some(partner);
        }
        if key.is_empty() {
            return None;
        }
        i = (i + 1) & mask;
    }
}

impl FromStr for Partner {
    type Err = ParsePartnerError;

    /// Reads any code, name or alias, leniently: see [`Partner`] for the
    /// rules, and [`Country::from_alpha2`] and its siblings for strict,
    /// exact-case code lookups.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        lookup(s).map_err(|kind| ParsePartnerError::new(kind, s))
    }
}

impl FromStr for Country {
    type Err = ParsePartnerError;

    /// Reads any code, name or alias of a country, leniently (see
    /// [`Partner`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match lookup(s) {
            Ok(Partner::Country(c)) => Ok(c),
            Ok(Partner::Organization(_)) => Err(ParsePartnerError::new(
                ParsePartnerErrorKind::NotACountry,
                s,
            )),
            Err(kind) => Err(ParsePartnerError::new(kind, s)),
        }
    }
}

impl FromStr for Organization {
    type Err = ParsePartnerError;

    /// Reads any acronym, name or alias of an organization, leniently (see
    /// [`Partner`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match lookup(s) {
            Ok(Partner::Organization(o)) => Ok(o),
            Ok(Partner::Country(_)) => Err(ParsePartnerError::new(
                ParsePartnerErrorKind::NotAnOrganization,
                s,
            )),
            Err(kind) => Err(ParsePartnerError::new(kind, s)),
        }
    }
}

/// Exact-case code tables for the strict constructors: an array index per
/// code, no hashing.
pub(crate) struct CodeTables {
    alpha2: [Option<Country>; 26 * 26],
    alpha3: Box<[Option<Country>; 26 * 26 * 26]>,
    /// `alpha3` without the codes spelled like an organization's acronym,
    /// which the lenient parser reads as the organization.
    lenient_alpha3: Box<[Option<Country>; 26 * 26 * 26]>,
    numeric: [Option<Country>; 1000],
}

pub(crate) static CODES: Lazy<CodeTables> = Lazy::new(|| {
    let mut tables = CodeTables {
        alpha2: [None; 26 * 26],
        alpha3: Box::new([None; 26 * 26 * 26]),
        lenient_alpha3: Box::new([None; 26 * 26 * 26]),
        numeric: [None; 1000],
    };
    for c in Country::iter() {
        let p = c.profile();
        if let Some(i) = letters_index(p.alpha2.as_bytes()) {
            tables.alpha2[i] = Some(c);
        }
        if let Some(i) = letters_index(p.alpha3.as_bytes()) {
            tables.alpha3[i] = Some(c);
            if !code_is_an_acronym(p.alpha3) {
                tables.lenient_alpha3[i] = Some(c);
            }
        }
        if let Some(slot) = tables.numeric.get_mut(usize::from(p.numeric)) {
            *slot = Some(c);
        }
    }
    tables
});

/// The table index of a code of upper-case ASCII letters, base 26.
fn letters_index(code: &[u8]) -> Option<usize> {
    code.iter().try_fold(0usize, |acc, &b| {
        b.is_ascii_uppercase()
            .then(|| acc * 26 + usize::from(b - b'A'))
    })
}

/// [`Country::from_alpha2`] and [`Country::from_alpha3`].
pub(crate) fn from_letters(code: &str, len: usize) -> Option<Country> {
    let bytes = code.as_bytes();
    if bytes.len() != len {
        return None;
    }
    let i = letters_index(bytes)?;
    let tables = &*CODES;
    if len == 2 {
        tables.alpha2[i]
    } else {
        tables.alpha3[i]
    }
}

/// [`Country::from_numeric`].
pub(crate) fn from_numeric(code: u16) -> Option<Country> {
    CODES.numeric.get(usize::from(code)).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_or_alias_names_two_partners() {
        let ambiguous = build_name_index().ambiguous;
        assert!(
            ambiguous.is_empty(),
            "names that resolve to two partners: {ambiguous:?}"
        );
    }

    /// The checked-in table is the index the data builds. `BLESS=1` rewrites
    /// it after a data change.
    #[test]
    fn name_table_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/partner/name_table.rs");
        let rendered = build_name_index().render();
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &rendered).expect("write name_table.rs");
            return;
        }
        let current = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            current == rendered,
            "src/partner/name_table.rs is out of date: run `BLESS=1 cargo test --lib name_table`"
        );
    }

    #[test]
    fn normalize_folds_case_accents_and_space() {
        assert_eq!(normalize("États-Unis").unwrap().as_str(), "etats-unis");
        assert_eq!(
            normalize("E\u{301}tats-Unis").unwrap().as_str(),
            "etats-unis"
        );
        assert_eq!(
            normalize("Vie\u{323}\u{302}t Nam").unwrap().as_str(),
            "viet nam"
        );
        assert_eq!(normalize("Việt Nam").unwrap().as_str(), "viet nam");
        assert_eq!(normalize("Lao  PDR").unwrap().as_str(), "lao pdr");
        assert_eq!(normalize(&"x".repeat(200)).err(), Some(Unreadable::TooLong));
        assert_eq!(normalize("us\0").err(), Some(Unreadable::Character));
        assert_eq!(normalize("\u{212a}orea").err(), Some(Unreadable::Character));
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
