//! The observation record and its closed sets.

use crate::{EventDate, Partner, Sources};

/// What a figure measures.
///
/// ```
/// use cambodia_diplomacy::Indicator;
///
/// assert_eq!("trade_total".parse::<Indicator>()?, Indicator::TradeTotal);
/// assert_eq!(Indicator::TouristArrivals.to_string(), "tourist arrivals in Cambodia");
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Indicator {
    /// Bilateral trade in goods, both ways.
    TradeTotal,
    /// Cambodia's exports of goods to the partner.
    ExportsTo,
    /// Cambodia's imports of goods from the partner.
    ImportsFrom,
    /// Investment from the partner approved or registered in Cambodia
    /// (Council for the Development of Cambodia), for the period or
    /// cumulative over a span.
    InvestmentApproved,
    /// Foreign direct investment inflows from the partner.
    InvestmentFdiInflow,
    /// Development assistance disbursed by the partner.
    AidDisbursed,
    /// Development assistance pledged or committed by the partner.
    AidCommitted,
    /// Visitors from the partner arriving in Cambodia.
    TouristArrivals,
    /// Cambodian workers in the partner country.
    MigrantWorkers,
    /// Scholarships offered to Cambodians, or Cambodian students in the
    /// partner country (the note says which).
    Scholarships,
    /// Cambodia's quota at the IMF.
    ImfQuota,
    /// Cambodia's share of the votes in an organization.
    VotingShare,
    /// An organization's lending to Cambodia.
    LendingTotal,
    /// Cambodia's subscribed capital in an organization.
    SubscribedCapital,
    /// Conventions Cambodia has ratified.
    ConventionsRatified,
    /// Trade preferences withdrawn from Cambodia (share or value).
    PreferencesWithdrawn,
    /// Development assistance or donations given by Cambodia to the partner
    /// (the reverse of [`Indicator::AidDisbursed`]).
    AidGiven,
    /// Cambodian investment in the partner country (the reverse of
    /// [`Indicator::InvestmentApproved`]).
    InvestmentInPartner,
    /// The partner's gross domestic product at current prices (nominal,
    /// not at purchasing-power parity): a profile figure, not a bilateral one.
    Gdp,
    /// Another figure; its note says what it counts.
    Other,
}

/// Who counted a figure (not who reported it in the press).
///
/// ```
/// use cambodia_diplomacy::Reporter;
///
/// assert_eq!(Reporter::CambodiaCustoms.to_string(), "General Department of Customs and Excise of Cambodia");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reporter {
    /// Cambodia's General Department of Customs and Excise.
    CambodiaCustoms,
    /// Cambodia's Ministry of Commerce.
    CambodiaCommerce,
    /// The Council for the Development of Cambodia.
    CambodiaCdc,
    /// Cambodia's Ministry of Tourism.
    CambodiaTourism,
    /// Cambodia's Ministry of Labour and Vocational Training.
    CambodiaLabour,
    /// The National Bank of Cambodia.
    CambodiaNbc,
    /// Another Cambodian ministry or official.
    CambodiaGovernment,
    /// The partner's ministry, statistics office or embassy.
    PartnerGovernment,
    /// The IMF's Direction of Trade Statistics.
    ImfDots,
    /// UN Comtrade.
    UnComtrade,
    /// The organization itself (ADB, IMF, ILO, AIIB, the EU, the UN, ...),
    /// for a figure about its own dealings with Cambodia.
    Organization,
    /// The World Bank's statistics (World Development Indicators), for a
    /// figure about a country.
    WorldBank,
    /// The IMF's statistics (World Economic Outlook), for a figure about a
    /// country.
    Imf,
    /// The source does not say who counted.
    Unknown,
}

/// What a figure is counted in.
///
/// ```
/// use cambodia_diplomacy::Unit;
///
/// assert_eq!(Unit::Currency("USD").to_string(), "USD");
/// assert_eq!(Unit::Persons.to_string(), "persons");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Money, in the ISO 4217 currency named (`XDR` for the IMF's SDR).
    Currency(&'static str),
    /// People.
    Persons,
    /// A percentage.
    Percent,
    /// A count of other things (conventions, scholarships, slots).
    Count,
}

impl Unit {
    /// The unit's id in the export: the currency code, or `persons`,
    /// `percent`, `count`.
    ///
    /// ```
    /// use cambodia_diplomacy::Unit;
    /// assert_eq!(Unit::Currency("XDR").id(), "XDR");
    /// assert_eq!(Unit::Percent.id(), "percent");
    /// ```
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Currency(code) => code,
            Self::Persons => "persons",
            Self::Percent => "percent",
            Self::Count => "count",
        }
    }
}

impl core::fmt::Display for Unit {
    /// The currency code, "persons", "%", or nothing for a count.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::Currency(code) => code,
            Self::Persons => "persons",
            Self::Percent => "%",
            Self::Count => "",
        })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    /// As its [`Unit::id`].
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// The word a source puts after a number ("1.2 billion").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Scale {
    /// No word: the number is written out.
    #[default]
    One,
    /// Thousand.
    Thousand,
    /// Million.
    Million,
    /// Billion (a thousand million).
    Billion,
    /// Trillion (a million million).
    Trillion,
}

impl Scale {
    /// The power of ten the word stands for.
    #[must_use]
    pub const fn exponent(self) -> u32 {
        match self {
            Self::One => 0,
            Self::Thousand => 3,
            Self::Million => 6,
            Self::Billion => 9,
            Self::Trillion => 12,
        }
    }
}

/// How a source hedges a figure.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Qualifier {
    /// The figure is stated plainly.
    #[default]
    Exact,
    /// "About".
    About,
    /// "Over", "more than".
    Over,
    /// "Nearly", "almost".
    Nearly,
    /// "Up to".
    UpTo,
}

/// A number exactly as its source prints it: the digits, where the decimal
/// point falls, and the scale word, so that "US$1.2 billion" never becomes
/// a more precise-looking 1,200,000,000.
///
/// ```
/// use cambodia_diplomacy::{Amount, Scale};
///
/// let trade = Amount::new(12, 1, Scale::Billion); // 1.2 billion
/// assert_eq!(trade.to_string(), "1.2 billion");
/// assert_eq!(trade.as_f64(), 1.2e9);
/// let tourists = Amount::new(146_447_424, 0, Scale::One);
/// assert_eq!(tourists.to_string(), "146,447,424");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amount {
    /// The digits, without the decimal point ("1.25" is 125).
    pub digits: i64,
    /// How many of the digits follow the decimal point.
    pub decimals: u8,
    /// The scale word.
    pub scale: Scale,
}

impl Amount {
    /// An amount from its digits, decimals and scale.
    #[must_use]
    pub const fn new(digits: i64, decimals: u8, scale: Scale) -> Self {
        Self {
            digits,
            decimals,
            scale,
        }
    }

    /// The value as a number, for charts and comparisons (not for display:
    /// use `Display`, which keeps the source's precision).
    #[must_use]
    pub fn as_f64(&self) -> f64 {
        let exponent = i32::try_from(self.scale.exponent()).unwrap_or(0) - i32::from(self.decimals);
        // Digits fit an f64 exactly up to 2^53; figures are far below that.
        #[allow(clippy::cast_precision_loss)]
        let digits = self.digits as f64;
        digits * 10f64.powi(exponent)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Amount {
    /// `{"digits", "decimals", "scale", "number", "text"}`: the number as
    /// printed, and for convenience its value and its text.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Amount", 5)?;
        s.serialize_field("digits", &self.digits)?;
        s.serialize_field("decimals", &self.decimals)?;
        s.serialize_field("scale", &self.scale)?;
        s.serialize_field("number", &self.as_f64())?;
        s.serialize_field("text", &self.to_string())?;
        s.end()
    }
}

impl core::fmt::Display for Amount {
    /// The number with thousands grouped by commas, its decimals as the
    /// source gives them, and the scale word: "1.2 billion", "146,447,424".
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let negative = self.digits < 0;
        let digits = self.digits.unsigned_abs();
        let divisor = 10u64.pow(u32::from(self.decimals));
        let (whole, fraction) = (digits / divisor, digits % divisor);
        if negative {
            f.write_str("-")?;
        }
        let text = whole.to_string();
        for (i, c) in text.chars().enumerate() {
            if i > 0 && (text.len() - i) % 3 == 0 {
                f.write_str(",")?;
            }
            write!(f, "{c}")?;
        }
        if self.decimals > 0 {
            write!(f, ".{fraction:0width$}", width = usize::from(self.decimals))?;
        }
        match self.scale {
            Scale::One => Ok(()),
            scale => write!(f, " {}", scale.label()),
        }
    }
}

/// One figure, as one document states it.
///
/// ```
/// use cambodia_diplomacy::{Country, Indicator, series};
///
/// for o in series(Country::Japan, Indicator::TradeTotal) {
///     assert!(!o.sources.is_empty());
///     println!("{}: {} ({})", o.period, o, o.reporter);
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Observation {
    /// The partner the figure is about.
    pub partner: Partner,
    /// What it measures.
    pub indicator: Indicator,
    /// The period it covers: a year, a span (first months of a year, or a
    /// cumulative span), or a day for a stock.
    pub period: EventDate,
    /// The number, as printed.
    pub value: Amount,
    /// What it is counted in.
    pub unit: Unit,
    /// Who counted it.
    pub reporter: Reporter,
    /// Whether the source calls it an estimate.
    pub estimate: bool,
    /// The source's hedge ("about", "over").
    pub qualifier: Qualifier,
    /// Whether this is the figure preferred where one reporter gives two
    /// for the same period (a revision, a rounding); the note of the other
    /// says why it is not preferred. Two reporters' figures are both
    /// preferred: they are two counts, not two claims about one.
    pub preferred: bool,
    /// What exactly is counted, and any conflict, in the crate's own words.
    pub note: &'static str,
    /// Where it is stated.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::export::source_ids"))]
    pub sources: Sources,
}

impl Observation {
    /// Whether the figure covers exactly one calendar year.
    #[must_use]
    pub fn is_full_year(&self) -> bool {
        self.period.end.is_none() && self.period.start.month_number().is_none()
    }
}

impl core::fmt::Display for Observation {
    /// The figure with its hedge and unit: "about USD 1.2 billion",
    /// "146,447,424 persons", "20 %".
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.qualifier {
            Qualifier::Exact => {}
            Qualifier::About => f.write_str("about ")?,
            Qualifier::Over => f.write_str("over ")?,
            Qualifier::Nearly => f.write_str("nearly ")?,
            Qualifier::UpTo => f.write_str("up to ")?,
        }
        match self.unit {
            Unit::Currency(code) => write!(f, "{code} {}", self.value),
            Unit::Persons => write!(f, "{} persons", self.value),
            Unit::Percent => write!(f, "{} %", self.value),
            Unit::Count => write!(f, "{}", self.value),
        }
    }
}
