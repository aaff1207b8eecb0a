//! Legal instruments with each of their dates: founding charters and
//! declarations of the organizations, Cambodia's accession instruments, the
//! 1993 Constitution and the 1991 Paris Peace Agreements. Converted from the
//! research notes in `docs/research/instruments.toml`, where each date's
//! sources are listed; review the notes beside this file.

use crate::data::organizations::asean::ASEAN_JP_1998_UNCEREMONIOUSLY;
use crate::data::organizations::asean::ASEAN_SEC_CAMBODIA_JOINS;
use crate::data::organizations::asian_development_bank::ADB_UNTS_AGREEMENT;
use crate::data::organizations::asian_infrastructure_investment_bank::AIIB_ARTICLES_SIGNED;
use crate::data::organizations::asian_infrastructure_investment_bank::AIIB_ECNS_RATIFICATION;
use crate::data::organizations::asian_infrastructure_investment_bank::AIIB_ENTRY_INTO_FORCE;
use crate::data::organizations::centrist_democratic_international::CDI_WIKIPEDIA;
use crate::data::organizations::francophonie::OIF_AKP_CMF_2025;
use crate::data::organizations::francophonie::OIF_DIOUF_HOR_NAMHONG;
use crate::data::organizations::international_labour_organization::ILO_PPP_LABOUR_MINISTER;
use crate::data::organizations::international_labour_organization::ILO_PRESSOCM_2019;
use crate::data::organizations::international_monetary_fund::IMF_FINANCIAL_POSITION_2015;
use crate::data::organizations::mekong_lancang_cooperation::MLC_EMBASSY_SANYA_OUTCOMES;
use crate::data::organizations::non_aligned_movement::NAM_VENEZUELA_HISTORY;
use crate::data::organizations::regional_comprehensive_economic_partnership::RCEP_KHMER_TIMES_2021;
use crate::data::organizations::regional_comprehensive_economic_partnership::RCEP_MEDCOM_2021;
use crate::data::organizations::regional_comprehensive_economic_partnership::RCEP_NUS_CIL;
use crate::data::organizations::united_nations::UN_SCR_109;
use crate::data::organizations::world_bank_group::WB_PARTNERSHIP_UPDATE_2013;
use crate::data::organizations::world_trade_organization::WTO_ACCESSIONS_KHM;
use crate::data::organizations::world_trade_organization::WTO_GC_DEADLINE_2004;
use crate::data::organizations::world_trade_organization::WTO_SCOOP_148;
use crate::data::prelude::*;
use crate::data::states::STATES_PARLIAMENT_HISTORY;
use crate::data::states::STATES_UNIVERSALIS_1993;
use crate::instrument::{DateKind, Instrument, InstrumentDate, InstrumentKind};

pub(crate) static IN_DIPLO_UN_CHARTER: Source = Source {
    id: "in_diplo_un_charter",
    publisher: "DiploFoundation",
    title: "United Nations Charter",
    url: "https://www.diplomacy.edu/resource/united-nations-charter/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_POLITICO_2015_UN_COMES_INTO_EXISTENCE: Source = Source {
    id: "in_politico_2015_un_comes_into_existence",
    publisher: "Politico",
    title: "United Nations comes into existence, Oct. 24, 1945",
    url: "https://www.politico.com/story/2015/10/united-nations-comes-into-existence-oct-24-1945-215020",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_MAE_RO_UNITED_NATIONS: Source = Source {
    id: "in_mae_ro_united_nations",
    publisher: "Ministry of Foreign Affairs of Romania",
    title: "The United Nations",
    url: "http://mae.ro/en/node/2055",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_PANORAMA_2013_UN_DAY: Source = Source {
    id: "in_panorama_2013_un_day",
    publisher: "Panorama.am",
    title: "Today is United Nations Day",
    url: "https://panorama.am/en/news/2013/10/24/un-day/418920",
    language: "en",
    published: Some(HistDate::day(2013, 10, 24)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_UN_YEARBOOK_1955_ROSTER: Source = Source {
    id: "in_un_yearbook_1955_roster",
    publisher: "Docslib",
    title: "Appendix I: Roster of the United Nations (as of 31 December 1955)",
    url: "https://docslib.org/download/8829002/as-of-31-december-1955",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, Yearbook of the United Nations 1955, Appendix I"),
};

pub(crate) static IN_ASEAN_1967_FIRST_AMM_PRESS_RELEASE: Source = Source {
    id: "in_asean_1967_first_amm_press_release",
    publisher: "ASEAN Secretariat",
    title: "Joint Press Release of the First ASEAN Ministerial Meeting, Bangkok, 8 August 1967",
    url: "https://asean.org/?static_post=joint-press-release-of-the-first-asean-ministerial-meeting-bangkok-8-august-1967",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_ASEAN_BANGKOK_DECLARATION_TEXT: Source = Source {
    id: "in_asean_bangkok_declaration_text",
    publisher: "ASEAN Secretariat",
    title: "The ASEAN Declaration (Bangkok Declaration), Bangkok, 8 August 1967",
    url: "https://asean.or.id/general/publication/tpfp_02.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_THAI_MFA_BIRTH_OF_ASEAN: Source = Source {
    id: "in_thai_mfa_birth_of_asean",
    publisher: "Ministry of Foreign Affairs of Thailand",
    title: "The Birth of ASEAN",
    url: "https://asean.mfa.go.th/en/page/62206-the-birth-of-asean?menu=5d68abb115e39c1b9c05d33d",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_THAI_DLA_ASEAN_CHARTER: Source = Source {
    id: "in_thai_dla_asean_charter",
    publisher: "Department of Local Administration of Thailand",
    title: "ASEAN Charter",
    url: "http://asean.dla.go.th/public/article.do?lv2Index=75&lang=en&random=1719326424856",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_CCHR_ASEAN_CHARTER_FACTSHEET: Source = Source {
    id: "in_cchr_asean_charter_factsheet",
    publisher: "Cambodian Center for Human Rights",
    title: "Charter of the Association of Southeast Asian Nations (ASEAN) (factsheet)",
    url: "https://www.cchrcambodia.org/public/index.php/en/publications/factsheets/166",
    language: "en",
    published: Some(HistDate::day(2011, 11, 3)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static IN_SPUTNIK_2007_ASEAN_CHARTER_SIGNED: Source = Source {
    id: "in_sputnik_2007_asean_charter_signed",
    publisher: "Sputnik (RIA Novosti)",
    title: "ASEAN leaders sign historic charter (Jakarta, 20 November 2007)",
    url: "https://sputnikglobe.com/20071120/88849739.html",
    language: "en",
    published: Some(HistDate::day(2007, 11, 20)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_WIKIPEDIA_ASEAN_CHARTER: Source = Source {
    id: "in_wikipedia_asean_charter",
    publisher: "Wikipedia",
    title: "ASEAN Charter",
    url: "https://en.wikipedia.org/wiki/ASEAN_Charter",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_PIPIWIKI_ASEAN_CHARTER_RATIFICATIONS: Source = Source {
    id: "in_pipiwiki_asean_charter_ratifications",
    publisher: "Pipiwiki",
    title: "ASEAN Charter",
    url: "https://pipiwiki.com/wiki/ASEAN_Charter",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipedia, ASEAN Charter"),
};

pub(crate) static IN_ASEAN_1999_PROTOCOL_ACCESSION_AGREEMENTS: Source = Source {
    id: "in_asean_1999_protocol_accession_agreements",
    publisher: "ASEAN Secretariat",
    title: "Protocol for the Accession of the Kingdom of Cambodia to ASEAN Agreements, Ha Noi, 30 April 1999",
    url: "https://www.asean.or.id/2097.htm",
    language: "en",
    published: Some(HistDate::day(1999, 4, 30)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_ASEAN_TEN_1999: Source = Source {
    id: "in_asean_ten_1999",
    publisher: "ASEAN Secretariat",
    title: "ASEAN Ten",
    url: "https://asean.or.id/10075.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_CFR_TREATY_ON_EUROPEAN_UNION: Source = Source {
    id: "in_cfr_treaty_on_european_union",
    publisher: "Council on Foreign Relations",
    title: "Treaty on the European Union (primary sources)",
    url: "http://www.cfr.org/eu/treaty-european-union/p19815",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_WIKISOURCE_TREATY_ON_EUROPEAN_UNION: Source = Source {
    id: "in_wikisource_treaty_on_european_union",
    publisher: "Wikisource",
    title: "Treaty on European Union",
    url: "https://en.m.wikisource.org/wiki/Treaty_on_European_Union",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_SANMARINORTV_MAASTRICHT: Source = Source {
    id: "in_sanmarinortv_maastricht",
    publisher: "San Marino RTV",
    title: "7 febbraio 1992: firmato il Trattato di Maastricht",
    url: "https://sanmarinortv.sm/news/mondo-c8/7-febbraio-1992-firmato-trattato-maastricht-a167596",
    language: "it",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE: Source = Source {
    id: "in_textile_future_2019_marrakesh_milestone",
    publisher: "Textile Future",
    title: "Marrakesh milestone: 25th anniversary of the WTO's founding agreements",
    url: "https://textile-future.com/archives/22521",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "World Trade Organization, news item on the 25th anniversary of the Marrakesh signing",
    ),
};

pub(crate) static IN_FREIGHTNEWS_2019_WTO_25_YEARS: Source = Source {
    id: "in_freightnews_2019_wto_25_years",
    publisher: "Freight News",
    title: "Report on the 25th anniversary of the Marrakesh Agreement (Riaan de Lange)",
    url: "https://freightnews.co.za/node/147604",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_POULTRYTIMES_WTO_20_YEARS: Source = Source {
    id: "in_poultrytimes_wto_20_years",
    publisher: "Poultry Times",
    title: "WTO celebrates 20 years",
    url: "https://www.poultrytimes.com/wto-celebrates-20-years/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_WTOCENTER_MARRAKESH_DECLARATION: Source = Source {
    id: "in_wtocenter_marrakesh_declaration",
    publisher: "WTO Center (VCCI)",
    title: "Marrakesh Declaration of 15 April 1994",
    url: "http://wtocenter.vn/wto/legal-documents/marrakesh-declaration-15-april-1994",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("World Trade Organization, Marrakesh Declaration of 15 April 1994 (legal text)"),
};

pub(crate) static IN_WTO_CASE_STUDY_8_CAMBODIA: Source = Source {
    id: "in_wto_case_study_8_cambodia",
    publisher: "World Trade Organization",
    title: "Managing the Challenges of WTO Participation, Case Study 8: Cambodia's Accession to the WTO (Samnang Chea and Hach Sok)",
    url: "https://www.wto.org/english/res_e/booksp_e/casestudies_e/case8_e.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Scholarly,
    copy_of: None,
};

pub(crate) static IN_ADB_ARCHIVES_GALLERY_BROCHURE: Source = Source {
    id: "in_adb_archives_gallery_brochure",
    publisher: "Docslib",
    title: "The ADB Archives Gallery (brochure)",
    url: "https://docslib.org/doc/1431266/adb-archives-gallery-brochure",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Asian Development Bank, ADB Archives Gallery brochure"),
};

pub(crate) static IN_ADB_HISTORY: Source = Source {
    id: "in_adb_history",
    publisher: "Asian Development Bank",
    title: "ADB History",
    url: "http://www.adb.org/about/history",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_IMF_HISTORY_1966_1971_ARTICLES: Source = Source {
    id: "in_imf_history_1966_1971_articles",
    publisher: "International Monetary Fund",
    title: "IMF History (1966-1971) Volume 2: Articles of Agreement",
    url: "https://www.elibrary.imf.org/view/IMF071/14680-9781451979275/14680-9781451979275/ch06.xml",
    language: "en",
    published: Some(HistDate::month(1996, 2)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_IMF_2019_CAMBODIA_ARTICLE_IV_ANNEX: Source = Source {
    id: "in_imf_2019_cambodia_article_iv_annex",
    publisher: "International Monetary Fund",
    title: "Cambodia: Staff Report for the 2019 Article IV Consultation, Informational Annex (Fund Relations)",
    url: "https://www.elibrary.imf.org/view/journals/002/2019/387/article-A002-en.xml",
    language: "en",
    published: Some(HistDate::year(2019)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_WORLDBANK_TIMELINE_ARTICLES_1945: Source = Source {
    id: "in_worldbank_timeline_articles_1945",
    publisher: "World Bank",
    title: "World Bank Group Timeline: December 27, 1945, World Bank's Articles of Agreement enter into force",
    url: "http://timeline.worldbank.org/event/1601",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_WORLDBANK_ARTICLES_OF_AGREEMENT_PAGE: Source = Source {
    id: "in_worldbank_articles_of_agreement_page",
    publisher: "World Bank",
    title: "Articles of Agreement (World Bank Group governing documents)",
    url: "http://web.worldbank.org/WBSITE/EXTERNAL/EXTABOUTUS/ORGANIZATION/BODEXT/0,,contentMDK:50004943~menuPK:64020045~pagePK:64020054~piPK:64020408~theSitePK:278036,00.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_UN_ILIBRARY_IBRD: Source = Source {
    id: "in_un_ilibrary_ibrd",
    publisher: "United Nations",
    title: "The International Bank for Reconstruction and Development (Bank) (Yearbook of the United Nations chapter)",
    url: "https://www.un-ilibrary.org/content/books/9789210602198s004-c006",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_ILO_LIBRARY_HISTORY_1919: Source = Source {
    id: "in_ilo_library_history_1919",
    publisher: "International Labour Organization",
    title: "History of the ILO: Founding of the International Labour Organization (ILO Library resource guide)",
    url: "https://www.ilo.org/legacy/english/lib/century/index.htm",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_US_TREATIES_ILO_CONSTITUTION: Source = Source {
    id: "in_us_treaties_ilo_constitution",
    publisher: "vdocuments.net",
    title: "International Labor Organization Constitution (page of a United States treaty compilation)",
    url: "https://vdocuments.net/international-labor-organization-international-labor-organization-constitution.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "United States Department of State, Treaties and Other International Agreements of the United States of America 1776-1949 (Bevans)",
    ),
};

pub(crate) static IN_AIIB_2016_INAUGURAL_CEREMONY: Source = Source {
    id: "in_aiib_2016_inaugural_ceremony",
    publisher: "Asian Infrastructure Investment Bank",
    title: "The Asian Infrastructure Investment Bank Inaugural Ceremony (speech by President Jin Liqun, Beijing, 16 January 2016)",
    url: "https://www.aiib.org/en/news-events/news/2016/The-Asian-Infrastructure-Investment-Bank-Inaugural-Ceremony.html",
    language: "en",
    published: Some(HistDate::day(2016, 1, 19)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_VERDRAGEN_AIIB_ARTICLES: Source = Source {
    id: "in_verdragen_aiib_articles",
    publisher: "Government of the Netherlands, Treaty Database",
    title: "Articles of Agreement of the Asian Infrastructure Investment Bank: parties",
    url: "https://verdragen.nl/en/Treaty/Details/013207_p.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_MARKETSCREENER_2021_RCEP_JAPAN: Source = Source {
    id: "in_marketscreener_2021_rcep_japan",
    publisher: "MarketScreener",
    title: "The Regional Comprehensive Economic Partnership (RCEP) Agreement will enter into force on January 1, 2022",
    url: "https://www.marketscreener.com/news/latest/The-Regional-Comprehensive-Economic-Partnership-RCEP-Agreement-will-enter-into-force-on-January-1--36892848/?utm_medium=RSS&utm_content=20211104",
    language: "en",
    published: Some(HistDate::day(2021, 11, 4)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Government of Japan (Economic Partnership Division, Trade Policy Bureau), announcement of 3 November 2021",
    ),
};

pub(crate) static IN_JETRO_2021_CAMBODIA_RCEP_RATIFICATION: Source = Source {
    id: "in_jetro_2021_cambodia_rcep_ratification",
    publisher: "Japan External Trade Organization (JETRO)",
    title: "カンボジア、RCEP協定の批准および寄託手続きが完了 (Cambodia completes ratification and deposit of the RCEP Agreement)",
    url: "https://www.jetro.go.jp/biznews/2021/10/28c042fdb0b9eecc.html",
    language: "ja",
    published: Some(HistDate::day(2021, 10, 26)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_GOVCN_2005_EAS_DECLARATION: Source = Source {
    id: "in_govcn_2005_eas_declaration",
    publisher: "GOV.cn (Central People's Government of the People's Republic of China)",
    title: "East Asia Summit shoulders regional aspirations",
    url: "http://www.gov.cn/english/2005-12/15/content_127738.htm",
    language: "en",
    published: Some(HistDate::day(2005, 12, 15)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua"),
};

pub(crate) static IN_GRIPS_2005_EAS1_CHAIRMAN_STATEMENT: Source = Source {
    id: "in_grips_2005_eas1_chairman_statement",
    publisher: "\"The World and Japan\" Database (GRIPS / University of Tokyo)",
    title: "Chairman's Statement of the First East Asia Summit, Kuala Lumpur, 14 December 2005",
    url: "http://www.ioc.u-tokyo.ac.jp/~worldjpn/documents/texts/eastasia/20051214.O1E.html",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("ASEAN Secretariat"),
};

pub(crate) static IN_REDIFF_2005_EAS_ENDS: Source = Source {
    id: "in_rediff_2005_eas_ends",
    publisher: "Rediff",
    title: "East Asia Summit ends with high optimism",
    url: "http://rediff.com/money/2005/dec/14asean2.htm",
    language: "en",
    published: Some(HistDate::day(2005, 12, 14)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_ASEMINFOBOARD_ASEM1: Source = Source {
    id: "in_aseminfoboard_asem1",
    publisher: "ASEM InfoBoard",
    title: "1st ASEM Summit (ASEM1)",
    url: "https://www.aseminfoboard.org/events/1st-asem-summit-asem1",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_ASEF_ASEM_HISTORY: Source = Source {
    id: "in_asef_asem_history",
    publisher: "Asia-Europe Foundation",
    title: "Asia-Europe Meeting (ASEM)",
    url: "https://asef.org/blog/history/asia-europe-meeting-asem/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_MOFA_JAPAN_ASEM_HISTORY: Source = Source {
    id: "in_mofa_japan_asem_history",
    publisher: "Ministry of Foreign Affairs of Japan",
    title: "The Asia-Europe Meeting (ASEM)",
    url: "https://www.mofa.go.jp/policy/economy/asem/history.html",
    language: "en",
    published: Some(HistDate::day(2023, 7, 26)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_SCRIBD_BELGRADE_DECLARATION_1961: Source = Source {
    id: "in_scribd_belgrade_declaration_1961",
    publisher: "Scribd",
    title: "01st Summit of the Non-Aligned Movement: Final Document (Belgrade Declaration)",
    url: "https://www.scribd.com/document/680574769/01st-Summit-of-the-Non-Aligned-Movement-Final-Document-Belgrade-Declaration",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Declaration of the Heads of State or Government of Non-Aligned Countries, Belgrade, 6 September 1961",
    ),
};

pub(crate) static IN_WIKIPEDIA_NAM_1ST_SUMMIT: Source = Source {
    id: "in_wikipedia_nam_1st_summit",
    publisher: "Wikipedia",
    title: "1st Summit of the Non-Aligned Movement",
    url: "https://en.wikipedia.org/wiki/1st_Summit_of_the_Non-Aligned_Movement",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IN_ELYSEE_NIAMEY_CONVENTION_1970: Source = Source {
    id: "in_elysee_niamey_convention_1970",
    publisher: "Présidence de la République française",
    title: "Convention relative à l'agence de coopération culturelle et technique (ACCT), Niamey (Niger), 20 mars 1970",
    url: "https://www.presidence-de-la-republique.fr/hist/10/pres/franco/niamey1970.html",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_SWISS_SR_0_440_7: Source = Source {
    id: "in_swiss_sr_0_440_7",
    publisher: "Swiss Federal Chancellery (Fedlex, classified compilation)",
    title: "0.440.7 Convenzione relativa all'Agenzia di cooperazione culturale e tecnica, conclusa a Niamey il 20 marzo 1970",
    url: "https://www.admin.ch/opc/it/classified-compilation/19700069/index.html",
    language: "it",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_TV5MONDE_NIAMEY_BERCEAU: Source = Source {
    id: "in_tv5monde_niamey_berceau",
    publisher: "TV5Monde",
    title: "Niamey, berceau de la Francophonie intergouvernementale",
    url: "http://focus.tv5monde.com/symboles-niger/niamey-berceau-de-francophonie-intergouvernementale/",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_FRWIKI_ACCT: Source = Source {
    id: "in_frwiki_acct",
    publisher: "wiki.x.io",
    title: "Agence de coopération culturelle et technique",
    url: "http://fr.m.wiki.x.io/wiki/ACCT",
    language: "fr",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Wikipédia (fr), Agence de coopération culturelle et technique"),
};

pub(crate) static IN_CHINAORG_2016_SANYA_DECLARATION: Source = Source {
    id: "in_chinaorg_2016_sanya_declaration",
    publisher: "China.org.cn",
    title: "Full text: Sanya Declaration of the First Lancang-Mekong Cooperation (LMC) Leaders' Meeting",
    url: "http://www.china.org.cn/china/Off_the_Wire/2016-03/23/content_38096975.htm",
    language: "en",
    published: Some(HistDate::day(2016, 3, 23)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua"),
};

pub(crate) static IN_CRI_2016_LMC_SENIOR_OFFICIALS: Source = Source {
    id: "in_cri_2016_lmc_senior_officials",
    publisher: "China Radio International",
    title: "Third Lancang-Mekong Cooperation Senior Officials' Meeting held in Sanya (untitled in the copy read)",
    url: "http://filipino.cri.cn/301/2016/02/26/106s141973.htm",
    language: "fil",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IN_CDI_HISTORY: Source = Source {
    id: "in_cdi_history",
    publisher: "Centrist Democrat International",
    title: "History",
    url: "https://idc-cdi.com/en/history/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_CCC_CONSTITUTION_TEXT: Source = Source {
    id: "in_ccc_constitution_text",
    publisher: "Constitutional Council of the Kingdom of Cambodia",
    title: "The Constitution of the Kingdom of Cambodia (unofficial translation)",
    url: "https://constitution.ccc.gov.kh/index-en.php",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IN_CNV_2020_CONSTITUTION_27TH_ANNIVERSARY: Source = Source {
    id: "in_cnv_2020_constitution_27th_anniversary",
    publisher: "Cambodia New Vision",
    title: "Cambodian PM congratulates 27th anniversary of promulgation of national constitution",
    url: "http://cnv.org.kh/cambodian-pm-congratulates-27th-anniversary-promulgation-national-constitution/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("Agence Kampuchea Presse"),
};

pub(crate) static IN_UN_A46_608_PARIS_AGREEMENTS: Source = Source {
    id: "in_un_a46_608_paris_agreements",
    publisher: "Docslib",
    title: "UN document A/46/608-S/23177: Letter dated 30 October 1991 from the Permanent Representatives of France and Indonesia transmitting the Paris agreements",
    url: "https://docslib.org/doc/8456975/general-assembly-security-council-distr-general",
    language: "en",
    published: Some(HistDate::day(1991, 10, 30)),
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, document A/46/608-S/23177"),
};

pub(crate) static IN_UNTS_1663_PARIS_AGREEMENTS: Source = Source {
    id: "in_unts_1663_paris_agreements",
    publisher: "Yumpu",
    title: "PPAC in English (United Nations Treaty Series vol. 1663, No. 28613)",
    url: "https://www.yumpu.com/en/document/view/50034904/ppac-in-english-khmer-krom",
    language: "en",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some("United Nations, Treaty Series vol. 1663, No. 28613 (1992)"),
};

pub(crate) static IN_ZAKI_PARIS_AGREEMENT_RU: Source = Source {
    id: "in_zaki_paris_agreement_ru",
    publisher: "zaki.ru",
    title: "Russian text of the Agreement on a Comprehensive Political Settlement of the Cambodia Conflict (page 5)",
    url: "https://zaki.ru/pagesnew.php?id=1213&page=5",
    language: "ru",
    published: None,
    retrieved: Some(HistDate::month(2026, 12)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Agreement on a Comprehensive Political Settlement of the Cambodia Conflict, Paris, 23 October 1991 (Russian authentic text)",
    ),
};

/// Every instrument, founding instruments first.
pub(crate) static INSTRUMENTS: &[Instrument] = &[
    Instrument {
        id: "un_charter",
        name: "Charter of the United Nations",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::UnitedNations)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1945, 6, 26),
                sources: src![
                    IN_MAE_RO_UNITED_NATIONS,
                    IN_DIPLO_UN_CHARTER,
                    IN_POLITICO_2015_UN_COMES_INTO_EXISTENCE
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1945, 10, 24),
                sources: src![
                    IN_MAE_RO_UNITED_NATIONS,
                    IN_DIPLO_UN_CHARTER,
                    IN_POLITICO_2015_UN_COMES_INTO_EXISTENCE
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1945, 10, 24),
                sources: src![IN_PANORAMA_2013_UN_DAY, IN_MAE_RO_UNITED_NATIONS],
            },
        ],
        note: "Signed by the fifty states at the San Francisco conference (Poland signed later as an original member); in force once the five permanent Council members and most other signatories had ratified, which is when the UN formally came into being. United Nations Day, 24 October, marks that entry into force, so the UN's own anniversary and the entry into force coincide. A low-grade timeline page says the conference adopted the text on 25 June, a day before signature; not confirmed, so adopted is left empty. No un.org page was found in the search store. The crate's founded (1945-06-26) is the signing date; under the new rule it becomes 1945-10-24.",
        sources: src![
            IN_MAE_RO_UNITED_NATIONS,
            IN_DIPLO_UN_CHARTER,
            IN_POLITICO_2015_UN_COMES_INTO_EXISTENCE,
            IN_PANORAMA_2013_UN_DAY
        ],
    },
    Instrument {
        id: "asean_bangkok_declaration",
        name: "ASEAN Declaration (Bangkok Declaration)",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::Asean)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1967, 8, 8),
                sources: src![
                    IN_ASEAN_1967_FIRST_AMM_PRESS_RELEASE,
                    IN_ASEAN_BANGKOK_DECLARATION_TEXT,
                    IN_THAI_MFA_BIRTH_OF_ASEAN
                ],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1967, 8, 8),
                sources: src![
                    IN_ASEAN_BANGKOK_DECLARATION_TEXT,
                    IN_THAI_MFA_BIRTH_OF_ASEAN
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1967, 8, 8),
                sources: src![
                    IN_ASEAN_1967_FIRST_AMM_PRESS_RELEASE,
                    IN_THAI_MFA_BIRTH_OF_ASEAN,
                    IN_CCHR_ASEAN_CHARTER_FACTSHEET
                ],
            },
        ],
        note: "A declaration of five foreign ministers, not a treaty: no ratification and no entry into force. The first ministerial meeting's press release says the ministers adopted it and thereby announced the association's formation, and ASEAN and Thailand date ASEAN from that day. in_force stays empty; the crate's founded (1967-08-08) should be kept as the organization's own founding date, with the Charter below recorded as a later constituent instrument.",
        sources: src![
            IN_ASEAN_1967_FIRST_AMM_PRESS_RELEASE,
            IN_ASEAN_BANGKOK_DECLARATION_TEXT,
            IN_THAI_MFA_BIRTH_OF_ASEAN,
            IN_CCHR_ASEAN_CHARTER_FACTSHEET
        ],
    },
    Instrument {
        id: "asean_charter",
        name: "Charter of the Association of Southeast Asian Nations",
        kind: InstrumentKind::Constitution,
        subject: Some(Partner::Organization(Organization::Asean)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: month(2007, 11),
                sources: src![IN_THAI_DLA_ASEAN_CHARTER, IN_WIKIPEDIA_ASEAN_CHARTER],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2007, 11, 20),
                sources: src![
                    IN_SPUTNIK_2007_ASEAN_CHARTER_SIGNED,
                    IN_WIKIPEDIA_ASEAN_CHARTER
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(2008, 12, 15),
                sources: src![IN_THAI_DLA_ASEAN_CHARTER, IN_CCHR_ASEAN_CHARTER_FACTSHEET],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1967, 8, 8),
                sources: src![IN_CCHR_ASEAN_CHARTER_FACTSHEET],
            },
        ],
        note: "Adopted and signed by the leaders at the 13th ASEAN Summit in Singapore (a same-day RIA Novosti report confirms the signing on 20 November 2007); in force after all ten members had deposited ratifications. It gave ASEAN legal personality but did not found it, so it is modelled as the constitution of an existing body. Cambodia: National Assembly approval 25 February 2008 and deposit 18 April 2008, according to Wikipedia's ratification table (read in a mirror, reference only; not checked against the ASEAN Secretariat).",
        sources: src![
            IN_THAI_DLA_ASEAN_CHARTER,
            IN_WIKIPEDIA_ASEAN_CHARTER,
            IN_SPUTNIK_2007_ASEAN_CHARTER_SIGNED,
            IN_CCHR_ASEAN_CHARTER_FACTSHEET,
            IN_PIPIWIKI_ASEAN_CHARTER_RATIFICATIONS
        ],
    },
    Instrument {
        id: "eu_maastricht_treaty",
        name: "Treaty on European Union (Maastricht Treaty)",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::EuropeanUnion)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1992, 2, 7),
                sources: src![
                    IN_CFR_TREATY_ON_EUROPEAN_UNION,
                    IN_WIKISOURCE_TREATY_ON_EUROPEAN_UNION,
                    IN_SANMARINORTV_MAASTRICHT
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1993, 11, 1),
                sources: src![
                    IN_CFR_TREATY_ON_EUROPEAN_UNION,
                    IN_WIKISOURCE_TREATY_ON_EUROPEAN_UNION,
                    IN_SANMARINORTV_MAASTRICHT
                ],
            },
        ],
        note: "Signed by the twelve Community members at Maastricht; by it they established the Union, which came into being when the treaty entered into force after all had ratified. The crate's founded (1992-02-07) is the signing date; under the new rule it becomes 1993-11-01, which the crate's own EU note already uses for the partner countries' start. No europa.eu or EUR-Lex page turned up in the search store, so the sources are a think-tank reproduction, Wikisource and a broadcaster; all agree.",
        sources: src![
            IN_CFR_TREATY_ON_EUROPEAN_UNION,
            IN_WIKISOURCE_TREATY_ON_EUROPEAN_UNION,
            IN_SANMARINORTV_MAASTRICHT
        ],
    },
    Instrument {
        id: "wto_marrakesh_agreement",
        name: "Marrakesh Agreement Establishing the World Trade Organization",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::WorldTradeOrganization)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1994, 4, 15),
                sources: src![
                    IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE,
                    IN_WTOCENTER_MARRAKESH_DECLARATION,
                    IN_FREIGHTNEWS_2019_WTO_25_YEARS
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1995, 1, 1),
                sources: src![
                    IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE,
                    IN_FREIGHTNEWS_2019_WTO_25_YEARS,
                    IN_POULTRYTIMES_WTO_20_YEARS
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1995, 1, 1),
                sources: src![IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE],
            },
        ],
        note: "Signed by ministers of most of the 123 participating governments at the closing meeting of the Uruguay Round in Marrakesh (12-15 April 1994); the WTO came into being when the agreement entered into force. The crate's founded (1995-01-01) already agrees. The WTO's own anniversary notices are read through reprints; no wto.org page on the signing was found.",
        sources: src![
            IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE,
            IN_WTOCENTER_MARRAKESH_DECLARATION,
            IN_FREIGHTNEWS_2019_WTO_25_YEARS,
            IN_POULTRYTIMES_WTO_20_YEARS
        ],
    },
    Instrument {
        id: "adb_agreement",
        name: "Agreement Establishing the Asian Development Bank",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::AsianDevelopmentBank)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1965, 12, 4),
                sources: src![ADB_UNTS_AGREEMENT, IN_ADB_ARCHIVES_GALLERY_BROCHURE],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1965, 12, 4),
                sources: src![IN_ADB_ARCHIVES_GALLERY_BROCHURE, ADB_UNTS_AGREEMENT],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1966, 8, 22),
                sources: src![IN_ADB_ARCHIVES_GALLERY_BROCHURE, ADB_UNTS_AGREEMENT],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1966, 12, 19),
                sources: src![IN_ADB_HISTORY],
            },
        ],
        note: "Adopted unanimously by the Manila conference of plenipotentiaries (2-4 December 1965) and opened for signature the same day; it stayed open for signature at ECAFE in Bangkok until 31 January 1966, with the UN Secretary-General as depositary. ADB's archives brochure dates its entry into force to 22 August 1966, the day the UN registered it ex officio. The inaugural Board of Governors met in Tokyo in November 1966 and ADB's own history says the bank opened in Manila on 19 December 1966 with 31 members. The crate's founded (1966-12-19) is that opening date; under the new rule it becomes 1966-08-22, with 19 December kept as the date ADB gives for its opening.",
        sources: src![
            ADB_UNTS_AGREEMENT,
            IN_ADB_ARCHIVES_GALLERY_BROCHURE,
            IN_ADB_HISTORY
        ],
    },
    Instrument {
        id: "imf_articles",
        name: "Articles of Agreement of the International Monetary Fund",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::InternationalMonetaryFund,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1944, 7, 22),
                sources: src![IN_IMF_HISTORY_1966_1971_ARTICLES],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1945, 12, 27),
                sources: src![IN_IMF_HISTORY_1966_1971_ARTICLES],
            },
        ],
        note: "Adopted at the Bretton Woods conference and in force once enough signatories (by quota) had ratified; the Fund's own history gives both dates. The crate's founded (1945-12-27) already agrees.",
        sources: src![IN_IMF_HISTORY_1966_1971_ARTICLES],
    },
    Instrument {
        id: "ibrd_articles",
        name: "Articles of Agreement of the International Bank for Reconstruction and Development",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::WorldBankGroup)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: month(1944, 7),
                sources: src![IN_WORLDBANK_ARTICLES_OF_AGREEMENT_PAGE, IN_UN_ILIBRARY_IBRD],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1945, 12, 27),
                sources: src![
                    IN_WORLDBANK_TIMELINE_ARTICLES_1945,
                    IN_WORLDBANK_ARTICLES_OF_AGREEMENT_PAGE,
                    IN_UN_ILIBRARY_IBRD
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1945, 12, 27),
                sources: src![IN_WORLDBANK_TIMELINE_ARTICLES_1945],
            },
        ],
        note: "Drawn up at the Bretton Woods conference (1-22 July 1944); the World Bank's timeline says the IBRD was officially created when enough governments signed in Washington on 27 December 1945, the date its Articles took effect. It began operations on 25 June 1946 (UN Yearbook). The group's other members have their own instruments (IDA Articles in force 24 September 1960, per the same World Bank page). The crate's founded (1944) is the conference year; under the new rule it becomes 1945-12-27.",
        sources: src![
            IN_WORLDBANK_ARTICLES_OF_AGREEMENT_PAGE,
            IN_UN_ILIBRARY_IBRD,
            IN_WORLDBANK_TIMELINE_ARTICLES_1945
        ],
    },
    Instrument {
        id: "ilo_constitution",
        name: "Constitution of the International Labour Organization (Part XIII of the Treaty of Versailles)",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::InternationalLabourOrganization,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: month(1919, 4),
                sources: src![IN_ILO_LIBRARY_HISTORY_1919],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1919, 6, 28),
                sources: src![IN_US_TREATIES_ILO_CONSTITUTION, IN_ILO_LIBRARY_HISTORY_1919],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1920, 1, 10),
                sources: src![IN_US_TREATIES_ILO_CONSTITUTION],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: year(1919),
                sources: src![IN_ILO_LIBRARY_HISTORY_1919],
            },
        ],
        note: "The Peace Conference's labour commission text was adopted in April 1919 (the ILO library says on 11 and 28 April) and became Part XIII of the Treaty of Versailles, signed on 28 June 1919; it took effect with that treaty on 10 January 1920 (date from a US treaty compilation, read through a copy). The ILO counts itself founded in 1919 and held its centenary in 2019. The crate's founded (1919) is the organization's own year; under the new rule 'founded' would be 1920-01-10, with 1919 kept as organization_counts_founding_from.",
        sources: src![
            IN_ILO_LIBRARY_HISTORY_1919,
            IN_US_TREATIES_ILO_CONSTITUTION,
            ILO_PRESSOCM_2019
        ],
    },
    Instrument {
        id: "aiib_articles",
        name: "Articles of Agreement of the Asian Infrastructure Investment Bank",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::AsianInfrastructureInvestmentBank,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(2015, 5, 22),
                sources: src![AIIB_ARTICLES_SIGNED],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2015, 6, 29),
                sources: src![AIIB_ARTICLES_SIGNED, AIIB_ENTRY_INTO_FORCE],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(2015, 12, 25),
                sources: src![AIIB_ENTRY_INTO_FORCE],
            },
        ],
        note: "Final text adopted by the 5th Chief Negotiators' Meeting in Singapore; opened for signature and signed by 50 prospective founding members in Beijing; in force once 17 signatories holding 50.1 percent of the shares had ratified (China's foreign ministry is depositary). The bank was inaugurated and declared open for business at the Board of Governors' meeting in Beijing on 16 January 2016. The crate's founded (2015-06-29) is the signing date; under the new rule it becomes 2015-12-25.",
        sources: src![
            AIIB_ARTICLES_SIGNED,
            AIIB_ENTRY_INTO_FORCE,
            IN_AIIB_2016_INAUGURAL_CEREMONY
        ],
    },
    Instrument {
        id: "rcep_agreement",
        name: "Regional Comprehensive Economic Partnership Agreement",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::RegionalComprehensiveEconomicPartnership,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2020, 11, 15),
                sources: src![RCEP_NUS_CIL, RCEP_KHMER_TIMES_2021],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(2022, 1, 1),
                sources: src![IN_MARKETSCREENER_2021_RCEP_JAPAN, RCEP_MEDCOM_2021],
            },
        ],
        note: "Signed by trade ministers of the 15 states at the 4th RCEP Summit, held by video from Hanoi. It enters into force 60 days after six ASEAN and three non-ASEAN signatories have deposited with the ASEAN Secretary-General; that threshold was reached on 2 November 2021, so it took effect on 1 January 2022 for the first ten (Cambodia among them), later for others. The crate's founded (2020-11-15) is the signing date; under the new rule it becomes 2022-01-01.",
        sources: src![
            RCEP_NUS_CIL,
            RCEP_KHMER_TIMES_2021,
            IN_MARKETSCREENER_2021_RCEP_JAPAN,
            RCEP_MEDCOM_2021
        ],
    },
    Instrument {
        id: "eas_kuala_lumpur_declaration",
        name: "Kuala Lumpur Declaration on the East Asia Summit",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::EastAsiaSummit)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(2005, 12, 14),
                sources: src![IN_GOVCN_2005_EAS_DECLARATION, IN_REDIFF_2005_EAS_ENDS],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2005, 12, 14),
                sources: src![IN_GOVCN_2005_EAS_DECLARATION, IN_REDIFF_2005_EAS_ENDS],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(2005, 12, 14),
                sources: src![IN_GRIPS_2005_EAS1_CHAIRMAN_STATEMENT],
            },
        ],
        note: "Signed by the sixteen leaders at the first East Asia Summit in Kuala Lumpur. A leaders' declaration, not a treaty: no entry into force. The crate's founded (2005-12-14) agrees.",
        sources: src![
            IN_GOVCN_2005_EAS_DECLARATION,
            IN_REDIFF_2005_EAS_ENDS,
            IN_GRIPS_2005_EAS1_CHAIRMAN_STATEMENT
        ],
    },
    Instrument {
        id: "asem_first_summit",
        name: "First Asia-Europe Meeting summit (ASEM1), Bangkok",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::AsiaEuropeMeeting)),
        dates: &[InstrumentDate {
            kind: DateKind::CountedAsFounding,
            date: day(1996, 3, 1),
            sources: src![
                IN_ASEMINFOBOARD_ASEM1,
                IN_ASEF_ASEM_HISTORY,
                IN_MOFA_JAPAN_ASEM_HISTORY
            ],
        }],
        note: "ASEM has no founding treaty: the process began with the first summit in Bangkok on 1-2 March 1996 (15 EU states, the European Commission, 7 ASEAN states, China, Japan and Korea). No founding document with a date of its own was found, so only the summit dates are given. The crate's founded (1996-03-01) is the opening day and is consistent.",
        sources: src![
            IN_ASEMINFOBOARD_ASEM1,
            IN_ASEF_ASEM_HISTORY,
            IN_MOFA_JAPAN_ASEM_HISTORY
        ],
    },
    Instrument {
        id: "nam_belgrade_conference",
        name: "Declaration of the Heads of State or Government of Non-Aligned Countries (First Conference, Belgrade)",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::NonAlignedMovement)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1961, 9, 6),
                sources: src![IN_SCRIBD_BELGRADE_DECLARATION_1961],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1961, 9, 1),
                sources: src![NAM_VENEZUELA_HISTORY, IN_WIKIPEDIA_NAM_1ST_SUMMIT],
            },
        ],
        note: "The movement emerged from the first conference of non-aligned heads of state or government in Belgrade, 1-6 September 1961 (25 participants, Cambodia among them, plus three observers); the declaration was adopted on the closing day. No treaty and no entry into force. The crate's founded (1961-09-01) is the opening day; the closing-day declaration date is recorded here for completeness.",
        sources: src![
            IN_SCRIBD_BELGRADE_DECLARATION_1961,
            NAM_VENEZUELA_HISTORY,
            IN_WIKIPEDIA_NAM_1ST_SUMMIT
        ],
    },
    Instrument {
        id: "oif_niamey_convention",
        name: "Convention relative à l'Agence de coopération culturelle et technique (Niamey Convention)",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(Organization::Francophonie)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1970, 3, 20),
                sources: src![
                    IN_ELYSEE_NIAMEY_CONVENTION_1970,
                    IN_SWISS_SR_0_440_7,
                    IN_TV5MONDE_NIAMEY_BERCEAU
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(1970, 3, 20),
                sources: src![OIF_AKP_CMF_2025, IN_TV5MONDE_NIAMEY_BERCEAU],
            },
        ],
        note: "Concluded at Niamey on 20 March 1970 by 21 states, creating the ACCT, which became the Agence intergouvernementale de la Francophonie and was later folded into the OIF; Cambodia's state news agency says the Francophonie was officially instituted on 20 March 1970. The convention's own entry-into-force date was not found (searched the convention text, the Swiss compilation and encyclopaedia pages), so in_force is empty and the crate's founded (1970-03-20, the signing) cannot yet be converted to the new rule.",
        sources: src![
            IN_ELYSEE_NIAMEY_CONVENTION_1970,
            IN_SWISS_SR_0_440_7,
            IN_TV5MONDE_NIAMEY_BERCEAU,
            OIF_AKP_CMF_2025
        ],
    },
    Instrument {
        id: "lmc_sanya_declaration",
        name: "Sanya Declaration of the First Lancang-Mekong Cooperation Leaders' Meeting",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::MekongLancangCooperation,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(2016, 3, 23),
                sources: src![
                    IN_CHINAORG_2016_SANYA_DECLARATION,
                    MLC_EMBASSY_SANYA_OUTCOMES
                ],
            },
            InstrumentDate {
                kind: DateKind::CountedAsFounding,
                date: day(2016, 3, 23),
                sources: src![MLC_EMBASSY_SANYA_OUTCOMES],
            },
        ],
        note: "Joint declaration of the six leaders at Sanya; China's government presents that meeting as declaring the mechanism established. Not a treaty, no entry into force. A Chinese state radio report says the first foreign ministers' meeting at Jinghong in November 2015 formally started the process. The crate's founded (2016-03-23) agrees.",
        sources: src![
            IN_CHINAORG_2016_SANYA_DECLARATION,
            MLC_EMBASSY_SANYA_OUTCOMES,
            IN_CRI_2016_LMC_SENIOR_OFFICIALS
        ],
    },
    Instrument {
        id: "cdi_founding",
        name: "Founding of the Christian Democrat World Union (now Centrist Democrat International), Santiago de Chile",
        kind: InstrumentKind::Founding,
        subject: Some(Partner::Organization(
            Organization::CentristDemocraticInternational,
        )),
        dates: &[InstrumentDate {
            kind: DateKind::CountedAsFounding,
            date: year(1961),
            sources: src![IN_CDI_HISTORY, CDI_WIKIPEDIA],
        }],
        note: "An international of political parties, not of states: no treaty. The CDI's own history page gives only the year 1961 (founded as the World Union of Christian Democrats); Wikipedia gives 30 July 1961 in Santiago, Chile. The crate's founded (1961-07-30) rests on Wikipedia alone; the day is plausible but not confirmed by the organization.",
        sources: src![IN_CDI_HISTORY, CDI_WIKIPEDIA],
    },
    Instrument {
        id: "cambodia_un_admission",
        name: "Admission of Cambodia to the United Nations (Security Council resolution 109 (1955); General Assembly resolution 995 (X))",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::UnitedNations)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1955, 12, 14),
                sources: src![UN_SCR_109],
            },
            InstrumentDate {
                kind: DateKind::MembershipEffective,
                date: day(1955, 12, 14),
                sources: src![IN_UN_YEARBOOK_1955_ROSTER],
            },
        ],
        note: "The Security Council recommended the admission of sixteen applicants, Cambodia among them, on 14 December 1955; the General Assembly admitted them the same day, and the UN Yearbook's roster gives Cambodia's membership date as 14 December 1955. The number of the Assembly resolution comes from the crate; its text was not read in this search.",
        sources: src![UN_SCR_109, IN_UN_YEARBOOK_1955_ROSTER],
    },
    Instrument {
        id: "cambodia_asean_admission",
        name: "Declaration on the Admission of the Kingdom of Cambodia into ASEAN (with the Protocol for the Accession of Cambodia to ASEAN Agreements)",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::Asean)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: month(1998, 12),
                sources: src![ASEAN_JP_1998_UNCEREMONIOUSLY],
            },
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1999, 4, 30),
                sources: src![
                    ASEAN_SEC_CAMBODIA_JOINS,
                    IN_ASEAN_1999_PROTOCOL_ACCESSION_AGREEMENTS
                ],
            },
            InstrumentDate {
                kind: DateKind::MembershipEffective,
                date: day(1999, 4, 30),
                sources: src![
                    ASEAN_SEC_CAMBODIA_JOINS,
                    IN_ASEAN_1999_PROTOCOL_ACCESSION_AGREEMENTS,
                    IN_ASEAN_TEN_1999
                ],
            },
        ],
        note: "adopted = ASEAN leaders' decision to admit Cambodia, taken at a dinner meeting on the eve of the 6th Summit in Hanoi in December 1998, with the ceremony left for later. At the special ceremony in Hanoi on 30 April 1999 the ten foreign ministers signed the admission declaration, which makes Cambodia a member from that day, and Hor Namhong alone signed the protocol acceding to 27 ASEAN agreements. No separate ratification applies.",
        sources: src![
            ASEAN_JP_1998_UNCEREMONIOUSLY,
            ASEAN_SEC_CAMBODIA_JOINS,
            IN_ASEAN_1999_PROTOCOL_ACCESSION_AGREEMENTS,
            IN_ASEAN_TEN_1999
        ],
    },
    Instrument {
        id: "cambodia_wto_accession_protocol",
        name: "Protocol on the Accession of the Kingdom of Cambodia to the Marrakesh Agreement Establishing the WTO",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::WorldTradeOrganization)),
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(2003, 9, 11),
                sources: src![WTO_GC_DEADLINE_2004, WTO_SCOOP_148],
            },
            InstrumentDate {
                kind: DateKind::RatifiedOrDeposited,
                date: month(2004, 9),
                sources: src![WTO_SCOOP_148],
            },
            InstrumentDate {
                kind: DateKind::MembershipEffective,
                date: day(2004, 10, 13),
                sources: src![WTO_ACCESSIONS_KHM, WTO_SCOOP_148],
            },
        ],
        note: "Cambodia applied in December 1994. Ministers approved the accession package at the Cancún Ministerial Conference on 11 September 2003 and invited Cambodia to ratify by 31 March 2004 (Protocol, Article 7); after the post-election deadlock the General Council on 11 February 2004 extended this to 30 September 2004. Parliament ratified in September 2004 and membership took effect 30 days after Cambodia notified the WTO (148th member). The sources read say 'approved' for 11 September 2003; none states when the Protocol was signed, so signed is left empty. The notification date is not given (30 days before 13 October would be 13 September 2004, an inference only).",
        sources: src![
            WTO_GC_DEADLINE_2004,
            WTO_SCOOP_148,
            WTO_ACCESSIONS_KHM,
            IN_WTO_CASE_STUDY_8_CAMBODIA
        ],
    },
    Instrument {
        id: "cambodia_adb_membership",
        name: "Cambodia's membership of the Asian Development Bank",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::AsianDevelopmentBank)),
        dates: &[InstrumentDate {
            kind: DateKind::MembershipEffective,
            date: year(1966),
            sources: src![AIIB_ECNS_RATIFICATION],
        }],
        note: "Cambodia was one of the 27 states represented at the Manila conference that adopted the ADB Agreement on 4 December 1965 (UNTS, in_unts_571_adb_agreement), and a Cambodian parliamentary leader in 2016 called it a founding member that joined in 1966. The dates of Cambodia's signature and ratification and the day its membership took effect were not found.",
        sources: src![AIIB_ECNS_RATIFICATION, ADB_UNTS_AGREEMENT],
    },
    Instrument {
        id: "cambodia_imf_membership",
        name: "Cambodia's membership of the International Monetary Fund",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(
            Organization::InternationalMonetaryFund,
        )),
        dates: &[InstrumentDate {
            kind: DateKind::MembershipEffective,
            date: day(1969, 12, 31),
            sources: src![
                IMF_FINANCIAL_POSITION_2015,
                IN_IMF_2019_CAMBODIA_ARTICLE_IV_ANNEX
            ],
        }],
        note: "The Fund's records give 31 December 1969 as the date Cambodia joined; no application or signature date is given. Cambodia accepted the Article VIII obligations on 1 January 2002, a separate later step.",
        sources: src![
            IMF_FINANCIAL_POSITION_2015,
            IN_IMF_2019_CAMBODIA_ARTICLE_IV_ANNEX
        ],
    },
    Instrument {
        id: "cambodia_ibrd_membership",
        name: "Cambodia's membership of the World Bank (IBRD, IDA)",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::WorldBankGroup)),
        dates: &[],
        note: "No source found gives the date Cambodia joined the IBRD or IDA (searched World Bank membership lists and Cambodia-specific pages). The World Bank dates its partnership with Cambodia to 1970 (in_worldbank_2013_cambodia_partnership), and IBRD membership requires IMF membership first (IMF: 31 December 1969), so a 1970 date is plausible but it is the Bank's 'partner since' year, not a documented membership date.",
        sources: src![WB_PARTNERSHIP_UPDATE_2013, IMF_FINANCIAL_POSITION_2015],
    },
    Instrument {
        id: "cambodia_ilo_membership",
        name: "Cambodia's membership of the International Labour Organization",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(
            Organization::InternationalLabourOrganization,
        )),
        dates: &[InstrumentDate {
            kind: DateKind::MembershipEffective,
            date: year(1969),
            sources: src![ILO_PRESSOCM_2019, ILO_PPP_LABOUR_MINISTER],
        }],
        note: "The government marked 50 years of ILO membership in March 2019 and says Cambodia became a member in 1969. The day of admission was not found: Wikipedia's list of ILO members gives days, but Cambodia's row was not in the excerpts read, and no ILO page with the date turned up.",
        sources: src![ILO_PRESSOCM_2019, ILO_PPP_LABOUR_MINISTER],
    },
    Instrument {
        id: "cambodia_aiib_membership",
        name: "Cambodia's signature and ratification of the AIIB Articles of Agreement",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(
            Organization::AsianInfrastructureInvestmentBank,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2015, 6, 29),
                sources: src![AIIB_ARTICLES_SIGNED, IN_VERDRAGEN_AIIB_ARTICLES],
            },
            InstrumentDate {
                kind: DateKind::RatifiedOrDeposited,
                date: day(2016, 5, 17),
                sources: src![IN_VERDRAGEN_AIIB_ARTICLES],
            },
            InstrumentDate {
                kind: DateKind::MembershipEffective,
                date: day(2016, 5, 17),
                sources: src![IN_VERDRAGEN_AIIB_ARTICLES],
            },
        ],
        note: "Signed in Beijing among the first fifty. The National Assembly approved ratification on 13 January 2016 by 93 votes (ecns, in_ecns_2016_cambodia_ratifies_aiib), taking 623 shares. The Dutch treaty database, which lists all parties, gives 17 May 2016 both for Cambodia's ratification and for the Articles' entry into force for Cambodia, which is when a signatory becomes a member. Prefer 2016-05-17 over the crate's '2016?'.",
        sources: src![
            AIIB_ARTICLES_SIGNED,
            IN_VERDRAGEN_AIIB_ARTICLES,
            AIIB_ECNS_RATIFICATION
        ],
    },
    Instrument {
        id: "cambodia_oif_membership",
        name: "Cambodia's participation in the Francophonie (observer 1991, full member)",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(Organization::Francophonie)),
        dates: &[InstrumentDate {
            kind: DateKind::MembershipEffective,
            date: month(1993, 10),
            sources: src![OIF_AKP_CMF_2025],
        }],
        note: "AKP: observer at the 4th Summit (Chaillot, November 1991), full member at the 5th Summit (Grand-Baie, Mauritius, October 1993); several press sources also give 1993. Disagreement: an OIF news item of 2011 (published 2012) says Cambodia became a full member state in 1997 (in_oif_2012_diouf_hor_namhong). 1993-10 is preferred for now because it is tied to a named summit and repeated by Cambodia's state agency, but the OIF member list should be checked. Separately, a Wikipédia copy lists Cambodia among the 21 founding members of the ACCT in 1970 (in_frwiki_acct); whether Cambodia signed or ratified the Niamey Convention was not established.",
        sources: src![OIF_AKP_CMF_2025, OIF_DIOUF_HOR_NAMHONG, IN_FRWIKI_ACCT],
    },
    Instrument {
        id: "cambodia_rcep_ratification",
        name: "Cambodia's signature and ratification of the RCEP Agreement",
        kind: InstrumentKind::Accession,
        subject: Some(Partner::Organization(
            Organization::RegionalComprehensiveEconomicPartnership,
        )),
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(2020, 11, 15),
                sources: src![RCEP_NUS_CIL, RCEP_KHMER_TIMES_2021],
            },
            InstrumentDate {
                kind: DateKind::RatifiedOrDeposited,
                date: month(2021, 10),
                sources: src![IN_JETRO_2021_CAMBODIA_RCEP_RATIFICATION],
            },
            InstrumentDate {
                kind: DateKind::MembershipEffective,
                date: day(2022, 1, 1),
                sources: src![IN_MARKETSCREENER_2021_RCEP_JAPAN, RCEP_MEDCOM_2021],
            },
        ],
        note: "JETRO (26 October 2021): National Assembly approval 9 September 2021, Senate 20 September, royal promulgation 15 October, and the instrument deposited with the ASEAN Secretary-General by 21 October 2021 (exact deposit day not given, hence 2021-10). Disagreement with the crate: its note says the National Assembly approved on 21 June 2021, citing Khmer Times, but that article describes a meeting with National Assembly commissions, i.e. committee approval; JETRO's plenary date is preferred for the Assembly's approval. In force for Cambodia from the agreement's first day.",
        sources: src![
            RCEP_NUS_CIL,
            RCEP_KHMER_TIMES_2021,
            IN_JETRO_2021_CAMBODIA_RCEP_RATIFICATION,
            IN_MARKETSCREENER_2021_RCEP_JAPAN,
            RCEP_MEDCOM_2021
        ],
    },
    Instrument {
        id: "cambodia_constitution_1993",
        name: "Constitution of the Kingdom of Cambodia",
        kind: InstrumentKind::Constitution,
        subject: None,
        dates: &[
            InstrumentDate {
                kind: DateKind::Adopted,
                date: day(1993, 9, 21),
                sources: src![
                    IN_CCC_CONSTITUTION_TEXT,
                    STATES_PARLIAMENT_HISTORY,
                    STATES_UNIVERSALIS_1993
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1993, 9, 24),
                sources: src![
                    IN_CNV_2020_CONSTITUTION_27TH_ANNIVERSARY,
                    STATES_PARLIAMENT_HISTORY,
                    STATES_UNIVERSALIS_1993
                ],
            },
        ],
        note: "Adopted by the Constituent Assembly at its second plenary session in Phnom Penh (signed by its president, Son Sann; Universalis gives the vote as 113 to 5 with 2 abstentions). Promulgated on 24 September 1993 by royal decree signed by Norodom Sihanouk in the Royal Palace, the anniversary marked each year; on promulgation the Constituent Assembly became the National Assembly. in_force is the promulgation date; no source distinguishes a separate entry-into-force day.",
        sources: src![
            IN_CCC_CONSTITUTION_TEXT,
            STATES_PARLIAMENT_HISTORY,
            STATES_UNIVERSALIS_1993,
            IN_CNV_2020_CONSTITUTION_27TH_ANNIVERSARY
        ],
    },
    Instrument {
        id: "paris_peace_agreements_1991",
        name: "Agreement on a Comprehensive Political Settlement of the Cambodia Conflict (Paris Peace Agreements)",
        kind: InstrumentKind::PeaceAgreement,
        subject: None,
        dates: &[
            InstrumentDate {
                kind: DateKind::Signed,
                date: day(1991, 10, 23),
                sources: src![
                    IN_UN_A46_608_PARIS_AGREEMENTS,
                    IN_UNTS_1663_PARIS_AGREEMENTS
                ],
            },
            InstrumentDate {
                kind: DateKind::InForce,
                date: day(1991, 10, 23),
                sources: src![IN_ZAKI_PARIS_AGREEMENT_RU],
            },
        ],
        note: "Signed in Paris by the 19 states of the Paris Conference (Cambodia represented by the Supreme National Council) with the Final Act, the Agreement on sovereignty, independence, territorial integrity, neutrality and national unity, and the Declaration on rehabilitation and reconstruction; France registered them with the UN on 23 January 1992 (UNTS No. 28613). The Settlement Agreement's final clause (Article 30 in the Russian text read) puts it in force on signature; the English text of that clause was not read. The sovereignty agreement's own entry-into-force clause was not checked.",
        sources: src![
            IN_UN_A46_608_PARIS_AGREEMENTS,
            IN_UNTS_1663_PARIS_AGREEMENTS,
            IN_ZAKI_PARIS_AGREEMENT_RU
        ],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &IN_DIPLO_UN_CHARTER,
    &IN_POLITICO_2015_UN_COMES_INTO_EXISTENCE,
    &IN_MAE_RO_UNITED_NATIONS,
    &IN_PANORAMA_2013_UN_DAY,
    &IN_UN_YEARBOOK_1955_ROSTER,
    &IN_ASEAN_1967_FIRST_AMM_PRESS_RELEASE,
    &IN_ASEAN_BANGKOK_DECLARATION_TEXT,
    &IN_THAI_MFA_BIRTH_OF_ASEAN,
    &IN_THAI_DLA_ASEAN_CHARTER,
    &IN_CCHR_ASEAN_CHARTER_FACTSHEET,
    &IN_SPUTNIK_2007_ASEAN_CHARTER_SIGNED,
    &IN_WIKIPEDIA_ASEAN_CHARTER,
    &IN_PIPIWIKI_ASEAN_CHARTER_RATIFICATIONS,
    &IN_ASEAN_1999_PROTOCOL_ACCESSION_AGREEMENTS,
    &IN_ASEAN_TEN_1999,
    &IN_CFR_TREATY_ON_EUROPEAN_UNION,
    &IN_WIKISOURCE_TREATY_ON_EUROPEAN_UNION,
    &IN_SANMARINORTV_MAASTRICHT,
    &IN_TEXTILE_FUTURE_2019_MARRAKESH_MILESTONE,
    &IN_FREIGHTNEWS_2019_WTO_25_YEARS,
    &IN_POULTRYTIMES_WTO_20_YEARS,
    &IN_WTOCENTER_MARRAKESH_DECLARATION,
    &IN_WTO_CASE_STUDY_8_CAMBODIA,
    &IN_ADB_ARCHIVES_GALLERY_BROCHURE,
    &IN_ADB_HISTORY,
    &IN_IMF_HISTORY_1966_1971_ARTICLES,
    &IN_IMF_2019_CAMBODIA_ARTICLE_IV_ANNEX,
    &IN_WORLDBANK_TIMELINE_ARTICLES_1945,
    &IN_WORLDBANK_ARTICLES_OF_AGREEMENT_PAGE,
    &IN_UN_ILIBRARY_IBRD,
    &IN_ILO_LIBRARY_HISTORY_1919,
    &IN_US_TREATIES_ILO_CONSTITUTION,
    &IN_AIIB_2016_INAUGURAL_CEREMONY,
    &IN_VERDRAGEN_AIIB_ARTICLES,
    &IN_MARKETSCREENER_2021_RCEP_JAPAN,
    &IN_JETRO_2021_CAMBODIA_RCEP_RATIFICATION,
    &IN_GOVCN_2005_EAS_DECLARATION,
    &IN_GRIPS_2005_EAS1_CHAIRMAN_STATEMENT,
    &IN_REDIFF_2005_EAS_ENDS,
    &IN_ASEMINFOBOARD_ASEM1,
    &IN_ASEF_ASEM_HISTORY,
    &IN_MOFA_JAPAN_ASEM_HISTORY,
    &IN_SCRIBD_BELGRADE_DECLARATION_1961,
    &IN_WIKIPEDIA_NAM_1ST_SUMMIT,
    &IN_ELYSEE_NIAMEY_CONVENTION_1970,
    &IN_SWISS_SR_0_440_7,
    &IN_TV5MONDE_NIAMEY_BERCEAU,
    &IN_FRWIKI_ACCT,
    &IN_CHINAORG_2016_SANYA_DECLARATION,
    &IN_CRI_2016_LMC_SENIOR_OFFICIALS,
    &IN_CDI_HISTORY,
    &IN_CCC_CONSTITUTION_TEXT,
    &IN_CNV_2020_CONSTITUTION_27TH_ANNIVERSARY,
    &IN_UN_A46_608_PARIS_AGREEMENTS,
    &IN_UNTS_1663_PARIS_AGREEMENTS,
    &IN_ZAKI_PARIS_AGREEMENT_RU,
];
