#!/usr/bin/env bash
# The pre-commit hook, run by pre-commit itself as a user's repository runs it: the README's .pre-commit-config.yaml
# (its repo and rev pointing at a copy of this checkout's hook), canvas installed with the README's tarball line.
# A commit of .canvas.yaml and a workflow called canvas.yml passes; a commit of an incomplete canvas is blocked;
# without canvas installed the hook says what to install.
. "$(dirname "$0")/lib.sh"

command -v pre-commit >/dev/null 2>&1 || fail "pre-commit is not installed (apt-get install pre-commit)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
home=$tmp/home
mkdir -p "$home"
tools=$(tools_without_java "$tmp/tools")
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid

# The hook's repository at a commit: the files pre-commit needs from this checkout, as they are now
hook=$tmp/hook
mkdir -p "$hook/scripts"
cp "$root/.pre-commit-hooks.yaml" "$root/pom.xml" "$hook/"
cp "$root/scripts/pre-commit-canvas" "$hook/scripts/"
git -C "$hook" init -q && git -C "$hook" add -A && git -C "$hook" commit -q -m hook
rev=$(git -C "$hook" rev-parse HEAD)

# A user's repository with the README's configuration
repo=$tmp/repo
mkdir -p "$repo"
git -C "$repo" init -q
readme_block pre-commit | sed -e "s|repo: $url\$|repo: $hook|" -e "s|rev: v$version\$|rev: $rev|" >"$repo/.pre-commit-config.yaml"
grep -q "repo: $hook" "$repo/.pre-commit-config.yaml" && grep -q "rev: $rev" "$repo/.pre-commit-config.yaml" ||
  fail "the README's configuration does not name $url at v$version: $(readme_block pre-commit)"
user() { (cd "$repo" && env HOME="$home" PATH="$home/.local/bin:$tools" "$@"); }
(cd "$home" && env -i HOME="$home" PATH="$tools" bash -euo pipefail -c "$(readme_block tarball | as_built)") ||
  fail "the README's tarball line failed"
user pre-commit install >/dev/null

# the tool's own configuration and a workflow called canvas.yml: both match by name, neither is a canvas
mkdir -p "$repo/.github/workflows" "$repo/docs"
printf 'extends: builtin\nrules:\n  vanity-metrics: warning\n' >"$repo/.canvas.yaml"
cp "$root/examples/ci/github-actions.yml" "$repo/.github/workflows/canvas.yml"
printf '# notes\n' >"$repo/docs/canvas-notes.md" # named like a canvas, is not one
user git add .pre-commit-config.yaml .canvas.yaml .github/workflows/canvas.yml docs/canvas-notes.md
user git commit -q -m "canvas configuration and workflow" >"$tmp/commit.out" 2>&1 ||
  fail "the commit of .canvas.yaml and a workflow was blocked: $(cat "$tmp/commit.out")"
ok "a commit of .canvas.yaml, .github/workflows/canvas.yml and a non-canvas named like one passes"

cp "$root/examples/fix-gaps.md" "$repo/docs/production-canvas.md"
user git add docs/production-canvas.md
if user git commit -q -m "incomplete canvas" >"$tmp/commit.out" 2>&1; then fail "an incomplete canvas was committed"; fi
grep -q 'verdict: FIX-GAPS' "$tmp/commit.out" || fail "the blocked commit does not say why: $(cat "$tmp/commit.out")"
cp "$root/examples/go.md" "$repo/docs/production-canvas.md"
user git add docs/production-canvas.md
user git commit -q -m "complete canvas" >"$tmp/commit.out" 2>&1 || fail "a complete canvas was blocked: $(cat "$tmp/commit.out")"
ok "an incomplete canvas is blocked (fix-gaps), a complete one passes"

rm "$home/.local/bin/canvas"
printf '\n' >>"$repo/docs/production-canvas.md"
user git add docs/production-canvas.md
if user git commit -q -m "no canvas installed" >"$tmp/commit.out" 2>&1; then fail "committed without canvas installed"; fi
grep -q "the 'canvas' command is not installed" "$tmp/commit.out" || fail "no install advice: $(cat "$tmp/commit.out")"
if grep -q -e 'mvn' -e 'command not found' "$tmp/commit.out"; then fail "it still asks for Maven: $(cat "$tmp/commit.out")"; fi
ok "without canvas installed the hook says what to install ($(pre-commit --version))"
