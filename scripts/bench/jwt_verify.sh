#!/usr/bin/env bash
# Access-token verification cost (not in CI): compiles adapters-security with the reactor (never
# installs), then runs JwtVerifyBench.java on its classpath and prints µs per verification, for the
# same token repeated and for distinct tokens. A rough single-threaded figure, not JMH.
#
#   scripts/bench/jwt_verify.sh          # 2,000 verifications per case (each distinct token is signed first)
#   scripts/bench/jwt_verify.sh 500      # fewer
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -pl adapters-security -am compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null
classpath="adapters-security/target/classes:application/target/classes:domain/target/classes:$(cat "$cp_file")"
java -cp "$classpath" scripts/bench/JwtVerifyBench.java "${1:-2000}"
