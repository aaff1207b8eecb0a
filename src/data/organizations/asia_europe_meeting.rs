//! Cambodia and the Asia–Europe Meeting: profile, membership (since the 2004
//! enlargement), the 13th summit hosted by Cambodia, and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static ASEM_CHINAORG_2004: Source = Source {
    id: "asia_europe_meeting_chinaorg_2004_enlargement",
    publisher: "China.org.cn",
    title: "Report on the ASEM enlargement ceremony in Hanoi (untitled in the copy read)",
    url: "http://china.org.cn/english/international/108756.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua"),
};

pub(crate) static ASEM_BEIJINGREVIEW_FR: Source = Source {
    id: "asia_europe_meeting_beijing_information_elargissement",
    publisher: "Beijing Review",
    title: "Elargissement de l'ASEM",
    url: "http://french.beijingreview.com.cn/dialogue_asie_europe/txt/2008-10/22/content_158091.htm",
    language: "fr",
    published: Some(HistDate::day(2008, 10, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEM_ASEF_ASEM5: Source = Source {
    id: "asia_europe_meeting_asef_asem5",
    publisher: "Asia-Europe Foundation",
    title: "5th ASEM Summit (ASEM5)",
    url: "https://asef.org/blog/history/5th-asem-summit-asem5/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_EEAS_OVERVIEW: Source = Source {
    id: "asia_europe_meeting_eeas_overview",
    publisher: "European External Action Service",
    title: "Asia Europe Meeting (ASEM)",
    url: "http://eeas.europa.eu/archives/delegations/australia/more_info/asem/index_en.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_ASEIC_ABOUT: Source = Source {
    id: "asia_europe_meeting_aseic_about",
    publisher: "ASEM SMEs Eco-Innovation Center (ASEIC)",
    title: "About ASEM",
    url: "http://aseic.org/asem/about.do",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_CULTURE360_2012: Source = Source {
    id: "asia_europe_meeting_culture360_2012_new_members",
    publisher: "Asia-Europe Foundation",
    title: "Bangladesh, Norway and Switzerland join ASEM",
    url: "https://culture360.asef.org/news-events/bangladesh-norway-and-switzerland-join-asem/",
    language: "en",
    published: Some(HistDate::day(2012, 12, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_INFOBOARD_SUMMITS: Source = Source {
    id: "asia_europe_meeting_infoboard_backgrounder_summits",
    publisher: "ASEM InfoBoard",
    title: "Backgrounder: Asia-Europe meetings and themes",
    url: "https://aseminfoboard.org/asem_press_releases/backgrounder-asia-europe-meetings-and-themes/",
    language: "en",
    published: Some(HistDate::day(2010, 10, 4)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Backgrounder: Asia-Europe meetings and themes\""),
};

pub(crate) static ASEM_SWISS_FDFA: Source = Source {
    id: "asia_europe_meeting_swiss_fdfa",
    publisher: "Swiss Federal Department of Foreign Affairs",
    title: "The Asia-Europe Meeting",
    url: "https://www.bundesreisezentrale.admin.ch/eda/en/fdfa/foreign-policy/international-organizations/the-asia-europe-meeting.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_ASIEP_FR: Source = Source {
    id: "asia_europe_meeting_asiep_forum_europe_asie",
    publisher: "Asie-Europe (asiep.free.fr)",
    title: "Forum Europe-Asie : « ASEM » (Asia Europe Meeting)",
    url: "http://asiep.free.fr/europe-asie/UE-Asem/UE-Asem.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ASEM_GREECE_MFA_FR: Source = Source {
    id: "asia_europe_meeting_greece_mfa_cooperation_interregionale",
    publisher: "Ministry of Foreign Affairs of Greece",
    title: "Coopération interrégionale : la Réunion Asie-Europe ou ASEM",
    url: "http://www.mfa.gr/fr/politique-etrangere/la-grece-dans-l-ue/cooperation-interregionale.html?page=1",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static ASEM_GLOSSAIRE: Source = Source {
    id: "asia_europe_meeting_glossaire_international",
    publisher: "Glossaire international",
    title: "ASEM",
    url: "https://www.glossaire-international.com/pages/tous-les-termes/asem.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static ASEM_IANS_2021_JULY: Source = Source {
    id: "asia_europe_meeting_ians_2021_to_host_virtually",
    publisher: "Sify",
    title: "Cambodia to host 13th ASEM summit in Nov",
    url: "https://www.sify.com/news/cambodia-to-host-13th-asem-summit-in-nov-news-international-vhnkkkebafbbd.html",
    language: "en",
    published: Some(HistDate::day(2021, 7, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Indo-Asian News Service, \"Cambodia to host 13th ASEM summit in Nov\""),
};

pub(crate) static ASEM_IANS_2021_NOV: Source = Source {
    id: "asia_europe_meeting_ians_2021_covid_recovery_multilateralism",
    publisher: "The Hawk",
    title: "Cambodia to host 13th ASEM summit on Covid recovery, multilateralism",
    url: "https://thehawk.in/cambodia-to-host-13th-asem-summit-on-covid-recovery/cid5814592.htm",
    language: "en",
    published: Some(HistDate::day(2021, 11, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Indo-Asian News Service, \"Cambodia to host 13th ASEM summit on Covid recovery, multilateralism\"",
    ),
};

pub(crate) static ASEM_FRESHNEWS_2021: Source = Source {
    id: "asia_europe_meeting_freshnews_2021_asem13_opens",
    publisher: "Fresh News",
    title: "Report on the opening of ASEM13, 25 November 2021 (untitled in the copy read)",
    url: "http://en.freshnewsasia.com/index.php/en/localnews/25813-2021-11-25-06-02-10.html",
    language: "en",
    published: Some(HistDate::day(2021, 11, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEM_PPP_2018: Source = Source {
    id: "asia_europe_meeting_phnompenhpost_2018_brussels",
    publisher: "The Phnom Penh Post",
    title: "Hun Sen explores potential investors at Brussels meet",
    url: "https://phnompenhpost.com/national/hun-sen-explores-potential-investors-brussels-meet",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static ASEM_ASIE21_2018: Source = Source {
    id: "asia_europe_meeting_asie21_2018_twelfth_summit",
    publisher: "Asie21",
    title: "Asie – Europe : le 12e sommet du dialogue de l'ASEM",
    url: "https://asie21.com/produit/11665",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::AsiaEuropeMeeting,
    acronym: "ASEM",
    name_en: "Asia–Europe Meeting",
    name_fr: "Réunion Asie-Europe",
    // Not filled: no source read gave the Wikidata item id.
    wikidata: None,
    // The first summit, in Bangkok on 1–2 March 1996.
    founded: Some(day(1996, 3, 1)),
    // An informal process with no secretariat; the Asia-Europe Foundation
    // is its only permanent body.
    headquarters: None,
    members: Some(Figure::new(53, 2021, src![ASEM_IANS_2021_JULY])),
    website: Some("https://aseminfoboard.org"),
    aliases: &["Sommet Asie-Europe", "Dialogue Asie-Europe"],
    sources: src![
        ASEM_INFOBOARD_SUMMITS,
        ASEM_SWISS_FDFA,
        ASEM_ASIEP_FR,
        ASEM_GREECE_MFA_FR,
        ASEM_GLOSSAIRE,
        ASEM_IANS_2021_JULY
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const FIRST_SUMMIT: Option<HistDate> = Some(HistDate::day(1996, 3, 1));
const HANOI_2004: Option<HistDate> = Some(HistDate::day(2004, 10, 7));

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::AsiaEuropeMeeting,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(
            day(2004, 10, 7),
            [ASEM_BEIJINGREVIEW_FR, ASEM_CHINAORG_2004]
        ),
        end: ONGOING,
        note: "Cambodia, Laos and Myanmar, with the ten states that joined the EU in 2004, were admitted at an enlargement ceremony in Hanoi on the eve of the 5th summit, ASEM's first enlargement; Hun Sen spoke for the new Asian members.",
        sources: src![
            ASEM_BEIJINGREVIEW_FR,
            ASEM_CHINAORG_2004,
            ASEM_EEAS_OVERVIEW
        ],
    }],
    roles: &[Role {
        title: "Host and chair of the 13th ASEM Summit (by videoconference)",
        start: day(2021, 11, 25),
        end: Some(day(2021, 11, 26)),
        sources: src![ASEM_IANS_2021_NOV, ASEM_FRESHNEWS_2021],
    }],
    country_members: &[
        CountryMember {
            country: Country::Brunei,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::China,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::France,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Germany,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Indonesia,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Japan,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Malaysia,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Philippines,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Singapore,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::SouthKorea,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Thailand,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::UnitedKingdom,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW, ASEM_IANS_2021_JULY],
        },
        CountryMember {
            country: Country::Vietnam,
            since: FIRST_SUMMIT,
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Laos,
            since: HANOI_2004,
            sources: src![ASEM_CHINAORG_2004, ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Myanmar,
            since: HANOI_2004,
            sources: src![ASEM_CHINAORG_2004, ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::India,
            since: Some(year(2008)),
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Pakistan,
            since: Some(year(2008)),
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Australia,
            since: Some(month(2010, 10)),
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Russia,
            since: Some(month(2010, 10)),
            sources: src![ASEM_EEAS_OVERVIEW],
        },
        CountryMember {
            country: Country::Bangladesh,
            since: Some(month(2012, 11)),
            sources: src![ASEM_CULTURE360_2012, ASEM_EEAS_OVERVIEW],
        },
    ],
    country_members_complete: false,
    note: "The founders of 1996 were fifteen EU states (France, Germany and the United Kingdom among them), seven ASEAN states, China, Japan, South Korea and the European Commission; the founders are dated from the first summit. The United Kingdom is kept as a partner: in 2021 ASEM still counted thirty European countries besides the EU. India and Pakistan are dated from the 7th summit (Beijing, 2008) after the EEAS; the ASEIC lists them under the 6th summit (Helsinki, 2006) and ASEF under October 2007. Canada, the United States and Ukraine are not partners.",
    sources: src![
        ASEM_EEAS_OVERVIEW,
        ASEM_ASEIC_ABOUT,
        ASEM_ASEF_ASEM5,
        ASEM_IANS_2021_JULY
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const ASEM: Partner = o(Organization::AsiaEuropeMeeting);

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "asia_europe_meeting_2004_cambodia_joins",
        date: EventDate::on(day(2004, 10, 7)),
        kind: EventKind::MembershipJoined,
        partners: &[ASEM],
        title: "Cambodia joins ASEM",
        summary: "At the forum's first enlargement, Cambodia, Laos and Myanmar and ten new EU members were formally accepted as ASEM partners at a ceremony in Hanoi, with Hun Sen speaking for the new Asian members.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEM_BEIJINGREVIEW_FR, ASEM_CHINAORG_2004],
    },
    Event {
        id: "asia_europe_meeting_2004_asem5_hanoi",
        date: EventDate::span(day(2004, 10, 8), day(2004, 10, 9)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[ASEM],
        title: "First ASEM summit as a member (ASEM5)",
        summary: "Cambodia attended its first Asia–Europe summit, held in Hanoi by the enlarged 39-partner forum.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEM_ASEF_ASEM5, ASEM_CHINAORG_2004],
    },
    Event {
        id: "asia_europe_meeting_2018_asem12_brussels",
        date: EventDate::span(day(2018, 10, 18), day(2018, 10, 19)),
        kind: EventKind::Summit {
            role: SummitRole::Attended,
        },
        partners: &[ASEM],
        title: "Hun Sen at the 12th ASEM Summit",
        summary: "Hun Sen attended the 12th summit in Brussels, meeting other leaders on the sidelines as the EU weighed withdrawing Cambodia's Everything But Arms trade preferences; Phnom Penh was named host of the next summit.",
        place: Some("Brussels"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![ASEM_PPP_2018, ASEM_ASIE21_2018],
    },
    Event {
        id: "asia_europe_meeting_2021_asem13_hosted",
        date: EventDate::span(day(2021, 11, 25), day(2021, 11, 26)),
        kind: EventKind::Summit {
            role: SummitRole::Hosted,
        },
        partners: &[ASEM],
        title: "Cambodia hosts the 13th ASEM Summit online",
        summary: "Twice postponed by the pandemic from its planned dates in Phnom Penh in November 2020, the summit was chaired by Hun Sen by videoconference under the theme 'Strengthening Multilateralism for Shared Growth'. The foreign ministry said hosting it showed Cambodia's commitment to multilateralism.",
        place: Some("Phnom Penh (videoconference)"),
        exchange: None,
        principles: &[Principle::Multilateralism],
        tasks: &[PolicyTask::Multilateralism],
        sources: src![ASEM_IANS_2021_NOV, ASEM_FRESHNEWS_2021, ASEM_IANS_2021_JULY],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &ASEM_CHINAORG_2004,
    &ASEM_BEIJINGREVIEW_FR,
    &ASEM_ASEF_ASEM5,
    &ASEM_EEAS_OVERVIEW,
    &ASEM_ASEIC_ABOUT,
    &ASEM_CULTURE360_2012,
    &ASEM_INFOBOARD_SUMMITS,
    &ASEM_SWISS_FDFA,
    &ASEM_ASIEP_FR,
    &ASEM_GREECE_MFA_FR,
    &ASEM_GLOSSAIRE,
    &ASEM_IANS_2021_JULY,
    &ASEM_IANS_2021_NOV,
    &ASEM_FRESHNEWS_2021,
    &ASEM_PPP_2018,
    &ASEM_ASIE21_2018,
];
