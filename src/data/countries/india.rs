//! Cambodia and India: profile, relation history, missions, agreements and
//! events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static IN_SIASAT_2023: Source = Source {
    id: "india_siasat_2023_king_visit_briefing",
    publisher: "The Siasat Daily",
    title: "Cambodian king to visit India after 60 years",
    url: "https://www.siasat.com/cambodian-king-to-visit-india-after-60-years-2599438/",
    language: "en",
    published: Some(HistDate::day(2023, 5, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_SPUTNIK_2023: Source = Source {
    id: "india_sputnik_2023_king_arrives",
    publisher: "Sputnik India",
    title: "Cambodian King Arrives in India for Historic State Visit, Highlighting Cultural Ties",
    url: "https://sputniknews.in/amp/20230529/cambodian-king-arrives-in-india-for-historic-state-visit-highlighting-cultural-ties-2218760.html",
    language: "en",
    published: Some(HistDate::day(2023, 5, 29)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_MEA_BRIEF: Source = Source {
    id: "india_mea_bilateral_brief_docslib",
    publisher: "Docslib",
    title: "India-Cambodia Bilateral Relations",
    url: "https://docslib.org/doc/5974383/india-cambodia-bilateral-relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Ministry of External Affairs of India, \"India-Cambodia Bilateral Relations\""),
};

pub(crate) static IN_INDIA_ASEAN: Source = Source {
    id: "india_indiaasean_involvement_with_cambodia",
    publisher: "indiaasean.org",
    title: "India's Involvement with Cambodia",
    url: "https://www.indiaasean.org/cambodia/india-involvement/india-with-cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_GIRILAL_1980: Source = Source {
    id: "india_girilal_jain_1980_recognizing_kampuchea",
    publisher: "Girilal Jain Archive",
    title: "EDITORIAL: Recognizing Kampuchea",
    url: "https://girilaljainarchive.net/1980/07/editorial-recognizing-kampuchea",
    language: "en",
    published: Some(HistDate::month(1980, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_DOMAIN_B_2007: Source = Source {
    id: "india_domain_b_2007_energy_defence",
    publisher: "domain-b.com",
    title: "Cambodia and India set to cooperate in energy and defence",
    url: "https://domain-b.com/amp/aviation-aerospace/news-reports/cambodia-and-india-set-to-cooperate-in-energy-and-defence",
    language: "en",
    published: Some(HistDate::day(2007, 7, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_EXAM_GURU: Source = Source {
    id: "india_governmentexamguru_relations",
    publisher: "Government Exam Guru",
    title: "Cambodia-India relations",
    url: "https://governmentexamguru.com/post/cambodia-india-relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_PPP_SIHANOUK: Source = Source {
    id: "india_phnom_penh_post_sihanouk_indian_connection",
    publisher: "The Phnom Penh Post",
    title: "Sihanouk's Indian connection",
    url: "http://www.phnompenhpost.com/national/sihanouk%E2%80%99s-indian-connection",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_DPA_2007: Source = Source {
    id: "india_dpa_2007_seven_agreements",
    publisher: "KI-Media",
    title: "India and Cambodia sign seven bilateral agreements",
    url: "http://ki-media.blogspot.com/2007/12/india-and-cambodia-sign-seven-bilateral.html",
    language: "en",
    published: Some(HistDate::day(2007, 12, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Deutsche Presse-Agentur, \"India and Cambodia sign seven bilateral agreements\"",
    ),
};

pub(crate) static IN_DECCAN_2018: Source = Source {
    id: "india_deccan_chronicle_2018_four_pacts",
    publisher: "Deccan Chronicle",
    title: "India, Cambodia to boost def, counter-terror ties; ink 4 pacts",
    url: "https://www.deccanchronicle.com/nation/current-affairs/280118/india-cambodia-to-boost-def-counter-terror-ties-ink-4-pacts.html",
    language: "en",
    published: Some(HistDate::day(2018, 1, 28)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_PPP_2024: Source = Source {
    id: "india_phnom_penh_post_2024_credible_partner",
    publisher: "The Phnom Penh Post",
    title: "Indian diplomat proposes Kingdom see India as credible partner",
    url: "https://www.phnompenhpost.com/politics/indian-diplomat-proposes-kingdom-see-india-as-credible-partner",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_MLEDOZE: Source = Source {
    id: "india_mledoze_countries",
    publisher: "GitHub, mledoze/countries",
    title: "World countries data: India (data/ind/ind.country.json)",
    url: "https://github.com/mledoze/countries/blob/master/data/ind/ind.country.json",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_KNOW_INDIA: Source = Source {
    id: "india_know_india_population",
    publisher: "Know India (Government of India portal)",
    title: "Population",
    url: "https://knowindia.gov.in/profile/population.php",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_WIKIDATA: Source = Source {
    id: "india_wikidata_item",
    publisher: "Wikidata",
    title: "India (Q668)",
    url: "https://www.wikidata.org/wiki/Q668",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_EMBASSY_BRIEF: Source = Source {
    id: "india_embassy_phnom_penh_bilateral_brief",
    publisher: "Embassy of India in Cambodia",
    title: "Brief on India-Cambodia Bilateral Relations",
    url: "http://indembassyphnompenh.org/pages.php?id=19",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_EMBASSY_RESTORATION: Source = Source {
    id: "india_embassy_phnom_penh_restoration_work",
    publisher: "Embassy of India in Cambodia",
    title: "Restoration Work in Cambodia",
    url: "http://indembassyphnompenh.org/pages.php?id=23",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_HINDU_2010: Source = Source {
    id: "india_the_hindu_2010_patil_arrives",
    publisher: "KI-Media",
    title: "President arrives in Phnom Penh",
    url: "http://ki-media.blogspot.com/2010/09/president-arrives-in-phnom-penh.html",
    language: "en",
    published: Some(HistDate::day(2010, 9, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Hindu, \"President arrives in Phnom Penh\" (Parvathi Menon)"),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::India,
    short_name_en: "India",
    official_name_en: "Republic of India",
    short_name_fr: "Inde",
    official_name_fr: "République de l'Inde",
    alpha2: "IN",
    alpha3: "IND",
    numeric: 356,
    wikidata: Some("Q668"),
    capital: "New Delhi",
    region: Region::Asia,
    sub_region: SubRegion::SouthernAsia,
    intermediate_region: None,
    languages: &["Hindi", "English"],
    currency: "INR",
    population: Some(Figure::new(1_210_193_422, 2011, src![IN_KNOW_INDIA])),
    relation_type: RelationType::WiderWorld,
    aliases: &["Bharat", "Bhārat"],
    sources: src![IN_MLEDOZE, AU_ISO_M49, IN_WIKIDATA],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::India,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1952), [IN_SIASAT_2023]),
            end: PeriodEnd::Unknown,
            counterpart: None,
            cambodian_side: None,
            note: "Relations date from 1952, and India co-chaired the International Control Commission in Indochina in the 1950s. The Indian embassy was closed under the Khmer Rouge (1975–1979); no source found says when it closed or how relations stood in those years.",
            sources: src![IN_SIASAT_2023, IN_MEA_BRIEF],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(month(1980, 7), src![IN_GIRILAL_1980, IN_DOMAIN_B_2007]).with_note(
                    "A contemporary editorial of July 1980 comments on the Gandhi government's recognition of the Heng Samrin government as just decided; a 2007 report also dates the new relations to 1980.",
                ),
                DateClaim::alternative(
                    year(1981),
                    src![IN_EXAM_GURU],
                    "A study guide dates formal relations with the People's Republic of Kampuchea to 1981, the year India reopened its embassy in Phnom Penh; the recognition itself came in 1980.",
                ),
            ]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "India recognized the People's Republic of Kampuchea, the first democratic country to do so, and reopened its embassy in Phnom Penh in 1981 while most states still recognized the ousted Khmer Rouge; relations continued with the State of Cambodia and the Kingdom.",
            sources: src![IN_GIRILAL_1980, IN_EMBASSY_BRIEF, IN_MEA_BRIEF, IN_SIASAT_2023],
        },
    ],
    missions: &[Mission {
        direction: MissionDirection::PartnerToCambodia,
        kind: MissionKind::Embassy,
        city: "Phnom Penh",
        opened: Some(year(1981)),
        closed: None,
        sources: src![
            IN_EMBASSY_BRIEF,
            IN_MEA_BRIEF,
            IN_INDIA_ASEAN,
            IN_SIASAT_2023,
            IN_PPP_2024
        ],
    }],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Agreement on defence cooperation between India and Cambodia",
            kind: AgreementKind::Defence,
            signed: Some(day(2007, 12, 8)),
            in_force: None,
            sources: src![IN_DPA_2007],
        },
        Agreement {
            title: "Line of credit for the Stung Sva Hab water resources development project (US$36.92 million)",
            kind: AgreementKind::Economic,
            signed: Some(day(2018, 1, 27)),
            in_force: None,
            sources: src![IN_DECCAN_2018],
        },
    ],
    note: "The embassy date of 1981 is when India reopened its Phnom Penh embassy; when it first opened was not found. No source was found for Cambodia's embassy in New Delhi or its opening date, nor for a named bilateral partnership framework (the 2022 Comprehensive Strategic Partnership is between ASEAN and India).",
    sources: src![IN_EMBASSY_BRIEF, IN_MEA_BRIEF, IN_SIASAT_2023, IN_INDIA_ASEAN],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "india_1954_nehru_visit",
        date: EventDate::on(month(1954, 10)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::India)],
        title: "Nehru visits newly independent Cambodia",
        summary: "Prime Minister Jawaharlal Nehru came to Phnom Penh, the first head of government to visit Cambodia after independence, and met King Norodom Sihanouk.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IN_PPP_SIHANOUK],
    },
    Event {
        id: "india_1959_rajendra_prasad_visit",
        date: EventDate::on(year(1959)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::India)],
        title: "President Rajendra Prasad visits Cambodia",
        summary: "India's first president paid a visit to Cambodia.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IN_SIASAT_2023],
    },
    Event {
        id: "india_1963_sihanouk_visit",
        date: EventDate::on(year(1963)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::India)],
        title: "Norodom Sihanouk visits India",
        summary: "Sihanouk made a state visit to India; at a banquet in New Delhi he credited Nehru's counsel for the course that had secured Cambodia's independence, unity and sovereignty.",
        place: Some("New Delhi"),
        exchange: None,
        principles: &[Principle::Independence, Principle::Sovereignty],
        tasks: &[],
        sources: src![IN_SIASAT_2023, IN_PPP_SIHANOUK],
    },
    Event {
        id: "india_1980_recognition_of_prk",
        date: EventDate::on(month(1980, 7)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::India)],
        title: "India recognizes the People's Republic of Kampuchea",
        summary: "Indira Gandhi's government recognized the Heng Samrin government in Phnom Penh, breaking with ASEAN and most non-communist states, which still recognized Democratic Kampuchea.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IN_GIRILAL_1980, IN_DOMAIN_B_2007, IN_SIASAT_2023],
    },
    Event {
        id: "india_1981_embassy_reopened",
        date: EventDate::on(year(1981)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::India)],
        title: "Indian embassy reopens in Phnom Penh",
        summary: "India reopened the embassy it had closed during the Khmer Rouge years, at a time when most countries shunned Phnom Penh. India's embassy and foreign ministry give 1981; a 2010 report in The Hindu puts the opening of the mission in 1980, the year of recognition.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            IN_EMBASSY_BRIEF,
            IN_MEA_BRIEF,
            IN_INDIA_ASEAN,
            IN_SIASAT_2023,
            IN_HINDU_2010
        ],
    },
    Event {
        id: "india_1986_angkor_wat_conservation",
        date: EventDate::on(year(1986)),
        kind: EventKind::Aid,
        partners: &[c(Country::India)],
        title: "Indian experts begin conserving Angkor Wat",
        summary: "Answering a Cambodian appeal, India sent an Archaeological Survey of India team to restore Angkor Wat, work that ran until 1993 at a cost of US$4 million.",
        place: Some("Siem Reap"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            IN_EMBASSY_RESTORATION,
            IN_EMBASSY_BRIEF,
            IN_MEA_BRIEF,
            IN_INDIA_ASEAN
        ],
    },
    Event {
        id: "india_2007_agreements_signed",
        date: EventDate::on(day(2007, 12, 8)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::India)],
        title: "Defence and credit agreements signed in New Delhi",
        summary: "During Hun Sen's four-day state visit, the two governments signed agreements on defence cooperation, transfer of sentenced persons, water resources, agriculture and an Indian credit line, after he met Manmohan Singh.",
        place: Some("New Delhi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IN_DPA_2007],
    },
    Event {
        id: "india_2010_pratibha_patil_visit",
        date: EventDate::span(day(2010, 9, 13), day(2010, 9, 16)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::India)],
        title: "President Pratibha Patil visits Cambodia",
        summary: "Arriving from Vientiane on 13 September for a four-day visit that included two days in Siem Reap, Pratibha Patil was to meet the King, Prime Minister Hun Sen and the presidents of both houses; hers was still the most recent visit by an Indian president as of 2023.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::INDIA_2010_PRATIBHA_PATIL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![IN_HINDU_2010, IN_SIASAT_2023],
    },
    Event {
        id: "india_2018_hun_sen_modi_four_pacts",
        date: EventDate::on(day(2018, 1, 27)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::India)],
        title: "Four pacts signed after Hun Sen–Modi talks",
        summary: "After delegation-level talks in New Delhi, the prime ministers saw four agreements signed, including a US$36.92 million Indian credit line for the Stung Sva Hab water project, and agreed to deepen defence ties.",
        place: Some("New Delhi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IN_DECCAN_2018],
    },
    Event {
        id: "india_2023_sihamoni_state_visit",
        date: EventDate::span(day(2023, 5, 29), day(2023, 5, 31)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::India)],
        title: "King Norodom Sihamoni's state visit to India",
        summary: "The first state visit to India by a Cambodian monarch in some six decades closed the celebrations of 70 years of relations; the King met President Droupadi Murmu and Prime Minister Narendra Modi.",
        place: Some("New Delhi"),
        exchange: Some(&crate::data::exchanges::INDIA_2023_SIHAMONI_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![IN_SIASAT_2023, IN_SPUTNIK_2023],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &IN_EMBASSY_BRIEF,
    &IN_EMBASSY_RESTORATION,
    &IN_HINDU_2010,
    &IN_SIASAT_2023,
    &IN_SPUTNIK_2023,
    &IN_MEA_BRIEF,
    &IN_INDIA_ASEAN,
    &IN_GIRILAL_1980,
    &IN_DOMAIN_B_2007,
    &IN_EXAM_GURU,
    &IN_PPP_SIHANOUK,
    &IN_DPA_2007,
    &IN_DECCAN_2018,
    &IN_PPP_2024,
    &IN_MLEDOZE,
    &IN_KNOW_INDIA,
    &IN_WIKIDATA,
];
