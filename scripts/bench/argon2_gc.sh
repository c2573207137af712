#!/usr/bin/env bash
# argon2_gc.sh — what the Argon2 block pool saves under a heap cap (not in CI): two hashing threads,
# with and without Bouncy Castle's block pool, under the JVM settings we ship (scripts/jvm.options)
# and under G1 with the side-by-side comparison's -Xms64m -Xmx512m. Prints hashes/s, GC time and
# process CPU per hash. A quiet machine gives meaningful rates; the GC time and the CPU per hash
# already show the difference on a busy one.
#
#   scripts/bench/argon2_gc.sh            # 15 s per case after 5 s warm-up
#   SECONDS_PER_CASE=30 scripts/bench/argon2_gc.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC=${BC_VERSION:-$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' "$here/../../pom.xml")}
jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/bouncycastle/bcprov-jdk18on/$BC/bcprov-jdk18on-$BC.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact="org.bouncycastle:bcprov-jdk18on:$BC" -Dtransitive=false >&2
shipped=$(grep -v '^#' "$here/../jvm.options" | tr '\n' ' ')
for opts in "$shipped" "-Xms64m -Xmx512m"; do
  echo "JVM settings: $opts"
  for mode in nopool pool; do
    # shellcheck disable=SC2086
    java $opts -cp "$jar" "$here/argon2/Argon2GcBench.java" "$mode" "${SECONDS_PER_CASE:-15}"
  done
done
