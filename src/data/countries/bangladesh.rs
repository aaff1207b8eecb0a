//! Cambodia and Bangladesh: profile, relation history, missions, agreements
//! and events.

use crate::data::exchanges::{
    EX_V7_ABCNEWSBD_2014_THREE_AGREEMENTS, EX_V7_ALBD_2014_JOINT_DECLARATION,
    EX_V7_BDPRATIDIN_2014_THREE_AGREEMENTS, EX_V7_BIRGANJ_2014_THREE_AGREEMENTS,
    EX_V7_CCNEWS24_2014_HUN_SEN_COMING, EX_V7_KHOBORBANGLA24_2014_TALKS_TODAY,
    EX_V7_OURNEWSBD_2014_HUN_SEN_ARRIVES,
};
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static BD_CNG_2021: Source = Source {
    id: "bangladesh_cambodia_news_gazette_2021_hun_sen_message",
    publisher: "Cambodia News Gazette",
    title: "Cambodian PM attends two important events of Bangladesh",
    url: "https://cambodianewsgazette.com/cambodian-pm-attends-two-important-events-of-bangladesh/",
    language: "en",
    published: Some(HistDate::day(2021, 3, 18)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static BD_EURASIA_2022: Source = Source {
    id: "bangladesh_eurasia_review_2022_fifty_years",
    publisher: "embcolombiaitalia.com",
    title: "Cambodia and Bangladesh celebrate fifty years of bilateral relations – OpEd",
    url: "https://www.embcolombiaitalia.com/cambodia-and-bangladesh-celebrate-fifty-years-of-bilateral-relations-oped-eurasia-review/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Eurasia Review, \"Cambodia and Bangladesh celebrate fifty years of bilateral relations – OpEd\"",
    ),
};

pub(crate) static BD_PPP_2022: Source = Source {
    id: "bangladesh_phnom_penh_post_2022_promote_ties",
    publisher: "The Phnom Penh Post",
    title: "Kingdom, Bangladesh to promote ties, cooperation",
    url: "https://m.phnompenhpost.com/national-politics/kingdom-bangladesh-promote-ties-cooperation",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_WIKI_FR: Source = Source {
    id: "bangladesh_wikipedia_fr_relations_kampuspedia",
    publisher: "Kampuspedia",
    title: "Relations entre le Bangladesh et le Cambodge",
    url: "https://kampuspedia.com/fr/Relations_entre_le_Bangladesh_et_le_Cambodge",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Relations entre le Bangladesh et le Cambodge\""),
};

pub(crate) static BD_HUN_SEN_2017: Source = Source {
    id: "bangladesh_cnv_2017_hun_sen_press_briefing",
    publisher: "Cambodia New Vision",
    title: "Briefing to the press on the visit of Sheikh Hasina, Prime Minister of Bangladesh",
    url: "http://cnv.org.kh/briefing-press-visit-sheikh-hasina-prime-minister/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static BD_CRI_2017: Source = Source {
    id: "bangladesh_cri_bengali_2017_hasina_departs",
    publisher: "China Radio International",
    title: "তিন দিনের সফরে কম্বোডিয়া গেছেন বাংলাদেশের প্রধানমন্ত্রী শেখ হাসিনা",
    url: "http://bengali.cri.cn/1101/2017/12/03/41s176925.htm",
    language: "bn",
    published: Some(HistDate::day(2017, 12, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_BD24_2017: Source = Source {
    id: "bangladesh_bd24news_2017_hasina_returns",
    publisher: "BD24 News Live",
    title: "কম্বোডিয়া সফর শেষে দেশে ফিরেছেন প্রধানমন্ত্রী",
    url: "https://bd24news-live.blogspot.com/2017/12/blog-post_34.html",
    language: "bn",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_BANGLADESH_POST: Source = Source {
    id: "bangladesh_bangladesh_post_new_bonhomie",
    publisher: "Bangladesh Post",
    title: "New bonhomie between Bangladesh, Cambodia",
    url: "https://www.bangladeshpost.net/posts/new-bonhomie-between-bangladesh-cambodia-27175",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_UNB_2022: Source = Source {
    id: "bangladesh_unb_2022_momen_hun_sen",
    publisher: "defence.pk forum",
    title: "Cambodia: Padma Bridge a symbol of pride for developing world",
    url: "https://defence.pk/pdf/threads/cambodia-padma-bridge-a-symbol-of-pride-for-developing-world.746860/",
    language: "en",
    published: Some(HistDate::day(2022, 7, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United News of Bangladesh, \"Cambodia: Padma Bridge a symbol of pride for developing world\"",
    ),
};

pub(crate) static BD_ADVANCE: Source = Source {
    id: "bangladesh_advance_in_cambodia_outgoing_ambassador",
    publisher: "Advance in Cambodia",
    title: "カンボジア副首相、退任するバングラデシュ大使を迎える",
    url: "https://advance-in-cambodia.com/?p=3455",
    language: "ja",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_PCGN: Source = Source {
    id: "bangladesh_pcgn_country_names",
    publisher: "GOV.UK, Permanent Committee on Geographical Names",
    title: "Country names: The Permanent Committee on Geographical Names for British official use",
    url: "https://gov.uk/government/publications/country-names/country-names-the-permanent-committee-on-geographical-names-for-british-official-use",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static BD_WORLD_OF_EXPATS: Source = Source {
    id: "bangladesh_world_of_expats_overview",
    publisher: "World of Expats",
    title: "Bangladesh: destination overview",
    url: "http://www.worldofexpats.com/destination/overview/Bangladesh",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static BD_CENSUS_2022: Source = Source {
    id: "bangladesh_bdnews24_2023_final_census",
    publisher: "bdnews24.com",
    title: "Bangladesh's population reaches almost 170m, final census data shows",
    url: "https://bdnews24.com/bangladesh/7tnmyurq0p",
    language: "en",
    published: Some(HistDate::day(2023, 2, 6)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static BD_WIKIDATA: Source = Source {
    id: "bangladesh_wikidata_item",
    publisher: "Wikidata",
    title: "Bangladesh (Q902)",
    url: "https://www.wikidata.org/wiki/Q902",
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
    country: Country::Bangladesh,
    short_name_en: "Bangladesh",
    official_name_en: "People's Republic of Bangladesh",
    short_name_fr: "Bangladesh",
    official_name_fr: "République populaire du Bangladesh",
    alpha2: "BD",
    alpha3: "BGD",
    numeric: 50,
    wikidata: Some("Q902"),
    capital: "Dhaka",
    region: Region::Asia,
    sub_region: SubRegion::SouthernAsia,
    intermediate_region: None,
    languages: &["Bengali"],
    currency: "BDT",
    population: Some(Figure::new(169_828_911, 2022, src![BD_CENSUS_2022])),
    relation_type: RelationType::WiderWorld,
    aliases: &[],
    sources: src![
        BD_PCGN,
        BD_WIKI_FR,
        AU_ISO_M49,
        BD_WORLD_OF_EXPATS,
        BD_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Bangladesh,
    periods_complete: true,
    periods: &[RelationPeriod {
        status: RelationStatus::Active,
        start: Claims(&[
            DateClaim::preferred(day(1993, 2, 17), src![BD_CNG_2021]).with_note(
                "Hun Sen's 2021 message gives 17 February 1993 as the day formal diplomatic relations were established; the 2022 OpEd also dates full formal relations to 1993, and a 2022 report of the 30th anniversary falling in 2023 agrees.",
            ),
            DateClaim::alternative(
                day(1972, 6, 6),
                src![BD_EURASIA_2022],
                "The OpEd dates friendly relations set up by Norodom Sihanouk, then in exile, and Sheikh Mujibur Rahman to this day, but says formal diplomatic relations came only in 1993.",
            ),
            DateClaim::alternative(
                year(1973),
                src![BD_PPP_2022],
                "A researcher quoted by the Phnom Penh Post speaks of relations since 1973, the year Sihanouk and Sheikh Mujibur Rahman met at the Non-Aligned summit in Algiers; not an official date.",
            ),
        ]),
        end: ONGOING,
        counterpart: None,
        cambodian_side: None,
        note: "Formal relations with Phnom Penh date from 1993. Earlier ties ran through Sihanouk: he and Sheikh Mujibur Rahman met at the 1973 Non-Aligned conference in Algeria, and in late 1987 Bangladesh held ambassador-level relations with the Coalition Government of Democratic Kampuchea rather than the government in Phnom Penh; no source found dates that earlier phase.",
        sources: src![BD_CNG_2021, BD_EURASIA_2022, LOC_COUNTRY_STUDY_CGDK, BD_UNB_2022],
    }],
    missions: &[Mission {
        direction: MissionDirection::PartnerToCambodia,
        kind: MissionKind::NonResidentAccreditation,
        city: "Bangkok",
        opened: None,
        closed: None,
        sources: src![BD_ADVANCE],
    }],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Agreement on visa exemption for holders of diplomatic passports",
            kind: AgreementKind::Cooperation,
            signed: Some(year(2013)),
            in_force: None,
            sources: src![BD_EURASIA_2022, BD_WIKI_FR],
        },
        Agreement {
            title: "Memorandum of understanding on establishing a Bangladesh–Cambodia Joint Commission",
            kind: AgreementKind::Cooperation,
            signed: Some(month(2014, 6)),
            in_force: None,
            sources: src![BD_BANGLADESH_POST, BD_EURASIA_2022],
        },
        Agreement {
            title: "Cultural cooperation agreement",
            kind: AgreementKind::Cooperation,
            signed: Some(year(2014)),
            in_force: None,
            sources: src![BD_EURASIA_2022, BD_WIKI_FR],
        },
    ],
    note: "Bangladesh's ambassador to Cambodia resides in Bangkok; no source was found for a Cambodian embassy or accreditation for Bangladesh. Sources count the documents signed in December 2017 differently: one agreement and nine memoranda (Bangladeshi reports), nine agreements (French Wikipedia) or ten agreements (Eurasia Review OpEd).",
    sources: src![BD_CNG_2021, BD_EURASIA_2022, BD_WIKI_FR],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "bangladesh_1973_sihanouk_mujib_meeting",
        date: EventDate::on(year(1973)),
        kind: EventKind::Talks,
        partners: &[c(Country::Bangladesh)],
        title: "Sihanouk meets Sheikh Mujibur Rahman in Algeria",
        summary: "Norodom Sihanouk and Bangladesh's founding leader struck up a close friendship at the Non-Aligned conference in Algeria, which Cambodia later cited as the origin of the relationship.",
        place: Some("Algiers"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![BD_CNG_2021],
    },
    Event {
        id: "bangladesh_1993_relations_established",
        date: EventDate::on(day(1993, 2, 17)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Bangladesh)],
        title: "Formal diplomatic relations with Bangladesh",
        summary: "Cambodia and Bangladesh formally established diplomatic relations.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![BD_CNG_2021],
    },
    Event {
        id: "bangladesh_2001_hasina_visit",
        date: EventDate::on(year(2001)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Bangladesh)],
        title: "Sheikh Hasina's first visit to Cambodia",
        summary: "Prime Minister Sheikh Hasina paid her first visit to the Kingdom.",
        place: None,
        exchange: Some(&crate::data::exchanges::BANGLADESH_2001_HASINA_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BD_HUN_SEN_2017],
    },
    Event {
        id: "bangladesh_2010_dipu_moni_visit",
        date: EventDate::on(year(2010)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Bangladesh)],
        title: "Foreign Minister Dipu Moni in Phnom Penh",
        summary: "Bangladesh's foreign minister visited Phnom Penh; the two sides agreed to set up a joint commission between their foreign ministries.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::BANGLADESH_2010_DIPU_MONI_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BD_WIKI_FR, BD_EURASIA_2022],
    },
    Event {
        id: "bangladesh_2014_hun_sen_visit",
        date: EventDate::span(day(2014, 6, 16), day(2014, 6, 18)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Bangladesh)],
        title: "Hun Sen's official visit to Bangladesh",
        summary: "Hun Sen paid an official visit to Dhaka, where a memorandum setting up a joint commission was signed.",
        place: Some("Dhaka"),
        exchange: Some(&crate::data::exchanges::BANGLADESH_2014_HUN_SEN_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![
            BD_CNG_2021,
            BD_BANGLADESH_POST,
            BD_WIKI_FR,
            EX_V7_CCNEWS24_2014_HUN_SEN_COMING,
            EX_V7_OURNEWSBD_2014_HUN_SEN_ARRIVES,
            EX_V7_KHOBORBANGLA24_2014_TALKS_TODAY,
            EX_V7_BDPRATIDIN_2014_THREE_AGREEMENTS,
            EX_V7_ABCNEWSBD_2014_THREE_AGREEMENTS,
            EX_V7_BIRGANJ_2014_THREE_AGREEMENTS,
            EX_V7_ALBD_2014_JOINT_DECLARATION
        ],
    },
    Event {
        id: "bangladesh_2017_hasina_visit",
        date: EventDate::span(day(2017, 12, 3), day(2017, 12, 5)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Bangladesh)],
        title: "Sheikh Hasina's official visit to Cambodia",
        summary: "On a three-day visit, Sheikh Hasina held talks with Hun Sen, sought Cambodia's help over the Rohingya refugees and agreed to name streets in each capital after Norodom Sihanouk and Sheikh Mujibur Rahman; Cambodia backed Bangladesh's bid for an ASEAN sectoral dialogue partnership.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::BANGLADESH_2017_HASINA_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BD_CRI_2017, BD_BD24_2017, BD_HUN_SEN_2017],
    },
    Event {
        id: "bangladesh_2017_agreements_signed",
        date: EventDate::on(day(2017, 12, 4)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Bangladesh)],
        title: "Agreements and memoranda signed in Phnom Penh",
        summary: "In the presence of the two prime ministers, one agreement and nine memoranda of understanding were signed and a joint declaration issued.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![BD_BD24_2017, BD_HUN_SEN_2017, BD_WIKI_FR, BD_EURASIA_2022],
    },
    Event {
        id: "bangladesh_2022_momen_visit",
        date: EventDate::on(day(2022, 7, 15)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Bangladesh)],
        title: "Foreign Minister Momen calls on Hun Sen",
        summary: "A. K. Abdul Momen invited Hun Sen to Bangladesh for the 30th anniversary of relations in 2023 and sought the ASEAN chair's help with the return of the Rohingya to Myanmar.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::BANGLADESH_2022_MOMEN_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![BD_UNB_2022],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &BD_CNG_2021,
    &BD_EURASIA_2022,
    &BD_PPP_2022,
    &BD_WIKI_FR,
    &BD_HUN_SEN_2017,
    &BD_CRI_2017,
    &BD_BD24_2017,
    &BD_BANGLADESH_POST,
    &BD_UNB_2022,
    &BD_ADVANCE,
    &BD_PCGN,
    &BD_WORLD_OF_EXPATS,
    &BD_CENSUS_2022,
    &BD_WIKIDATA,
];
