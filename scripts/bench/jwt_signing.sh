#!/usr/bin/env bash
# Sign and verify cost of RS256 and ES256 access tokens on this JVM (JwtSigningBench.java), RUNS
# times (default 3): a noisy shared machine needs the median. Not part of the build or CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
CP_FILE=$(mktemp)
mvn -B -q -pl adapters-security -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="adapters-security/target/classes:application/target/classes:domain/target/classes:$(cat "$CP_FILE")"
for run in $(seq 1 "$RUNS"); do
  echo "run $run"
  java -cp "$CP" scripts/bench/JwtSigningBench.java
done
rm -f "$CP_FILE"
