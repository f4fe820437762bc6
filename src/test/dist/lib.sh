# shellcheck shell=bash disable=SC2034 # sourced: the variables are the tests'
# Helpers of the distribution tests (src/test/dist/*.sh), sourced by each: where the project and its downloads are,
# the README's install lines, a user's PATH without Java. The tests install what `mvn -Pdist package` made in
# target/dist/ as a user would: they run the README's own lines, with the release's address replaced by target/dist/
# (curl reads file:// as it reads https://).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
dist=$root/target/dist
# The project's own <version> and <url> are the pom's first ones indented by two spaces (dependencies are deeper).
pom_value() { sed -n "/^  <$1>/{s|^  <$1>\\(.*\\)</$1>.*|\\1|p;q}" "$root/pom.xml"; }
version=$(pom_value version)
url=$(pom_value url)
release=$url/releases/download/v$version
tarball=canvas-$version-linux-x64.tar.gz
deb=canvas_${version}_amd64.deb
jar=canvas-$version.jar
example=examples/engineering-department/production-canvas.md # the README's first check: do-not-deploy, exit 2

name=$(basename "$0" .sh)
fail() {
  echo "FAIL ($name): $*" >&2
  exit 1
}
ok() { echo "ok ($name): $*"; }

[ -f "$dist/$tarball" ] && [ -f "$dist/$deb" ] && [ -f "$dist/$jar" ] ||
  fail "no downloads in $dist: build them first with 'mvn -Pdist package'"

# The lines of the first fenced block after '<!-- install: NAME -->' in README.md.
readme_block() {
  local block
  block=$(awk -v marker="<!-- install: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (open) exit; open = 1; next }
    open { print }' "$root/README.md")
  [ -n "$block" ] || fail "README.md has no block after '<!-- install: $1 -->'"
  printf '%s\n' "$block"
}

# Standard input with the release's address replaced by the build's target/dist/.
as_built() { sed "s|$release|file://$dist|g"; }

# A folder of the commands a user's shell has, and no java; with 'sudo' for root where sudo is not installed.
tools_without_java() {
  local dir=$1 t p
  mkdir -p "$dir"
  for t in bash sh cat curl tar gzip mkdir ln rm mv cp dirname readlink sha256sum ls env grep sed head tail \
    mktemp touch chmod id uname wc tr cut sort dpkg dpkg-deb dpkg-query git python3 pre-commit; do
    if p=$(command -v "$t"); then ln -sf "$p" "$dir/$t"; fi
  done
  if [ ! -e "$dir/sudo" ]; then
    if p=$(command -v sudo); then
      ln -sf "$p" "$dir/sudo"
    elif [ "$(id -u)" = 0 ]; then
      printf '#!/bin/sh\nexec "$@"\n' >"$dir/sudo"
      chmod +x "$dir/sudo"
    fi
  fi
  if PATH=$dir command -v java >/dev/null 2>&1; then fail "java is on the test's PATH ($dir)"; fi
  printf '%s\n' "$dir"
}

# Runs a command, and fails unless it exits with the code given: expect CODE COMMAND...
expect() {
  local want=$1 code
  shift
  set +e
  "$@"
  code=$?
  set -e
  [ "$code" = "$want" ] || fail "'$*' exited $code, not $want"
}

# The completions the bash completion script FILE offers for a command line, one a line: completions FILE WORD...
# (the last word is the one being completed), in a bash that has sourced FILE, from the project's folder.
completions() {
  local script=$1
  shift
  (cd "$root" && env -i PATH="$PATH" bash --norc --noprofile -c '
    source "$1" || exit 1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    _complete_canvas 2>/dev/null # compopt says it runs outside a completion: the test calls the function itself
    printf "%s\n" "${COMPREPLY[@]}"' completions "$script" "$@") | sed '/^$/d' | sort
}

# Checks an installed completion script against the installed canvas, run as CANVAS...: it completes each command
# its --help lists (and no other), a nested command, an option, and file names for check's PATH.
check_completion() {
  local script=$1 got want
  shift
  [ -f "$script" ] || fail "no completion script at $script"
  want=$("$@" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' | sort)
  [ -n "$want" ] || fail "'$* --help' lists no commands"
  got=$(completions "$script" canvas '') || fail "bash could not source $script"
  [ "$got" = "$want" ] || fail "canvas <TAB> completed '$(echo $got)', not the commands of --help: '$(echo $want)'"
  got=$(completions "$script" canvas ch)
  [ "$got" = check ] || fail "canvas ch<TAB> completed '$(echo $got)', not check"
  got=$(completions "$script" canvas template l)
  [ "$got" = lint ] || fail "canvas template l<TAB> completed '$(echo $got)', not lint"
  got=$(completions "$script" canvas check --fail)
  [ "$got" = --fail-on ] || fail "canvas check --fail<TAB> completed '$(echo $got)', not --fail-on"
  got=$(completions "$script" canvas check --format json examples/go.)
  [ "$(echo $got)" = "examples/go.md examples/go.yaml" ] || fail "canvas check ... examples/go.<TAB> completed '$(echo $got)'"
  ok "$script completes the $(echo "$want" | wc -l) commands, 'template lint', check's options and files"
}
