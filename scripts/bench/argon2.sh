#!/usr/bin/env bash
# argon2.sh — Argon2id per-hash cost of Bouncy Castle (Tenantry's hasher) against Password4j (pure Java,
# works in JVM and native mode), single thread, medians of ROUNDS runs of N hashes, plus a check that
# both compute the same hash. Not in CI; a quiet machine gives meaningful figures.
#
#   scripts/bench/argon2.sh                 # Keycloak's default cost m=7168 t=5 p=1
#   ARGON2="19456 2 1" scripts/bench/argon2.sh
#
# Needs Java 17 and Maven (fetches the two jars into the local repository with dependency:get).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
read -r M T P <<<"${ARGON2:-7168 5 1}"
N=${N:-20} ROUNDS=${ROUNDS:-3}
BC=${BC_VERSION:-$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' "$here/../../pom.xml")}
P4J=${P4J_VERSION:-1.8.2}
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jar() { # groupId artifactId version
  local f="$repo/${1//.//}/$2/$3/$2-$3.jar"
  [ -f "$f" ] || mvn -B -q dependency:get -Dartifact="$1:$2:$3" -Dtransitive=false >&2
  echo "$f"
}
cp="$(jar org.bouncycastle bcprov-jdk18on "$BC"):$(jar com.password4j password4j "$P4J")"
echo "Bouncy Castle $BC, Password4j $P4J, $(java -version 2>&1 | head -1)"
java -cp "$cp" "$here/argon2/Argon2Bench.java" "$M" "$T" "$P" "$N" "$ROUNDS"
