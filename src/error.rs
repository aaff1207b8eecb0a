//! The error types of the crate: every parser names the input it rejected.

use thiserror::Error;

/// Text that is not a date in the EDTF forms this crate reads
/// (`1950`, `1999-04`, `1956-05-13`, with an optional `~` or `?`).
///
/// ```
/// use cambodia_diplomacy::HistDate;
///
/// let err = "1999-02-30".parse::<HistDate>().unwrap_err();
/// assert_eq!(err.input, "1999-02-30");
/// assert_eq!(err.reason, "no such day");
/// assert_eq!(err.to_string(), r#"invalid date "1999-02-30": no such day"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid date {input:?}: {reason}")]
pub struct ParseDateError {
    /// The text that was given.
    pub input: String,
    /// What was wrong with it.
    pub reason: &'static str,
}

impl ParseDateError {
    pub(crate) fn new(input: &str, reason: &'static str) -> Self {
        Self {
            input: input.to_owned(),
            reason,
        }
    }
}

/// The most characters of a rejected input that an error keeps and prints.
///
/// A megabyte of input gives a short message: the first `ECHO_LIMIT`
/// characters, then `…`.
pub const ECHO_LIMIT: usize = 64;

/// The input as an error keeps it: at most [`ECHO_LIMIT`] characters, cut
/// on a character boundary and marked with `…` when cut.
pub(crate) fn echo(input: &str) -> Box<str> {
    match input.char_indices().nth(ECHO_LIMIT) {
        None => input.into(),
        Some((cut, _)) => format!("{}…", &input[..cut]).into_boxed_str(),
    }
}

/// What was wrong with text given as a partner.
///
/// ```
/// use cambodia_diplomacy::{Country, ParsePartnerErrorKind};
///
/// assert_eq!("ASEAN".parse::<Country>().unwrap_err().kind(), ParsePartnerErrorKind::NotACountry);
/// assert_eq!("KH".parse::<Country>().unwrap_err().kind(), ParsePartnerErrorKind::Cambodia);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParsePartnerErrorKind {
    /// No country or organization has this name, code or alias.
    Unknown,
    /// The text names an organization where a country was expected.
    NotACountry,
    /// The text names a country where an organization was expected.
    NotAnOrganization,
    /// The text names Cambodia itself, which is not its own partner.
    Cambodia,
    /// The text holds a character no name has: a NUL or another control
    /// character.
    InvalidCharacter,
}

/// Text that names no partner, or a partner of the wrong kind.
///
/// The error keeps at most [`ECHO_LIMIT`] characters of the input.
///
/// ```
/// use cambodia_diplomacy::{Country, Organization, ParsePartnerErrorKind, Partner};
///
/// let err = "ASEAN".parse::<Country>().unwrap_err();
/// assert_eq!(err.kind(), ParsePartnerErrorKind::NotACountry);
/// assert_eq!(err.input(), "ASEAN");
/// assert_eq!(err.to_string(), r#""ASEAN" names an organization, not a country"#);
/// assert_eq!("Laos".parse::<Organization>().unwrap_err().kind(), ParsePartnerErrorKind::NotAnOrganization);
/// assert_eq!("Atlantis".parse::<Partner>().unwrap_err().kind(), ParsePartnerErrorKind::Unknown);
/// let long = "x".repeat(1_000_000);
/// assert!(long.parse::<Partner>().unwrap_err().to_string().len() < 200);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.message())]
pub struct ParsePartnerError {
    kind: ParsePartnerErrorKind,
    input: Box<str>,
}

impl ParsePartnerError {
    pub(crate) fn new(kind: ParsePartnerErrorKind, input: &str) -> Self {
        Self {
            kind,
            input: echo(input),
        }
    }

    /// What was wrong.
    #[must_use]
    pub const fn kind(&self) -> ParsePartnerErrorKind {
        self.kind
    }

    /// The text that was given, cut to [`ECHO_LIMIT`] characters.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!("Atlantis".parse::<Country>().unwrap_err().input(), "Atlantis");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    fn message(&self) -> String {
        let input = &self.input;
        match self.kind {
            ParsePartnerErrorKind::Unknown => format!(
                "unknown partner {input:?}: not a name, code or alias of any country or organization in the dataset"
            ),
            ParsePartnerErrorKind::NotACountry => {
                format!("{input:?} names an organization, not a country")
            }
            ParsePartnerErrorKind::NotAnOrganization => {
                format!("{input:?} names a country, not an organization")
            }
            ParsePartnerErrorKind::Cambodia => format!(
                "{input:?} names Cambodia itself: the dataset describes Cambodia's partners, and Cambodia is not one of them"
            ),
            ParsePartnerErrorKind::InvalidCharacter => {
                format!("{input:?} holds a control character (such as NUL) that no name has")
            }
        }
    }
}

/// Text that is not the identifier of a value of a closed set (a principle, a
/// policy task, an event kind, ...).
///
/// ```
/// use cambodia_diplomacy::Principle;
///
/// let err = "neutrality".parse::<Principle>().unwrap_err();
/// assert_eq!((err.kind(), err.input()), ("principle", "neutrality"));
/// assert_eq!(err.to_string(), r#"unknown principle "neutrality""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {kind} {input:?}")]
pub struct ParseIdError {
    kind: &'static str,
    input: Box<str>,
}

impl ParseIdError {
    pub(crate) fn new(kind: &'static str, input: &str) -> Self {
        Self {
            kind,
            input: echo(input),
        }
    }

    /// What was being parsed, for example "principle".
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        self.kind
    }

    /// The text that was given, cut to [`ECHO_LIMIT`] characters.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}
