//! Cambodia and Pakistan: profile, relation history, missions, agreements and
//! events.

use crate::data::exchanges::{
    EX_FM_CAPITALNEWS_2022_BILAWAL_HUN_SEN, EX_FM_VNA_2022_SOKHONN_BILAWAL,
};
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static PK_KHMER_TIMES_2023: Source = Source {
    id: "pakistan_aecvcci_khmer_times_2023_new_high",
    publisher: "AEC VCCI news portal",
    title: "Taking Pakistan-Cambodia ties to a new high",
    url: "https://en.aecvcci.vn/tin-tuc-n12501/taking-pakistan-cambodia-ties-to-a-new-high.htm",
    language: "en",
    published: Some(HistDate::day(2023, 12, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"Taking Pakistan-Cambodia ties to a new high\""),
};

pub(crate) static PK_PPP_2022: Source = Source {
    id: "pakistan_phnom_penh_post_2022_closer_ties",
    publisher: "The Phnom Penh Post",
    title: "Cambodia, Pakistan forging closer ties",
    url: "https://phnompenhpost.com/national-politics/cambodia-pakistan-forging-closer-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_EURASIA_2022: Source = Source {
    id: "pakistan_eurasia_review_2022_70_years",
    publisher: "Eurasia Review",
    title: "70 Years Of Pakistan-Cambodia Relations – OpEd",
    url: "https://www.eurasiareview.com/25052022-70-years-of-pakistan-cambodia-relations-oped/",
    language: "en",
    published: Some(HistDate::day(2022, 5, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_CAMBODIA_DAILY_2004: Source = Source {
    id: "pakistan_cambodia_daily_2004_jamali_visit",
    publisher: "The Cambodia Daily",
    title: "Pakistan PM Aims to Boost Trade Relations",
    url: "https://english.cambodiadaily.com/news/pakistan-pm-aims-to-boost-trade-relations-40402/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_KYODO_2005: Source = Source {
    id: "pakistan_kyodo_2005_embassy_plan",
    publisher: "Cambodia Update",
    title: "Pakistan to open embassy in Cambodia",
    url: "http://camupdate.blogspot.com/2005_08_24_archive.html",
    language: "en",
    published: Some(HistDate::day(2005, 8, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Kyodo News, \"Pakistan to open embassy in Cambodia\""),
};

pub(crate) static PK_TDI_2021: Source = Source {
    id: "pakistan_diplomatic_insight_2021_cambodian_ambassador",
    publisher: "The Diplomatic Insight",
    title: "Pakistan's Foreign Secretary met Cambodian Ambassador",
    url: "https://thediplomaticinsight.com/pakistans-foreign-secretary-met-cambodian-ambassador/",
    language: "en",
    published: Some(HistDate::day(2021, 11, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_SUN_NARIN_2011: Source = Source {
    id: "pakistan_sun_narin_2011_lahore_consulate",
    publisher: "Sun Narin",
    title: "Cambodia Ties with Pakistan: consulate inaugurated in Lahore",
    url: "https://sunnarin.wordpress.com/2011/08/22/",
    language: "en",
    published: Some(HistDate::day(2011, 8, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_LAHORE_WORLD_2012: Source = Source {
    id: "pakistan_lahore_world_2012_sok_an_visit",
    publisher: "Lahore World",
    title: "Deputy Prime Minister of Cambodia meets Ch Parvez Elahi",
    url: "http://lahoreworld.com/2012/11/21/deputy-prime-minister-of-cambodia-meets-ch-parvez-elahi/",
    language: "en",
    published: Some(HistDate::day(2012, 11, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_BRECORDER_2022: Source = Source {
    id: "pakistan_business_recorder_2022_bilawal_phnom_penh",
    publisher: "Business Recorder",
    title: "Bilawal reaches Phnom Penh",
    url: "https://www.brecorder.com/news/40189994/bilawal-reaches-phnom-penh",
    language: "en",
    published: Some(HistDate::day(2022, 8, 4)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_PID_GILANI: Source = Source {
    id: "pakistan_pid_gilani_official_visit_cambodia",
    publisher: "Press Information Department, Government of Pakistan",
    title: "Chairman Senate Syed Yousuf Raza Gilani's official visit to the Kingdom of Cambodia (press release)",
    url: "https://pid.gov.pk/site/press_detail/31800",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static PK_PPI_2026: Source = Source {
    id: "pakistan_ppi_2026_cambodia_parliamentary_summit",
    publisher: "PPI News Agency",
    title: "Cambodia to host 2026 global parliamentary summit after talks with Pakistan",
    url: "https://ppinewsagency.com/national-cambodia-to-host-2026-global-parliamentary-summit-after-talks-with-pakistan/",
    language: "en",
    published: Some(HistDate::day(2026, 2, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_MLEDOZE: Source = Source {
    id: "pakistan_mledoze_countries",
    publisher: "GitHub, mledoze/countries",
    title: "World countries data: Pakistan (data/pak/pak.country.json)",
    url: "https://github.com/mledoze/countries/blob/master/data/pak/pak.country.json",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static PK_CENSUS_2023: Source = Source {
    id: "pakistan_daily_pakistan_2024_census_report",
    publisher: "Daily Pakistan",
    title: "Pakistan records highest population growth as first digital census 2023 report released",
    url: "https://en.dailypakistan.com.pk/18-Jul-2024/pakistan-records-highest-population-growth-as-first-digital-census-2023-report-released",
    language: "en",
    published: Some(HistDate::day(2024, 7, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static PK_WIKIDATA: Source = Source {
    id: "pakistan_wikidata_item",
    publisher: "Wikidata",
    title: "Pakistan (Q843)",
    url: "https://www.wikidata.org/wiki/Q843",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

/// Undated on the page; Kyodo cited it on 23 August 2005.
pub(crate) static PK_CAMBODIA_DAILY_2005: Source = Source {
    id: "pakistan_cambodia_daily_2005_embassy_plan",
    publisher: "The Cambodia Daily",
    title: "Pakistan To Open Embassy, Cultivate Trade",
    url: "https://english.cambodiadaily.com/news/pakistan-to-open-embassy-cultivate-trade-49031/",
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
    country: Country::Pakistan,
    short_name_en: "Pakistan",
    official_name_en: "Islamic Republic of Pakistan",
    short_name_fr: "Pakistan",
    official_name_fr: "République islamique du Pakistan",
    alpha2: "PK",
    alpha3: "PAK",
    numeric: 586,
    wikidata: Some("Q843"),
    capital: "Islamabad",
    region: Region::Asia,
    sub_region: SubRegion::SouthernAsia,
    intermediate_region: None,
    languages: &["Urdu", "English"],
    currency: "PKR",
    population: Some(Figure::new(241_499_431, 2023, src![PK_CENSUS_2023])),
    relation_type: RelationType::WiderWorld,
    aliases: &["Pākistān"],
    sources: src![PK_MLEDOZE, AU_ISO_M49, PK_WIKIDATA],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Pakistan,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: on!(
            year(1952),
            [PK_KHMER_TIMES_2023, PK_EURASIA_2022, PK_PPP_2022]
        ),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Relations date from 1952, and the two sides marked their 70th anniversary in May 2022. In the 1980s Pakistan dealt with the Coalition Government of Democratic Kampuchea, with which it had ambassador-level relations in late 1987, not with the government in Phnom Penh; no source found dates that phase.",
        sources: src![PK_KHMER_TIMES_2023, PK_PPP_2022, LOC_COUNTRY_STUDY_CGDK],
    }],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::NonResidentAccreditation,
            city: "Bangkok",
            opened: None,
            closed: Some(year(2005)),
            sources: src![PK_CAMBODIA_DAILY_2005, PK_KYODO_2005, PK_TDI_2021],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(year(2005)),
            closed: None,
            sources: src![
                PK_CAMBODIA_DAILY_2005,
                PK_TDI_2021,
                PK_KYODO_2005,
                PK_EURASIA_2022
            ],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::NonResidentAccreditation,
            city: "New Delhi",
            opened: None,
            closed: None,
            sources: src![PK_EURASIA_2022, PK_TDI_2021],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Consulate,
            city: "Lahore",
            opened: Some(year(2011)),
            closed: None,
            sources: src![PK_SUN_NARIN_2011, PK_EURASIA_2022],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Memorandum of understanding on combating terrorism",
        kind: AgreementKind::Defence,
        signed: Some(month(2004, 4)),
        in_force: None,
        sources: src![PK_CAMBODIA_DAILY_2004, PK_KYODO_2005],
    }],
    note: "A 1957 start date was searched for and not found: every source seen gives 1952. Pakistan's embassy in Phnom Penh dates from 2005, when a chargé d'affaires was setting it up; a formal opening planned for 23 March (the following year, 2006, by the report's date; the report gives no year) is not confirmed by any source seen. Cambodia has no embassy in Islamabad; its ambassador is accredited from New Delhi and an honorary consulate sits in Lahore. A resident Cambodian embassy was discussed in 2022, and again when Senate Chairman Yousuf Raza Gilani visited Phnom Penh and met Senate President Hun Sen, as reported in February 2026 (the exact date of that visit was not found, so it is not listed as an event).",
    sources: src![
        PK_KHMER_TIMES_2023,
        PK_EURASIA_2022,
        PK_TDI_2021,
        PK_CAMBODIA_DAILY_2005,
        PK_PID_GILANI,
        PK_PPI_2026
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "pakistan_2004_jamali_visit",
        date: EventDate::on(month(2004, 4)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Pakistan)],
        title: "First visit by a Pakistani prime minister",
        summary: "Prime Minister Mir Zafarullah Khan Jamali made a two-day visit and signed with Hun Sen a memorandum on fighting terrorism and an investment agreement; he also pledged a US$10 million loan for irrigation.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::PAKISTAN_2004_JAMALI_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![PK_CAMBODIA_DAILY_2004, PK_KYODO_2005, PK_EURASIA_2022],
    },
    Event {
        id: "pakistan_2005_embassy_opened",
        date: EventDate::on(year(2005)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Pakistan)],
        title: "Pakistan sets up an embassy in Phnom Penh",
        summary: "Under its Look East policy Pakistan began setting up its first embassy in Phnom Penh: by August 2005 a chargé d'affaires was at work there, relations having until then been handled from its embassy in Bangkok. A formal opening was planned for Pakistan Day, 23 March of the following year (2006: the August 2005 report gives no year); no source seen confirms that it took place, and a 2021 report says only that the embassy opened in 2005.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![PK_CAMBODIA_DAILY_2005, PK_TDI_2021, PK_KYODO_2005],
    },
    Event {
        id: "pakistan_2011_lahore_consulate",
        date: EventDate::on(year(2011)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Pakistan)],
        title: "Cambodian honorary consulate in Lahore",
        summary: "Cambodia opened an honorary consulate in Lahore to promote trade, investment and tourism with Pakistan.",
        place: Some("Lahore"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![PK_SUN_NARIN_2011, PK_EURASIA_2022],
    },
    Event {
        id: "pakistan_2012_sok_an_visit",
        date: EventDate::on(month(2012, 11)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::Minister,
        },
        partners: &[c(Country::Pakistan)],
        title: "Deputy Prime Minister Sok An visits Pakistan",
        summary: "Sok An, the first Cambodian deputy prime minister to visit Pakistan, met his counterpart Chaudhry Parvez Elahi in Islamabad to discuss trade and industrial cooperation.",
        place: Some("Islamabad"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![PK_LAHORE_WORLD_2012],
    },
    Event {
        id: "pakistan_2021_envoy_credentials",
        date: EventDate::on(month(2021, 11)),
        kind: EventKind::Talks,
        partners: &[c(Country::Pakistan)],
        title: "Cambodia's non-resident ambassador received in Islamabad",
        summary: "Ambassador Ung Sean presented his credentials to President Arif Alvi and met Foreign Secretary Sohail Mahmood, who urged closer ties; Cambodia still had no embassy in Pakistan.",
        place: Some("Islamabad"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![PK_TDI_2021],
    },
    Event {
        id: "pakistan_2022_bilawal_in_phnom_penh",
        date: EventDate::span(day(2022, 8, 3), day(2022, 8, 6)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Pakistan)],
        title: "Foreign Minister Bilawal Bhutto Zardari in Phnom Penh",
        summary: "Leading Pakistan's delegation to the ASEAN Regional Forum, the foreign minister also scheduled meetings with Cambodia's prime minister and foreign minister.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::PAKISTAN_2022_BILAWAL_IN_PHNOM_PENH),
        principles: &[],
        tasks: &[],
        sources: src![
            PK_BRECORDER_2022,
            EX_FM_VNA_2022_SOKHONN_BILAWAL,
            EX_FM_CAPITALNEWS_2022_BILAWAL_HUN_SEN
        ],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &PK_CAMBODIA_DAILY_2005,
    &PK_KHMER_TIMES_2023,
    &PK_PPP_2022,
    &PK_EURASIA_2022,
    &PK_CAMBODIA_DAILY_2004,
    &PK_KYODO_2005,
    &PK_TDI_2021,
    &PK_SUN_NARIN_2011,
    &PK_LAHORE_WORLD_2012,
    &PK_BRECORDER_2022,
    &PK_PID_GILANI,
    &PK_PPI_2026,
    &PK_MLEDOZE,
    &PK_CENSUS_2023,
    &PK_WIKIDATA,
];
