//! Cambodia's own states since independence, and who held its seat at the
//! United Nations.

use chrono::NaiveDate;

use crate::{DateRelation, HistDate, KhmerName, Lang, Sources, data};

/// A name and period of the Cambodian state.
///
/// ```
/// use cambodia_diplomacy::cambodian_state_on;
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(1977, 1, 1).unwrap();
/// assert_eq!(cambodian_state_on(day).unwrap().name_en, "Democratic Kampuchea");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CambodianState {
    /// A stable snake_case identifier.
    pub id: &'static str,
    /// Its name in English.
    pub name_en: &'static str,
    /// Its name in French.
    pub name_fr: &'static str,
    /// When it began.
    pub start: HistDate,
    /// When it ended; `None` for the state of today.
    pub end: Option<HistDate>,
    /// What marked the change, in the crate's own words.
    pub note: &'static str,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// Who held Cambodia's seat at the United Nations during a period.
///
/// ```
/// use cambodia_diplomacy::{HistDate, un_seat_holders};
///
/// let cgdk = un_seat_holders()
///     .find(|h| h.holder == "Coalition Government of Democratic Kampuchea").unwrap();
/// assert_eq!(cgdk.start, HistDate::day(1982, 6, 22));
/// assert!(cgdk.end.is_some() && !cgdk.sources.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UnSeatHolder {
    /// The government or body seated.
    pub holder: &'static str,
    /// When it began to hold the seat.
    pub start: HistDate,
    /// When it stopped; `None` for today.
    pub end: Option<HistDate>,
    /// What happened, in the crate's own words.
    pub note: &'static str,
    /// Where this is documented.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

/// The Cambodian states, in order.
///
/// ```
/// use cambodia_diplomacy::{HistDate, cambodian_states};
///
/// let independence = cambodian_states().next().unwrap();
/// assert_eq!(independence.start, HistDate::day(1953, 11, 9));
/// assert_eq!(cambodian_states().last().unwrap().end, None); // today's Kingdom
/// assert!(cambodian_states().any(|s| s.name_en == "Khmer Republic"));
/// ```
pub fn cambodian_states() -> impl ExactSizeIterator<Item = &'static CambodianState> + Clone {
    data::states::STATES.iter()
}

/// Who held Cambodia's UN seat, in order.
///
/// ```
/// use cambodia_diplomacy::{HistDate, un_seat_holders};
///
/// let admission = un_seat_holders().next().unwrap();
/// assert_eq!(admission.start, HistDate::day(1955, 12, 14));
/// assert_eq!(un_seat_holders().last().unwrap().end, None);
/// ```
pub fn un_seat_holders() -> impl ExactSizeIterator<Item = &'static UnSeatHolder> + Clone {
    data::states::UN_SEAT.iter()
}

fn on<T>(
    items: &'static [T],
    day: NaiveDate,
    span: impl Fn(&T) -> (HistDate, Option<HistDate>),
) -> Option<&'static T> {
    // After the review date the data cannot tell (the crate's one rule).
    if day > crate::DATA_REVIEWED_DAY {
        return None;
    }
    // The last period that certainly or possibly started by that day and did
    // not certainly end before it.
    items.iter().rev().find(|item| {
        let (start, end) = span(item);
        let started = !matches!(start.compare(day), DateRelation::After);
        let ended = end.is_some_and(|e| matches!(e.compare(day), DateRelation::Before));
        started && !ended
    })
}

/// The Cambodian state on a day; `None` before independence, and after the
/// review date ([`crate::DATA_REVIEWED`]), where the data cannot tell. On a
/// day of transition the newer state is returned.
///
/// ```
/// use cambodia_diplomacy::cambodian_state_on;
/// use chrono::NaiveDate;
///
/// let name = |y, m, d| cambodian_state_on(NaiveDate::from_ymd_opt(y, m, d).unwrap()).map(|s| s.name_en);
/// assert_eq!(name(1985, 1, 1), Some("People's Republic of Kampuchea"));
/// assert_eq!(name(1975, 4, 17), Some("Democratic Kampuchea")); // the day of transition
/// assert_eq!(name(1950, 1, 1), None);
/// assert!(cambodian_state_on(cambodia_diplomacy::DATA_REVIEWED_DAY).is_some());
/// assert_eq!(name(2100, 1, 1), None); // after the review date: cannot tell
/// ```
pub fn cambodian_state_on(day: NaiveDate) -> Option<&'static CambodianState> {
    on(data::states::STATES, day, |s| (s.start, s.end))
}

/// Who held Cambodia's UN seat on a day; `None` before admission, while the
/// seat was left vacant (September 1997 to December 1998), and after the
/// review date ([`crate::DATA_REVIEWED`]), where the data cannot tell.
///
/// ```
/// use cambodia_diplomacy::un_seat_holder_on;
/// use chrono::NaiveDate;
///
/// // Not the government in Phnom Penh in the 1980s.
/// let day = NaiveDate::from_ymd_opt(1985, 1, 1).unwrap();
/// assert_eq!(un_seat_holder_on(day).unwrap().holder, "Coalition Government of Democratic Kampuchea");
/// assert!(un_seat_holder_on(NaiveDate::from_ymd_opt(1998, 1, 1).unwrap()).is_none());
/// ```
pub fn un_seat_holder_on(day: NaiveDate) -> Option<&'static UnSeatHolder> {
    on(data::states::UN_SEAT, day, |s| (s.start, s.end))
}

impl CambodianState {
    /// The state's name in a language.
    ///
    /// ```
    /// # use cambodia_diplomacy::{Lang, cambodian_states};
    /// let dk = cambodian_states().find(|s| s.id == "democratic_kampuchea").unwrap();
    /// assert_eq!(dk.name_in(Lang::Km), "កម្ពុជាប្រជាធិបតេយ្យ");
    /// ```
    #[must_use]
    pub fn name_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name_en,
            Lang::Fr => self.name_fr,
            Lang::Km => self.khmer().map_or(self.name_en, |k| k.name),
        }
    }

    /// The state's Khmer name, with its sources, where a source gives it.
    #[must_use]
    pub fn khmer(&self) -> Option<KhmerName> {
        data::khmer::state(self.id)
    }
}

impl UnSeatHolder {
    /// The holder's name in a language (in Khmer where a source gives it,
    /// else in English; French is not recorded: English stands in).
    #[must_use]
    pub fn holder_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Km => self.khmer().map_or(self.holder, |k| k.name),
            _ => self.holder,
        }
    }

    /// The holder's Khmer name, with its sources, where a source gives it.
    #[must_use]
    pub fn khmer(&self) -> Option<KhmerName> {
        data::khmer::seat_holder(self.holder)
            .or_else(|| data::khmer::state(self.holder_state_id()?))
    }

    /// The id of the Cambodian state this holder was, where it was one.
    fn holder_state_id(&self) -> Option<&'static str> {
        // The latest state of that name begun by then; else the state of
        // that name (a seat may be held from before the state's own start).
        let states = data::states::STATES.iter().rev();
        states
            .clone()
            .find(|s| s.name_en == self.holder && s.start <= self.start)
            .or_else(|| states.clone().find(|s| s.name_en == self.holder))
            .map(|s| s.id)
    }
}
