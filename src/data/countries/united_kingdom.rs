//! Cambodia and the United Kingdom: profile, relation history, missions,
//! agreements and events.
//!
//! Relations date from independence in 1953. The British embassy closed in
//! March 1975; London recognized Democratic Kampuchea, withdrew that
//! recognition in December 1979, and returned with a mission in 1991 that
//! became an embassy after the 1993 elections.

use crate::data::prelude::*;

const RETRIEVED: Option<HistDate> = Some(HistDate::year(2026));

// ---------------------------------------------------------------- sources

pub(crate) static UK_WIKIPEDIA_RELATIONS: Source = Source {
    id: "united_kingdom_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–United Kingdom relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93United_Kingdom_relations",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static UK_RELATION_SUMMARY_2011: Source = Source {
    id: "united_kingdom_cambodia_situation_2011_relation",
    publisher: "Cambodia Situation",
    title: "The Relation Between Cambodia and UK",
    url: "http://cambodiasituation.blogspot.com/2011/04/relation-between-cambodia-and-uk.html",
    language: "en",
    published: Some(HistDate::day(2011, 4, 18)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Royal Embassy of Cambodia in the United Kingdom, \"Cambodia Relations with United Kingdom\"",
    ),
};

pub(crate) static UK_CAMBODIANESS_70_YEARS: Source = Source {
    id: "united_kingdom_cambodianess_70_years",
    publisher: "Cambodianess",
    title: "Cambodia-UK Into 70 Years of Diplomatic Relations",
    url: "https://cambodianess.com/article/cambodia-uk-into-70-years-of-diplomatic-relations",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_CAMBODIANESS_CORONATION: Source = Source {
    id: "united_kingdom_cambodianess_coronation_links",
    publisher: "Cambodianess",
    title: "UK Coronation Highlights Cambodian History Links",
    url: "https://cambodianess.com/article/uk-coronation-highlights-cambodian-history-links",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_PPP_LY_THUCH: Source = Source {
    id: "united_kingdom_ppp_ly_thuch_demining_aid",
    publisher: "The Phnom Penh Post",
    title: "Ly Thuch thanks British govt for demining aid at Queen's jubilee",
    url: "https://www.phnompenhpost.com/national/ly-thuch-thanks-british-govt-demining-aid-queens-jubilee",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_INDEPENDENT_2021_RAAB: Source = Source {
    id: "united_kingdom_independent_2021_raab",
    publisher: "The Independent",
    title: "Britain's FM meets with Cambodian officials for trade talks",
    url: "https://the-independent.com/news/britains-fm-meets-with-cambodian-officials-for-trade-talks-dominic-raab-britain-southeast-asia-bangkok-asia-b1871076.html",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Associated Press, \"Britain's FM meets with Cambodian officials for trade talks\"",
    ),
};

pub(crate) static UK_PPP_2021_SOKHONN_RAAB: Source = Source {
    id: "united_kingdom_ppp_2021_sokhonn_lauds_uk_aid",
    publisher: "The Phnom Penh Post",
    title: "Sokhonn lauds UK aid",
    url: "https://www.phnompenhpost.com/national/sokhonn-lauds-uk-aid-0",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_PPP_2024_TREVELYAN: Source = Source {
    id: "united_kingdom_ppp_2024_trevelyan_visit",
    publisher: "The Phnom Penh Post",
    title: "UK envoy lauds trip, urges: visit Cambodia",
    url: "https://phnompenhpost.com/national/uk-envoy-lauds-trip-urges-visit-cambodia-",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_ASIAN_DIPLOMACY_2024_TREVELYAN: Source = Source {
    id: "united_kingdom_asiandiplomacy_2024_trevelyan",
    publisher: "Asian Diplomacy",
    title: "UK Minister's Cambodia Visit: A Pioneering Step towards Sustainable Collaboration",
    url: "https://asiandiplomacy.com/uk-ministers-cambodia-visit-a-pioneering-step-towards-sustainable-collaboration/",
    language: "en",
    published: Some(HistDate::day(2024, 3, 4)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_EDUCATION_CAMBODIA_2024_TREVELYAN: Source = Source {
    id: "united_kingdom_educationcambodia_2024_trevelyan",
    publisher: "Education Cambodia",
    title: "Cambodia, UK collaborate on enhancing education, promoting sustainability",
    url: "https://educationcambodia.org/cambodia-uk-collaborate-enhancing-education-promoting-sustainability/22475/",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static UK_ONS_MID_2023: Source = Source {
    id: "united_kingdom_ons_population_mid_2023",
    publisher: "Office for National Statistics",
    title: "Population estimates for the UK, England, Wales, Scotland and Northern Ireland: mid-2023",
    url: "https://cy.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/bulletins/annualmidyearpopulationestimates/latest",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static UK_WIKIPEDIA_COPY_COUNTRY: Source = Source {
    id: "united_kingdom_country_article_copy",
    publisher: "Global Business Center",
    title: "United Kingdom of Great Britain and Northern Ireland",
    url: "http://global-business-center.com/u183,United_Kingdom.php",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"United Kingdom\""),
};

pub(crate) static UK_WIKIDATA: Source = Source {
    id: "united_kingdom_wikidata_q145",
    publisher: "Wikidata",
    title: "United Kingdom (Q145)",
    url: "https://www.wikidata.org/wiki/Q145",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------- profile

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::UnitedKingdom,
    short_name_en: "United Kingdom",
    official_name_en: "United Kingdom of Great Britain and Northern Ireland",
    short_name_fr: "Royaume-Uni",
    official_name_fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    alpha2: "GB",
    alpha3: "GBR",
    numeric: 826,
    wikidata: Some("Q145"),
    capital: "London",
    region: Region::Europe,
    sub_region: SubRegion::NorthernEurope,
    intermediate_region: None,
    languages: &["English"],
    currency: "GBP",
    population: Some(Figure::new(68_265_209, 2023, src![UK_ONS_MID_2023])),
    relation_type: RelationType::WiderWorld,
    aliases: &["UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne"],
    sources: src![
        UK_WIKIPEDIA_COPY_COUNTRY,
        JORF_2008_NOMS_ETATS,
        REFTABLES_ISO_3166_CODES,
        WIKIPEDIA_UN_M49,
        UK_WIKIDATA,
    ],
};

// ---------------------------------------------------------------- relation

pub(crate) static RELATION: Relation = Relation {
    country: Country::UnitedKingdom,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1953), [UK_WIKIPEDIA_RELATIONS, UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_CORONATION]),
            end: ended!(month(1975, 3), [UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations were established in 1953, the year of independence, and the first resident British ambassador was posted to Phnom Penh that year.",
            sources: src![UK_WIKIPEDIA_RELATIONS, UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_CORONATION],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(month(1975, 3), [UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS]),
            end: ended!(year(1976), [UK_RELATION_SUMMARY_2011]),
            counterpart: None,
            cambodian_side: None,
            note: "The embassy closed in March 1975, a month before the Khmer Rouge took Phnom Penh. Britain recognized the Democratic Kampuchea government in May 1975.",
            sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1976), [UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS]),
            end: ended!(month(1979, 12), [UK_RELATION_SUMMARY_2011]),
            counterpart: None,
            cambodian_side: None,
            note: "Diplomatic relations with Democratic Kampuchea were established in 1976 but stayed formal: the embassy was not reopened and no British diplomat visited Cambodia under the Khmer Rouge. In March 1978 Britain became the first country to raise the regime's human rights violations publicly, at the UN Commission on Human Rights.",
            sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: Claims(&[
                DateClaim::preferred(month(1979, 12), src![UK_RELATION_SUMMARY_2011])
                    .with_note("A 2011 summary of the relationship (matching the Wikipedia article, which cites the Royal Embassy of Cambodia) says Britain formally withdrew its recognition of Democratic Kampuchea in December 1979, after relations had existed since 1976."),
                DateClaim::alternative(
                    year(1975),
                    src![UK_CAMBODIANESS_70_YEARS],
                    "A 2023 Cambodianess analysis says relations were officially severed in 1975 and speaks of a 16-year break; it does not mention the 1976-1979 relations with Democratic Kampuchea.",
                ),
            ]),
            end: ended!(year(1991), [UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS]),
            counterpart: None,
            cambodian_side: None,
            note: "With recognition withdrawn, Britain had no official relations with any Cambodian government in the 1980s, though it supported the refugee camps on the Thai border and the peace process.",
            sources: src![UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1991), [UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS, UK_PPP_LY_THUCH]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Formal relations resumed in 1991 when a British mission returned to Phnom Penh after the Paris Peace Agreements; it became an embassy after the 1993 elections.",
            sources: src![UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS, UK_WIKIPEDIA_RELATIONS],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::year(1953)),
            closed: Some(HistDate::month(1975, 3)),
            sources: src![UK_WIKIPEDIA_RELATIONS, UK_RELATION_SUMMARY_2011],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::year(1991)),
            closed: None,
            sources: src![UK_RELATION_SUMMARY_2011, UK_PPP_LY_THUCH],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "London",
            opened: None,
            closed: None,
            sources: src![UK_WIKIPEDIA_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[],
    note: "The British post in Phnom Penh reopened in 1991 as a mission and took embassy status after the 1993 elections (Cambodianess dates the embassy's reopening to 1993). The opening date of Cambodia's embassy in London was not found. No bilateral treaty or partnership framework was found in the sources searched.",
    sources: src![UK_WIKIPEDIA_RELATIONS, UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS],
};

// ---------------------------------------------------------------- events

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "united_kingdom_1953_relations_established",
        date: EventDate::on(year(1953)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::UnitedKingdom)],
        title: "Relations established at independence",
        summary: "Britain and newly independent Cambodia established diplomatic relations, and the first resident British ambassador took up his post in Phnom Penh.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            UK_WIKIPEDIA_RELATIONS,
            UK_RELATION_SUMMARY_2011,
            UK_CAMBODIANESS_CORONATION
        ],
    },
    Event {
        id: "united_kingdom_1975_embassy_closed",
        date: EventDate::on(month(1975, 3)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::UnitedKingdom)],
        title: "British embassy closed before the Khmer Rouge victory",
        summary: "Britain closed its embassy and evacuated its staff in March 1975, a month before Phnom Penh fell.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
    },
    Event {
        id: "united_kingdom_1976_relations_with_democratic_kampuchea",
        date: EventDate::on(year(1976)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::UnitedKingdom)],
        title: "Relations with Democratic Kampuchea",
        summary: "Having recognized the Khmer Rouge government in May 1975, Britain established diplomatic relations with Democratic Kampuchea in 1976, without reopening its embassy.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
    },
    Event {
        id: "united_kingdom_1978_human_rights_commission",
        date: EventDate::on(month(1978, 3)),
        kind: EventKind::Dispute,
        partners: &[c(Country::UnitedKingdom)],
        title: "Britain denounces Khmer Rouge abuses at the UN",
        summary: "Britain was the first country to condemn human rights violations in Democratic Kampuchea publicly, raising them at the UN Commission on Human Rights.",
        place: Some("Geneva"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
    },
    Event {
        id: "united_kingdom_1979_recognition_withdrawn",
        date: EventDate::on(month(1979, 12)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::UnitedKingdom)],
        title: "Recognition of Democratic Kampuchea withdrawn",
        summary: "As evidence of the Khmer Rouge atrocities mounted, the British government formally withdrew its recognition of Democratic Kampuchea.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_RELATION_SUMMARY_2011, UK_WIKIPEDIA_RELATIONS],
    },
    Event {
        id: "united_kingdom_1991_mission_reopened",
        date: EventDate::on(year(1991)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::UnitedKingdom)],
        title: "British mission returns to Phnom Penh",
        summary: "After the Paris Peace Agreements Britain opened a mission in Phnom Penh, its first post in the city since the embassy closed in March 1975. It restored the official relations Britain had ended in December 1979 by withdrawing its recognition of Democratic Kampuchea; the 16-year gap Cambodianess speaks of holds for a resident mission, not for relations.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            UK_RELATION_SUMMARY_2011,
            UK_CAMBODIANESS_70_YEARS,
            UK_PPP_LY_THUCH
        ],
    },
    Event {
        id: "united_kingdom_1993_embassy_status",
        date: EventDate::on(year(1993)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::UnitedKingdom)],
        title: "British mission becomes an embassy",
        summary: "Following the UN-run elections of 1993, the British mission in Phnom Penh was raised to an embassy.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_RELATION_SUMMARY_2011, UK_CAMBODIANESS_70_YEARS],
    },
    Event {
        id: "united_kingdom_2021_raab_visit",
        date: EventDate::on(day(2021, 6, 23)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::UnitedKingdom)],
        title: "First visit by a British foreign secretary since 1991",
        summary: "Dominic Raab met Foreign Minister Prak Sokhonn in Phnom Penh to push trade, energy transition and Britain's bid to become an ASEAN dialogue partner, the first such visit since the embassy reopened thirty years earlier.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::UNITED_KINGDOM_2021_RAAB_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![UK_INDEPENDENT_2021_RAAB, UK_PPP_2021_SOKHONN_RAAB],
    },
    Event {
        id: "united_kingdom_2023_joint_trade_investment_forum",
        date: EventDate::on(day(2023, 5, 26)),
        kind: EventKind::Talks,
        partners: &[c(Country::UnitedKingdom)],
        title: "First UK-Cambodia Joint Trade and Investment Forum",
        summary: "The two countries launched a Joint Trade and Investment Forum at Cambodia's Ministry of Commerce in the year of the 70th anniversary of relations.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![UK_CAMBODIANESS_70_YEARS],
    },
    Event {
        id: "united_kingdom_2024_trevelyan_visit",
        date: EventDate::span(day(2024, 3, 2), day(2024, 3, 4)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::Minister,
        },
        partners: &[c(Country::UnitedKingdom)],
        title: "Indo-Pacific minister Anne-Marie Trevelyan visits",
        summary: "On the first visit by a British minister since Hun Manet took office, Trevelyan discussed green infrastructure with Finance Minister Aun Pornmoniroth and visited De Montfort University's new campus, the first branch of a UK university in Cambodia.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            UK_EDUCATION_CAMBODIA_2024_TREVELYAN,
            UK_ASIAN_DIPLOMACY_2024_TREVELYAN,
            UK_PPP_2024_TREVELYAN,
        ],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &UK_WIKIPEDIA_RELATIONS,
    &UK_RELATION_SUMMARY_2011,
    &UK_CAMBODIANESS_70_YEARS,
    &UK_CAMBODIANESS_CORONATION,
    &UK_PPP_LY_THUCH,
    &UK_INDEPENDENT_2021_RAAB,
    &UK_PPP_2021_SOKHONN_RAAB,
    &UK_PPP_2024_TREVELYAN,
    &UK_ASIAN_DIPLOMACY_2024_TREVELYAN,
    &UK_EDUCATION_CAMBODIA_2024_TREVELYAN,
    &UK_ONS_MID_2023,
    &UK_WIKIPEDIA_COPY_COUNTRY,
    &UK_WIKIDATA,
];
