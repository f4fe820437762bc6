#!/usr/bin/env bash
# The Debian package, installed with the README's line (dpkg -i; as root, or with sudo), then used: canvas on PATH,
# --version, the README's check (exit 2), its AOT cache, its shell completion and man pages; then removed, leaving
# nothing behind. Changes the machine while it runs: it refuses to run where a package called canvas is installed
# already.
. "$(dirname "$0")/lib.sh"

if [ "$(dpkg-query -W -f='${Status}' canvas 2>/dev/null || true)" = "install ok installed" ]; then
  fail "a package called canvas is installed on this machine already; remove it first (dpkg -P canvas)"
fi
tmp=$(mktemp -d)
tools=$(tools_without_java "$tmp/tools") # for its sudo
system_path=$tools:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
remove() { "$tools/sudo" dpkg -P canvas >/dev/null 2>&1 || true; }
trap 'remove; rm -rf "$tmp"' EXIT

(cd "$tmp" && env -i HOME="$tmp" PATH="$system_path" bash -euo pipefail -c "$(readme_block deb | as_built)") >"$tmp/install.out" 2>&1 ||
  fail "the README's install line failed: $(cat "$tmp/install.out")"
[ "$(command -v canvas)" = /usr/bin/canvas ] || fail "canvas is not /usr/bin/canvas on PATH: $(command -v canvas || true)"

# JAVA_HOME pointing nowhere: the package runs its own runtime
user() { (cd "$root" && env -i HOME="$tmp" PATH=/usr/bin:/bin JAVA_HOME=/nonexistent LANG=C.UTF-8 "$@"); }
out=$(user canvas --version) || fail "canvas --version failed"
case $out in "canvas $version (commit "*")") ;; *) fail "canvas --version printed '$out'" ;; esac
expect 2 user canvas check "$example" >"$tmp/check.out"
grep -q 'verdict: DO-NOT-DEPLOY' "$tmp/check.out" || fail "no do-not-deploy verdict in: $(tail -3 "$tmp/check.out")"
ok "installed by dpkg -i: '$out'; check of $example exits 2"
if [ -f /usr/lib/canvas/app/canvas.aot ]; then
  user env CANVAS_JAVA_OPTS=-XX:AOTMode=on canvas check examples/go.md >/dev/null || fail "the AOT cache is not used"
  ok "the AOT cache is used (-XX:AOTMode=on)"
fi
# the completion script where bash-completion loads it on demand, and the man pages, gzipped, where man finds them
completion=/usr/share/bash-completion/completions/canvas
check_completion "$completion" user canvas
for page in canvas canvas-check canvas-template-lint; do
  found=$(env -i PATH=/usr/bin:/bin man -w "$page") || fail "man does not find $page"
  [ "$found" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page: $found"
done
dpkg-query -L canvas | grep -qx "$completion" || fail "dpkg does not list $completion as the package's"
dpkg-query -L canvas | grep -qx /usr/share/man/man1/canvas.1.gz || fail "dpkg does not list canvas.1.gz as the package's"
ok "man canvas, man canvas-check, man canvas-template-lint; the completion and the pages are the package's files"
depends=$(dpkg-query -W -f='${Depends}' canvas)
case $depends in *libx11* | *libasound*) fail "the package depends on a display or sound library: $depends" ;; esac
size=$(dpkg-query -W -f='${Installed-Size}' canvas)

"$tools/sudo" dpkg -P canvas >/dev/null || fail "dpkg -P canvas failed"
[ ! -e /usr/bin/canvas ] && [ ! -e /usr/lib/canvas ] && [ ! -e "$completion" ] && [ ! -e /usr/share/man/man1/canvas.1.gz ] ||
  fail "dpkg -P left /usr/bin/canvas, /usr/lib/canvas, $completion or canvas.1.gz behind"
if dpkg-query -W canvas >/dev/null 2>&1; then fail "dpkg still knows canvas after dpkg -P"; fi
ok "removed by dpkg -P, nothing left; depends on: $depends; package $(du -h "$dist/$deb" | cut -f1), $((size / 1024)) MiB installed"
