//! Cambodia and Australia: profile, relation history, missions, agreements
//! and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static AU_WIKI_RELATIONS: Source = Source {
    id: "australia_wikipedia_relations",
    publisher: "Wikipedia",
    title: "Australia–Cambodia relations",
    url: "https://en.wikipedia.org/wiki/Australia%E2%80%93Cambodia_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static AU_PPP_2022: Source = Source {
    id: "australia_phnom_penh_post_2022_70th_anniversary",
    publisher: "The Phnom Penh Post",
    title: "Kingdom, Oz celebrate 70th anniversary of diplomatic ties",
    url: "https://phnompenhpost.com/national-politics/kingdom-oz-celebrate-70th-anniversary-diplomatic-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_PPP_2017_AMBASSADOR: Source = Source {
    id: "australia_phnom_penh_post_2017_ambassador_message",
    publisher: "The Phnom Penh Post",
    title: "Message from Australia's Ambassador to Cambodia, Angela Corcoran",
    url: "http://www.phnompenhpost.com/post-plus/message-australias-ambassador-cambodia-angela-corcoran",
    language: "en",
    published: Some(HistDate::day(2017, 1, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_CNG_2022: Source = Source {
    id: "australia_cambodia_news_gazette_2022_70_years",
    publisher: "Cambodia News Gazette",
    title: "Australia reaffirms support for Cambodia",
    url: "https://cambodianewsgazette.com/australia-reaffirms-support-for-cambodia/",
    language: "en",
    published: Some(HistDate::day(2022, 1, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static AU_PEACOCK_1978: Source = Source {
    id: "australia_parlinfo_1978_relations_with_kampuchea",
    publisher: "Parliament of Australia",
    title: "Relations with Kampuchea",
    url: "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media%2Fpressrel%2FHPR10026292%22;src1=sm1",
    language: "en",
    published: Some(HistDate::day(1978, 12, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static AU_CAMBODIA_DAILY_KR: Source = Source {
    id: "australia_cambodia_daily_kr_recognition_documents",
    publisher: "The Cambodia Daily",
    title: "Aussie Documents Show Asean As Reason for KR Recognition",
    url: "https://english.cambodiadaily.com/news/aussie-documents-show-asean-as-reason-for-kr-recognition-65479/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_SENATE_2021: Source = Source {
    id: "australia_senate_2021_paris_agreements_statement",
    publisher: "OpenAustralia",
    title: "Senate debates, Wednesday 20 October 2021: Statements — Cambodia",
    url: "https://www.openaustralia.org.au/senate/?id=2021-10-20.51.1",
    language: "en",
    published: Some(HistDate::day(2021, 10, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Parliament of Australia, Senate Hansard of 20 October 2021"),
};

pub(crate) static AU_ABC_2014: Source = Source {
    id: "australia_abc_2014_refugee_deal",
    publisher: "ABC News (Australian Broadcasting Corporation)",
    title: "Cambodia refugee deal: Protests outside Australian embassy in Phnom Penh as Scott Morrison signs agreement",
    url: "https://www.abc.net.au/news/2014-09-26/immigration-minister-to-sign-cambodia-refugee-deal/5770468",
    language: "en",
    published: Some(HistDate::day(2014, 9, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_KHMER_TIMES_2014: Source = Source {
    id: "australia_khmer_times_2014_refugee_deal",
    publisher: "Khmer Times",
    title: "Refugee Deal Signed",
    url: "https://www.khmertimeskh.com/5430/refugee-deal-signed/",
    language: "en",
    published: Some(HistDate::day(2014, 9, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_SBS_2014: Source = Source {
    id: "australia_sbs_2014_refugee_deal",
    publisher: "SBS News",
    title: "Refugees in Cambodia by end of the year",
    url: "https://www.sbs.com.au/news/article/refugees-in-cambodia-by-end-of-the-year/2botoqncj",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_CNG_2024: Source = Source {
    id: "australia_cambodia_news_gazette_2024_melbourne_summit",
    publisher: "Cambodia News Gazette",
    title: "Cambodian PM leaves for ASEAN-Australia Special Summit in Melbourne",
    url: "https://cambodianewsgazette.com/cambodian-pm-leaves-for-asean-australia-special-summit-in-melbourne/",
    language: "en",
    published: Some(HistDate::day(2024, 3, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodian PM leaves for ASEAN-Australia Special Summit in Melbourne\"",
    ),
};

pub(crate) static AU_CAMSTRALIA_2024: Source = Source {
    id: "australia_camstralia_2024_hun_manet_albanese",
    publisher: "Camstralia",
    title: "Fruitful outcomes: Prime Minister Hun Manet's ASEAN-Australia Summit reaps rewards",
    url: "https://camstralia.com.au/news/fruitful-outcomes-prime-minister-hun-manets-asean-australia-summit-reaps-rewards",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AU_MLEDOZE: Source = Source {
    id: "australia_mledoze_countries",
    publisher: "GitHub, mledoze/countries",
    title: "World countries data: Australia (data/aus/aus.country.json)",
    url: "https://github.com/mledoze/countries/blob/master/data/aus/aus.country.json",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static AU_CENSUS_2021: Source = Source {
    id: "australia_census_2021_wikiwand",
    publisher: "Wikiwand",
    title: "2021 Australian census",
    url: "https://www.wikiwand.com/en/2021_Australian_census",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"2021 Australian census\""),
};

pub(crate) static AU_WIKIDATA: Source = Source {
    id: "australia_wikidata_item",
    publisher: "Wikidata",
    title: "Australia (Q408)",
    url: "https://www.wikidata.org/wiki/Q408",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Australia,
    short_name_en: "Australia",
    official_name_en: "Commonwealth of Australia",
    short_name_fr: "Australie",
    official_name_fr: "Australie",
    alpha2: "AU",
    alpha3: "AUS",
    numeric: 36,
    wikidata: Some("Q408"),
    capital: "Canberra",
    region: Region::Oceania,
    sub_region: SubRegion::AustraliaAndNewZealand,
    intermediate_region: None,
    languages: &["English"],
    currency: "AUD",
    population: Some(Figure::new(25_422_788, 2021, src![AU_CENSUS_2021])),
    relation_type: RelationType::WiderWorld,
    aliases: &["Commonwealth d'Australie"],
    sources: src![AU_MLEDOZE, AU_ISO_M49, AU_WIKIDATA],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Australia,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1952, 1), [AU_PPP_2017_AMBASSADOR, AU_PPP_2022]),
            end: ended!(day(1975, 4, 17), [AU_PEACOCK_1978]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations date from January 1952, almost two years before independence, when Australia's minister for Cambodia still worked from Saigon; a legation opened in Phnom Penh in 1955. They lapsed when the Khmer Republic fell.",
            sources: src![AU_WIKI_RELATIONS, AU_CNG_2022, AU_PPP_2017_AMBASSADOR],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(day(1975, 4, 17), [AU_PEACOCK_1978]),
            end: ended!(month(1981, 2), [AU_CAMBODIA_DAILY_KR]),
            counterpart: None,
            cambodian_side: None,
            note: "Australia recognized the Khmer Rouge government on 17 April 1975 without entering into formal relations, dealing with it only through embassies in Peking and at the UN; in December 1978 it decided to seek relations, and after January 1979 it kept recognizing the ousted Democratic Kampuchea.",
            sources: src![AU_PEACOCK_1978, AU_CAMBODIA_DAILY_KR],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(month(1981, 2), [AU_CAMBODIA_DAILY_KR]),
            end: ended!(month(1991, 11), [US_LAT_1991]),
            counterpart: None,
            cambodian_side: None,
            note: "Australia withdrew recognition from Democratic Kampuchea in February 1981 and recognized no Cambodian government until the peace settlement; in 1989 Foreign Minister Gareth Evans put forward the UN-centred plan that led to the Paris agreements.",
            sources: src![AU_CAMBODIA_DAILY_KR, AU_SENATE_2021],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1991, 11), [US_LAT_1991]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Australia sent an envoy to the Supreme National Council in November 1991, weeks after co-signing the Paris Peace Agreements; relations have continued with the Kingdom of Cambodia, and their 70th anniversary was marked in January 2022.",
            sources: src![US_LAT_1991, AU_PPP_2022, AU_CNG_2022],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![AU_ABC_2014, AU_PPP_2022],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Canberra",
            opened: None,
            closed: None,
            sources: src![AU_WIKI_RELATIONS],
        },
    ],
    frameworks: &[],
    agreements: &[Agreement {
        title: "Memorandum of Understanding between Cambodia and Australia relating to the settlement of refugees in Cambodia",
        kind: AgreementKind::Cooperation,
        signed: Some(day(2014, 9, 26)),
        in_force: None,
        sources: src![AU_ABC_2014, AU_KHMER_TIMES_2014],
    }],
    note: "The Australian ambassador's 2017 message dates the start of relations to January 1952, and the 70th anniversary was marked on 13-15 January 2022; no source found gives the day. A bilateral 'comprehensive partnership' was searched for and not found: the sources name only the ASEAN–Australia Comprehensive Strategic Partnership, which belongs to the ASEAN record. No source found dates the closing of the Australian embassy in 1975, the exact arrival of the 1991 envoy, or the opening of Cambodia's embassy in Canberra.",
    sources: src![
        AU_WIKI_RELATIONS,
        AU_PEACOCK_1978,
        AU_CAMBODIA_DAILY_KR,
        AU_CNG_2024
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "australia_1955_legation_opened",
        date: EventDate::on(year(1955)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Australia)],
        title: "First Australian legation in Phnom Penh",
        summary: "Australia opened its first legation in Phnom Penh; until then its minister to Cambodia had been based in Saigon.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AU_WIKI_RELATIONS],
    },
    Event {
        id: "australia_1975_recognition_without_relations",
        date: EventDate::on(day(1975, 4, 17)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Australia)],
        title: "Khmer Rouge government recognized, but no formal relations",
        summary: "On the day the Khmer Rouge took Phnom Penh, Australia recognized the new government without entering into formal diplomatic relations; contacts went through the two countries' embassies in Peking and their UN missions.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AU_PEACOCK_1978],
    },
    Event {
        id: "australia_1981_dk_recognition_withdrawn",
        date: EventDate::on(month(1981, 2)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Australia)],
        title: "Recognition of Democratic Kampuchea withdrawn",
        summary: "Australia ended its recognition of the ousted Khmer Rouge regime, which cabinet papers show it had kept in 1980 mainly for the sake of its ties with ASEAN; the UN went on seating Democratic Kampuchea.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AU_CAMBODIA_DAILY_KR],
    },
    Event {
        id: "australia_1989_evans_peace_plan",
        date: EventDate::on(year(1989)),
        kind: EventKind::Talks,
        partners: &[c(Country::Australia)],
        title: "Gareth Evans proposes a UN-run transition",
        summary: "Foreign Minister Gareth Evans set out a way through the Cambodian deadlock that gave the United Nations an unprecedented role during the transition; pursued with Indonesia, it fed into the Paris Peace Agreements of 23 October 1991.",
        place: None,
        exchange: None,
        principles: &[Principle::PeacefulSettlementOfDisputes],
        tasks: &[],
        sources: src![AU_SENATE_2021, AU_CNG_2022],
    },
    Event {
        id: "australia_1991_envoy_to_snc",
        date: EventDate::on(month(1991, 11)),
        kind: EventKind::MissionOpened,
        partners: &[c(Country::Australia)],
        title: "Australian envoy to the Supreme National Council",
        summary: "Australia was among the countries sending envoys to Phnom Penh in the week the U.S. and British representatives to the Supreme National Council arrived.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![US_LAT_1991],
    },
    Event {
        id: "australia_2014_refugee_resettlement_mou",
        date: EventDate::on(day(2014, 9, 26)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Australia)],
        title: "Refugee resettlement memorandum signed",
        summary: "Interior Minister Sar Kheng and Immigration Minister Scott Morrison signed a memorandum for the voluntary resettlement in Cambodia of refugees held on Nauru, with Australia adding A$40 million of aid over four years; protesters gathered outside the Australian embassy.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AU_ABC_2014, AU_KHMER_TIMES_2014, AU_SBS_2014],
    },
    Event {
        id: "australia_2024_hun_manet_albanese_meeting",
        date: EventDate::span(day(2024, 3, 4), day(2024, 3, 6)),
        kind: EventKind::Talks,
        partners: &[c(Country::Australia)],
        title: "Hun Manet and Albanese meet in Melbourne",
        summary: "During the ASEAN–Australia Special Summit, Prime Minister Hun Manet held bilateral talks with Anthony Albanese; both pledged closer cooperation in trade, education, employment and defence.",
        place: Some("Melbourne"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AU_CNG_2024, AU_CAMSTRALIA_2024],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &AU_WIKI_RELATIONS,
    &AU_PPP_2022,
    &AU_CNG_2022,
    &AU_PPP_2017_AMBASSADOR,
    &AU_PEACOCK_1978,
    &AU_CAMBODIA_DAILY_KR,
    &AU_SENATE_2021,
    &AU_ABC_2014,
    &AU_KHMER_TIMES_2014,
    &AU_SBS_2014,
    &AU_CNG_2024,
    &AU_CAMSTRALIA_2024,
    &AU_MLEDOZE,
    &AU_CENSUS_2021,
    &AU_WIKIDATA,
];
