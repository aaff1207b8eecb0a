//! Cambodia and Singapore: profile, relation history (opened in 1965, cut in
//! 1975, resumed in 1992), missions, agreements and events, including
//! Singapore's part in the diplomacy of the 1980s.

use crate::data::exchanges::EX_FM_AKP_2017_BALAKRISHNAN_HUN_SEN;
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static SINGAPORE_IRIC_55_YEARS: Source = Source {
    id: "singapore_iric_55_years",
    publisher: "International Relations Institute of Cambodia",
    title: "Cambodia-Singapore: 55 years after diplomatic ties",
    url: "https://iric.gov.kh/cambodia-singapore-55-years-after-diplomatic-ties/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Cambridge University Press / ISEAS, \"Forging Closer Bilateral Relations between Cambodia and Singapore\" (Sok An)",
    ),
};

pub(crate) static SINGAPORE_SOK_AN_CHAPTER: Source = Source {
    id: "singapore_sok_an_forging_closer_relations",
    publisher: "Cambridge University Press / ISEAS",
    title: "Forging Closer Bilateral Relations between Cambodia and Singapore (Sok An)",
    url: "https://www.cambridge.org/core/product/identifier/CBO9789814379830A012/type/BOOK_PART",
    language: "en",
    published: Some(HistDate::day(2015, 10, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static SINGAPORE_MFA_60TH_MESSAGES: Source = Source {
    id: "singapore_mfa_60th_anniversary_messages",
    publisher: "EIN Presswire",
    title: "Exchange of congratulatory messages to commemorate 60th anniversary of diplomatic relations between Singapore and Cambodia",
    url: "https://www.einpresswire.com/article/849485758/exchange-of-congratulatory-messages-to-commemorate-60th-anniversary-of-diplomatic-relations-between-singapore-and-cambodia",
    language: "en",
    published: Some(HistDate::day(2025, 9, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Ministry of Foreign Affairs of Singapore, \"Exchange of congratulatory messages to commemorate 60th anniversary of diplomatic relations between Singapore and Cambodia\"",
    ),
};

pub(crate) static SINGAPORE_KT_AMBASSADOR_2020: Source = Source {
    id: "singapore_khmer_times_ambassador_2020",
    publisher: "Khmer Times",
    title: "Message from Singapore Ambassador to Cambodia",
    url: "https://www.khmertimeskh.com/50759055/message-from-singapore-ambassador-to-cambodia/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_PPP_CHEOK_2015: Source = Source {
    id: "singapore_ppp_ambassador_cheok_2015",
    publisher: "The Phnom Penh Post",
    title: "Message from Ambassador Kevin Cheok",
    url: "http://www.phnompenhpost.com/post-plus/message-ambassador-kevin-cheok",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_AKP_60TH_2025: Source = Source {
    id: "singapore_akp_wong_visit_planned_2025",
    publisher: "Singapore News Gazette",
    title: "Singapore Prime Minister to Visit Cambodia This Year Amid Diplomatic Milestone",
    url: "https://singaporenewsgazette.com/singapore-prime-minister-to-visit-cambodia-this-year-amid-diplomatic-milestone",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Singapore Prime Minister to Visit Cambodia This Year Amid Diplomatic Milestone\"",
    ),
};

pub(crate) static SINGAPORE_CAMBRIDGE_SYNERGY: Source = Source {
    id: "singapore_cambridge_synergy_chapter",
    publisher: "Cambridge University Press / ISEAS",
    title: "Cambodia-Singapore Synergy: A Paradigm for Cooperation and Connectivity",
    url: "http://core-varnish-new.prod.aop.cambridge.org/core/books/abs/cambodia/cambodiasingapore-synergy-a-paradigm-for-cooperation-and-connectivity/7E5C866A04B27712853CC6AD3EBF246A",
    language: "en",
    published: Some(HistDate::day(2015, 10, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static SINGAPORE_CABLE_1979: Source = Source {
    id: "singapore_wikileaks_cable_1979",
    publisher: "Embassy of the United States in Singapore",
    title: "Singapore Government's views on Sihanouk's reappearance and developments in Kampuchea (cable 1979SINGAP00254)",
    url: "https://search.wikileaks.org/plusd/cables/1979SINGAP00254_e.html",
    language: "en",
    published: Some(HistDate::day(1979, 1, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static SINGAPORE_MFA_WONG_KAN_SENG_2011: Source = Source {
    id: "singapore_mfa_wong_kan_seng_lecture_2011",
    publisher: "Ministry of Foreign Affairs of Singapore",
    title: "Speech by Former Deputy Prime Minister Wong Kan Seng at the S Rajaratnam Lecture, 23 November 2011",
    url: "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2011/11/Speech-by-Former-Deputy-Prime-Minister-Wong-Kan-Seng-at-the-S-Rajaratnam-Lecture-at-Shangri-La-Hote",
    language: "en",
    published: Some(HistDate::day(2011, 11, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static SINGAPORE_UNIVERSALIS_1981: Source = Source {
    id: "singapore_universalis_september_1981",
    publisher: "Encyclopædia Universalis",
    title: "4-18 septembre 1981 – Cambodge. Tentative de regroupement de l'opposition au régime de Phnom Penh",
    url: "https://universalis.fr/evenement/4-18-septembre-1981-tentative-de-regroupement-de-l-opposition-au-regime-de-phnom-penh",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static SINGAPORE_CSM_1981: Source = Source {
    id: "singapore_csmonitor_1981_singapore_meeting",
    publisher: "The Christian Science Monitor",
    title: "Cambodia surprise: Khmer Rouge and Sihanouk meet",
    url: "https://www.csmonitor.com/1981/0908/090838.html",
    language: "en",
    published: Some(HistDate::day(1981, 9, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_PPP_AMBASSADOR_TEO: Source = Source {
    id: "singapore_ppp_ambassador_teo_lecture",
    publisher: "The Phnom Penh Post",
    title: "Singaporean ambassador highlights strengthened partnerships",
    url: "https://phnompenhpost.com/national/singaporean-ambassador-highlights-strengthened-partnerships",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_KT_BALAKRISHNAN_2017: Source = Source {
    id: "singapore_khmer_times_balakrishnan_2017",
    publisher: "Vannarith Chheang",
    title: "Cambodia and Singapore strengthen their ties",
    url: "https://vannarithchheang.com/2017/10/27/cambodia-and-singapore-strengthen-their-ties/",
    language: "en",
    published: Some(HistDate::day(2017, 10, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"Cambodia and Singapore strengthen their ties\""),
};

pub(crate) static SINGAPORE_PPP_POLITICAL_CONSULTATIONS: Source = Source {
    id: "singapore_ppp_first_political_consultations",
    publisher: "The Phnom Penh Post",
    title: "Singapore and Kingdom meet for first political consultation",
    url: "https://www.phnompenhpost.com/national/singapore-and-kingdom-meet-first-political-consultation",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_BLACKDOT_2019: Source = Source {
    id: "singapore_blackdot_factcheck_2019",
    publisher: "Black Dot Research",
    title: "What was Singapore's position exactly in respect of the Vietnamese occupation of Cambodia from end-1978 to 1989?",
    url: "https://blackdotresearch.sg/factcheck-what-was-singapores-position-exactly-in-respect-of-the-vietnamese-occupation-of-cambodia-from-1979-to-1989/",
    language: "en",
    published: Some(HistDate::day(2019, 6, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_FRESH_NEWS_2019: Source = Source {
    id: "singapore_fresh_news_2019_cgdk",
    publisher: "Fresh News",
    title: "Singapore contributed to the formation of the Coalition Government of Democratic Kampuchea, historical journal shows",
    url: "http://en.freshnewsasia.com/index.php/en/localnews/14250-2019-06-07-08-46-26.html",
    language: "en",
    published: Some(HistDate::day(2019, 6, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_MOTHERSHIP_2024: Source = Source {
    id: "singapore_mothership_hun_manet_2024",
    publisher: "Mothership",
    title: "Cambodia PM Hun Manet makes 1st official visit to S'pore",
    url: "https://mothership.sg/2024/06/hun-manet-visits-singapore-2024/",
    language: "en",
    published: Some(HistDate::day(2024, 6, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SINGAPORE_MFA_WONG_VISIT_2025: Source = Source {
    id: "singapore_mfa_wong_visit_2025",
    publisher: "EIN Presswire",
    title: "Introductory visit of Prime Minister Lawrence Wong to Phnom Penh, Cambodia, 2 July 2025",
    url: "https://www.einpresswire.com/article/827645236/introductory-visit-of-prime-minister-lawrence-wong-to-phnom-penh-cambodia-2-july-2025",
    language: "en",
    published: Some(HistDate::day(2025, 7, 2)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Ministry of Foreign Affairs of Singapore, \"Introductory visit of Prime Minister Lawrence Wong to Phnom Penh, Cambodia, 2 July 2025\"",
    ),
};

pub(crate) static SINGAPORE_FRWIKI_COUNTRY: Source = Source {
    id: "singapore_frwiki_country",
    publisher: "Kampuspedia",
    title: "Singapour",
    url: "https://kampuspedia.com/fr/Singapour",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Singapour\""),
};

pub(crate) static SINGAPORE_WIKILAND_COUNTRY_FR: Source = Source {
    id: "singapore_wikiland_country_fr",
    publisher: "Wikiland",
    title: "Singapour (Singapore)",
    url: "https://wikiland.org/fr/Singapore",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Singapore\""),
};

pub(crate) static SINGAPORE_SINGSTAT_POPULATION: Source = Source {
    id: "singapore_singstat_population_2024",
    publisher: "Singapore Department of Statistics",
    title: "Population and Population Structure – Latest Data",
    url: "https://singstat.gov.sg/find-data/search-by-theme/population/population-and-population-structure/latest-data",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Singapore,
    short_name_en: "Singapore",
    official_name_en: "Republic of Singapore",
    short_name_fr: "Singapour",
    official_name_fr: "République de Singapour",
    alpha2: "SG",
    alpha3: "SGP",
    numeric: 702,
    wikidata: Some("Q334"),
    capital: "Singapore",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["English", "Malay", "Mandarin", "Tamil"],
    currency: "SGD",
    population: Some(Figure::new(
        6_036_900,
        2024,
        src![SINGAPORE_SINGSTAT_POPULATION],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &["Republik Singapura", "Singapura"],
    sources: src![
        SINGAPORE_FRWIKI_COUNTRY,
        SINGAPORE_WIKILAND_COUNTRY_FR,
        UNSD_M49,
        SINGAPORE_IRIC_55_YEARS,
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Singapore,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(
                    day(1965, 9, 15),
                    src![SINGAPORE_MFA_60TH_MESSAGES, SINGAPORE_KT_AMBASSADOR_2020, SINGAPORE_AKP_60TH_2025],
                )
                .with_note("Singapore's foreign ministry gives 15 September 1965, and both governments exchanged 60th-anniversary messages on 15 September 2025."),
                DateClaim::alternative(
                    day(1965, 8, 10),
                    src![SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER],
                    "Cambodian accounts give 10 August 1965, the day after Singapore's independence; this appears to be the date Cambodia recognized Singapore rather than the formal opening of relations.",
                ),
            ]),
            end: ended!(year(1975), [SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER]),
            counterpart: None,
            cambodian_side: None,
            note: "Cambodia was one of the first states to recognize independent Singapore, and its Prime Minister Lee Kuan Yew built close ties with Prince Sihanouk.",
            sources: src![SINGAPORE_SOK_AN_CHAPTER, SINGAPORE_IRIC_55_YEARS, SINGAPORE_MFA_60TH_MESSAGES],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(year(1975), [SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER]),
            end: ended!(day(1992, 1, 18), [SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER]),
            counterpart: None,
            cambodian_side: None,
            note: "Ties were cut in 1975; Singapore's mission had been evacuated in March 1975, and in January 1979 Singapore still had no relations with Democratic Kampuchea. Through the 1980s Singapore opposed the Vietnamese occupation with ASEAN at the UN and elsewhere, yet kept up trade with Cambodia and served as a channel for humanitarian aid to it.",
            sources: src![SINGAPORE_SOK_AN_CHAPTER, SINGAPORE_IRIC_55_YEARS, SINGAPORE_CAMBRIDGE_SYNERGY, SINGAPORE_CABLE_1979, SINGAPORE_MFA_WONG_KAN_SENG_2011],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1992, 1, 18), [SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations were resumed after the Paris Agreements and have since been marked by regular visits, Singaporean investment and training under the Singapore Cooperation Programme.",
            sources: src![SINGAPORE_SOK_AN_CHAPTER, SINGAPORE_IRIC_55_YEARS, SINGAPORE_PPP_AMBASSADOR_TEO],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![SINGAPORE_KT_AMBASSADOR_2020, SINGAPORE_PPP_AMBASSADOR_TEO],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Memorandum of understanding on Cambodia-Singapore political consultations",
        kind: AgreementKind::Cooperation,
        signed: Some(month(2017, 10)),
        in_force: None,
        sources: src![SINGAPORE_KT_BALAKRISHNAN_2017, SINGAPORE_PPP_POLITICAL_CONSULTATIONS],
    }],
    note: "Singapore's first mission in Phnom Penh, whose rank the sources do not give, is recorded only as an event (closed March 1975). Searched for Cambodia's embassy in Singapore and its opening date, and for the opening date of Singapore's present embassy in Phnom Penh; none found.",
    sources: src![SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "singapore_1965_relations_established",
        date: EventDate::on(day(1965, 9, 15)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Singapore)],
        title: "Diplomatic relations established",
        summary: "Having been among the first to recognize Singapore's independence in August 1965, Cambodia established diplomatic relations with it, the fourth country to do so according to Singapore.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SINGAPORE_SOK_AN_CHAPTER,
            SINGAPORE_MFA_60TH_MESSAGES,
            SINGAPORE_KT_AMBASSADOR_2020,
            SINGAPORE_IRIC_55_YEARS,
            SINGAPORE_PPP_CHEOK_2015
        ],
    },
    Event {
        id: "singapore_1975_mission_evacuated",
        date: EventDate::on(month(1975, 3)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::Singapore)],
        title: "Singapore's mission in Phnom Penh evacuated",
        summary: "As the Khmer Republic collapsed, Singapore closed its mission and flew its last chargé d'affaires out on an Australian military aircraft.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_CAMBRIDGE_SYNERGY],
    },
    Event {
        id: "singapore_1981_resistance_leaders_meeting",
        date: EventDate::on(day(1981, 9, 4)),
        kind: EventKind::Talks,
        partners: &[c(Country::Singapore)],
        title: "Singapore hosts first meeting of the three resistance leaders",
        summary: "Prince Sihanouk, Son Sann and Khieu Samphan met for the first time, in Singapore, and agreed to set up a committee to study a coalition government against the People's Republic of Kampuchea.",
        place: Some("Singapore"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_UNIVERSALIS_1981, SINGAPORE_CSM_1981],
    },
    Event {
        id: "singapore_1992_relations_resumed",
        date: EventDate::on(day(1992, 1, 18)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Singapore)],
        title: "Diplomatic relations resumed",
        summary: "Cambodia and Singapore restored the diplomatic ties cut in 1975.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER],
    },
    Event {
        id: "singapore_2000_hun_sen_official_visit",
        date: EventDate::on(year(2000)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Singapore)],
        title: "Hun Sen's official visit to Singapore",
        summary: "Prime Minister Hun Sen paid an official visit to Singapore.",
        place: Some("Singapore"),
        exchange: Some(&crate::data::exchanges::SINGAPORE_2000_HUN_SEN_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_IRIC_55_YEARS, SINGAPORE_SOK_AN_CHAPTER],
    },
    Event {
        id: "singapore_2001_goh_chok_tong_visit",
        date: EventDate::on(month(2001, 5)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Singapore)],
        title: "Prime Minister Goh Chok Tong visits Cambodia",
        summary: "Goh Chok Tong's official visit promoted Singaporean investment in Cambodia and training for Cambodian officials.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::SINGAPORE_2001_GOH_CHOK_TONG_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_SOK_AN_CHAPTER, SINGAPORE_IRIC_55_YEARS],
    },
    Event {
        id: "singapore_2002_training_centre",
        date: EventDate::on(year(2002)),
        kind: EventKind::Aid,
        partners: &[c(Country::Singapore)],
        title: "Cambodia-Singapore Training Centre opened",
        summary: "Singapore set up a training centre for Cambodian officials, later upgraded to the Cambodia-Singapore Cooperation Centre; more than 18,000 officials had been trained under the Singapore Cooperation Programme since 1992.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_PPP_AMBASSADOR_TEO, SINGAPORE_KT_BALAKRISHNAN_2017],
    },
    Event {
        id: "singapore_2017_balakrishnan_visit",
        date: EventDate::span(day(2017, 10, 17), day(2017, 10, 18)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Singapore)],
        title: "Foreign Minister Balakrishnan visits; political consultations agreed",
        summary: "On his introductory visit, Vivian Balakrishnan was received by King Sihamoni and Hun Sen and signed with Prak Sokhonn an agreement setting up regular political consultations.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::SINGAPORE_2017_BALAKRISHNAN_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            SINGAPORE_KT_BALAKRISHNAN_2017,
            SINGAPORE_PPP_POLITICAL_CONSULTATIONS,
            EX_FM_AKP_2017_BALAKRISHNAN_HUN_SEN
        ],
    },
    Event {
        id: "singapore_2019_dispute_over_lee_post",
        date: EventDate::on(day(2019, 6, 7)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Singapore)],
        title: "Hun Sen rebukes Lee Hsien Loong over 1978 'invasion' remark",
        summary: "After Singapore's prime minister wrote that ASEAN had opposed Vietnam's 'invasion' of Cambodia, Hun Sen replied that Vietnam had liberated Cambodians and accused Singapore of having backed the Khmer Rouge and hosted the talks that led to the coalition government in exile.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_BLACKDOT_2019, SINGAPORE_FRESH_NEWS_2019],
    },
    Event {
        id: "singapore_2024_hun_manet_official_visit",
        date: EventDate::span(day(2024, 6, 18), day(2024, 6, 19)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Singapore)],
        title: "Hun Manet's first official visit to Singapore",
        summary: "Hosted by Prime Minister Lawrence Wong, Hun Manet held talks on deepening cooperation; the programme included the signing of cooperation documents and the launch of a financial transparency corridor for small businesses.",
        place: Some("Singapore"),
        exchange: Some(&crate::data::exchanges::SINGAPORE_2024_HUN_MANET_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![SINGAPORE_MOTHERSHIP_2024],
    },
    Event {
        id: "singapore_2025_lawrence_wong_visit",
        date: EventDate::on(day(2025, 7, 2)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Singapore)],
        title: "Lawrence Wong's introductory visit in the 60th anniversary year",
        summary: "Prime Minister Wong held talks with Hun Manet on trade, renewable energy and carbon credits, and urged a peaceful settlement of the tension on the Cambodia-Thailand border.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::SINGAPORE_2025_LAWRENCE_WONG_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![SINGAPORE_MFA_WONG_VISIT_2025],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &SINGAPORE_IRIC_55_YEARS,
    &SINGAPORE_SOK_AN_CHAPTER,
    &SINGAPORE_MFA_60TH_MESSAGES,
    &SINGAPORE_KT_AMBASSADOR_2020,
    &SINGAPORE_PPP_CHEOK_2015,
    &SINGAPORE_AKP_60TH_2025,
    &SINGAPORE_CAMBRIDGE_SYNERGY,
    &SINGAPORE_CABLE_1979,
    &SINGAPORE_MFA_WONG_KAN_SENG_2011,
    &SINGAPORE_UNIVERSALIS_1981,
    &SINGAPORE_CSM_1981,
    &SINGAPORE_PPP_AMBASSADOR_TEO,
    &SINGAPORE_KT_BALAKRISHNAN_2017,
    &SINGAPORE_PPP_POLITICAL_CONSULTATIONS,
    &SINGAPORE_BLACKDOT_2019,
    &SINGAPORE_FRESH_NEWS_2019,
    &SINGAPORE_MOTHERSHIP_2024,
    &SINGAPORE_MFA_WONG_VISIT_2025,
    &SINGAPORE_FRWIKI_COUNTRY,
    &SINGAPORE_WIKILAND_COUNTRY_FR,
    &SINGAPORE_SINGSTAT_POPULATION,
];
