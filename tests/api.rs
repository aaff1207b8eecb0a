//! The API as a downstream user calls it (issue 10): strict and lenient
//! parsing, the text finder, one partner API, citable answers, the rule for
//! days after the review date, and the bad input that used to get through.
//! Each test here failed before the change it guards.

use cambodia_diplomacy::{
    Answer, Country, DATA_REVIEWED_DAY, Direction, ECHO_LIMIT, EventFilter, EventType, Level,
    NaiveDate, Organization, ParsePartnerErrorKind, Partner, PartnerKind, Principle,
    cambodian_state_on, event, events, find_partners, memberships, relations,
    shared_memberships_on, un_seat_holder_on,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn kind_of(text: &str) -> Option<ParsePartnerErrorKind> {
    text.parse::<Partner>().err().map(|e| e.kind())
}

#[test]
fn nul_and_control_characters_are_rejected() {
    for text in [
        "US\0",
        "China\0",
        "RU\0\0",
        "\0US",
        "Lao\u{7}PDR",
        "Thailand\0",
    ] {
        assert_eq!(
            kind_of(text),
            Some(ParsePartnerErrorKind::InvalidCharacter),
            "{text:?}"
        );
    }
    // Ordinary white space is still trimmed and folded.
    assert_eq!(
        "\tUS\n".parse::<Partner>(),
        Ok(Country::UnitedStates.into())
    );
}

#[test]
fn accents_are_ignored_whether_composed_or_decomposed() {
    let us = Partner::from(Country::UnitedStates);
    let vietnam = Partner::from(Country::Vietnam);
    assert_eq!("États-Unis".parse::<Partner>(), Ok(us));
    assert_eq!("E\u{301}tats-Unis".parse::<Partner>(), Ok(us));
    assert_eq!("Etats-Unis".parse::<Partner>(), Ok(us));
    assert_eq!("Việt Nam".parse::<Partner>(), Ok(vietnam));
    assert_eq!("Vie\u{323}\u{302}t Nam".parse::<Partner>(), Ok(vietnam));
    assert_eq!("Viet Nam".parse::<Partner>(), Ok(vietnam));
}

#[test]
fn compatibility_characters_are_not_read_as_ascii() {
    // The Kelvin sign lowercases to "k": it must not spell "Korea".
    assert_eq!(
        kind_of("\u{212A}orea"),
        Some(ParsePartnerErrorKind::InvalidCharacter)
    );
    assert!("\u{212A}H".parse::<Partner>().is_err());
}

#[test]
fn cambodia_is_not_its_own_partner() {
    for text in [
        "Cambodia",
        "KH",
        "khm",
        "Cambodge",
        "Kingdom of Cambodia",
        " cambodia ",
    ] {
        let err = text.parse::<Country>().unwrap_err();
        assert_eq!(err.kind(), ParsePartnerErrorKind::Cambodia, "{text:?}");
        assert!(err.to_string().contains("Cambodia itself"), "{err}");
    }
    assert_eq!(Country::from_alpha2("KH"), None);
    assert_eq!(Country::from_alpha3("KHM"), None);
    assert_eq!(Country::from_numeric(116), None);
}

#[test]
fn strict_constructors_take_exact_codes_only() {
    for c in Country::iter() {
        let p = c.profile();
        assert_eq!(Country::from_alpha2(p.alpha2), Some(c), "{c:?}");
        assert_eq!(Country::from_alpha3(p.alpha3), Some(c), "{c:?}");
        assert_eq!(Country::from_numeric(p.numeric), Some(c), "{c:?}");
        assert_eq!(Country::from_alpha2(&p.alpha2.to_lowercase()), None);
        assert_eq!(Country::from_alpha3(&p.alpha3.to_lowercase()), None);
    }
    // Everyday words are codes only to the lenient parser.
    for word in ["in", "my", "us", "la", "de", "id", "ca", "un", "au"] {
        assert_eq!(Country::from_alpha2(word), None, "{word}");
    }
    for blank in ["", " ", "\t\n"] {
        assert_eq!(
            kind_of(blank),
            Some(ParsePartnerErrorKind::Unknown),
            "{blank:?}"
        );
    }
    for bad in ["", "U", "USA ", " US", "U S", "ÜS", "US\0", "ZZ", "ZZZ"] {
        assert_eq!(Country::from_alpha2(bad), None, "{bad:?}");
        assert_eq!(Country::from_alpha3(bad), None, "{bad:?}");
    }
    assert_eq!(Country::from_numeric(0), None);
    assert_eq!(Country::from_numeric(u16::MAX), None);
}

#[test]
fn the_text_finder_keeps_to_words_capitals_and_the_longest_name() {
    let text = "Talks in Phnom Penh: us, in, la, de. The Lao People's Democratic Republic, \
                China's envoy and the USA met ASEAN; la Chine et l'Inde, d'Allemagne aussi.";
    let found: Vec<(Partner, &str)> = find_partners(text).map(|m| (m.partner, m.text)).collect();
    assert_eq!(
        found,
        [
            (Country::Laos.into(), "Lao People's Democratic Republic"),
            (Country::China.into(), "China"),
            (Country::UnitedStates.into(), "USA"),
            (Organization::Asean.into(), "ASEAN"),
            (Country::China.into(), "Chine"),
            (Country::India.into(), "Inde"),
            (Country::Germany.into(), "Allemagne"),
        ]
    );
    for m in find_partners(text) {
        assert_eq!(&text[m.span()], m.text);
    }
    assert_eq!(find_partners("").count(), 0);
    assert_eq!(find_partners("Indiana and Francesca").count(), 0);
}

#[test]
fn one_partner_api_for_countries_and_organizations() {
    let day = day(2010, 1, 1);
    for p in Partner::iter() {
        let standing = p.standing_on(day);
        assert_eq!(standing.partner(), p);
        // Only an answer that states nothing ("cannot tell", on a record not
        // yet researched) may rest on no source.
        let unresearched = p
            .as_country()
            .is_some_and(|c| c.relation().periods.is_empty() && !c.relation().periods_complete);
        assert!(
            !standing.sources().is_empty()
                || (unresearched && standing.answer() == Answer::CannotTell),
            "{p:?}: an answer with no sources"
        );
        assert!(
            !p.name().is_empty()
                && !p.name_in(cambodia_diplomacy::Lang::Fr).is_empty()
                && !p.short_name().is_empty()
        );
        // The French accessors of 0.1 keep working until 0.3.
        #[allow(deprecated)]
        let old = p.name_fr();
        assert_eq!(old, p.name_in(cambodia_diplomacy::Lang::Fr));
        assert_eq!(p.kind() == PartnerKind::Country, p.as_country().is_some());
        let sentence = standing.to_string();
        assert!(
            sentence.contains("Sources: [1]") || standing.sources().is_empty(),
            "{sentence}"
        );
    }
    assert_eq!(
        Partner::iter().filter(|p| p.is_programme_partner()).count(),
        30
    );
}

#[test]
fn a_no_from_the_absence_of_periods_still_carries_sources() {
    // Singapore's history is complete: before 1965 there were no relations.
    let singapore = Country::Singapore.relation();
    assert!(singapore.periods_complete);
    let e = singapore.is_active_on(day(1960, 1, 1));
    assert_eq!((e.answer, e.period), (Answer::No, None));
    assert_eq!(e.sources, singapore.sources);
    assert!(!e.sources.is_empty());
    assert!(
        e.to_string()
            .contains("no period covers that day, and the record is complete")
    );
}

#[test]
fn an_incomplete_history_cannot_tell_rather_than_say_no() {
    // Ukraine's establishment date is not known; Chile's record is not yet
    // researched. Neither may answer "no relations".
    for country in [Country::Ukraine, "Chile".parse().unwrap()] {
        let relation = country.relation();
        assert!(!relation.periods_complete);
        let e = relation.is_active_on(day(2000, 1, 1));
        assert_eq!(
            (e.answer, e.period),
            (Answer::CannotTell, None),
            "{country:?}"
        );
        assert!(e.to_string().contains("not known to be complete"), "{e}");
    }
}

#[test]
fn a_researched_establishment_is_known_but_the_later_history_is_not() {
    // Morocco's relations date from about 1996 (derived from an anniversary
    // count, so approximate): before that no period is known, and after it
    // the period's end is unknown, so every day answers "cannot tell".
    let morocco = "Morocco".parse::<Country>().unwrap().relation();
    assert!(!morocco.periods_complete);
    let established = morocco.established().expect("a sourced establishment");
    assert_eq!(established.year_number(), 1996);
    assert_eq!(
        established.certainty(),
        cambodia_diplomacy::Certainty::Approximate
    );
    assert_eq!(
        morocco.is_active_on(day(2000, 1, 1)).answer,
        Answer::CannotTell
    );
    assert!(
        cambodia_diplomacy::events_of(Country::from_alpha2("MA").unwrap())
            .any(|e| e.kind == cambodia_diplomacy::EventKind::RelationsEstablished)
    );
}

#[test]
fn every_state_is_a_country_and_regions_are_typed() {
    use cambodia_diplomacy::{Region, SubRegion};
    assert_eq!(Country::iter().count(), 196);
    assert_eq!(Region::Africa.countries().count(), 54);
    // Cambodia is not its own partner.
    assert_eq!(SubRegion::SouthEasternAsia.countries().count(), 10);
    assert_eq!(
        "North Korea".parse::<Country>().unwrap().profile().alpha3,
        "PRK"
    );
    assert_eq!(
        find_partners("North Korea and South Korea")
            .map(|m| m.text)
            .collect::<Vec<_>>(),
        ["North Korea", "South Korea"]
    );
    // "NAM" is the Non-Aligned Movement to people, Namibia to the strict
    // code lookup.
    assert_eq!(
        "NAM".parse::<Partner>(),
        Ok(Organization::NonAlignedMovement.into())
    );
    assert_eq!(
        Country::from_alpha3("NAM").map(|c| c.name()),
        Some("Namibia")
    );
    assert_eq!(
        "Holy See".parse::<Country>().unwrap().profile().alpha2,
        "VA"
    );
}

#[test]
fn answers_after_the_review_date_cannot_tell() {
    let later = DATA_REVIEWED_DAY.succ_opt().unwrap();
    for r in relations() {
        let on_review = r.is_active_on(DATA_REVIEWED_DAY);
        let after = r.is_active_on(later);
        assert_ne!(after.answer, Answer::Yes, "{:?}", r.country);
        assert_ne!(after.answer, Answer::No, "{:?}", r.country);
        assert_eq!(after.period, on_review.period, "{:?}", r.country);
    }
    for m in memberships() {
        assert_eq!(m.is_member_on(later).answer, Answer::CannotTell);
        for c in Country::iter() {
            assert_ne!(m.country_is_member_on(c, later), Answer::Yes);
        }
    }
    assert!(cambodian_state_on(DATA_REVIEWED_DAY).is_some());
    assert!(un_seat_holder_on(DATA_REVIEWED_DAY).is_some());
    assert!(cambodian_state_on(later).is_none());
    assert!(un_seat_holder_on(later).is_none());
    assert!(shared_memberships_on(Country::Laos, later).all(|s| s.answer == Answer::CannotTell));
}

#[test]
fn answers_print_with_their_citations() {
    let e = Country::UnitedStates
        .relation()
        .is_active_on(day(1967, 1, 1));
    let text = e.to_string();
    assert!(
        text.starts_with(
            "Did Cambodia have diplomatic relations with the United States on 1967-01-01? No: severed from 1965-05"
        ),
        "{text}"
    );
    for s in e.sources {
        assert!(text.contains(s.url), "{text}");
    }
    let source = e.sources[0];
    assert_eq!(source.to_string(), source.cite());
    assert!(source.cite().contains(source.title));
}

#[cfg(feature = "serde")]
#[test]
fn answers_serialize_with_their_question_and_sources() {
    let e = Organization::Asean
        .membership()
        .is_member_on(day(2010, 1, 1));
    let json = serde_json::to_value(e).unwrap();
    assert_eq!(json["answer"], "yes");
    assert_eq!(json["question"]["partner"], "asean");
    assert_eq!(json["question"]["asks"], "member");
    assert_eq!(json["question"]["day"], "2010-01-01");
    assert_eq!(json["period"]["status"], "member");
    assert!(
        json["sources"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("http")
    );
    let shared = shared_memberships_on(Country::Laos, day(2010, 1, 1))
        .next()
        .unwrap();
    let json = serde_json::to_value(shared).unwrap();
    assert!(json["country_sources"][0]["title"].is_string());
    let standing = Partner::from(Country::Russia).standing_on(day(1960, 6, 1));
    assert_eq!(serde_json::to_value(standing).unwrap()["answer"], "yes");
}

#[test]
fn error_messages_echo_a_capped_input() {
    let long = "x".repeat(1_000_000);
    let err = long.parse::<Partner>().unwrap_err();
    assert_eq!(err.input().chars().count(), ECHO_LIMIT + 1);
    assert!(err.input().ends_with('…'));
    assert!(err.to_string().len() < 300);
    let err = long.parse::<Principle>().unwrap_err();
    assert!(err.to_string().len() < 300);
    let short = "Atlantis".parse::<Partner>().unwrap_err();
    assert_eq!(short.input(), "Atlantis");
    // Cut on a character boundary, whatever the script.
    let khmer = "ក".repeat(100);
    assert!(
        khmer
            .parse::<Partner>()
            .unwrap_err()
            .input()
            .starts_with('ក')
    );
}

#[test]
fn every_event_is_found_by_its_id() {
    for e in events() {
        assert_eq!(event(e.id), Some(e));
    }
    assert_eq!(event(""), None);
    assert_eq!(event("nope"), None);
}

#[test]
fn the_event_filter_takes_level_direction_and_years() {
    let top_inbound = EventFilter::new()
        .kind(EventType::Visit)
        .level(Level::HeadOfState)
        .direction(Direction::Inbound);
    let mut n = 0;
    for e in top_inbound {
        assert_eq!(
            e.kind.visit(),
            Some((Direction::Inbound, Level::HeadOfState))
        );
        n += 1;
    }
    assert!(n > 0);
    let nineties: Vec<_> = EventFilter::new().years(1990, 1999).into_iter().collect();
    assert!(!nineties.is_empty());
    assert!(
        nineties
            .iter()
            .all(|e| e.date.start.year_number() <= 1999 && e.date.last().year_number() >= 1990)
    );
    assert_eq!(EventFilter::new().years(1999, 1990).into_iter().count(), 0);
    assert_eq!(
        EventFilter::new()
            .years(i32::MIN, i32::MAX)
            .into_iter()
            .count(),
        events().len()
    );
}

#[test]
fn closed_sets_display_labels_and_parse_ids() {
    for t in EventType::iter() {
        assert_eq!(t.id().parse::<EventType>(), Ok(t));
        assert!(
            !t.to_string().contains('_'),
            "{t:?} displays its label, not its id"
        );
    }
    for l in Level::iter() {
        assert_eq!(l.id().parse::<Level>(), Ok(l));
        assert_eq!(l.to_string(), l.label());
    }
    for p in Principle::iter() {
        assert_eq!(p.to_string(), p.profile().name);
    }
}

#[test]
fn counting_states_with_relations_gives_bounds_where_histories_are_incomplete() {
    use cambodia_diplomacy::{active_relations_on, relations_by_establishment, relations_count_on};
    let day = day(2000, 1, 1);
    let count = relations_count_on(day);
    let yes = active_relations_on(day)
        .filter(|(_, e)| e.answer == Answer::Yes)
        .count();
    assert_eq!(count.certain, yes);
    assert_eq!(count.at_most(), active_relations_on(day).count());
    assert!(!count.is_exact(), "most histories are incomplete");
    // Sorted by establishment, earliest first.
    let dated: Vec<_> = relations_by_establishment().collect();
    assert!(dated.len() >= 40);
    assert!(
        dated
            .windows(2)
            .all(|w| w[0].1.first_day() <= w[1].1.first_day())
    );
    assert_eq!(dated[0].0, Country::UnitedStates);
}

#[test]
fn stated_totals_fall_within_the_range_the_records_give() {
    use cambodia_diplomacy::{relations_count_on, reported_relation_counts};
    assert!(reported_relation_counts().len() >= 1);
    for stated in reported_relation_counts() {
        let count = relations_count_on(stated.as_of.first_day());
        let states = usize::from(stated.states);
        assert!(
            count.certain <= states && states <= count.at_most(),
            "{} states stated for {}, the records give {}..={}",
            stated.states,
            stated.as_of,
            count.certain,
            count.at_most()
        );
        assert!(!stated.sources.is_empty());
    }
}
