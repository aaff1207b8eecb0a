//! Cambodia and Russia (and before 1991 the USSR): profile, relation history,
//! missions, agreements and events.

use crate::data::prelude::*;

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Russia,
    short_name_en: "Russia",
    official_name_en: "Russian Federation",
    short_name_fr: "Russie",
    official_name_fr: "Fédération de Russie",
    alpha2: "RU",
    alpha3: "RUS",
    numeric: 643,
    wikidata: Some("Q159"),
    capital: "Moscow",
    region: Region::Europe,
    sub_region: SubRegion::EasternEurope,
    intermediate_region: None,
    languages: &["Russian"],
    currency: "RUB",
    // Rosstat estimate for 1 January 2023, taking the 2021 census into account.
    population: Some(Figure::new(
        146_447_424,
        2023,
        src![RUSSIA_TASS_POPULATION_2023],
    )),
    relation_type: RelationType::WiderWorld,
    aliases: &[
        "Soviet Union",
        "USSR",
        "Union of Soviet Socialist Republics",
        "Union soviétique",
        "URSS",
    ],
    sources: src![UNSD_M49, SEED_WIKI_RUSSIA, RUSSIA_WIKIDATA],
};

const USSR: Option<&str> = Some("Union of Soviet Socialist Republics");

pub(crate) static RELATION: Relation = Relation {
    country: Country::Russia,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1956, 5, 13),
                [
                    SEED_WIKI_RUSSIA,
                    RUSSIA_EMBASSY_65_YEARS,
                    RUSSIA_PPP_65_YEARS_MARKED,
                    RUSSIA_GSE_AGREEMENTS
                ]
            ),
            end: PeriodEnd::Ended(Claims(&[
                DateClaim::preferred(month(1973, 11), src![SEED_WIKI_RUSSIA])
                    .with_note("Wikipedia dates the withdrawal of all Soviet diplomatic staff to November 1973, after which only a few technicians guarded the embassy: relations stopped working then."),
                DateClaim::alternative(
                    year(1975),
                    src![RUSSIA_ASIAT_RELATIONS],
                    "A Russian overview of the relationship says only that relations were interrupted under Democratic Kampuchea (1975-1979); it does not mention the 1973 withdrawal, so the more specific date is preferred.",
                ),
            ])),
            counterpart: USSR,
            cambodian_side: None,
            note: "Relations opened with the Soviet Union a year after Cambodia entered the UN, through notes exchanged on 23 April and 13 May 1956; trade and cultural agreements followed in 1957.",
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_EMBASSY_65_YEARS],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: Claims(&[
                DateClaim::preferred(month(1973, 11), src![SEED_WIKI_RUSSIA])
                    .with_note("Wikipedia dates the withdrawal of all Soviet diplomatic staff to November 1973, after which only a few technicians guarded the embassy: relations stopped working then."),
                DateClaim::alternative(
                    year(1975),
                    src![RUSSIA_ASIAT_RELATIONS],
                    "A Russian overview of the relationship says only that relations were interrupted under Democratic Kampuchea (1975-1979); it does not mention the 1973 withdrawal, so the more specific date is preferred.",
                ),
            ]),
            end: ended!(year(1979), [SEED_WIKI_RUSSIA]),
            counterpart: USSR,
            cambodian_side: None,
            note: "Moscow pulled its diplomats out in November 1973; after April 1975 Democratic Kampuchea turned down a Soviet offer to restore full relations, and its own diplomats left Moscow in September 1977.",
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_ASIAT_RELATIONS],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1979), [SEED_WIKI_RUSSIA, RUSSIA_ASIAT_RELATIONS]),
            end: ended!(month(1991, 12), [RUSSIA_ASIAT_RELATIONS]),
            counterpart: USSR,
            cambodian_side: None,
            note: "Relations resumed with the People's Republic of Kampuchea early in 1979; the Soviet Union gave it substantial economic, military and technical aid through the 1980s.",
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_ASIAT_RELATIONS],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(month(1991, 12), [RUSSIA_ASIAT_RELATIONS]),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "In December 1991 Sihanouk, as chairman of the Supreme National Council, recognised the Russian Federation as the continuator of the USSR; Russia formally recognised the restored Kingdom of Cambodia in 1993.",
            sources: src![RUSSIA_ASIAT_RELATIONS, RUSSIA_EMBASSY_65_YEARS],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_PPP_AGREEMENTS],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Moscow",
            opened: None,
            closed: None,
            sources: src![SEED_WIKI_RUSSIA],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Trade agreement between Cambodia and the USSR",
            kind: AgreementKind::Economic,
            signed: Some(day(1957, 5, 31)),
            in_force: None,
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_PPP_65_YEARS_OVERVIEW, RUSSIA_GSE_AGREEMENTS],
        },
        Agreement {
            title: "Agreement on cultural and scientific cooperation between Cambodia and the USSR",
            kind: AgreementKind::Cooperation,
            signed: Some(day(1957, 5, 31)),
            in_force: None,
            sources: src![SEED_WIKI_RUSSIA, RUSSIA_PPP_65_YEARS_OVERVIEW, RUSSIA_GSE_AGREEMENTS],
        },
    ],
    note: "No named partnership framework (strategic or comprehensive) between Cambodia and Russia was found in the sources read. The Russian embassy counted more than 40 agreements signed over three decades by 2023, but the sources do not list them.",
    sources: src![
        SEED_WIKI_RUSSIA,
        RUSSIA_EMBASSY_65_YEARS,
        RUSSIA_PPP_AGREEMENTS
    ],
};

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "russia_1956_relations_established",
        date: EventDate::on(day(1956, 5, 13)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Russia)],
        title: "Relations established with the Soviet Union",
        summary: "Cambodia and the USSR opened diplomatic relations, one year after Cambodia's admission to the United Nations; the exchange of notes was completed on 13 May.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SEED_WIKI_RUSSIA,
            RUSSIA_EMBASSY_65_YEARS,
            RUSSIA_PPP_65_YEARS_MARKED,
            RUSSIA_GSE_AGREEMENTS
        ],
    },
    Event {
        id: "russia_1957_trade_and_cultural_agreements",
        date: EventDate::on(day(1957, 5, 31)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Russia)],
        title: "First trade and cultural agreements with the USSR",
        summary: "Cambodia and the Soviet Union concluded agreements on trade and payments and on cultural and scientific cooperation, and an agreement for the USSR to build a hospital in Phnom Penh as a gift.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            SEED_WIKI_RUSSIA,
            RUSSIA_PPP_65_YEARS_OVERVIEW,
            RUSSIA_GSE_AGREEMENTS,
            RUSSIA_FRESH_NEWS_2021_HOSPITAL
        ],
    },
    Event {
        id: "russia_1962_institute_of_technology",
        date: EventDate::on(year(1962)),
        kind: EventKind::Aid,
        partners: &[c(Country::Russia)],
        title: "Soviet-funded Institute of Technology of Cambodia",
        summary: "The USSR built and paid for the Institute of Technology of Cambodia.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_1973_personnel_withdrawn",
        date: EventDate::on(month(1973, 11)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Russia)],
        title: "Soviet diplomats withdrawn",
        summary: "Treated as unfriendly by the Khmer Rouge, the Soviet foreign ministry recalled all of its diplomatic staff; only a few technicians stayed to watch over the embassy.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_1977_dk_diplomats_leave_moscow",
        date: EventDate::on(month(1977, 9)),
        kind: EventKind::MissionClosed,
        partners: &[c(Country::Russia)],
        title: "Democratic Kampuchea's diplomats leave Moscow",
        summary: "The diplomats of Democratic Kampuchea quit Moscow without explanation and left the Cambodian embassy building empty.",
        place: Some("Moscow"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_1979_relations_restored",
        date: EventDate::on(year(1979)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Russia)],
        title: "Relations restored with the People's Republic of Kampuchea",
        summary: "Early in 1979 the USSR and the new government in Phnom Penh re-established relations; Soviet economic, military and technical aid followed through the 1980s.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA],
    },
    Event {
        id: "russia_2015_medvedev_visit",
        // The embassy article gives 23-24 November; the Cambodia Daily calls it a
        // three-day visit ending on Tuesday 24 November, so only the month is kept.
        date: EventDate::on(month(2015, 11)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Russia)],
        title: "Visit of Prime Minister Dmitry Medvedev",
        summary: "Russia's prime minister paid a visit to Cambodia described by the Russian embassy as historic, during which a large set of bilateral documents was signed on party ties, information, health, security and culture.",
        place: None,
        exchange: Some(&crate::data::exchanges::RUSSIA_2015_MEDVEDEV_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![RUSSIA_EMBASSY_65_YEARS, RUSSIA_CAMBODIA_DAILY_MEDVEDEV_2015],
    },
    Event {
        id: "russia_2016_sochi_meeting",
        date: EventDate::on(day(2016, 5, 19)),
        kind: EventKind::Talks,
        partners: &[c(Country::Russia)],
        title: "Hun Sen meets Vladimir Putin in Sochi",
        summary: "Prime Minister Hun Sen held talks with President Putin in Sochi, where ASEAN leaders had gathered for the ASEAN-Russia summit.",
        place: Some("Sochi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![SEED_WIKI_RUSSIA, RUSSIA_PPP_65_YEARS_MARKED],
    },
    Event {
        id: "russia_2022_invasion_condemned",
        date: EventDate::on(day(2022, 3, 28)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Russia), c(Country::Ukraine)],
        title: "Hun Sen condemns Russia's invasion of Ukraine",
        summary: "Calling Russia a friend that had once helped Cambodia, Hun Sen said the Kingdom does not support invasions and that its foreign policy rests on the UN Charter and respect for other states' independence and sovereignty.",
        place: None,
        exchange: None,
        principles: &[
            Principle::InternationalLawAndUnCharter,
            Principle::Sovereignty,
            Principle::Independence,
        ],
        tasks: &[],
        sources: src![
            SEED_WIKI_RUSSIA,
            RUSSIA_CAMBODIA_DAILY_REUTERS_2022,
            RUSSIA_PPP_INDISPENSABLE_PARTNER
        ],
    },
    Event {
        id: "russia_2022_lavrov_in_phnom_penh",
        date: EventDate::on(day(2022, 8, 4)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::ForeignMinister,
        },
        partners: &[c(Country::Russia)],
        title: "Sergei Lavrov meets Hun Sen in Phnom Penh",
        summary: "Russia's foreign minister met Prime Minister Hun Sen in Phnom Penh during Cambodia's year as ASEAN chair.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::RUSSIA_2022_LAVROV_IN_PHNOM_PENH),
        principles: &[],
        tasks: &[],
        sources: src![RUSSIA_UCANEWS_ASEAN_AGENDA, RUSSIA_XINHUA_LAVROV_2022],
    },
];

pub(crate) static RUSSIA_TASS_POPULATION_2023: Source = Source {
    id: "russia_tass_population_2023",
    publisher: "TASS",
    title: "Population of Russia as of 1 January 2023, updated by Rosstat with the 2021 census",
    url: "https://tass.com/society/1592011",
    language: "en",
    published: Some(HistDate::day(2023, 3, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_EMBASSY_65_YEARS: Source = Source {
    id: "russia_embassy_65_years_friendship",
    publisher: "Embassy of Russia in Cambodia",
    title: "Russia–Cambodia: 65 Years of Friendship and Mutual Trust (article by Ambassador A. V. Borovik)",
    url: "https://embrusscambodia.mid.ru/-/stat-a-posla-rossii-v-kambodze-a-v-borovika-opublikovannaa-na-novostnom-portale-fres-n-uz-",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static RUSSIA_PPP_65_YEARS_MARKED: Source = Source {
    id: "russia_ppp_65_years_ties_marked",
    publisher: "The Phnom Penh Post",
    title: "Cambodia and Russia mark 65 years of diplomatic ties",
    url: "https://m.phnompenhpost.com/national/cambodia-and-russia-mark-65-years-diplomatic-ties",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_PPP_65_YEARS_OVERVIEW: Source = Source {
    id: "russia_ppp_65_years_overview",
    publisher: "The Phnom Penh Post",
    title: "65 years of Cambodia-Russia relations: An overview",
    url: "https://www.phnompenhpost.com/opinion/65-years-cambodia-russia-relations-overview",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_PPP_INDISPENSABLE_PARTNER: Source = Source {
    id: "russia_ppp_indispensable_partner",
    publisher: "The Phnom Penh Post",
    title: "Russia remains indispensable partner for Cambodia and ASEAN",
    url: "https://phnompenhpost.com/opinion/russia-remains-indispensable-partner-cambodia-and-asean",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_PPP_AGREEMENTS: Source = Source {
    id: "russia_ppp_relations_strengthened_agreements",
    publisher: "The Phnom Penh Post",
    title: "Russian-Cambodian relations strengthened by agreements",
    url: "https://www.phnompenhpost.com/national-politics/russian-cambodian-relations-strengthened-agreements",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_UCANEWS_ASEAN_AGENDA: Source = Source {
    id: "russia_ucanews_ukraine_asean_agenda",
    publisher: "World Catholic News",
    title: "Cambodia puts Ukraine on ASEAN's agenda",
    url: "https://worldcatholicnews.com/cambodia-puts-ukraine-on-aseans-agenda",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("UCA News, \"Cambodia puts Ukraine on ASEAN's agenda\""),
};

pub(crate) static RUSSIA_WIKIDATA: Source = Source {
    id: "russia_wikidata_q159",
    publisher: "Wikidata",
    title: "Russia (Q159)",
    url: "https://www.wikidata.org/wiki/Q159",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static RUSSIA_ASIAT_RELATIONS: Source = Source {
    id: "russia_asiat_russian_cambodian_relations",
    publisher: "Asiat.ru",
    title: "Камбоджа: российско-камбоджийские отношения (Cambodia: Russian-Cambodian relations)",
    url: "http://www.asiat.ru/cambodge.shtml?/infoc/79",
    language: "ru",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static RUSSIA_GSE_AGREEMENTS: Source = Source {
    id: "russia_great_soviet_encyclopedia_agreements",
    publisher: "mdict.net",
    title: "Soviet-Cambodian Agreements",
    url: "http://ed.mdict.net/k2345618.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Great Soviet Encyclopedia, 3rd edition, \"Soviet-Cambodian Agreements\""),
};

pub(crate) static RUSSIA_CAMBODIA_DAILY_MEDVEDEV_2015: Source = Source {
    id: "russia_cambodia_daily_medvedev_visit_2015",
    publisher: "The Cambodia Daily",
    title: "Medvedev Concludes State Visit; Cold War Debt Discussed",
    url: "https://english.cambodiadaily.com/news/medvedev-concludes-state-visit-cold-war-debt-discussed-101249/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static RUSSIA_XINHUA_LAVROV_2022: Source = Source {
    id: "russia_xinhua_hun_sen_meets_lavrov_2022",
    publisher: "Warta Buana",
    title: "PM Kamboja bertemu Menlu Rusia bahas hubungan bilateral (Cambodian PM meets Russian foreign minister on bilateral ties)",
    url: "https://wartabuana.com/berita-global/politik-dan-hukum/pm-kamboja-bertemu-menlu-rusia-bahas-hubungan-bilateral",
    language: "id",
    published: Some(HistDate::day(2022, 8, 5)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua (Indonesian edition), \"PM Kamboja bertemu Menlu Rusia bahas hubungan bilateral\"",
    ),
};

pub(crate) static RUSSIA_CAMBODIA_DAILY_REUTERS_2022: Source = Source {
    id: "russia_reuters_2022_hun_sen_condemns_invasion",
    publisher: "The Cambodia Daily",
    title: "Cambodia PM condemns Russian invasion of Ukraine",
    url: "https://english.cambodiadaily.com/politics/cambodia-pm-condemns-russian-invasion-of-ukraine-177371/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Reuters, \"Cambodia PM condemns Russian invasion of Ukraine\" (2022-03-28)"),
};

pub(crate) static RUSSIA_FRESH_NEWS_2021_HOSPITAL: Source = Source {
    id: "russia_fresh_news_2021_hospital_visit",
    publisher: "Fresh News",
    title: "Report of 9 June 2021 on the Russian ambassador's visit to the Khmer-Soviet Friendship Hospital (headline not shown in the copy read)",
    url: "https://m.en.freshnewsasia.com/index.php/en/localnews/23002-2021-06-09-08-25-18.html",
    language: "en",
    published: Some(HistDate::day(2021, 6, 9)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static SOURCES: &[&Source] = &[
    &RUSSIA_CAMBODIA_DAILY_REUTERS_2022,
    &RUSSIA_FRESH_NEWS_2021_HOSPITAL,
    &RUSSIA_WIKIDATA,
    &RUSSIA_ASIAT_RELATIONS,
    &RUSSIA_GSE_AGREEMENTS,
    &RUSSIA_CAMBODIA_DAILY_MEDVEDEV_2015,
    &RUSSIA_XINHUA_LAVROV_2022,
    &RUSSIA_TASS_POPULATION_2023,
    &RUSSIA_EMBASSY_65_YEARS,
    &RUSSIA_PPP_65_YEARS_MARKED,
    &RUSSIA_PPP_65_YEARS_OVERVIEW,
    &RUSSIA_PPP_INDISPENSABLE_PARTNER,
    &RUSSIA_PPP_AGREEMENTS,
    &RUSSIA_UCANEWS_ASEAN_AGENDA,
];
