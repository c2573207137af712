#!/usr/bin/env bash
# Checks the development prerequisites (Java 17+, Maven 3.8+) and builds Tenantry once.
#
#   scripts/setup_dev.sh            # check and build (tests skipped)
#   scripts/setup_dev.sh --test     # check, build and run every test (mvn verify)
#
# Nothing else is needed: PostgreSQL is embedded in development and tests.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "setup_dev: $*" >&2; exit 1; }

command -v java >/dev/null || fail "java not found: install a JDK 17 or newer"
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "Java $java_major found, 17 or newer needed"

command -v mvn >/dev/null || fail "mvn not found: install Maven 3.8 or newer"
mvn_version=$(mvn -v 2>/dev/null | awk '/^Apache Maven/ {print $3}')
IFS=. read -r mvn_major mvn_minor _ <<<"$mvn_version"
{ [ "$mvn_major" -gt 3 ] || { [ "$mvn_major" -eq 3 ] && [ "$mvn_minor" -ge 8 ]; }; } \
  || fail "Maven $mvn_version found, 3.8 or newer needed"

echo "Java $java_major and Maven $mvn_version: OK"
if [ "${1:-}" = "--test" ]; then
  mvn -B verify
else
  mvn -B package -DskipTests
fi
echo "Built bootstrap/target/quarkus-app/quarkus-run.jar. Run it with:"
echo "  APP_BOOTSTRAP_ADMIN_EMAIL=admin@example.com APP_BOOTSTRAP_ADMIN_PASSWORD='change me: a long passphrase' java -jar bootstrap/target/quarkus-app/quarkus-run.jar"
