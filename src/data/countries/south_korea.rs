//! Cambodia and South Korea (Republic of Korea): profile, relation history,
//! missions, agreements and events.

use crate::data::exchanges::{
    EX_V1_AJUNEWS_2019_MOON_HUN_SEN_SUMMIT, EX_V1_AKP_NBCAMBODIA_2020_MOON_HUN_SEN_MEETING,
    EX_V1_BLUE_HOUSE_2020_MOON_REMARKS_HUN_SEN, EX_V1_ETODAY_2020_MOON_HUN_SEN_MEETING,
    EX_V1_IMAEIL_2020_HUN_SEN_SEOUL, EX_V1_KMIB_2019_MOON_HUN_SEN_MLAT,
    EX_V1_NBCAMBODIA_2022_KOREAN_PRESIDENTS_IN_CAMBODIA,
    EX_V1_REDCAT_2019_MOON_CAMBODIA_STATE_VISIT, EX_V1_YONHAP_HANKYUNG_2019_MOON_ARRIVES_CAMBODIA,
};
use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::SouthKorea,
    short_name_en: "South Korea",
    official_name_en: "Republic of Korea",
    short_name_fr: "Corée du Sud",
    official_name_fr: "République de Corée",
    alpha2: "KR",
    alpha3: "KOR",
    numeric: 410,
    wikidata: Some("Q884"),
    capital: "Seoul",
    region: Region::Asia,
    sub_region: SubRegion::EasternAsia,
    intermediate_region: None,
    languages: &["Korean"],
    currency: "KRW",
    // Mid-year estimate (World Bank series, from UN and national statistics).
    population: Some(Figure::new(
        51_836_240,
        2020,
        src![SOUTH_KOREA_INDEXMUNDI_POPULATION],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &["ROK", "Korea", "Corée"],
    sources: src![UNSD_M49, SOUTH_KOREA_WIKIDATA],
};

pub(crate) static RELATION: Relation = Relation {
    country: Country::SouthKorea,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(day(1970, 5, 18), src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_WIKI_KO_RELATIONS])
                    .with_note("The Korean embassy's account and the Korean Wikipedia article on the relationship both give 18 May 1970, and other sources agree on the year."),
                DateClaim::alternative(
                    month(1970, 8),
                    src![SOUTH_KOREA_WIKI_KO_FOREIGN_RELATIONS],
                    "A Korean Wikipedia article on Cambodia's foreign relations dates relations with Seoul to August 1970, after Phnom Penh broke with Pyongyang; August 1970 is when the Korean mission became an embassy, so this is not preferred.",
                ),
            ]),
            end: ended!(day(1975, 4, 5), [SOUTH_KOREA_WTIMES_EMBASSY_2020]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations were opened after Sihanouk was removed as head of state in March 1970 and Phnom Penh broke with Pyongyang. Seoul, which had opened a consulate general in Phnom Penh in 1962, set up a mission on 1 July 1970 and raised it to an embassy on 15 August 1970.",
            sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_WIKI_KO_RELATIONS, SOUTH_KOREA_WIKI_KO_FOREIGN_RELATIONS, SOUTH_KOREA_DEVEX_EMBASSY],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(day(1975, 4, 5), [SOUTH_KOREA_WTIMES_EMBASSY_2020]),
            end: ended!(day(1997, 10, 30), [SOUTH_KOREA_HANKYUNG_1997, SOUTH_KOREA_CNV_2020, SOUTH_KOREA_WTIMES_EMBASSY_2020]),
            counterpart: None,
            cambodian_side: None,
            note: "South Korea withdrew its embassy as the Khmer Rouge took over and relations were broken off. The two sides agreed on 15 May 1996 to open representative offices in each other's capitals.",
            sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_DEVEX_EMBASSY, SOUTH_KOREA_HANKYUNG_1997],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1997, 10, 30), [SOUTH_KOREA_HANKYUNG_1997, SOUTH_KOREA_CNV_2020, SOUTH_KOREA_WTIMES_EMBASSY_2020]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations at ambassador level were restored on 30 October 1997, completing Seoul's ties with every Southeast Asian country; they became a strategic partnership in May 2024.",
            sources: src![SOUTH_KOREA_HANKYUNG_1997, SOUTH_KOREA_CNV_2020, SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1970, 8, 15)),
            closed: Some(day(1975, 4, 5)),
            sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1998, 2, 28)),
            closed: None,
            sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_DEVEX_EMBASSY],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Seoul",
            opened: None,
            closed: None,
            sources: src![SOUTH_KOREA_WIKI_KO_RELATIONS],
        },
    ],
    frameworks: &[Framework {
        name: "Strategic Partnership",
        agreed: day(2024, 5, 16),
        sources: src![SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024, SOUTH_KOREA_KOREA_HERALD_2024],
    }],
    agreements: &[Agreement {
        title: "Cambodia-Korea Free Trade Agreement (CKFTA)",
        kind: AgreementKind::FreeTrade,
        signed: Some(day(2021, 10, 26)),
        in_force: Some(day(2022, 12, 1)),
        sources: src![SOUTH_KOREA_PPP_CKFTA_SIGNED, SOUTH_KOREA_KHMER_TIMES_CKFTA_IN_FORCE],
    }],
    note: "The date of restoration is 30 October 1997 in every source read (a Korean newspaper report of the signing, Cambodian press and the Korean embassy); no source giving 30 May 1997 was found.",
    sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_DEVEX_EMBASSY],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "south_korea_1970_relations_established",
        date: EventDate::on(day(1970, 5, 18)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::SouthKorea)],
        title: "Diplomatic relations established with the Republic of Korea",
        summary: "Two months after Sihanouk was deposed, Cambodia and South Korea established diplomatic relations; Seoul's mission in Phnom Penh became an embassy that August.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SOUTH_KOREA_WTIMES_EMBASSY_2020,
            SOUTH_KOREA_WIKI_KO_RELATIONS
        ],
    },
    Event {
        id: "south_korea_1975_relations_severed",
        date: EventDate::on(day(1975, 4, 5)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::SouthKorea)],
        title: "South Korea withdraws its embassy",
        summary: "As the Khmer Rouge took over, South Korea pulled out its embassy and relations were cut off for more than twenty years.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020, SOUTH_KOREA_DEVEX_EMBASSY],
    },
    Event {
        id: "south_korea_1996_representative_offices_agreed",
        date: EventDate::on(day(1996, 5, 15)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::SouthKorea)],
        title: "Representative offices agreed",
        summary: "Cambodia and South Korea agreed to open representative offices in each other's countries, a step short of full diplomatic relations.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SOUTH_KOREA_HANKYUNG_1997, SOUTH_KOREA_DEVEX_EMBASSY],
    },
    Event {
        id: "south_korea_1997_relations_restored",
        date: EventDate::on(day(1997, 10, 30)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::SouthKorea)],
        title: "Diplomatic relations restored",
        summary: "An agreement raising relations to ambassador level was signed in Phnom Penh before First Prime Minister Ung Huot and Second Prime Minister Hun Sen; Cambodia became the 183rd country with ties to Seoul.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SOUTH_KOREA_HANKYUNG_1997, SOUTH_KOREA_CNV_2020],
    },
    Event {
        id: "south_korea_1998_embassy_upgraded",
        date: EventDate::on(day(1998, 2, 28)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::SouthKorea)],
        title: "Korean representative office becomes an embassy",
        summary: "South Korea raised its representative office in Phnom Penh to an embassy.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SOUTH_KOREA_WTIMES_EMBASSY_2020],
    },
    Event {
        id: "south_korea_2014_hun_sen_official_visit",
        date: EventDate::on(month(2014, 12)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::SouthKorea)],
        title: "Hun Sen's official visit to South Korea",
        summary: "Prime Minister Hun Sen made an official visit to South Korea in December 2014.",
        place: None,
        exchange: Some(&crate::data::exchanges::SOUTH_KOREA_2014_HUN_SEN_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024],
    },
    Event {
        id: "south_korea_2019_moon_jae_in_state_visit",
        date: EventDate::span(day(2019, 3, 14), day(2019, 3, 16)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::SouthKorea)],
        title: "State visit of President Moon Jae-in",
        summary: "President Moon paid a state visit and met King Norodom Sihamoni; Hun Sen used the visit to raise the idea of a bilateral free trade agreement.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::SOUTH_KOREA_2019_MOON_JAE_IN_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            SOUTH_KOREA_DEVEX_EMBASSY,
            SOUTH_KOREA_KBS_MOON_VISIT_2019,
            SOUTH_KOREA_PPP_CKFTA_SIGNED,
            EX_V1_YONHAP_HANKYUNG_2019_MOON_ARRIVES_CAMBODIA,
            EX_V1_KMIB_2019_MOON_HUN_SEN_MLAT,
            EX_V1_AJUNEWS_2019_MOON_HUN_SEN_SUMMIT,
            EX_V1_ETODAY_2020_MOON_HUN_SEN_MEETING,
            EX_V1_REDCAT_2019_MOON_CAMBODIA_STATE_VISIT,
            EX_V1_NBCAMBODIA_2022_KOREAN_PRESIDENTS_IN_CAMBODIA
        ],
    },
    Event {
        id: "south_korea_2020_hun_sen_visit",
        date: EventDate::on(day(2020, 2, 3)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::SouthKorea)],
        title: "Hun Sen visits South Korea",
        summary: "Hun Sen returned President Moon's visit and met Cambodian workers in Korea, praising two decades of growth in ties since 1997.",
        place: None,
        exchange: Some(&crate::data::exchanges::SOUTH_KOREA_2020_HUN_SEN_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            SOUTH_KOREA_DEVEX_EMBASSY,
            SOUTH_KOREA_CNV_2020,
            EX_V1_AKP_NBCAMBODIA_2020_MOON_HUN_SEN_MEETING,
            EX_V1_IMAEIL_2020_HUN_SEN_SEOUL,
            EX_V1_BLUE_HOUSE_2020_MOON_REMARKS_HUN_SEN,
            EX_V1_ETODAY_2020_MOON_HUN_SEN_MEETING
        ],
    },
    Event {
        id: "south_korea_2021_ckfta_signed",
        date: EventDate::on(day(2021, 10, 26)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::SouthKorea)],
        title: "Cambodia-Korea free trade agreement signed",
        summary: "The two trade ministers signed the CKFTA by video link; it entered into force on 1 December 2022.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SOUTH_KOREA_PPP_CKFTA_SIGNED,
            SOUTH_KOREA_KHMER_TIMES_CKFTA_IN_FORCE
        ],
    },
    Event {
        id: "south_korea_2024_strategic_partnership",
        date: EventDate::on(day(2024, 5, 16)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::SouthKorea)],
        title: "Strategic partnership with South Korea",
        summary: "During Hun Manet's official visit, he and President Yoon Suk Yeol adopted a joint statement establishing a strategic partnership, the first named level of the relationship.",
        place: Some("Seoul"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024,
            SOUTH_KOREA_KOREA_HERALD_2024,
            SOUTH_KOREA_PPP_MANET_VISIT_2024
        ],
    },
];

pub(crate) static SOUTH_KOREA_INDEXMUNDI_POPULATION: Source = Source {
    id: "south_korea_indexmundi_population",
    publisher: "Index Mundi",
    title: "Korea - Population, total",
    url: "https://www.indexmundi.com/facts/korea/indicator/SP.POP.TOTL",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("World Bank, \"Korea - Population, total\""),
};

pub(crate) static SOUTH_KOREA_WTIMES_EMBASSY_2020: Source = Source {
    id: "south_korea_wtimes_embassy_reception_2020",
    publisher: "W Times (더블유타임즈)",
    title: "주 캄보디아 대한민국 대사관 국경일 행사 (Korean embassy in Cambodia holds National Foundation Day event)",
    url: "http://wtimes.kr/detail.php?number=14420&thread=22",
    language: "ko",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_WIKI_KO_RELATIONS: Source = Source {
    id: "south_korea_wikipedia_ko_relations",
    publisher: "Wikiwand",
    title: "대한민국-캄보디아 관계 (South Korea–Cambodia relations)",
    url: "https://www.wikiwand.com/ko/articles/대한민국-캄보디아_관계",
    language: "ko",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"대한민국-캄보디아 관계\""),
};

pub(crate) static SOUTH_KOREA_WIKI_KO_FOREIGN_RELATIONS: Source = Source {
    id: "south_korea_wikipedia_ko_cambodia_foreign_relations",
    publisher: "profilbaru.com",
    title: "캄보디아의 대외 관계 (Foreign relations of Cambodia)",
    url: "https://profilbaru.com/ko/%EC%BA%84%EB%B3%B4%EB%94%94%EC%95%84%EC%9D%98_%EB%8C%80%EC%99%B8_%EA%B4%80%EA%B3%84",
    language: "ko",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"캄보디아의 대외 관계\""),
};

pub(crate) static SOUTH_KOREA_DEVEX_EMBASSY: Source = Source {
    id: "south_korea_devex_embassy_profile",
    publisher: "Devex",
    title: "Embassy of the Republic of Korea in the Kingdom of Cambodia",
    url: "https://www.devex.com/organizations/embassy-of-the-republic-of-korea-in-the-kingdom-of-cambodia-180530",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_HANKYUNG_1997: Source = Source {
    id: "south_korea_hankyung_relations_1997",
    publisher: "Korea Economic Daily",
    title: "한국-캄보디아 수교합의문 서명 (Korea and Cambodia sign agreement establishing diplomatic relations)",
    url: "https://www.hankyung.com/politics/article/1997103100111",
    language: "ko",
    published: Some(HistDate::day(1997, 10, 31)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_CNV_2020: Source = Source {
    id: "south_korea_cnv_hun_sen_applauds_2020",
    publisher: "Cambodia New Vision",
    title: "PM Hun Sen applauds fruitful results of Cambodia-South Korea good relations",
    url: "http://cnv.org.kh/pm-hun-sen-applauds-fruitful-results-cambodia-south-korea-good-relations/",
    language: "en",
    published: Some(HistDate::day(2020, 2, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Fresh News, \"PM Hun Sen applauds fruitful results of Cambodia-South Korea good relations\"",
    ),
};

pub(crate) static SOUTH_KOREA_KBS_MOON_VISIT_2019: Source = Source {
    id: "south_korea_kbs_moon_meets_king_2019",
    publisher: "KBS World Radio",
    title: "Präsident Moon trifft Kambodschas König Norodom Sihamoni",
    url: "http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=75122",
    language: "de",
    published: Some(HistDate::month(2019, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_PPP_CKFTA_SIGNED: Source = Source {
    id: "south_korea_ppp_ckfta_endorsed",
    publisher: "The Phnom Penh Post",
    title: "Cambodia, South Korea endorse FTA",
    url: "https://www.phnompenhpost.com/business/cambodia-south-korea-endorse-fta",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_KHMER_TIMES_CKFTA_IN_FORCE: Source = Source {
    id: "south_korea_khmer_times_ckfta_in_force",
    publisher: "bilaterals.org",
    title: "Cambodia-Korea FTA comes into force today",
    url: "https://www.bilaterals.org/?cambodia-korea-fta-comes-into",
    language: "en",
    published: Some(HistDate::day(2022, 12, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"Cambodia-Korea FTA comes into force today\""),
};

pub(crate) static SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024: Source = Source {
    id: "south_korea_kbs_strategic_partnership_2024",
    publisher: "KBS World Radio",
    title: "Korea Selatan dan Kamboja tingkatkan hubungan menjadi kemitraan strategis (South Korea and Cambodia upgrade ties to a strategic partnership)",
    url: "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=74308&lang=i",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_KOREA_HERALD_2024: Source = Source {
    id: "south_korea_korea_herald_strategic_partnership_2024",
    publisher: "The Korea Herald",
    title: "S. Korea, Cambodia forge strategic partnership",
    url: "https://m.koreaherald.com/amp/view.php?ud=20240516050623",
    language: "en",
    published: Some(HistDate::day(2024, 5, 16)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Yonhap, \"S. Korea, Cambodia forge strategic partnership\""),
};

pub(crate) static SOUTH_KOREA_PPP_MANET_VISIT_2024: Source = Source {
    id: "south_korea_ppp_manet_heading_to_korea_2024",
    publisher: "The Phnom Penh Post",
    title: "Manet heading to South Korea to boost ties",
    url: "https://phnompenhpost.com/politics/manet-heading-to-south-korea-to-boost-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOUTH_KOREA_WIKIDATA: Source = Source {
    id: "south_korea_wikidata_q884",
    publisher: "Wikidata",
    title: "Republic of Korea (Q884)",
    url: "https://www.wikidata.org/wiki/Q884",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static SOURCES: &[&Source] = &[
    &SOUTH_KOREA_WIKIDATA,
    &SOUTH_KOREA_INDEXMUNDI_POPULATION,
    &SOUTH_KOREA_WTIMES_EMBASSY_2020,
    &SOUTH_KOREA_WIKI_KO_RELATIONS,
    &SOUTH_KOREA_WIKI_KO_FOREIGN_RELATIONS,
    &SOUTH_KOREA_DEVEX_EMBASSY,
    &SOUTH_KOREA_HANKYUNG_1997,
    &SOUTH_KOREA_CNV_2020,
    &SOUTH_KOREA_KBS_MOON_VISIT_2019,
    &SOUTH_KOREA_PPP_CKFTA_SIGNED,
    &SOUTH_KOREA_KHMER_TIMES_CKFTA_IN_FORCE,
    &SOUTH_KOREA_KBS_STRATEGIC_PARTNERSHIP_2024,
    &SOUTH_KOREA_KOREA_HERALD_2024,
    &SOUTH_KOREA_PPP_MANET_VISIT_2024,
];
