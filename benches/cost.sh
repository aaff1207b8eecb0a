#!/usr/bin/env bash
# Measures what the crate costs a user: its own build time (dependencies
# already built) in debug and release, and the size a small release binary
# gains when it calls every query, against the same binary without the crate.
#
#   bash benches/cost.sh
#
# Prints a Markdown table for the README's performance section.
set -euo pipefail
crate_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Build time of the crate itself, dependencies already built.
target="$work/target"
( cd "$crate_dir" && CARGO_TARGET_DIR="$target" cargo build -q --lib && CARGO_TARGET_DIR="$target" cargo build -q --release --lib )
time_build() {
  touch "$crate_dir/src/lib.rs"
  local start end
  start=$(date +%s%N)
  ( cd "$crate_dir" && CARGO_TARGET_DIR="$target" cargo build -q --lib "$@" )
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
debug=$(time_build)
release=$(time_build --release)

# 2. Binary size: the same program with and without the crate.
mkdir -p "$work/app/src/bin"
cat > "$work/app/Cargo.toml" <<TOML
[package]
name = "cost"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
cambodia-diplomacy = { path = "$crate_dir", default-features = false }
chrono = { version = "0.4", default-features = false, features = ["std"] }

[profile.release]
strip = true
TOML
cat > "$work/app/src/bin/without.rs" <<'RS'
use std::hint::black_box;
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let day = chrono::NaiveDate::parse_from_str(&arg, "%Y-%m-%d").unwrap_or_default();
    println!("{} {}", black_box(arg.len()), black_box(day));
}
RS
cat > "$work/app/src/bin/with.rs" <<'RS'
use std::hint::black_box;
use cambodia_diplomacy::*;
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let day = chrono::NaiveDate::parse_from_str(&arg, "%Y-%m-%d").unwrap_or_default();
    println!("{} {}", black_box(arg.len()), black_box(day));
    let partner = arg.parse::<Partner>().ok();
    let date = arg.parse::<HistDate>().ok();
    let c = partner.and_then(Partner::as_country).unwrap_or(Country::Russia);
    let o = partner.and_then(Partner::as_organization).unwrap_or(Organization::Asean);
    black_box((c.profile(), o.profile(), date, arg.parse::<Principle>().ok()));
    black_box((c.relation().is_active_on(day), o.membership().is_member_on(day)));
    black_box(active_relations_on(day).count() + memberships_on(day).count());
    black_box(shared_memberships_on(c, day).count());
    black_box((cambodian_state_on(day), un_seat_holder_on(day)));
    black_box(events_between(day, day).count() + events_of(c).count() + events_in_year(2022).count());
    black_box(EventFilter::new().partner(o).kind(EventType::Summit).iter().count());
    black_box((first_event_of(c), last_event_of(o), sources().count()));
}
RS
( cd "$work/app" && CARGO_TARGET_DIR="$target/app" cargo build -q --release --bins )
without=$(stat -c %s "$target/app/release/without")
with=$(stat -c %s "$target/app/release/with")

echo "| measure | value |"
echo "|---|---|"
printf '| crate build, debug (deps built) | %d ms |\n' "$debug"
printf '| crate build, release (deps built) | %d ms |\n' "$release"
printf '| stripped release binary without the crate | %d kB |\n' $((without / 1024))
printf '| same binary calling every query | %d kB |\n' $((with / 1024))
printf '| size the crate adds | %d kB |\n' $(((with - without) / 1024))
