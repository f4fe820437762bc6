# Shared by bench/run.sh and bench/jvm-options.sh (sourced, not run): timing, peak memory, medians.
# shellcheck shell=bash

# The JVM options of the launcher (src/main/launcher/canvas), for the programs run.sh starts without it (the parse
# floor). Kept in step with the launcher by LauncherOptionsTest.
LAUNCHER_JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.3 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms32m -Xshare:auto
                   -Xlog:disable -Xlog:all=warning:stderr "-Xlog:cds*=off:stderr")

now_ns() { date +%s%N; }

HAVE_TIME=0
[ -x /usr/bin/time ] && HAVE_TIME=1

# measure RESULTS LABEL SIZE DIR CMD...: runs CMD in DIR (output discarded) and appends one line to RESULTS:
# "LABEL SIZE SECONDS PEAK_RSS_KB EXIT CPU_SECONDS". Peak RSS is GNU time's %M (max resident set of the process, in
# KB), CPU its user + system time (all threads); both "-" without /usr/bin/time. Wall time is taken around the
# process, in nanoseconds.
measure() {
  local results=$1 label=$2 size=$3 dir=$4
  shift 4
  local rssf t0 t1 code rss cpu
  rssf=$(mktemp)
  t0=$(now_ns)
  if [ "$HAVE_TIME" = 1 ]; then
    (cd "$dir" && exec /usr/bin/time -f '%M %U %S' -o "$rssf" "$@" >/dev/null 2>&1) && code=0 || code=$?
  else
    (cd "$dir" && exec "$@" >/dev/null 2>&1) && code=0 || code=$?
  fi
  t1=$(now_ns)
  read -r rss cpu <<<"$(awk '/^[0-9]+ [0-9.]+ [0-9.]+$/ {printf "%s %.2f", $1, $2 + $3}' "$rssf" 2>/dev/null | tail -1)"
  rm -f "$rssf"
  printf '%s %s %s %s %s %s\n' "$label" "$size" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", (b-a)/1e9}')" \
    "${rss:--}" "$code" "${cpu:--}" >>"$results"
}

# stat RESULTS LABEL SIZE FIELD: median of FIELD (3 seconds, 4 peak RSS KB, 6 CPU seconds) over the runs of LABEL at SIZE;
# prints "-" if there are none.
stat_median() {
  awk -v l="$2" -v s="$3" -v f="$4" '$1==l && $2==s && $f!="-" {print $f}' "$1" | sort -g |
    awk '{v[NR]=$1} END{if (NR==0) print "-"; else if (NR%2) print v[(NR+1)/2]; else printf "%.4f\n", (v[NR/2]+v[NR/2+1])/2}'
}
stat_min() { awk -v l="$2" -v s="$3" '$1==l && $2==s {print $3}' "$1" | sort -g | sed -n 1p; }
stat_max() { awk -v l="$2" -v s="$3" '$1==l && $2==s {print $3}' "$1" | sort -g | tail -1; }
stat_count() { awk -v l="$2" -v s="$3" '$1==l && $2==s' "$1" | wc -l | tr -d ' '; }
stat_exits() { awk -v l="$2" -v s="$3" '$1==l && $2==s {print $5}' "$1" | sort -u | paste -sd/ -; }

# ratio A B: A / B with 2 decimals, "-" if either is missing
ratio() {
  if [ "$1" = - ] || [ "$2" = - ] || [ -z "$1" ] || [ -z "$2" ]; then echo -; return; fi
  awk -v a="$1" -v b="$2" 'BEGIN{ if (b == 0) print "-"; else printf "%.2f", a/b }'
}
