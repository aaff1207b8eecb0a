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

/// Text that names no partner, or a partner of the wrong kind.
///
/// ```
/// use cambodia_diplomacy::{Country, Organization, ParsePartnerError, Partner};
///
/// let err = "ASEAN".parse::<Country>().unwrap_err();
/// assert!(matches!(err, ParsePartnerError::NotACountry { .. }));
/// assert!(matches!("Laos".parse::<Organization>(), Err(ParsePartnerError::NotAnOrganization { .. })));
/// assert!(matches!("Atlantis".parse::<Partner>(), Err(ParsePartnerError::Unknown { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParsePartnerError {
    /// No country or organization has this name, code or alias.
    #[error(
        "unknown partner {input:?}: not a name, code or alias of any country or organization in the dataset"
    )]
    Unknown {
        /// The text that was given.
        input: String,
    },
    /// The text names an organization where a country was expected.
    #[error("{input:?} names an organization, not a country")]
    NotACountry {
        /// The text that was given.
        input: String,
    },
    /// The text names a country where an organization was expected.
    #[error("{input:?} names a country, not an organization")]
    NotAnOrganization {
        /// The text that was given.
        input: String,
    },
}

impl ParsePartnerError {
    /// The text that was given, whatever the kind of error.
    ///
    /// ```
    /// # use cambodia_diplomacy::Country;
    /// assert_eq!("Atlantis".parse::<Country>().unwrap_err().input(), "Atlantis");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        match self {
            Self::Unknown { input }
            | Self::NotACountry { input }
            | Self::NotAnOrganization { input } => input,
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
/// assert_eq!((err.kind, err.input.as_str()), ("principle", "neutrality"));
/// assert_eq!(err.to_string(), r#"unknown principle "neutrality""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {kind} {input:?}")]
pub struct ParseIdError {
    /// What was being parsed, for example "principle".
    pub kind: &'static str,
    /// The text that was given.
    pub input: String,
}
