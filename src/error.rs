//! The error types of the crate: every parser names the input it rejected.

use std::borrow::Cow;

use thiserror::Error;

/// Text that is not a date in the forms [`HistDate`](crate::HistDate) reads
/// (the table in its documentation: `1950`, `1999-04`, `1956-05-13`, `-0044`,
/// `Y10000`, each with an optional `~` or `?`).
///
/// It says what was wrong ([`ParseDateError::kind`]) and keeps the text given
/// ([`ParseDateError::input`]), or only its first [`ECHO_LIMIT`] characters
/// followed by `…` when it is longer, so an error about a megabyte of text
/// stays short.
///
/// ```
/// use cambodia_diplomacy::{HistDate, ParseDateErrorKind};
///
/// let err = "1977-13-01".parse::<HistDate>().unwrap_err();
/// assert_eq!(err.kind(), ParseDateErrorKind::BadMonth);
/// assert_eq!(err.input(), "1977-13-01");
/// assert_eq!(err.to_string(), r#"invalid date "1977-13-01": month 13 is not 01 to 12"#);
///
/// let err = "1999-02-30".parse::<HistDate>().unwrap_err();
/// assert_eq!(err.kind(), ParseDateErrorKind::BadDay);
/// assert_eq!(err.to_string(), r#"invalid date "1999-02-30": there is no day 30 in 1999-02, which has 28 days"#);
///
/// let long = "9".repeat(1_000_000);
/// let err = long.parse::<HistDate>().unwrap_err();
/// assert_eq!(err.input(), format!("{}…", "9".repeat(64)));
/// assert!(err.to_string().len() < 200);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid date {input:?}: {reason}")]
pub struct ParseDateError {
    /// The text given, cut to [`ECHO_LIMIT`] characters.
    input: Box<str>,
    kind: ParseDateErrorKind,
    /// What was wrong, in words.
    reason: Cow<'static, str>,
}

impl ParseDateError {
    pub(crate) fn new(
        input: &str,
        kind: ParseDateErrorKind,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self {
            input: echo(input),
            kind,
            reason: reason.into(),
        }
    }

    /// The text that was given: all of it when it has at most
    /// [`ECHO_LIMIT`] characters, or else that many characters followed by
    /// `…`.
    ///
    /// ```
    /// # use cambodia_diplomacy::HistDate;
    /// assert_eq!("1950-1".parse::<HistDate>().unwrap_err().input(), "1950-1");
    /// let long = "ក".repeat(100);
    /// let kept = long.parse::<HistDate>().unwrap_err().input().to_owned();
    /// assert_eq!(kept, format!("{}…", "ក".repeat(64)));
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }

    /// What was wrong with the text.
    ///
    /// ```
    /// # use cambodia_diplomacy::{EdtfFeature, HistDate, ParseDateErrorKind};
    /// let kind = |text: &str| text.parse::<HistDate>().unwrap_err().kind();
    /// assert_eq!(kind("Y1950"), ParseDateErrorKind::NonCanonical);
    /// assert_eq!(kind("1964/2008"), ParseDateErrorKind::Unsupported(EdtfFeature::Interval));
    /// ```
    #[must_use]
    pub fn kind(&self) -> ParseDateErrorKind {
        self.kind
    }
}

/// What was wrong with text that is not a [`HistDate`](crate::HistDate):
/// returned by [`ParseDateError::kind`].
///
/// The table in the documentation of [`HistDate`](crate::HistDate) gives an
/// example of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseDateErrorKind {
    /// Nothing but white space.
    Empty,
    /// Not shaped like a date: a character that has no place there, a part
    /// missing or one too many, a year, month or day with the wrong number
    /// of digits (`195`, `1999-4`, `19a9`, `1999-04-01-02`, `1999~?`).
    Syntax,
    /// A date written in a form EDTF does not use for it: the `Y` prefix on a
    /// year of four digits or fewer (`Y1950`, `Y0`), a leading zero after `Y`
    /// (`Y010000`), a year of five digits or more without `Y` (`10000`), or
    /// `-0000` for year zero.
    NonCanonical,
    /// A year outside [`MIN_YEAR`](crate::MIN_YEAR) to
    /// [`MAX_YEAR`](crate::MAX_YEAR) (`Y300000`).
    BadYear,
    /// A month that is not `01` to `12` (`1999-13`, `1977-13-01`, `1999-00`).
    BadMonth,
    /// A day that the month does not have (`1999-02-30`, `1999-04-31`,
    /// `1999-04-00`).
    BadDay,
    /// A valid EDTF form that this crate does not read (`1964/2008`, `201X`).
    Unsupported(EdtfFeature),
}

/// A feature of EDTF (ISO 8601-2) that [`HistDate`](crate::HistDate) does not
/// read: a [`ParseDateErrorKind::Unsupported`] error names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EdtfFeature {
    /// A date and time (level 0): `1985-04-12T23:20:30`.
    DateTime,
    /// An interval (levels 0 and 1): `1964/2008`, `1985-04/..`. An event's
    /// span is an [`EventDate`](crate::EventDate) with two dates instead.
    Interval,
    /// A season (level 1: `2001-21` to `2001-24`; level 2: `25` to `41`).
    Season,
    /// Digits left unspecified with `X` (level 1): `201X`, `1985-04-XX`.
    UnspecifiedDigits,
    /// Both approximate and uncertain, `%` (level 1): `1950%`.
    ApproximateAndUncertain,
    /// A qualifier on one part of a date, or before it (level 2):
    /// `2004-06~-11`, `?2004-06`.
    QualifiedPart,
    /// An exponential year or significant digits (level 2): `Y-17E7`,
    /// `1950S2`.
    ExponentOrSignificantDigits,
    /// A set of dates (level 2): `[1667,1668]`, `{1960,1961}`.
    Set,
}

impl EdtfFeature {
    /// What the feature is called, for messages.
    fn name(self) -> &'static str {
        match self {
            Self::DateTime => "a date and time (EDTF level 0)",
            Self::Interval => "an interval (EDTF levels 0 and 1)",
            Self::Season => "a season (EDTF levels 1 and 2)",
            Self::UnspecifiedDigits => "unspecified digits X (EDTF level 1)",
            Self::ApproximateAndUncertain => "the qualifier % (EDTF level 1)",
            Self::QualifiedPart => "a qualifier on part of a date (EDTF level 2)",
            Self::ExponentOrSignificantDigits => {
                "an exponential year or significant digits (EDTF level 2)"
            }
            Self::Set => "a set of dates (EDTF level 2)",
        }
    }

    /// The reason given by an error that names the feature.
    pub(crate) fn unsupported(self) -> String {
        format!("{} is not supported", self.name())
    }
}

/// A [`HistDate`](crate::HistDate) that is not one calendar day, so it does
/// not convert to a [`chrono::NaiveDate`]: it is known only to the month or
/// the year, or it is marked approximate or uncertain.
///
/// ```
/// use cambodia_diplomacy::HistDate;
/// use chrono::NaiveDate;
///
/// let err = NaiveDate::try_from(HistDate::month(1999, 4)).unwrap_err();
/// assert_eq!(err.date(), HistDate::month(1999, 4));
/// assert_eq!(err.to_string(), "1999-04 is not one exact calendar day: it is known only to the month");
/// let err = NaiveDate::try_from(HistDate::day(1999, 4, 30).approximate()).unwrap_err();
/// assert_eq!(err.to_string(), "1999-04-30~ is not one exact calendar day: it is approximate");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[error("{date} is not one exact calendar day: {}", self.why())]
pub struct NotADayError {
    date: crate::HistDate,
}

impl NotADayError {
    pub(crate) const fn new(date: crate::HistDate) -> Self {
        Self { date }
    }

    /// The date that did not convert.
    #[must_use]
    pub const fn date(&self) -> crate::HistDate {
        self.date
    }

    fn why(&self) -> &'static str {
        use crate::{Certainty, Precision};
        match self.date.precision() {
            Precision::Year => "it is known only to the year",
            Precision::Month => "it is known only to the month",
            // Only built for a day that is approximate or uncertain.
            Precision::Day if self.date.certainty() == Certainty::Approximate => {
                "it is approximate"
            }
            Precision::Day => "it is uncertain",
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
