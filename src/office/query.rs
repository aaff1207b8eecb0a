//! Queries over office holders.

use chrono::NaiveDate;

use super::model::{Office, OfficeHolder, OfficeRecord};
use crate::{Answer, Partner, data};

/// Every office holder, grouped by partner (programme countries in
/// [`crate::Country`] order, then organizations), then office, then start.
///
/// ```
/// use cambodia_diplomacy::office_holders;
/// assert!(office_holders().all(|h| !h.sources.is_empty()));
/// ```
pub fn office_holders() -> impl ExactSizeIterator<Item = &'static OfficeHolder> + Clone {
    data::office_holders::HOLDERS.iter()
}

/// One partner's office holders, every office, each office's holders in
/// order of taking office.
///
/// ```
/// use cambodia_diplomacy::{Office, Organization, office_holders_of};
///
/// let un = office_holders_of(Organization::UnitedNations);
/// let names: Vec<_> = un.map(|h| h.name).collect();
/// assert!(names.contains(&"Kofi Annan"));
/// assert!(names.iter().position(|n| *n == "Kofi Annan") < names.iter().position(|n| *n == "Ban Ki-moon"));
/// ```
pub fn office_holders_of(
    partner: impl Into<Partner>,
) -> impl Iterator<Item = &'static OfficeHolder> + Clone {
    let partner = partner.into();
    office_holders().filter(move |h| h.partner == partner)
}

/// What each list of office holders covers.
///
/// ```
/// use cambodia_diplomacy::office_records;
/// assert!(office_records().all(|r| !r.title.is_empty() && !r.sources.is_empty()));
/// ```
pub fn office_records() -> impl ExactSizeIterator<Item = &'static OfficeRecord> + Clone {
    data::office_holders::RECORDS.iter()
}

/// Who held an office on a day: the holder who certainly held it (on the day
/// of a handover, the incoming one), or, where the dates known are too
/// coarse to tell, the latest who possibly did.
/// A combined head of state and government answers for either office.
///
/// `None` where the data cannot answer: the partner has no list for that
/// office, the day is outside the span the list claims complete (before
/// its first day, after the date its sources are current to), or nobody is
/// listed for it.
///
/// ```
/// use cambodia_diplomacy::{Country, NaiveDate, Office, office_holder_on};
///
/// let day = NaiveDate::from_ymd_opt(2015, 6, 1).unwrap();
/// let pm = office_holder_on(Country::Japan, Office::HeadOfGovernment, day).unwrap();
/// assert_eq!(pm.name, "Shinzo Abe");
/// // The US president heads both the state and the government.
/// let us = office_holder_on(Country::UnitedStates, Office::HeadOfGovernment, day).unwrap();
/// assert_eq!(us.name, "Barack Obama");
/// // Before the span the lists claim complete, the crate does not answer.
/// let early = NaiveDate::from_ymd_opt(1980, 1, 1).unwrap();
/// assert!(office_holder_on(Country::Japan, Office::HeadOfGovernment, early).is_none());
/// ```
#[must_use]
pub fn office_holder_on(
    partner: impl Into<Partner>,
    office: Office,
    day: NaiveDate,
) -> Option<&'static OfficeHolder> {
    let partner = partner.into();
    let covered = office_records()
        .any(|r| r.partner == partner && r.office.answers_for(office) && r.covers(day));
    if !covered {
        return None;
    }
    // One pass: the latest-starting holder who certainly held the office
    // (on a handover day, the incoming one), else the latest who possibly did.
    let (mut certain, mut possible): (
        Option<&'static OfficeHolder>,
        Option<&'static OfficeHolder>,
    ) = (None, None);
    for holder in office_holders_of(partner).filter(|h| h.office.answers_for(office)) {
        let slot = match holder.held_on(day) {
            Answer::Yes => &mut certain,
            Answer::CannotTell => &mut possible,
            Answer::No => continue,
        };
        if slot.is_none_or(|best| holder.start >= best.start) {
            *slot = Some(holder);
        }
    }
    certain.or(possible)
}
