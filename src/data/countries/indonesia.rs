//! Cambodia and Indonesia: profile, relation history, missions, agreements and
//! events, including Indonesia's part in the Cambodian peace process (the
//! Jakarta Informal Meetings of 1988 and 1989 and the co-chairmanship, with
//! France, of the 1989 Paris conference).

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static INDONESIA_WIKIMILI_RELATIONS: Source = Source {
    id: "indonesia_wikimili_relations",
    publisher: "WikiMili",
    title: "Cambodia–Indonesia relations",
    url: "https://wikimili.com/en/Cambodia–Indonesia_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–Indonesia relations\""),
};

pub(crate) static INDONESIA_PPP_AMBASSADOR_MESSAGE: Source = Source {
    id: "indonesia_ppp_ambassador_message",
    publisher: "The Phnom Penh Post",
    title: "Message from Ambassador of the Republic of Indonesia",
    url: "https://m.phnompenhpost.com/special-reports-supplements/message-ambassador-republic-indonesia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_PPP_BOOK_60_YEARS: Source = Source {
    id: "indonesia_ppp_book_60_years",
    publisher: "The Phnom Penh Post",
    title: "Book marks 60 years of friendship between Kingdom and Indonesia",
    url: "https://www.phnompenhpost.com/national/book-marks-60-years-friendship-between-kingdom-and-indonesia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_IDX_65_YEARS: Source = Source {
    id: "indonesia_idxchannel_65_years",
    publisher: "IDX Channel",
    title: "Indonesia and Cambodia Celebrate 65 Years of Diplomatic Relations",
    url: "https://www.rctiplus.com/news/detail/global/4258739/indonesia-and-cambodia-celebrate-65-years-of-diplomatic-relations",
    language: "en",
    published: Some(HistDate::day(2024, 2, 16)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_JAKARTA_COMMUNIQUE_1970: Source = Source {
    id: "indonesia_jakarta_conference_communique_1970",
    publisher: "Supreme Court of the Philippines E-Library",
    title: "Communique issued by the Conference of Foreign Ministers (Djakarta, 16-17 May 1970)",
    url: "https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/35/10065",
    language: "en",
    published: Some(HistDate::day(1970, 5, 16)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static INDONESIA_HINDU_TASK_FORCE_1970: Source = Source {
    id: "indonesia_hindu_task_force_1970",
    publisher: "The Hindu",
    title: "'Task Force' for Peace in Cambodia",
    url: "https://www.thehindu.com/todays-paper/tp-opinion/task-force-for-peace-in-cambodia/article31610991.ece",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_CABLE_LONG_BORET_1973: Source = Source {
    id: "indonesia_wikileaks_cable_long_boret_1973",
    publisher: "Embassy of the United States in Cambodia",
    title: "Comments of Foreign Minister Long Boret on his visit to Indonesia (cable 1973PHNOM08307)",
    url: "https://search.wikileaks.org/plusd/cables/1973PHNOM08307.html",
    language: "en",
    published: Some(HistDate::day(1973, 8, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static INDONESIA_ANTARA_ASEAN_IPR_JIM: Source = Source {
    id: "indonesia_antara_asean_ipr_jim",
    publisher: "Selalukabar",
    title: "Institut ASEAN: RI ciptakan ruang dialog dalam perdamaian Kamboja",
    url: "https://selalukabar.com/institut-asean-ri-ciptakan-ruang-dialog-dalam-perdamaian-kamboja-56166.html",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Antara, \"Institut ASEAN: RI ciptakan ruang dialog dalam perdamaian Kamboja\""),
};

pub(crate) static INDONESIA_SOEHARTO_LIBRARY_JIM1: Source = Source {
    id: "indonesia_soeharto_library_jim1",
    publisher: "Soeharto Library",
    title: "JIM tahap dua hanya diikuti empat fraksi",
    url: "https://soehartolibrary.id/jim-tahap-dua-hanya-diikuti-empat-fraksi",
    language: "id",
    published: Some(HistDate::day(1988, 7, 27)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Antara, \"JIM tahap dua hanya diikuti empat fraksi\""),
};

pub(crate) static INDONESIA_UN_CHRONICLE_JIM2: Source = Source {
    id: "indonesia_un_chronicle_jim2",
    publisher: "vLex",
    title: "Kampuchean peace settlement 'on horizon', Secretary-General reports",
    url: "https://international.vlex.com/vid/peace-settlement-horizon-secretary-53302077",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "UN Chronicle, \"Kampuchean peace settlement 'on horizon', Secretary-General reports\"",
    ),
};

pub(crate) static INDONESIA_SOEHARTO_LIBRARY_JIM2: Source = Source {
    id: "indonesia_soeharto_library_jim2",
    publisher: "Soeharto Library",
    title: "1989-01-28 Presiden Soeharto memahami ketidakhadiran Pangeran Sihanouk dalam Jakarta Informal Meeting II",
    url: "https://soehartolibrary.id/1989-01-28-presiden-soeharto-memahami-ketidakhadiran-pangeran-sihanouk-dalam-jakarta-informal-meeting-ii",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static INDONESIA_UNIVERSALIS_PARIS_1989: Source = Source {
    id: "indonesia_universalis_paris_conference_1989",
    publisher: "Encyclopædia Universalis",
    title: "30 juillet-1er août 1989 – Cambodge. Conférence internationale",
    url: "https://universalis.fr/evenement/30-juillet-1er-aout-1989-conference-internationale",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static INDONESIA_ASIANLITE_2023: Source = Source {
    id: "indonesia_asianlite_2023_jakarta_meeting",
    publisher: "Asian Lite",
    title: "Cambodian PM Due In Indonesia For ASEAN Summit",
    url: "https://asianlite.com/?p=324040",
    language: "en",
    published: Some(HistDate::day(2023, 9, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_PANTAU_HUN_SEN_2025: Source = Source {
    id: "indonesia_pantau_hun_sen_2025",
    publisher: "Pantau",
    title: "Prabowo Terima Presiden Senat Kamboja Hun Sen di Istana Merdeka, Bahas Hubungan Bilateral dan Kawasan",
    url: "https://www.pantau.com/nasional/266350/prabowo-terima-presiden-senat-kamboja-hun-sen-di-istana-merdeka-bahas-hubungan-bilateral-dan-kawasan",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_ANTARA_HUN_SEN_2025: Source = Source {
    id: "indonesia_antara_hun_sen_2025",
    publisher: "Antara",
    title: "Prabowo terima kunjungan kehormatan Presiden Senat Kamboja di Istana Merdeka",
    url: "https://jogja.antaranews.com/berita/743217/prabowo-terima-kunjungan-kehormatan-presiden-senat-kamboja-di-istana-merdeka",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static INDONESIA_FRWIKI_COUNTRY: Source = Source {
    id: "indonesia_frwiki_country",
    publisher: "frwiki.fr",
    title: "Indonésie",
    url: "https://frwiki.fr/Lexique/Indon%c3%a9sie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Indonésie\""),
};

pub(crate) static INDONESIA_ENWIKI_COUNTRY: Source = Source {
    id: "indonesia_enwiki_country",
    publisher: "techsciencenews.com",
    title: "Indonesia",
    url: "http://techsciencenews.com/wikisearch/view_html.php?sq=Facebook&lang=en&q=Indonesia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Indonesia\""),
};

pub(crate) static INDONESIA_BPS_CENSUS_2020: Source = Source {
    id: "indonesia_oic_statcom_bps_census_2020",
    publisher: "OIC Statistical Commission",
    title: "BPS-Statistics Indonesia Released the Results of the 2020 Population Census",
    url: "https://www.oicstatcom.org/event-detail.php?id=2478",
    language: "en",
    published: Some(HistDate::day(2021, 2, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("BPS-Statistics Indonesia"),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Indonesia,
    short_name_en: "Indonesia",
    official_name_en: "Republic of Indonesia",
    short_name_fr: "Indonésie",
    official_name_fr: "République d'Indonésie",
    alpha2: "ID",
    alpha3: "IDN",
    numeric: 360,
    wikidata: Some("Q252"),
    capital: "Jakarta",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Indonesian"],
    currency: "IDR",
    population: Some(Figure::new(
        270_203_917,
        2020,
        src![INDONESIA_FRWIKI_COUNTRY, INDONESIA_BPS_CENSUS_2020],
    )),
    relation_type: RelationType::RegionAndAsean,
    aliases: &["Republik Indonesia"],
    sources: src![INDONESIA_ENWIKI_COUNTRY, INDONESIA_FRWIKI_COUNTRY, UNSD_M49],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Indonesia,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: Claims(&[
            DateClaim::preferred(
                day(1959, 2, 13),
                src![INDONESIA_PPP_AMBASSADOR_MESSAGE, INDONESIA_PPP_BOOK_60_YEARS, INDONESIA_IDX_65_YEARS],
            )
            .with_note("Indonesian embassy statements date relations to the Treaty of Friendship of 13 February 1959, and both governments marked the 60th (2019) and 65th (2024) anniversaries on that basis."),
            DateClaim::alternative(
                year(1957),
                src![INDONESIA_WIKIMILI_RELATIONS],
                "The Wikipedia article gives 1957 without a day or a cited act; it conflicts with the official anniversaries, so it is kept only as an alternative.",
            ),
        ]),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Relations rest on the 1959 Treaty of Friendship; Indonesia had recognized Cambodia at the 1955 Bandung conference. The sources seen treat the relationship as unbroken since 1959 and do not say how it was conducted between 1975 and 1991.",
        sources: src![INDONESIA_PPP_BOOK_60_YEARS, INDONESIA_PPP_AMBASSADOR_MESSAGE],
    }],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![INDONESIA_WIKIMILI_RELATIONS, INDONESIA_IDX_65_YEARS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Jakarta",
            opened: None,
            closed: None,
            sources: src![INDONESIA_WIKIMILI_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Treaty of Friendship between Cambodia and Indonesia",
        kind: AgreementKind::Treaty,
        signed: Some(day(1959, 2, 13)),
        in_force: None,
        sources: src![INDONESIA_PPP_AMBASSADOR_MESSAGE, INDONESIA_PPP_BOOK_60_YEARS],
    }],
    note: "Indonesia played a leading part in the peace process: it hosted the two Jakarta Informal Meetings (1988, 1989) and its foreign minister Ali Alatas co-chaired the 1989 Paris conference with France (that conference is recorded in the France file). Searched for the opening dates of the two embassies and for Indonesia's stance toward Democratic Kampuchea, the People's Republic of Kampuchea and the coalition government in exile (1975-1991); no source seen gives them.",
    sources: src![INDONESIA_WIKIMILI_RELATIONS, INDONESIA_PPP_BOOK_60_YEARS, INDONESIA_UNIVERSALIS_PARIS_1989],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "indonesia_1959_treaty_of_friendship",
        date: EventDate::on(day(1959, 2, 13)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Indonesia)],
        title: "Treaty of Friendship opens diplomatic relations",
        summary: "Cambodia and Indonesia signed a Treaty of Friendship that formally opened diplomatic relations, four years after Indonesia had recognized Cambodia at the Bandung conference.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            INDONESIA_PPP_BOOK_60_YEARS,
            INDONESIA_PPP_AMBASSADOR_MESSAGE,
            INDONESIA_IDX_65_YEARS
        ],
    },
    Event {
        id: "indonesia_1964_sihanouk_visit",
        date: EventDate::on(year(1964)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Indonesia)],
        title: "Prince Sihanouk visits Indonesia",
        summary: "Head of State Norodom Sihanouk and Princess Monique paid a royal visit to Indonesia, where President Sukarno and his wife received them.",
        place: Some("Indonesia"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![INDONESIA_WIKIMILI_RELATIONS],
    },
    Event {
        id: "indonesia_1970_jakarta_conference_on_cambodia",
        date: EventDate::span(day(1970, 5, 16), day(1970, 5, 17)),
        kind: EventKind::Talks,
        partners: &[c(Country::Indonesia)],
        title: "Jakarta conference of foreign ministers on Cambodia",
        summary: "Alarmed by the crisis in Cambodia, Indonesia convened eleven Asian and Pacific states in Jakarta; they called for the withdrawal of all foreign troops and respect for Cambodia's sovereignty, neutrality and territorial integrity, and set up a three-minister mission (Indonesia, Malaysia, Japan) to carry the appeal abroad.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[Principle::Sovereignty, Principle::TerritorialIntegrity],
        tasks: &[],
        sources: src![
            INDONESIA_JAKARTA_COMMUNIQUE_1970,
            INDONESIA_HINDU_TASK_FORCE_1970
        ],
    },
    Event {
        id: "indonesia_1973_long_boret_visit",
        date: EventDate::span(day(1973, 8, 3), day(1973, 8, 5)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Indonesia)],
        title: "Khmer Republic foreign minister Long Boret in Indonesia",
        summary: "Foreign Minister Long Boret held long talks with Adam Malik, who promised Indonesia's diplomatic support for the Khmer Republic at the Non-Aligned conference in Algiers and at the UN General Assembly.",
        place: Some("Indonesia"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![INDONESIA_CABLE_LONG_BORET_1973],
    },
    Event {
        id: "indonesia_1988_jakarta_informal_meeting_1",
        date: EventDate::span(day(1988, 7, 25), day(1988, 7, 28)),
        kind: EventKind::Talks,
        partners: &[c(Country::Indonesia), c(Country::Vietnam), c(Country::Laos)],
        title: "First Jakarta Informal Meeting (JIM I)",
        summary: "At Bogor, Indonesia hosted the four Cambodian parties, first on their own and then with Vietnam, Laos and the ASEAN states; they agreed on broad aims (ending the suffering, a free and neutral Cambodia, national reconciliation) but not on how to reach them.",
        place: Some("Bogor"),
        exchange: None,
        principles: &[Principle::PeacefulSettlementOfDisputes],
        tasks: &[],
        sources: src![
            INDONESIA_ANTARA_ASEAN_IPR_JIM,
            INDONESIA_SOEHARTO_LIBRARY_JIM1
        ],
    },
    Event {
        id: "indonesia_1989_jakarta_informal_meeting_2",
        date: EventDate::span(day(1989, 2, 19), day(1989, 2, 21)),
        kind: EventKind::Talks,
        partners: &[c(Country::Indonesia), c(Country::Vietnam), c(Country::Laos)],
        title: "Second Jakarta Informal Meeting (JIM II)",
        summary: "The four Cambodian parties, the ASEAN states, Vietnam and Laos met again in Jakarta and issued a consensus statement linking a ceasefire to a full Vietnamese withdrawal by 30 September 1989 under international control, and calling for an international conference to guarantee an independent, neutral and non-aligned Cambodia.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[
            Principle::Independence,
            Principle::Sovereignty,
            Principle::NonAlignment,
            Principle::TerritorialIntegrity,
        ],
        tasks: &[],
        sources: src![INDONESIA_UN_CHRONICLE_JIM2, INDONESIA_SOEHARTO_LIBRARY_JIM2],
    },
    Event {
        id: "indonesia_1992_untac_troops",
        date: EventDate::on(year(1992)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[c(Country::Indonesia), o(Organization::UnitedNations)],
        title: "Indonesian troops join UNTAC",
        summary: "Indonesia contributed troops to the United Nations Transitional Authority in Cambodia.",
        place: Some("Cambodia"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![INDONESIA_WIKIMILI_RELATIONS],
    },
    Event {
        id: "indonesia_2023_widodo_hun_manet_talks",
        date: EventDate::on(day(2023, 9, 4)),
        kind: EventKind::Talks,
        partners: &[c(Country::Indonesia)],
        title: "Hun Manet and Joko Widodo meet at Merdeka Palace",
        summary: "On the eve of the 43rd ASEAN Summit, President Widodo received the new prime minister, offered fertiliser and training for Cambodian farming and welcomed Cambodia's readiness to sell Indonesia about 250,000 tonnes of rice a year.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[],
        tasks: &[PolicyTask::EconomicDiplomacy],
        sources: src![INDONESIA_ASIANLITE_2023],
    },
    Event {
        id: "indonesia_2025_hun_sen_senate_visit",
        date: EventDate::on(day(2025, 5, 5)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::Parliamentary,
        },
        partners: &[c(Country::Indonesia)],
        title: "Senate President Hun Sen received by Prabowo",
        summary: "On his first visit to Indonesia as President of the Senate, Hun Sen was welcomed with full honours by President Prabowo Subianto at Merdeka Palace for talks on bilateral and regional cooperation.",
        place: Some("Jakarta"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![INDONESIA_PANTAU_HUN_SEN_2025, INDONESIA_ANTARA_HUN_SEN_2025],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &INDONESIA_WIKIMILI_RELATIONS,
    &INDONESIA_PPP_AMBASSADOR_MESSAGE,
    &INDONESIA_PPP_BOOK_60_YEARS,
    &INDONESIA_IDX_65_YEARS,
    &INDONESIA_JAKARTA_COMMUNIQUE_1970,
    &INDONESIA_HINDU_TASK_FORCE_1970,
    &INDONESIA_CABLE_LONG_BORET_1973,
    &INDONESIA_ANTARA_ASEAN_IPR_JIM,
    &INDONESIA_SOEHARTO_LIBRARY_JIM1,
    &INDONESIA_UN_CHRONICLE_JIM2,
    &INDONESIA_SOEHARTO_LIBRARY_JIM2,
    &INDONESIA_UNIVERSALIS_PARIS_1989,
    &INDONESIA_ASIANLITE_2023,
    &INDONESIA_PANTAU_HUN_SEN_2025,
    &INDONESIA_ANTARA_HUN_SEN_2025,
    &INDONESIA_FRWIKI_COUNTRY,
    &INDONESIA_ENWIKI_COUNTRY,
    &INDONESIA_BPS_CENSUS_2020,
];
