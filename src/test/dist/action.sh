#!/usr/bin/env bash
# The GitHub Action (action.yml, scripts/canvas-action), run by action_runner.py as a runner runs a composite action:
# a workspace with canvases, RUNNER_TEMP, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, no Java on PATH, and the release's
# downloads served from target/dist/ (CANVAS_RELEASE_URL) instead of GitHub. The step is the README's.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
tools=$(tools_without_java "$tmp/tools")
python=$(python3 -c 'import sys; print(sys.executable)') # the interpreter itself, not a shim that needs a full PATH

# The README's step: the action of this repository at the tag of this version
step=$(readme_block action)
repository=${url#https://github.com/}
"$python" -c 'import sys, yaml; s = yaml.safe_load(sys.argv[1]); assert s[0]["uses"] == sys.argv[2], s' \
  "$step" "$repository@v$version" || fail "the README's step does not use $repository@v$version"
with=$("$python" -c 'import sys, yaml, json; print(json.dumps(yaml.safe_load(sys.argv[1])[0].get("with", {})))' "$step")

# A user's repository: a go, a fix-gaps and a do-not-deploy canvas, its configuration, a README
workspace=$tmp/workspace
mkdir -p "$workspace/docs/agents" "$workspace/.github/workflows"
cp "$root/examples/go.md" "$workspace/docs/agents/billing-canvas.md"
cp "$root/examples/fix-gaps.md" "$workspace/docs/agents/support-canvas.md"
cp "$root/$example" "$workspace/docs/production-canvas.md"
printf 'extends: builtin\n' >"$workspace/.canvas.yaml"
printf '# My agents\n' >"$workspace/README.md"
cp "$root/examples/ci/github-actions.yml" "$workspace/.github/workflows/canvas.yml"
git -C "$workspace" init -q

# run_action RUNNER_TEMP WITH [ENV=VALUE...]: runs the action in the workspace; its outputs go to RUNNER_TEMP/outputs
run_action() {
  local temp=$1 with=$2
  shift 2
  mkdir -p "$temp"
  : >"$temp/summary.md"
  (cd "$workspace" && env -i HOME="$tmp" PATH="$tools" LANG=C.UTF-8 RUNNER_TEMP="$temp" RUNNER_OS=Linux RUNNER_ARCH=X64 \
    GITHUB_STEP_SUMMARY="$temp/summary.md" GITHUB_WORKSPACE="$workspace" CANVAS_RELEASE_URL="file://$dist" "$@" \
    "$python" "$root/src/test/dist/action_runner.py" "$root" "$with" 3>"$temp/outputs")
}
output() { sed -n "s/^$1=//p" "$2/outputs"; }

temp=$tmp/runner-temp
expect 2 run_action "$temp" "$with" >"$tmp/log" 2>"$tmp/err"
grep -q '^::error file=docs/production-canvas.md,line=' "$tmp/log" || fail "no ::error annotation on the do-not-deploy canvas"
grep -q '^::warning file=docs/agents/support-canvas.md,line=' "$tmp/log" || fail "no ::warning annotation on the fix-gaps canvas"
grep -q '^::notice title=canvas verdict%3A do-not-deploy::3 canvases checked: 1 go, 1 fix-gaps, 1 do-not-deploy' "$tmp/log" ||
  fail "no verdict notice for the three canvases: $(grep '^::notice title' "$tmp/log")"
grep -q '^## canvas: .*do-not-deploy' "$temp/summary.md" || fail "the job summary has no verdict: $(head -3 "$temp/summary.md")"
grep -q 'installing canvas' "$tmp/err" || fail "it did not install canvas"
[ "$(output exit-code "$temp")" = 2 ] || fail "output exit-code is '$(output exit-code "$temp")'"
[ "$(output version "$temp")" = "$version" ] || fail "output version is '$(output version "$temp")'"
sarif=$(output sarif-file "$temp")
case $sarif in "$temp"/*) ;; *) fail "the SARIF file '$sarif' is not under RUNNER_TEMP" ;; esac
"$python" -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["version"] == "2.1.0" and d["runs"][0]["results"]' "$sarif" ||
  fail "$sarif is not a SARIF 2.1.0 log with results"
changes=$(git -C "$workspace" status --porcelain --untracked-files=all)
if grep -q -v -e docs/ -e .canvas.yaml -e README.md -e .github/ <<<"$changes"; then
  fail "the action wrote into the checkout: $changes"
fi
ok "README's step: exit 2, annotations, job summary, SARIF at $sarif, nothing written to the checkout"

# inputs: fail-on, more reports, a glob; the installed canvas is used again, not downloaded
# shellcheck disable=SC2016 # ${{ runner.temp }} is the runner's expression, evaluated by action_runner.py
expect 0 run_action "$temp" '{"paths": "docs/agents/*-canvas.md", "fail-on": "never", "formats": "junit=${{ runner.temp }}/junit.xml json=${{ runner.temp }}/canvas.json"}' \
  >"$tmp/log" 2>"$tmp/err"
grep -q '2 canvases checked: 1 go, 1 fix-gaps, 0 do-not-deploy' "$tmp/log" || fail "the glob did not give the two canvases"
[ -s "$temp/junit.xml" ] && [ -s "$temp/canvas.json" ] || fail "the reports asked for in 'formats' are missing"
if grep -q 'installing canvas' "$tmp/err"; then fail "it downloaded canvas again"; fi
ok "paths (a glob), fail-on: never, formats: exit 0, JUnit and JSON written, no second download"

expect 1 run_action "$tmp/mac" '{}' RUNNER_OS=macOS >"$tmp/log" 2>&1
grep -q '^::error title=canvas action::canvas.s action needs a Linux x64 runner' "$tmp/log" || fail "no clear error on macOS: $(cat "$tmp/log")"
mkdir "$tmp/tampered"
cp "$dist/$tarball" "$dist/$tarball.sha256" "$tmp/tampered/"
printf 'x' >>"$tmp/tampered/$tarball"
expect 1 run_action "$tmp/t" '{}' CANVAS_RELEASE_URL="file://$tmp/tampered" >"$tmp/log" 2>&1
grep -q 'does not match its SHA-256' "$tmp/log" || fail "a tampered download was not refused: $(cat "$tmp/log")"
[ ! -e "$tmp/t/canvas-$version" ] || fail "a tampered download was unpacked"
expect 3 run_action "$tmp/u" '{"path": "docs"}' >"$tmp/log" 2>&1
ok "a macOS runner and a tampered download are refused with one line; a misspelt input is an error"
