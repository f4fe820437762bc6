#!/usr/bin/env bash
# bench/jvm-options.sh: measures what each JVM option of the launcher (src/main/launcher/canvas) does, so that the
# launcher keeps only the ones that help. Each configuration below checks the same files, in alternating runs
# (the order rotates every round), and the medians are printed with their ratio to plain `java -jar`.
#
#   bench/jvm-options.sh [--reps N] [--sizes 1,1000] [--data DIR] [--only LABEL,LABEL...]
#
# Needs a built jar (mvn -q -B -DskipTests package) and reuses the canvases bench/run.sh generated (it generates
# them if they are missing). The jar is copied to .bench/jvm-options/ first, with its own class-data-sharing
# archive (CDS archives are bound to the jar's path), so that a rebuild during the run does not disturb it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=bench/lib.sh
. bench/lib.sh

reps=7
sizes=1,1000
only=
data=${CANVAS_BENCH_DATA:-${TMPDIR:-/tmp}/canvas-bench-data}
while [ $# -gt 0 ]; do
  case $1 in
    --reps) reps=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "jvm-options: unknown option $1" >&2; exit 64 ;;
  esac
done

priv=$root/.bench/jvm-options
mkdir -p "$priv"
cp -p target/canvas.jar "$priv/canvas.jar"
cp src/main/launcher/canvas "$priv/canvas"
chmod +x "$priv/canvas"
ex=$root/examples
CANVAS_CDS=dump "$priv/canvas" check --fail-on never "$ex/" "$ex/go.md" "$ex/go.yaml" "$ex/fix-gaps.md" >/dev/null
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  if [ ! -f "$data/$n/.complete" ]; then
    bench/run.sh --generate-only --sizes "$n" --data "$data" >/dev/null
  fi
done

quiet=(-Xlog:disable -Xlog:all=warning:stderr "-Xlog:cds*=off:stderr")
cds=(-Xshare:auto "-XX:SharedArchiveFile=$priv/canvas.jsa")
c1=-XX:TieredStopAtLevel=1
cts=-XX:CompileThresholdScaling=0.3
cic1=-XX:CICompilerCount=1
serial=-XX:+UseSerialGC
xms=-Xms32m
configs=(
  "jar|"
  "xshare-off|-Xshare:off"
  "cds|${quiet[*]} ${cds[*]}"
  "serial|$serial"
  "c1|$c1"
  "launcher|$c1 $cts $cic1 $serial $xms ${quiet[*]} ${cds[*]}"
  "launcher-no-cts|$c1 $cic1 $serial $xms ${quiet[*]} ${cds[*]}"
  "launcher-no-cds|$c1 $cts $cic1 $serial $xms ${quiet[*]}"
  "launcher-no-serial|$c1 $cts $cic1 $xms ${quiet[*]} ${cds[*]}"
  "launcher-no-c1|$cts $serial $xms ${quiet[*]} ${cds[*]}"
  "launcher-no-cic1|$c1 $cts $serial $xms ${quiet[*]} ${cds[*]}"
  "launcher-no-xms|$c1 $cts $cic1 $serial ${quiet[*]} ${cds[*]}"
  "launcher+no-perfdata|$c1 $cts $cic1 $serial $xms -XX:-UsePerfData ${quiet[*]} ${cds[*]}"
  "launcher+xss256k|$c1 $cts $cic1 $serial $xms -Xss256k ${quiet[*]} ${cds[*]}"
  "launcher+xmn24m|$c1 $cts $cic1 $serial -Xmn24m ${quiet[*]} ${cds[*]}"
  "launcher+parallelgc|$c1 $cts $cic1 -XX:+UseParallelGC $xms ${quiet[*]} ${cds[*]}"
)
if [ -n "$only" ]; then
  kept=()
  for c in "${configs[@]}"; do [[ ",$only," == *",${c%%|*},"* ]] && kept+=("$c"); done
  configs=("${kept[@]}")
fi
results=$priv/results-$sizes.txt
: >"$results"
for n in "${size_list[@]}"; do
  for fmt in yaml md; do
    if [ "$n" = 1 ]; then target=$data/1/$fmt/canvas-00001.$fmt; else target=$data/$n/$fmt; fi
    r=$reps
    [ "$n" -gt 1000 ] && r=$(( (reps + 1) / 2 ))
    for ((i = 0; i < r; i++)); do
      count=${#configs[@]}
      for ((k = 0; k < count; k++)); do
        c=${configs[$(( (k + i) % count ))]}
        label=${c%%|*}
        read -r -a opts <<<"${c#*|}"
        measure "$results" "$label/$fmt" "$n" "$root" java ${opts[@]+"${opts[@]}"} -jar "$priv/canvas.jar" check "$target"
      done
    done
  done
done

printf '\n%-22s %6s %5s %9s %8s %9s %s\n' configuration files fmt "median s" "vs jar" "RSS MB" runs
for n in "${size_list[@]}"; do
  for fmt in yaml md; do
    base=$(stat_median "$results" "jar/$fmt" "$n" 3)
    for c in "${configs[@]}"; do
      label=${c%%|*}
      m=$(stat_median "$results" "$label/$fmt" "$n" 3)
      rss=$(stat_median "$results" "$label/$fmt" "$n" 4)
      [ "$rss" != - ] && rss=$(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}')
      printf '%-22s %6s %5s %9s %8s %9s %s\n' "$label" "$n" "$fmt" "$m" "$(ratio "$m" "$base")" "$rss" \
        "$(stat_count "$results" "$label/$fmt" "$n")"
    done
    echo
  done
done
echo "load: $(uptime | sed 's/.*load average: //')"
