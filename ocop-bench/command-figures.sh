#!/usr/bin/env bash
# Whole-process figures of the command (issue 10), as docs/performance.md records them. Every pair is run
# alternately, so that the load of a shared machine weighs on both sides alike; medians of RUNS runs.
#   ./mvnw -B -o package -pl ocop-cli,ocop-bench -am -DskipTests
#   java -cp ocop-bench/target/benchmarks.jar vn.ocop.bench.NationalRoundFile 20000 /tmp/national-20000.json
#   ocop-bench/command-figures.sh [/tmp/national-20000.json] [BEFORE_JAR]
# BEFORE_JAR: a command jar built from another commit (for the "before" column of the cold book), optional.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/ocop-cli/target/ocop-cli-0.1.0-SNAPSHOT-all.jar"
jsa="$here/ocop-cli/target/ocop-cli.jsa"
bench="$here/ocop-bench/target/classes"
sample="$here/ocop-examples/src/main/resources/vn/ocop/examples/rounds/sample-3-kien-giang-2024-hon-dat-district.json"
national="${1:-}"
before="${2:-}"
runs="${RUNS:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# the JVM options of the ./ocop launcher: heap, quick JIT only with one compiler thread, the build's AppCDS archive
opts=(-Xmx768m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1)
[[ -f "$jsa" ]] && opts+=("-XX:SharedArchiveFile=$jsa" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")

# wall seconds, CPU seconds (user + system), peak RSS in MB of one command
measure() { /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
  awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024}' "$tmp/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
report() { # label file: medians of wall, CPU, RSS
  printf "%-44s wall %6.2f s  cpu %6.2f s  rss %5.0f MB  (%s runs)\n" "$1" "$(cut -d' ' -f1 "$2" | median)" \
    "$(cut -d' ' -f2 "$2" | median)" "$(cut -d' ' -f3 "$2" | median)" "$(wc -l < "$2")"; }

echo "# $(date -u '+%F %T') UTC, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for i in $(seq "$runs"); do
  measure java -jar "$jar" --version >> "$tmp/version"
  measure "$here/ocop" --version >> "$tmp/version-cds"
  measure java -jar "$jar" evaluate "$sample" --format json --no-progress >> "$tmp/evaluate"
  measure "$here/ocop" evaluate "$sample" --format json --no-progress >> "$tmp/evaluate-cds"
done
report "java -jar … --version" "$tmp/version"
report "./ocop --version (launcher options)" "$tmp/version-cds"
report "java -jar … evaluate sample 3 to JSON" "$tmp/evaluate"
report "./ocop evaluate sample 3 to JSON" "$tmp/evaluate-cds"

# first rule book ready in a fresh JVM: milliseconds since the JVM started, and CPU
for i in $(seq "$runs"); do
  java -cp "$jar:$bench" vn.ocop.bench.ColdBook >> "$tmp/cold"
  java "${opts[@]}" -cp "$jar:$bench" vn.ocop.bench.ColdBook >> "$tmp/cold-launcher"
  [[ -n "$before" ]] && java -cp "$before:$bench" vn.ocop.bench.ColdBook >> "$tmp/cold-before"
done
for f in cold-before cold cold-launcher; do
  [[ -s "$tmp/$f" ]] || continue
  printf "%-44s ready %6d ms after JVM start  cpu %6d ms  (median of %s)\n" "rule book ($f)" \
    "$(awk '{print $2}' "$tmp/$f" | median)" "$(awk '{print $6}' "$tmp/$f" | median)" "$(wc -l < "$tmp/$f")"
done

if [[ -n "$national" ]]; then
  for i in $(seq "${NATIONAL_RUNS:-3}"); do
    measure "$here/ocop" evaluate "$national" --format json --out "$tmp/r.json" --html "$tmp/r.html" --no-progress >> "$tmp/national"
  done
  report "./ocop evaluate $(basename "$national") → JSON + HTML" "$tmp/national"
  ls -l "$tmp/r.json" "$tmp/r.html" | awk '{print "  " $5 " bytes " $NF}'
fi
echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
