//! The "as of" queries on real history: relations, memberships, states.

use cambodia_diplomacy::*;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

#[test]
fn relations_with_russia_follow_the_seed_history() {
    let russia = Country::Russia.relation();
    assert_eq!(
        russia.established().map(|d| d.to_string()).as_deref(),
        Some("1956-05-13")
    );
    for (y, m, d) in [(1960, 6, 1), (1985, 6, 1), (2020, 1, 1)] {
        let e = russia.is_active_on(day(y, m, d));
        assert_eq!(
            e.answer,
            Answer::Yes,
            "relations with Russia should be active on {y}-{m}-{d}"
        );
        assert!(!e.sources().is_empty(), "the answer carries its evidence");
    }
    let e = russia.is_active_on(day(1977, 1, 1));
    assert_eq!(e.answer, Answer::No);
    assert_eq!(
        e.period.map(|p| p.status),
        Some(RelationStatus::Suspended),
        "the deciding period is the suspension"
    );
    assert_eq!(
        russia.periods[0].counterpart,
        Some("Union of Soviet Socialist Republics")
    );
    assert_eq!(
        russia.is_active_on(day(1950, 1, 1)).answer,
        Answer::No,
        "before 1956 there were no relations"
    );
}

#[test]
fn a_year_precise_establishment_cannot_tell_within_its_year() {
    let mut checked = 0;
    for r in relations() {
        let Some(first) = r.periods.first() else {
            continue;
        };
        let Some(claim) = first.start.preferred() else {
            continue;
        };
        if claim.date.precision() != Precision::Year {
            continue;
        }
        let year = claim.date.year_number();
        let march = day(year, 3, 1);
        assert_eq!(
            r.is_active_on(march).answer,
            Answer::CannotTell,
            "{}: established {} asked about {march}",
            r.country,
            claim.date
        );
        // Before the year: no relations where the history is complete;
        // cannot tell where it is not.
        let before = if r.periods_complete {
            Answer::No
        } else {
            Answer::CannotTell
        };
        assert_eq!(
            r.is_active_on(day(year - 1, 6, 1)).answer,
            before,
            "{}: before {}",
            r.country,
            claim.date
        );
        checked += 1;
    }
    assert!(
        checked > 0,
        "expected at least one relation established at year precision"
    );
}

#[test]
fn active_relations_on_1977_exclude_russia_and_include_china() {
    let active: Vec<Country> = active_relations_on(day(1977, 1, 1))
        .map(|(c, _)| c)
        .collect();
    assert!(!active.contains(&Country::Russia), "{active:?}");
    assert!(active.contains(&Country::China), "{active:?}");
}

#[test]
fn asean_membership_starts_on_30_april_1999() {
    let asean = Organization::Asean.membership();
    assert_eq!(asean.is_member_on(day(1999, 5, 1)).answer, Answer::Yes);
    assert_eq!(asean.is_member_on(day(1998, 12, 31)).answer, Answer::No);
    assert_eq!(
        asean.joined().map(|d| d.to_string()).as_deref(),
        Some("1999-04-30")
    );
    assert!(
        asean
            .periods
            .iter()
            .any(|p| p.status == MembershipStatus::AdmissionPostponed),
        "the 1997 postponement is recorded"
    );
    let on: Vec<Organization> = memberships_on(day(2000, 1, 1)).map(|(o, _)| o).collect();
    assert!(
        on.contains(&Organization::Asean) && on.contains(&Organization::UnitedNations),
        "{on:?}"
    );
}

#[test]
fn the_eu_is_a_partner_not_a_membership() {
    let eu = Organization::EuropeanUnion.membership();
    assert!(!eu.periods.is_empty());
    assert!(
        eu.periods
            .iter()
            .all(|p| p.status == MembershipStatus::CooperationPartner)
    );
    assert_eq!(eu.is_member_on(day(2020, 1, 1)).answer, Answer::No);
}

#[test]
fn shared_memberships_with_laos_include_asean() {
    let shared: Vec<(Organization, Answer)> = shared_memberships_on(Country::Laos, day(2010, 1, 1))
        .map(|s| (s.organization, s.answer))
        .collect();
    assert!(
        shared.contains(&(Organization::Asean, Answer::Yes)),
        "{shared:?}"
    );
    assert!(
        shared
            .iter()
            .any(|(o, _)| *o == Organization::UnitedNations),
        "{shared:?}"
    );
    let before = shared_memberships_on(Country::Laos, day(1990, 1, 1))
        .map(|s| s.organization)
        .collect::<Vec<_>>();
    assert!(
        !before.contains(&Organization::Asean),
        "Cambodia was not in ASEAN in 1990: {before:?}"
    );
}

#[test]
fn cambodian_states_on_dates() {
    let name = |y, m, d| cambodian_state_on(day(y, m, d)).map(|s| s.name_en);
    assert_eq!(name(1960, 1, 1), Some("Kingdom of Cambodia"));
    assert_eq!(name(1972, 1, 1), Some("Khmer Republic"));
    assert_eq!(name(1977, 1, 1), Some("Democratic Kampuchea"));
    assert_eq!(name(1985, 1, 1), Some("People's Republic of Kampuchea"));
    assert_eq!(name(1990, 1, 1), Some("State of Cambodia"));
    assert_eq!(name(2000, 1, 1), Some("Kingdom of Cambodia"));
    assert_eq!(name(1950, 1, 1), None);
}

#[test]
fn the_un_seat_was_not_held_by_phnom_penh_in_the_1980s() {
    let seat = un_seat_holder_on(day(1985, 1, 1)).expect("a holder in 1985");
    let state = cambodian_state_on(day(1985, 1, 1)).expect("a state in 1985");
    assert_ne!(
        seat.holder, state.name_en,
        "in 1985 the UN seat was not held by the government in Phnom Penh"
    );
    assert!(seat.holder.contains("Kampuchea"), "{}", seat.holder);
    assert!(
        un_seat_holder_on(day(1950, 1, 1)).is_none(),
        "Cambodia joined the UN in 1955"
    );
    assert!(
        un_seat_holder_on(day(2000, 1, 1))
            .is_some_and(|s| s.holder.contains("Kingdom of Cambodia"))
    );
}

#[test]
fn un_membership_dates_from_1955() {
    let un = Organization::UnitedNations.membership();
    assert_eq!(
        un.joined().map(|d| d.to_string()).as_deref(),
        Some("1955-12-14")
    );
    assert_eq!(un.is_member_on(day(1956, 1, 1)).answer, Answer::Yes);
}

#[test]
fn every_programme_country_has_a_sourced_establishment_or_a_note() {
    for c in Country::iter_programme() {
        let r = c.relation();
        match r.periods.first() {
            Some(p) => assert!(
                p.start.preferred().is_some_and(|cl| !cl.sources.is_empty()),
                "{c}: establishment unsourced"
            ),
            None => assert!(!r.note.is_empty(), "{c}: no period and no note"),
        }
    }
}

#[test]
fn unlisted_countries_are_no_only_where_the_member_list_is_complete() {
    let day = day(2015, 1, 1);
    // ASEAN lists all eleven members: any other country is not one.
    let asean = Organization::Asean.membership();
    assert!(asean.country_members_complete);
    assert_eq!(asean.country_members.len(), 10, "ten besides Cambodia");
    assert_eq!(asean.country_is_member_on(Country::Japan, day), Answer::No);
    assert_eq!(asean.country_is_member_on(Country::Laos, day), Answer::Yes);
    let timor: Country = "Timor-Leste".parse().unwrap();
    assert_eq!(asean.country_is_member_on(timor, day), Answer::No);
    assert_eq!(
        asean.country_is_member_on(timor, cambodia_diplomacy::DATA_REVIEWED_DAY),
        Answer::Yes
    );
    let partial = memberships()
        .find(|m| !m.country_members_complete)
        .expect("some member list is partial");
    let unlisted = Country::iter()
        .find(|c| partial.country_members.iter().all(|m| m.country != *c))
        .expect("some country is not listed");
    assert_eq!(
        partial.country_is_member_on(unlisted, day),
        Answer::CannotTell,
        "{} in {}",
        unlisted,
        partial.organization
    );
}

#[test]
fn overlapping_counterparts_answer_for_the_state_with_relations() {
    // In 1970 relations with the Federal Republic were broken off but those
    // with the GDR were in force: relations with "Germany" were active.
    let e = Country::Germany.relation().is_active_on(day(1970, 1, 1));
    assert_eq!(e.answer, Answer::Yes);
    assert_eq!(
        e.period.and_then(|p| p.counterpart),
        Some("German Democratic Republic")
    );
    let e = Country::Germany.relation().is_active_on(day(1968, 1, 1));
    assert_eq!(
        e.period.and_then(|p| p.counterpart),
        Some("Federal Republic of Germany")
    );
}
