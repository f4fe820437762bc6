#!/usr/bin/env bash
# bench/run.sh: canvas against its peers (issue 7), side by side, on generated canvases.
#
#   mvn -q -B -DskipTests package && bench/run.sh              # 1, 1,000 and 10,000 files (about 10-15 minutes)
#   bench/run.sh --quick                                       # 1 and 100 files, 3 runs each (about 1 minute)
#   bench/run.sh --no-peers --sizes 10 --reps 1                # canvas alone (no npm, no network): the smoke test
#
# What it does:
#  1. Copies target/canvas.jar and the launcher target/canvas to .bench/canvas/ (so that a rebuild during the run
#     does not disturb it) and makes the launcher's class-data-sharing archive there, as the build does (a CDS
#     archive is bound to the jar's path). Compiles bench/src/*.java against the jar into .bench/classes/.
#  2. Generates N canvases per size in both formats with bench/src/BenchGen.java, deterministically, as large as the
#     examples make them (YAML about 23 KB and Markdown about 25 KB each since the examples of 6 December 2026;
#     12.9 and 15 KB before; the run prints the mean), 40% go, 30% fix-gaps, 30% do-not-deploy, derived from
#     examples/{go,fix-gaps,do-not-deploy}.* by unticking items, blanking answers, "TBD"/"TODO:" answers, and cut to
#     size (YAML comments dropped, answers shortened only as far as canvas still gives the example its verdict).
#     They go to --data (default $TMPDIR/canvas-bench-data): outside the git work tree, because canvas skips files
#     git ignores. canvas itself then confirms the mix (a wrong mix stops the run).
#  3. Installs the peers with npm into .bench/tools/ (ignored by git), once: ajv-cli 5.0.0 (validating against the
#     schema from `canvas schema`), @stoplight/spectral-cli 6.16.3 (with bench/spectral/make-ruleset.js's ruleset:
#     the schema plus canvas's rules: fields present and not blank, no TBD/TODO/N/A, every box true) and
#     markdownlint-cli2 0.24.1 (the Markdown files, its default rules).
#  4. For each size, runs every tool on the same files in alternating rounds (the order rotates every round):
#       canvas       the launcher target/canvas (CDS archive, C1 only, serial GC)      canvas check DIR
#       canvas-jar   plain java -jar target/canvas.jar                                 canvas check DIR
#       floor        ParseFloor with the launcher's JVM options and its own CDS archive: start, find, read and
#                    parse the same files (SnakeYAML compose / commonmark), nothing else: the "parse floor"
#       floor-jar    ParseFloor with plain java
#       reader       ParseFloor --canvas, with the launcher's JVM options (and its own CDS archive): the same files
#                    read by canvas's own readers (its plain-YAML reader, commonmark as canvas bounds it), the
#                    first stage of a check and nothing after it (for information: the targets use "floor")
#       ajv          ajv validate -s schema.json -d 'DIR/*.yaml'                       (YAML, schema only)
#       spectral     spectral lint -r ruleset.json 'DIR/*.yaml'                        (YAML, schema + rules)
#       markdownlint markdownlint-cli2 'DIR/*.md'                                      (Markdown)
#     1 file is checked as a file, N files as a directory (globs for the peers). Output goes to /dev/null.
#     Spectral and markdownlint-cli2 take minutes on 10,000 files: above --slow-max files (default 1000) they are
#     not run, and their time is extrapolated linearly from the largest size measured (marked "~" and "extrapolated").
#  5. Prints per size and format the median wall time, min, max, median CPU time (user + system) and peak RSS (GNU
#     time's %M) of each tool, then the
#     issue's targets as ratios of medians measured in the same run, met or not, and writes them to
#     .bench/results/<time>/ (raw.txt: every run; summary.md: the tables in Markdown).
#
# Options:
#   --sizes LIST        file counts, comma-separated (default 1,1000,10000)
#   --reps N            runs per tool up to 1,000 files (default 5); above 1,000 files: (N+1)/2
#   --slow-reps N       runs of Spectral and markdownlint-cli2 from 1,000 files on (default 2)
#   --slow-max N        largest size Spectral and markdownlint-cli2 are run on (default 1000)
#   --quick             --sizes 1,100 --reps 3 --slow-reps 1
#   --no-peers          canvas and the parse floor only: no npm, no network
#   --data DIR          where the canvases are generated (default ${TMPDIR:-/tmp}/canvas-bench-data); reused
#                       when already there for the same generator
#   --work DIR          private copies, classes, tools and results (default .bench)
#   --jar FILE          the jar to measure (default target/canvas.jar; the launcher is taken from beside it, or
#                       src/main/launcher/canvas)
#   --classpath CP      run canvas as `java -cp CP dev.canvas.cli.Main` instead of a jar (tests, before packaging)
#   --generate-only     generate the canvases and stop
#   --report RAW        print the tables again from an earlier run's raw.txt (.bench/results/<time>/raw.txt)
#
# Environment: JAVA_HOME (else java on PATH), node and npm on PATH for the peers, /usr/bin/time for peak RSS.
# The Java runtime is the one canvas runs on. The tarball and the Debian package bundle Java 25, with the AOT cache
# the launcher makes on Java 24 and newer: `JAVA_HOME=/path/to/jdk-25 bench/run.sh` measures canvas as installed
# (the launcher's copy then records canvas.aot instead of canvas.jsa); machine.txt names the runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=bench/lib.sh
. bench/lib.sh

sizes=1,1000,10000
reps=5
slow_reps=2
slow_max=1000
peers=1
data=${CANVAS_BENCH_DATA:-${TMPDIR:-/tmp}/canvas-bench-data}
work=$root/.bench
jar=$root/target/canvas.jar
classpath=
generate_only=0
report_raw=
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --slow-reps) slow_reps=$2; shift 2 ;;
    --slow-max) slow_max=$2; shift 2 ;;
    --quick) sizes=1,100; reps=3; slow_reps=1; shift ;;
    --no-peers) peers=0; shift ;;
    --data) data=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --jar) jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --classpath) classpath=$2; shift 2 ;;
    --generate-only) generate_only=1; shift ;;
    --report) report_raw=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option '$1' (see bench/run.sh --help)" >&2; exit 64 ;;
  esac
done
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench: --sizes takes positive numbers, not '$n'" >&2; exit 64; }
done
mkdir -p "$work" "$data"
work=$(cd "$work" && pwd)
data=$(cd "$data" && pwd)
java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java
javac=javac
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && javac=$JAVA_HOME/bin/javac
say() { printf 'bench: %s\n' "$*" >&2; }

# --- 5. report (also: bench/run.sh --report RAW, from the runs of an earlier run) ---------------------------------
print_report() {
  mb() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }
  sec() { [ "$1" = - ] && echo - || awk -v s="$1" 'BEGIN{printf "%.3f", s}'; }
  med() { stat_median "$raw" "$1" "$2" 3; }
  rss() { stat_median "$raw" "$1" "$2" 4; }
  cpu() { local c; c=$(stat_median "$raw" "$1" "$2" 6); [ "$c" = - ] && echo - || awk -v s="$c" 'BEGIN{printf "%.2f", s}'; }
  # the time of a slow peer at size N: measured, or extrapolated linearly from the largest size it ran on
  slow() {
    local m
    m=$(med "$1" "$2")
    if [ "$m" = - ] && [ "$slow_measured" -gt 1 ]; then
      m=$(med "$1" "$slow_measured")
      [ "$m" != - ] && m=$(awk -v t="$m" -v a="$2" -v b="$slow_measured" 'BEGIN{printf "%.4f", t*a/b}')
    fi
    echo "$m"
  }
  machine=$(cat "$out/machine.txt" 2>/dev/null || sed -n 's/^Machine: \(.*\)\.$/\1/p' "$out/summary.md" 2>/dev/null || true)

  {
    echo "## Results ($stamp)"
    echo
    echo "Machine: $machine."
    echo
    echo "| files | format | tool | median s | min s | max s | CPU s | peak RSS MB | runs | exit |"
    echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---|"
    for n in "${size_list[@]}"; do
      for fmt in yaml md; do
        for t in canvas "$jar_label" floor floor-jar reader ajv spectral markdownlint; do
          c=$(stat_count "$raw" "$t/$fmt" "$n")
          if [ "$c" -gt 0 ]; then
            echo "| $n | $fmt | $t | $(sec "$(med "$t/$fmt" "$n")") | $(sec "$(stat_min "$raw" "$t/$fmt" "$n")") |" \
                 "$(sec "$(stat_max "$raw" "$t/$fmt" "$n")") | $(cpu "$t/$fmt" "$n") | $(mb "$(rss "$t/$fmt" "$n")") | $c |" \
                 "$(stat_exits "$raw" "$t/$fmt" "$n") |"
          elif [ "$peers" = 1 ] && { [ "$t/$fmt" = spectral/yaml ] || [ "$t/$fmt" = markdownlint/md ]; }; then
            e=$(slow "$t/$fmt" "$n")
            [ "$e" != - ] && echo "| $n | $fmt | $t | ~$(sec "$e") (extrapolated from $slow_measured files) | | | | | 0 | |"
          fi
        done
      done
    done
    echo
    echo "### Targets (issues 7 and 16): ratios of medians from this run; 'canvas' is the launcher, '$jar_label' plain java"
    echo
    echo "| target | limit | canvas | $jar_label | met (canvas) |"
    echo "|---|---:|---:|---:|---|"
    # target NAME LIMIT VALUE_LAUNCHER VALUE_JAR
    target() {
      local verdict=-
      [ "$3" != - ] && verdict=$(awk -v v="$3" -v l="$2" 'BEGIN{print (v <= l) ? "yes" : "**no**"}')
      echo "| $1 | ≤ $2 | $3 | $4 | $verdict |"
    }
    has() { [[ ",$sizes," == *",$1,"* ]]; }
    big=()
    for n in "${size_list[@]}"; do [ "$n" -ge 1000 ] && big+=("$n"); done
    if has 1 && [ "$peers" = 1 ]; then
      target "1 YAML canvas vs ajv-cli" 0.75 "$(ratio "$(med canvas/yaml 1)" "$(med ajv/yaml 1)")" \
        "$(ratio "$(med "$jar_label/yaml" 1)" "$(med ajv/yaml 1)")"
      target "1 YAML canvas vs Spectral" 0.3 "$(ratio "$(med canvas/yaml 1)" "$(slow spectral/yaml 1)")" \
        "$(ratio "$(med "$jar_label/yaml" 1)" "$(slow spectral/yaml 1)")"
    fi
    for n in ${big[@]+"${big[@]}"}; do
      if [ "$peers" = 1 ]; then
        target "$n YAML canvases vs ajv-cli" 1.25 "$(ratio "$(med canvas/yaml "$n")" "$(med ajv/yaml "$n")")" \
          "$(ratio "$(med "$jar_label/yaml" "$n")" "$(med ajv/yaml "$n")")"
        x=""
        [ "$(med spectral/yaml "$n")" = - ] && x=" (Spectral extrapolated from $slow_measured)"
        target "$n YAML canvases vs Spectral$x" 0.05 "$(ratio "$(med canvas/yaml "$n")" "$(slow spectral/yaml "$n")")" \
          "$(ratio "$(med "$jar_label/yaml" "$n")" "$(slow spectral/yaml "$n")")"
      fi
    done
    for n in ${big[@]+"${big[@]}"}; do
      if [ "$n" -ge 10000 ]; then
        target "peak RSS MB, $n YAML canvases" 150 "$(mb "$(rss canvas/yaml "$n")")" "$(mb "$(rss "$jar_label/yaml" "$n")")"
        target "peak RSS MB, $n Markdown canvases" 150 "$(mb "$(rss canvas/md "$n")")" "$(mb "$(rss "$jar_label/md" "$n")")"
      fi
    done
    if has 1000 && has 10000; then
      for fmt in yaml md; do
        target "time 10,000 / 1,000 files ($fmt)" 10.5 "$(ratio "$(med canvas/$fmt 10000)" "$(med canvas/$fmt 1000)")" \
          "$(ratio "$(med "$jar_label/$fmt" 10000)" "$(med "$jar_label/$fmt" 1000)")"
      done
    fi
    for n in "${size_list[@]}"; do
      for fmt in yaml md; do
        target "check vs parse floor, $n $fmt" 1.5 "$(ratio "$(med canvas/$fmt "$n")" "$(med floor/$fmt "$n")")" \
          "$(ratio "$(med "$jar_label/$fmt" "$n")" "$(med floor-jar/$fmt "$n")")"
      done
    done
    for n in "${size_list[@]}"; do
      for fmt in yaml md; do
        rr=$(ratio "$(med canvas/$fmt "$n")" "$(med reader/$fmt "$n")")
        [ "$rr" != - ] && echo "| check vs canvas's own reading, $n $fmt (for information) | | $rr | | |"
      done
    done
    if [ "$peers" = 1 ]; then
      has 1 && target "1 Markdown canvas vs markdownlint-cli2" 0.5 "$(ratio "$(med canvas/md 1)" "$(slow markdownlint/md 1)")" \
        "$(ratio "$(med "$jar_label/md" 1)" "$(slow markdownlint/md 1)")"
      for n in ${big[@]+"${big[@]}"}; do
        target "$n Markdown canvases vs markdownlint-cli2" 0.1 "$(ratio "$(med canvas/md "$n")" "$(slow markdownlint/md "$n")")" \
          "$(ratio "$(med "$jar_label/md" "$n")" "$(slow markdownlint/md "$n")")"
      done
    fi
    echo
    echo "CPU s: user + system time of all the process's threads (GNU time), less disturbed than wall time when"
    echo "other work shares the machine. Every run: $raw (tool/format, files, seconds, peak RSS KB, exit code, CPU s)."
  } >"$out/summary.md"
  cat "$out/summary.md"
}

if [ -n "$report_raw" ]; then
  raw=$(cd "$(dirname "$report_raw")" && pwd)/$(basename "$report_raw")
  out=$(dirname "$raw")
  stamp=$(basename "$out")
  sizes=$(awk '{print $2}' "$raw" | sort -un | paste -sd, -)
  IFS=, read -r -a size_list <<<"$sizes"
  peers=0
  grep -q '^ajv/' "$raw" && peers=1
  slow_measured=$(awk '$1 ~ /^(spectral|markdownlint)\// {print $2}' "$raw" | sort -n | tail -1)
  slow_measured=${slow_measured:-0}
  jar_label=canvas-cp
  grep -q '^canvas-jar/' "$raw" && jar_label=canvas-jar
  print_report
  exit 0
fi

# --- 1. private copies, classes -----------------------------------------------------------------------------
priv=$work/canvas
classes=$work/classes
mkdir -p "$priv" "$classes"
ex=$root/examples
# the build's training run (pom.xml, <build>): the examples, both formats, 10 files so that the parallel path runs, and
# a copy of go.yaml under a configuration (src/main/launcher/cds-training.canvas.yaml) with a JSON report beside the text
training=(check --fail-on never --format text --format "json=$priv/cds-training/report.json" "$ex/" "$ex/go.md" "$ex/go.yaml"
  "$ex/fix-gaps.md" "$priv/cds-training/go.yaml")
mkdir -p "$priv/cds-training"
cp "$root/src/main/launcher/cds-training.canvas.yaml" "$priv/cds-training/.canvas.yaml"
cp "$ex/go.yaml" "$priv/cds-training/go.yaml"
if [ -n "$classpath" ]; then
  canvas_jar_cmd=("$java" -cp "$classpath" dev.canvas.cli.Main)
  floor_cp=$classpath:$classes
  canvas_launcher=
  jar_label=canvas-cp
else
  [ -f "$jar" ] || { say "$jar is missing: build it first with 'mvn -q -B -DskipTests package'"; exit 66; }
  if [ "$jar" = "$root/target/canvas.jar" ] && [ -n "$(find "$root/src/main" "$root/templates" "$root/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    say "warning: sources are newer than $jar; rebuild with 'mvn -q -B -DskipTests package' to measure them"
  fi
  rm -f "$priv/canvas.jsa" "$priv/canvas.aot" "$priv/floor.jsa" "$priv/reader.jsa"
  cp -p "$jar" "$priv/canvas.jar"
  launcher_src=$(dirname "$jar")/canvas
  [ -f "$launcher_src" ] || launcher_src=$root/src/main/launcher/canvas
  cp "$launcher_src" "$priv/canvas"
  chmod +x "$priv/canvas"
  canvas_jar_cmd=("$java" -jar "$priv/canvas.jar")
  floor_cp=$priv/canvas.jar:$priv/floor.jar # jars only: a CDS archive refuses directories on the class path
  canvas_launcher=$priv/canvas
  jar_label=canvas-jar
fi
"$javac" -nowarn -d "$classes" -cp "${classpath:-$priv/canvas.jar}" bench/src/BenchGen.java bench/src/ParseFloor.java
[ -n "$canvas_launcher" ] && (cd "$classes" && jar cf "$priv/floor.jar" ./*.class) # jar: in the JDK's bin, beside javac
if [ -n "$canvas_launcher" ] && [ "$generate_only" = 0 ]; then
  # the same training run as the build's, for this copy
  CANVAS_CDS=dump "$canvas_launcher" "${training[@]}" >/dev/null
  [ -s "$priv/canvas.jsa" ] || [ -s "$priv/canvas.aot" ] \
    || say "warning: no CDS archive or AOT cache was made; the launcher runs without one"
  "$java" "${LAUNCHER_JVM_OPTS[@]}" "-XX:ArchiveClassesAtExit=$priv/floor.jsa" -cp "$floor_cp" ParseFloor \
    "$ex/" "$ex/go.md" "$ex/go.yaml" "$ex/fix-gaps.md" >/dev/null
  "$java" "${LAUNCHER_JVM_OPTS[@]}" "-XX:ArchiveClassesAtExit=$priv/reader.jsa" -cp "$floor_cp" ParseFloor --canvas \
    "$ex/" "$ex/go.md" "$ex/go.yaml" "$ex/fix-gaps.md" >/dev/null
fi

reader_cds=()
[ -s "$priv/reader.jsa" ] && reader_cds=("-XX:SharedArchiveFile=$priv/reader.jsa")

# --- 2. canvases ---------------------------------------------------------------------------------------------
# BenchGen asks canvas (in its JVM) which cuts keep each example's verdict: the canvases depend on the examples,
# the generator and canvas itself, and are made again when one of them changes
gen_cp=${classpath:-$priv/canvas.jar}:$classes
judge=$priv/canvas.jar
[ -n "$classpath" ] && judge=/dev/null # classes under test: made afresh by the test
gen_id=$(cat bench/src/BenchGen.java examples/go.* examples/fix-gaps.* examples/do-not-deploy.* "$judge" | cksum | cut -d' ' -f1)
for n in "${size_list[@]}"; do
  d=$data/$n
  if [ "$(cat "$d/.complete" 2>/dev/null)" != "$gen_id" ]; then
    rm -rf "$d"
    "$java" -XX:TieredStopAtLevel=1 -cp "$gen_cp" BenchGen "$ex" "$d" "$n" >"$work/gen.txt"
    say "$(cat "$work/gen.txt")"
    echo "$gen_id" >"$d/.complete"
  fi
done
if git -C "$data" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  say "warning: $data is inside a git work tree; canvas skips the files git ignores there"
fi
[ "$generate_only" = 1 ] && exit 0

# canvas confirms the mix: 40% go, 30% fix-gaps, 30% do-not-deploy (the smallest size, both formats)
n0=${size_list[0]}
for fmt in yaml md; do
  expect=$("$java" -cp "$gen_cp" BenchGen --mix "$n0")
  got=$("${canvas_jar_cmd[@]}" check --fail-on never "$data/$n0/$fmt" | tail -1 |
        sed -nE 's/.*: ([0-9]+) go, ([0-9]+) fix-gaps, ([0-9]+) do-not-deploy.*/\1 go, \2 fix-gaps, \3 do-not-deploy/p')
  if [ "$n0" = 1 ]; then
    got=$("${canvas_jar_cmd[@]}" check --fail-on never -f json "$data/1/$fmt" | tr -d ' \n' |
          sed -nE 's/.*"summary":\{"files":1,"go":([0-9]+),"fix-gaps":([0-9]+),"do-not-deploy":([0-9]+).*/\1 go, \2 fix-gaps, \3 do-not-deploy/p')
  fi
  if [ "$got" != "$expect" ]; then
    say "the $fmt canvases of size $n0 got '$got' from canvas, expected '$expect'"
    exit 1
  fi
  say "$n0 $fmt canvases: $got (as generated)"
done

# --- 3. peers ------------------------------------------------------------------------------------------------
tools=$work/tools
bin=$tools/node_modules/.bin
if [ "$peers" = 1 ]; then
  want=("ajv-cli@5.0.0" "@stoplight/spectral-cli@6.16.3" "markdownlint-cli2@0.24.1")
  installed() { [ "$(node -p "require('$tools/node_modules/$1/package.json').version" 2>/dev/null)" = "$2" ]; }
  if ! installed ajv-cli 5.0.0 || ! installed @stoplight/spectral-cli 6.16.3 || ! installed markdownlint-cli2 0.24.1; then
    command -v npm >/dev/null || { say "npm is missing: install Node.js and npm, or run with --no-peers"; exit 69; }
    say "installing ${want[*]} into $tools"
    mkdir -p "$tools"
    npm install --no-audit --no-fund --loglevel=error --prefix "$tools" "${want[@]}" >&2
  fi
  "${canvas_jar_cmd[@]}" schema >"$work/schema.json"
  node bench/spectral/make-ruleset.js "$work/schema.json" "$work/spectral-ruleset.json"
fi

# --- 4. runs -------------------------------------------------------------------------------------------------
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=$work/results/$stamp
mkdir -p "$out"
raw=$out/raw.txt
: >"$raw"
slow_measured=0 # the largest size Spectral and markdownlint-cli2 ran on
echo "$(nproc) cores, $(free -h | awk '/^Mem:/{print $2}') memory, $("$java" -version 2>&1 | sed -n 1p)," \
  "node $(node -v 2>/dev/null || echo -), load average at the start $(uptime | sed 's/.*load average: //')" >"$out/machine.txt"

# run_tool LABEL N FMT: one run of one tool on the files of size N in format FMT
run_tool() {
  local label=$1 n=$2 fmt=$3 d=$data/$2 target glob
  if [ "$n" = 1 ]; then target=$d/$fmt/canvas-00001.$fmt; glob=$fmt/canvas-00001.$fmt
  else target=$d/$fmt; glob="$fmt/*.$fmt"; fi
  case $label in
    canvas) measure "$raw" "$label/$fmt" "$n" "$d" "$canvas_launcher" check "$target" ;;
    canvas-jar|canvas-cp) measure "$raw" "$label/$fmt" "$n" "$d" "${canvas_jar_cmd[@]}" check "$target" ;;
    floor) measure "$raw" "$label/$fmt" "$n" "$d" "$java" "${LAUNCHER_JVM_OPTS[@]}" "-XX:SharedArchiveFile=$priv/floor.jsa" \
             -cp "$floor_cp" ParseFloor "$target" ;;
    reader) measure "$raw" "$label/$fmt" "$n" "$d" "$java" "${LAUNCHER_JVM_OPTS[@]}" ${reader_cds[@]+"${reader_cds[@]}"} \
             -cp "$floor_cp" ParseFloor --canvas "$target" ;;
    floor-jar) measure "$raw" "$label/$fmt" "$n" "$d" "$java" -cp "$floor_cp" ParseFloor "$target" ;;
    ajv) measure "$raw" "$label/$fmt" "$n" "$d" "$bin/ajv" validate -s "$work/schema.json" -d "$glob" ;;
    spectral) measure "$raw" "$label/$fmt" "$n" "$d" "$bin/spectral" lint -r "$work/spectral-ruleset.json" "$glob" ;;
    markdownlint) measure "$raw" "$label/$fmt" "$n" "$d" "$bin/markdownlint-cli2" "$glob" ;;
  esac
}

for n in "${size_list[@]}"; do
  r=$reps
  [ "$n" -gt 1000 ] && r=$(( (reps + 1) / 2 ))
  # (label format runs) per tool at this size
  plan=()
  for fmt in yaml md; do
    [ -n "$canvas_launcher" ] && plan+=("canvas $fmt $r" "floor $fmt $r")
    plan+=("reader $fmt $r")
    plan+=("$jar_label $fmt $r" "floor-jar $fmt $r")
  done
  if [ "$peers" = 1 ]; then
    plan+=("ajv yaml $r")
    sr=$r
    [ "$n" -ge 1000 ] && sr=$(( slow_reps < r ? slow_reps : r ))
    if [ "$n" -le "$slow_max" ]; then
      plan+=("spectral yaml $sr" "markdownlint md $sr")
      slow_measured=$n
    fi
  fi
  say "$n files: ${#plan[@]} tools x up to $r runs, alternating"
  for ((i = 0; i < r; i++)); do
    count=${#plan[@]}
    for ((k = 0; k < count; k++)); do
      read -r label fmt runs <<<"${plan[$(( (k + i) % count ))]}"
      [ "$i" -lt "$runs" ] || continue
      run_tool "$label" "$n" "$fmt"
    done
  done
done
echo "$(cat "$out/machine.txt"), at the end $(uptime | sed 's/.*load average: //')" >"$out/machine.txt.new"
mv "$out/machine.txt.new" "$out/machine.txt"
print_report
