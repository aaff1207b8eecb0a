//! Sources: the documents every fact in the crate is taken from.

use crate::HistDate;

/// A document that supports one or more facts.
///
/// Every fact-bearing record in the crate holds a list of `&'static Source`,
/// so a citation can never dangle. List them all with [`crate::sources`], or
/// find one by id with [`crate::source`].
///
/// ```
/// use cambodia_diplomacy::SourceKind;
///
/// let iric = cambodia_diplomacy::source("iric_current_research").unwrap();
/// assert_eq!(iric.publisher, "International Relations Institute of Cambodia");
/// assert!(iric.url.starts_with("https://"));
/// assert_eq!(iric.kind, SourceKind::Scholarly);
/// assert_eq!(iric.copy_of, None);
///
/// // A copy names the site that carries it, and the original it reproduces.
/// let copy = cambodia_diplomacy::source("pakistan_aecvcci_khmer_times_2023_new_high").unwrap();
/// assert_eq!(copy.kind, SourceKind::Copy);
/// assert_eq!(copy.publisher, "AEC VCCI news portal");
/// assert_eq!(
///     copy.copy_of,
///     Some("Khmer Times, \"Taking Pakistan-Cambodia ties to a new high\"")
/// );
/// ```
///
/// # Kinds
///
/// - [`SourceKind::Official`]: a government, ministry, embassy or parliament,
///   an organization speaking of itself (the UN, the ASEAN Secretariat, the
///   IMF...), or the text of a treaty, constitution or resolution as kept by
///   an institution (a court, a university database, a UN agency). A
///   document kept in an archive (a national archive, the Internet Archive,
///   Google Books, the WikiLeaks cable library) keeps its author as
///   publisher and its own kind.
/// - [`SourceKind::Press`]: a newspaper, broadcaster or news agency on its own
///   site, state agencies included (Agence Kampuchea Presse, Xinhua).
/// - [`SourceKind::Scholarly`]: a journal, a book, university or think-tank
///   research.
/// - [`SourceKind::Reference`]: Wikipedia (any language, the edition in
///   [`Source::language`]), Wikidata, encyclopedias, datasets such as
///   `mledoze/countries`.
/// - [`SourceKind::Copy`]: a page that reproduces a document first published
///   by someone else: mirrors of Wikipedia, aggregators, document-sharing
///   sites, blogs and forums reposting an article, a wire story (Xinhua, AFP,
///   Bernama...) on another outlet's site, press-release redistributors,
///   commercial legal databases, machine translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Source {
    /// A stable snake_case identifier, unique in the dataset.
    pub id: &'static str,
    /// Who published the document (a ministry, a newspaper, Wikipedia, ...).
    pub publisher: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// Where the document can be read.
    pub url: &'static str,
    /// The document's language, as a BCP 47 tag (`en`, `fr`, `km`, ...).
    pub language: &'static str,
    /// When the document was published, where it says.
    pub published: Option<HistDate>,
    /// When the document was read for this dataset.
    pub retrieved: Option<HistDate>,
    /// What kind of document this is, for weighing it: an official text, a
    /// press report, a scholarly work, a reference work, or a copy of a
    /// document published by someone else.
    pub kind: SourceKind,
    /// For a [`SourceKind::Copy`]: the original it reproduces, as its
    /// publisher and, where known, its title in quotation marks
    /// (`Khmer Times, "Taking Pakistan-Cambodia ties to a new high"`), or
    /// the publisher alone. `None` for an original, and for a copy whose
    /// original is not known; [`Source::publisher`] of a copy is the site
    /// that carries it.
    pub copy_of: Option<&'static str>,
}

/// A list of sources, as every record holds one.
///
/// ```
/// use cambodia_diplomacy::{Country, Sources};
///
/// let cited: Sources = Country::Russia.relation().sources;
/// assert!(cited.iter().any(|s| s.publisher == "Wikipedia"));
/// assert!(cited.iter().all(|s| cambodia_diplomacy::source(s.id) == Some(*s)));
/// ```
pub type Sources = &'static [&'static Source];

/// What kind of document a source is, for weighing it.
///
/// ```
/// use cambodia_diplomacy::SourceKind;
/// assert_eq!("reference".parse::<SourceKind>()?, SourceKind::Reference);
/// assert_eq!(SourceKind::Reference.to_string(), "reference work");
/// # Ok::<(), cambodia_diplomacy::ParseIdError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SourceKind {
    /// A government, ministry or embassy, an organization speaking of
    /// itself, or the text of a treaty.
    Official,
    /// A newspaper, broadcaster or news agency.
    Press,
    /// A scholarly book or article.
    Scholarly,
    /// An encyclopedia or other reference work (Wikipedia, Wikidata).
    Reference,
    /// A copy of another document: a mirror, an aggregator, a
    /// document-sharing site, a blog reposting an article.
    Copy,
}

impl Source {
    /// A one-line citation: publisher, title in quotation marks, publication
    /// date where known, and URL.
    ///
    /// ```
    /// let iric = cambodia_diplomacy::source("iric_current_research").unwrap();
    /// assert_eq!(
    ///     iric.cite(),
    ///     format!("International Relations Institute of Cambodia, \"{}\", {}", iric.title, iric.url)
    /// );
    /// assert_eq!(iric.to_string(), iric.cite());
    /// ```
    #[must_use]
    pub fn cite(&self) -> String {
        self.to_string()
    }
}

impl core::fmt::Display for Source {
    /// Writes the citation that [`Source::cite`] returns.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}, \"{}\"", self.publisher, self.title)?;
        if let Some(published) = self.published {
            write!(f, " ({published})")?;
        }
        write!(f, ", {}", self.url)
    }
}

/// Writes " Sources: [1] citation; [2] citation." (or " Sources: none."),
/// numbering the sources of one or more lists together and citing each
/// source once.
pub(crate) fn write_citations<'a>(
    lists: impl IntoIterator<Item = &'a [&'static Source]>,
    f: &mut core::fmt::Formatter<'_>,
) -> core::fmt::Result {
    let mut cited: Vec<&'static Source> = Vec::new();
    for source in lists.into_iter().flatten() {
        if !cited.iter().any(|s| s.id == source.id) {
            cited.push(source);
        }
    }
    if cited.is_empty() {
        return f.write_str(" Sources: none.");
    }
    f.write_str(" Sources:")?;
    for (i, source) in cited.iter().enumerate() {
        let sep = if i + 1 == cited.len() { "." } else { ";" };
        write!(f, " [{}] {source}{sep}", i + 1)?;
    }
    Ok(())
}
