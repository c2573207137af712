#!/usr/bin/env bash
# Regenerates docs/api/openapi.yaml (and openapi.json) and deploy/kubernetes/ from the code: the
# production build writes them (quarkus.smallrye-openapi.store-schema-directory, kubernetes
# output-directory). Commit the result; OpenApiDocumentTest fails while the file is out of date.
#
#   scripts/generate_openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -pl bootstrap -am
git --no-pager diff --stat -- docs/api deploy/kubernetes || true
echo "Wrote docs/api/openapi.yaml"
