#!/usr/bin/env bash
# bench/profile.sh: where `canvas check` spends its time, on 1 file and on many (issue 7).
#
#   bench/profile.sh [--runs N] [--sizes 1,1000] [--data DIR] [--jar FILE]
#
# Uses the canvases of bench/run.sh (generating them if needed) and a private copy of the jar with its own CDS
# archive (.bench/profile/), run with the launcher's JVM options. For each size and format:
#  - start-up breakdown (1 file only): median wall time of a JVM that prints "hi" (same options), of
#    `canvas --version` (CLI set-up) and of `canvas check FILE`, with and without the CDS archive (-Xshare:off), and
#    the classes loaded: how many, and how many come from the CDS archive, the JDK image or the jar;
#  - a JFR recording per run (1 ms CPU sampling, class loading and compilation events), N runs on 1 file or one
#    run on many, summarised by bench/src/JfrTop.java: top frames by self time, dev.canvas methods and libraries
#    by inclusive time, interpreted share, class-loading, JIT and GC time.
# Recordings and summaries stay in .bench/profile/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=bench/lib.sh
. bench/lib.sh

runs=20
sizes=1,1000
data=${CANVAS_BENCH_DATA:-${TMPDIR:-/tmp}/canvas-bench-data}
jar=$root/target/canvas.jar
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile: unknown option $1" >&2; exit 64 ;;
  esac
done
java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java
java_home=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')

priv=$root/.bench/profile
mkdir -p "$priv"
cp -p "$jar" "$priv/canvas.jar"
cp src/main/launcher/canvas "$priv/canvas"
chmod +x "$priv/canvas"
ex=$root/examples
CANVAS_CDS=dump "$priv/canvas" check --fail-on never "$ex/" "$ex/go.md" "$ex/go.yaml" "$ex/fix-gaps.md" >/dev/null
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  [ -f "$data/$n/.complete" ] || bench/run.sh --generate-only --sizes "$n" --data "$data" >/dev/null
done

# profile.jfc with CPU samples every 1 ms, and every class load and compilation recorded
awk '
  /<event name="jdk.ExecutionSample">/ { ev = "sample" }
  /<event name="jdk.ClassLoad">/ { ev = "load" }
  /<event name="jdk.Compilation">/ { ev = "compile" }
  /<\/event>/ { ev = "" }
  ev == "sample" && /name="period"/ { sub(/>[^<]*</, ">1 ms<") }
  ev == "load" && /name="enabled"/ { sub(/>[^<]*</, ">true<") }
  (ev == "load" || ev == "compile") && /name="threshold"/ { sub(/>[^<]*</, ">0 ms<") }
  { print }
' "$java_home/lib/jfr/profile.jfc" >"$priv/cpu.jfc"

opts=("${LAUNCHER_JVM_OPTS[@]}" "-XX:SharedArchiveFile=$priv/canvas.jsa")
c2_opts=("${opts[@]/-XX:TieredStopAtLevel=1/-XX:TieredStopAtLevel=4}")
c2_opts=("${c2_opts[@]/-XX:CICompilerCount=1/-XX:CICompilerCount=2}") # C1 and C2: a thread each
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' >"$priv/Hello.java"
"${java%/java}/javac" -d "$priv" "$priv/Hello.java" 2>/dev/null || javac -d "$priv" "$priv/Hello.java"

for n in "${size_list[@]}"; do
  for fmt in yaml md; do
    if [ "$n" = 1 ]; then target=$data/1/$fmt/canvas-00001.$fmt; else target=$data/$n/$fmt; fi
    echo "=== $n $fmt file(s): $target"
    if [ "$n" = 1 ]; then
      res=$priv/startup-$fmt.txt
      : >"$res"
      for ((i = 0; i < runs; i++)); do
        measure "$res" hello 1 "$priv" "$java" "${opts[@]}" -cp "$priv" Hello
        measure "$res" version 1 "$priv" "$java" "${opts[@]}" -jar "$priv/canvas.jar" --version
        measure "$res" check 1 "$priv" "$java" "${opts[@]}" -jar "$priv/canvas.jar" check "$target"
        measure "$res" check-xshare-off 1 "$priv" "$java" "${opts[@]}" -Xshare:off -jar "$priv/canvas.jar" check "$target"
        measure "$res" check-c2 1 "$priv" "$java" "${c2_opts[@]}" -jar "$priv/canvas.jar" check "$target"
        measure "$res" check-xint 1 "$priv" "$java" "${opts[@]}" -Xint -jar "$priv/canvas.jar" check "$target"
      done
      echo "start-up, median of $runs runs (launcher options):"
      for l in hello version check check-xshare-off check-c2 check-xint; do
        printf '  %-18s %7s s\n' "$l" "$(stat_median "$res" "$l" 1 3)"
      done
      "$java" "${opts[@]}" -Xlog:class+load:file="$priv/classes-$fmt.txt" -jar "$priv/canvas.jar" check "$target" >/dev/null || true
      total=$(grep -c 'class,load' "$priv/classes-$fmt.txt")
      shared=$(grep -c 'shared objects file' "$priv/classes-$fmt.txt")
      fromjar=$(grep -c 'source: file:' "$priv/classes-$fmt.txt" || true)
      fromjrt=$(grep -c 'source: jrt:' "$priv/classes-$fmt.txt" || true)
      echo "  classes loaded: $total; from the CDS archives: $shared; from the jar: $fromjar; from the JDK image: $fromjrt;" \
        "generated (lambdas, proxies): $((total - shared - fromjar - fromjrt))"
      echo "  not archived, from the jar, by package: $(grep 'source: file:' "$priv/classes-$fmt.txt" | awk '{print $2}' |
        sed -E 's/\.[^.]+$//' | sort | uniq -c | sort -rn | awk '{printf "%s %s, ", $2, $1}')"
      recs=()
      for ((i = 0; i < runs; i++)); do
        "$java" "${opts[@]}" -XX:StartFlightRecording=filename="$priv/$fmt-1-$i.jfr,settings=$priv/cpu.jfc" \
          -jar "$priv/canvas.jar" check "$target" >/dev/null 2>&1 || true
        recs+=("$priv/$fmt-1-$i.jfr")
      done
    else
      "$java" "${opts[@]}" -XX:StartFlightRecording=filename="$priv/$fmt-$n.jfr,settings=$priv/cpu.jfc" \
        -jar "$priv/canvas.jar" check "$target" >/dev/null 2>&1 || true
      recs=("$priv/$fmt-$n.jfr")
    fi
    "$java" bench/src/JfrTop.java --top 20 "${recs[@]}" | tee "$priv/summary-$fmt-$n.txt"
  done
done
echo "load: $(uptime | sed 's/.*load average: //')"
