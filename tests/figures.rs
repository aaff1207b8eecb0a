//! Facts and figures on real data: series without duplicates, currencies of
//! ISO 4217, periods within the data's range, and rankings that never rank
//! a partner without a figure.

use std::collections::BTreeSet;

use cambodia_diplomacy::{
    Amount, Country, DATA_REVIEWED, Indicator, Reporter, Scale, Unit, latest, observations,
    ranking, series,
};

#[test]
fn a_series_never_has_two_observations_for_one_period_and_reporter() {
    let mut seen = BTreeSet::new();
    let mut twice = Vec::new();
    // A share and a value of the same thing (20 %, EUR 1 billion) are two
    // measures; two figures in one unit from one reporter are one too many.
    for o in observations().filter(|o| o.preferred) {
        let key = (
            format!("{:?}", o.partner),
            o.indicator,
            o.period.to_string(),
            o.reporter,
            o.unit,
        );
        if !seen.insert(key.clone()) {
            twice.push(format!("{key:?}"));
        }
    }
    assert!(
        twice.is_empty(),
        "two figures for one partner, indicator, period and reporter (keep one, or say in the notes why both):\n{}",
        twice.join("\n")
    );
}

#[test]
fn every_currency_is_iso_4217() {
    let codes: BTreeSet<&str> = include_str!("iso_4217.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert!(codes.contains("USD") && codes.contains("KHR") && !codes.contains("US$"));
    let mut checked = 0;
    for o in observations() {
        if let Unit::Currency(code) = o.unit {
            assert!(codes.contains(code), "{code} is not an ISO 4217 code");
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} money figures");
}

#[test]
fn every_period_lies_within_the_data_range() {
    let reviewed = DATA_REVIEWED.first_day();
    for o in observations() {
        let (first, last) = (o.period.start.first_day(), o.period.last().last_day());
        assert!(first <= last, "{o:?}: period ends before it starts");
        assert!(
            o.period.start.year_number() >= 1953,
            "{}: period starts before 1953",
            o.period
        );
        assert!(
            o.period.start.first_day() <= reviewed,
            "{}: period starts after the review date",
            o.period
        );
        // Only a pledge or a lending plan may reach into years to come.
        let plan = matches!(
            o.indicator,
            Indicator::AidCommitted | Indicator::LendingTotal
        );
        assert!(
            o.period.last().first_day() <= reviewed || plan,
            "{}: period after the review date",
            o.period
        );
        assert!(!o.sources.is_empty(), "{}: no source", o.period);
    }
}

#[test]
fn values_keep_the_precision_they_were_printed_with() {
    // 1.2 billion stays 1.2 billion; grouped thousands for written-out numbers.
    assert_eq!(
        Amount::new(12, 1, Scale::Billion).to_string(),
        "1.2 billion"
    );
    assert_eq!(
        Amount::new(146_447_424, 0, Scale::One).to_string(),
        "146,447,424"
    );
    assert_eq!(
        Amount::new(5, 2, Scale::Million).to_string(),
        "0.05 million"
    );
    assert_eq!(Amount::new(-1234, 0, Scale::One).to_string(), "-1,234");
    for o in observations() {
        assert!(
            o.value.decimals <= 9,
            "{}: {} decimals",
            o.period,
            o.value.decimals
        );
        assert!(o.value.as_f64().is_finite());
    }
}

#[test]
fn the_ranking_never_ranks_a_partner_without_a_figure() {
    for year in 2015..=2025 {
        for indicator in [Indicator::TradeTotal, Indicator::TouristArrivals] {
            let r = ranking(indicator, year, None);
            let ranked: BTreeSet<Country> = r.ranked.iter().map(|x| x.country).collect();
            let missing: BTreeSet<Country> = r.missing.iter().copied().collect();
            let other: BTreeSet<Country> = r.other_units.iter().map(|x| x.0).collect();
            assert!(ranked.is_disjoint(&missing) && ranked.is_disjoint(&other));
            assert_eq!(ranked.len() + missing.len() + other.len(), 22);
            for x in &r.ranked {
                let o = x.observation;
                assert_eq!(o.unit, r.unit);
                assert!(o.is_full_year() && o.period.start.year_number() == year);
                assert!(o.partner == x.country.into());
            }
            for c in &r.missing {
                assert!(
                    series(*c, indicator)
                        .full_years()
                        .all(|o| o.period.start.year_number() != year),
                    "{c:?} has a figure for {year} but is listed as missing"
                );
            }
            assert!(
                r.ranked
                    .windows(2)
                    .all(|w| w[0].observation.value.as_f64() >= w[1].observation.value.as_f64())
            );
        }
    }
    // A reporter with no figure that year ranks nobody.
    let none = ranking(Indicator::TradeTotal, 2016, Some(Reporter::ImfDots));
    assert!(none.ranked.is_empty());
}

#[test]
fn figures_not_preferred_say_why_and_have_a_preferred_twin() {
    for o in observations().filter(|o| !o.preferred) {
        assert!(
            o.note.contains("Not preferred: "),
            "{}: no reason",
            o.period
        );
        assert!(
            observations().any(|p| p.preferred
                && p.partner == o.partner
                && p.indicator == o.indicator
                && p.period == o.period),
            "{}: no preferred figure beside it",
            o.period
        );
    }
    assert!(series(Country::Japan, Indicator::TradeTotal).all(|o| o.preferred));
}

#[test]
fn programme_countries_have_a_trade_figure_and_the_latest_is_latest() {
    let mut with_trade = 0;
    for country in Country::iter_programme() {
        if let Some(last) = latest(country, Indicator::TradeTotal) {
            with_trade += 1;
            let end = last.period.last().last_day();
            assert!(
                series(country, Indicator::TradeTotal).all(|o| o.period.last().last_day() <= end),
                "{country:?}: a later figure than the latest"
            );
        }
    }
    assert!(
        with_trade >= 20,
        "only {with_trade} programme countries have a trade figure"
    );
}

#[test]
fn every_programme_country_has_an_area_and_the_gdp_gaps_are_the_known_ones() {
    let mut without_gdp = Vec::new();
    for c in Country::iter_programme() {
        let area = c.area().unwrap_or_else(|| panic!("{c}: no area"));
        assert!(area.preferred && !area.sources.is_empty(), "{c}");
        // One preferred area per country; the others say why not.
        assert_eq!(c.areas().filter(|a| a.preferred).count(), 1, "{c}");
        for other in c.areas().filter(|a| !a.preferred) {
            assert!(other.note.contains("Not preferred"), "{c}: {other:?}");
        }
        if latest(c, Indicator::Gdp).is_none() {
            without_gdp.push(c);
        }
    }
    // No source seen gives Brunei's GDP for 2024 or 2025 (see the notes).
    assert_eq!(without_gdp, [Country::Brunei], "the list may only shrink");
    // Areas as printed: Japan's total, Singapore's land area with a decimal.
    assert_eq!(
        Country::Japan.area().map(|a| a.square_km.to_string()),
        Some("377,975".into())
    );
    assert_eq!(
        Country::Singapore.area().map(|a| a.square_km.to_string()),
        Some("736.3".into())
    );
}
