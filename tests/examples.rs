//! Runs every example on real arguments and checks what it prints.
//!
//! Each example is built once, with the same cargo and features as the test
//! run, so a stale binary is never tested.

use std::path::PathBuf;
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

fn run(name: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("example starts");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("example finishes")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

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
    let out = run("timeline", &["--partners", "atlantis"], None);
    assert!(!out.status.success());
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
        let text = std::fs::read_to_string(dir.join(file)).expect(file);
        assert!(
            text.starts_with(header),
            "{file} header: {}",
            text.lines().next().unwrap_or_default()
        );
        // Rows are records; quoted cells may hold commas but the data has no newlines.
        text.lines().count() - 1
    };
    assert_eq!(
        rows("partners.csv", "id,kind,name_en"),
        len("countries") + len("organizations")
    );
    assert_eq!(rows("relations.csv", "id,established"), len("relations"));
    assert_eq!(rows("memberships.csv", "id,joined"), len("memberships"));
    assert_eq!(rows("events.csv", "id,date,type,title"), len("events"));
    assert_eq!(
        rows("sources.csv", "id,publisher,title,url"),
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
    std::fs::remove_dir_all(&dir).ok();
}
