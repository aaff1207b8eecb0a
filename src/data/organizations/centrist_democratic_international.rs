//! Cambodia and the Centrist Democrat International (IDC-CDI): profile,
//! membership history and events.
//!
//! The CDI is an international of political parties, not of states. The
//! member is Cambodia's ruling Cambodian People's Party (CPP); the IRIC
//! research programme describes this as Cambodia's membership of the CDI
//! (Asia Pacific).

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static CDI_WIKIPEDIA: Source = Source {
    id: "centrist_democratic_international_wikipedia",
    publisher: "Wikipedia",
    title: "Centrist Democrat International",
    url: "https://en.wikipedia.org/wiki/Centrist_Democrat_International",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static CDI_STAR_OF_CAMBODIA_2024: Source = Source {
    id: "centrist_democratic_international_star_of_cambodia_executive_committee",
    publisher: "Star of Cambodia",
    title: "中道民主インターナショナル会議に各国代表団が参加",
    url: "https://starofcambodia.com/%e4%b8%ad%e9%81%93%e6%b0%91%e4%b8%bb%e3%82%a4%e3%83%b3%e3%82%bf%e3%83%bc%e3%83%8a%e3%82%b7%e3%83%a7%e3%83%8a%e3%83%ab%e4%bc%9a%e8%ad%b0%e3%81%ab%e5%90%84%e5%9b%bd%e4%bb%a3%e8%a1%a8%e5%9b%a3%e3%81%8c",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CDI_AKP_SIEM_REAP: Source = Source {
    id: "centrist_democratic_international_akp_siem_reap_keynote",
    publisher: "Singapore News Gazette",
    title: "Cambodia Stands Ready to Contribute to Regional Peace, Says PM",
    url: "https://singaporenewsgazette.com/cambodia-stands-ready-to-contribute-to-regional-peace-says-pm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodia Stands Ready to Contribute to Regional Peace, Says PM\"",
    ),
};

pub(crate) static CDI_PRESSOCM_SPEECH: Source = Source {
    id: "centrist_democratic_international_pressocm_hun_manet_speech",
    publisher: "Press and Quick Reaction Unit, Office of the Council of Ministers of Cambodia",
    title: "Remarks at the opening of the IDC-CDI Executive Committee Meeting, Siem Reap",
    url: "https://pressocm.gov.kh/en/archives/105552",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CDI_MIRROR_2008: Source = Source {
    id: "centrist_democratic_international_mirror_2008_jakarta",
    publisher: "Khmer NZ",
    title: "Cambodian People's Party Invited to Participate in a Conference of the Centrist Democrat International in Indonesia",
    url: "http://khmernz.blogspot.com/2008/01/cambodian-peoples-party-invited-to_27.html",
    language: "en",
    published: Some(HistDate::day(2008, 1, 27)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "The Mirror, \"Cambodian People's Party Invited to Participate in a Conference of the Centrist Democrat International in Indonesia\"",
    ),
};

pub(crate) static CDI_MANILA_BULLETIN_2010: Source = Source {
    id: "centrist_democratic_international_manila_bulletin_2010_icapp",
    publisher: "Questia",
    title: "Cambodia International Conference of Asian Political Parties: Quest for a Better Tomorrow",
    url: "http://www.questia.com/read/1G1-244031609/cambodia-international-conference-of-asian-political",
    language: "en",
    published: Some(HistDate::day(2010, 12, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Manila Bulletin, \"Cambodia International Conference of Asian Political Parties: Quest for a Better Tomorrow\"",
    ),
};

pub(crate) static CDI_SIMPLE_WIKI_FR_NAME: Source = Source {
    id: "centrist_democratic_international_simple_wikipedia_names",
    publisher: "bdmobi.com",
    title: "Centrist Democrat International",
    url: "https://wap.bdmobi.com/view_html.php?lang=simple&q=Centrist_Democrat_International&sq=Bangladesh",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Centrist Democrat International\""),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::CentristDemocraticInternational,
    acronym: "CDI",
    name_en: "Centrist Democrat International",
    name_fr: "Internationale démocrate centriste",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // Founded in Santiago de Chile as the Christian Democrat World Union.
    founded: Some(HistDate::year(1961)),
    headquarters: Some("Brussels"),
    // Member parties, not states.
    members: Some(Figure::new(
        109,
        2024,
        src![CDI_STAR_OF_CAMBODIA_2024, CDI_WIKIPEDIA],
    )),
    website: Some("https://idc-cdi.com"),
    aliases: &[
        "IDC-CDI",
        "IDC",
        "Christian Democrat International",
        "Internacional Demócrata de Centro",
    ],
    sources: src![CDI_WIKIPEDIA, CDI_SIMPLE_WIKI_FR_NAME, CDI_AKP_SIEM_REAP],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::CentristDemocraticInternational,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(month(2016, 4), [CDI_STAR_OF_CAMBODIA_2024]),
        end: ONGOING,
        note: "The member is the Cambodian People's Party, which became a full member of the CDI in April 2016; a CPP delegation had already attended the CDI Asia Pacific conference in 2008. Cambodia as a state is not a member.",
        sources: src![CDI_STAR_OF_CAMBODIA_2024, CDI_MIRROR_2008, SEED_IRIC],
    }],
    roles: &[
        Role {
            title: "Host of a CDI Asia-Pacific Executive Committee meeting, held with the 6th ICAPP General Assembly",
            start: day(2010, 12, 1),
            end: Some(day(2010, 12, 4)),
            sources: src![CDI_MANILA_BULLETIN_2010],
        },
        Role {
            title: "Vice-President of the CDI for Asia-Pacific (held by the Cambodian People's Party)",
            start: month(2018, 7),
            end: None,
            sources: src![CDI_STAR_OF_CAMBODIA_2024, CDI_PRESSOCM_SPEECH],
        },
    ],
    country_members: &[],
    country_members_complete: false,
    note: "IRIC states that Cambodia is a member of the Centrist Democrat International (Asia Pacific), a grouping of democratic parties; the sources show that the membership is the CPP's. Partner countries are not listed because the CDI's members are parties, not states.",
    sources: src![SEED_IRIC, CDI_STAR_OF_CAMBODIA_2024, CDI_WIKIPEDIA],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "centrist_democratic_international_2008_jakarta_conference",
        date: EventDate::span(day(2008, 1, 25), day(2008, 1, 27)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[o(Organization::CentristDemocraticInternational)],
        title: "CPP delegation at the CDI Asia Pacific conference",
        summary: "Deputy Prime Minister Sok An led a Cambodian People's Party delegation to the second CDI Asia Pacific conference, at the invitation of Indonesia's Golkar party.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CDI_MIRROR_2008],
    },
    Event {
        id: "centrist_democratic_international_2016_cpp_full_member",
        date: EventDate::on(month(2016, 4)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::CentristDemocraticInternational)],
        title: "Cambodian People's Party becomes a full CDI member",
        summary: "The ruling CPP was admitted as a full member of the Centrist Democrat International; from July 2018 it was elected a CDI vice-president responsible for Asia-Pacific.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CDI_STAR_OF_CAMBODIA_2024],
    },
    Event {
        id: "centrist_democratic_international_2024_siem_reap_executive_committee",
        date: EventDate::on(day(2024, 11, 18)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[o(Organization::CentristDemocraticInternational)],
        title: "CPP hosts the CDI Executive Committee in Siem Reap",
        summary: "As a CDI vice-president the CPP hosted the Executive Committee, with some 87 delegates from 26 parties in 24 countries expected; Prime Minister Hun Manet gave the keynote on Cambodia's path from war to peace.",
        place: Some("Siem Reap"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            CDI_STAR_OF_CAMBODIA_2024,
            CDI_PRESSOCM_SPEECH,
            CDI_AKP_SIEM_REAP
        ],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &CDI_WIKIPEDIA,
    &CDI_STAR_OF_CAMBODIA_2024,
    &CDI_AKP_SIEM_REAP,
    &CDI_PRESSOCM_SPEECH,
    &CDI_MIRROR_2008,
    &CDI_MANILA_BULLETIN_2010,
    &CDI_SIMPLE_WIKI_FR_NAME,
];
