//! Cambodia and the International Monetary Fund: profile, membership history
//! and events.

use crate::data::prelude::*;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

pub(crate) static IMF_FINANCIAL_POSITION_2015: Source = Source {
    id: "international_monetary_fund_cambodia_financial_position_2015",
    publisher: "International Monetary Fund",
    title: "Cambodia: Financial Position in the Fund as of November 30, 2015",
    url: "http://www.imf.org/external/np/fin/tad/exfin2.aspx?date1key=2015-11-30&memberKey1=115",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IMF_PPP_SUSPEND: Source = Source {
    id: "international_monetary_fund_ppp_imf_bank_suspend_programs",
    publisher: "The Phnom Penh Post",
    title: "IMF/Bank suspend programs",
    url: "https://www.phnompenhpost.com/national/imfbank-suspend-programs",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IMF_CAMBODIA_DAILY_RETURN: Source = Source {
    id: "international_monetary_fund_cambodia_daily_return_of_aid",
    publisher: "The Cambodia Daily",
    title: "IMF Delegation Will Discuss Return of Aid",
    url: "https://english.cambodiadaily.com/news/imf-delegation-will-discuss-return-of-aid-89419/",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Press,
    copy_of: None,
};

pub(crate) static IMF_NEWS_BRIEF_2001: Source = Source {
    id: "international_monetary_fund_news_brief_2001_prgf_review",
    publisher: "International Monetary Fund",
    title: "News Brief: IMF Completes Second Review of Cambodia's PRGF Arrangement and Approves in Principle US$11 Million Credit",
    url: "https://www.imf.org/en/News/Articles/2015/09/29/18/03/nb0106",
    language: "en",
    published: Some(HistDate::day(2001, 1, 19)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IMF_PR_05_286: Source = Source {
    id: "international_monetary_fund_pr_05_286_mdri",
    publisher: "International Monetary Fund",
    title: "Press Release No. 05/286: IMF to Extend 100 Percent Debt Relief for 19 Countries Under the Multilateral Debt Relief Initiative",
    url: "https://www.imf.org/external/np/sec/pr/2005/pr05286.htm",
    language: "en",
    published: Some(HistDate::day(2005, 12, 21)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IMF_MDRI_STAFF_ASSESSMENT: Source = Source {
    id: "international_monetary_fund_mdri_staff_assessment_cambodia",
    publisher: "International Monetary Fund",
    title: "Cambodia - Staff Assessment of Qualification for the Multilateral Debt Relief Initiative",
    url: "http://www.imf.org/external/pp/longres.aspx?id=512",
    language: "en",
    published: Some(HistDate::day(2005, 12, 8)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Official,
    copy_of: None,
};

pub(crate) static IMF_190_MEMBERS: Source = Source {
    id: "international_monetary_fund_pz10_190_members",
    publisher: "members.pz10.com",
    title: "The International Monetary Fund (IMF)",
    url: "https://members.pz10.com/2022/01/the-international-monetary-fund-imf.html",
    language: "en",
    published: Some(HistDate::month(2022, 1)),
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

pub(crate) static IMF_SAGE_MEMBERSHIP: Source = Source {
    id: "international_monetary_fund_sage_tips_membership",
    publisher: "Sage-Tips",
    title: "How does a country become a member of the IMF? (with the IMF's chronological list of members)",
    url: "https://sage-tips.com/?p=107838",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Copy,
    copy_of: Some("International Monetary Fund"),
};

pub(crate) static IMF_WIKIDATA: Source = Source {
    id: "international_monetary_fund_wikidata_q7804",
    publisher: "Wikidata",
    title: "International Monetary Fund (Q7804)",
    url: "https://www.wikidata.org/wiki/Q7804",
    language: "en",
    published: None,
    retrieved: Some(HistDate::year(2026)),
    kind: SourceKind::Reference,
    copy_of: None,
};

// ---------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------

pub(crate) static PROFILE: OrganizationProfile = OrganizationProfile {
    organization: Organization::InternationalMonetaryFund,
    acronym: "IMF",
    name_en: "International Monetary Fund",
    name_fr: "Fonds monétaire international",
    wikidata: Some("Q7804"),
    // The Articles of Agreement entered into force on this day, when the
    // first members signed them.
    founded: Some(HistDate::day(1945, 12, 27)),
    headquarters: Some("Washington, D.C."),
    members: Some(Figure::new(190, 2022, src![IMF_190_MEMBERS])),
    website: Some("https://www.imf.org"),
    aliases: &["FMI"],
    sources: src![
        IMF_SAGE_MEMBERSHIP,
        IMF_190_MEMBERS,
        ADB_WIKI_FR,
        IMF_WIKIDATA
    ],
};

// ---------------------------------------------------------------------------
// Membership
// ---------------------------------------------------------------------------

const SRC_MEMBERS: &[&Source] = src![IMF_MEMBER_COUNTRIES_WIKI];

pub(crate) static MEMBERSHIP: Membership = Membership {
    organization: Organization::InternationalMonetaryFund,
    periods: &[MembershipPeriod {
        status: MembershipStatus::Member,
        start: on!(day(1969, 12, 31), [IMF_FINANCIAL_POSITION_2015]),
        end: ONGOING,
        note: "The Fund's own record gives 31 December 1969 as Cambodia's date of membership. Lending resumed under a three-year arrangement approved in May 1994.",
        sources: src![IMF_FINANCIAL_POSITION_2015],
    }],
    roles: &[],
    // The source states that every UN member except a short list of named
    // states belongs to the IMF; none of the partner countries is on that
    // list. Joining dates are not given there.
    country_members: &[
        CountryMember {
            country: Country::Australia,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Bangladesh,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Brunei,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Canada,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::China,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::France,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Germany,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::India,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Indonesia,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Japan,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Laos,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Malaysia,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Myanmar,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Pakistan,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Philippines,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Russia,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Singapore,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::SouthKorea,
            since: Some(HistDate::day(1955, 8, 26)),
            sources: src![IMF_SAGE_MEMBERSHIP],
        },
        CountryMember {
            country: Country::Thailand,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::UnitedKingdom,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::UnitedStates,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Vietnam,
            since: None,
            sources: SRC_MEMBERS,
        },
        CountryMember {
            country: Country::Ukraine,
            since: None,
            sources: SRC_MEMBERS,
        },
    ],
    country_members_complete: false,
    note: "The sources consulted do not say how the Fund dealt with Cambodia between 1975 and the early 1990s; the membership is kept as one period from 1969.",
    sources: src![IMF_FINANCIAL_POSITION_2015, IMF_MEMBER_COUNTRIES_WIKI],
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

pub(crate) static EVENTS: &[Event] = &[
    Event {
        id: "international_monetary_fund_1969_membership",
        date: EventDate::on(day(1969, 12, 31)),
        kind: EventKind::MembershipJoined,
        partners: &[o(Organization::InternationalMonetaryFund)],
        title: "Cambodia joins the IMF",
        summary: "Cambodia's membership of the International Monetary Fund took effect on the last day of 1969.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IMF_FINANCIAL_POSITION_2015],
    },
    Event {
        id: "international_monetary_fund_1994_three_year_arrangement",
        date: EventDate::on(day(1994, 5, 6)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalMonetaryFund)],
        title: "First three-year concessional arrangement",
        summary: "The Fund approved a three-year concessional arrangement of SDR 84 million (about $120 million) for balance-of-payments support; only half of it was ever drawn.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IMF_FINANCIAL_POSITION_2015, IMF_PPP_SUSPEND],
    },
    Event {
        id: "international_monetary_fund_1996_disbursement_cancelled",
        date: EventDate::on(year(1996)),
        kind: EventKind::Dispute,
        partners: &[o(Organization::InternationalMonetaryFund)],
        title: "IMF halts disbursements over logging revenue",
        summary: "Late in 1996 the Fund cancelled a $20 million instalment, citing weak control of illegal logging and of the revenue it should have brought the budget; the programme then lapsed.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IMF_CAMBODIA_DAILY_RETURN, IMF_PPP_SUSPEND],
    },
    Event {
        id: "international_monetary_fund_1999_prgf_arrangement",
        date: EventDate::on(day(1999, 10, 22)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalMonetaryFund)],
        title: "Poverty Reduction and Growth Facility arrangement",
        summary: "After the new government was formed, the Fund resumed lending with a three-year SDR 58.5 million arrangement under its Poverty Reduction and Growth Facility.",
        place: None,
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IMF_FINANCIAL_POSITION_2015, IMF_NEWS_BRIEF_2001],
    },
    Event {
        id: "international_monetary_fund_2005_mdri_debt_relief",
        date: EventDate::on(day(2005, 12, 21)),
        kind: EventKind::Aid,
        partners: &[o(Organization::InternationalMonetaryFund)],
        title: "Full debt relief under the MDRI",
        summary: "The IMF Board found Cambodia among the first 19 countries eligible for 100 percent relief of its debt to the Fund under the Multilateral Debt Relief Initiative, to be delivered early in 2006.",
        place: Some("Washington, D.C."),
        exchange: None,
        principles: &[],
        tasks: &[],
        sources: src![IMF_PR_05_286, IMF_MDRI_STAFF_ASSESSMENT],
    },
];

pub(crate) static SOURCES: &[&Source] = &[
    &IMF_FINANCIAL_POSITION_2015,
    &IMF_PPP_SUSPEND,
    &IMF_CAMBODIA_DAILY_RETURN,
    &IMF_NEWS_BRIEF_2001,
    &IMF_PR_05_286,
    &IMF_MDRI_STAFF_ASSESSMENT,
    &IMF_190_MEMBERS,
    &IMF_SAGE_MEMBERSHIP,
    &IMF_WIKIDATA,
];
