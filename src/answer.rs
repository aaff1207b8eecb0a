//! Three-valued answers for questions about a date.

/// The answer to a yes-or-no question about a date, where the data may be too
/// coarse to tell (relations "established 1950" asked about 1950-03-01).
///
/// ```
/// use cambodia_diplomacy::Answer;
/// assert_eq!(Answer::Yes.and(Answer::CannotTell), Answer::CannotTell);
/// assert_eq!(Answer::No.and(Answer::CannotTell), Answer::No);
/// assert!(Answer::Yes.is_yes());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
