//! Cambodia and the Regional Comprehensive Economic Partnership: profile,
//! membership history and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static RCEP_MEDCOM_2021: Source = Source {
    id: "regional_comprehensive_economic_partnership_medcom_2021_entry_into_force",
    publisher: "Medcom.id",
    title: "RCEP Agreement to Enter into Force in January 2022",
    url: "https://www.medcom.id/english/business/GNlg0MgK-rcep-agreement-to-enter-into-force-in-january-2022",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RCEP_PNA_2021: Source = Source {
    id: "regional_comprehensive_economic_partnership_pna_2021_jan_1",
    publisher: "Philippines News Gazette",
    title: "World's largest trade deal RCEP to enter into force on Jan. 1",
    url: "https://www.philippinesnewsgazette.com/%EF%BB%BFworlds-largest-trade-deal-rcep-to-enter-into-force-on-jan-1/",
    language: "en",
    published: Some(HistDate::day(2021, 11, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Philippine News Agency, \"World's largest trade deal RCEP to enter into force on Jan. 1\"",
    ),
};

pub(crate) static RCEP_CAMBODIANESS_2022: Source = Source {
    id: "regional_comprehensive_economic_partnership_cambodianess_2022_japan",
    publisher: "Cambodianess",
    title: "Cambodia, Japan agree to ensure full implementation of RCEP free trade deal",
    url: "https://cambodianess.com/article/cambodia-japan-agree-to-ensure-full-implementation-of-rcep-free-trade-deal",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Cambodia, Japan agree to ensure full implementation of RCEP free trade deal\"",
    ),
};

pub(crate) static RCEP_KHMER_TIMES_2021: Source = Source {
    id: "regional_comprehensive_economic_partnership_khmer_times_2021_assembly",
    publisher: "bilaterals.org",
    title: "Assembly approves RCEP trade agreement",
    url: "https://www.bilaterals.org/?assembly-approves-rcep-trade",
    language: "en",
    published: Some(HistDate::day(2021, 6, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"Assembly approves RCEP trade agreement\""),
};

pub(crate) static RCEP_AKP_LAUNCH: Source = Source {
    id: "regional_comprehensive_economic_partnership_akp_cambodia_contribution",
    publisher: "Cambodia News Gazette",
    title: "PM highlights Cambodia's key contribution to ASEAN",
    url: "https://cambodianewsgazette.com/pm-highlights-cambodias-key-contribution-to-asean/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"PM highlights Cambodia's key contribution to ASEAN\"",
    ),
};

pub(crate) static RCEP_SCMP_2022: Source = Source {
    id: "regional_comprehensive_economic_partnership_scmp_2022_ratification_explainer",
    publisher: "South China Morning Post",
    title: "Explainer: Why haven't Philippines, Myanmar followed Indonesia and ratified the RCEP trade deal?",
    url: "https://www.scmp.com/economy/global-economy/article/3191127/why-havent-philippines-myanmar-followed-indonesia-and",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RCEP_PORTCALLS_2023: Source = Source {
    id: "regional_comprehensive_economic_partnership_portcalls_2023_philippines",
    publisher: "PortCalls Asia",
    title: "RCEP to take effect in PH on June 2",
    url: "https://www.portcalls.com/rcep-to-take-effect-in-ph-on-june-2/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RCEP_PH_ECONOMIST_2023: Source = Source {
    id: "regional_comprehensive_economic_partnership_ph_economist_2023_in_force_list",
    publisher: "フィリピン・エコノミスト (Philippine Economist)",
    title: "地域的な包括的経済連携(RCEP)協定、比は6月2日発効",
    url: "https://pheconomist.com/topics_detail8/id=80302",
    language: "ja",
    published: Some(HistDate::day(2023, 4, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RCEP_PEOPLE_2022: Source = Source {
    id: "regional_comprehensive_economic_partnership_people_2022_siem_reap",
    publisher: "People's Daily",
    title: "Cambodian PM calls on ASEAN members to attract big economies to RCEP trade pact",
    url: "http://en.people.cn/n3/2022/0914/c90000-10147055.html",
    language: "en",
    published: Some(HistDate::day(2022, 9, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Cambodian PM calls on ASEAN members to attract big economies to RCEP trade pact\"",
    ),
};

pub(crate) static RCEP_NUS_CIL: Source = Source {
    id: "regional_comprehensive_economic_partnership_nus_cil_agreement",
    publisher: "Centre for International Law, National University of Singapore",
    title: "2020 Regional Comprehensive Economic Partnership Agreement",
    url: "https://cil.nus.edu.sg/databasecil/2020-regional-comprehensive-economic-partnership-agreement",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static RCEP_NST_MALAYSIA_2022: Source = Source {
    id: "regional_comprehensive_economic_partnership_nst_2022_malaysia_march_18",
    publisher: "bilaterals.org",
    title: "RCEP to enter into force on March 18",
    url: "https://www.bilaterals.org/?rcep-to-enter-into-force-on-march",
    language: "en",
    published: Some(HistDate::day(2022, 1, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("New Straits Times, \"RCEP to enter into force on March 18\""),
};

pub(crate) static RCEP_PORTAL_WORLDS_INDONESIA: Source = Source {
    id: "regional_comprehensive_economic_partnership_portal_worlds_indonesia_2023",
    publisher: "Portal Worlds",
    title: "RCEP agreement to enter into force for Indonesia (report on the announcement by Japan's METI and MOFA)",
    url: "https://portal-worlds.com/news/asean/29182",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::RegionalComprehensiveEconomicPartnership,
    acronym: "RCEP",
    name_en: "Regional Comprehensive Economic Partnership",
    name_fr: "Partenariat économique régional inclusif",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // The agreement was signed on this day; it entered into force on
    // 1 January 2022.
    founded: Some(HistDate::day(2022, 1, 1)),
    headquarters: None,
    members: Some(Figure::new(15, 2022, src![RCEP_PEOPLE_2022])),
    website: None,
    aliases: &["RCEP Agreement"],
    sources: src![
        RCEP_NUS_CIL,
        RCEP_CAMBODIANESS_2022,
        RCEP_PEOPLE_2022,
        SEED_MFAIC_FR
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_FIRST_TEN: &[&Source] = src![RCEP_MEDCOM_2021, RCEP_SCMP_2022];
const JAN_2022: Option<HistDate> = Some(HistDate::day(2022, 1, 1));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::RegionalComprehensiveEconomicPartnership,
    periods: &[MembershipPeriod {
        status: MembershipStatus::FoundingMember,
        start: on!(
            day(2022, 1, 1),
            [RCEP_MEDCOM_2021, RCEP_PNA_2021, RCEP_CAMBODIANESS_2022]
        ),
        end: ONGOING,
        note: "Cambodia signed the agreement on 15 November 2020, its National Assembly approved it on 21 June 2021, and it was one of the six ASEAN states whose ratification let the agreement enter into force on its first day.",
        sources: src![
            RCEP_MEDCOM_2021,
            RCEP_KHMER_TIMES_2021,
            RCEP_CAMBODIANESS_2022
        ],
    }],
    roles: &[],
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        CountryMember {
            country: Country::Brunei,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        CountryMember {
            country: Country::China,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        // Instrument deposited on 3 November 2022; in force 60 days later.
        CountryMember {
            country: Country::Indonesia,
            since: Some(HistDate::day(2023, 1, 2)),
            sources: src![RCEP_PORTAL_WORLDS_INDONESIA, RCEP_PH_ECONOMIST_2023],
        },
        CountryMember {
            country: Country::Japan,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        CountryMember {
            country: Country::Laos,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        CountryMember {
            country: Country::Malaysia,
            since: Some(HistDate::day(2022, 3, 18)),
            sources: src![RCEP_NST_MALAYSIA_2022],
        },
        CountryMember {
            country: Country::Philippines,
            since: Some(HistDate::day(2023, 6, 2)),
            sources: src![RCEP_PORTCALLS_2023, RCEP_PH_ECONOMIST_2023],
        },
        CountryMember {
            country: Country::Singapore,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        // "A month later" than 1 January 2022.
        CountryMember {
            country: Country::SouthKorea,
            since: Some(HistDate::month(2022, 2)),
            sources: src![RCEP_SCMP_2022],
        },
        CountryMember {
            country: Country::Thailand,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
        CountryMember {
            country: Country::Vietnam,
            since: JAN_2022,
            sources: SRC_FIRST_TEN,
        },
    ],
    country_members_complete: false,
    note: "RCEP is a free trade agreement, not an organization with a secretariat; 'members' here are the parties for which it is in force. Myanmar signed in 2020 but its status is treated differently by each party, so it is not listed.",
    sources: src![RCEP_SCMP_2022, RCEP_PH_ECONOMIST_2023, RCEP_NUS_CIL],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "regional_comprehensive_economic_partnership_2012_negotiations_launched",
        date: EventDate::on(month(2012, 11)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[
            o(Organization::RegionalComprehensiveEconomicPartnership),
            o(Organization::Asean),
        ],
        title: "RCEP negotiations launched in Phnom Penh",
        summary: "ASEAN leaders formally launched the RCEP negotiations at their summit in Phnom Penh during Cambodia's 2012 ASEAN chairmanship.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            RCEP_AKP_LAUNCH,
            RCEP_KHMER_TIMES_2021,
            RCEP_PORTAL_WORLDS_INDONESIA
        ],
    },
    Event {
        id: "regional_comprehensive_economic_partnership_2020_signed",
        date: EventDate::on(day(2020, 11, 15)),
        kind: EventKind::AgreementSigned,
        partners: &[o(Organization::RegionalComprehensiveEconomicPartnership)],
        title: "Cambodia signs the RCEP agreement",
        summary: "Cambodia and the 14 other participating states signed the agreement at the fourth RCEP Summit, held by video conference from Hanoi; the foreign ministry counts this among its economic diplomacy efforts.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![RCEP_NUS_CIL, RCEP_KHMER_TIMES_2021, SEED_MFAIC_EN],
    },
    Event {
        id: "regional_comprehensive_economic_partnership_2022_entry_into_force",
        date: EventDate::on(day(2022, 1, 1)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::RegionalComprehensiveEconomicPartnership)],
        title: "RCEP enters into force for Cambodia",
        summary: "The agreement took effect for Cambodia and nine other early ratifiers, creating a trade bloc of about 30 percent of world population and output.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![
            RCEP_MEDCOM_2021,
            RCEP_PNA_2021,
            RCEP_CAMBODIANESS_2022,
            SEED_MFAIC_EN
        ],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &RCEP_MEDCOM_2021,
    &RCEP_PNA_2021,
    &RCEP_CAMBODIANESS_2022,
    &RCEP_KHMER_TIMES_2021,
    &RCEP_AKP_LAUNCH,
    &RCEP_SCMP_2022,
    &RCEP_PORTCALLS_2023,
    &RCEP_PH_ECONOMIST_2023,
    &RCEP_PEOPLE_2022,
    &RCEP_NUS_CIL,
    &RCEP_NST_MALAYSIA_2022,
    &RCEP_PORTAL_WORLDS_INDONESIA,
];
