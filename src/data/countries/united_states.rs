//! Cambodia and the United States: profile, relation history, missions,
//! agreements and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static US_OH_GUIDE: Source = Source {
    id: "united_states_history_state_gov_guide_cambodia",
    publisher: "U.S. Department of State, Office of the Historian",
    title: "A Guide to the United States' History of Recognition, Diplomatic, and Consular Relations, by Country, since 1776: Cambodia",
    url: "https://history.state.gov/countries/cambodia",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static US_STATE_FACT_SHEET_1997: Source = Source {
    id: "united_states_state_dept_fact_sheet_1997",
    publisher: "U.S. Department of State",
    title: "U.S.-Cambodia Relations (fact sheet)",
    url: "https://1997-2001.state.gov/regions/eap/fs_us_cambodia_970620.html",
    language: "en",
    published: Some(HistDate::day(1997, 6, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static US_WIKI_RELATIONS: Source = Source {
    id: "united_states_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–United States relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93United_States_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static US_WIKI_RELATIONS_COPY: Source = Source {
    id: "united_states_wikipedia_relations_academic_copy",
    publisher: "Academic Dictionaries and Encyclopedias",
    title: "Cambodia–United States relations",
    url: "https://en-academic.com/dic.nsf/enwiki/9070693",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–United States relations\""),
};

pub(crate) static US_WIKI_EMBASSY: Source = Source {
    id: "united_states_wikipedia_embassy_phnom_penh",
    publisher: "Wikipedia",
    title: "Embassy of the United States, Phnom Penh",
    url: "https://en.wikipedia.org/wiki/Embassy_of_the_United_States,_Phnom_Penh",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static US_WIKISUM_EMBASSY: Source = Source {
    id: "united_states_wikisum_embassy_phnom_penh",
    publisher: "WikiSum",
    title: "Embassy of the United States, Phnom Penh",
    url: "https://wikisum.wiki/wiki/Embassy_of_the_United_States,_Phnom_Penh",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Embassy of the United States, Phnom Penh\""),
};

pub(crate) static US_WIKISUM_RELATIONS: Source = Source {
    id: "united_states_wikisum_relations",
    publisher: "WikiSum",
    title: "Cambodia–United States relations",
    url: "https://wikisum.wiki/wiki/Cambodia%E2%80%93United_States_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–United States relations\""),
};

pub(crate) static US_LAT_1993: Source = Source {
    id: "united_states_latimes_1993_ties_established",
    publisher: "Los Angeles Times",
    title: "U.S. Establishes Diplomatic Ties With Cambodia After 18 Years",
    url: "https://www.latimes.com/archives/la-xpm-1993-10-01-mn-41039-story.html",
    language: "en",
    published: Some(HistDate::day(1993, 10, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static US_TAIWAN_NEWS_2021: Source = Source {
    id: "united_states_taiwan_news_ap_2021_arms_embargo",
    publisher: "Taiwan News",
    title: "US orders arms embargo on Cambodia, cites Chinese influence",
    url: "https://www.taiwannews.com.tw/en/news/4370280",
    language: "en",
    published: Some(HistDate::day(2021, 12, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Associated Press, \"US orders arms embargo on Cambodia, cites Chinese influence\"",
    ),
};

pub(crate) static US_REPUBLIC_WORLD_2021: Source = Source {
    id: "united_states_republic_world_2021_arms_embargo",
    publisher: "Republic World",
    title: "US imposes arms embargo on Cambodia over human rights abuses and rising Chinese influence",
    url: "https://www.republicworld.com/world-news/us-news/us-imposes-arms-embargo-on-cambodia-over-human-rights-abuses-and-rising-chinese-influence.html",
    language: "en",
    published: Some(HistDate::day(2021, 12, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static US_NATIONAL_POST_2020: Source = Source {
    id: "united_states_national_post_reuters_2020_ream",
    publisher: "National Post",
    title: "Cambodia says it razes U.S.-built naval facility to move it",
    url: "https://nationalpost.com/pmn/news-pmn/cambodia-says-it-razes-u-s-built-naval-facility-to-move-it",
    language: "en",
    published: Some(HistDate::day(2020, 10, 4)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Reuters, \"Cambodia says it razes U.S.-built naval facility to move it\""),
};

pub(crate) static US_BNN_BLOOMBERG_2020: Source = Source {
    id: "united_states_bnn_bloomberg_2020_ream",
    publisher: "BNN Bloomberg",
    title: "U.S. 'Disappointed' by Razed Naval Facility at Cambodia Base",
    url: "https://www.bnnbloomberg.ca/u-s-disappointed-by-razed-naval-facility-at-cambodia-base-1.1504851",
    language: "en",
    published: Some(HistDate::day(2020, 10, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static US_DOD_2024: Source = Source {
    id: "united_states_defense_gov_2024_austin_cambodia",
    publisher: "U.S. Department of Defense",
    title: "Austin Discusses Range of Important Issues With Cambodian Leaders",
    url: "https://www.defense.gov/News/News-Stories/Article/Article/3795428/austin-discusses-range-of-important-issues-with-cambodian-leaders/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static US_CAMBODIANESS_2024: Source = Source {
    id: "united_states_cambodianess_2024_austin_visit",
    publisher: "Cambodianess",
    title: "US Defense Chief Arrives for First Official Visit",
    url: "https://cambodianess.com/article/us-defense-chief-arrives-for-first-official-visit",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static US_USTR_2025: Source = Source {
    id: "united_states_ustr_2025_reciprocal_trade_fact_sheet",
    publisher: "Office of the United States Trade Representative",
    title: "Fact Sheet: United States and Cambodia Reach Agreement on Reciprocal Trade",
    url: "https://www.ustr.gov/about/policy-offices/press-office/fact-sheets/2025/october/fact-sheet-united-states-and-cambodia-reach-agreement-reciprocal-trade",
    language: "en",
    published: Some(HistDate::month(2025, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static US_THOMPSON_HINE_2025: Source = Source {
    id: "united_states_thompson_hine_2025_reciprocal_trade",
    publisher: "Thompson Hine SmarTrade",
    title: "U.S., Cambodia Sign Reciprocal Trade Agreement",
    url: "https://www.thompsonhinesmartrade.com/2025/10/u-s-cambodia-sign-reciprocal-trade-agreement/",
    language: "en",
    published: Some(HistDate::month(2025, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static US_MLEDOZE: Source = Source {
    id: "united_states_mledoze_countries",
    publisher: "GitHub, mledoze/countries",
    title: "World countries data: United States (data/usa/usa.country.json)",
    url: "https://github.com/mledoze/countries/blob/master/data/usa/usa.country.json",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static US_CENSUS_2020: Source = Source {
    id: "united_states_census_2020_apportionment",
    publisher: "New Mexico State Library",
    title: "2020 Census Apportionment Results",
    url: "https://nmstatelibrary.org/2020-census-apportionment-results",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("U.S. Census Bureau, \"2020 Census Apportionment Results\""),
};

pub(crate) static US_WIKIDATA: Source = Source {
    id: "united_states_wikidata_item",
    publisher: "Wikidata",
    title: "United States of America (Q30)",
    url: "https://www.wikidata.org/wiki/Q30",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static US_FR_ITAR_2021: Source = Source {
    id: "united_states_federal_register_2021_itar_cambodia",
    publisher: "U.S. Department of State",
    title: "International Traffic in Arms Regulations: Addition of Cambodia to List of Proscribed Countries (final rule, Public Notice 11601, 86 FR 70053)",
    url: "https://www.federalregister.gov/d/2021-26590",
    language: "en",
    published: Some(HistDate::day(2021, 12, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static US_FR_EAR_2021: Source = Source {
    id: "united_states_federal_register_2021_ear_cambodia",
    publisher: "U.S. Department of Commerce, Bureau of Industry and Security",
    title: "Revision of Controls for Cambodia Under the Export Administration Regulations (final rule, 86 FR 70015)",
    url: "https://www.federalregister.gov/d/2021-26633",
    language: "en",
    published: Some(HistDate::day(2021, 12, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::UnitedStates,
    short_name_en: "United States",
    official_name_en: "United States of America",
    short_name_fr: "États-Unis",
    official_name_fr: "États-Unis d'Amérique",
    alpha2: "US",
    alpha3: "USA",
    numeric: 840,
    wikidata: Some("Q30"),
    capital: "Washington, D.C.",
    region: Region::Americas,
    sub_region: SubRegion::NorthernAmerica,
    intermediate_region: None,
    languages: &["English"],
    currency: "USD",
    population: Some(Figure::new(331_449_281, 2020, src![US_CENSUS_2020])),
    relation_type: RelationType::WiderWorld,
    aliases: &["U.S.", "U.S.A.", "America", "Amérique"],
    sources: src![US_MLEDOZE, AU_ISO_M49, US_WIKIDATA],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

const SNC: Option<&str> = Some("Supreme National Council");

pub(crate) static RELATION: Relation = Relation {
    country: Country::UnitedStates,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: Claims(&[
                DateClaim::preferred(day(1950, 7, 11), src![US_OH_GUIDE]).with_note(
                    "The Office of the Historian dates the start of relations to the day envoy Donald R. Heath, resident in Saigon, presented his credentials.",
                ),
                DateClaim::alternative(
                    day(1950, 6, 29),
                    src![US_WIKI_EMBASSY],
                    "The day Heath was appointed envoy; the credentials, which the State Department's own historians treat as the start of relations, followed on 11 July 1950.",
                ),
            ]),
            end: ended!(day(1965, 5, 3), [US_OH_GUIDE]),
            counterpart: None,
            cambodian_side: None,
            note: "Washington recognized the Kingdom of Cambodia on 7 February 1950 and established relations that July; a legation opened in Phnom Penh on 14 November 1950 and became an embassy in June 1952.",
            sources: src![US_OH_GUIDE, US_WIKI_EMBASSY],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(day(1965, 5, 3), [US_OH_GUIDE]),
            end: ended!(day(1969, 7, 2), [US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS]),
            counterpart: None,
            cambodian_side: None,
            note: "Cambodia broke relations, blaming the United States for South Vietnamese air attacks across the border that had killed Cambodians.",
            sources: src![US_OH_GUIDE, US_STATE_FACT_SHEET_1997],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1969, 7, 2), [US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS]),
            end: ended!(day(1975, 4, 12), [US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations resumed in July 1969 and continued with the Khmer Republic after 1970, until the U.S. mission was evacuated as the Khmer Rouge closed in on Phnom Penh.",
            sources: src![US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(day(1975, 4, 12), [US_STATE_FACT_SHEET_1997]),
            end: ended!(day(1991, 11, 11), [US_WIKI_RELATIONS_COPY, US_LAT_1991]),
            counterpart: None,
            cambodian_side: None,
            note: "No U.S. mission in Phnom Penh and no recognized Cambodian government: Washington condemned Democratic Kampuchea, opposed the Vietnamese occupation and backed ASEAN's search for a settlement. The Los Angeles Times describes the ties as cut in April 1975; no formal act of severance was found.",
            sources: src![US_STATE_FACT_SHEET_1997, US_LAT_1993],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1991, 11, 11), [US_WIKI_RELATIONS_COPY, US_LAT_1991]),
            end: ended!(month(1993, 9), [US_LAT_1993]),
            counterpart: None,
            cambodian_side: SNC,
            note: "A U.S. mission reopened in Phnom Penh under Charles H. Twining, special representative to the Supreme National Council set up by the Paris agreements; the United States still recognized no government in Phnom Penh.",
            sources: src![US_WIKI_RELATIONS_COPY, US_LAT_1991],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1993, 9), [US_LAT_1993]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "After the 1993 elections Washington proposed formal relations to the new Royal Government, which accepted, and the mission was raised to an embassy in September 1993.",
            sources: src![US_LAT_1993, US_WIKI_RELATIONS],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1952, 6, 24)),
            closed: Some(year(1965)),
            sources: src![US_OH_GUIDE, US_WIKI_EMBASSY],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1969, 8, 16)),
            closed: Some(day(1975, 4, 12)),
            sources: src![US_WIKISUM_EMBASSY, US_STATE_FACT_SHEET_1997],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(day(1991, 11, 11)),
            closed: None,
            sources: src![US_WIKI_RELATIONS_COPY, US_LAT_1991, US_LAT_1993],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Washington, D.C.",
            opened: None,
            closed: None,
            sources: src![US_WIKI_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Agreement on Reciprocal Trade between the United States and the Kingdom of Cambodia",
        kind: AgreementKind::Economic,
        signed: Some(day(2025, 10, 26)),
        in_force: None,
        sources: src![US_USTR_2025, US_THOMPSON_HINE_2025],
    }],
    note: "The first U.S. embassy dates from the raising of the legation on 24 June 1952 (Office of the Historian); the Wikipedia article on the embassy gives 25 June 1952. The 1991 mission, opened as a mission to the Supreme National Council, became an embassy in September 1993 (Los Angeles Times); a 1994 date for that step was searched for and not confirmed. The U.S. lifted its trade embargo on 3 January 1992 (earlier Wikipedia text). No named U.S.–Cambodia partnership framework was found.",
    sources: src![US_OH_GUIDE, US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS, US_WIKI_RELATIONS_COPY, US_WIKI_EMBASSY, US_LAT_1993],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "united_states_1955_aid_programme",
        date: EventDate::on(year(1955)),
        kind: EventKind::Aid,
        partners: &[c(Country::UnitedStates)],
        title: "U.S. aid programme begins",
        summary: "From 1955 to 1963 Washington gave Cambodia $409.6 million in economic grants and $83.7 million in military aid, used among other things to build the all-weather road to the port of Sihanoukville.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS],
    },
    Event {
        id: "united_states_1965_relations_severed",
        date: EventDate::on(day(1965, 5, 3)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::UnitedStates)],
        title: "Cambodia breaks relations with the United States",
        summary: "Phnom Penh cut diplomatic ties, holding Washington responsible for South Vietnamese air raids across the border that had killed Cambodians.",
        place: None,
        exchange: None,
        principles: &[Principle::TerritorialIntegrity],
        tasks: &[],
        sources: src![US_OH_GUIDE, US_STATE_FACT_SHEET_1997],
    },
    Event {
        id: "united_states_1969_relations_restored",
        date: EventDate::on(day(1969, 7, 2)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::UnitedStates)],
        title: "Relations with the United States restored",
        summary: "Four years after the break, diplomatic relations were re-established; the U.S. embassy in Phnom Penh reopened in August 1969.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            US_STATE_FACT_SHEET_1997,
            US_WIKI_RELATIONS,
            US_WIKISUM_EMBASSY
        ],
    },
    Event {
        id: "united_states_1975_mission_evacuated",
        date: EventDate::on(day(1975, 4, 12)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::UnitedStates)],
        title: "U.S. mission evacuated from Phnom Penh",
        summary: "With the Lon Nol government about to fall to the Khmer Rouge, the United States evacuated its mission; between 1970 and 1975 it had given $1.18 billion in military and $503 million in economic aid.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_STATE_FACT_SHEET_1997, US_WIKI_RELATIONS],
    },
    Event {
        id: "united_states_1991_mission_reopened",
        date: EventDate::on(day(1991, 11, 11)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::UnitedStates)],
        title: "U.S. mission reopens in Phnom Penh",
        summary: "Weeks after the Paris peace agreements, career diplomat Charles H. Twining arrived from Bangkok to head a permanent U.S. mission as special representative to the Supreme National Council.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_WIKI_RELATIONS_COPY, US_LAT_1991],
    },
    Event {
        id: "united_states_1993_formal_relations",
        date: EventDate::on(month(1993, 9)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::UnitedStates)],
        title: "Formal relations with the new Royal Government",
        summary: "After the UN-organized elections, President Clinton proposed diplomatic relations to the new government, the U.S. mission was raised to an embassy, and Secretary of State Warren Christopher announced the step alongside Norodom Ranariddh and Hun Sen.",
        place: Some("New York"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_LAT_1993],
    },
    Event {
        id: "united_states_1997_assistance_halted",
        date: EventDate::on(year(1997)),
        kind: EventKind::Dispute,
        partners: &[c(Country::UnitedStates)],
        title: "U.S. halts assistance after the 1997 fighting",
        summary: "Washington suspended bilateral assistance, including military aid, after the factional fighting of 1997 that removed First Prime Minister Norodom Ranariddh; the military ban was waived in 2005 and direct military ties resumed in 2006.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_TAIWAN_NEWS_2021, US_WIKISUM_RELATIONS],
    },
    Event {
        id: "united_states_2020_ream_facility_demolished",
        date: EventDate::on(month(2020, 9)),
        kind: EventKind::Dispute,
        partners: &[c(Country::UnitedStates)],
        title: "Dispute over a razed U.S.-funded building at Ream",
        summary: "Cambodia demolished a U.S.-funded navy tactical headquarters at Ream Naval Base, saying it would be relocated; the U.S. embassy voiced disappointment and concern that the base could host Chinese forces, which Phnom Penh denied.",
        place: Some("Ream Naval Base"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_NATIONAL_POST_2020, US_BNN_BLOOMBERG_2020],
    },
    Event {
        id: "united_states_2021_arms_embargo",
        date: EventDate::on(day(2021, 12, 9)),
        kind: EventKind::Dispute,
        partners: &[c(Country::UnitedStates)],
        title: "United States imposes an arms embargo",
        summary: "The State and Commerce departments banned arms exports to Cambodia and tightened controls on dual-use items, citing Chinese military influence, corruption and human rights abuses; both final rules appeared in the Federal Register and took effect on 9 December 2021.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            US_FR_ITAR_2021,
            US_FR_EAR_2021,
            US_REPUBLIC_WORLD_2021,
            US_TAIWAN_NEWS_2021
        ],
    },
    Event {
        id: "united_states_2024_austin_visit",
        date: EventDate::on(day(2024, 6, 4)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::Minister,
        },
        partners: &[c(Country::UnitedStates)],
        title: "Defense Secretary Austin visits Phnom Penh",
        summary: "On a one-day official visit, Lloyd Austin met Prime Minister Hun Manet, Senate President Hun Sen and Defence Minister Tea Seiha to discuss resuming military training exchanges, demining and peacekeeping cooperation.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_DOD_2024, US_CAMBODIANESS_2024],
    },
    Event {
        id: "united_states_2025_reciprocal_trade_agreement",
        date: EventDate::on(day(2025, 10, 26)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::UnitedStates)],
        title: "Reciprocal trade agreement signed",
        summary: "President Trump and Prime Minister Hun Manet signed an agreement under which Cambodia removes tariffs on U.S. goods while the United States keeps a 19 percent reciprocal tariff on Cambodian imports, with exemptions for listed products.",
        place: Some("Kuala Lumpur"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_USTR_2025, US_THOMPSON_HINE_2025],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &US_FR_ITAR_2021,
    &US_FR_EAR_2021,
    &US_OH_GUIDE,
    &US_STATE_FACT_SHEET_1997,
    &US_WIKI_RELATIONS,
    &US_WIKI_RELATIONS_COPY,
    &US_WIKI_EMBASSY,
    &US_WIKISUM_EMBASSY,
    &US_WIKISUM_RELATIONS,
    &US_LAT_1993,
    &US_TAIWAN_NEWS_2021,
    &US_REPUBLIC_WORLD_2021,
    &US_NATIONAL_POST_2020,
    &US_BNN_BLOOMBERG_2020,
    &US_DOD_2024,
    &US_CAMBODIANESS_2024,
    &US_USTR_2025,
    &US_THOMPSON_HINE_2025,
    &US_MLEDOZE,
    &US_CENSUS_2020,
    &US_WIKIDATA,
];
