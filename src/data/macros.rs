//! Macros that keep the data tables short.

/// A list of sources: `src![WIKI_RUSSIA, SEED_IRIC]`.
macro_rules! src {
    ($($s:ident),* $(,)?) => { &[$(&$s),*] };
}

/// A date all its sources agree on: `on!(day(1956, 5, 13), [WIKI_RUSSIA])`.
/// For disagreeing sources write the `Claims` by hand with
/// `DateClaim::preferred(..).with_note(..)` and `DateClaim::alternative(..)`.
macro_rules! on {
    ($date:expr, [$($s:ident),* $(,)?]) => {
        Claims(&[DateClaim::preferred($date, &[$(&$s),*])])
    };
}

/// A period end on a date all its sources agree on.
macro_rules! ended {
    ($date:expr, [$($s:ident),* $(,)?]) => {
        PeriodEnd::Ended(on!($date, [$($s),*]))
    };
}

/// Member countries whose joining dates the sources do not give, all cited
/// to the same sources: `undated_members!(SRC_MEMBERS; Australia, Canada)`.
macro_rules! undated_members {
    ($sources:expr; $($country:ident),* $(,)?) => {
        &[$(CountryMember { country: Country::$country, since: None, sources: $sources }),*]
    };
}
