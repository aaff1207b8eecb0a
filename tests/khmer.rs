//! Khmer names on real data: every entity named (or its gap known), every
//! name parsing back to its entity, no name shared, and each normalization
//! case with a real string.

use std::collections::BTreeMap;

use cambodia_diplomacy::{
    Country, Lang, Organization, Partner, PolicyTask, Principle, cambodian_states, un_seat_holders,
};

#[test]
fn every_country_organization_and_state_has_a_cited_khmer_name() {
    for c in Country::iter() {
        let k = c.khmer();
        assert!(!k.name.is_empty() && !k.sources.is_empty(), "{c:?}");
        assert!(
            k.name
                .chars()
                .any(|ch| ('\u{1780}'..='\u{17ff}').contains(&ch)),
            "{c:?}: {}",
            k.name
        );
    }
    for o in Organization::iter() {
        let k = o.khmer().unwrap_or_else(|| panic!("{o:?}: no Khmer name"));
        assert!(!k.sources.is_empty(), "{o:?}");
    }
    for s in cambodian_states() {
        assert!(s.khmer().is_some(), "{}: no Khmer name", s.id);
    }
}

#[test]
fn the_entities_still_without_a_sourced_khmer_name_are_the_known_ones() {
    // No source seen names these in Khmer (see the notes'
    // header); the English name stands in. The list may only shrink.
    let principles: Vec<Principle> = Principle::iter().filter(|p| p.khmer().is_none()).collect();
    assert_eq!(principles, [], "principles without a Khmer name changed");
    let tasks: Vec<PolicyTask> = PolicyTask::iter().filter(|t| t.khmer().is_none()).collect();
    assert_eq!(
        tasks,
        [
            PolicyTask::ProtectSovereigntyAndPeace,
            PolicyTask::Multilateralism,
            PolicyTask::DiplomaticCapacity
        ],
        "policy tasks without a Khmer name changed"
    );
    for p in &principles {
        assert_eq!(
            p.name_in(Lang::Km),
            p.profile().name,
            "falls back to English"
        );
    }
    let seats: Vec<&str> = un_seat_holders()
        .filter(|s| s.khmer().is_none())
        .map(|s| s.holder)
        .collect();
    assert!(
        seats.is_empty(),
        "seat holders without a Khmer name: {seats:?}"
    );
}

#[test]
fn every_khmer_name_and_alias_parses_back_to_its_partner() {
    let mut checked = 0;
    for p in Partner::iter() {
        let Some(k) = p.khmer() else { continue };
        for form in k.forms() {
            assert_eq!(
                form.parse::<Partner>().ok(),
                Some(p),
                "{form} is not read as {p:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 230, "only {checked} Khmer forms");
}

#[test]
fn no_two_partners_share_a_khmer_name_or_alias() {
    let mut seen: BTreeMap<String, Partner> = BTreeMap::new();
    for p in Partner::iter() {
        let Some(k) = p.khmer() else { continue };
        for form in k.forms() {
            let key: String = form
                .chars()
                .filter(|c| !matches!(c, '\u{200b}'..='\u{200d}'))
                .collect();
            if let Some(other) = seen.insert(key, p) {
                assert_eq!(other, p, "{form} names both {other:?} and {p:?}");
            }
        }
    }
}

#[test]
fn khmer_input_is_normalized_as_documented() {
    let parse = |s: &str| s.parse::<Partner>().ok();
    // Zero-width spaces, as CLDR writes North Korea's name.
    assert_eq!(
        parse("កូរ៉េ\u{200b}ខាង\u{200b}ជើង"),
        Some(Country::NorthKorea.into())
    );
    // A zero-width joiner or non-joiner inside a name.
    assert_eq!(parse("ថៃ\u{200d}"), Some(Country::Thailand.into()));
    assert_eq!(parse("ឡា\u{200c}វ"), Some(Country::Laos.into()));
    // The prefix ប្រទេស ("country"), with or without a space.
    assert_eq!(parse("ប្រទេសថៃ"), Some(Country::Thailand.into()));
    assert_eq!(parse("ប្រទេស ជប៉ុន"), Some(Country::Japan.into()));
    // Subscripts in the other order: អូស្រ្តាលី (Fresh News) for អូស្ត្រាលី.
    assert_eq!(parse("អូស្រ្តាលី"), Some(Country::Australia.into()));
    assert_eq!(parse("អូស្ត្រាលី"), Some(Country::Australia.into()));
    // A vowel typed before the register shifter: ស + ី + ៊ for ស៊ី.
    assert_eq!(parse("រុស្ស\u{17b8}\u{17ca}"), Some(Country::Russia.into()));
    // Official long forms and organization acronyms.
    assert_eq!(parse("សាធារណរដ្ឋប្រជាមានិតចិន"), Some(Country::China.into()));
    assert_eq!(parse("អាស៊ាន"), Some(Organization::Asean.into()));
    // Cambodia itself is not a partner, in Khmer either.
    let err = "កម្ពុជា".parse::<Partner>().unwrap_err();
    assert_eq!(
        err.kind(),
        cambodia_diplomacy::ParsePartnerErrorKind::Cambodia
    );
    // Khmer text that names nothing.
    assert!(parse("សួស្តី").is_none());
}

#[test]
fn official_usage_is_preferred_and_cldr_kept() {
    let myanmar = Country::Myanmar.khmer();
    assert_eq!(myanmar.name, "មីយ៉ាន់ម៉ា");
    assert_eq!(myanmar.official, Some("សាធារណរដ្ឋសហភាពមីយ៉ាន់ម៉ា"));
    assert!(myanmar.aliases.contains(&"មីយ៉ាន់ម៉ា (ភូមា)"));
    assert!(
        myanmar
            .sources
            .iter()
            .any(|s| s.id.starts_with("unicode_cldr"))
    );
    assert!(myanmar.sources.iter().any(|s| s.publisher == "Fresh News"));
    // Labels and names in all three languages from one API.
    assert_eq!(Country::France.name_in(Lang::Km), "បារាំង");
    assert_eq!(
        Organization::UnitedNations.khmer().and_then(|k| k.acronym),
        Some("អ.ស.ប")
    );
    assert_eq!(cambodia_diplomacy::Region::Asia.label_in(Lang::Fr), "Asie");
    assert_eq!(
        cambodia_diplomacy::Level::HeadOfState.label_in(Lang::Km),
        "ប្រមុខរដ្ឋ"
    );
}
