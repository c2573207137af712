#!/usr/bin/env bash
# Regenerates docs/api/openapi.yaml (and openapi.json) from the code: the production build writes
# it (quarkus.smallrye-openapi.store-schema-directory). Then generates the Java client from the new document and compiles it
# (clients/java, sources in clients/java/target/generated-sources/openapi), so a document that a
# generator cannot use fails here. Commit the result; OpenApiDocumentTest fails while the file is
# out of date.
#
#   scripts/generate_openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# bootstrap's tests use the client, so the reactor builds clients/java from the old document first;
# the second step regenerates it from the document just written.
mvn -B -q package -DskipTests -pl bootstrap -am
mvn -B -q package -DskipTests -pl clients/java
git --no-pager diff --stat -- docs/api || true
echo "Wrote docs/api/openapi.yaml; the client is in clients/java/target/generated-sources/openapi"
