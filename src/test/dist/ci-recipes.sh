#!/usr/bin/env bash
# The CI recipes of examples/ci/, run as written in a user's repository (a temporary git repository with canvases and
# no pom), with the release's downloads served from target/dist/ and no Java on PATH:
#   gitlab-ci.yml       the job's script lines, in one shell as GitLab runs them; CANVAS_HOME set as a project
#                       variable would (it overrides the job's)
#   check-canvases.sh   the plain shell step
#   github-actions.yml  the workflow's canvas step, by action_runner.py; the later steps' files are there
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tools=$(tools_without_java "$tmp/tools")
python=$(python3 -c 'import sys; print(sys.executable)') # the interpreter itself, not a shim that needs a full PATH

# project NAME CANVAS...: a user's repository holding those examples, and no pom
project() {
  local dir=$tmp/$1 c
  shift
  mkdir -p "$dir/docs"
  for c in "$@"; do cp "$root/$c" "$dir/docs/$(basename "$(dirname "$c")")-$(basename "$c")"; done
  printf '# An agent\n' >"$dir/README.md"
  git -C "$dir" init -q
  printf '%s\n' "$dir"
}
recipe() { sed "s|$release|file://$dist|g" "$root/examples/ci/$1" >"$tmp/$1"; }

# GitLab: go and fix-gaps pass with --fail-on do-not-deploy; a do-not-deploy canvas fails the job
recipe gitlab-ci.yml
script=$("$python" -c 'import sys, yaml; print("\n".join(yaml.safe_load(open(sys.argv[1]))["canvas"]["script"]))' "$tmp/gitlab-ci.yml")
gitlab() {
  (cd "$1" && env -i HOME="$tmp" PATH="$tools" CI_PROJECT_DIR="$1" CANVAS_HOME="$tmp/gitlab-canvas" \
    bash -eo pipefail -c "$script")
}
dir=$(project gitlab examples/go.md examples/fix-gaps.md)
gitlab "$dir" >"$tmp/log" 2>&1 || fail "the GitLab job failed on go and fix-gaps canvases: $(tail -5 "$tmp/log")"
grep -q "$tarball: OK" "$tmp/log" || fail "the download was not checked"
[ -s "$dir/.canvas-reports/canvas-junit.xml" ] && [ -s "$dir/.canvas-reports/canvas.sarif" ] ||
  fail "the GitLab job's artifacts are missing"
cp "$root/$example" "$dir/docs/"
expect 2 gitlab "$dir" >"$tmp/log" 2>&1
ok "GitLab job: passes go and fix-gaps, fails do-not-deploy (exit 2), JUnit and SARIF artifacts"

# the plain shell step
recipe check-canvases.sh
dir=$(project shell examples/go.md examples/fix-gaps.md)
step() { (cd "$dir" && env -i HOME="$tmp/shell-home" PATH="$tools" sh "$tmp/check-canvases.sh" "$@"); }
expect 1 step >"$tmp/log" 2>&1
grep -q 'verdict: FIX-GAPS' "$tmp/log" || fail "the shell step's report: $(tail -3 "$tmp/log")"
sed -i "s|file://$dist|file:///nonexistent|" "$tmp/check-canvases.sh" # installed already: no second download
expect 0 step --fail-on do-not-deploy --format junit=report.xml . >"$tmp/log" 2>&1
[ -s "$dir/report.xml" ] || fail "the shell step did not pass its arguments on"
ok "shell step: installs once into ~/.cache/canvas, exit 1 on fix-gaps, passes options on"

# GitHub Actions: the workflow's canvas step, as the runner runs it
with=$("$python" -c '
import sys, yaml, json
steps = yaml.safe_load(open(sys.argv[1]))["jobs"]["canvas"]["steps"]
step = [s for s in steps if str(s.get("uses", "")).startswith(sys.argv[2] + "@")]
assert len(step) == 1 and step[0]["uses"] == sys.argv[2] + "@v" + sys.argv[3], step
print(json.dumps(step[0].get("with", {})))' "$root/examples/ci/github-actions.yml" "${url#https://github.com/}" "$version") ||
  fail "the workflow has no step using the action at v$version"
dir=$(project github examples/go.md examples/fix-gaps.md "$example")
temp=$tmp/runner-temp
mkdir -p "$temp"
(cd "$dir" && env -i HOME="$tmp" PATH="$tools" RUNNER_TEMP="$temp" RUNNER_OS=Linux RUNNER_ARCH=X64 \
  GITHUB_STEP_SUMMARY="$temp/summary.md" CANVAS_RELEASE_URL="file://$dist" \
  "$python" "$root/src/test/dist/action_runner.py" "$root" "$with" 3>"$temp/outputs") >"$tmp/log" 2>&1 && code=0 || code=$?
[ "$code" = 2 ] || fail "the workflow's step exited $code, not 2 (fail-on do-not-deploy): $(tail -5 "$tmp/log")"
[ -s "$temp/canvas-reports/canvas-junit.xml" ] || fail "no JUnit report where the workflow uploads it from"
grep -q "^sarif-file=$temp/" "$temp/outputs" || fail "no sarif-file output for the upload step"
ok "GitHub workflow: the action's step fails on do-not-deploy, JUnit where the upload step takes it, sarif-file output"
