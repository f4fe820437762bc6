#!/usr/bin/env bash
# The jar alone, for any OS with Java 17+: the README's line downloads it and runs it with java -jar (Java 17 here);
# the README's check with it exits 2; the completion script the README's line prints from it completes its commands.
. "$(dirname "$0")/lib.sh"

java17=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
[ -x "$java17/bin/java" ] || fail "no Java 17 at $java17 (set JAVA17_HOME)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tools=$(tools_without_java "$tmp/tools")
user_path=$java17/bin:$tools

out=$(cd "$tmp" && env -i HOME="$tmp" PATH="$user_path" bash -euo pipefail -c "$(readme_block jar | as_built)") ||
  fail "the README's line failed"
case $out in "canvas $version (commit "*")") ;; *) fail "java -jar $jar --version printed '$out'" ;; esac
expect 2 env -i HOME="$tmp" PATH="$user_path" bash -c "cd '$root' && java -jar '$tmp/$jar' check $example" >"$tmp/check.out"
grep -q 'verdict: DO-NOT-DEPLOY' "$tmp/check.out" || fail "no do-not-deploy verdict in: $(tail -3 "$tmp/check.out")"
"$java17/bin/javap" -cp "$tmp/$jar" -v dev.canvas.cli.Main >"$tmp/javap.out"
grep -q 'major version: 61' "$tmp/javap.out" ||
  fail "dev.canvas.cli.Main in $jar is not Java 17 bytecode (class-file version 61)"
ok "java -jar on $("$java17/bin/java" -version 2>&1 | sed -n 1p): '$out'; check exits 2; Java 17 bytecode"

(cd "$tmp" && env -i HOME="$tmp" PATH="$user_path" bash -euo pipefail -c "$(readme_block jar-completion | as_built)") ||
  fail "the README's completion line for the jar failed"
check_completion "$tmp/.canvas-completion.bash" env -i PATH="$user_path" java -jar "$tmp/$jar"
