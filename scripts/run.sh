#!/usr/bin/env bash
# run.sh — starts the packaged Tenantry (bootstrap/target/quarkus-app) with the JVM settings we ship
# (scripts/jvm.options) and, when the build made one, its AppCDS archive (app-cds.jsa: ~0.3–0.5 s
# less start-up, docs/operations/memory-and-start-up.md). Arguments go to the application;
# JAVA_OPTS adds JVM options after the shipped ones (the last -Xmx wins).
#
#   APP_BOOTSTRAP_ADMIN_EMAIL=admin@example.com APP_BOOTSTRAP_ADMIN_PASSWORD='…' scripts/run.sh
#   CDS_RECORD=1 scripts/run.sh   # once per build: start, sign in once, stop (Ctrl-C) to record
#
# The archive is only valid for the class path as the build recorded it (quarkus-run.jar, relative),
# so java runs from the quarkus-app folder: the embedded database's data folder stays ./tenantry-data
# of the directory you start from, and relative key-file paths are made absolute first. A
# config/application.properties is read from the quarkus-app folder, not from here.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=$root/bootstrap/target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: build it first (mvn -B -q package -DskipTests)" >&2; exit 1; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
export APP_DB_EMBEDDED_DIR=$(absolute "${APP_DB_EMBEDDED_DIR:-tenantry-data}")
for var in APP_JWT_SIGNING_KEY APP_AUDIT_ANCHOR_KEY_FILE APP_MFA_SECRET_KEY_FILE; do
  [ -n "${!var:-}" ] && export "$var=$(absolute "${!var}")"
done
# Class-data archives, best first: app-start.jsa, recorded from a whole start on this machine
# (CDS_RECORD=1 once: the JVM writes it when this run exits, ~90 MB; it serves ~2× the classes of the
# build's archive, which stops after static init), if it is newer than the build; else app-cds.jsa.
cds=()
if [ "${CDS_RECORD:-0}" = 1 ]; then
  rm -f "$app/app-start.jsa" # the JVM writes the archive read-only and may not replace it
  cds=(-XX:ArchiveClassesAtExit=app-start.jsa -Xlog:cds=error) # not its ~10,000 "skipping" lines
elif [ "$app/app-start.jsa" -nt "$app/quarkus-run.jar" ]; then
  cds=(-XX:SharedArchiveFile=app-start.jsa)
elif [ -f "$app/app-cds.jsa" ]; then
  cds=(-XX:SharedArchiveFile=app-cds.jsa)
fi
cd "$app"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java @"$root/scripts/jvm.options" "${cds[@]}" ${JAVA_OPTS:-} -jar quarkus-run.jar "$@"
