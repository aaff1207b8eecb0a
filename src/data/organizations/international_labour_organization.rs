//! Cambodia and the International Labour Organization: profile, membership
//! history and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static ILO_PRESSOCM_2019: Source = Source {
    id: "international_labour_organization_pressocm_2019_centenary",
    publisher: "Press and Quick Reaction Unit, Office of the Council of Ministers of Cambodia",
    title: "Cambodian Prime Minister Presides Over the Celebration of ILO Centenary",
    url: "https://pressocm.gov.kh/en/archives/50883",
    language: "en",
    published: Some(HistDate::day(2019, 3, 28)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ILO_PPP_LABOUR_MINISTER: Source = Source {
    id: "international_labour_organization_ppp_labour_minister_ilc",
    publisher: "The Phnom Penh Post",
    title: "Labour minister supports ILO recommendation for job recovery post-Covid",
    url: "https://www.phnompenhpost.com/national/labour-minister-supports-ilo-recommendation-job-recovery-post-covid",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ILO_LYON_THESIS: Source = Source {
    id: "international_labour_organization_lyon2_thesis_oit_cambodge",
    publisher: "Université Lumière Lyon 2",
    title: "Thesis chapter on the ILO's assistance to Cambodia",
    url: "http://theses.univ-lyon2.fr/documents/getpart.php?id=lyon2.2007.lim_sh&part=199920",
    language: "fr",
    published: Some(HistDate::year(2007)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static ILO_ODC_BFC: Source = Source {
    id: "international_labour_organization_odc_better_factories_decade",
    publisher: "Open Development Cambodia",
    title: "New report evaluates decade of Better Factories Cambodia",
    url: "https://opendevelopmentcambodia.net/news/new-report-evaluates-decade-of-better-factories-cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static ILO_BETTERWORK: Source = Source {
    id: "international_labour_organization_betterwork_cambodia",
    publisher: "Better Work (ILO and IFC)",
    title: "Better Factories Cambodia",
    url: "https://betterwork.org/bn/cambodia/contact-us",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ILO_TI_TEXTILE_AGREEMENT: Source = Source {
    id: "international_labour_organization_ti_trade_monitoring",
    publisher: "Transparency International Cambodia",
    title: "Trade, Monitoring, and the ILO: Working To Improve Conditions in Cambodia's Garment Factories",
    url: "http://ticambodia.org/library/km/ti_resource/trade-monitoring-and-the-ilo-working-to-improve-conditions-in-cambodias-garment-factories",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static ILO_FRASER: Source = Source {
    id: "international_labour_organization_fraser_profile",
    publisher: "FRASER, Federal Reserve Bank of St. Louis",
    title: "International Labour Organization",
    url: "https://fraser.stlouisfed.org/author/international-labour-organization",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"International Labour Organization\""),
};

pub(crate) static ILO_WIKI_MEMBER_STATES: Source = Source {
    id: "international_labour_organization_wikipedia_member_states",
    publisher: "Wikipedia",
    title: "Member states of the International Labour Organization",
    url: "https://en.wikipedia.org/wiki/Member_states_of_the_International_Labour_Organization",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ILO_WIKI_MEMBER_STATES_IPFS: Source = Source {
    id: "international_labour_organization_wikipedia_member_states_ipfs",
    publisher: "Wikipedia on IPFS",
    title: "Member states of the International Labour Organization (with dates of admission)",
    url: "https://en.wikipedia-on-ipfs.org/wiki/Member_states_of_the_International_Labour_Organization",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Member states of the International Labour Organization\""),
};

pub(crate) static ILO_GYAANKOSH: Source = Source {
    id: "international_labour_organization_gyaankosh_governing_body",
    publisher: "GyaanKosh",
    title: "International Labour Organization (ILO)",
    url: "https://gyaankosh.com/index.php?oldid=145&title=International_Labour_Organization_%28ILO%29",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ILO_VIETNAMPLUS_FR: Source = Source {
    id: "international_labour_organization_vietnamplus_104th_ilc",
    publisher: "Vietnam News Agency",
    title: "Le Vietnam à la 104e session de la Conférence internationale du Travail",
    url: "https://fr.vietnamplus.vn/le-vietnam-a-la-104e-session-de-la-conference-internationale-du-travail-post63973.vnp",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ILO_CAMBODIA_DAILY_GB: Source = Source {
    id: "international_labour_organization_cambodia_daily_governing_body",
    publisher: "The Cambodia Daily",
    title: "Cambodia Wins Seat on ILO Governing Body",
    url: "https://english.cambodiadaily.com/news/cambodia-wins-seat-on-ilo-governing-body-for-first-time-61201/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ILO_COUNTRY_PAGE: Source = Source {
    id: "international_labour_organization_ilo_cambodia_country_page",
    publisher: "International Labour Organization",
    title: "Cambodia (ILO country page)",
    url: "http://www.ilo.org/asia/countries/cambodia/lang--en/index.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ILO_WIKIDATA: Source = Source {
    id: "international_labour_organization_wikidata_q54129",
    publisher: "Wikidata",
    title: "International Labour Organization (Q54129)",
    url: "https://www.wikidata.org/wiki/Q54129",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::InternationalLabourOrganization,
    acronym: "ILO",
    name_en: "International Labour Organization",
    name_fr: "Organisation internationale du Travail",
    wikidata: Some("Q54129"),
    // The sources agree on the year (Treaty of Versailles, first conference
    // in October) but not on a single day, so only the year is kept.
    founded: Some(HistDate::day(1920, 1, 10)),
    headquarters: Some("Geneva"),
    members: Some(Figure::new(187, 2025, src![ILO_WIKI_MEMBER_STATES])),
    website: Some("https://www.ilo.org"),
    aliases: &["OIT", "International Labor Organization"],
    sources: src![
        ILO_FRASER,
        ILO_WIKI_MEMBER_STATES,
        ILO_VIETNAMPLUS_FR,
        ILO_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_GB: &[&Source] = src![ILO_GYAANKOSH];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::InternationalLabourOrganization,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(
            year(1969),
            [ILO_COUNTRY_PAGE, ILO_PRESSOCM_2019, ILO_PPP_LABOUR_MINISTER]
        ),
        end: ONGOING,
        note: "Cambodia joined the ILO in 1969; the government marked fifty years of membership in 2019. A French doctoral thesis dates the ILO's first technical mission to Cambodia to 1959 but gives no joining date of its own.",
        sources: src![
            ILO_COUNTRY_PAGE,
            ILO_PRESSOCM_2019,
            ILO_PPP_LABOUR_MINISTER,
            ILO_LYON_THESIS
        ],
    }],
    roles: &[],
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: Some(HistDate::day(1919, 6, 28)),
            sources: src![ILO_WIKI_MEMBER_STATES_IPFS],
        },
        CountryMember {
            country: Country::Bangladesh,
            since: Some(HistDate::day(1972, 6, 22)),
            sources: src![ILO_WIKI_MEMBER_STATES_IPFS],
        },
        // Holders of the permanent government seats on the Governing Body.
        CountryMember {
            country: Country::China,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::France,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::Germany,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::India,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::Japan,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::Russia,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::UnitedKingdom,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::UnitedStates,
            since: None,
            sources: SRC_GB,
        },
        CountryMember {
            country: Country::Vietnam,
            since: None,
            sources: src![ILO_VIETNAMPLUS_FR],
        },
    ],
    country_members_complete: false,
    note: "The Cambodia Daily reported that Cambodia won one of the rotating government seats on the ILO Governing Body for the first time at an International Labour Conference, but the article as read gives no date, so no role is recorded. Partner countries are listed only where a source consulted names them as members; the remaining partners are very likely members too (the ILO has 187 member states) but were not confirmed.",
    sources: src![
        ILO_PRESSOCM_2019,
        ILO_CAMBODIA_DAILY_GB,
        ILO_WIKI_MEMBER_STATES
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "international_labour_organization_1959_first_technical_mission",
        date: EventDate::on(year(1959)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalLabourOrganization)],
        title: "First ILO technical expert sent to Cambodia",
        summary: "At the government's request an ILO expert spent four weeks in Cambodia reviewing labour law and labour administration and recommending what assistance to give.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ILO_LYON_THESIS],
    },
    Event {
        id: "international_labour_organization_1969_membership",
        date: EventDate::on(year(1969)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::InternationalLabourOrganization)],
        title: "Cambodia joins the ILO",
        summary: "Cambodia became a member state of the International Labour Organization.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ILO_PRESSOCM_2019, ILO_PPP_LABOUR_MINISTER],
    },
    Event {
        id: "international_labour_organization_2001_better_factories_cambodia",
        date: EventDate::on(year(2001)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalLabourOrganization)],
        title: "Better Factories Cambodia begins",
        summary: "The ILO started monitoring working conditions in garment factories under a programme tied to the 1999 US-Cambodia textile agreement, which traded market access for labour standards; after that agreement expired in 2004 the programme was kept on with the IFC.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ILO_ODC_BFC, ILO_BETTERWORK, ILO_TI_TEXTILE_AGREEMENT],
    },
    Event {
        id: "international_labour_organization_2005_decent_work_programme",
        date: EventDate::on(year(2005)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalLabourOrganization)],
        title: "First Decent Work Country Programme",
        summary: "Cambodia began the first of five successive decent work programmes with the ILO, the fifth running from 2019 to 2023.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ILO_PPP_LABOUR_MINISTER],
    },
    Event {
        id: "international_labour_organization_2019_centenary_celebration",
        date: EventDate::on(day(2019, 3, 28)),
        kind: EventKind::Talks,
        partners: &[o(Organization::InternationalLabourOrganization)],
        title: "ILO centenary and fifty years of Cambodian membership marked",
        summary: "Prime Minister Hun Sen presided over a ceremony at the Peace Palace celebrating the ILO's hundredth year and Cambodia's half-century as a member.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ILO_PRESSOCM_2019],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &ILO_PRESSOCM_2019,
    &ILO_PPP_LABOUR_MINISTER,
    &ILO_LYON_THESIS,
    &ILO_ODC_BFC,
    &ILO_BETTERWORK,
    &ILO_TI_TEXTILE_AGREEMENT,
    &ILO_FRASER,
    &ILO_WIKI_MEMBER_STATES,
    &ILO_WIKI_MEMBER_STATES_IPFS,
    &ILO_GYAANKOSH,
    &ILO_VIETNAMPLUS_FR,
    &ILO_CAMBODIA_DAILY_GB,
    &ILO_WIKIDATA,
    &ILO_COUNTRY_PAGE,
];
