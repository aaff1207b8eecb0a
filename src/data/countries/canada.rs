//! Cambodia and Canada: profile, relation history, missions, agreements and events.
//!
//! Canada dates its ties to the Indochina truce supervision of the 1950s, in
//! which it sat on the International Commission for Supervision and Control
//! from 1954. It kept an embassy in Phnom Penh from 1992 to 2009 and has
//! otherwise been represented from Bangkok; Cambodia is represented in Canada
//! through its UN mission in New York.

use crate::data::prelude::*;

const RETRIEVED: Option<HistDate> = Some(HistDate::year(2026));

// ---------------------------------------------------------------- sources

pub(crate) static CANADA_GOV_RELATIONS: Source = Source {
    id: "canada_government_canada_cambodia_relations",
    publisher: "Embassy of Canada to Thailand",
    title: "Canada - Cambodia Relations",
    url: "http://canadainternational.gc.ca/thailand-thailande/bilateral_relations_bilaterales/Canada-Cambodia-Cambodge.aspx?lang=eng",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CANADA_WIKIPEDIA_RELATIONS: Source = Source {
    id: "canada_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Cambodia–Canada relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93Canada_relations",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static CANADA_KHMER_TIMES_2016_DION: Source = Source {
    id: "canada_khmer_times_2016_dion_visit",
    publisher: "K-Dev Policy",
    title: "Canadian FM pays visit",
    url: "https://kdevpolicy.blogspot.com/2016/09/canadian-fm-pays-visit.html",
    language: "en",
    published: Some(HistDate::month(2016, 9)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some("Khmer Times, \"Canadian FM pays visit\""),
};

pub(crate) static CANADA_ASIATODAY_2023_70TH: Source = Source {
    id: "canada_asiatoday_2023_70th_anniversary",
    publisher: "Asia Today",
    title: "Cambodia will be able to achieve the goal of demining by 2025",
    url: "https://asiatoday.co/2023/07/05/cambodia-will-be-able-to-achieve-the-goal-of-demining-by-2025",
    language: "en",
    published: Some(HistDate::day(2023, 7, 5)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Kampuchea Thmey, \"Cambodia will be able to achieve the goal of demining by 2025\"",
    ),
};

pub(crate) static CANADA_KHMER_TIMES_2025_EMBASSY: Source = Source {
    id: "canada_khmer_times_2025_embassy_upgrade",
    publisher: "Cambodian Media Foundation",
    title: "Canada committed to upgrading its office in Cambodia to a full embassy in 2025",
    url: "http://en.cmf-cnv.org.kh/?p=23904",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Khmer Times, \"Canada committed to upgrading its office in Cambodia to a full embassy in 2025\"",
    ),
};

pub(crate) static CANADA_CYIL_1970_ICSC: Source = Source {
    id: "canada_cyil_1970_icsc_cambodia",
    publisher: "Canadian Yearbook of International Law",
    title: "Canada's Role in the International Commission for Supervision and Control in Cambodia",
    url: "https://core-prod.cambridgecore.org/core/journals/canadian-yearbook-of-international-law-annuaire-canadien-de-droit-international/article/canadas-role-in-the-international-commission-for-supervision-and-control-in-cambodia/2D9D19AAF9C3D64D98F1731B1799BFC0",
    language: "en",
    published: Some(HistDate::year(1970)),
    retrieved: RETRIEVED,
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static CANADA_CAMBODIANESS_2024_EMBASSY: Source = Source {
    id: "canada_cambodianess_2024_embassy_upgrade",
    publisher: "Cambodianess",
    title: "Canada Upgrades Diplomatic Mission to Embassy",
    url: "https://cambodianess.com/article/canada-upgrades-diplomatic-mission-to-embassy",
    language: "en",
    published: Some(HistDate::day(2024, 10, 11)),
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CANADA_PMO_2024_READOUT: Source = Source {
    id: "canada_pmo_2024_trudeau_hun_manet",
    publisher: "EIN Presswire",
    title: "Prime Minister Justin Trudeau meets with Prime Minister of Cambodia Hun Manet",
    url: "https://www.einpresswire.com/article/750745091/prime-minister-justin-trudeau-meets-with-prime-minister-of-cambodia-hun-manet",
    language: "en",
    published: Some(HistDate::day(2024, 10, 10)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "Prime Minister of Canada, \"Prime Minister Justin Trudeau meets with Prime Minister of Cambodia Hun Manet\"",
    ),
};

pub(crate) static CANADA_PPP_2024_EMBASSY: Source = Source {
    id: "canada_ppp_2024_new_embassy_closer_ties",
    publisher: "The Phnom Penh Post",
    title: "New Canadian embassy in Phnom Penh signals closer ties",
    url: "https://www.phnompenhpost.com/national/new-canadian-embassy-in-phnom-penh-signals-closer-ties-",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CANADA_CAMBODIA_DAILY_2009: Source = Source {
    id: "canada_cambodia_daily_2009_embassy_closing",
    publisher: "The Cambodia Daily",
    title: "Canada Will Close Embassy Next Month",
    url: "https://english.cambodiadaily.com/news/canada-will-close-embassy-next-month-86131/",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CANADA_BLOG_2009_CLOSURE: Source = Source {
    id: "canada_blog_2009_embassy_closure_news",
    publisher: "Ankor Civilization",
    title: "Canada to close embassies in Cambodia, Bosnia-Herzegovina",
    url: "https://ankorcivilization.blogspot.com/2009_04_24_archive.html",
    language: "en",
    published: Some(HistDate::day(2009, 4, 24)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static CANADA_CTV_POPULATION_2024: Source = Source {
    id: "canada_ctv_population_july_2024",
    publisher: "CTV News",
    title: "Statistics Canada says population grew 0.6 per cent in Q2 to 41,288,599",
    url: "https://kitchener.ctvnews.ca/statistics-canada-says-population-grew-0-6-per-cent-in-q2-to-41-288-599-1.7051348",
    language: "en",
    published: Some(HistDate::day(2024, 9, 25)),
    retrieved: RETRIEVED,
    kind: SourceKind::Copy,
    copy_of: Some(
        "The Canadian Press, \"Statistics Canada says population grew 0.6 per cent in Q2 to 41,288,599\"",
    ),
};

pub(crate) static CANADA_PCO_FACT_SHEET: Source = Source {
    id: "canada_pco_federation_fact_sheet",
    publisher: "Privy Council Office, Government of Canada",
    title: "Federation Maps and Fact Sheets for Canada",
    url: "http://www.pco-bcp.gc.ca/aia/index.asp?lang=eng&page=world-monde&doc=amer/canada-eng.htm",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CANADA_TERMIUM_COUNTRY_NAMES: Source = Source {
    id: "canada_translation_bureau_country_names",
    publisher: "Translation Bureau, Public Works and Government Services Canada",
    title: "List of Country Names - English-French List (Terminology Bulletin 264)",
    url: "http://www.bt-tb.tpsgc-pwgsc.gc.ca/btb.php?lang=eng&cont=690",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static CANADA_WIKIDATA: Source = Source {
    id: "canada_wikidata_q16",
    publisher: "Wikidata",
    title: "Canada (Q16)",
    url: "https://www.wikidata.org/wiki/Q16",
    language: "en",
    published: None,
    retrieved: RETRIEVED,
    kind: SourceKind::Reference,
    copy_of: None,
};

/// Undated on the page; it reports a meeting of Friday 2 September 2016.
pub(crate) static CANADA_CAMBODIA_DAILY_2016_AID: Source = Source {
    id: "canada_cambodia_daily_2016_restart_aid",
    publisher: "The Cambodia Daily",
    title: "Government Asks Canada to Restart Aid Programs",
    url: "https://english.cambodiadaily.com/news/government-asks-canada-restart-aid-programs-117545/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static CANADA_GAC_2016_DION: Source = Source {
    id: "canada_gac_2016_dion_concludes_visit",
    publisher: "Global Affairs Canada",
    title: "Minister Dion concludes successful visit to Cambodia and Vietnam",
    url: "https://www.canada.ca/en/global-affairs/news/2016/09/minister-dion-concludes-successful-visit-cambodia-vietnam.html",
    language: "en",
    published: Some(HistDate::day(2016, 9, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

// ---------------------------------------------------------------- profile

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Canada,
    short_name_en: "Canada",
    official_name_en: "Canada",
    short_name_fr: "Canada",
    official_name_fr: "Canada",
    alpha2: "CA",
    alpha3: "CAN",
    numeric: 124,
    wikidata: Some("Q16"),
    capital: "Ottawa",
    region: Region::Americas,
    sub_region: SubRegion::NorthernAmerica,
    intermediate_region: None,
    languages: &["English", "French"],
    currency: "CAD",
    population: Some(Figure::new(
        41_288_599,
        2024,
        src![CANADA_CTV_POPULATION_2024],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &[],
    sources: src![
        CANADA_PCO_FACT_SHEET,
        CANADA_TERMIUM_COUNTRY_NAMES,
        REFTABLES_ISO_3166_CODES,
        WIKIPEDIA_UN_M49,
        WIKIPEDIA_ISO_4217,
        CANADA_WIKIDATA,
    ],
};

// ---------------------------------------------------------------- relation

pub(crate) static RELATION: Relation = Relation {
    country: Country::Canada,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: Claims(&[
            DateClaim::preferred(
                year(1953),
                src![CANADA_ASIATODAY_2023_70TH, CANADA_KHMER_TIMES_2016_DION],
            )
            .with_note(
                "The Canadian embassy marked the 70th anniversary of diplomatic relations in July 2023, and a 2016 Khmer Times report also gives 1953; both tie the start to Canada's part in the truce supervision commission. No source seen names a formal act, so only the year is given.",
            ),
            DateClaim::alternative(
                year(1952),
                src![CANADA_KHMER_TIMES_2025_EMBASSY],
                "A 2025 Khmer Times report says relations date back to 1952, before independence; no other source supports a date before 1953.",
            ),
        ]),
        end: PeriodEnd::Unknown,
        counterpart: None,
        cambodian_side: None,
        note: "Canada's presence began with the supervisory commission set up under the 1954 Geneva Accords. No source seen documents relations from 1975 on: none records a Canadian mission in Phnom Penh under the Khmer Rouge or the People's Republic of Kampuchea, and after 1979 Canada kept backing the UN seat of Democratic Kampuchea, then of its coalition government, rather than the government in Phnom Penh until the Kingdom was restored. Since no source dates a break either, this period is closed at an unknown time rather than carried through 1975-1991.",
        sources: src![
            CANADA_GOV_RELATIONS,
            CANADA_WIKIPEDIA_RELATIONS,
            CANADA_ASIATODAY_2023_70TH,
        ],
    },
    RelationPeriod {
        status: RelationStatus::Active,
        start: on!(year(1992), [CANADA_CAMBODIA_DAILY_2009]),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Relations were working again by 1992, when Canada set up an embassy in Phnom Penh while Canadian troops served with the UN transitional authority, after Canada had signed the 1991 Paris Peace Agreements. No source seen dates a formal re-establishment, so the period starts with the year the embassy opened; its exact date was not found.",
        sources: src![
            CANADA_CAMBODIA_DAILY_2009,
            CANADA_CAMBODIANESS_2024_EMBASSY,
            CANADA_GOV_RELATIONS,
        ],
    }],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: Some(HistDate::year(1992)),
            closed: Some(HistDate::year(2009)),
            sources: src![CANADA_CAMBODIA_DAILY_2009, CANADA_BLOG_2009_CLOSURE],
        },
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::NonResidentAccreditation,
            city: "Bangkok",
            opened: None,
            closed: None,
            sources: src![CANADA_GOV_RELATIONS, CANADA_WIKIPEDIA_RELATIONS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::NonResidentAccreditation,
            city: "New York",
            opened: None,
            closed: None,
            sources: src![CANADA_GOV_RELATIONS, CANADA_WIKIPEDIA_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[],
    note: "Since 2009 Canada's ambassador in Bangkok has covered Cambodia, with an office of that embassy in Phnom Penh from September 2015 (December 2015 in one press report), formally opened by Foreign Minister Dion during his September 2016 visit; it is an office, not an embassy. In October 2024 Canada announced that the office would become a full embassy (a 2025 report speaks of a resident ambassador in 2025) and Hun Manet said Cambodia plans an embassy in Canada; neither opening was confirmed in the sources seen. No bilateral treaty was found.",
    sources: src![
        CANADA_GOV_RELATIONS,
        CANADA_CAMBODIA_DAILY_2016_AID,
        CANADA_GAC_2016_DION,
        CANADA_CAMBODIANESS_2024_EMBASSY,
        CANADA_PPP_2024_EMBASSY,
        CANADA_KHMER_TIMES_2025_EMBASSY,
    ],
};

// ---------------------------------------------------------------- events

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "canada_1953_relations_established",
        date: EventDate::on(year(1953)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Canada)],
        title: "Start of Canada-Cambodia relations",
        summary: "Canada counts its diplomatic relations with Cambodia from 1953, celebrating their 70th anniversary in 2023 (one 2025 report says 1952).",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CANADA_ASIATODAY_2023_70TH, CANADA_KHMER_TIMES_2016_DION],
    },
    Event {
        id: "canada_1954_icsc_deployment",
        date: EventDate::on(year(1954)),
        kind: EventKind::Peacekeeping(Deployment {
            personnel: None,
            women: None,
            missions: None,
            countries: None,
        }),
        partners: &[c(Country::Canada)],
        title: "Canada joins the truce commission in Cambodia",
        summary: "About 30 Canadians began serving in Cambodia with the International Commission for Supervision and Control, set up to oversee the 1954 Geneva Accords; Canada sat on the commission for more than a decade.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CANADA_CAMBODIANESS_2024_EMBASSY, CANADA_CYIL_1970_ICSC],
    },
    Event {
        id: "canada_1992_embassy_opened",
        date: EventDate::on(year(1992)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Canada)],
        title: "Canadian embassy set up in Phnom Penh",
        summary: "Canada established an embassy in Phnom Penh as Canadian forces served with the UN transitional authority set up under the Paris agreements; by 2009 it occupied a corner of the Australian embassy.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CANADA_CAMBODIA_DAILY_2009, CANADA_CAMBODIANESS_2024_EMBASSY],
    },
    Event {
        id: "canada_2009_embassy_closed",
        date: EventDate::on(month(2009, 5)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::Canada)],
        title: "Canada closes its embassy",
        summary: "Announced in April 2009 after a review of Canada's missions abroad, the closure was set for May and left an ambassador in a nearby country accredited to Cambodia and the Australian embassy handling consular help.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CANADA_CAMBODIA_DAILY_2009, CANADA_BLOG_2009_CLOSURE],
    },
    Event {
        id: "canada_2015_phnom_penh_office",
        date: EventDate::on(month(2015, 9)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Canada)],
        title: "Office of the Bangkok embassy opens in Phnom Penh",
        summary: "The Canadian embassy in Bangkok, which manages relations with Cambodia, opened an office in Phnom Penh offering consular services. Canada's own page dates it to September 2015; a Cambodia Daily report of September 2016 places the reopening of the office in December 2015.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![CANADA_GOV_RELATIONS, CANADA_CAMBODIA_DAILY_2016_AID],
    },
    Event {
        id: "canada_2016_dion_visit",
        date: EventDate::on(month(2016, 9)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Canada)],
        title: "Foreign Minister Stéphane Dion visits",
        summary: "On a three-day visit, Canada's foreign minister was to meet the King, Prime Minister Hun Sen and Foreign Minister Prak Sokhonn and visit the Tuol Sleng genocide museum. During the visit he formally opened Canada's office in Phnom Penh, which remained an office of the Bangkok embassy rather than an embassy.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::CANADA_2016_DION_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            CANADA_GAC_2016_DION,
            CANADA_CAMBODIA_DAILY_2016_AID,
            CANADA_KHMER_TIMES_2016_DION,
            CANADA_WIKIPEDIA_RELATIONS
        ],
    },
    Event {
        id: "canada_2024_trudeau_hun_manet_talks",
        date: EventDate::on(day(2024, 10, 10)),
        kind: EventKind::Talks,
        partners: &[c(Country::Canada)],
        title: "Trudeau and Hun Manet agree to upgrade ties",
        summary: "Meeting on the margins of the ASEAN summit, Justin Trudeau told Hun Manet that Canada's office in Phnom Penh would become a full embassy and announced a Team Canada trade mission to Cambodia in 2025.",
        place: Some("Vientiane"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            CANADA_PMO_2024_READOUT,
            CANADA_CAMBODIANESS_2024_EMBASSY,
            CANADA_PPP_2024_EMBASSY
        ],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &CANADA_CAMBODIA_DAILY_2016_AID,
    &CANADA_GAC_2016_DION,
    &CANADA_GOV_RELATIONS,
    &CANADA_WIKIPEDIA_RELATIONS,
    &CANADA_KHMER_TIMES_2016_DION,
    &CANADA_ASIATODAY_2023_70TH,
    &CANADA_KHMER_TIMES_2025_EMBASSY,
    &CANADA_CYIL_1970_ICSC,
    &CANADA_CAMBODIANESS_2024_EMBASSY,
    &CANADA_PMO_2024_READOUT,
    &CANADA_PPP_2024_EMBASSY,
    &CANADA_CAMBODIA_DAILY_2009,
    &CANADA_BLOG_2009_CLOSURE,
    &CANADA_CTV_POPULATION_2024,
    &CANADA_PCO_FACT_SHEET,
    &CANADA_TERMIUM_COUNTRY_NAMES,
    &CANADA_WIKIDATA,
];
