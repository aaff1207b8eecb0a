//! Short names for the data tables, so that a record reads like a form.
//!
//! Dates: `day(1956, 5, 13)`, `month(1999, 4)`, `year(1950)`, and
//! `.approximate()` / `.uncertain()` on any of them. An impossible date is a
//! compile error.

#![allow(unused_imports, dead_code)]

pub(crate) use crate::event::kind::{
    Deployment, Direction, EventKind, Level, SummitRole, UnVote, Vote, VoteTotals,
};
pub(crate) use crate::event::model::{Event, EventDate};
pub(crate) use crate::membership::{
    CountryMember, Membership, MembershipPeriod, MembershipStatus, Role,
};
pub(crate) use crate::period::{Claims, DateClaim, PeriodEnd};
pub(crate) use crate::relation::{
    Agreement, AgreementKind, Framework, Mission, MissionDirection, MissionKind, Relation,
    RelationPeriod, RelationStatus,
};
pub(crate) use crate::{
    Country, CountryProfile, Figure, HistDate, IntermediateRegion, Organization,
    OrganizationProfile, Partner, PolicyTask, Principle, Region, RelationType, Source, SourceKind,
    SubRegion,
};

pub(crate) use super::sources::*;

/// A date known to the day.
pub(crate) const fn day(y: i32, m: u8, d: u8) -> HistDate {
    HistDate::day(y, m, d)
}

/// A date known to the month.
pub(crate) const fn month(y: i32, m: u8) -> HistDate {
    HistDate::month(y, m)
}

/// A date known to the year.
pub(crate) const fn year(y: i32) -> HistDate {
    HistDate::year(y)
}

/// The country as a partner of an event.
pub(crate) const fn c(country: Country) -> Partner {
    Partner::Country(country)
}

/// The organization as a partner of an event.
pub(crate) const fn o(organization: Organization) -> Partner {
    Partner::Organization(organization)
}

/// The date the data was last reviewed, for periods still ongoing.
pub(crate) const REVIEWED: HistDate = crate::DATA_REVIEWED;

/// Still going on at the last review.
pub(crate) const ONGOING: PeriodEnd = PeriodEnd::OngoingAsOf(REVIEWED);
