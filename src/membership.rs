//! Cambodia's place in international organizations: periods of membership,
//! roles held, and which of the partner countries are members too.

use chrono::NaiveDate;

use crate::period::{Claims, Evidence, Period, PeriodEnd, holds_on, period_covers, period_on};
use crate::{Answer, Asks, Country, HistDate, Organization, Question, Sources, data};

/// Cambodia's standing in an organization during a period.
///
/// ```
/// use cambodia_diplomacy::{MembershipStatus, Organization};
/// use chrono::NaiveDate;
///
/// // ASEAN put off Cambodia's entry in July 1997.
/// let day = NaiveDate::from_ymd_opt(1998, 1, 1).unwrap();
/// let period = Organization::Asean.membership().period_on(day).period.unwrap();
/// assert_eq!(period.status, MembershipStatus::AdmissionPostponed);
/// assert!(!period.status.is_member());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MembershipStatus {
    /// A member from the organization's founding.
    FoundingMember,
    /// A full member.
    Member,
    /// An observer.
    Observer,
    /// A partner under a cooperation agreement (the EU), not a member.
    CooperationPartner,
    /// A member whose seat was held by a rival government or left vacant.
    SeatContested,
    /// Admission agreed but put off.
    AdmissionPostponed,
}

impl MembershipStatus {
    /// Whether the status is membership proper (founding, full, or with the
    /// seat contested).
    ///
    /// ```
    /// # use cambodia_diplomacy::MembershipStatus;
    /// assert!(MembershipStatus::SeatContested.is_member());
    /// assert!(!MembershipStatus::Observer.is_member());
    /// ```
    #[must_use]
    pub const fn is_member(self) -> bool {
        matches!(
            self,
            Self::FoundingMember | Self::Member | Self::SeatContested
        )
    }
}

/// One period of Cambodia's standing in an organization.
///
/// ```
/// use cambodia_diplomacy::{HistDate, MembershipStatus, Organization};
///
/// // Cambodia works with the EU under a cooperation agreement, as a partner.
/// let eu = &Organization::EuropeanUnion.membership().periods[0];
/// assert_eq!(eu.status, MembershipStatus::CooperationPartner);
/// assert_eq!(eu.start.preferred().unwrap().date, HistDate::day(1997, 4, 29));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MembershipPeriod {
    /// Cambodia's standing in the period.
    pub status: MembershipStatus,
    /// When the period started, with every sourced claim.
    pub start: Claims,
    /// How it ended.
    pub end: PeriodEnd,
    /// What happened, in the crate's own words.
    pub note: &'static str,
    /// Where the period is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl MembershipPeriod {
    /// Whether the period covers a day.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Organization};
    /// # use chrono::NaiveDate;
    /// let observer = &Organization::Asean.membership().periods[0]; // from 1995
    /// let day = |y| NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
    /// assert_eq!(observer.covers(day(1995)), Answer::CannotTell);
    /// assert_eq!(observer.covers(day(1996)), Answer::Yes);
    /// ```
    #[must_use]
    pub fn covers(&self, day: NaiveDate) -> Answer {
        period_covers(&self.start, &self.end, day)
    }
}

impl Period for MembershipPeriod {
    fn start(&self) -> &Claims {
        &self.start
    }

    fn end(&self) -> &PeriodEnd {
        &self.end
    }

    fn sources(&self) -> Sources {
        self.sources
    }

    type Status = MembershipStatus;

    fn status(&self) -> MembershipStatus {
        self.status
    }
}

/// A role Cambodia held in an organization (chair, host of a summit).
///
/// ```
/// use cambodia_diplomacy::Organization;
///
/// let roles = Organization::Asean.membership().roles;
/// let chaired = roles.iter().filter(|r| r.title == "ASEAN Chair").map(|r| r.start.year_number());
/// assert_eq!(chaired.collect::<Vec<_>>(), [2002, 2012, 2022]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Role {
    /// The role ("ASEAN Chair", "host of the 12th ASEM Summit").
    pub title: &'static str,
    /// When it started (or the date of the hosted meeting).
    pub start: HistDate,
    /// When it ended, if it spanned a period.
    pub end: Option<HistDate>,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// A partner country's membership of the same organization.
///
/// ```
/// use cambodia_diplomacy::{Country, HistDate, Organization};
///
/// let asean = Organization::Asean.membership();
/// let vietnam = asean.country_members.iter().find(|m| m.country == Country::Vietnam).unwrap();
/// assert_eq!(vietnam.since, Some(HistDate::day(1995, 7, 28)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CountryMember {
    /// The member country.
    pub country: Country,
    /// When it joined, if sourced; `None` means a member today with the
    /// joining date unknown.
    pub since: Option<HistDate>,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// Cambodia's membership history in one organization.
///
/// ```
/// use cambodia_diplomacy::{Answer, Organization};
/// use chrono::NaiveDate;
///
/// let asean = Organization::Asean.membership();
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(asean.is_member_on(day(1999, 5, 1)).answer, Answer::Yes);
/// assert_eq!(asean.is_member_on(day(1998, 12, 31)).answer, Answer::No);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Membership {
    /// The organization.
    #[cfg_attr(feature = "serde", serde(rename = "id"))]
    pub organization: Organization,
    /// Cambodia's standing over time, in order.
    pub periods: &'static [MembershipPeriod],
    /// Roles Cambodia held, in order.
    pub roles: &'static [Role],
    /// Which countries are members (Cambodia aside).
    pub country_members: &'static [CountryMember],
    /// Whether `country_members` lists every member state. When it does
    /// not (most lists name only the programme countries), a country missing
    /// from the list may still be a member, and
    /// [`Membership::country_is_member_on`] cannot tell.
    pub country_members_complete: bool,
    /// What a reader should know that the fields do not say; empty if nothing.
    pub note: &'static str,
    /// Sources for the record as a whole.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Membership {
    /// The period covering a day, with how sure the cover is.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, MembershipStatus, Organization};
    /// # use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(1985, 1, 1).unwrap();
    /// let evidence = Organization::UnitedNations.membership().period_on(day);
    /// assert_eq!(evidence.answer, Answer::Yes);
    /// assert_eq!(evidence.period.unwrap().status, MembershipStatus::SeatContested);
    /// ```
    #[must_use]
    pub fn period_on(&self, day: NaiveDate) -> Evidence<MembershipPeriod> {
        period_on(
            self.periods,
            true,
            self.sources,
            Question::new(self.organization, day, Asks::MembershipPeriod),
        )
    }

    /// Whether Cambodia was a member on a day, with the deciding period.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Organization};
    /// # use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(2005, 1, 1).unwrap();
    /// let wto = Organization::WorldTradeOrganization.membership();
    /// assert_eq!(wto.is_member_on(day).answer, Answer::Yes); // since 13 October 2004
    /// ```
    #[must_use]
    pub fn is_member_on(&self, day: NaiveDate) -> Evidence<MembershipPeriod> {
        holds_on(
            self.periods,
            true,
            self.sources,
            Question::new(self.organization, day, Asks::Member),
            |p| p.status.is_member(),
        )
    }

    /// Whether a country was a member on a day: cannot tell where its
    /// joining date is unknown, or where it is not listed and the list of
    /// members is not complete.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Answer, Country, Organization};
    /// # use chrono::NaiveDate;
    /// let asean = Organization::Asean.membership();
    /// let day = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// assert_eq!(asean.country_is_member_on(Country::Laos, day(1997)), Answer::No);
    /// assert_eq!(asean.country_is_member_on(Country::Laos, day(1998)), Answer::Yes);
    /// assert_eq!(asean.country_is_member_on(Country::Japan, day(1998)), Answer::No);
    /// ```
    #[must_use]
    pub fn country_is_member_on(&self, country: Country, day: NaiveDate) -> Answer {
        self.country_entry_on(country, day).0
    }

    /// The answer of [`Membership::country_is_member_on`], with the member
    /// list's entry for the country if it has one.
    fn country_entry_on(
        &self,
        country: Country,
        day: NaiveDate,
    ) -> (Answer, Option<&'static CountryMember>) {
        let entry = self.country_members.iter().find(|m| m.country == country);
        if day > crate::DATA_REVIEWED_DAY {
            return (Answer::CannotTell, entry);
        }
        let answer = match entry {
            None if self.country_members_complete => Answer::No,
            None => Answer::CannotTell,
            Some(CountryMember { since: None, .. }) => Answer::CannotTell,
            Some(CountryMember {
                since: Some(since), ..
            }) => match since.compare(day) {
                crate::DateRelation::Before | crate::DateRelation::Same => Answer::Yes,
                crate::DateRelation::After => Answer::No,
                crate::DateRelation::CannotTell => Answer::CannotTell,
            },
        };
        (answer, entry)
    }

    /// When Cambodia first joined, if it did.
    ///
    /// ```
    /// # use cambodia_diplomacy::{HistDate, Organization};
    /// let un = Organization::UnitedNations.membership();
    /// assert_eq!(un.joined(), Some(HistDate::day(1955, 12, 14)));
    /// assert_eq!(Organization::EuropeanUnion.membership().joined(), None);
    /// ```
    #[must_use]
    pub fn joined(&self) -> Option<HistDate> {
        self.periods
            .iter()
            .find(|p| p.status.is_member())
            .and_then(|p| p.start.preferred())
            .map(|c| c.date)
    }
}

impl Organization {
    /// Cambodia's membership history in this organization. Total.
    ///
    /// ```
    /// # use cambodia_diplomacy::Organization;
    /// let asean = Organization::Asean.membership();
    /// assert_eq!(asean.organization, Organization::Asean);
    /// ```
    #[must_use]
    pub fn membership(self) -> &'static Membership {
        data::MEMBERSHIPS[self as usize]
    }
}

/// Every membership record, in [`Organization`] order.
///
/// ```
/// use cambodia_diplomacy::{HistDate, Organization, memberships};
/// use strum::EnumCount;
///
/// assert_eq!(memberships().len(), Organization::COUNT);
/// let wto = memberships().find(|m| m.organization == Organization::WorldTradeOrganization);
/// assert_eq!(wto.unwrap().joined(), Some(HistDate::day(2004, 10, 13)));
/// ```
pub fn memberships() -> impl ExactSizeIterator<Item = &'static Membership> + Clone {
    data::MEMBERSHIPS.iter().copied()
}

/// The organizations Cambodia belonged to on a day (answer `Yes` or `CannotTell`).
///
/// ```
/// use cambodia_diplomacy::{Organization, memberships_on};
/// use chrono::NaiveDate;
///
/// let day = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
/// let orgs: Vec<Organization> = memberships_on(day).map(|(org, _)| org).collect();
/// assert!(orgs.contains(&Organization::UnitedNations)); // its seat contested, still a member
/// assert!(!orgs.contains(&Organization::Asean));
/// ```
pub fn memberships_on(
    day: NaiveDate,
) -> impl Iterator<Item = (Organization, Evidence<MembershipPeriod>)> {
    memberships().filter_map(move |m| {
        let e = m.is_member_on(day);
        (e.answer != Answer::No).then_some((m.organization, e))
    })
}

/// The organizations that both Cambodia and `country` belonged to on a day
/// (answer `Yes` or `CannotTell`), each with what the answer rests on.
///
/// ```
/// use cambodia_diplomacy::{shared_memberships_on, Answer, Country, NaiveDate, Organization};
///
/// let day = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
/// let asean = shared_memberships_on(Country::Laos, day)
///     .find(|s| s.organization == Organization::Asean)
///     .unwrap();
/// assert_eq!(asean.answer, Answer::Yes);
/// assert!(!asean.cambodia.sources.is_empty() && !asean.country_sources.is_empty());
/// assert!(asean.to_string().starts_with("Were Cambodia and Laos both members of the Association of Southeast Asian Nations on 2010-01-01? Yes."));
/// ```
pub fn shared_memberships_on(
    country: Country,
    day: NaiveDate,
) -> impl Iterator<Item = SharedMembership> {
    memberships().filter_map(move |m| {
        let cambodia = m.is_member_on(day);
        let (country_answer, entry) = m.country_entry_on(country, day);
        let answer = cambodia.answer.and(country_answer);
        (answer != Answer::No).then_some(SharedMembership {
            organization: m.organization,
            country,
            answer,
            cambodia,
            country_answer,
            country_entry: entry,
            country_sources: entry.map_or(m.sources, |e| e.sources),
        })
    })
}

/// Whether Cambodia and a country were both members of an organization on a
/// day, with the evidence for each side. Made by [`shared_memberships_on`];
/// prints as a sentence with its citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SharedMembership {
    /// The organization.
    pub organization: Organization,
    /// The other country.
    pub country: Country,
    /// Both members: yes, or cannot tell (never no: those are left out).
    pub answer: Answer,
    /// Cambodia's side of the answer.
    pub cambodia: Evidence<MembershipPeriod>,
    /// The country's side of the answer.
    pub country_answer: Answer,
    /// The member list's entry for the country, if the list has one.
    pub country_entry: Option<&'static CountryMember>,
    /// What the country's side rests on: its entry's sources, or the
    /// membership record's when the country is not listed.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::export::full_sources")
    )]
    pub country_sources: Sources,
}

impl core::fmt::Display for SharedMembership {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let org = crate::Partner::from(self.organization).name_in_sentence();
        let country = crate::Partner::from(self.country).name_in_sentence();
        let day = self.cambodia.question.day;
        write!(
            f,
            "Were Cambodia and {country} both members of {org} on {day}? {}.",
            crate::period::capitalized(self.answer)
        )?;
        f.write_str(" Cambodia: ")?;
        match self.cambodia.period {
            Some(period) => crate::period::write_period(period, f)?,
            None => f.write_str("no period covers the day")?,
        }
        write!(f, "; {}: ", self.country.name())?;
        match self.country_entry {
            Some(CountryMember {
                since: Some(since), ..
            }) => write!(f, "member since {since}.")?,
            Some(_) => f.write_str("listed as a member, joining date unknown.")?,
            None => f.write_str("not in the member list, which is incomplete.")?,
        }
        crate::source::write_citations([self.cambodia.sources, self.country_sources], f)
    }
}
