//! Three-valued answers for questions about a date, and the questions.

use core::fmt;

use chrono::NaiveDate;

use crate::Partner;

/// The answer to a yes-or-no question about a date, where the data may be too
/// coarse to tell (relations "established 1950" asked about 1950-03-01).
///
/// ```
/// use cambodia_diplomacy::Answer;
/// assert_eq!(Answer::Yes.and(Answer::CannotTell), Answer::CannotTell);
/// assert_eq!(Answer::No.and(Answer::CannotTell), Answer::No);
/// assert!(Answer::Yes.is_yes());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Answer {
    /// Certainly yes.
    Yes,
    /// Certainly no.
    No,
    /// The data is not precise enough to tell.
    CannotTell,
}

impl Answer {
    /// Both must hold (Kleene logic): `No` wins, then `CannotTell`.
    #[must_use]
    pub const fn and(self, other: Answer) -> Answer {
        match (self, other) {
            (Answer::No, _) | (_, Answer::No) => Answer::No,
            (Answer::Yes, Answer::Yes) => Answer::Yes,
            _ => Answer::CannotTell,
        }
    }

    /// Either may hold (Kleene logic): `Yes` wins, then `CannotTell`.
    ///
    /// ```
    /// # use cambodia_diplomacy::Answer;
    /// assert_eq!(Answer::CannotTell.or(Answer::Yes), Answer::Yes);
    /// assert_eq!(Answer::No.or(Answer::CannotTell), Answer::CannotTell);
    /// ```
    #[must_use]
    pub const fn or(self, other: Answer) -> Answer {
        match (self, other) {
            (Answer::Yes, _) | (_, Answer::Yes) => Answer::Yes,
            (Answer::No, Answer::No) => Answer::No,
            _ => Answer::CannotTell,
        }
    }

    /// Whether the answer is a certain yes.
    #[must_use]
    pub const fn is_yes(self) -> bool {
        matches!(self, Answer::Yes)
    }
}

/// What a question about a day asks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Asks {
    /// Were diplomatic relations in force?
    RelationsActive,
    /// Which period of relations covers the day?
    RelationPeriod,
    /// Was Cambodia a member?
    Member,
    /// Which period of Cambodia's membership covers the day?
    MembershipPeriod,
}

/// A question about a day: which partner, which day, what is asked. Every
/// [`crate::Evidence`] says which question it answers, and prints it.
///
/// ```
/// use cambodia_diplomacy::{Asks, Country, NaiveDate, Question};
///
/// let day = NaiveDate::from_ymd_opt(1967, 1, 1).unwrap();
/// let question = Question::new(Country::UnitedStates, day, Asks::RelationsActive);
/// assert_eq!(question.to_string(), "Did Cambodia have diplomatic relations with the United States on 1967-01-01?");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Question {
    /// The partner asked about.
    pub partner: Partner,
    /// The day asked about.
    pub day: NaiveDate,
    /// What is asked.
    pub asks: Asks,
}

impl Question {
    /// A question.
    #[must_use]
    pub fn new(partner: impl Into<Partner>, day: NaiveDate, asks: Asks) -> Self {
        Self {
            partner: partner.into(),
            day,
            asks,
        }
    }
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, day) = (self.partner.name_in_sentence(), self.day);
        match self.asks {
            Asks::RelationsActive => {
                write!(
                    f,
                    "Did Cambodia have diplomatic relations with {p} on {day}?"
                )
            }
            Asks::RelationPeriod => {
                write!(
                    f,
                    "Which period of Cambodia's relations with {p} covers {day}?"
                )
            }
            Asks::Member => write!(f, "Was Cambodia a member of {p} on {day}?"),
            Asks::MembershipPeriod => {
                write!(
                    f,
                    "Which period of Cambodia's membership of {p} covers {day}?"
                )
            }
        }
    }
}
