//! Cambodia and the East Asia Summit: profile, membership (a founding
//! participant in 2005), the summits hosted in Phnom Penh, and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static EAS_RFERL_2005: Source = Source {
    id: "east_asia_summit_rferl_2005_leaders_inaugurate",
    publisher: "Radio Free Europe/Radio Liberty",
    title: "Leaders Inaugurate East Asia Summit",
    url: "https://rferl.org/amp/1063813.html",
    language: "en",
    published: Some(HistDate::day(2005, 12, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EAS_APH_2006: Source = Source {
    id: "east_asia_summit_aph_2006_issues_and_outcomes",
    publisher: "Parliament of Australia",
    title: "The East Asia Summit, Kuala Lumpur, 14 December 2005: issues and outcomes",
    url: "https://www.aph.gov.au/About_Parliament/Parliamentary_Departments/Parliamentary_Library/Publications_Archive/archive/eastasiasummit",
    language: "en",
    published: Some(HistDate::day(2006, 1, 17)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static EAS_ADB_ARIC: Source = Source {
    id: "east_asia_summit_adb_aric_initiative",
    publisher: "Asian Development Bank",
    title: "East Asia Summit (EAS)",
    url: "https://aric.adb.org/initiative/east-asia-summit-(eas)",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static EAS_TASS_2023: Source = Source {
    id: "east_asia_summit_tass_2023_factbox",
    publisher: "TASS",
    title: "East Asia Summit (factbox)",
    url: "https://tass.com/world/1670877",
    language: "en",
    published: Some(HistDate::day(2023, 9, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EAS_TASS_2022: Source = Source {
    id: "east_asia_summit_tass_2022_kicks_off",
    publisher: "TASS",
    title: "East Asia summit kicks off in Phnom Penh without Biden — diplomat",
    url: "https://tass.com/world/1535791/amp",
    language: "en",
    published: Some(HistDate::day(2022, 11, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EAS_VIETNAMPLUS_2012: Source = Source {
    id: "east_asia_summit_vietnamplus_2012_seventh_summit",
    publisher: "Vietnam News Agency",
    title: "7th East Asia Summit fosters regional cooperation",
    url: "https://en.vietnamplus.vn/7th-east-asia-summit-fosters-regional-cooperation-post40283.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EAS_PEOPLESDAILY_FR_2012: Source = Source {
    id: "east_asia_summit_peoplesdaily_fr_2012_declaration",
    publisher: "People's Daily",
    title: "Le 7e Sommet de l'Asie de l'est a adopté la Déclaration de Phnom Penh",
    url: "http://french.peopledaily.com.cn/Chine/8027772.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EAS_UTOKYO_FMM_2012: Source = Source {
    id: "east_asia_summit_utokyo_2012_second_fmm_statement",
    publisher: "\"The World and Japan\" Database (GRIPS / University of Tokyo)",
    title: "Chairman Statement of The Second East Asia Summit (EAS) Foreign Ministers' Meeting",
    url: "http://www.ioc.u-tokyo.ac.jp/~worldjpn/documents/texts/eastasia/20120712.D2E.html",
    language: "en",
    published: Some(HistDate::day(2012, 7, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static EAS_CNG_2022: Source = Source {
    id: "east_asia_summit_cambodianewsgazette_2022_leaders_expected",
    publisher: "Cambodia News Gazette",
    title: "At least 25 leaders expected at ASEAN Summits, special gifts ready to welcome them",
    url: "https://cambodianewsgazette.com/at-least-25-leaders-expected-at-asean-summits-special-gifts-ready-to-welcome-them/",
    language: "en",
    published: Some(HistDate::day(2022, 10, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static EAS_PPP_2023: Source = Source {
    id: "east_asia_summit_phnompenhpost_2023_manet_debut",
    publisher: "The Phnom Penh Post",
    title: "Manet's diplomatic debut at ASEAN hailed a major success",
    url: "https://www.phnompenhpost.com/national/manets-diplomatic-debut-asean-hailed-major-success",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::EastAsiaSummit,
    acronym: "EAS",
    name_en: "East Asia Summit",
    name_fr: "Sommet de l'Asie de l'Est",
    // Not filled: no source read gave the Wikidata item id.
    wikidata: None,
    // The first summit, in Kuala Lumpur.
    founded: Some(day(2005, 12, 14)),
    // A leaders' forum held with the ASEAN summits; it has no secretariat of its own.
    headquarters: None,
    members: Some(Figure::new(18, 2022, src![EAS_CNG_2022])),
    website: None,
    aliases: &[],
    sources: src![
        EAS_RFERL_2005,
        EAS_APH_2006,
        EAS_PEOPLESDAILY_FR_2012,
        EAS_CNG_2022
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const FIRST_SUMMIT: Option<HistDate> = Some(HistDate::day(2005, 12, 14));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::EastAsiaSummit,
    periods: &[MembershipPeriod {
        status: MembershipStatus::FoundingMember,
        start: on!(day(2005, 12, 14), [EAS_RFERL_2005, EAS_APH_2006]),
        end: ONGOING,
        note: "Cambodia took part, as one of the ten ASEAN members, in the first summit in Kuala Lumpur, where the sixteen participating countries launched the forum.",
        sources: src![EAS_RFERL_2005, EAS_APH_2006],
    }],
    roles: &[
        Role {
            title: "Chair of the 2nd East Asia Summit Foreign Ministers' Meeting",
            start: day(2012, 7, 12),
            end: None,
            sources: src![EAS_UTOKYO_FMM_2012],
        },
        Role {
            title: "Host of the 7th East Asia Summit",
            start: day(2012, 11, 20),
            end: None,
            sources: src![EAS_VIETNAMPLUS_2012, ASEAN_XINHUA_2012_21ST],
        },
        Role {
            title: "Host of the 17th East Asia Summit",
            start: day(2022, 11, 13),
            end: None,
            sources: src![EAS_TASS_2022],
        },
    ],
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Brunei,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::China,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::India,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Indonesia,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Japan,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Laos,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Malaysia,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Myanmar,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Philippines,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Singapore,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::SouthKorea,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Thailand,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Vietnam,
            since: FIRST_SUMMIT,
            sources: src![EAS_APH_2006],
        },
        CountryMember {
            country: Country::Russia,
            since: Some(year(2011)),
            sources: src![EAS_ADB_ARIC, EAS_TASS_2023, EAS_TASS_2022],
        },
        CountryMember {
            country: Country::UnitedStates,
            since: Some(year(2011)),
            sources: src![EAS_ADB_ARIC, EAS_TASS_2023],
        },
    ],
    country_members_complete: false,
    note: "Russia and the United States are dated from the 6th summit (Bali, 2011), when membership grew to eighteen; TASS dates Russia's formal entry to the 5th summit in Hanoi in October 2010. Russian President Putin attended the first summit as an observer.",
    sources: src![EAS_RFERL_2005, EAS_APH_2006, EAS_ADB_ARIC, EAS_TASS_2022],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const EAS: Partner = o(Organization::EastAsiaSummit);

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "east_asia_summit_2005_first_summit",
        date: EventDate::on(day(2005, 12, 14)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[EAS],
        title: "First East Asia Summit",
        summary: "Cambodia joined the leaders of the other ASEAN members and of Australia, China, India, Japan, New Zealand and South Korea in launching the East Asia Summit, hosted by Malaysia during the 11th ASEAN Summit.",
        place: Some("Kuala Lumpur"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EAS_RFERL_2005, EAS_APH_2006],
    },
    Event {
        id: "east_asia_summit_2012_foreign_ministers_meeting",
        date: EventDate::on(day(2012, 7, 12)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[EAS],
        title: "Cambodia chairs the EAS foreign ministers",
        summary: "Deputy Prime Minister and Foreign Minister Hor Namhong chaired the second EAS Foreign Ministers' Meeting, which stressed ASEAN's central role in the forum.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EAS_UTOKYO_FMM_2012],
    },
    Event {
        id: "east_asia_summit_2012_seventh_summit_phnom_penh",
        date: EventDate::on(day(2012, 11, 20)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[EAS],
        title: "7th East Asia Summit in Phnom Penh",
        summary: "Cambodia hosted the eighteen-nation summit, which adopted the Phnom Penh Declaration on narrowing the development gap among ASEAN members.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            EAS_VIETNAMPLUS_2012,
            EAS_PEOPLESDAILY_FR_2012,
            ASEAN_XINHUA_2012_21ST
        ],
    },
    Event {
        id: "east_asia_summit_2022_seventeenth_summit_phnom_penh",
        date: EventDate::on(day(2022, 11, 13)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[EAS],
        title: "17th East Asia Summit in Phnom Penh",
        summary: "Hun Sen hosted the summit on the last day of the four days of ASEAN meetings; it opened without US President Biden, who was in Phnom Penh for the meetings, and Russia was represented by Foreign Minister Lavrov.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EAS_TASS_2022, ASEAN_PPP_2022_WRAP],
    },
    Event {
        id: "east_asia_summit_2023_eighteenth_summit_jakarta",
        date: EventDate::on(day(2023, 9, 7)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[EAS],
        title: "Hun Manet at the 18th East Asia Summit",
        summary: "On his first ASEAN summit trip as Prime Minister, Hun Manet attended the 18th East Asia Summit among the meetings of the 43rd ASEAN Summit hosted by Indonesia.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EAS_PPP_2023, EAS_TASS_2023],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &EAS_RFERL_2005,
    &EAS_APH_2006,
    &EAS_ADB_ARIC,
    &EAS_TASS_2023,
    &EAS_TASS_2022,
    &EAS_VIETNAMPLUS_2012,
    &EAS_PEOPLESDAILY_FR_2012,
    &EAS_UTOKYO_FMM_2012,
    &EAS_CNG_2022,
    &EAS_PPP_2023,
];
