//! Cambodia and the European Union: profile, the partnership under the 1997
//! cooperation agreement (Cambodia is not, and cannot be, a member), trade
//! preferences under Everything But Arms and their partial withdrawal, and
//! events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static EU_PPP_20_YEARS: Source = Source {
    id: "european_union_phnompenhpost_2017_20_years_cooperation",
    publisher: "The Phnom Penh Post",
    title: "Cambodia and the EU: 20 years of cooperation",
    url: "http://www.phnompenhpost.com/opinion/cambodia-and-eu-20-years-cooperation",
    language: "en",
    published: Some(HistDate::day(2017, 5, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_PUC_EUROPE_DAY: Source = Source {
    id: "european_union_puc_64th_europe_day",
    publisher: "Pannasastra University of Cambodia",
    title: "64th Anniversary of Europe Day",
    url: "http://dsa.puc.edu.kh/index.php/featured-article/103-announcements-events-activities/events-activities/318-64th-anniversary-of-europe-day",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_EEAS_CAMBODIA: Source = Source {
    id: "european_union_eeas_cambodia_relations",
    publisher: "European External Action Service",
    title: "The European Union and Cambodia",
    url: "https://www.eeas.europa.eu/node/400093_th",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static EU_CAMBODIA_DAILY_EBA: Source = Source {
    id: "european_union_cambodiadaily_2020_after_eba_withdrawal",
    publisher: "The Cambodia Daily",
    title: "What's next for Cambodia after EBA withdrawal",
    url: "https://english.cambodiadaily.com/business/whats-next-for-cambodia-after-eba-withdrawal-167820/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Asia Times, \"What's next for Cambodia after EBA withdrawal\""),
};

pub(crate) static EU_ODC_2019: Source = Source {
    id: "european_union_odc_2019_withdrawal_procedure_launched",
    publisher: "Open Development Cambodia",
    title: "Press release on the EU launches procedure to temporarily suspend trade preferences",
    url: "https://opendevelopmentcambodia.net/announcements/press-release-on-the-eu-launches-procedure-to-temporarily-suspend-trade-preferences",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "European Commission, \"Press release on the EU launches procedure to temporarily suspend trade preferences\"",
    ),
};

pub(crate) static EU_AP_2019: Source = Source {
    id: "european_union_ap_2019_eu_eyes_trade_action",
    publisher: "WTOP",
    title: "EU eyes trade action over rights abuses in Cambodia",
    url: "https://wtop.com/europe/2019/02/eu-eyes-trade-action-over-rights-abuses-in-cambodia/",
    language: "en",
    published: Some(HistDate::day(2019, 2, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Associated Press, \"EU eyes trade action over rights abuses in Cambodia\""),
};

pub(crate) static EU_FRESHNEWS_2019: Source = Source {
    id: "european_union_freshnews_2019_government_regrets",
    publisher: "Fresh News",
    title: "Cambodian government statement on the European Commission's decision of 11 February 2019 (untitled in the copy read)",
    url: "http://en.freshnewsasia.com/index.php/en/localnews/12961-2019-02-12-11-41-22.html",
    language: "en",
    published: Some(HistDate::day(2019, 2, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_ALINEA_2020: Source = Source {
    id: "european_union_alinea_2020_partial_suspension",
    publisher: "Alinea.id",
    title: "UE tangguhkan sebagian preferensi perdagangan atas Kamboja",
    url: "https://alinea.id/amp/dunia/ue-tangguhkan-sebagian-preferensi-perdagangan-atas-kamboja-b1ZIc9r5C",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_PPP_2020: Source = Source {
    id: "european_union_phnompenhpost_2020_partially_withdraws_eba",
    publisher: "The Phnom Penh Post",
    title: "EU partially withdraws EBA",
    url: "https://phnompenhpost.com/national-politics/eu-partially-withdraws-eba",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_VOA_2020: Source = Source {
    id: "european_union_voa_2020_partially_suspends_trade_privileges",
    publisher: "Voice of America",
    title: "EU Partially Suspends Trade Privileges; Selected Garments and Footwear to be Tariffed",
    url: "https://voa.pangea-cms.com/preview/en-KH/a/eu-partially-suspends-trade-privileges-selected-garments-and-footwear-to-be-tariffed/5285028.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_CNG_2022: Source = Source {
    id: "european_union_cambodianewsgazette_2022_commemorative_summit",
    publisher: "Cambodia News Gazette",
    title: "Foreign Ministry Releases Outcomes of PM Hun Sen's Co-Chairing of ASEAN-EU Commemorative Summit",
    url: "https://cambodianewsgazette.com/foreign-ministry-releases-outcomes-of-pm-hun-sens-co-chairing-of-asean-eu-commemorative-summit/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static EU_N1_2022: Source = Source {
    id: "european_union_n1_2022_eu_asean_summit",
    publisher: "N1",
    title: "Leaders of EU27 countries attend EU-ASEAN summit in Brussels",
    url: "https://n1info.hr/english/news/leaders-of-eu27-countries-attend-eu-asean-summit-in-brussels/",
    language: "en",
    published: Some(HistDate::day(2022, 12, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_MONEYWORDS_MAASTRICHT: Source = Source {
    id: "european_union_moneywords_maastricht_treaty",
    publisher: "Moneywords",
    title: "Maastricht Treaty",
    url: "http://www.moneywords.com/maastricht-treaty",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static EU_REPUBLICWORLD_1993: Source = Source {
    id: "european_union_republicworld_established_1993",
    publisher: "Republic World",
    title: "European Union was formally established on this day through Maastricht Treaty",
    url: "https://www.republicworld.com/world-news/europe/european-union-was-formally-established-on-this-day-through-maastricht-treaty.html",
    language: "en",
    published: Some(HistDate::day(2020, 11, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static EU_ASEP_BREXIT: Source = Source {
    id: "european_union_asep_what_treaty_established_eu",
    publisher: "ASEP European Companies",
    title: "Readers ask: What Treaty Established The European Union?",
    url: "https://asep-european-companies.com/good-to-know/readers-ask-what-treaty-established-the-european-union.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static EU_BRUSSELS_WIKI: Source = Source {
    id: "european_union_wikipedia_brussels_and_the_eu",
    publisher: "breviceps.net",
    title: "Brussels and the European Union",
    url: "http://breviceps.net/brussels_and_the_european_union.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Brussels and the European Union\""),
};

pub(crate) static EU_PLANETEBLEUE_FR: Source = Source {
    id: "european_union_planetebleue_ue_asean",
    publisher: "Planète bleue",
    title: "A Bruxelles, l'UE courtise les pays asiatiques",
    url: "http://planetebleue.blogspirit.com/index-1.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::EuropeanUnion,
    acronym: "EU",
    name_en: "European Union",
    name_fr: "Union européenne",
    // Wikidata item of the European Union.
    wikidata: Some("Q458"),
    // The Maastricht Treaty was signed on 7 February 1992 and came into
    // force, creating the Union, on 1 November 1993.
    founded: Some(day(1993, 11, 1)),
    // The EU has no official capital; Brussels hosts the seats of the
    // Commission, the Council and the European Council.
    headquarters: Some("Brussels"),
    members: Some(Figure::new(27, 2020, src![EU_ASEP_BREXIT])),
    website: Some("https://european-union.europa.eu"),
    aliases: &["European Community", "European Communities"],
    sources: src![
        EU_MONEYWORDS_MAASTRICHT,
        EU_REPUBLICWORLD_1993,
        EU_ASEP_BREXIT,
        EU_BRUSSELS_WIKI,
        EU_PLANETEBLEUE_FR,
        EU_EEAS_CAMBODIA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::EuropeanUnion,
    periods: &[MembershipPeriod {
        status: MembershipStatus::CooperationPartner,
        start: on!(day(1997, 4, 29), [EU_PPP_20_YEARS, EU_PUC_EUROPE_DAY]),
        end: ONGOING,
        note: "Not a membership. Relations rest on the Cooperation Agreement between the European Community and the Kingdom of Cambodia, signed on 29 April 1997 and in force since 1 November 1999, which covers trade and economic and development cooperation and makes respect for democratic principles and human rights an essential element. EU support to Cambodians goes back to aid for the refugee camps on the Thai border from 1986.",
        sources: src![EU_PPP_20_YEARS, EU_PUC_EUROPE_DAY, EU_EEAS_CAMBODIA],
    }],
    roles: &[Role {
        title: "Co-chair, as ASEAN Chair, of the ASEAN-EU Commemorative Summit",
        start: day(2022, 12, 14),
        end: None,
        sources: src![EU_CNG_2022, EU_N1_2022],
    }],
    country_members: &[
        CountryMember {
            country: Country::France,
            since: Some(day(1993, 11, 1)),
            sources: src![EU_REPUBLICWORLD_1993, EU_MONEYWORDS_MAASTRICHT],
        },
        CountryMember {
            country: Country::Germany,
            since: Some(day(1993, 11, 1)),
            sources: src![EU_REPUBLICWORLD_1993, EU_MONEYWORDS_MAASTRICHT],
        },
    ],
    country_members_complete: false,
    note: "Cambodia cannot be a member of the EU; the record models it as a cooperation partner. France and Germany are dated from the Union's creation on 1 November 1993, as signatories of the Maastricht Treaty. The United Kingdom, also a signatory, left the Union on 31 January 2020 and is not listed.",
    sources: src![
        EU_PPP_20_YEARS,
        EU_EEAS_CAMBODIA,
        EU_REPUBLICWORLD_1993,
        EU_ASEP_BREXIT
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const EU: Partner = o(Organization::EuropeanUnion);

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "european_union_1997_cooperation_agreement",
        date: EventDate::on(day(1997, 4, 29)),
        kind: EventKind::AgreementSigned,
        partners: &[EU],
        title: "Cooperation Agreement with the European Community",
        summary: "Cambodia and the European Community signed the cooperation agreement that frames their trade, development cooperation and political dialogue; it came into force on 1 November 1999.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_PPP_20_YEARS, EU_PUC_EUROPE_DAY, EU_EEAS_CAMBODIA],
    },
    Event {
        id: "european_union_2001_everything_but_arms",
        date: EventDate::on(year(2001)),
        kind: EventKind::Aid,
        partners: &[EU],
        title: "Duty-free access under Everything But Arms",
        summary: "From 2001 Cambodia exported to the EU under Everything But Arms, the scheme giving the poorest developing countries duty-free, quota-free access to the EU market for all goods except weapons.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_CAMBODIA_DAILY_EBA, EU_AP_2019, EU_ALINEA_2020],
    },
    Event {
        id: "european_union_2019_eba_withdrawal_procedure",
        date: EventDate::on(day(2019, 2, 11)),
        kind: EventKind::Dispute,
        partners: &[EU],
        title: "EU opens procedure to withdraw trade preferences",
        summary: "Citing a deterioration of human rights, labour rights and the rule of law, the European Commission launched the procedure that could suspend Cambodia's Everything But Arms preferences; the government called the decision an extreme injustice.",
        place: Some("Brussels"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_ODC_2019, EU_AP_2019, EU_FRESHNEWS_2019],
    },
    Event {
        id: "european_union_2020_eba_partial_withdrawal_decided",
        date: EventDate::on(day(2020, 2, 12)),
        kind: EventKind::Dispute,
        partners: &[EU],
        title: "EU decides partial withdrawal of EBA preferences",
        summary: "The Commission decided to replace duty-free access with standard tariffs on some garments and footwear and on all travel goods and sugar, about one-fifth (about 1 billion euros) of Cambodia's yearly exports to the EU, with effect from 12 August 2020.",
        place: Some("Brussels"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_ALINEA_2020, EU_PPP_2020, EU_VOA_2020],
    },
    Event {
        id: "european_union_2020_eba_partial_withdrawal_in_force",
        date: EventDate::on(day(2020, 8, 12)),
        kind: EventKind::Dispute,
        partners: &[EU],
        title: "Partial withdrawal of EBA takes effect",
        summary: "The tariffs decided in February took effect, ending duty-free access for the goods concerned while most Cambodian exports kept their preferences.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_CAMBODIA_DAILY_EBA, EU_PPP_2020],
    },
    Event {
        id: "european_union_2022_asean_eu_commemorative_summit",
        date: EventDate::on(day(2022, 12, 14)),
        kind: EventKind::Summit {
            role: SummitRole::Chaired,
        },
        partners: &[EU, o(Organization::Asean)],
        title: "Hun Sen co-chairs the ASEAN-EU Commemorative Summit",
        summary: "As ASEAN Chair, Hun Sen co-chaired with European Council President Charles Michel the summit of ASEAN and EU leaders marking 45 years of relations; leaders committed to work towards a region-to-region free trade agreement.",
        place: Some("Brussels"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![EU_CNG_2022, EU_N1_2022],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &EU_PPP_20_YEARS,
    &EU_PUC_EUROPE_DAY,
    &EU_EEAS_CAMBODIA,
    &EU_CAMBODIA_DAILY_EBA,
    &EU_ODC_2019,
    &EU_AP_2019,
    &EU_FRESHNEWS_2019,
    &EU_ALINEA_2020,
    &EU_PPP_2020,
    &EU_VOA_2020,
    &EU_CNG_2022,
    &EU_N1_2022,
    &EU_MONEYWORDS_MAASTRICHT,
    &EU_REPUBLICWORLD_1993,
    &EU_ASEP_BREXIT,
    &EU_BRUSSELS_WIKI,
    &EU_PLANETEBLEUE_FR,
];
