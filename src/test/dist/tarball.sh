#!/usr/bin/env bash
# The tarball, installed as the README says by a user who has no Java, into a temporary HOME: it runs from its own
# runtime (check of the README's example: exit 2; --version), with its AOT cache when it carries one; its shell
# completion and man pages, linked by the README's line, complete and show the commands; and the README's check of a
# download passes, and fails for a tampered one.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
home=$tmp/home
mkdir -p "$home"
tools=$(tools_without_java "$tmp/tools")
user() { (cd "$root" && env -i HOME="$home" PATH="$home/.local/bin:$tools" LANG=C.UTF-8 "$@"); }

(cd "$home" && env -i HOME="$home" PATH="$tools" bash -euo pipefail -c "$(readme_block tarball | as_built)") ||
  fail "the README's install line failed"
[ -L "$home/.local/bin/canvas" ] || fail "no ~/.local/bin/canvas after the README's line"
installed=$home/.local/lib/canvas-$version

out=$(user canvas --version) || fail "canvas --version failed"
case $out in "canvas $version (commit "*")") ;; *) fail "canvas --version printed '$out'" ;; esac
expect 2 user canvas check "$example" >"$tmp/check.out"
grep -q 'verdict: DO-NOT-DEPLOY' "$tmp/check.out" || fail "no do-not-deploy verdict in: $(tail -3 "$tmp/check.out")"
ok "no Java on PATH: '$out'; check of $example exits 2"

# the completion script and the man pages, linked where bash-completion and man look by the README's line
for f in share/bash-completion/completions/canvas share/man/man1/canvas.1 share/man/man1/canvas-check.1; do
  [ -f "$installed/$f" ] || fail "the tarball has no $f"
done
(cd "$home" && env -i HOME="$home" PATH="$tools" bash -euo pipefail -c "$(readme_block tarball-completion | as_built)") ||
  fail "the README's completion and man page line failed"
check_completion "$home/.local/share/bash-completion/completions/canvas" user canvas
for page in canvas canvas-check canvas-template-lint; do
  found=$(env -i HOME="$home" PATH="$home/.local/bin:$tools:/usr/bin:/bin" man -w "$page") || fail "man does not find $page"
  # (man names the file the link points to)
  [ "$(readlink -f "$found")" = "$(readlink -f "$installed/share/man/man1/$page.1")" ] || fail "man -w $page: $found"
done
out=$(env -i HOME="$home" PATH="$home/.local/bin:$tools:/usr/bin:/bin" MANWIDTH=200 man canvas-check 2>/dev/null)
case $out in *"canvas-check - Checks canvases"*"--fail-on=LEVEL"*"quoted globs ('docs/**/*.md')"*) ;;
  *) fail "man canvas-check shows: $(printf '%s\n' "$out" | head -12)" ;; esac
ok "man canvas, man canvas-check and man canvas-template-lint, found through ~/.local/bin on PATH"

if [ -f "$installed/lib/app/canvas.aot" ]; then
  # -XX:AOTMode=on makes the JVM fail unless it maps and uses the cache
  user env CANVAS_JAVA_OPTS=-XX:AOTMode=on canvas check examples/go.md >/dev/null || fail "the AOT cache is not used"
  ok "the AOT cache is used (-XX:AOTMode=on)"
fi
user canvas check --format json examples/go.yaml >"$tmp/go.json" || fail "a YAML check through the launcher failed"
grep -q '"verdict": "go"' "$tmp/go.json" || fail "a YAML check through the launcher: $(head -5 "$tmp/go.json")"

mkdir "$tmp/verify"
(cd "$tmp/verify" && env -i HOME="$home" PATH="$tools" bash -euo pipefail -c "$(readme_block verify | as_built)") \
  >"$tmp/verify.out" || fail "the README's check of the download failed: $(cat "$tmp/verify.out")"
grep -qx "$tarball: OK" "$tmp/verify.out" || fail "sha256sum said: $(cat "$tmp/verify.out")"
printf 'x' >>"$tmp/verify/$tarball"
if (cd "$tmp/verify" && sha256sum -c "$tarball.sha256" >/dev/null 2>&1); then fail "a tampered tarball passed its check"; fi
for f in "$deb" "$jar"; do (cd "$dist" && sha256sum --quiet -c "$f.sha256") || fail "$f does not match $f.sha256"; done
ok "the README's SHA-256 check passes, and fails for a changed byte; the .deb and jar match theirs"
ok "tarball $(du -h "$dist/$tarball" | cut -f1), $(du -sh "$installed" | cut -f1) unpacked"
