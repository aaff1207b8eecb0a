//! Every date query, on days derived from the input anywhere in chrono's
//! range (weighted towards the years the data covers and chrono's ends):
//! nothing panics, and the queries agree with each other.
#![no_main]

use cambodia_diplomacy::{
    Answer, Country, DateRelation, HistDate, MAX_YEAR, MIN_YEAR, active_relations_on,
    cambodian_state_on, events, events_between, events_in_year, memberships, memberships_on,
    relations, shared_memberships_on, un_seat_holder_on,
};
use cambodia_diplomacy::chrono::{Datelike, NaiveDate};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

fn day(u: &mut Unstructured<'_>) -> Result<NaiveDate> {
    let min = NaiveDate::MIN.num_days_from_ce();
    let max = NaiveDate::MAX.num_days_from_ce();
    let modern = (
        NaiveDate::from_ymd_opt(1900, 1, 1)
            .unwrap()
            .num_days_from_ce(),
        NaiveDate::from_ymd_opt(2100, 12, 31)
            .unwrap()
            .num_days_from_ce(),
    );
    let n = match u.int_in_range(0u8..=3)? {
        0 => u.int_in_range(min..=max)?,
        1 => u.int_in_range(min..=min + 800)?,
        2 => u.int_in_range(max - 800..=max)?,
        _ => u.int_in_range(modern.0..=modern.1)?,
    };
    Ok(NaiveDate::from_num_days_from_ce_opt(n).expect("inside chrono's range"))
}

fn hist_date(u: &mut Unstructured<'_>) -> Result<HistDate> {
    let year = u.int_in_range(MIN_YEAR..=MAX_YEAR)?;
    let month = u.int_in_range(1u8..=12)?;
    let day = u.int_in_range(1u8..=31)?;
    let date = match u.int_in_range(0u8..=2)? {
        0 => HistDate::try_year(year),
        1 => HistDate::try_month(year, month),
        _ => (1..=day)
            .rev()
            .find_map(|d| HistDate::try_day(year, month, d)),
    }
    .expect("valid parts");
    Ok(match u.int_in_range(0u8..=2)? {
        0 => date,
        1 => date.approximate(),
        _ => date.uncertain(),
    })
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let d = day(u)?;
    let other = day(u)?;
    let year: i32 = u.arbitrary()?;
    let date = hist_date(u)?;

    for relation in relations() {
        let evidence = relation.period_on(d);
        assert_eq!(relation.status_on(d), evidence);
        assert!(!evidence.sources.is_empty());
        let _ = relation.is_active_on(d).sources();
    }
    for (country, evidence) in active_relations_on(d) {
        assert_ne!(evidence.answer, Answer::No);
        assert_eq!(country.relation().is_active_on(d), evidence);
    }
    for membership in memberships() {
        let _ = membership.is_member_on(d).sources();
        for country in Country::iter() {
            let _ = membership.country_is_member_on(country, d);
        }
    }
    for (organization, evidence) in memberships_on(d) {
        assert_ne!(evidence.answer, Answer::No);
        assert_eq!(organization.membership().is_member_on(d), evidence);
    }
    for country in Country::iter() {
        assert!(shared_memberships_on(country, d).all(|s| s.answer != Answer::No));
    }
    let _ = cambodian_state_on(d);
    let _ = un_seat_holder_on(d);

    // Ranges in either order; reversed bounds are empty.
    let found: Vec<&str> = events_between(d, other).map(|e| e.id).collect();
    let expected: Vec<&str> = events()
        .filter(|e| {
            d <= other && e.date.start.first_day() <= other && e.date.last().last_day() >= d
        })
        .map(|e| e.id)
        .collect();
    assert_eq!(found, expected);
    assert_eq!(events_between(d, other).rev().count(), found.len());

    let in_year: Vec<&str> = events_in_year(year).map(|e| e.id).collect();
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        let expected: Vec<&str> = events()
            .filter(|e| {
                e.date.start.first_day().year() <= year && e.date.last().last_day().year() >= year
            })
            .map(|e| e.id)
            .collect();
        assert_eq!(in_year, expected);
    }

    // A date of any precision against the day.
    let relation = date.compare(d);
    assert_eq!(relation == DateRelation::Before, date.last_day() < d);
    assert_eq!(relation == DateRelation::After, date.first_day() > d);
    assert_eq!(
        matches!(relation, DateRelation::Same | DateRelation::CannotTell),
        date.contains(d)
    );
    assert_eq!(date.to_string().parse::<HistDate>(), Ok(date));
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
