//! Cambodia and the Asian Infrastructure Investment Bank: profile, membership
//! history and events.

use crate::data::instruments::IN_VERDRAGEN_AIIB_ARTICLES;
use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static AIIB_ARTICLES_SIGNED: Source = Source {
    id: "asian_infrastructure_investment_bank_50_countries_sign_articles",
    publisher: "Asian Infrastructure Investment Bank",
    title: "50 Countries Sign the Articles of Agreement for the Asian Infrastructure Investment Bank",
    url: "https://www.aiib.org/en/news-events/news/2015/50-Countries-Sign-the-Articles-of-Agreement-for-the-Asian-Infrastructure-Investment-Bank.html",
    language: "en",
    published: Some(HistDate::day(2015, 6, 29)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static AIIB_ENTRY_INTO_FORCE: Source = Source {
    id: "asian_infrastructure_investment_bank_charter_entry_into_force",
    publisher: "Asian Infrastructure Investment Bank",
    title: "AIIB's Charter Enters into Force On 25 December 2015",
    url: "https://www.aiib.org/en/news-events/news/2016/AIIBs-Charter-Enters-into-Force-On-25-December-2015.html",
    language: "en",
    published: Some(HistDate::day(2015, 12, 25)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static AIIB_ASIAPLUS_MOU: Source = Source {
    id: "asian_infrastructure_investment_bank_asiaplus_2014_mou",
    publisher: "Asia-Plus",
    title: "21 Asian countries sign memorandum of understanding on establishing AIIB",
    url: "https://www.asiaplustj.info/en/news/world/20141030/21-asian-countries-sign-memorandum-understanding-establishing-aiib",
    language: "en",
    published: Some(HistDate::day(2014, 10, 30)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_VIETNAMPLUS_MOU: Source = Source {
    id: "asian_infrastructure_investment_bank_vietnamplus_2014_mou",
    publisher: "Vietnam News Agency",
    title: "Deal reached on Asian Infrastructure Investment Bank",
    url: "https://en.vietnamplus.vn/deal-reached-on-asian-infrastructure-investment-bank/67367.vnp",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_CAMBODGEMAG_2015: Source = Source {
    id: "asian_infrastructure_investment_bank_cambodgemag_2015_founding",
    publisher: "Cambodge Mag",
    title: "Le Cambodge devient membre fondateur de la Banque Asiatique d'Investissement pour les Infrastructures",
    url: "http://www.cambodgemag.com/2015/07/le-cambodge-devient-membre-fondateur-de.html",
    language: "fr",
    published: Some(HistDate::day(2015, 7, 4)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_ECNS_RATIFICATION: Source = Source {
    id: "asian_infrastructure_investment_bank_ecns_2016_ratification",
    publisher: "ECNS",
    title: "Cambodia's National Assembly ratifies agreement on the establishment of the AIIB",
    url: "http://ecns.cn/2016/01-13/195710.shtml",
    language: "en",
    published: Some(HistDate::day(2016, 1, 13)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Xinhua, \"Cambodia's National Assembly ratifies agreement on the establishment of the AIIB\"",
    ),
};

pub(crate) static AIIB_PEOPLE_FR_2016: Source = Source {
    id: "asian_infrastructure_investment_bank_people_fr_2016_ratification",
    publisher: "People's Daily",
    title: "L'Assemblée nationale cambodgienne a ratifié le traité établissant la BAII",
    url: "http://french.peopledaily.com.cn/International/n3/2016/0114/c31356-9003394.html",
    language: "fr",
    published: Some(HistDate::day(2016, 1, 14)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_FIRST_SOVEREIGN_LOAN: Source = Source {
    id: "asian_infrastructure_investment_bank_release_2020_first_sovereign_loan",
    publisher: "Asian Infrastructure Investment Bank",
    title: "AIIB Approves First Sovereign Loan to Cambodia To Help Rural Recovery",
    url: "https://www.aiib.org/en/news-events/news/2020/AIIB-Approves-First-Sovereign-Loan-to-Cambodia-To-Help-Rural-Recovery.html",
    language: "en",
    published: Some(HistDate::day(2020, 12, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static AIIB_VACCINE_LOAN: Source = Source {
    id: "asian_infrastructure_investment_bank_release_2022_vaccine_loan",
    publisher: "Asian Infrastructure Investment Bank",
    title: "AIIB Supports Rapid COVID-19 Vaccination Efforts in Cambodia",
    url: "https://www.aiib.org/en/news-events/news/2022/AIIB-Supports-Rapid-COVID-19-Vaccination-Efforts-in-Cambodia.html",
    language: "en",
    published: Some(HistDate::day(2022, 3, 29)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static AIIB_PPP_LIVESTOCK: Source = Source {
    id: "asian_infrastructure_investment_bank_ppp_livestock_project",
    publisher: "The Phnom Penh Post",
    title: "AIIB to provide $43M for cross-border livestock project",
    url: "https://phnompenhpost.com/business/aiib-provide-43m-cross-border-livestock-project",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_109_MEMBERS: Source = Source {
    id: "asian_infrastructure_investment_bank_109_members_2023",
    publisher: "MEA Communications",
    title: "AIIB Grows to 109 Members Globally",
    url: "https://meacoms.net/blog/aiib-grows-to-109-members-globally/",
    language: "en",
    published: Some(HistDate::day(2023, 9, 26)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Asian Infrastructure Investment Bank, \"AIIB Grows to 109 Members Globally\""),
};

pub(crate) static AIIB_BEIJING_REVIEW_PFM: Source = Source {
    id: "asian_infrastructure_investment_bank_beijing_review_founding_members",
    publisher: "Zinio",
    title: "AIIB membership: the 57 prospective founding members listed in Schedule A",
    url: "https://plingno.zinioapps.com/publications/beijing-review/5068/issues/311402/articles",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some(
        "Beijing Review, \"AIIB membership: the 57 prospective founding members listed in Schedule A\"",
    ),
};

pub(crate) static AIIB_CRI_THAILAND: Source = Source {
    id: "asian_infrastructure_investment_bank_cri_thailand_signs",
    publisher: "China Radio International",
    title: "Thailand signs the AIIB Articles of Agreement",
    url: "https://filipino.cri.cn/301/2015/10/01/102s139328.htm",
    language: "fil",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static AIIB_PHILIPPINES_SIGNS: Source = Source {
    id: "asian_infrastructure_investment_bank_philippines_signs",
    publisher: "China Gate",
    title: "Philippines signs articles of agreement of AIIB",
    url: "http://en.chinagate.cn/2015-12/31/content_37434713.htm",
    language: "en",
    published: Some(HistDate::day(2015, 12, 31)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("Xinhua, \"Philippines signs articles of agreement of AIIB\""),
};

pub(crate) static AIIB_XINHUA_2017_NEW_MEMBERS: Source = Source {
    id: "asian_infrastructure_investment_bank_xinhua_2017_13_applicants",
    publisher: "Xinhua",
    title: "AIIB approves 13 applicants, bringing approved membership to 70",
    url: "http://xinhuanet.com/english/2017-03/23/c_136151044.htm",
    language: "en",
    published: Some(HistDate::day(2017, 3, 23)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::AsianInfrastructureInvestmentBank,
    acronym: "AIIB",
    name_en: "Asian Infrastructure Investment Bank",
    name_fr: "Banque asiatique d'investissement pour les infrastructures",
    // No Wikidata identifier could be confirmed from the material consulted.
    wikidata: None,
    // The Articles of Agreement were signed on this day; they entered into
    // force on 25 December 2015 and the bank opened in January 2016.
    founded: Some(HistDate::day(2015, 12, 25)),
    headquarters: Some("Beijing"),
    members: Some(Figure::new(109, 2023, src![AIIB_109_MEMBERS])),
    website: Some("https://www.aiib.org"),
    aliases: &["BAII"],
    sources: src![
        AIIB_ARTICLES_SIGNED,
        AIIB_ENTRY_INTO_FORCE,
        AIIB_109_MEMBERS,
        AIIB_PEOPLE_FR_2016
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_SIGNED_2015: &[&Source] = src![AIIB_ARTICLES_SIGNED];
const SRC_PFM: &[&Source] = src![AIIB_BEIJING_REVIEW_PFM];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::AsianInfrastructureInvestmentBank,
    periods: &[MembershipPeriod {
        status: MembershipStatus::FoundingMember,
        start: Claims(&[
            DateClaim::preferred(day(2016, 5, 17), src![IN_VERDRAGEN_AIIB_ARTICLES])
                .with_note("The day Cambodia deposited its instrument of ratification with the depositary, which is when a signatory becomes a member, as the Dutch treaty database's table of parties to the Articles records it."),
            DateClaim::alternative(
                year(2016).uncertain(),
                src![AIIB_ECNS_RATIFICATION, AIIB_ENTRY_INTO_FORCE],
                "The year only, kept from before the deposit date was found: the National Assembly approved ratification on 13 January 2016 and the bank expected the remaining signatories to deposit during 2016.",
            ),
        ]),
        end: ONGOING,
        note: "Cambodia signed the 2014 memorandum and the 2015 Articles as a prospective founding member and ratified in January 2016, taking 623 shares ($62.3 million, 0.0635 percent of capital).",
        sources: src![AIIB_ECNS_RATIFICATION, AIIB_ARTICLES_SIGNED, AIIB_ASIAPLUS_MOU],
    }],
    roles: &[],
    // Joining dates are not given in the sources consulted: they show the
    // signature of the Articles (or approval of the application), after
    // which membership took effect on ratification.
    country_members: &[
        CountryMember { country: Country::Australia, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Bangladesh, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Brunei, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Canada, since: None, sources: src![AIIB_XINHUA_2017_NEW_MEMBERS] },
        CountryMember { country: Country::China, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::France, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Germany, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::India, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Indonesia, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Laos, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Malaysia, since: None, sources: SRC_PFM },
        CountryMember { country: Country::Myanmar, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Pakistan, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Philippines, since: None, sources: src![AIIB_PHILIPPINES_SIGNS] },
        CountryMember { country: Country::Russia, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Singapore, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::SouthKorea, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Thailand, since: None, sources: src![AIIB_CRI_THAILAND] },
        CountryMember { country: Country::UnitedKingdom, since: None, sources: SRC_SIGNED_2015 },
        CountryMember { country: Country::Vietnam, since: None, sources: SRC_SIGNED_2015 },
    ],
    country_members_complete: false,
    note: "Partner countries are listed from signatures of the Articles in 2015 (the founding members) and, for Canada, from the Board's approval of its application in March 2017; the sources do not give the days these memberships took effect. Japan and the United States are not among the signatories in the sources consulted and are not listed.",
    sources: src![AIIB_ARTICLES_SIGNED, AIIB_ENTRY_INTO_FORCE, AIIB_ECNS_RATIFICATION],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "asian_infrastructure_investment_bank_2014_mou",
        date: EventDate::on(day(2014, 10, 24)),
        kind: EventKind::AgreementSigned,
        partners: &[
            o(Organization::AsianInfrastructureInvestmentBank),
            c(Country::China),
        ],
        title: "Memorandum on establishing the AIIB signed",
        summary: "Cambodia was one of 21 Asian countries that signed the memorandum of understanding on setting up the bank, with an authorized capital of $100 billion.",
        place: Some("Beijing"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_ASIAPLUS_MOU, AIIB_VIETNAMPLUS_MOU],
    },
    Event {
        id: "asian_infrastructure_investment_bank_2015_articles_signed",
        date: EventDate::on(day(2015, 6, 29)),
        kind: EventKind::AgreementSigned,
        partners: &[o(Organization::AsianInfrastructureInvestmentBank)],
        title: "Articles of Agreement signed",
        summary: "Secretary of State Vongsey Vissoth signed the bank's Articles for Cambodia, one of 50 prospective founding members to sign on the first day.",
        place: Some("Beijing"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_ARTICLES_SIGNED, AIIB_CAMBODGEMAG_2015],
    },
    Event {
        id: "asian_infrastructure_investment_bank_2016_ratification",
        date: EventDate::on(day(2016, 1, 13)),
        kind: EventKind::MembershipChanged,
        partners: &[o(Organization::AsianInfrastructureInvestmentBank)],
        title: "National Assembly ratifies the AIIB Articles",
        summary: "All 93 deputies present voted to ratify the founding treaty, committing $62.3 million for 623 shares so that Cambodia could become a founding member.",
        place: Some("Phnom Penh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_ECNS_RATIFICATION, AIIB_PEOPLE_FR_2016],
    },
    Event {
        id: "asian_infrastructure_investment_bank_2020_first_sovereign_loan",
        date: EventDate::on(day(2020, 12, 23)),
        kind: EventKind::Aid,
        partners: &[o(Organization::AsianInfrastructureInvestmentBank)],
        title: "First AIIB sovereign loan to Cambodia",
        summary: "The bank approved a $60 million loan for rural roads, water and sanitation and jobs in five provinces hit by the COVID-19 downturn.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_FIRST_SOVEREIGN_LOAN],
    },
    Event {
        id: "asian_infrastructure_investment_bank_2022_vaccine_loan",
        date: EventDate::on(day(2022, 3, 29)),
        kind: EventKind::Aid,
        partners: &[o(Organization::AsianInfrastructureInvestmentBank)],
        title: "Loan for COVID-19 vaccines",
        summary: "The AIIB Board approved $50 million, co-financed with the ADB, for Cambodia to buy about 14.5 million vaccine doses.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_VACCINE_LOAN],
    },
    Event {
        id: "asian_infrastructure_investment_bank_2023_livestock_financing",
        date: EventDate::span(day(2023, 9, 25), day(2023, 9, 26)),
        kind: EventKind::AgreementSigned,
        partners: &[o(Organization::AsianInfrastructureInvestmentBank)],
        title: "Financing signed for cross-border livestock project",
        summary: "At the bank's eighth annual meeting Cambodia signed for $43 million, a concessional loan plus a pandemic-fund grant, towards an animal-health project co-financed with the ADB.",
        place: Some("Sharm el-Sheikh"),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![AIIB_PPP_LIVESTOCK, AIIB_109_MEMBERS],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &AIIB_ARTICLES_SIGNED,
    &AIIB_ENTRY_INTO_FORCE,
    &AIIB_ASIAPLUS_MOU,
    &AIIB_VIETNAMPLUS_MOU,
    &AIIB_CAMBODGEMAG_2015,
    &AIIB_ECNS_RATIFICATION,
    &AIIB_PEOPLE_FR_2016,
    &AIIB_FIRST_SOVEREIGN_LOAN,
    &AIIB_VACCINE_LOAN,
    &AIIB_PPP_LIVESTOCK,
    &AIIB_109_MEMBERS,
    &AIIB_BEIJING_REVIEW_PFM,
    &AIIB_CRI_THAILAND,
    &AIIB_PHILIPPINES_SIGNS,
    &AIIB_XINHUA_2017_NEW_MEMBERS,
];
