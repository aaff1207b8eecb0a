//! Cambodia and Malaysia (the Federation of Malaya until 16 September 1963):
//! profile, relation history, missions, agreements and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static MALAYSIA_ENWIKI_RELATIONS: Source = Source {
    id: "malaysia_enwiki_relations",
    publisher: "wikien3.appspot.com",
    title: "Cambodia–Malaysia relations",
    url: "http://wikien3.appspot.com/wiki/Cambodia%E2%80%93Malaysia_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–Malaysia relations\""),
};

pub(crate) static MALAYSIA_FRWIKI_RELATIONS: Source = Source {
    id: "malaysia_wikiland_relations_fr",
    publisher: "Wikiland",
    title: "Relations Cambodge-Malaisie (Cambodia–Malaysia relations)",
    url: "https://wikiland.org/fr/Cambodia%E2%80%93Malaysia_relations",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–Malaysia relations\""),
};

pub(crate) static MALAYSIA_SUBSTACK_PROSPECTS: Source = Source {
    id: "malaysia_small_state_diplomacy_prospects",
    publisher: "Small State Diplomacy",
    title: "Prospects and Pitfalls (Seun Sam)",
    url: "https://smallstatediplomacy.substack.com/p/prospects-and-pitfalls",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_ANTARA_WISMA_PUTRA_2024: Source = Source {
    id: "malaysia_antara_wisma_putra_2024",
    publisher: "Antara",
    title: "PM Malaysia dan Kamboja akan bahas kemajuan hubungan bilateral",
    url: "https://sulteng.antaranews.com/berita/305610/pm-malaysia-dan-kamboja-akan-bahas-kemajuan-hubungan-bilateral",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_KT_MAHATHIR_INTERVIEW: Source = Source {
    id: "malaysia_khmer_times_mahathir_interview",
    publisher: "Khmer Times",
    title: "Malaysia eyes increased trade with Kingdom",
    url: "https://www.khmertimeskh.com/639715/malaysia-eyes-increased-trade-with-kingdom/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_MALAYMAIL_DTA_PREVIEW: Source = Source {
    id: "malaysia_malaymail_2019_dta_preview",
    publisher: "Malay Mail",
    title: "Malaysia, Cambodia to sign DTA, strengthen bilateral trade ties",
    url: "https://www.malaymail.com/news/malaysia/2019/09/01/malaysia-cambodia-to-sign-dta-strengthen-bilateral-trade-ties/1786315",
    language: "en",
    published: Some(HistDate::day(2019, 9, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Bernama, \"Malaysia, Cambodia to sign DTA, strengthen bilateral trade ties\""),
};

pub(crate) static MALAYSIA_MALAYMAIL_DTA_SIGNED: Source = Source {
    id: "malaysia_malaymail_2019_dta_signed",
    publisher: "Malay Mail",
    title: "DTA to reduce Malaysia-Cambodia trade imbalance, says Dr M",
    url: "https://www.malaymail.com/news/money/2019/09/03/dta-to-reduce-malaysia-cambodia-trade-imbalance-says-dr-m/1786929",
    language: "en",
    published: Some(HistDate::day(2019, 9, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Bernama, \"DTA to reduce Malaysia-Cambodia trade imbalance, says Dr M\""),
};

pub(crate) static MALAYSIA_VOA_MAHATHIR_2019: Source = Source {
    id: "malaysia_voa_ap_mahathir_2019",
    publisher: "Voice of America",
    title: "Malaysia's Mahathir Begins State Visit to Cambodia",
    url: "https://www.voacambodia.com/a/malaysia-s-mahathir-begins-state-visit-to-cambodia/5067619.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Associated Press, \"Malaysia's Mahathir Begins State Visit to Cambodia\""),
};

pub(crate) static MALAYSIA_BORNEOPOST_ANWAR_2023: Source = Source {
    id: "malaysia_borneo_post_anwar_2023",
    publisher: "The Borneo Post",
    title: "Anwar arrives in Phnom Penh to strengthen ties",
    url: "https://www.theborneopost.com/2023/03/27/anwar-arrives-in-phnom-penh-to-strengthen-ties/",
    language: "en",
    published: Some(HistDate::day(2023, 3, 27)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Bernama, \"Anwar arrives in Phnom Penh to strengthen ties\""),
};

pub(crate) static MALAYSIA_PPP_ANWAR_2023: Source = Source {
    id: "malaysia_ppp_anwar_2023",
    publisher: "The Phnom Penh Post",
    title: "Cambodia to reinforce ties with Malaysia, PM tells Anwar",
    url: "https://m.phnompenhpost.com/national-politics/cambodia-reinforce-ties-malaysia-pm-tells-anwar",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_THESUN_HUN_MANET_2024: Source = Source {
    id: "malaysia_thesun_hun_manet_2024",
    publisher: "The Sun (Malaysia)",
    title: "Cambodian PM arrives for one-day visit to Malaysia",
    url: "https://thesun.my/local_news/cambodian-pm-arrives-for-one-day-visit-to-malaysia-HG12144443",
    language: "en",
    published: Some(HistDate::day(2024, 2, 27)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_WIKILAND_COUNTRY_FR: Source = Source {
    id: "malaysia_wikiland_country_fr",
    publisher: "Wikiland",
    title: "Malaisie (Malaysia)",
    url: "https://wikiland.org/fr/Malaysia",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Malaysia\""),
};

pub(crate) static MALAYSIA_MONDEDIPLO_NAMES: Source = Source {
    id: "malaysia_monde_diplomatique_names",
    publisher: "Le Monde diplomatique",
    title: "Asie du Sud-Est – Malaisie (la)",
    url: "https://typo.mondediplo.net/tag/asie_du_sud_est",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static MALAYSIA_ISO_3166_2_MY: Source = Source {
    id: "malaysia_enwiki_iso_3166_2_my",
    publisher: "library.kiwix.org",
    title: "ISO 3166-2:MY",
    url: "http://dev.library.kiwix.org/content/wikipedia_en_top1m_2023-02/A/ISO_3166-2%3AMY",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"ISO 3166-2:MY\""),
};

pub(crate) static MALAYSIA_ASTRO_CENSUS_2020: Source = Source {
    id: "malaysia_astro_awani_census_2020",
    publisher: "Astro Ulagam",
    title: "Malaysia in numbers today",
    url: "https://astroulagam.com.my/news/malaysia-numbers-today-237093",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MALAYSIA_WIKIPEDIA_RELATIONS: Source = Source {
    id: "malaysia_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–Malaysia relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93Malaysia_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Malaysia,
    short_name_en: "Malaysia",
    official_name_en: "Malaysia",
    short_name_fr: "Malaisie",
    official_name_fr: "Malaisie",
    alpha2: "MY",
    alpha3: "MYS",
    numeric: 458,
    wikidata: Some("Q833"),
    capital: "Kuala Lumpur",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Malay"],
    currency: "MYR",
    population: Some(Figure::new(
        32_447_385,
        2020,
        src![MALAYSIA_ASTRO_CENSUS_2020, MALAYSIA_WIKILAND_COUNTRY_FR],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &["Federation of Malaya", "Malaya"],
    sources: src![
        MALAYSIA_WIKIPEDIA_RELATIONS,
        MALAYSIA_WIKILAND_COUNTRY_FR,
        MALAYSIA_MONDEDIPLO_NAMES,
        MALAYSIA_ISO_3166_2_MY,
        UNSD_M49,
        MALAYSIA_ENWIKI_RELATIONS,
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

const MALAYA: Option<&str> = Some("Federation of Malaya");

pub(crate) static RELATION: Relation = Relation {
    country: Country::Malaysia,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1957, 8, 31),
                [
                    MALAYSIA_WIKIPEDIA_RELATIONS,
                    MALAYSIA_FRWIKI_RELATIONS,
                    MALAYSIA_SUBSTACK_PROSPECTS
                ]
            ),
            end: ended!(
                day(1963, 9, 16),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_ENWIKI_RELATIONS]
            ),
            counterpart: MALAYA,
            cambodian_side: None,
            note: "Cambodia opened relations with the Federation of Malaya on the day Malaya became independent; Malaysia was proclaimed on 16 September 1963.",
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_FRWIKI_RELATIONS,
                MALAYSIA_SUBSTACK_PROSPECTS,
                MALAYSIA_ENWIKI_RELATIONS
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1963, 9, 16),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_ENWIKI_RELATIONS]
            ),
            end: ended!(
                year(1975),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "Relations carried over to Malaysia when the federation was enlarged in 1963.",
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_ENWIKI_RELATIONS,
                MALAYSIA_FRWIKI_RELATIONS
            ],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(
                year(1975),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS]
            ),
            end: ended!(
                day(1991, 11, 26),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "Malaysia closed its embassy in Phnom Penh after the Khmer Rouge took the capital in 1975 and reopened it on 26 November 1991, after the Paris Agreements. In the 1980s Malaysia held ambassador-level relations with the Coalition Government of Democratic Kampuchea (Library of Congress country study, as of late 1987), not with the government in Phnom Penh; the start date of those ties is not given.",
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_FRWIKI_RELATIONS,
                LOC_COUNTRY_STUDY_CGDK
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1991, 11, 26),
                [MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS]
            ),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Normal relations with the government in Phnom Penh resumed with the reopening of the Malaysian embassy.",
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_FRWIKI_RELATIONS,
                MALAYSIA_ENWIKI_RELATIONS
            ],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: Some(year(1975)),
            sources: src![MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1991, 11, 26)),
            closed: None,
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_FRWIKI_RELATIONS,
                MALAYSIA_ENWIKI_RELATIONS
            ],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Kuala Lumpur",
            opened: None,
            closed: None,
            sources: src![
                MALAYSIA_WIKIPEDIA_RELATIONS,
                MALAYSIA_ENWIKI_RELATIONS,
                MALAYSIA_THESUN_HUN_MANET_2024
            ],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Agreement for the avoidance of double taxation",
        kind: AgreementKind::Economic,
        signed: Some(day(2019, 9, 3)),
        in_force: None,
        sources: src![MALAYSIA_MALAYMAIL_DTA_SIGNED, MALAYSIA_VOA_MAHATHIR_2019],
    }],
    note: "The Wikipedia article's statement that Malaysia's embassy in Beijing covered Cambodia from 1969 to 1975 was not used, as no other source seen confirms it. Searched for the opening date of Cambodia's embassy in Kuala Lumpur; none found.",
    sources: src![
        MALAYSIA_WIKIPEDIA_RELATIONS,
        MALAYSIA_ENWIKI_RELATIONS,
        MALAYSIA_FRWIKI_RELATIONS
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "malaysia_1957_relations_established",
        date: EventDate::on(day(1957, 8, 31)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Malaysia)],
        title: "Relations established with the Federation of Malaya",
        summary: "Cambodia opened diplomatic relations with Malaya on the day it became independent, among the first countries to do so.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            MALAYSIA_WIKIPEDIA_RELATIONS,
            MALAYSIA_FRWIKI_RELATIONS,
            MALAYSIA_SUBSTACK_PROSPECTS,
            MALAYSIA_ANTARA_WISMA_PUTRA_2024
        ],
    },
    Event {
        id: "malaysia_1975_embassy_closed",
        date: EventDate::on(year(1975)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::Malaysia)],
        title: "Malaysian embassy in Phnom Penh closed",
        summary: "Malaysia shut its embassy after the Khmer Rouge seized Phnom Penh; many Cham fleeing the regime later sought refuge in Malaysia.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS],
    },
    Event {
        id: "malaysia_1991_embassy_reopened",
        date: EventDate::on(day(1991, 11, 26)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Malaysia)],
        title: "Malaysian embassy in Phnom Penh reopened",
        summary: "A month after the Paris Peace Agreements, Malaysia reopened its embassy in the Cambodian capital.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![MALAYSIA_WIKIPEDIA_RELATIONS, MALAYSIA_FRWIKI_RELATIONS],
    },
    Event {
        id: "malaysia_1994_mahathir_visit",
        date: EventDate::on(year(1994)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Malaysia)],
        title: "First visit of Prime Minister Mahathir",
        summary: "Mahathir Mohamad came to Phnom Penh for the first time as prime minister; it remained his last official visit until 2019.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::MALAYSIA_1994_MAHATHIR_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            MALAYSIA_KT_MAHATHIR_INTERVIEW,
            MALAYSIA_MALAYMAIL_DTA_PREVIEW
        ],
    },
    Event {
        id: "malaysia_2019_mahathir_official_visit",
        date: EventDate::span(day(2019, 9, 2), day(2019, 9, 4)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Malaysia)],
        title: "Mahathir returns after 25 years; double-taxation agreement signed",
        summary: "On a three-day official visit, Mahathir held talks with Hun Sen and the two witnessed the signing of a double-taxation avoidance agreement, the last such pact between Malaysia and an ASEAN member.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::MALAYSIA_2019_MAHATHIR_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![
            MALAYSIA_MALAYMAIL_DTA_PREVIEW,
            MALAYSIA_MALAYMAIL_DTA_SIGNED,
            MALAYSIA_VOA_MAHATHIR_2019
        ],
    },
    Event {
        id: "malaysia_2023_anwar_official_visit",
        date: EventDate::on(day(2023, 3, 27)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Malaysia)],
        title: "Anwar Ibrahim's first official visit",
        summary: "Prime Minister Anwar Ibrahim paid a one-day visit and reviewed regional issues with Hun Sen; the programme included two memoranda on the recruitment of Cambodian workers.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::MALAYSIA_2023_ANWAR_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![MALAYSIA_BORNEOPOST_ANWAR_2023, MALAYSIA_PPP_ANWAR_2023],
    },
    Event {
        id: "malaysia_2024_hun_manet_official_visit",
        date: EventDate::on(day(2024, 2, 27)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Malaysia)],
        title: "Hun Manet's first official visit to Malaysia",
        summary: "Hun Manet made a one-day official visit to Putrajaya for talks with Anwar Ibrahim; the programme included a memorandum between the two central banks on financial innovation and payments.",
        place: Some("Putrajaya"),
        exchange: Some(&crate::data::exchanges::MALAYSIA_2024_HUN_MANET_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![MALAYSIA_THESUN_HUN_MANET_2024, MALAYSIA_SUBSTACK_PROSPECTS],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &MALAYSIA_WIKIPEDIA_RELATIONS,
    &MALAYSIA_ENWIKI_RELATIONS,
    &MALAYSIA_FRWIKI_RELATIONS,
    &MALAYSIA_SUBSTACK_PROSPECTS,
    &MALAYSIA_ANTARA_WISMA_PUTRA_2024,
    &MALAYSIA_KT_MAHATHIR_INTERVIEW,
    &MALAYSIA_MALAYMAIL_DTA_PREVIEW,
    &MALAYSIA_MALAYMAIL_DTA_SIGNED,
    &MALAYSIA_VOA_MAHATHIR_2019,
    &MALAYSIA_BORNEOPOST_ANWAR_2023,
    &MALAYSIA_PPP_ANWAR_2023,
    &MALAYSIA_THESUN_HUN_MANET_2024,
    &MALAYSIA_WIKILAND_COUNTRY_FR,
    &MALAYSIA_MONDEDIPLO_NAMES,
    &MALAYSIA_ISO_3166_2_MY,
    &MALAYSIA_ASTRO_CENSUS_2020,
];
