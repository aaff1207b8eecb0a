//! Cambodia and China: profile, relation history, missions, agreements and events.

use crate::data::exchanges::{
    EX_V1_CAMBODIA_DAILY_2000_GOVT_WELCOMES_JIANG, EX_V1_CAMBODIA_DAILY_2000_KING_DISCUSSES_CHINA,
    EX_V1_REUTERS_SCREENOCEAN_2000_JIANG_ARRIVES, EX_V1_XINHUA_2016_CHINA_CAMBODIA_CHRONOLOGY,
};
use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::China,
    short_name_en: "China",
    official_name_en: "People's Republic of China",
    short_name_fr: "Chine",
    official_name_fr: "République populaire de Chine",
    alpha2: "CN",
    alpha3: "CHN",
    numeric: 156,
    wikidata: Some("Q148"),
    capital: "Beijing",
    region: Region::Asia,
    sub_region: SubRegion::EasternAsia,
    intermediate_region: None,
    languages: &["Standard Chinese"],
    currency: "CNY",
    // Seventh national census, mainland population on 1 November 2020.
    population: Some(Figure::new(
        1_411_778_724,
        2020,
        src![CHINA_INFOLIST_2020_CENSUS, CHINA_TASS_2020_CENSUS],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &["PRC", "RPC", "Chine populaire", "Mainland China"],
    sources: src![UNSD_M49, CHINA_WIKIDATA],
};

pub(crate) static RELATION: Relation = Relation {
    country: Country::China,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1958, 7, 19),
                [CHINA_CNV_UNBREAKABLE_ALLY, CHINA_XINHUA_TIMELINE_2016]
            ),
            end: ended!(day(1970, 3, 18), [CHINA_JELDRES_SEMINAR_2009]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations with Sihanouk's Kingdom of Cambodia. They ended with the government in Phnom Penh when Lon Nol deposed Sihanouk on 18 March 1970: Beijing refused to recognise the new regime, and its embassy staff were confined under guard.",
            sources: src![
                CHINA_CNV_UNBREAKABLE_ALLY,
                CHINA_XINHUA_TIMELINE_2016,
                CHINA_JELDRES_SEMINAR_2009,
                CHINA_CHINADAILY_DOCUMENTARY_2018
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1970, 3, 18), [CHINA_JELDRES_SEMINAR_2009]),
            end: ended!(month(1975, 5), [CHINA_JELDRES_CHAPTER_2015]),
            counterpart: None,
            cambodian_side: Some(
                "Norodom Sihanouk and his government in exile in Beijing (FUNK and GRUNK)",
            ),
            note: "Beijing housed the deposed Sihanouk from 1970 and backed the exile movement he led with the Khmer Rouge against Lon Nol's Khmer Republic, which it did not recognise. The period ends when the Chinese embassy reopened in Phnom Penh after the Khmer Rouge victory.",
            sources: src![
                CHINA_JELDRES_SEMINAR_2009,
                CHINA_CHINADAILY_DOCUMENTARY_2018,
                CHINA_AFP_SIHANOUK_2012
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1975, 5), [CHINA_JELDRES_CHAPTER_2015]),
            end: ended!(month(1979, 1), [CHINA_JELDRES_CHAPTER_2015]),
            counterpart: None,
            cambodian_side: None,
            note: "China was Democratic Kampuchea's strongest ally; its embassy was the first fully working mission to reopen in Phnom Penh, in May 1975, and it was evacuated in January 1979 when Vietnamese forces invaded.",
            sources: src![CHINA_JELDRES_CHAPTER_2015, CHINA_REUTERS_FACTBOX_2009],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1979, 1), [CHINA_JELDRES_CHAPTER_2015]),
            end: ended!(day(1991, 11, 14), [CHINA_JELDRES_CHAPTER_2015]),
            counterpart: None,
            cambodian_side: Some(
                "Democratic Kampuchea in exile, from 1982 the Coalition Government of Democratic Kampuchea",
            ),
            note: "China kept backing the Khmer Rouge against the Hanoi-backed government in Phnom Penh and was the main donor of material and military aid to the resistance coalition, with which it had ambassador-level relations; its diplomats withdrew from Cambodia to Thailand in April 1979.",
            sources: src![
                CHINA_JELDRES_CHAPTER_2015,
                LOC_COUNTRY_STUDY_CGDK,
                CHINA_REUTERS_FACTBOX_2009
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1991, 11, 14), [CHINA_JELDRES_CHAPTER_2015]),
            end: ended!(year(1993), [CHINA_XINHUA_TIMELINE_2016]),
            counterpart: None,
            cambodian_side: Some("Supreme National Council of Cambodia"),
            note: "After the Paris agreements China named a permanent representative to the Supreme National Council, who returned to Phnom Penh with Sihanouk on 14 November 1991.",
            sources: src![CHINA_JELDRES_CHAPTER_2015],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1993), [CHINA_XINHUA_TIMELINE_2016]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "With the new Royal Government formed in 1993 relations entered a new stage, later raised to a comprehensive strategic partnership (2010) and a community with a shared future.",
            sources: src![
                CHINA_XINHUA_TIMELINE_2016,
                CHINA_PEOPLES_DAILY_HU_VISIT_2012
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
            sources: src![CHINA_EMBASSY_CREDENTIALS_2018, CHINA_JELDRES_CHAPTER_2015],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Consulate,
            city: "Siem Reap",
            opened: Some(day(2017, 11, 26)),
            closed: None,
            sources: src![CHINA_MFA_SIEM_REAP_2017, CHINA_ACC_SIEM_REAP_2018],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Beijing",
            opened: None,
            closed: None,
            sources: src![CHINA_CHINANEWS_JINAN_2023],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::ConsulateGeneral,
            city: "Jinan",
            opened: Some(month(2021, 10)),
            closed: None,
            sources: src![CHINA_CHINANEWS_JINAN_2023],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::ConsulateGeneral,
            city: "Haikou",
            opened: Some(month(2019, 10)),
            closed: None,
            sources: src![CHINA_TASS_HAIKOU_OPENS_2019, CHINA_TASS_HAIKOU_OCTOBER_2019],
        },
    ],
    frameworks: &[
        Framework {
            name: "Comprehensive Partnership of Cooperation",
            agreed: month(2006, 4),
            sources: src![
                CHINA_PEOPLES_DAILY_HU_VISIT_2012,
                CHINA_XINHUA_TIMELINE_2016
            ],
        },
        Framework {
            name: "Comprehensive Strategic Partnership of Cooperation",
            agreed: day(2010, 12, 13),
            sources: src![CHINA_XINHUA_CSP_2010, CHINA_PEOPLES_DAILY_HU_VISIT_2012],
        },
        Framework {
            name: "China-Cambodia Community of Shared Future (Action Plan 2019-2023)",
            agreed: day(2019, 4, 28),
            sources: src![CHINA_VIETNAMPLUS_FTA_2020, CHINA_FRESHNEWS_ACTION_PLAN_2019],
        },
        Framework {
            name: "China-Cambodia Community with a Shared Future in the New Era",
            agreed: day(2023, 2, 11),
            sources: src![CHINA_PEOPLES_DAILY_JOINT_STATEMENT_2023],
        },
        Framework {
            name: "All-weather China-Cambodia Community with a Shared Future in the New Era",
            agreed: day(2025, 4, 17),
            sources: src![CHINA_PEOPLES_DAILY_XI_VISIT_2025],
        },
    ],
    agreements: &[
        Agreement {
            title: "Action Plan 2019-2023 on Building the China-Cambodia Community of Shared Future",
            kind: AgreementKind::Cooperation,
            signed: Some(day(2019, 4, 28)),
            in_force: None,
            sources: src![CHINA_VIETNAMPLUS_FTA_2020, CHINA_FRESHNEWS_ACTION_PLAN_2019],
        },
        Agreement {
            title: "Free Trade Agreement between the Government of the People's Republic of China and the Royal Government of Cambodia",
            kind: AgreementKind::FreeTrade,
            signed: Some(day(2020, 10, 12)),
            in_force: Some(day(2022, 1, 1)),
            sources: src![
                CHINA_CNV_CCFTA_2020,
                CHINA_REUTERS_FTA_2020,
                CHINA_ADB_FTA_RCEP,
                CHINA_REPORT_ASEAN_CCFTA_2023
            ],
        },
    ],
    note: "Chinese accounts date the relationship continuously from 1958, but its Cambodian counterpart changed: Sihanouk's exile government (1970-1975), Democratic Kampuchea, the exiled resistance coalition after 1979, the Supreme National Council (1991-1993), then the Royal Government. The date on which Beijing formally broke with Lon Nol's government in 1970 was not found in the sources read (searched in English and French, including the proclamation of Sihanouk's exile government GRUNK on 5 May 1970), so the first period ends at the coup.",
    sources: src![
        CHINA_XINHUA_TIMELINE_2016,
        CHINA_JELDRES_CHAPTER_2015,
        CHINA_WIKIPEDIA_GRUNK
    ],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "china_1958_relations_established",
        date: EventDate::on(day(1958, 7, 19)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::China)],
        title: "Diplomatic relations established with the People's Republic of China",
        summary: "Three years after Sihanouk and Zhou Enlai met at the Bandung Conference, Cambodia and the PRC formally established diplomatic relations.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_CNV_UNBREAKABLE_ALLY, CHINA_XINHUA_TIMELINE_2016],
    },
    Event {
        id: "china_1975_embassy_reopened",
        date: EventDate::on(month(1975, 5)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::China)],
        title: "Chinese embassy reopens in Phnom Penh",
        summary: "A month after the Khmer Rouge took Phnom Penh, China reopened its embassy there, the first fully working foreign mission in Democratic Kampuchea.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_JELDRES_CHAPTER_2015],
    },
    Event {
        id: "china_1979_diplomats_withdrawn_to_thailand",
        date: EventDate::on(day(1979, 4, 11)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::China)],
        title: "Chinese diplomats ordered out of Cambodia",
        summary: "Having evacuated Phnom Penh in January 1979 and followed the Democratic Kampuchea leadership to the Cardamom Mountains as a mobile embassy, the Chinese mission was ordered to withdraw to Thailand.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_JELDRES_CHAPTER_2015],
    },
    Event {
        id: "china_1991_representative_to_snc",
        date: EventDate::on(day(1991, 11, 14)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::China)],
        title: "Sihanouk flown home with China's envoy to the Supreme National Council",
        summary: "A Chinese aircraft carried Sihanouk from Beijing back to Cambodia after more than twelve years of exile, together with Fu Xuezhang, China's new permanent representative to the Supreme National Council.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_JELDRES_CHAPTER_2015],
    },
    Event {
        id: "china_1992_untac_engineers",
        date: EventDate::on(month(1992, 4)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[c(Country::China), o(Organization::UnitedNations)],
        title: "Chinese engineer unit deployed with UNTAC",
        summary: "China sent a military engineering unit to Cambodia for the UN operation, the first such 'blue helmet' engineering group it had formed.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            CHINA_XINHUA_TIMELINE_2016,
            CHINA_CHINADAILY_DOCUMENTARY_2018
        ],
    },
    Event {
        id: "china_2000_jiang_zemin_state_visit",
        date: EventDate::span(day(2000, 11, 13), day(2000, 11, 14)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::China)],
        title: "State visit of President Jiang Zemin",
        summary: "President Jiang Zemin paid a state visit to Cambodia; the two sides signed a joint statement on bilateral cooperation for the new century.",
        place: None,
        exchange: Some(&crate::data::exchanges::CHINA_2000_JIANG_ZEMIN_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            CHINA_XINHUA_TIMELINE_2016,
            EX_V1_XINHUA_2016_CHINA_CAMBODIA_CHRONOLOGY,
            EX_V1_REUTERS_SCREENOCEAN_2000_JIANG_ARRIVES,
            EX_V1_CAMBODIA_DAILY_2000_GOVT_WELCOMES_JIANG,
            EX_V1_CAMBODIA_DAILY_2000_KING_DISCUSSES_CHINA
        ],
    },
    Event {
        id: "china_2006_comprehensive_partnership",
        date: EventDate::on(month(2006, 4)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::China)],
        title: "Comprehensive partnership of cooperation",
        summary: "During Premier Wen Jiabao's official visit, the two governments issued a joint communique establishing a comprehensive partnership of cooperation.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            CHINA_PEOPLES_DAILY_HU_VISIT_2012,
            CHINA_XINHUA_TIMELINE_2016
        ],
    },
    Event {
        id: "china_2010_comprehensive_strategic_partnership",
        date: EventDate::on(day(2010, 12, 13)),
        kind: EventKind::JointStatement,
        partners: &[c(Country::China)],
        title: "Comprehensive strategic partnership of cooperation",
        summary: "In talks in Beijing, Premier Wen Jiabao and Prime Minister Hun Sen agreed to raise relations to a comprehensive strategic partnership of cooperation.",
        place: Some("Beijing"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_XINHUA_CSP_2010, CHINA_PEOPLES_DAILY_HU_VISIT_2012],
    },
    Event {
        id: "china_2019_shared_future_action_plan",
        date: EventDate::on(day(2019, 4, 28)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::China)],
        title: "Action plan on a community of shared future",
        summary: "While Hun Sen attended the second Belt and Road Forum, Cambodia and China signed a 2019-2023 action plan for building a China-Cambodia community of shared future, with 31 measures in five areas.",
        place: Some("Beijing"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_VIETNAMPLUS_FTA_2020, CHINA_FRESHNEWS_ACTION_PLAN_2019],
    },
    Event {
        id: "china_2020_free_trade_agreement_signed",
        date: EventDate::on(day(2020, 10, 12)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::China)],
        title: "Cambodia-China free trade agreement signed",
        summary: "The commerce ministers signed Cambodia's first bilateral free trade agreement by video link, witnessed in Phnom Penh by Hun Sen and Wang Yi; it took effect on 1 January 2022.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            CHINA_CNV_CCFTA_2020,
            CHINA_REUTERS_FTA_2020,
            CHINA_ADB_FTA_RCEP,
            CHINA_REPORT_ASEAN_CCFTA_2023
        ],
    },
    Event {
        id: "china_2023_hun_sen_official_visit",
        date: EventDate::span(day(2023, 2, 9), day(2023, 2, 11)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::China)],
        title: "Hun Sen's official visit to China",
        summary: "Hun Sen met Xi Jinping in Beijing; a joint statement committed the two countries to building a community with a shared future in the new era.",
        place: Some("Beijing"),
        exchange: Some(&crate::data::exchanges::CHINA_2023_HUN_SEN_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![CHINA_PEOPLES_DAILY_JOINT_STATEMENT_2023],
    },
    Event {
        id: "china_2025_ream_naval_base_inaugurated",
        date: EventDate::on(day(2025, 4, 5)),
        kind: EventKind::Aid,
        partners: &[c(Country::China)],
        title: "China-renovated Ream Naval Base inaugurated",
        summary: "Hun Manet opened the Ream Naval Base after its renovation by China, before a Chinese military delegation, and said ships of all friendly countries could use it.",
        place: Some("Ream Naval Base"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CHINA_AFP_REAM_2025],
    },
    Event {
        id: "china_2025_xi_jinping_state_visit",
        date: EventDate::span(day(2025, 4, 17), day(2025, 4, 18)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::China)],
        title: "State visit of President Xi Jinping",
        summary: "Xi Jinping and Hun Manet agreed to build an all-weather China-Cambodia community with a shared future in the new era, and the two sides exchanged more than 30 cooperation documents.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::CHINA_2025_XI_JINPING_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![CHINA_PEOPLES_DAILY_XI_VISIT_2025],
    },
];

pub(crate) static CHINA_INFOLIST_2020_CENSUS: Source = Source {
    id: "china_infolist_2020_census",
    publisher: "theinfolist.com",
    title: "2020 Chinese census",
    url: "http://theinfolist.com/html/ALL/s/2020_Chinese_census.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"2020 Chinese census\""),
};

pub(crate) static CHINA_TASS_2020_CENSUS: Source = Source {
    id: "china_tass_2020_census",
    publisher: "TASS",
    title: "China's mainland population at 1.41178 billion in 2020, census shows",
    url: "https://tass.com/society/1287991",
    language: "en",
    published: Some(HistDate::day(2021, 5, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_CNV_UNBREAKABLE_ALLY: Source = Source {
    id: "china_cnv_pm_hun_sen_unbreakable_ally",
    publisher: "Cambodia New Vision",
    title: "PM Hun Sen: China unbreakable ally",
    url: "http://cnv.org.kh/pm-hun-sen-china-unbreakable-ally/",
    language: "en",
    published: Some(HistDate::day(2017, 9, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CHINA_XINHUA_TIMELINE_2016: Source = Source {
    id: "china_xinhua_friendship_timeline_2016",
    publisher: "Kankan News",
    title: "中国与柬埔寨友好关系大事记 (Chronology of China-Cambodia friendly relations)",
    url: "https://m.kankanews.com/detail/EnwNDD0Bnya",
    language: "zh",
    published: Some(HistDate::day(2016, 10, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"中国与柬埔寨友好关系大事记\""),
};

pub(crate) static CHINA_JELDRES_SEMINAR_2009: Source = Source {
    id: "china_jeldres_king_in_communist_china",
    publisher: "idocslide.com",
    title: "A King in Communist China: the exile of King Norodom Sihanouk of Cambodia in China, 1970-1975",
    url: "https://idocslide.com/philosophy-of-money.html?utm_source=a-king-in-communist-china",
    language: "en",
    published: Some(HistDate::day(2009, 9, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Julio A. Jeldres (seminar paper, Centre for Southeast Asian Studies, Monash University), \"A King in Communist China: the exile of King Norodom Sihanouk of Cambodia in China, 1970-1975\"",
    ),
};

pub(crate) static CHINA_JELDRES_CHAPTER_2015: Source = Source {
    id: "china_jeldres_steadfast_friendship",
    publisher: "Cambridge University Press / ISEAS",
    title: "Cambodia's Relations with China: A Steadfast Friendship (Julio A. Jeldres)",
    url: "https://www.cambridge.org/core/books/cambodia/cambodias-relations-with-china-a-steadfast-friendship/52FA23607FBED2E1326A904EB652CDBD",
    language: "en",
    published: Some(HistDate::day(2015, 10, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static CHINA_CHINADAILY_DOCUMENTARY_2018: Source = Source {
    id: "china_chinadaily_documentary_2018",
    publisher: "China Daily",
    title: "Documentary looks at China's close links with Cambodia",
    url: "https://global.chinadaily.com.cn/a/201807/05/WS5b3d5b1fa3103349141e0c3f_2.html",
    language: "en",
    published: Some(HistDate::day(2018, 7, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_AFP_SIHANOUK_2012: Source = Source {
    id: "china_afp_sihanouk_life_long_alliance",
    publisher: "Khmerization",
    title: "Norodom Sihanouk and China: a life-long alliance",
    url: "https://khmerization.blogspot.com/2012/10/norodom-sihanouk-and-china-life-long.html",
    language: "en",
    published: Some(HistDate::day(2012, 10, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Agence France-Presse, \"Norodom Sihanouk and China: a life-long alliance\""),
};

pub(crate) static CHINA_REUTERS_FACTBOX_2009: Source = Source {
    id: "china_reuters_factbox_2009",
    publisher: "Khmerization",
    title: "FACTBOX: Five facts about China-Cambodia relations",
    url: "http://khmerization.blogspot.com/2009/12/factbox-five-facts-about-china-cambodia.html",
    language: "en",
    published: Some(HistDate::day(2009, 12, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Reuters, \"FACTBOX: Five facts about China-Cambodia relations\""),
};

pub(crate) static CHINA_PEOPLES_DAILY_HU_VISIT_2012: Source = Source {
    id: "china_peoples_daily_hu_visit_2012",
    publisher: "People's Daily",
    title: "Hu's visit to open new chapter in Sino-Cambodian ties",
    url: "http://en.people.cn/90883/7775011.html",
    language: "en",
    published: Some(HistDate::day(2012, 3, 31)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Hu's visit to open new chapter in Sino-Cambodian ties\""),
};

pub(crate) static CHINA_XINHUA_CSP_2010: Source = Source {
    id: "china_xinhua_csp_2010",
    publisher: "Ankor Civilization",
    title: "China, Cambodia agree to build comprehensive strategic partnership",
    url: "https://ankorcivilization.blogspot.com/2010_12_13_archive.html",
    language: "en",
    published: Some(HistDate::day(2010, 12, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"China, Cambodia agree to build comprehensive strategic partnership\""),
};

pub(crate) static CHINA_VIETNAMPLUS_FTA_2020: Source = Source {
    id: "china_vietnamplus_fta_before_august_2020",
    publisher: "Vietnam News Agency",
    title: "Cambodia, China to sign bilateral FTA before August 12",
    url: "https://en.vietnamplus.vn/cambodia-china-to-sign-bilateral-fta-before-august-12/179136.vnp",
    language: "en",
    published: Some(HistDate::day(2020, 7, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_FRESHNEWS_ACTION_PLAN_2019: Source = Source {
    id: "china_freshnews_action_plan_2019",
    publisher: "Fresh News",
    title: "Cambodia and China signed Action Plan 2019-2023 on Building China-Cambodia Community of Shared Future",
    url: "http://en.freshnewsasia.com/index.php/en/localnews/13941-2019-05-08-08-06-23.html",
    language: "en",
    published: Some(HistDate::day(2019, 5, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_CNV_CCFTA_2020: Source = Source {
    id: "china_cnv_ccfta_signed_2020",
    publisher: "Cambodia New Vision",
    title: "CCFTA signed, witnessed by Cambodian PM and Chinese foreign minister",
    url: "http://cnv.org.kh/ccfta-signed-witness-cambodian-pm-chinese-foreign-minister/",
    language: "en",
    published: Some(HistDate::day(2020, 10, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"CCFTA signed, witnessed by Cambodian PM and Chinese foreign minister\"",
    ),
};

pub(crate) static CHINA_REUTERS_FTA_2020: Source = Source {
    id: "china_reuters_fta_2020",
    publisher: "Reuters",
    title: "China, Cambodia clinch free trade pact in under a year",
    url: "https://www.reuters.com/article/uk-china-cambodia-fta-idUKKBN26X0LQ",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_ADB_FTA_RCEP: Source = Source {
    id: "china_adb_fta_versus_rcep",
    publisher: "Asian Development Bank",
    title: "Does the Cambodia–People's Republic of China FTA Offer Better Market Access than RCEP?",
    url: "https://development.asia/explainer/does-cambodia-peoples-republic-china-fta-offer-better-market-access-rcep",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static CHINA_PEOPLES_DAILY_JOINT_STATEMENT_2023: Source = Source {
    id: "china_peoples_daily_joint_statement_2023",
    publisher: "People's Daily",
    title: "Full text: Joint Statement between the People's Republic of China and the Kingdom of Cambodia on Building a China-Cambodia Community with a Shared Future in the New Era",
    url: "http://en.people.cn/n3/2023/0212/c90000-10206514.html",
    language: "en",
    published: Some(HistDate::day(2023, 2, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Full text: Joint Statement between the People's Republic of China and the Kingdom of Cambodia on Building a China-Cambodia Community with a Shared Future in the New Era\"",
    ),
};

pub(crate) static CHINA_AFP_REAM_2025: Source = Source {
    id: "china_afp_ream_naval_base_2025",
    publisher: "Space War",
    title: "Cambodia hails opening of naval base renovated by China",
    url: "https://www.spacewar.com/reports/Cambodia_hails_opening_of_naval_base_renovated_by_China_999.html",
    language: "en",
    published: Some(HistDate::day(2025, 4, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse, \"Cambodia hails opening of naval base renovated by China\"",
    ),
};

pub(crate) static CHINA_PEOPLES_DAILY_XI_VISIT_2025: Source = Source {
    id: "china_peoples_daily_xi_visit_2025",
    publisher: "People's Daily",
    title: "China, Cambodia vow to forge all-weather community with shared future in new era",
    url: "http://en.people.cn/n3/2025/0418/c90000-20304496.html",
    language: "en",
    published: Some(HistDate::day(2025, 4, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"China, Cambodia vow to forge all-weather community with shared future in new era\"",
    ),
};

pub(crate) static CHINA_EMBASSY_CREDENTIALS_2018: Source = Source {
    id: "china_embassy_credentials_2018",
    publisher: "Embassy of China in Cambodia",
    title: "Ambassador Wang Wentian presents his Letter of Credence to King Norodom Sihamoni",
    url: "http://kh.china-embassy.org/eng/dssghd_1/201812/t20181225_1546956.htm",
    language: "en",
    published: Some(HistDate::day(2018, 12, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CHINA_ACC_SIEM_REAP_2018: Source = Source {
    id: "china_acc_siem_reap_consulate_2018",
    publisher: "ASEAN-China Centre",
    title: "ACC Secretary-General Met with Director of Chinese Consulate to Siem Reap",
    url: "http://asean-china-center.org/english/2018-05/5921.html",
    language: "en",
    published: Some(HistDate::month(2018, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CHINA_TASS_HAIKOU_OPENS_2019: Source = Source {
    id: "m5_tass_2019_hainan_opens_cambodian_consulate",
    publisher: "TASS",
    title: "Hainan opens foreign consulate for the first time in People's Republic of China history",
    url: "https://tass.com/economy/1082968",
    language: "en",
    published: Some(HistDate::day(2019, 10, 13)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_TASS_HAIKOU_OCTOBER_2019: Source = Source {
    id: "m5_tass_2019_cambodian_consulate_haikou_october",
    publisher: "TASS",
    title: "Cambodia's first consulate general on Hainan to open in October (report from Haikou)",
    url: "https://tass.com/economy/1077274",
    language: "en",
    published: Some(HistDate::day(2019, 9, 7)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_CHINANEWS_JINAN_2023: Source = Source {
    id: "china_chinanews_jinan_consulate_2023",
    publisher: "anwei66.com",
    title: "柬埔寨驻中国的第9个总领事馆举行开馆仪式 (Cambodia's ninth consulate general in China holds its opening ceremony)",
    url: "https://www.anwei66.com/article-141111-1.html",
    language: "zh",
    published: Some(HistDate::day(2023, 4, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "China News Service, \"柬埔寨驻中国的第9个总领事馆举行开馆仪式\" (datelined Jinan, 2023-04-06)",
    ),
};

pub(crate) static CHINA_WIKIDATA: Source = Source {
    id: "china_wikidata_q148",
    publisher: "Wikidata",
    title: "People's Republic of China (Q148)",
    url: "https://www.wikidata.org/wiki/Q148",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static CHINA_REPORT_ASEAN_CCFTA_2023: Source = Source {
    id: "china_report_asean_ccfta_results_2023",
    publisher: "China Report ASEAN",
    title: "Fruitful Results of China-Cambodia Cooperation",
    url: "https://chinareportasean.com/2023/03/30/fruitful-results-of-china-cambodia-cooperation/",
    language: "en",
    published: Some(HistDate::day(2023, 3, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CHINA_WIKIPEDIA_GRUNK: Source = Source {
    id: "china_wikipedia_grunk",
    publisher: "Wikipedia",
    title: "GRUNK (Royal Government of National Union of Kampuchea)",
    url: "https://en.wikipedia.org/wiki/GRUNK",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

/// The embassy's message on the opening of its consular office in Siem Reap, on the consular service site of China's foreign ministry.
pub(crate) static CHINA_MFA_SIEM_REAP_2017: Source = Source {
    id: "china_mfa_2017_siem_reap_consular_office_opens",
    publisher: "Ministry of Foreign Affairs of China",
    title: "中国驻柬埔寨使馆驻暹粒领事办公室开馆寄语——兄弟携手、再创辉煌",
    url: "http://cs.mfa.gov.cn/gyls/lsgz/lsxs/201711/t20171126_928705.shtml",
    language: "zh",
    published: Some(HistDate::day(2017, 11, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static SOURCES: &[&Source] = &[
    &CHINA_MFA_SIEM_REAP_2017,
    &CHINA_WIKIDATA,
    &CHINA_REPORT_ASEAN_CCFTA_2023,
    &CHINA_WIKIPEDIA_GRUNK,
    &CHINA_INFOLIST_2020_CENSUS,
    &CHINA_TASS_2020_CENSUS,
    &CHINA_CNV_UNBREAKABLE_ALLY,
    &CHINA_XINHUA_TIMELINE_2016,
    &CHINA_JELDRES_SEMINAR_2009,
    &CHINA_JELDRES_CHAPTER_2015,
    &CHINA_CHINADAILY_DOCUMENTARY_2018,
    &CHINA_AFP_SIHANOUK_2012,
    &CHINA_REUTERS_FACTBOX_2009,
    &CHINA_PEOPLES_DAILY_HU_VISIT_2012,
    &CHINA_XINHUA_CSP_2010,
    &CHINA_VIETNAMPLUS_FTA_2020,
    &CHINA_FRESHNEWS_ACTION_PLAN_2019,
    &CHINA_CNV_CCFTA_2020,
    &CHINA_REUTERS_FTA_2020,
    &CHINA_ADB_FTA_RCEP,
    &CHINA_PEOPLES_DAILY_JOINT_STATEMENT_2023,
    &CHINA_AFP_REAM_2025,
    &CHINA_PEOPLES_DAILY_XI_VISIT_2025,
    &CHINA_EMBASSY_CREDENTIALS_2018,
    &CHINA_ACC_SIEM_REAP_2018,
    &CHINA_CHINANEWS_JINAN_2023,
    &CHINA_TASS_HAIKOU_OPENS_2019,
    &CHINA_TASS_HAIKOU_OCTOBER_2019,
];
