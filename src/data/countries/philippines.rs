//! Cambodia and the Philippines: profile, relation history, missions,
//! agreements and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static PHILIPPINES_PNA_65TH_ANNIVERSARY: Source = Source {
    id: "philippines_pna_65th_anniversary",
    publisher: "Philippine News Agency",
    title: "PBBM pledges to improve PH-Cambodia ties on 65th anniversary of diplomatic relations",
    url: "https://www.pna.gov.ph/articles/1181799",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_MANILA_SHIMBUN_2025: Source = Source {
    id: "philippines_manila_shimbun_2025",
    publisher: "The Manila Shimbun",
    title: "Marcos reaffirms commitment to maximize bilateral relations with Cambodia",
    url: "https://www.manila-shimbun.com/category/english/news282487.html",
    language: "en",
    published: Some(HistDate::day(2025, 2, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_RAPPLER_FAST_FACTS: Source = Source {
    id: "philippines_rappler_fast_facts",
    publisher: "Rappler",
    title: "FAST FACTS: PH-Cambodia relations through the years",
    url: "http://www.rappler.com/newsbreak/iq/155335-fast-facts-philippines-cambodia-relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_TRIBUNE_2024_TIES_INTACT: Source = Source {
    id: "philippines_tribune_2024_ties_intact",
    publisher: "Daily Tribune",
    title: "Marcos says PHL-Cambodia ties remain intact",
    url: "https://tribune.net.ph/2024/08/28/marcos-says-phl-cambodia-ties-remain-intact",
    language: "en",
    published: Some(HistDate::day(2024, 8, 28)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_REMATE_2025: Source = Source {
    id: "philippines_remate_2025_hun_manet",
    publisher: "Remate",
    title: "Defense, trade ties tinalakay nina PBBM, Cambodia PM",
    url: "https://remate.ph/defense-trade-ties-tinalakay-nina-pbbm-cambodia-pm/",
    language: "tl",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_DFA_EMBASSY_PAGE: Source = Source {
    id: "philippines_dfa_embassy_phnom_penh",
    publisher: "Embassy of the Philippines in Cambodia",
    title: "PHL-Cambodia Relations",
    url: "https://phnompenhpe.dfa.gov.ph/phl-cambodia-relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static PHILIPPINES_INQUIRER_RECALL_2012: Source = Source {
    id: "philippines_inquirer_recall_2012",
    publisher: "Philippine Daily Inquirer",
    title: "Cambodia recalls envoy to Philippines",
    url: "https://globalnation.inquirer.net/46783/cambodian-envoy-sent-home-over-west-philippine-sea-comments",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_PHILSTAR_RECALL_2012: Source = Source {
    id: "philippines_philstar_recall_2012",
    publisher: "The Philippine Star",
    title: "PHL sees improving ties as Cambodia envoy recalled",
    url: "https://qa.philstar.com/headlines/2012/08/11/837120/phl-sees-improving-ties-cambodia-envoy-recalled/amp",
    language: "en",
    published: Some(HistDate::day(2012, 8, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_DIPLOMAT_DUTERTE_2016: Source = Source {
    id: "philippines_diplomat_duterte_2016",
    publisher: "The Diplomat",
    title: "What Did the Philippines' Duterte Achieve in Cambodia?",
    url: "https://thediplomat.com/2016/12/what-did-the-philippines-duterte-achieve-in-cambodia/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_EAGLE_NEWS_2016: Source = Source {
    id: "philippines_eagle_news_2016",
    publisher: "Eagle News",
    title: "Philippines, Cambodia sign bilateral agreements during Duterte state visit",
    url: "http://www.eaglenews.ph/philippines-cambodia-sign-bilateral-agreements-during-duterte-state-visit/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_TRIBUNE_2025_AGREEMENTS: Source = Source {
    id: "philippines_tribune_2025_eight_agreements",
    publisher: "Daily Tribune",
    title: "PHL and Cambodia forge stronger ties with eight bilateral agreements",
    url: "https://tribune.net.ph/amp/story/2025/02/11/phl-and-cambodia-forge-stronger-ties-with-eight-bilateral-agreements",
    language: "en",
    published: Some(HistDate::day(2025, 2, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_GMA_2025_AGREEMENTS: Source = Source {
    id: "philippines_gma_2025_agreements",
    publisher: "GMA News",
    title: "PH, Cambodia ink deals to improve bilateral ties",
    url: "https://gmanetwork.com/news/topstories/nation/935895/ph-cambodia-ink-deals-to-improve-bilateral-ties/story",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_TRIBUNE_2025_STATE_BANQUET: Source = Source {
    id: "philippines_tribune_2025_state_banquet",
    publisher: "Daily Tribune",
    title: "Cambodian leader hosts state banquet for Marcos",
    url: "https://tribune.net.ph/2025/09/08/cambodian-leader-hosts-state-banquet-for-marcos",
    language: "en",
    published: Some(HistDate::day(2025, 9, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_FILIPINO_TIMES_2025: Source = Source {
    id: "philippines_filipino_times_2025_state_visit",
    publisher: "The Filipino Times",
    title: "Marcos departs for state visit to Cambodia",
    url: "https://filipinotimes.net/latest-news/2025/09/07/marcos-departs-for-state-visit-to-cambodia/",
    language: "en",
    published: Some(HistDate::day(2025, 9, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PHILIPPINES_UNIVERSALIS_COUNTRY: Source = Source {
    id: "philippines_universalis_country",
    publisher: "Encyclopædia Universalis",
    title: "Philippines",
    url: "https://universalis.fr/encyclopedie/philippines/8-bibliographie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static PHILIPPINES_QWE_WIKI_COUNTRY_FR: Source = Source {
    id: "philippines_qwe_wiki_country_fr",
    publisher: "qwe.wiki",
    title: "Philippines",
    url: "https://fr.qwe.wiki/wiki/Republic_of_the_Philippines",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Philippines\""),
};

pub(crate) static PHILIPPINES_WIKIITAL_COUNTRY_FR: Source = Source {
    id: "philippines_wikiital_country_fr",
    publisher: "wikiital.com",
    title: "Philippines",
    url: "https://fr.wikiital.com/wiki/Filippine",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Filippine\""),
};

pub(crate) static PHILIPPINES_PHILSTAR_CENSUS_2020: Source = Source {
    id: "philippines_philstar_census_2020",
    publisher: "The Philippine Star",
    title: "Philippine population hits 109 million",
    url: "https://www.philstar.com/headlines/2021/07/08/2110979/philippine-population-hits-109-million",
    language: "en",
    published: Some(HistDate::day(2021, 7, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Philippines,
    short_name_en: "Philippines",
    official_name_en: "Republic of the Philippines",
    short_name_fr: "Philippines",
    official_name_fr: "République des Philippines",
    alpha2: "PH",
    alpha3: "PHL",
    numeric: 608,
    wikidata: Some("Q928"),
    capital: "Manila",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Filipino", "English"],
    currency: "PHP",
    population: Some(Figure::new(
        109_035_343,
        2020,
        src![
            PHILIPPINES_PHILSTAR_CENSUS_2020,
            PHILIPPINES_QWE_WIKI_COUNTRY_FR
        ],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &["Republika ng Pilipinas", "Pilipinas", "The Philippines"],
    sources: src![
        PHILIPPINES_UNIVERSALIS_COUNTRY,
        PHILIPPINES_QWE_WIKI_COUNTRY_FR,
        PHILIPPINES_WIKIITAL_COUNTRY_FR,
        UNSD_M49,
        PHILIPPINES_GMA_2025_AGREEMENTS,
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Philippines,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1957, 8, 20),
                [
                    PHILIPPINES_PNA_65TH_ANNIVERSARY,
                    PHILIPPINES_MANILA_SHIMBUN_2025,
                    PHILIPPINES_TRIBUNE_2025_STATE_BANQUET
                ]
            ),
            end: PeriodEnd::Unknown,
            counterpart: None,
            cambodian_side: None,
            note: "Relations were opened on 20 August 1957 under President Carlos P. Garcia. Philippine sources speak of a resumption of relations in 1995, so they lapsed at some point before then; no source seen says when or how.",
            sources: src![
                PHILIPPINES_PNA_65TH_ANNIVERSARY,
                PHILIPPINES_RAPPLER_FAST_FACTS
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                year(1995),
                [
                    PHILIPPINES_TRIBUNE_2024_TIES_INTACT,
                    PHILIPPINES_REMATE_2025
                ]
            ),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Philippine government and press sources date the present, uninterrupted phase of relations from their resumption in 1995.",
            sources: src![
                PHILIPPINES_TRIBUNE_2024_TIES_INTACT,
                PHILIPPINES_REMATE_2025
            ],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![PHILIPPINES_DFA_EMBASSY_PAGE],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Manila",
            opened: None,
            closed: None,
            sources: src![
                PHILIPPINES_INQUIRER_RECALL_2012,
                PHILIPPINES_PHILSTAR_RECALL_2012
            ],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Memorandum of understanding on combating transnational crime (police cooperation)",
            kind: AgreementKind::Cooperation,
            signed: Some(day(2016, 12, 14)),
            in_force: None,
            sources: src![
                PHILIPPINES_DIPLOMAT_DUTERTE_2016,
                PHILIPPINES_EAGLE_NEWS_2016
            ],
        },
        Agreement {
            title: "Agreement for the elimination of double taxation with respect to taxes on income and the prevention of tax evasion and avoidance",
            kind: AgreementKind::Economic,
            signed: Some(day(2025, 2, 11)),
            in_force: None,
            sources: src![
                PHILIPPINES_TRIBUNE_2025_AGREEMENTS,
                PHILIPPINES_GMA_2025_AGREEMENTS
            ],
        },
        Agreement {
            title: "Memorandum of understanding on agricultural and agribusiness cooperation",
            kind: AgreementKind::Cooperation,
            signed: Some(day(2025, 2, 11)),
            in_force: None,
            sources: src![
                PHILIPPINES_TRIBUNE_2025_AGREEMENTS,
                PHILIPPINES_GMA_2025_AGREEMENTS
            ],
        },
    ],
    note: "Searched for when and why relations lapsed before their 1995 resumption, and for the opening dates of the two embassies; no source seen gives them.",
    sources: src![
        PHILIPPINES_PNA_65TH_ANNIVERSARY,
        PHILIPPINES_TRIBUNE_2024_TIES_INTACT
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "philippines_1957_relations_established",
        date: EventDate::on(day(1957, 8, 20)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Philippines)],
        title: "Diplomatic relations established",
        summary: "Cambodia and the Philippines formally opened diplomatic relations during the presidency of Carlos P. Garcia.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            PHILIPPINES_PNA_65TH_ANNIVERSARY,
            PHILIPPINES_RAPPLER_FAST_FACTS
        ],
    },
    Event {
        id: "philippines_1964_macapagal_visit",
        date: EventDate::on(month(1964, 2)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Philippines)],
        title: "President Macapagal visits Cambodia",
        summary: "Diosdado Macapagal became the first Philippine president to visit Cambodia.",
        place: Some("Cambodia"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![PHILIPPINES_RAPPLER_FAST_FACTS],
    },
    Event {
        id: "philippines_1995_relations_resumed",
        date: EventDate::on(year(1995)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Philippines)],
        title: "Diplomatic relations resumed",
        summary: "The two governments resumed diplomatic relations, the starting point Philippine sources give for the present phase of cordial ties.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            PHILIPPINES_TRIBUNE_2024_TIES_INTACT,
            PHILIPPINES_REMATE_2025
        ],
    },
    Event {
        id: "philippines_1995_ramos_visit",
        date: EventDate::on(month(1995, 12)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Philippines)],
        title: "President Ramos visits Cambodia",
        summary: "Fidel Ramos became the second Philippine president to visit Cambodia, in the year relations resumed.",
        place: Some("Cambodia"),
        exchange: Some(&crate::data::exchanges::PHILIPPINES_1995_RAMOS_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![PHILIPPINES_RAPPLER_FAST_FACTS],
    },
    Event {
        id: "philippines_2012_ambassador_recalled",
        date: EventDate::on(day(2012, 8, 10)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Philippines)],
        title: "Cambodian ambassador in Manila recalled",
        summary: "Manila confirmed that Cambodia had recalled Ambassador Hos Sereythonh, a year early, after his newspaper letter accused the Philippines and Vietnam of 'dirty politics' over the South China Sea at the July ASEAN ministers' meeting in Phnom Penh.",
        place: Some("Manila"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            PHILIPPINES_INQUIRER_RECALL_2012,
            PHILIPPINES_PHILSTAR_RECALL_2012
        ],
    },
    Event {
        id: "philippines_2016_duterte_state_visit",
        date: EventDate::span(day(2016, 12, 13), day(2016, 12, 14)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Philippines)],
        title: "State visit of President Duterte",
        summary: "Rodrigo Duterte's two-day visit, upgraded by Cambodia from a working visit to a state visit, produced four agreements on transnational crime, labour, sports and tourism.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::PHILIPPINES_2016_DUTERTE_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            PHILIPPINES_DIPLOMAT_DUTERTE_2016,
            PHILIPPINES_EAGLE_NEWS_2016,
            PHILIPPINES_RAPPLER_FAST_FACTS
        ],
    },
    Event {
        id: "philippines_2025_hun_manet_visit",
        date: EventDate::span(day(2025, 2, 10), day(2025, 2, 11)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Philippines)],
        title: "Hun Manet's first visit to the Philippines; eight agreements",
        summary: "Received by President Marcos at Malacañang on 11 February, Hun Manet signed eight agreements, among them a double-taxation treaty and memoranda on agriculture, digital government, vocational training and competition law.",
        place: Some("Manila"),
        exchange: Some(&crate::data::exchanges::PHILIPPINES_2025_HUN_MANET_VISIT),
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![
            PHILIPPINES_TRIBUNE_2025_AGREEMENTS,
            PHILIPPINES_GMA_2025_AGREEMENTS,
            PHILIPPINES_REMATE_2025
        ],
    },
    Event {
        id: "philippines_2025_marcos_state_visit",
        date: EventDate::span(day(2025, 9, 7), day(2025, 9, 9)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Philippines)],
        title: "State visit of President Marcos",
        summary: "Ferdinand Marcos Jr. returned Hun Manet's visit with a three-day state visit, holding talks with the prime minister and attending a state banquet hosted by acting head of state Hun Sen.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::PHILIPPINES_2025_MARCOS_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            PHILIPPINES_FILIPINO_TIMES_2025,
            PHILIPPINES_TRIBUNE_2025_STATE_BANQUET
        ],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &PHILIPPINES_PNA_65TH_ANNIVERSARY,
    &PHILIPPINES_MANILA_SHIMBUN_2025,
    &PHILIPPINES_RAPPLER_FAST_FACTS,
    &PHILIPPINES_TRIBUNE_2024_TIES_INTACT,
    &PHILIPPINES_REMATE_2025,
    &PHILIPPINES_DFA_EMBASSY_PAGE,
    &PHILIPPINES_INQUIRER_RECALL_2012,
    &PHILIPPINES_PHILSTAR_RECALL_2012,
    &PHILIPPINES_DIPLOMAT_DUTERTE_2016,
    &PHILIPPINES_EAGLE_NEWS_2016,
    &PHILIPPINES_TRIBUNE_2025_AGREEMENTS,
    &PHILIPPINES_GMA_2025_AGREEMENTS,
    &PHILIPPINES_TRIBUNE_2025_STATE_BANQUET,
    &PHILIPPINES_FILIPINO_TIMES_2025,
    &PHILIPPINES_UNIVERSALIS_COUNTRY,
    &PHILIPPINES_QWE_WIKI_COUNTRY_FR,
    &PHILIPPINES_WIKIITAL_COUNTRY_FR,
    &PHILIPPINES_PHILSTAR_CENSUS_2020,
];
