//! Cambodia and the Asian Development Bank: profile, membership history and
//! events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static ADB_COUNTRY_OVERVIEW: Source = Source {
    id: "asian_development_bank_cambodia_overview",
    publisher: "Asian Development Bank",
    title: "Cambodia and ADB (ADB's Work in Cambodia)",
    url: "https://www.adb.org/countries/cambodia/overview",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ADB_50_YEARS_ALBUM: Source = Source {
    id: "asian_development_bank_50_years_partnership_album",
    publisher: "Docslib",
    title: "ADB and Cambodia: 50 Years of Partnership, 1966-2016",
    url: "https://docslib.org/download/3335428/adb-and-cambodia-50-years-of-partnership-1966-2016-this-year-marks-a-50-year-evolving-partnership-between-cambodia-and-the-asian-development-bank-adb",
    language: "en",
    published: Some(HistDate::year(2016)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Asian Development Bank, \"ADB and Cambodia: 50 Years of Partnership, 1966-2016\"",
    ),
};

pub(crate) static ADB_NEW_OFFICE_2024: Source = Source {
    id: "asian_development_bank_2024_new_office_cambodia",
    publisher: "EIN Presswire",
    title: "ADB Inaugurates New Office in Cambodia",
    url: "https://www.einpresswire.com/article/719606135/adb-inaugurates-new-office-in-cambodia",
    language: "en",
    published: Some(HistDate::day(2024, 6, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Asian Development Bank, \"ADB Inaugurates New Office in Cambodia\""),
};

pub(crate) static ADB_KANDA_2025: Source = Source {
    id: "asian_development_bank_2025_kanda_hun_manet",
    publisher: "EIN Presswire",
    title: "ADB President Backs Cambodia's Economic Diversification and People-Centered Development",
    url: "https://www.einpresswire.com/article/795613556/adb-president-backs-cambodia-s-economic-diversification-and-people-centered-development",
    language: "en",
    published: Some(HistDate::day(2025, 3, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Asian Development Bank, \"ADB President Backs Cambodia's Economic Diversification and People-Centered Development\"",
    ),
};

pub(crate) static ADB_WIKIPEDIA_2016: Source = Source {
    id: "asian_development_bank_wikipedia_2016_revision",
    publisher: "Wikipedia",
    title: "Asian Development Bank (revision of 19 November 2016)",
    url: "https://en.wikipedia.org/wiki/Asian_Development_Bank?oldid=750333443",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ADB_ABOUT: Source = Source {
    id: "asian_development_bank_who_we_are",
    publisher: "Asian Development Bank",
    title: "Who We Are: About ADB",
    url: "https://www.adb.org/who-we-are/about",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ADB_AKP_HISTORY_BOOK: Source = Source {
    id: "asian_development_bank_akp_50_year_history_book",
    publisher: "Cambodia News Gazette",
    title: "ADB Launches its 50-Year History Book",
    url: "https://cambodianewsgazette.com/adb-launches-its-50-year-history-book/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Agence Kampuchea Presse, \"ADB Launches its 50-Year History Book\""),
};

pub(crate) static ADB_UNTS_AGREEMENT: Source = Source {
    id: "asian_development_bank_unts_8303_agreement_establishing",
    publisher: "123dok",
    title: "No. 8303: Final Act of the Conference of Plenipotentiaries on the Asian Development Bank, and Agreement establishing the Asian Development Bank (Manila, 4 December 1965)",
    url: "https://text-id.123dok.com/document/y6evo0oz-selanjutnya-2663.html",
    language: "en",
    published: Some(HistDate::year(1968)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United Nations Treaty Series, vol. 571, \"No. 8303: Final Act of the Conference of Plenipotentiaries on the Asian Development Bank, and Agreement establishing the Asian Development Bank (Manila, 4 December 1965)\"",
    ),
};

/// Read in the WikiLeaks library of US diplomatic cables.
pub(crate) static ADB_US_CABLE_1975: Source = Source {
    id: "asian_development_bank_us_cable_1975_london",
    publisher: "Embassy of the United States in the United Kingdom",
    title: "Cambodian and Vietnamese participation in ADB (cable 1975LONDON09540)",
    url: "https://search.wikileaks.org/plusd/cables/1975LONDON09540.html",
    language: "en",
    published: Some(HistDate::day(1975, 6, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::AsianDevelopmentBank,
    acronym: "ADB",
    name_en: "Asian Development Bank",
    name_fr: "Banque asiatique de développement",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // The date the English-language sources give for the bank's
    // establishment (it opened in Manila that day). The Agreement
    // establishing the bank was signed at Manila on 4 December 1965 and was
    // registered with the UN on 22 August 1966, the date a French copy gives
    // for the creation.
    founded: Some(HistDate::day(1966, 8, 22)),
    headquarters: Some("Mandaluyong, Metro Manila"),
    members: Some(Figure::new(69, 2025, src![ADB_WIKI_FR, ADB_ABOUT])),
    website: Some("https://www.adb.org"),
    aliases: &["BAD", "BASD", "AsDB"],
    sources: src![
        ADB_ABOUT,
        ADB_WIKIPEDIA_2016,
        ADB_WIKI_FR,
        ADB_COUNTRY_OVERVIEW,
        ADB_UNTS_AGREEMENT
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::AsianDevelopmentBank,
    periods: &[MembershipPeriod {
        status: MembershipStatus::FoundingMember,
        start: on!(
            year(1966),
            [
                ADB_COUNTRY_OVERVIEW,
                ADB_50_YEARS_ALBUM,
                ADB_NEW_OFFICE_2024
            ]
        ),
        end: ONGOING,
        note: "Cambodia was represented at the Manila conference that adopted the bank's founding Agreement on 4 December 1965 and was among its founding members in 1966; no source consulted gives the day its membership took effect. ADB operations stopped during the war years and resumed in 1992 after the Paris peace agreement. ADB's 50-year album says Cambodia 'ceased to be a member in 1975'; the period is still kept unbroken, because ADB's own country page gives only 'Joined 1966', a US embassy cable of 20 June 1975 still counts Cambodia as a member with obligations outstanding, and no source seen records a withdrawal or a readmission.",
        sources: src![
            ADB_COUNTRY_OVERVIEW,
            ADB_50_YEARS_ALBUM,
            ADB_NEW_OFFICE_2024,
            ADB_UNTS_AGREEMENT,
            ADB_US_CABLE_1975
        ],
    }],
    roles: &[],
    country_members: undated_members!(
        src![ADB_WIKIPEDIA_2016];
        Australia,
        China,
        India,
        Japan,
        UnitedStates,
    ),
    country_members_complete: false,
    note: "ADB's 50-year album says Cambodia 'ceased to be a member' in 1975, while ADB's own country page gives only 'joined 1966' and Cambodian officials still call it a founding member; no source gives a date of readmission, so one continuous period is kept and the 1975-1992 break is recorded here as a break in operations. Only the five partner countries named as leading shareholders are listed; the membership of the other partners was not confirmed in the sources consulted.",
    sources: src![
        ADB_50_YEARS_ALBUM,
        ADB_COUNTRY_OVERVIEW,
        ADB_AKP_HISTORY_BOOK
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "asian_development_bank_1966_founding_member",
        date: EventDate::on(year(1966)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::AsianDevelopmentBank)],
        title: "Cambodia is a founding member of the ADB",
        summary: "The Asian Development Bank was set up in Manila in 1966 with 31 members, Cambodia among them.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            ADB_50_YEARS_ALBUM,
            ADB_AKP_HISTORY_BOOK,
            ADB_COUNTRY_OVERVIEW
        ],
    },
    Event {
        id: "asian_development_bank_1992_operations_resumed",
        date: EventDate::on(year(1992)),
        kind: EventKind::Aid,
        partners: &[o(Organization::AsianDevelopmentBank)],
        title: "ADB resumes operations in Cambodia",
        summary: "After the 1991 Paris peace agreement the bank took up work in Cambodia again, its first activity there since 1975.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ADB_50_YEARS_ALBUM],
    },
    Event {
        id: "asian_development_bank_2024_new_resident_mission_office",
        date: EventDate::on(day(2024, 6, 12)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::Official,
        },
        partners: &[o(Organization::AsianDevelopmentBank)],
        title: "ADB President opens new Resident Mission office",
        summary: "President Masatsugu Asakawa and Deputy Prime Minister Aun Pornmoniroth inaugurated the bank's new Phnom Penh office as the 2024-2028 country partnership strategy, worth about $1.26 billion, got under way.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ADB_NEW_OFFICE_2024],
    },
    Event {
        id: "asian_development_bank_2025_kanda_meets_hun_manet",
        date: EventDate::on(day(2025, 3, 20)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::Official,
        },
        partners: &[o(Organization::AsianDevelopmentBank)],
        title: "ADB President Kanda meets Prime Minister Hun Manet",
        summary: "On his visit to Cambodia, ADB President Masato Kanda discussed economic diversification and regional energy links with the Prime Minister and toured ADB-backed projects.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ADB_KANDA_2025],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &ADB_US_CABLE_1975,
    &ADB_COUNTRY_OVERVIEW,
    &ADB_50_YEARS_ALBUM,
    &ADB_NEW_OFFICE_2024,
    &ADB_KANDA_2025,
    &ADB_WIKIPEDIA_2016,
    &ADB_ABOUT,
    &ADB_AKP_HISTORY_BOOK,
    &ADB_UNTS_AGREEMENT,
];
