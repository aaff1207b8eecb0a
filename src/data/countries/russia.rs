//! Cambodia and Russia (and before 1991 the USSR): profile, relation history,
//! missions, agreements and events.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Russia,
    short_name_en: "Russia",
    official_name_en: "Russian Federation",
    short_name_fr: "Russie",
    official_name_fr: "Fédération de Russie",
    alpha2: "RU",
    alpha3: "RUS",
    numeric: 643,
    wikidata: "Q159",
    capital: "Moscow",
    region: "Europe",
    sub_region: "Eastern Europe",
    languages: &["Russian"],
    currency: "RUB",
    population: None, // TODO(research): a sourced figure with its year
    relation_type: RelationType::WiderWorld,
    aliases: &["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Union soviétique", "URSS", "Russian Federation"],
    sources: src![SEED_WIKI_RUSSIA], // TODO(research): a source for the codes, names and figures
};

const USSR: Option<&str> = Some("Union of Soviet Socialist Republics");

pub(crate) static RELATION: Relation = Relation {
    country: Country::Russia,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1956, 5, 13), [SEED_WIKI_RUSSIA]),
            end: ended!(month(1973, 11), [SEED_WIKI_RUSSIA]),
            counterpart: USSR,
            cambodian_side: None,
            note: "Relations opened with the Soviet Union a year after Cambodia entered the UN; trade and cultural agreements followed in 1957.",
            sources: src![SEED_WIKI_RUSSIA],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(month(1973, 11), [SEED_WIKI_RUSSIA]),
            end: ended!(year(1979), [SEED_WIKI_RUSSIA]),
            counterpart: USSR,
            cambodian_side: None,
            note: "Moscow pulled its diplomats out in November 1973; after April 1975 Democratic Kampuchea turned down a Soviet offer to restore full relations.",
            sources: src![SEED_WIKI_RUSSIA],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1979), [SEED_WIKI_RUSSIA]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations resumed with the People's Republic of Kampuchea early in 1979; Russia continued them after the Soviet Union dissolved.",
            sources: src![SEED_WIKI_RUSSIA],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![SEED_WIKI_RUSSIA],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Moscow",
            opened: None,
            closed: None,
            sources: src![SEED_WIKI_RUSSIA],
        },
    ],
    frameworks: &[],
    agreements: &[],
    note: "",
    sources: src![SEED_WIKI_RUSSIA],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "russia_1956_relations_established",
        date: EventDate::on(day(1956, 5, 13)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Russia)],
        title: "Relations established with the Soviet Union",
        summary: "Cambodia and the USSR opened diplomatic relations, one year after Cambodia's admission to the United Nations.",
        place: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_1973_personnel_withdrawn",
        date: EventDate::on(month(1973, 11)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Russia)],
        title: "Soviet diplomats withdrawn",
        summary: "Treated as unfriendly by the Khmer Rouge, the Soviet foreign ministry recalled all of its diplomatic staff; only a few technicians stayed to watch over the embassy.",
        place: Some("Phnom Penh"),
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_1979_relations_restored",
        date: EventDate::on(year(1979)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Russia)],
        title: "Relations restored with the People's Republic of Kampuchea",
        summary: "Early in 1979 the USSR and the new government in Phnom Penh re-established relations; Soviet economic, military and technical aid followed through the 1980s.",
        place: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
];

pub(crate) static SOURCES: &[&Source] = &[];
