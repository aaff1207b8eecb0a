//! Cambodia and Japan: profile, relation history, missions, agreements and events.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Japan,
    short_name_en: "Japan",
    official_name_en: "Japan",
    short_name_fr: "Japon",
    official_name_fr: "Japon",
    alpha2: "JP",
    alpha3: "JPN",
    numeric: 392,
    wikidata: Some("Q17"),
    capital: "Tokyo",
    region: Region::Asia,
    sub_region: SubRegion::EasternAsia,
    intermediate_region: None,
    languages: &["Japanese"],
    currency: "JPY",
    // 2020 national census, population on 1 October 2020, foreign residents included.
    population: Some(Figure::new(126_146_099, 2020, src![JAPAN_JIJI_CENSUS_2020])),
    relation_type: RelationType::WiderWorld,
    aliases: &["Nippon", "Nihon"],
    sources: src![UNSD_M49, JAPAN_WIKIDATA],
};

pub(crate) static RELATION: Relation = Relation {
    country: Country::Japan,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1953, 1, 9),
                [
                    JAPAN_EMBASSY_CHRONOLOGY,
                    JAPAN_MINATO_CAMBODIAN_EMBASSY,
                    JAPAN_WIKIPEDIA_JA_RELATIONS
                ]
            ),
            end: ended!(month(1975, 4), [JAPAN_PPP_POU_SOTHIRAK_2018]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations opened in January 1953, a few months before independence from France: on 9 January the French ambassador in Tokyo told Japan's foreign minister that Cambodia had answered favourably Japan's wish, passed on through France, to establish relations; in 1954 Cambodia gave up its claim to war reparations from Japan, and the two signed a Treaty of Amity in 1955. They continued without a break until April 1975.",
            sources: src![
                JAPAN_MINATO_CAMBODIAN_EMBASSY,
                JAPAN_PPP_POU_SOTHIRAK_2018,
                JAPAN_PPP_AMBASSADOR_2023
            ],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(month(1975, 4), [JAPAN_PPP_POU_SOTHIRAK_2018]),
            end: ended!(
                year(1992),
                [JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_WIKIPEDIA_JA_RELATIONS]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "When the Khmer Rouge took power Cambodia's embassy in Tokyo closed and Japan's embassy in Phnom Penh stopped working. Japan was active in the peace process from the late 1980s, hosting the Tokyo talks of 1990.",
            sources: src![
                JAPAN_PPP_POU_SOTHIRAK_2018,
                JAPAN_WIKIPEDIA_JA_RELATIONS,
                JAPAN_SOPHIA_TOWARDS_PEACE,
                JAPAN_PPP_AMBASSADOR_2023
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                year(1992),
                [JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_WIKIPEDIA_JA_RELATIONS]
            ),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Diplomatic relations resumed when Japan reopened its embassy in Phnom Penh in 1992, for the first time in 17 years; Cambodia reopened its embassy in Tokyo in December 1994. The partnership was named strategic in 2013 and comprehensive strategic in 2023.",
            sources: src![
                JAPAN_PPP_POU_SOTHIRAK_2018,
                JAPAN_WIKIPEDIA_JA_RELATIONS,
                JAPAN_SOPHIA_TOWARDS_PEACE
            ],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: Some(month(1975, 4)),
            sources: src![JAPAN_PPP_POU_SOTHIRAK_2018],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(year(1992)),
            closed: None,
            sources: src![JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_WIKIPEDIA_JA_RELATIONS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Tokyo",
            opened: None,
            closed: Some(month(1975, 4)),
            sources: src![JAPAN_PPP_POU_SOTHIRAK_2018],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Tokyo",
            opened: Some(day(1994, 12, 26)),
            closed: None,
            sources: src![JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_MINATO_CAMBODIAN_EMBASSY],
        },
    ],
    frameworks: &[
        Framework {
            name: "Strategic Partnership",
            agreed: year(2013),
            sources: src![JAPAN_AKP_KUMAMOTO_2022],
        },
        Framework {
            name: "Comprehensive Strategic Partnership",
            agreed: year(2023),
            sources: src![JAPAN_ANN_UPGRADE_2022, JAPAN_KANTEI_SUMMIT_2023],
        },
    ],
    agreements: &[Agreement {
        title: "Treaty of Amity between Japan and Cambodia",
        kind: AgreementKind::Treaty,
        signed: Some(day(1955, 12, 9)),
        in_force: None,
        sources: src![JAPAN_MINATO_CAMBODIAN_EMBASSY, JAPAN_PPP_AMBASSADOR_2023],
    }],
    note: "The strategic partnership year (2013) is inferred from Cambodian press reports that its tenth anniversary fell in 2023; the exact date of the 2023 upgrade to a comprehensive strategic partnership was not found in the sources read.",
    sources: src![JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_PPP_AMBASSADOR_2023],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "japan_1953_relations_established",
        date: EventDate::on(day(1953, 1, 9)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Japan)],
        title: "Diplomatic relations established with Japan",
        summary: "Japan and Cambodia established diplomatic relations in January 1953, months before Cambodia's full independence.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            JAPAN_EMBASSY_CHRONOLOGY,
            JAPAN_MINATO_CAMBODIAN_EMBASSY,
            JAPAN_WIKIPEDIA_JA_RELATIONS,
            JAPAN_PPP_POU_SOTHIRAK_2018
        ],
    },
    Event {
        id: "japan_1955_treaty_of_amity",
        date: EventDate::on(day(1955, 12, 9)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Japan)],
        title: "Treaty of Amity signed",
        summary: "During Sihanouk's visit to Japan as a state guest the two countries signed a Treaty of Amity, the first treaty with a foreign country for each of them since independence and the San Francisco peace treaty respectively.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_MINATO_CAMBODIAN_EMBASSY, JAPAN_PPP_AMBASSADOR_2023],
    },
    Event {
        id: "japan_1975_embassies_closed",
        date: EventDate::on(month(1975, 4)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Japan)],
        title: "Embassies closed after the Khmer Rouge takeover",
        summary: "Cambodia's embassy in Tokyo closed and Japan's embassy in Phnom Penh ceased to operate when the Khmer Rouge seized power.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_PPP_POU_SOTHIRAK_2018],
    },
    Event {
        id: "japan_1990_tokyo_conference",
        date: EventDate::on(month(1990, 6)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[c(Country::Japan)],
        title: "Tokyo conference on peace in Cambodia",
        summary: "Japan hosted talks in Tokyo between the Cambodian parties, including Sihanouk and Hun Sen, its first effort after the war to lead the settlement of a foreign conflict.",
        place: Some("Tokyo"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            JAPAN_NHK_TOKYO_CONFERENCE,
            JAPAN_SOPHIA_TOWARDS_PEACE,
            JAPAN_PPP_AMBASSADOR_2023
        ],
    },
    Event {
        id: "japan_1992_relations_resumed",
        date: EventDate::on(year(1992)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Japan)],
        title: "Japan reopens its embassy in Phnom Penh",
        summary: "After the Paris agreements Japan reopened its embassy and sent an ambassador, restoring diplomatic relations after 17 years.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            JAPAN_PPP_POU_SOTHIRAK_2018,
            JAPAN_SOPHIA_TOWARDS_PEACE,
            JAPAN_WIKIPEDIA_JA_RELATIONS
        ],
    },
    Event {
        id: "japan_1992_sdf_untac",
        date: EventDate::on(year(1992)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[c(Country::Japan), o(Organization::UnitedNations)],
        title: "Japan's Self-Defense Forces join UNTAC",
        summary: "Japan sent Self-Defense Forces personnel to the UN Transitional Authority in Cambodia, the first UN peacekeeping mission in its history.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_CAMBODIA_DAILY_PKO_30_YEARS, JAPAN_PPP_AMBASSADOR_2023],
    },
    Event {
        id: "japan_1994_embassy_in_tokyo_reopened",
        date: EventDate::on(day(1994, 12, 26)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Japan)],
        title: "Cambodian embassy opens in Tokyo",
        summary: "The Royal Government of Cambodia opened its embassy in Tokyo, closed since 1975.",
        place: Some("Tokyo"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_PPP_POU_SOTHIRAK_2018, JAPAN_WIKIPEDIA_JA_RELATIONS],
    },
    Event {
        id: "japan_2010_sihamoni_state_visit",
        date: EventDate::on(month(2010, 5)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Japan)],
        title: "State visit of King Norodom Sihamoni to Japan",
        summary: "King Sihamoni visited Japan as a state guest ahead of the 55th anniversary of the Treaty of Amity.",
        place: None,
        exchange: Some(&crate::data::exchanges::JAPAN_2010_SIHAMONI_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_MINATO_CAMBODIAN_EMBASSY],
    },
    Event {
        id: "japan_2013_strategic_partnership",
        date: EventDate::on(year(2013)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::Japan)],
        title: "Strategic partnership with Japan",
        summary: "Cambodia and Japan raised their relationship to a strategic partnership, whose tenth anniversary the two marked in 2023.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_AKP_KUMAMOTO_2022],
    },
    Event {
        id: "japan_2022_kishida_visit",
        date: EventDate::on(day(2022, 3, 20)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Japan)],
        title: "Visit of Prime Minister Fumio Kishida",
        summary: "Kishida held talks with Hun Sen in Phnom Penh; the two leaders issued a joint statement and witnessed an exchange of notes on two grant aid projects.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::JAPAN_2022_KISHIDA_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_MOFA_SUMMIT_2022],
    },
    Event {
        id: "japan_2023_comprehensive_strategic_partnership",
        date: EventDate::on(year(2023)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::Japan)],
        title: "Comprehensive strategic partnership with Japan",
        summary: "Agreed in principle by Hun Sen and Kishida in November 2022 for the 70th year of relations, the comprehensive strategic partnership was in place by September 2023.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![JAPAN_ANN_UPGRADE_2022, JAPAN_KANTEI_SUMMIT_2023],
    },
];

pub(crate) static JAPAN_JIJI_CENSUS_2020: Source = Source {
    id: "japan_jiji_census_2020",
    publisher: "Nippon.com",
    title: "Japan's Population Drops 0.7 Pct: 2020 Census",
    url: "https://www.nippon.com/en/news/yjj2021113000762/japan's-population-drops-0-7-pct-2020-census.html",
    language: "en",
    published: Some(HistDate::day(2021, 11, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Jiji Press, \"Japan's Population Drops 0.7 Pct: 2020 Census\""),
};

pub(crate) static JAPAN_MINATO_CAMBODIAN_EMBASSY: Source = Source {
    id: "japan_minato_royal_embassy_of_cambodia",
    publisher: "Minato City, Tokyo (visitor guide)",
    title: "カンボジア王国大使館 (Royal Embassy of Cambodia)",
    url: "https://visit-minato-city.tokyo/ja-jp/places/594",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static JAPAN_WIKIPEDIA_JA_RELATIONS: Source = Source {
    id: "japan_wikipedia_ja_relations",
    publisher: "siakadpt.com",
    title: "日本とカンボジアの関係 (Japan–Cambodia relations)",
    url: "https://artikel.siakadpt.com/ja/%E6%97%A5%E6%9C%AC%E3%81%A8%E3%82%AB%E3%83%B3%E3%83%9C%E3%82%B8%E3%82%A2%E3%81%AE%E9%96%A2%E4%BF%82",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"日本とカンボジアの関係\""),
};

pub(crate) static JAPAN_PPP_POU_SOTHIRAK_2018: Source = Source {
    id: "japan_ppp_pou_sothirak_strategic_partnership",
    publisher: "The Phnom Penh Post",
    title: "Japan and Cambodia: a long and prosperous strategic partnership (Ambassador Pou Sothirak)",
    url: "https://www.phnompenhpost.com/supplements-special-reports/japan-and-cambodia-long-and-prosperous-strategic-partnership",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static JAPAN_PPP_AMBASSADOR_2023: Source = Source {
    id: "japan_ppp_70th_anniversary_ambassador",
    publisher: "The Phnom Penh Post",
    title: "70th anniversary of Japan-Cambodia ties: close friendship continues to flourish",
    url: "https://phnompenhpost.com/supplements/70th-anniversary-japan-cambodia-ties-close-friendship-continues-flourish",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static JAPAN_SOPHIA_TOWARDS_PEACE: Source = Source {
    id: "japan_sophia_towards_peace",
    publisher: "Sophia University Angkor International Mission",
    title: "Towards Peace in Cambodia",
    url: "https://dept.sophia.ac.jp/is/angkor/publication/book/angkor_digitalcatalog/pageindices/index31.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static JAPAN_NHK_TOKYO_CONFERENCE: Source = Source {
    id: "japan_nhk_tokyo_conference_documents",
    publisher: "Teller Report",
    title: "\"Tokyo Conference\" of Cambodia peace: \"disappointment\" by US officials at Japan's claim",
    url: "https://www.tellerreport.com/news/2021-12-22-%22tokyo-conference%22-of-cambodia-peace-%22disappointment%22-by-us-officials-at-japan-s-claim.HJMmVzGWjt.html",
    language: "en",
    published: Some(HistDate::day(2021, 12, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "NHK, \"\"Tokyo Conference\" of Cambodia peace: \"disappointment\" by US officials at Japan's claim\"",
    ),
};

pub(crate) static JAPAN_CAMBODIA_DAILY_PKO_30_YEARS: Source = Source {
    id: "japan_cambodia_daily_pko_30_years",
    publisher: "The Cambodia Daily",
    title: "30 years since Japan sent peacekeepers to Cambodia",
    url: "https://english.cambodiadaily.com/lifestyle/30-years-since-japan-sent-peacekeepers-to-cambodia-179778/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("NHK World, \"30 years since Japan sent peacekeepers to Cambodia\""),
};

pub(crate) static JAPAN_AKP_KUMAMOTO_2022: Source = Source {
    id: "japan_akp_kumamoto_upgrade_2022",
    publisher: "Cambodia News Gazette",
    title: "Cambodia, Japan agree to bring bilateral relations to new level",
    url: "https://cambodianewsgazette.com/cambodia-japan-agree-to-bring-bilateral-relations-to-new-level/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodia, Japan agree to bring bilateral relations to new level\"",
    ),
};

pub(crate) static JAPAN_ANN_UPGRADE_2022: Source = Source {
    id: "japan_ann_ties_new_heights_2022",
    publisher: "Asia News Network",
    title: "Cambodia, Japan set to bring ties to new heights",
    url: "https://asianews.network/cambodia-japan-set-to-bring-ties-to-new-heights/",
    language: "en",
    published: Some(HistDate::day(2022, 11, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Phnom Penh Post, \"Cambodia, Japan set to bring ties to new heights\""),
};

pub(crate) static JAPAN_KANTEI_SUMMIT_2023: Source = Source {
    id: "japan_kantei_summit_2023",
    publisher: "Prime Minister's Office of Japan",
    title: "Japan-Cambodia Summit Meeting (Summary), September 7, 2023",
    url: "https://japan.kantei.go.jp/101_kishida/diplomatic/202309/07cambodia.html",
    language: "en",
    published: Some(HistDate::day(2023, 9, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static JAPAN_MOFA_SUMMIT_2022: Source = Source {
    id: "japan_mofa_summit_2022",
    publisher: "Ministry of Foreign Affairs of Japan",
    title: "Japan-Cambodia Summit Meeting, March 20, 2022",
    url: "https://www.mofa.go.jp/s_sa/sea1/kh/page1e_000383.html",
    language: "en",
    published: Some(HistDate::day(2022, 3, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static JAPAN_WIKIDATA: Source = Source {
    id: "japan_wikidata_q17",
    publisher: "Wikidata",
    title: "Japan (Q17)",
    url: "https://www.wikidata.org/wiki/Q17",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static JAPAN_EMBASSY_CHRONOLOGY: Source = Source {
    id: "japan_embassy_cambodia_chronology",
    publisher: "Embassy of Japan in Cambodia",
    title: "カンボジア主要年表 (Main chronology of Cambodia and Japan-Cambodia relations)",
    url: "https://www.kh.emb-japan.go.jp/political/nikokukan/history.htm",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static SOURCES: &[&Source] = &[
    &JAPAN_WIKIDATA,
    &JAPAN_EMBASSY_CHRONOLOGY,
    &JAPAN_JIJI_CENSUS_2020,
    &JAPAN_MINATO_CAMBODIAN_EMBASSY,
    &JAPAN_WIKIPEDIA_JA_RELATIONS,
    &JAPAN_PPP_POU_SOTHIRAK_2018,
    &JAPAN_PPP_AMBASSADOR_2023,
    &JAPAN_SOPHIA_TOWARDS_PEACE,
    &JAPAN_NHK_TOKYO_CONFERENCE,
    &JAPAN_CAMBODIA_DAILY_PKO_30_YEARS,
    &JAPAN_AKP_KUMAMOTO_2022,
    &JAPAN_ANN_UPGRADE_2022,
    &JAPAN_KANTEI_SUMMIT_2023,
    &JAPAN_MOFA_SUMMIT_2022,
];
