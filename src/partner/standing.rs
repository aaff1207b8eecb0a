//! One answer for "where did Cambodia stand with this partner on a day?",
//! whatever kind of partner it is.

use core::fmt;

use crate::{Answer, Evidence, MembershipPeriod, Partner, Question, RelationPeriod, Sources};

/// Where Cambodia stood with a partner on a day: diplomatic relations with a
/// country, membership of an organization. Made by
/// [`Partner::standing_on`]; ask it for the answer, the status in force and
/// the sources without matching on the kind of partner, or print it as a
/// sentence with its citations.
///
/// ```
/// use cambodia_diplomacy::{Answer, Country, NaiveDate, Partner};
///
/// let day = NaiveDate::from_ymd_opt(1967, 1, 1).unwrap();
/// let standing = Partner::from(Country::UnitedStates).standing_on(day);
/// assert_eq!(standing.answer(), Answer::No);
/// assert_eq!(standing.status(), Some("severed"));
/// assert!(standing.to_string().contains("Sources: [1]"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
#[non_exhaustive]
pub enum Standing {
    /// With a country: were diplomatic relations in force?
    Relations(Evidence<RelationPeriod>),
    /// With an organization: was Cambodia a member?
    Membership(Evidence<MembershipPeriod>),
}

impl Standing {
    /// Yes, no or cannot tell: relations in force, or membership proper.
    #[must_use]
    pub const fn answer(&self) -> Answer {
        match self {
            Self::Relations(e) => e.answer,
            Self::Membership(e) => e.answer,
        }
    }

    /// The question answered.
    #[must_use]
    pub const fn question(&self) -> Question {
        match self {
            Self::Relations(e) => e.question,
            Self::Membership(e) => e.question,
        }
    }

    /// The partner asked about.
    #[must_use]
    pub const fn partner(&self) -> Partner {
        self.question().partner
    }

    /// The status of the deciding period ("active", "severed", "member",
    /// "observer"), if a period decided.
    #[must_use]
    pub fn status(&self) -> Option<&'static str> {
        match self {
            Self::Relations(e) => e.period.map(|p| p.status.label()),
            Self::Membership(e) => e.period.map(|p| p.status.label()),
        }
    }

    /// What the answer rests on.
    #[must_use]
    pub const fn sources(&self) -> Sources {
        match self {
            Self::Relations(e) => e.sources,
            Self::Membership(e) => e.sources,
        }
    }
}

impl fmt::Display for Standing {
    /// The evidence as a sentence with its citations.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Relations(e) => e.fmt(f),
            Self::Membership(e) => e.fmt(f),
        }
    }
}
