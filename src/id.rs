//! The closed sets of the crate (statuses, kinds, levels, principles, ...):
//! one way to list, identify, parse and print them all.
//!
//! Every closed set has:
//! - `iter()`, every value in declaration order, with no trait in scope;
//! - `id()`, the stable snake_case identifier of the JSON export;
//! - `FromStr`, which reads the id (ignoring ASCII case; spaces and hyphens
//!   may stand for underscores);
//! - `Display`, which writes the short English label (`label()` where the
//!   set has one), never the id.

use crate::ParseIdError;

/// Whether `text` spells `id`, ignoring ASCII case and treating spaces and
/// hyphens as underscores.
fn spells(text: &str, id: &str) -> bool {
    text.len() == id.len()
        && text.bytes().zip(id.bytes()).all(|(t, i)| {
            let t = match t {
                b' ' | b'-' => b'_',
                other => other.to_ascii_lowercase(),
            };
            t == i
        })
}

/// Finds the value whose id `text` spells; no allocation unless it fails.
pub(crate) fn parse_id<T>(kind: &'static str, text: &str) -> Result<T, ParseIdError>
where
    T: strum::IntoEnumIterator + Into<&'static str> + Copy,
{
    let key = text.trim();
    T::iter()
        .find(|v| spells(key, (*v).into()))
        .ok_or_else(|| ParseIdError::new(kind, text))
}

/// Gives a closed set `iter()`, `id()`, `FromStr` (the id) and `Display`
/// (the label). The set derives strum's `EnumIter` and `IntoStaticStr`
/// (snake_case); users need neither strum nor any trait in scope.
macro_rules! closed_set {
    ($ty:ty, $kind:literal, label = $label:expr) => {
        impl $ty {
            /// Every value, in declaration order (no trait import needed).
            pub fn iter() -> impl ExactSizeIterator<Item = Self> + DoubleEndedIterator + Clone {
                <Self as strum::IntoEnumIterator>::iter()
            }

            /// The stable snake_case identifier, as used in the JSON export
            /// and read back by `FromStr`.
            #[must_use]
            pub fn id(self) -> &'static str {
                self.into()
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::ParseIdError;

            /// Parses the snake_case id, ignoring ASCII case; spaces and
            /// hyphens may stand for underscores.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $crate::id::parse_id($kind, s)
            }
        }

        impl core::fmt::Display for $ty {
            /// Writes the short English label.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(($label)(*self))
            }
        }
    };
    ($ty:ty, $kind:literal { $($variant:ident => $label:literal),* $(,)? }) => {
        impl $ty {
            /// A short English label, for display.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),*
                }
            }
        }

        closed_set!($ty, $kind, label = <$ty>::label);
    };
}

closed_set!(
    crate::Principle,
    "principle",
    label = |p: crate::Principle| p.profile().name
);
closed_set!(
    crate::PolicyTask,
    "policy task",
    label = |t: crate::PolicyTask| t.profile().title
);
closed_set!(crate::RelationType, "relation type" {
    Neighbour => "neighbouring country",
    RegionAndAsean => "region and ASEAN",
    WiderWorld => "wider world",
});
closed_set!(crate::EventType, "event type" {
    RelationsEstablished => "relations established",
    RelationsSuspended => "relations suspended",
    RelationsSevered => "relations severed",
    RelationsRestored => "relations restored",
    RepresentationChanged => "representation changed",
    MissionOpened => "mission opened",
    MissionClosed => "mission closed",
    MembershipJoined => "membership joined",
    MembershipChanged => "membership changed",
    Visit => "visit",
    Summit => "summit",
    Talks => "talks",
    AgreementSigned => "agreement signed",
    JointStatement => "joint statement",
    UnVote => "UN vote",
    Peacekeeping => "peacekeeping",
    Aid => "aid",
    Dispute => "dispute",
});
closed_set!(crate::VisitKind, "visit kind" {
    StateVisit => "state visit",
    OfficialVisit => "official visit",
    WorkingVisit => "working visit",
    SummitAttendance => "attendance at a summit or conference",
    Transit => "transit",
    Consultation => "consultation",
    Other => "other visit",
});
closed_set!(crate::Scope, "coverage scope" {
    TopLevelVisits => "visits at head-of-state or head-of-government level",
    ForeignMinisterExchanges => "foreign ministers' visits and consultations",
});
closed_set!(crate::Indicator, "indicator" {
    TradeTotal => "bilateral trade in goods",
    ExportsTo => "Cambodia's exports to the partner",
    ImportsFrom => "Cambodia's imports from the partner",
    InvestmentApproved => "investment approved in Cambodia",
    InvestmentFdiInflow => "foreign direct investment inflows",
    AidDisbursed => "development assistance disbursed",
    AidCommitted => "development assistance committed",
    TouristArrivals => "tourist arrivals in Cambodia",
    MigrantWorkers => "Cambodian workers in the partner country",
    Scholarships => "scholarships and students",
    ImfQuota => "IMF quota",
    VotingShare => "voting share",
    LendingTotal => "lending to Cambodia",
    SubscribedCapital => "subscribed capital",
    ConventionsRatified => "conventions ratified",
    PreferencesWithdrawn => "trade preferences withdrawn",
    AidGiven => "assistance given by Cambodia",
    InvestmentInPartner => "Cambodian investment in the partner",
    Gdp => "gross domestic product",
    Other => "other figure",
});
closed_set!(crate::Reporter, "reporter" {
    CambodiaCustoms => "General Department of Customs and Excise of Cambodia",
    CambodiaCommerce => "Ministry of Commerce of Cambodia",
    CambodiaCdc => "Council for the Development of Cambodia",
    CambodiaTourism => "Ministry of Tourism of Cambodia",
    CambodiaLabour => "Ministry of Labour and Vocational Training of Cambodia",
    CambodiaNbc => "National Bank of Cambodia",
    CambodiaGovernment => "the Cambodian government",
    PartnerGovernment => "the partner's government",
    ImfDots => "IMF Direction of Trade Statistics",
    UnComtrade => "UN Comtrade",
    Organization => "the organization",
    WorldBank => "World Bank",
    Imf => "International Monetary Fund",
    Unknown => "not stated",
});
closed_set!(crate::Scale, "scale" {
    One => "",
    Thousand => "thousand",
    Million => "million",
    Billion => "billion",
    Trillion => "trillion",
});
closed_set!(crate::Qualifier, "qualifier" {
    Exact => "",
    About => "about",
    Over => "over",
    Nearly => "nearly",
    UpTo => "up to",
});
closed_set!(crate::Lang, "language" {
    En => "English",
    Fr => "French",
    Km => "Khmer",
});
closed_set!(crate::RelationStatus, "relation status" {
    Active => "active",
    Suspended => "suspended",
    Severed => "severed",
});
closed_set!(crate::MissionDirection, "mission direction" {
    PartnerToCambodia => "partner's mission to Cambodia",
    CambodiaToPartner => "Cambodia's mission to the partner",
});
closed_set!(crate::MissionKind, "mission kind" {
    Embassy => "embassy",
    ConsulateGeneral => "consulate-general",
    Consulate => "consulate",
    PermanentMission => "permanent mission",
    NonResidentAccreditation => "non-resident accreditation",
});
closed_set!(crate::AgreementKind, "agreement kind" {
    Treaty => "treaty",
    Border => "border agreement",
    FreeTrade => "free-trade agreement",
    Economic => "economic agreement",
    Cooperation => "cooperation agreement",
    Defence => "defence agreement",
});
closed_set!(crate::MembershipStatus, "membership status" {
    FoundingMember => "founding member",
    Member => "member",
    Observer => "observer",
    CooperationPartner => "cooperation partner",
    SeatContested => "seat contested",
    AdmissionPostponed => "admission postponed",
});
closed_set!(crate::Direction, "direction" { Inbound => "inbound", Outbound => "outbound" });
closed_set!(crate::Level, "level" {
    HeadOfState => "head of state",
    HeadOfGovernment => "head of government",
    ForeignMinister => "foreign minister",
    Minister => "minister",
    Parliamentary => "parliamentary leader",
    Official => "official",
});
closed_set!(crate::AreaExtent, "area extent" {
    Total => "total area (land and water)",
    Land => "land area",
});
closed_set!(crate::Office, "office" {
    HeadOfState => "head of state",
    HeadOfGovernment => "head of government",
    HeadOfStateAndGovernment => "head of state and government",
    HeadOfSecretariat => "head of the secretariat",
});
closed_set!(crate::SummitRole, "summit role" {
    Attended => "attended",
    Hosted => "hosted",
    Chaired => "chaired",
});
closed_set!(crate::Vote, "vote" { Yes => "yes", No => "no", Abstain => "abstain", Absent => "absent" });
closed_set!(crate::Answer, "answer" {
    Yes => "yes",
    No => "no",
    CannotTell => "cannot tell at this precision",
});
closed_set!(crate::Precision, "precision" { Year => "year", Month => "month", Day => "day" });
closed_set!(crate::Certainty, "certainty" {
    Exact => "exact",
    Approximate => "approximate",
    Uncertain => "uncertain",
});
closed_set!(crate::DateRelation, "date relation" {
    Before => "before",
    Same => "same day",
    After => "after",
    CannotTell => "cannot tell at this precision",
});
closed_set!(crate::Region, "region" {
    Africa => "Africa",
    Americas => "Americas",
    Asia => "Asia",
    Europe => "Europe",
    Oceania => "Oceania",
});
closed_set!(crate::SubRegion, "sub-region" {
    NorthernAfrica => "Northern Africa",
    SubSaharanAfrica => "Sub-Saharan Africa",
    LatinAmericaAndTheCaribbean => "Latin America and the Caribbean",
    NorthernAmerica => "Northern America",
    CentralAsia => "Central Asia",
    EasternAsia => "Eastern Asia",
    SouthEasternAsia => "South-eastern Asia",
    SouthernAsia => "Southern Asia",
    WesternAsia => "Western Asia",
    EasternEurope => "Eastern Europe",
    NorthernEurope => "Northern Europe",
    SouthernEurope => "Southern Europe",
    WesternEurope => "Western Europe",
    AustraliaAndNewZealand => "Australia and New Zealand",
    Melanesia => "Melanesia",
    Micronesia => "Micronesia",
    Polynesia => "Polynesia",
});
closed_set!(crate::IntermediateRegion, "intermediate region" {
    EasternAfrica => "Eastern Africa",
    MiddleAfrica => "Middle Africa",
    SouthernAfrica => "Southern Africa",
    WesternAfrica => "Western Africa",
    Caribbean => "Caribbean",
    CentralAmerica => "Central America",
    SouthAmerica => "South America",
});
closed_set!(crate::Asks, "question" {
    RelationsActive => "relations active",
    RelationPeriod => "relation period",
    Member => "member",
    MembershipPeriod => "membership period",
});
closed_set!(crate::InstrumentKind, "instrument kind" {
    Founding => "founding instrument",
    Accession => "accession",
    Constitution => "constitution",
    PeaceAgreement => "peace agreement",
    Bilateral => "bilateral treaty",
});
closed_set!(crate::DateKind, "date kind" {
    Adopted => "adopted",
    Signed => "signed",
    RatifiedOrDeposited => "ratified or deposited",
    InForce => "in force",
    MembershipEffective => "membership effective",
    CountedAsFounding => "counted as founding",
});
closed_set!(crate::PartnerKind, "partner kind" { Country => "country", Organization => "organization" });
closed_set!(crate::SourceKind, "source kind" {
    Official => "official",
    Press => "press",
    Scholarly => "scholarly",
    Reference => "reference work",
    Copy => "copy",
});

#[cfg(test)]
mod tests {
    use crate::{Answer, EventType, MissionKind, Principle, RelationStatus};

    #[test]
    fn ids_parse_loosely_and_labels_print() {
        assert_eq!(
            "Permanent Neutrality".parse::<Principle>().unwrap(),
            Principle::PermanentNeutrality
        );
        assert_eq!("un-vote".parse::<EventType>().unwrap(), EventType::UnVote);
        assert_eq!(Principle::NonAlignment.id(), "non_alignment");
        assert_eq!(EventType::UnVote.to_string(), "UN vote");
        let err = "neutrality".parse::<Principle>().unwrap_err();
        assert_eq!(err.input(), "neutrality");
        assert_eq!(err.to_string(), "unknown principle \"neutrality\"");
    }

    #[test]
    fn every_closed_set_round_trips_through_its_id() {
        fn check<T>(values: impl Iterator<Item = T>)
        where
            T: Copy + PartialEq + core::fmt::Debug + core::str::FromStr + Into<&'static str>,
        {
            let mut n = 0;
            for v in values {
                let id: &'static str = v.into();
                assert_eq!(id.parse::<T>().ok(), Some(v), "{id}");
                n += 1;
            }
            assert!(n >= 2);
        }
        check(Answer::iter());
        check(RelationStatus::iter());
        check(MissionKind::iter());
        check(EventType::iter());
        check(Principle::iter());
        assert_eq!(Answer::CannotTell.to_string(), Answer::CannotTell.label());
    }
}

/// Gives a closed set `label_in(lang)`: its label in English (the
/// `Display` label), French or Khmer. The French and Khmer labels are the
/// crate's own translations of its English labels (names of entities, by
/// contrast, are cited: see [`crate::KhmerName`]).
macro_rules! translated {
    ($ty:ty { $($variant:ident => ($fr:literal, $km:literal)),* $(,)? }) => {
        impl $ty {
            /// The label in a language: English as `Display` writes it,
            /// or the crate's French or Khmer translation.
            #[must_use]
            pub const fn label_in(self, lang: $crate::Lang) -> &'static str {
                match lang {
                    $crate::Lang::En => self.label(),
                    $crate::Lang::Fr => match self { $(Self::$variant => $fr),* },
                    $crate::Lang::Km => match self { $(Self::$variant => $km),* },
                }
            }
        }
    };
}

translated!(crate::RelationType {
    Neighbour => ("pays voisin", "ប្រទេសជិតខាង"),
    RegionAndAsean => ("région et ASEAN", "តំបន់ និងអាស៊ាន"),
    WiderWorld => ("reste du monde", "ពិភពលោកទូលំទូលាយ"),
});
translated!(crate::EventType {
    RelationsEstablished => ("établissement des relations", "ការបង្កើតទំនាក់ទំនងការទូត"),
    RelationsSuspended => ("suspension des relations", "ការផ្អាកទំនាក់ទំនង"),
    RelationsSevered => ("rupture des relations", "ការផ្តាច់ទំនាក់ទំនង"),
    RelationsRestored => ("rétablissement des relations", "ការស្តារទំនាក់ទំនងឡើងវិញ"),
    RepresentationChanged => ("changement de représentation", "ការផ្លាស់ប្តូរកម្រិតតំណាង"),
    MissionOpened => ("ouverture d'une mission", "ការបើកបេសកកម្មការទូត"),
    MissionClosed => ("fermeture d'une mission", "ការបិទបេសកកម្មការទូត"),
    MembershipJoined => ("adhésion", "ការចូលជាសមាជិក"),
    MembershipChanged => ("changement de statut de membre", "ការផ្លាស់ប្តូរស្ថានភាពសមាជិក"),
    Visit => ("visite", "ដំណើរទស្សនកិច្ច"),
    Summit => ("sommet", "កិច្ចប្រជុំកំពូល"),
    Talks => ("entretiens", "កិច្ចពិភាក្សា"),
    AgreementSigned => ("signature d'un accord", "ការចុះហត្ថលេខាលើកិច្ចព្រមព្រៀង"),
    JointStatement => ("déclaration commune", "សេចក្តីថ្លែងការណ៍រួម"),
    UnVote => ("vote à l'ONU", "ការបោះឆ្នោតនៅអង្គការសហប្រជាជាតិ"),
    Peacekeeping => ("maintien de la paix", "ការរក្សាសន្តិភាព"),
    Aid => ("aide", "ជំនួយ"),
    Dispute => ("différend", "ជម្លោះ"),
});
translated!(crate::VisitKind {
    StateVisit => ("visite d'État", "ដំណើរទស្សនកិច្ចផ្លូវរដ្ឋ"),
    OfficialVisit => ("visite officielle", "ដំណើរទស្សនកិច្ចផ្លូវការ"),
    WorkingVisit => ("visite de travail", "ដំណើរទស្សនកិច្ចការងារ"),
    SummitAttendance => ("participation à un sommet ou une conférence", "ការចូលរួមកិច្ចប្រជុំកំពូល ឬសន្និសីទ"),
    Transit => ("transit", "ការឆ្លងកាត់"),
    Consultation => ("consultations", "កិច្ចពិគ្រោះយោបល់"),
    Other => ("autre visite", "ដំណើរទស្សនកិច្ចផ្សេងទៀត"),
});
translated!(crate::Scope {
    TopLevelVisits => ("visites au niveau des chefs d'État ou de gouvernement", "ដំណើរទស្សនកិច្ចកម្រិតប្រមុខរដ្ឋ ឬប្រមុខរដ្ឋាភិបាល"),
    ForeignMinisterExchanges => ("visites et consultations des ministres des Affaires étrangères", "ដំណើរទស្សនកិច្ច និងកិច្ចពិគ្រោះយោបល់របស់រដ្ឋមន្ត្រីការបរទេស"),
});
translated!(crate::Indicator {
    TradeTotal => ("commerce bilatéral de biens", "ពាណិជ្ជកម្មទំនិញទ្វេភាគី"),
    ExportsTo => ("exportations du Cambodge vers le partenaire", "ការនាំចេញរបស់កម្ពុជាទៅដៃគូ"),
    ImportsFrom => ("importations du Cambodge depuis le partenaire", "ការនាំចូលរបស់កម្ពុជាពីដៃគូ"),
    InvestmentApproved => ("investissements approuvés au Cambodge", "ការវិនិយោគដែលបានអនុម័តនៅកម្ពុជា"),
    InvestmentFdiInflow => ("flux d'investissements directs étrangers", "លំហូរវិនិយោគផ្ទាល់ពីបរទេស"),
    AidDisbursed => ("aide au développement versée", "ជំនួយអភិវឌ្ឍន៍ដែលបានផ្តល់"),
    AidCommitted => ("aide au développement engagée", "ជំនួយអភិវឌ្ឍន៍ដែលបានសន្យា"),
    TouristArrivals => ("arrivées de touristes au Cambodge", "ភ្ញៀវទេសចរមកកម្ពុជា"),
    MigrantWorkers => ("travailleurs cambodgiens dans le pays partenaire", "ពលករកម្ពុជានៅប្រទេសដៃគូ"),
    Scholarships => ("bourses et étudiants", "អាហារូបករណ៍ និងនិស្សិត"),
    ImfQuota => ("quote-part au FMI", "កូតានៅមូលនិធិរូបិយវត្ថុអន្តរជាតិ"),
    VotingShare => ("part des voix", "ចំណែកសំឡេងឆ្នោត"),
    LendingTotal => ("prêts au Cambodge", "ប្រាក់កម្ចីដល់កម្ពុជា"),
    SubscribedCapital => ("capital souscrit", "ដើមទុនដែលបានចុះឈ្មោះ"),
    ConventionsRatified => ("conventions ratifiées", "អនុសញ្ញាដែលបានផ្តល់សច្ចាប័ន"),
    PreferencesWithdrawn => ("préférences commerciales retirées", "អនុគ្រោះពាណិជ្ជកម្មដែលត្រូវដកហូត"),
    AidGiven => ("aide accordée par le Cambodge", "ជំនួយដែលកម្ពុជាផ្តល់ជូន"),
    InvestmentInPartner => ("investissements cambodgiens chez le partenaire", "ការវិនិយោគរបស់កម្ពុជានៅប្រទេសដៃគូ"),
    Gdp => ("produit intérieur brut", "ផលិតផលក្នុងស្រុកសរុប"),
    Other => ("autre chiffre", "តួលេខផ្សេងទៀត"),
});
translated!(crate::Reporter {
    CambodiaCustoms => ("Direction générale des douanes et accises du Cambodge", "អគ្គនាយកដ្ឋានគយ និងរដ្ឋាករកម្ពុជា"),
    CambodiaCommerce => ("ministère du Commerce du Cambodge", "ក្រសួងពាណិជ្ជកម្មកម្ពុជា"),
    CambodiaCdc => ("Conseil pour le développement du Cambodge", "ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជា"),
    CambodiaTourism => ("ministère du Tourisme du Cambodge", "ក្រសួងទេសចរណ៍កម្ពុជា"),
    CambodiaLabour => ("ministère du Travail et de la Formation professionnelle du Cambodge", "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈកម្ពុជា"),
    CambodiaNbc => ("Banque nationale du Cambodge", "ធនាគារជាតិនៃកម្ពុជា"),
    CambodiaGovernment => ("le gouvernement cambodgien", "រាជរដ្ឋាភិបាលកម្ពុជា"),
    PartnerGovernment => ("le gouvernement du partenaire", "រដ្ឋាភិបាលប្រទេសដៃគូ"),
    ImfDots => ("statistiques de la direction des échanges du FMI", "ស្ថិតិទិសដៅពាណិជ្ជកម្មរបស់មូលនិធិរូបិយវត្ថុអន្តរជាតិ"),
    UnComtrade => ("UN Comtrade", "UN Comtrade"),
    Organization => ("l'organisation", "អង្គការ"),
    WorldBank => ("Banque mondiale", "ធនាគារពិភពលោក"),
    Imf => ("Fonds monétaire international", "មូលនិធិរូបិយវត្ថុអន្តរជាតិ"),
    Unknown => ("non précisé", "មិនបានបញ្ជាក់"),
});
translated!(crate::Lang {
    En => ("anglais", "អង់គ្លេស"),
    Fr => ("français", "បារាំង"),
    Km => ("khmer", "ខ្មែរ"),
});
translated!(crate::RelationStatus {
    Active => ("actives", "សកម្ម"),
    Suspended => ("suspendues", "ផ្អាក"),
    Severed => ("rompues", "ផ្តាច់"),
});
translated!(crate::MissionDirection {
    PartnerToCambodia => ("mission du partenaire au Cambodge", "បេសកកម្មរបស់ដៃគូនៅកម្ពុជា"),
    CambodiaToPartner => ("mission du Cambodge chez le partenaire", "បេសកកម្មរបស់កម្ពុជានៅប្រទេសដៃគូ"),
});
translated!(crate::MissionKind {
    Embassy => ("ambassade", "ស្ថានទូត"),
    ConsulateGeneral => ("consulat général", "អគ្គកុងស៊ុល"),
    Consulate => ("consulat", "កុងស៊ុល"),
    PermanentMission => ("mission permanente", "បេសកកម្មអចិន្ត្រៃយ៍"),
    NonResidentAccreditation => ("accréditation non résidente", "ការតែងតាំងមិនស្នាក់នៅ"),
});
translated!(crate::AgreementKind {
    Treaty => ("traité", "សន្ធិសញ្ញា"),
    Border => ("accord frontalier", "កិច្ចព្រមព្រៀងព្រំដែន"),
    FreeTrade => ("accord de libre-échange", "កិច្ចព្រមព្រៀងពាណិជ្ជកម្មសេរី"),
    Economic => ("accord économique", "កិច្ចព្រមព្រៀងសេដ្ឋកិច្ច"),
    Cooperation => ("accord de coopération", "កិច្ចព្រមព្រៀងសហប្រតិបត្តិការ"),
    Defence => ("accord de défense", "កិច្ចព្រមព្រៀងការពារជាតិ"),
});
translated!(crate::MembershipStatus {
    FoundingMember => ("membre fondateur", "សមាជិកស្ថាបនិក"),
    Member => ("membre", "សមាជិក"),
    Observer => ("observateur", "អ្នកសង្កេតការណ៍"),
    CooperationPartner => ("partenaire de coopération", "ដៃគូសហប្រតិបត្តិការ"),
    SeatContested => ("siège contesté", "អាសនៈត្រូវបានជំទាស់"),
    AdmissionPostponed => ("admission reportée", "ការចូលជាសមាជិកត្រូវបានពន្យារពេល"),
});
translated!(crate::Direction {
    Inbound => ("vers le Cambodge", "មកកម្ពុជា"),
    Outbound => ("depuis le Cambodge", "ពីកម្ពុជា"),
});
translated!(crate::Level {
    HeadOfState => ("chef de l'État", "ប្រមុខរដ្ឋ"),
    HeadOfGovernment => ("chef du gouvernement", "ប្រមុខរដ្ឋាភិបាល"),
    ForeignMinister => ("ministre des Affaires étrangères", "រដ្ឋមន្ត្រីការបរទេស"),
    Minister => ("ministre", "រដ្ឋមន្ត្រី"),
    Parliamentary => ("président d'assemblée", "ប្រធានសភា"),
    Official => ("haut fonctionnaire", "មន្ត្រីជាន់ខ្ពស់"),
});
translated!(crate::AreaExtent {
    Total => ("superficie totale (terres et eaux)", "ផ្ទៃក្រឡាសរុប (ដី និងទឹក)"),
    Land => ("superficie des terres", "ផ្ទៃដី"),
});
translated!(crate::Office {
    HeadOfState => ("chef de l'État", "ប្រមុខរដ្ឋ"),
    HeadOfGovernment => ("chef du gouvernement", "ប្រមុខរដ្ឋាភិបាល"),
    HeadOfStateAndGovernment => ("chef de l'État et du gouvernement", "ប្រមុខរដ្ឋ និងប្រមុខរដ្ឋាភិបាល"),
    HeadOfSecretariat => ("chef du secrétariat", "ប្រមុខលេខាធិការដ្ឋាន"),
});
translated!(crate::SummitRole {
    Attended => ("participation", "ចូលរួម"),
    Hosted => ("accueil", "ធ្វើជាម្ចាស់ផ្ទះ"),
    Chaired => ("présidence", "ធ្វើជាប្រធាន"),
});
translated!(crate::Answer {
    Yes => ("oui", "មែន"),
    No => ("non", "មិនមែន"),
    CannotTell => ("impossible à dire à cette précision", "មិនអាចប្រាប់បានតាមកម្រិតភាពជាក់លាក់នេះ"),
});
