//! Runs every example on real arguments and checks what it prints.
//!
//! Each example is built once, with the same cargo and features as the test
//! run, so a stale binary is never tested.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Once;

static BUILD: Once = Once::new();

fn example(name: &str) -> PathBuf {
    // target/<profile>/deps/examples-<hash> -> target/<profile>/examples/<name>
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target profile dir");
    BUILD.call_once(|| {
        // Build into the same target directory as this test, whatever it is.
        let target_dir = profile_dir.parent().expect("target dir");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = Command::new(cargo);
        build.args([
            "build",
            "--quiet",
            "--examples",
            "--manifest-path",
            concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"),
        ]);
        build.arg("--target-dir").arg(target_dir);
        if profile_dir.ends_with("release") {
            build.arg("--release");
        }
        if cfg!(not(feature = "serde")) {
            build.arg("--no-default-features");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "building the examples failed");
    });
    profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

/// A command for an example, with every stream piped.
fn command(name: &str) -> Command {
    let mut command = Command::new(example(name));
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Runs a command, feeding it `stdin` (or closing its standard input).
fn finish(command: &mut Command, stdin: Option<&str>) -> Output {
    let mut child = command.spawn().expect("example starts");
    if let Some(text) = stdin {
        use std::io::Write;
        let written = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes());
        // An example that rejects its arguments may exit before reading.
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("example finishes")
}

fn run(name: &str, args: &[&str], stdin: Option<&str>) -> Output {
    finish(command(name).args(args), stdin)
}

/// Runs an example in `dir`, so that a file it should not write lands there.
fn run_in(dir: &Path, name: &str, args: &[&str]) -> Output {
    finish(command(name).args(args).current_dir(dir), None)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts that the example failed with a message and without panicking.
fn assert_clean_failure(output: &Output, what: &str) {
    let err = stderr(output);
    assert!(!output.status.success(), "{what}: accepted\n{err}");
    assert!(!err.contains("panicked"), "{what}: panicked\n{err}");
    assert!(!err.trim().is_empty(), "{what}: failed without a message");
}

/// An empty directory of its own for one test, removed at the end.
struct Scratch(PathBuf);

impl Scratch {
    fn new(label: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("cambodia_examples_{}_{label}", std::process::id()));
        std::fs::remove_dir_all(&dir).ok();
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn arg(&self, name: &str) -> String {
        self.path(name).to_str().expect("UTF-8 temp dir").to_owned()
    }

    /// The names of the files in the directory, sorted.
    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.0)
            .expect("scratch dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// One run of each example that writes to standard output.
const STDOUT_RUNS: &[(&str, &[&str], Option<&str>)] = &[
    ("aide_memoire", &["Russia"], None),
    ("aide_memoire", &[], None),
    ("timeline", &[], None),
    ("timeline", &["--partners", "russia"], None),
    #[cfg(feature = "serde")]
    ("export", &[], None),
    ("as_of", &["1977-01-01"], None),
    ("tag_text", &[], Some("Burma and the Lao PDR")),
    ("relations_chart", &[], None),
];

#[test]
fn aide_memoire_for_russia_names_1956_and_1979_and_cites_sources() {
    let out = run("aide_memoire", &["Soviet Union"], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(text.starts_with("# Aide-memoire: Russia"), "{text}");
    assert!(text.contains("1956-05-13"), "no 1956 in the brief");
    assert!(text.contains("1979"), "no 1979 in the brief");
    assert!(text.contains("## Sources"), "no source list");
    assert!(
        text.contains("Cambodia–Russia relations"),
        "the Wikipedia seed is not cited"
    );
    // Every reference mark points into the numbered list.
    let listed = text
        .split("## Sources")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(". "))
        .count();
    for mark in text.split('[').skip(1).filter_map(|s| s.split(']').next()) {
        for n in mark.split(", ").filter_map(|n| n.parse::<usize>().ok()) {
            assert!(
                n >= 1 && n <= listed,
                "reference [{n}] is not in the list of {listed} sources"
            );
        }
    }
}

#[test]
fn aide_memoire_in_french_uses_french_names() {
    let out = run("aide_memoire", &["Allemagne", "--lang", "fr"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("# Aide-mémoire: Allemagne"), "{text}");
}

#[test]
fn aide_memoire_rejects_unknown_partner_with_suggestions() {
    let out = run("aide_memoire", &["Rusia"], None);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown partner \"Rusia\""), "{err}");
    assert!(
        err.contains("closest names:") && err.contains("Russia"),
        "{err}"
    );
}

#[test]
fn aide_memoire_without_argument_lists_partners() {
    let out = run("aide_memoire", &[], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("usage:"));
    assert!(text.contains("south_korea") && text.contains("asian_infrastructure_investment_bank"));
}

#[test]
fn aide_memoire_writes_one_file_per_partner() {
    let dir = std::env::temp_dir().join(format!("aide_memoires_{}", std::process::id()));
    let out = run(
        "aide_memoire",
        &["--all", "--out", dir.to_str().expect("utf-8 path")],
        None,
    );
    assert!(out.status.success());
    let files = std::fs::read_dir(&dir).expect("output dir").count();
    assert_eq!(files, cambodia_diplomacy::Partner::iter().len());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timeline_is_valid_svg_with_a_lane_per_partner() {
    let out = run(
        "timeline",
        &[
            "--partners",
            "russia,vietnam,asean",
            "--from",
            "1950",
            "--to",
            "2025",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = stdout(&out);
    let doc = roxmltree::Document::parse(&svg).expect("the timeline is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("width"), Some("1200"));
    let lanes: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("lane"))
        .filter_map(|n| n.attribute("data-partner"))
        .collect();
    assert_eq!(lanes, ["russia", "vietnam", "asean"]);
    let bars = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("period"))
        .count();
    assert!(
        bars >= 3,
        "expected relation and membership bars, found {bars}"
    );
}

#[test]
fn timeline_rejects_unknown_partner() {
    let out = run("timeline", &["--partners", "russia,atlantis"], None);
    assert_clean_failure(&out, "timeline --partners russia,atlantis");
    let err = stderr(&out);
    assert!(err.contains("unknown partner \"atlantis\""), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn as_of_1977_lists_no_relations_with_russia() {
    let out = run("as_of", &["1977-01-01"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Democratic Kampuchea"), "{text}");
    let relations = text
        .split("## Countries with active relations")
        .nth(1)
        .unwrap_or_default();
    let relations = relations
        .split("## Organizations")
        .next()
        .unwrap_or_default();
    assert!(!relations.contains("Russia"), "{relations}");
    assert!(relations.contains("China"), "{relations}");
}

#[test]
fn as_of_names_who_led_and_says_when_it_cannot_tell() {
    let out = run("as_of", &["2015-06-01"], None);
    assert!(out.status.success());
    let text = stdout(&out);
    let led = text.split("## Who led").nth(1).unwrap_or_default();
    assert!(
        led.contains("Japan, head of government: Shinzo Abe"),
        "{led}"
    );
    assert!(
        led.contains("United Nations, head of the secretariat: Ban Ki-moon"),
        "{led}"
    );
    // Before 1993 the lists claim nothing: the example says so.
    let out = run("as_of", &["1977-01-01"], None);
    let text = stdout(&out);
    let led = text.split("## Who led").nth(1).unwrap_or_default();
    assert!(
        led.contains(
            "Japan, head of government: cannot tell (the list is complete from 1993-01-01"
        ),
        "{led}"
    );
}

#[test]
fn as_of_rejects_a_bad_date() {
    let out = run("as_of", &["1977-02-30"], None);
    assert!(!out.status.success());
}

#[test]
fn tag_text_finds_burma_as_myanmar() {
    let out = run(
        "tag_text",
        &[],
        Some("Burma and the Lao PDR met in Phnom Penh; les États-Unis et l'ASEAN aussi."),
    );
    assert!(out.status.success());
    let text = stdout(&out);
    let ids: Vec<&str> = text.lines().filter_map(|l| l.split('\t').next()).collect();
    for id in ["myanmar", "laos", "united_states", "asean"] {
        assert!(ids.contains(&id), "{id} not tagged in {text}");
    }
    assert!(!ids.contains(&"india"), "\"in\" must not tag India: {text}");
}

#[test]
fn tag_text_finds_partners_in_khmer_news_text() {
    // Fresh News, on the second Mekong-Lancang leaders' meeting (2018): no
    // spaces between words; Cambodia itself is not a partner.
    let text = "កិច្ចប្រជុំនេះមានមេដឹកនាំប្រទេសចំនួន៦ចូលរួមក្នុងនោះមានកម្ពុជា ចិន ឡាវ ថៃ វៀតណាម និងមីយ៉ាន់ម៉ា";
    let out = run("tag_text", &[], Some(text));
    assert!(out.status.success(), "{}", stderr(&out));
    let tagged = stdout(&out);
    let ids: Vec<&str> = tagged
        .lines()
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert_eq!(
        ids,
        ["china", "laos", "myanmar", "thailand", "vietnam"],
        "{tagged}"
    );
}

#[test]
fn aide_memoire_writes_khmer_headings_names_and_dates() {
    let out = run(
        "aide_memoire",
        &["Thailand", "--lang", "km", "--khmer-dates"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with("# អនុស្សរណៈ: ថៃ"),
        "{}",
        &md[..200.min(md.len())]
    );
    assert!(md.contains("ប្រវត្តិទំនាក់ទំនង"), "no Khmer heading");
    assert!(md.contains("១៩ ធ្នូ ១៩៥០"), "no Khmer date");
    assert!(
        md.contains("ភាសាអង់គ្លេស"),
        "does not say the notes are in English"
    );
    // The notes keep their English, dates included.
    assert!(md.contains("19 December 1950"));
    // French headings come with French labels.
    let fr = stdout(&run("aide_memoire", &["Thailand", "--lang", "fr"], None));
    assert!(
        fr.contains("pays voisin") && fr.contains("Asie du Sud-Est"),
        "{}",
        &fr[..600.min(fr.len())]
    );
    assert!(!fr.contains("neighbouring country"));
    // --khmer-dates needs --lang; a bad language is refused.
    for args in [
        &["Thailand", "--lang", "de"][..],
        &["Thailand", "--khmer-dates", "--lang"],
    ] {
        assert_clean_failure(&run("aide_memoire", args, None), &format!("{args:?}"));
    }
}

#[cfg(feature = "serde")]
#[test]
fn csv_tables_match_the_json_export() {
    let json = run("export", &[], None);
    assert!(json.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let len = |key: &str| doc[key].as_array().map_or(0, Vec::len);

    let dir = std::env::temp_dir().join(format!("cambodia_csv_{}", std::process::id()));
    let out = run(
        "export",
        &[
            "--format",
            "csv",
            "--out",
            dir.to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = |file: &str, header: &str| {
        // A byte-order mark first, so that spreadsheet programs read UTF-8.
        let bytes = std::fs::read(dir.join(file)).expect(file);
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "{file}: no byte-order mark"
        );
        // Read as CSV: quoted cells may hold commas, quotes or newlines, and
        // every record must have as many cells as the header.
        let mut reader = csv::Reader::from_path(dir.join(file)).expect(file);
        let names: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        assert!(
            names.join(",").starts_with(header),
            "{file} header: {names:?}"
        );
        let mut count = 0;
        for record in reader.records() {
            record.unwrap_or_else(|e| panic!("{file}: {e}"));
            count += 1;
        }
        count
    };
    assert_eq!(
        rows("partners.csv", "id,kind,name_en"),
        len("countries") + len("organizations")
    );
    assert_eq!(rows("relations.csv", "id,established"), len("relations"));
    assert_eq!(rows("memberships.csv", "id,joined"), len("memberships"));
    assert_eq!(rows("events.csv", "id,date,type,title"), len("events"));
    assert_eq!(
        rows(
            "sources.csv",
            "id,publisher,title,url,language,published,retrieved,kind,copy_of"
        ),
        len("sources")
    );
    let partner_links: usize = doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["partners"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(
        rows("event_partners.csv", "event_id,partner_id"),
        partner_links
    );
    assert_eq!(
        rows(
            "figures.csv",
            "partner,indicator,period,value,as_printed,unit,reporter"
        ),
        len("figures")
    );
    assert_eq!(
        rows(
            "office_holders.csv",
            "partner,office,title,name,start,end,acting"
        ),
        len("office_holders")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timeline_rejects_years_out_of_range() {
    for args in [
        &["--from", "-2147483648", "--to", "2147483647"][..],
        &["--from", "1899"],
        &["--to", "2101"],
        &["--from", "99999999999"],
    ] {
        let out = run("timeline", args, None);
        let what = format!("timeline {args:?}");
        assert_clean_failure(&out, &what);
        let err = stderr(&out);
        assert!(err.contains("1900..=2100"), "{what}: {err}");
        assert!(out.stdout.is_empty(), "{what}: drew a timeline");
    }
}

#[test]
fn relations_chart_is_valid_svg_with_a_legend_per_region() {
    let out = run("relations_chart", &["--from", "1990", "--to", "2000"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = stdout(&out);
    let doc = roxmltree::Document::parse(&svg).expect("the chart is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect();
    for region in ["Africa", "Americas", "Asia", "Europe", "Oceania"] {
        assert!(
            texts.iter().any(|t| t == region),
            "no legend entry for {region}"
        );
    }
    assert!(
        texts.iter().any(|t| t.contains("a lower bound")),
        "{texts:?}"
    );
    for args in [
        &["--from", "1952"][..],
        &["--to", "2100"],
        &["--from", "2000", "--to", "1990"],
    ] {
        let out = run("relations_chart", args, None);
        assert_clean_failure(&out, &format!("relations_chart {args:?}"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn timeline_rejects_from_after_to() {
    let out = run("timeline", &["--from", "2000", "--to", "1990"], None);
    assert_clean_failure(&out, "timeline --from 2000 --to 1990");
    let err = stderr(&out);
    assert!(err.contains("--from") && err.contains("--to"), "{err}");
}

#[test]
fn timeline_draws_a_single_year() {
    let out = run(
        "timeline",
        &["--partners", "asean", "--from", "1999", "--to", "1999"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = stdout(&out);
    roxmltree::Document::parse(&svg).expect("the timeline is well-formed XML");
    assert!(svg.contains(">1999</text>"), "{svg}");
}

#[test]
fn missing_or_empty_flag_values_are_rejected() {
    let cases: &[(&str, &[&str], &str)] = &[
        ("aide_memoire", &["Russia", "--out"], "--out"),
        ("aide_memoire", &["Russia", "--out", ""], "--out"),
        ("aide_memoire", &["--all", "--out", ""], "--out"),
        ("aide_memoire", &["--all", "--out"], "--out"),
        ("aide_memoire", &["Russia", "--lang"], "--lang"),
        ("aide_memoire", &["Russia", "--lang", ""], "--lang"),
        ("aide_memoire", &["Russia", "--lang", "xx"], "--lang"),
        ("timeline", &["--out"], "--out"),
        ("timeline", &["--out", ""], "--out"),
        ("timeline", &["--partners"], "--partners"),
        ("timeline", &["--partners", ""], "--partners"),
        ("timeline", &["--partners", " , "], "--partners"),
        ("timeline", &["--from"], "--from"),
        ("timeline", &["--from", ""], "--from"),
        ("timeline", &["--to", "soon"], "--to"),
        #[cfg(feature = "serde")]
        ("export", &["--out"], "--out"),
        #[cfg(feature = "serde")]
        ("export", &["--out", ""], "--out"),
        #[cfg(feature = "serde")]
        ("export", &["--format", "csv", "--out", ""], "--out"),
        #[cfg(feature = "serde")]
        ("export", &["--format", "csv"], "--out"),
        #[cfg(feature = "serde")]
        ("export", &["--format"], "--format"),
        #[cfg(feature = "serde")]
        ("export", &["--format", ""], "--format"),
        #[cfg(feature = "serde")]
        ("export", &["--format", "xml"], "--format"),
    ];
    for (name, args, flag) in cases {
        let dir = Scratch::new(&format!("flags_{name}"));
        let out = run_in(&dir.0, name, args);
        let what = format!("{name} {args:?}");
        assert_clean_failure(&out, &what);
        let err = stderr(&out);
        assert!(
            err.contains(flag),
            "{what}: the error names no {flag}: {err}"
        );
        assert!(out.stdout.is_empty(), "{what}: printed {}", stdout(&out));
        assert_eq!(dir.files(), Vec::<String>::new(), "{what} wrote files");
    }
}

#[test]
fn extra_arguments_are_rejected() {
    let cases: &[(&str, &[&str])] = &[
        ("aide_memoire", &["--all", "Russia"]),
        ("aide_memoire", &["Russia", "--bogus"]),
        ("timeline", &["russia"]),
        ("timeline", &["--partners", "russia", "extra"]),
        #[cfg(feature = "serde")]
        ("export", &["json"]),
        ("as_of", &["1977-01-01", "extra"]),
        ("as_of", &["1977-01-01", "--verbose"]),
        ("tag_text", &["extra"]),
    ];
    for (name, args) in cases {
        let dir = Scratch::new(&format!("extra_{name}"));
        let out = finish(command(name).args(*args).current_dir(&dir.0), Some("Burma"));
        let what = format!("{name} {args:?}");
        assert_clean_failure(&out, &what);
        assert!(out.stdout.is_empty(), "{what}: printed {}", stdout(&out));
        assert_eq!(dir.files(), Vec::<String>::new(), "{what} wrote files");
    }
}

#[test]
fn help_prints_usage() {
    for name in ["aide_memoire", "timeline", "export", "as_of", "tag_text"] {
        if name == "export" && cfg!(not(feature = "serde")) {
            continue;
        }
        for flag in ["--help", "-h"] {
            let out = run(name, &[flag], Some(""));
            let what = format!("{name} {flag}");
            assert!(out.status.success(), "{what}: {}", stderr(&out));
            let text = stdout(&out);
            assert!(text.contains("Usage:"), "{what}: {text}");
            assert!(out.stderr.is_empty(), "{what}: {}", stderr(&out));
        }
    }
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_rejected_cleanly() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"Russ\xffia");
    let cases: &[(&str, &[&OsStr])] = &[
        ("aide_memoire", &[bad]),
        (
            "aide_memoire",
            &[OsStr::new("Russia"), OsStr::new("--lang"), bad],
        ),
        ("timeline", &[OsStr::new("--partners"), bad]),
        ("timeline", &[OsStr::new("--from"), bad]),
        ("timeline", &[bad]),
        #[cfg(feature = "serde")]
        ("export", &[OsStr::new("--format"), bad]),
        #[cfg(feature = "serde")]
        ("export", &[bad]),
        ("as_of", &[bad]),
        ("tag_text", &[bad]),
    ];
    for (name, args) in cases {
        let out = finish(command(name).args(*args), Some("Burma"));
        let what = format!("{name} {args:?}");
        assert_clean_failure(&out, &what);
        assert!(out.stdout.is_empty(), "{what}: printed {}", stdout(&out));
    }
}

/// The writing end of a pipe whose reading end is already closed.
#[cfg(unix)]
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("`true` starts");
    let writer = reader.stdin.take().expect("pipe");
    reader.wait().expect("`true` ends");
    Stdio::from(writer)
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_ends_quietly_with_failure() {
    for (name, args, stdin) in STDOUT_RUNS {
        let out = finish(command(name).args(*args).stdout(closed_pipe()), *stdin);
        let what = format!("{name} {args:?} into a closed pipe");
        assert!(!out.status.success(), "{what}: succeeded");
        assert!(out.stderr.is_empty(), "{what}: {}", stderr(&out));
    }
}

#[test]
fn a_broken_pipe_after_some_output_ends_quietly_with_failure() {
    use std::io::Read;
    // Larger than a pipe's buffer, so the example is still writing when the reader goes.
    #[cfg(feature = "serde")]
    let (name, args): (&str, &[&str]) = ("export", &[]);
    #[cfg(not(feature = "serde"))]
    let (name, args): (&str, &[&str]) = ("timeline", &[]);
    let mut child = command(name).args(args).spawn().expect("example starts");
    drop(child.stdin.take());
    let mut head = [0_u8; 10];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut head)
        .expect("the first bytes");
    let out = child.wait_with_output().expect("example finishes");
    assert!(!out.status.success(), "{name} succeeded");
    assert!(out.stderr.is_empty(), "{name}: {}", stderr(&out));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_is_reported() {
    for (name, args, stdin) in STDOUT_RUNS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = finish(command(name).args(*args).stdout(full), *stdin);
        let what = format!("{name} {args:?} into /dev/full");
        assert_clean_failure(&out, &what);
        let err = stderr(&out);
        assert!(err.contains("standard output"), "{what}: {err}");
    }
}

#[test]
fn timeline_keeps_an_existing_file_unless_forced() {
    let dir = Scratch::new("timeline_keep");
    std::fs::write(dir.path("t.svg"), "keep").expect("write");
    let args = ["--partners", "russia", "--out", &dir.arg("t.svg")];
    let out = run("timeline", &args, None);
    assert_clean_failure(&out, "timeline over an existing file");
    let err = stderr(&out);
    assert!(err.contains("t.svg") && err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path("t.svg")).expect("read"),
        "keep"
    );

    let out = run("timeline", &[&args[..], &["--force"]].concat(), None);
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path("t.svg")).expect("read");
    assert!(svg.starts_with("<svg"), "{svg}");
}

#[cfg(unix)]
#[test]
fn timeline_does_not_write_through_a_symlink() {
    let dir = Scratch::new("timeline_symlink");
    std::fs::write(dir.path("target.txt"), "keep").expect("write");
    std::os::unix::fs::symlink(dir.path("target.txt"), dir.path("link.svg")).expect("symlink");
    std::os::unix::fs::symlink(dir.path("nowhere.txt"), dir.path("dangling.svg")).expect("symlink");
    for link in ["link.svg", "dangling.svg"] {
        let out = run(
            "timeline",
            &["--partners", "russia", "--out", &dir.arg(link)],
            None,
        );
        assert_clean_failure(&out, &format!("timeline --out {link}"));
    }
    assert_eq!(
        std::fs::read_to_string(dir.path("target.txt")).expect("read"),
        "keep"
    );
    assert!(
        !dir.path("nowhere.txt").exists(),
        "wrote through a dangling link"
    );

    let out = run(
        "timeline",
        &[
            "--partners",
            "russia",
            "--out",
            &dir.arg("link.svg"),
            "--force",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = std::fs::symlink_metadata(dir.path("link.svg")).expect("link.svg");
    assert!(meta.is_file(), "--force kept the link");
    assert_eq!(
        std::fs::read_to_string(dir.path("target.txt")).expect("read"),
        "keep"
    );
}

#[test]
fn aide_memoire_keeps_existing_briefs_unless_forced() {
    let dir = Scratch::new("briefs_keep");
    std::fs::write(dir.path("russia.md"), "keep").expect("write");
    for args in [
        &["Russia", "--out", &dir.arg("")][..],
        &["--all", "--out", &dir.arg("")],
    ] {
        let out = run("aide_memoire", args, None);
        assert_clean_failure(&out, &format!("aide_memoire {args:?}"));
        let err = stderr(&out);
        assert!(
            err.contains("russia.md") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path("russia.md")).expect("read"),
            "keep"
        );
    }

    let out = run(
        "aide_memoire",
        &["--all", "--out", &dir.arg(""), "--force"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(dir.files().len(), cambodia_diplomacy::Partner::iter().len());
    let brief = std::fs::read_to_string(dir.path("russia.md")).expect("read");
    assert!(brief.starts_with("# Aide-memoire: Russia"), "{brief}");

    // A second run over the same directory refuses, then --force succeeds again.
    let out = run("aide_memoire", &["--all", "--out", &dir.arg("")], None);
    assert_clean_failure(&out, "aide_memoire --all over existing briefs");
    let out = run(
        "aide_memoire",
        &["China", "--out", &dir.arg(""), "--force"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn aide_memoire_does_not_write_through_a_symlink() {
    let dir = Scratch::new("briefs_symlink");
    let briefs = dir.path("briefs");
    std::fs::create_dir(&briefs).expect("mkdir");
    std::fs::write(dir.path("target.txt"), "keep").expect("write");
    std::os::unix::fs::symlink(dir.path("target.txt"), briefs.join("china.md")).expect("symlink");
    let out = run(
        "aide_memoire",
        &["China", "--out", &dir.arg("briefs")],
        None,
    );
    assert_clean_failure(&out, "aide_memoire over a symlink");
    assert_eq!(
        std::fs::read_to_string(dir.path("target.txt")).expect("read"),
        "keep"
    );
    let out = run(
        "aide_memoire",
        &["China", "--out", &dir.arg("briefs"), "--force"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(briefs.join("china.md"))
            .expect("china.md")
            .is_file()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path("target.txt")).expect("read"),
        "keep"
    );
}

#[test]
fn aide_memoire_force_needs_an_output_directory() {
    let out = run("aide_memoire", &["Russia", "--force"], None);
    assert_clean_failure(&out, "aide_memoire Russia --force");
}

#[cfg(feature = "serde")]
#[test]
fn export_keeps_existing_files_unless_forced() {
    let dir = Scratch::new("export_keep");
    std::fs::write(dir.path("sources.csv"), "keep").expect("write");
    std::fs::write(dir.path("cambodia_diplomacy.json"), "keep").expect("write");
    for args in [
        &["--format", "csv", "--out", &dir.arg("")][..],
        &["--out", &dir.arg("")],
    ] {
        let out = run("export", args, None);
        let what = format!("export {args:?}");
        assert_clean_failure(&out, &what);
        assert!(stderr(&out).contains("--force"), "{what}: {}", stderr(&out));
        let out = run("export", &[args, &["--force"]].concat(), None);
        assert!(out.status.success(), "{what} --force: {}", stderr(&out));
    }
    let sources = std::fs::read_to_string(dir.path("sources.csv")).expect("read");
    assert!(sources.starts_with("\u{feff}id,publisher"), "{sources}");
    let json = std::fs::read_to_string(dir.path("cambodia_diplomacy.json")).expect("read");
    serde_json::from_str::<serde_json::Value>(&json).expect("valid JSON");
}

#[test]
fn unknown_partners_keep_their_clear_error() {
    let out = run("aide_memoire", &["Atlantis"], None);
    assert_clean_failure(&out, "aide_memoire Atlantis");
    assert!(stderr(&out).contains("unknown partner \"Atlantis\""));
    let out = run("aide_memoire", &[""], None);
    assert_clean_failure(&out, "aide_memoire \"\"");
    assert!(out.stdout.is_empty());
}

/// The texts of an SVG document, after checking it is well-formed.
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_owned()))
        .collect()
}

#[test]
fn trade_chart_names_each_reporter_and_rejects_what_it_cannot_draw() {
    let out = run("trade_chart", &["Viet", "Nam"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let texts = svg_texts(&stdout(&out));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("(the partner's government)")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("not a range")), "{texts:?}");
    for (args, what) in [
        (&["Narnia"][..], "unknown partner"),
        (&[][..], "no partner"),
        (&["Japan", "--force"], "--force without --out"),
        (&["Brunei"], "nothing to draw"),
    ] {
        let out = run("trade_chart", args, None);
        assert_clean_failure(&out, &format!("trade_chart {args:?} ({what})"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn trade_ranking_lists_the_unranked_and_rejects_bad_arguments() {
    let out = run(
        "trade_ranking",
        &["--year", "2019", "--indicator", "tourist_arrivals"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let texts = svg_texts(&stdout(&out));
    assert!(texts.iter().any(|t| t == "1. China"), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("No figure for 2019 (not ranked)")),
        "{texts:?}"
    );
    for args in [
        &["--year", "1999"][..],
        &["--year", "2100"],
        &["--indicator", "gdp"],
        &["--reporter", "nobody"],
        &["--year", "2016", "--reporter", "imf_dots"],
        &["extra"],
    ] {
        let out = run("trade_ranking", args, None);
        assert_clean_failure(&out, &format!("trade_ranking {args:?}"));
        assert!(out.stdout.is_empty());
    }
}
