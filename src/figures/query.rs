//! Queries over the observations: one partner's series, the latest value,
//! and partners ranked by an indicator in a year.

use super::{Indicator, Observation, Reporter, Unit};
use crate::data::OBSERVATIONS;
use crate::{Country, Partner};

/// Every observation, by partner, then indicator, then period, then
/// reporter.
///
/// ```
/// assert!(cambodia_diplomacy::observations().all(|o| !o.sources.is_empty()));
/// ```
pub fn observations() -> impl ExactSizeIterator<Item = &'static Observation> + Clone {
    OBSERVATIONS.iter()
}

/// What every series claims of itself: the figures the research found, none
/// claimed complete (also written in the JSON export).
pub(crate) const SERIES_COMPLETENESS: crate::Completeness = crate::Completeness::NotClaimed;

/// The observations about one partner.
pub fn observations_of(
    partner: impl Into<Partner>,
) -> impl Iterator<Item = &'static Observation> + Clone {
    let partner = partner.into();
    OBSERVATIONS.iter().filter(move |o| o.partner == partner)
}

/// One partner's preferred observations of one indicator, sorted by period
/// (then reporter); narrow it to one reporter with [`Series::reporter`] or
/// to whole calendar years with [`Series::full_years`], or widen it to the
/// figures not preferred with [`Series::with_alternatives`].
///
/// ```
/// use cambodia_diplomacy::{Country, Indicator, Reporter, series};
///
/// // Viet Nam's own yearly figures of its trade with Cambodia.
/// let vietnam: Vec<_> = series(Country::Vietnam, Indicator::TradeTotal)
///     .reporter(Reporter::PartnerGovernment)
///     .full_years()
///     .collect();
/// assert!(vietnam.len() >= 5);
/// assert!(vietnam.windows(2).all(|w| w[0].period.start < w[1].period.start));
/// ```
pub fn series(partner: impl Into<Partner>, indicator: Indicator) -> Series {
    Series {
        partner: partner.into(),
        indicator,
        reporter: None,
        full_years: false,
        alternatives: false,
        position: 0,
    }
}

/// The observations of one partner and indicator, in period order: see
/// [`series`].
#[derive(Debug, Clone)]
pub struct Series {
    partner: Partner,
    indicator: Indicator,
    reporter: Option<Reporter>,
    full_years: bool,
    alternatives: bool,
    position: usize,
}

impl Series {
    /// Only the figures this reporter counted.
    #[must_use]
    pub fn reporter(mut self, reporter: Reporter) -> Self {
        self.reporter = Some(reporter);
        self
    }

    /// Only figures for one whole calendar year (no part-year, no span,
    /// no stock at a date).
    #[must_use]
    pub fn full_years(mut self) -> Self {
        self.full_years = true;
        self
    }

    /// Whether the series is the whole record: no figure series is claimed
    /// complete (each holds the figures the research found), so a count of
    /// its years is a lower bound.
    ///
    /// ```
    /// use cambodia_diplomacy::{Completeness, Country, Indicator, series};
    /// assert_eq!(series(Country::Japan, Indicator::TradeTotal).completeness(), Completeness::NotClaimed);
    /// ```
    #[must_use]
    pub const fn completeness(&self) -> crate::Completeness {
        SERIES_COMPLETENESS
    }

    /// Also the figures not preferred (a reporter's first figure, later
    /// revised; a rounded form), each marked by [`Observation::preferred`].
    #[must_use]
    pub fn with_alternatives(mut self) -> Self {
        self.alternatives = true;
        self
    }

    fn matches(&self, o: &Observation) -> bool {
        (o.preferred || self.alternatives)
            && o.partner == self.partner
            && o.indicator == self.indicator
            && self.reporter.is_none_or(|r| o.reporter == r)
            && (!self.full_years || o.is_full_year())
    }
}

impl Iterator for Series {
    type Item = &'static Observation;

    fn next(&mut self) -> Option<&'static Observation> {
        while let Some(o) = OBSERVATIONS.get(self.position) {
            self.position += 1;
            if self.matches(o) {
                return Some(o);
            }
        }
        None
    }
}

/// The most recent figure of one indicator for one partner: the one whose
/// period ends last (for equal ends, a whole year before a part of one,
/// then the reporter listed first in [`Reporter`], Cambodian counts first).
///
/// ```
/// use cambodia_diplomacy::{Country, Indicator, latest};
///
/// let trade = latest(Country::Vietnam, Indicator::TradeTotal).unwrap();
/// assert!(trade.period.start.year_number() >= 2023);
/// assert!(latest(Country::Brunei, Indicator::ImfQuota).is_none());
/// ```
#[must_use]
pub fn latest(partner: impl Into<Partner>, indicator: Indicator) -> Option<&'static Observation> {
    series(partner, indicator).min_by_key(|o| {
        (
            core::cmp::Reverse(o.period.last().last_day()),
            core::cmp::Reverse(
                o.period.start.first_day() == o.period.last().first_day() && o.is_full_year(),
            ),
            o.reporter,
        )
    })
}

/// One partner's place in a [`Ranking`].
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Ranked {
    /// 1 for the first.
    pub rank: usize,
    /// The partner.
    pub country: Country,
    /// The figure it is ranked by.
    pub observation: &'static Observation,
}

/// The programme countries ranked by an indicator in one year: see
/// [`ranking`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Ranking {
    /// What is ranked.
    pub indicator: Indicator,
    /// The year.
    pub year: i32,
    /// The unit every ranked figure is in.
    pub unit: Unit,
    /// The countries with a whole-year figure in that unit, largest first.
    pub ranked: Vec<Ranked>,
    /// The countries with no whole-year figure that year (from the
    /// reporter asked for): not ranked, not last.
    pub missing: Vec<Country>,
    /// The countries whose figure is in another unit (a partner's own
    /// statistics in its currency): not ranked.
    pub other_units: Vec<(Country, &'static Observation)>,
}

/// The 22 programme countries ranked by an indicator for a calendar year,
/// on whole-year figures in one unit: US dollars for money, else the
/// indicator's natural unit. For each country the figure is the one from
/// `reporter` if given, else the first by [`Reporter`] order (Cambodian
/// customs first). Countries without a figure are listed apart, never
/// ranked last.
///
/// ```
/// use cambodia_diplomacy::{Indicator, ranking};
///
/// let top = ranking(Indicator::TradeTotal, 2023, None);
/// assert!(!top.ranked.is_empty());
/// assert!(top.ranked.windows(2).all(|w| w[0].observation.value.as_f64() >= w[1].observation.value.as_f64()));
/// // A country without a figure is not ranked.
/// assert!(top.missing.iter().all(|c| top.ranked.iter().all(|r| r.country != *c)));
/// ```
#[must_use]
pub fn ranking(indicator: Indicator, year: i32, reporter: Option<Reporter>) -> Ranking {
    let unit = match indicator {
        Indicator::TouristArrivals | Indicator::MigrantWorkers => Unit::Persons,
        Indicator::VotingShare | Indicator::PreferencesWithdrawn => Unit::Percent,
        Indicator::ConventionsRatified | Indicator::Scholarships => Unit::Count,
        _ => Unit::Currency("USD"),
    };
    let mut ranked = Vec::new();
    let mut missing = Vec::new();
    let mut other_units = Vec::new();
    for country in Country::iter_programme() {
        let candidates = series(country, indicator)
            .full_years()
            .filter(|o| o.period.start.year_number() == year)
            .filter(|o| reporter.is_none_or(|r| o.reporter == r));
        let best_in_unit = candidates
            .clone()
            .filter(|o| o.unit == unit)
            .min_by_key(|o| o.reporter);
        match (best_in_unit, candidates.min_by_key(|o| o.reporter)) {
            (Some(o), _) => ranked.push(Ranked {
                rank: 0,
                country,
                observation: o,
            }),
            (None, Some(o)) => other_units.push((country, o)),
            (None, None) => missing.push(country),
        }
    }
    ranked.sort_by(|a, b| {
        b.observation
            .value
            .as_f64()
            .total_cmp(&a.observation.value.as_f64())
    });
    for (i, r) in ranked.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    Ranking {
        indicator,
        year,
        unit,
        ranked,
        missing,
        other_units,
    }
}
