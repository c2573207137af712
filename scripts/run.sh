#!/usr/bin/env bash
# run.sh — starts the packaged Tenantry (bootstrap/target/quarkus-app) with the JVM settings we ship
# (scripts/jvm.options) and a start-up cache of the JDK's: the classes of a whole start, loaded,
# parsed and verified once, which later starts map instead (about half the start-up time:
# docs/operations/memory-and-start-up.md, "Start-up cache"). The first run of a build records it
# when the service stops; on Java 25 or later the JDK's AOT cache (app.aot), on Java 17 a dynamic
# class-data archive (app-start.jsa). Until one is recorded, Java 17 uses the build's smaller AppCDS
# archive (app-cds.jsa). Arguments go to the application; JAVA_OPTS adds JVM options after the
# shipped ones (the last -Xmx wins); JAVA chooses the java command (default: java).
#
#   APP_BOOTSTRAP_ADMIN_EMAIL=admin@example.com APP_BOOTSTRAP_ADMIN_PASSWORD='…' scripts/run.sh
#   CACHE_RECORD=1 scripts/run.sh   # record the cache again (e.g. after using the service a while)
#   CACHE_RECORD=0 scripts/run.sh   # never record one
#
# A cache is only valid for the JVM and the class path that recorded it (quarkus-run.jar, relative),
# so java runs from the quarkus-app folder: the embedded database's data folder stays ./tenantry-data
# of the directory you start from, and relative key-file paths are made absolute first. A
# config/application.properties is read from the quarkus-app folder, not from here.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=$root/bootstrap/target/quarkus-app
JAVA=${JAVA:-java}
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: build it first (mvn -B -q package -DskipTests)" >&2; exit 1; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
export APP_DB_EMBEDDED_DIR=$(absolute "${APP_DB_EMBEDDED_DIR:-tenantry-data}")
for var in APP_JWT_SIGNING_KEY APP_AUDIT_ANCHOR_KEY_FILE APP_MFA_SECRET_KEY_FILE; do
  [ -n "${!var:-}" ] && export "$var=$(absolute "${!var}")"
done

# The cache for this JVM: used while it is newer than the build, else recorded by this run. The JDK's
# own messages about it (~10,000 "skipping" lines while recording on Java 17; a cache of another JDK
# build, which it then ignores) stay off the service's log.
feature=$("$JAVA" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1] + 0; exit }')
if [ "$feature" -ge 25 ]; then
  file=app.aot use=(-XX:AOTCache=app.aot) record=(-XX:AOTCacheOutput=app.aot) quiet=("-Xlog:aot*=error" "-Xlog:cds*=error")
else
  file=app-start.jsa use=(-XX:SharedArchiveFile=app-start.jsa) record=(-XX:ArchiveClassesAtExit=app-start.jsa) quiet=("-Xlog:cds*=error")
fi
cache=()
# Java 17 crashes at start (SIGSEGV in KlassFactory::check_shared_class_file_load_hook) when
# -XX:StartFlightRecording meets a recorded archive: such a run neither uses nor records one
# (jcmd <pid> JFR.start later works with the archive).
if [ "$feature" -lt 25 ] && [[ " ${JAVA_OPTS:-} " == *StartFlightRecording* ]]; then
  echo "run.sh: no start-up cache with -XX:StartFlightRecording on Java 17 (the JVM would crash); to keep it, start the recording later with jcmd <pid> JFR.start" >&2
elif [ "${CACHE_RECORD:-}" != 1 ] && [ "$app/$file" -nt "$app/quarkus-run.jar" ]; then
  cache=("${use[@]}" "${quiet[@]}")
elif [ "${CACHE_RECORD:-}" != 0 ]; then
  rm -f "$app/$file" # the JVM writes it read-only and may not replace it
  cache=("${record[@]}" "${quiet[@]}")
  echo "run.sh: this run records the start-up cache (quarkus-app/$file) when the service stops (stopping takes ~10 s longer this once); later runs start in about half the time" >&2
elif [ "$feature" -lt 25 ] && [ -f "$app/app-cds.jsa" ]; then
  cache=(-XX:SharedArchiveFile=app-cds.jsa)
fi
cd "$app"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" @"$root/scripts/jvm.options" "${cache[@]}" ${JAVA_OPTS:-} -jar quarkus-run.jar "$@"
