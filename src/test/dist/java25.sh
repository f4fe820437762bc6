#!/usr/bin/env bash
# Smoke test on Java 25 (the test suite runs on Java 17):
#   - the README's first command's check, run by target/canvas on JAVA25_HOME with an AOT cache that the launcher
#     records as the build does (-XX:AOTMode=on: the JVM fails unless it uses the cache);
#   - every golden case (src/test/resources/golden/, as GoldenTest runs them in-process), run by the tarball's canvas,
#     installed with the README's line: its jlinked Java 25 runtime and AOT cache must give the same output, byte
#     for byte, and the same exit code.
. "$(dirname "$0")/lib.sh"

java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$java25/bin/java" ] || fail "no Java 25 at $java25 (set JAVA25_HOME)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$root/target/canvas" ] || fail "no target/canvas: build first"

# The README's first command: 'mvn ... package && target/canvas check EXAMPLE'; its check, on Java 25
first=$(awk '/^## Build and test from a clone/ { s = 1 } s && /^```sh/ { getline; print; exit }' "$root/README.md")
check=${first#*&& }
case $check in "target/canvas check "*) ;; *) fail "the README's first command does not run target/canvas check: $first" ;; esac
(cd "$root" && JAVA_HOME=$java25 CANVAS_CDS=dump target/canvas check --fail-on never examples/ examples/go.md \
  examples/go.yaml examples/fix-gaps.md >/dev/null) || fail "the AOT training run failed"
[ -s "$root/target/canvas.aot" ] || fail "no target/canvas.aot after the training run on Java 25"
# shellcheck disable=SC2086 # the README's command, split into words as the shell does
expect 2 env -C "$root" JAVA_HOME="$java25" CANVAS_JAVA_OPTS=-XX:AOTMode=on $check >"$tmp/first.out"
grep -q 'verdict: DO-NOT-DEPLOY' "$tmp/first.out" || fail "no do-not-deploy verdict: $(tail -3 "$tmp/first.out")"
ok "README's first check on $("$java25/bin/java" -version 2>&1 | sed -n 1p) with the AOT cache: exit 2"

# The golden cases, by the installed tarball
home=$tmp/home
mkdir -p "$home"
(cd "$home" && env -i HOME="$home" PATH=/usr/bin:/bin bash -euo pipefail -c "$(readme_block tarball | as_built)") ||
  fail "the README's tarball line failed"
canvas=$home/.local/bin/canvas
"$canvas" --version >/dev/null || fail "the installed canvas does not start"
passed=0
failed=0
skipped=0
cd "$root"
for case_dir in src/test/resources/golden/*/; do
  case_dir=${case_dir%/}
  args=()
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -n "${line//[[:space:]]/}" ]; then args+=("${line//\{dir\}/$case_dir}"); fi
  done <"$case_dir/args"
  if [[ " ${args[*]} " == *" ../shared/"* ]] && [ ! -d ../shared/fixtures/bmad ]; then
    skipped=$((skipped + 1))
    continue
  fi
  set +e
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$canvas" "${args[@]}" >"$tmp/out" 2>"$tmp/err"
  code=$?
  set -e
  # the HTML report names the work tree's commit, which changes with every commit (GoldenTest leaves it out too)
  sed -i 's| · commit <code>[0-9a-f]*</code>||' "$tmp/out"
  problems=()
  cmp -s "$tmp/out" "$case_dir/expected.out" || problems+=("standard output differs")
  if [ -f "$case_dir/expected.err" ]; then
    cmp -s "$tmp/err" "$case_dir/expected.err" || problems+=("standard error differs")
  elif [ -s "$tmp/err" ]; then
    problems+=("standard error not empty: $(head -3 "$tmp/err")")
  fi
  [ "$code" = "$(tr -d '[:space:]' <"$case_dir/expected.exit")" ] || problems+=("exit $code, not $(cat "$case_dir/expected.exit")")
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "golden case $(basename "$case_dir"): ${problems[*]}" >&2
    diff "$case_dir/expected.out" "$tmp/out" | head -10 >&2 || true
  fi
done
echo "golden cases on the tarball's Java 25: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] || fail "$failed golden cases differ on Java 25"
ok "every golden case gives the same output and exit code on Java 25"
