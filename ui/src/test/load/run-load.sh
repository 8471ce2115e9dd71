#!/usr/bin/env bash
# Deadline-day load test (issue 14) against an already running portal: set-up -> Gatling simulation -> verification.
#
#   ui/src/test/load/run-load.sh [BASE_URL] [USERS] [OFFSET]
#     BASE_URL  the portal, or the balancer in front of its nodes   (default http://localhost:8080)
#     USERS     applicants in the run                                (default 300)
#     OFFSET    number of the first account (load00001 …)            (default 1; two runs may use different ranges)
#
# Environment (all optional):
#   LOAD_RAMP_SECONDS  over how long the applicants arrive (240)
#   LOAD_JDBC_URL      the portal's database (jdbc:mariadb://127.0.0.1:3306/ticportal), LOAD_JDBC_USER (root),
#                      LOAD_JDBC_PASSWORD (empty)
#   LOAD_DATA_DIR      the portal's data folder (data): the drafts' small PDF is written under attachments/load/
#   LOAD_PLUGIN_JAR    the Xinzhou plugin jar the administrator upgrades from; a copy with a higher version
#                      (0.1.<epoch seconds>) is uploaded and installed halfway through the ramp. "none": no upgrade.
#                      (default: plugins/xinzhou/target/tic-portal-policy-xinzhou-*.jar). Not a jar inside the
#                      portal's plugins folder: an upgrade replaces that file.
#   LOAD_PLUGIN_VERSION the Xinzhou version the drafts are pinned to (default: found in the database)
#   LOAD_ADMIN_USER / LOAD_ADMIN_PASSWORD  the administrator (admin / the demo password)
#   LOAD_PASSWORD      the applicants' password (the demo password TicDemo#2026: set-up copies the demo applicant's hash)
#   MAVEN_ONLINE=1     let Maven download (the first run needs Gatling in ~/.m2)
#
# Re-runnable: set-up deletes the earlier applications of these users and files fresh drafts. Prints Gatling's
# statistics per request (count, KO, p50/p95/p99), the upgrade's switch time and failures, and the verification's
# counts (submitted, missing, duplicated, incomplete). Exits non-zero when the verification found a problem.
set -euo pipefail

BASE_URL=${1:-http://localhost:8080}
USERS=${2:-300}
OFFSET=${3:-1}
RAMP=${LOAD_RAMP_SECONDS:-240}

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x "$j/bin/java" ]] && export JAVA_HOME=$j && break
  done
fi
OFFLINE=-o
[[ "${MAVEN_ONLINE:-0}" == 1 ]] && OFFLINE=
MVN=(./mvnw -B -ntp $OFFLINE -Pload -pl ui)

WORK="$ROOT/ui/target/load"
mkdir -p "$WORK"
CSV="$WORK/users-$OFFSET-$USERS.csv"

UPGRADE_JAR=
PLUGIN_JAR=${LOAD_PLUGIN_JAR:-$(ls "$ROOT"/plugins/xinzhou/target/tic-portal-policy-xinzhou-*.jar 2>/dev/null | grep -v -- '-tests.jar' | head -1 || true)}
if [[ "$PLUGIN_JAR" != none && -f "$PLUGIN_JAR" ]]; then
  # the same plugin with a higher version: what an administrator uploads to upgrade the policy while it runs
  VERSION="0.1.$(date +%s)"
  rm -rf "$WORK/upgrade" && mkdir -p "$WORK/upgrade"
  cp "$PLUGIN_JAR" "$WORK/upgrade/plugin.jar"
  (cd "$WORK/upgrade" && unzip -q -o plugin.jar plugin.properties \
    && sed -i "s/^plugin.version=.*/plugin.version=$VERSION/" plugin.properties \
    && "$JAVA_HOME/bin/jar" uf plugin.jar plugin.properties)
  UPGRADE_JAR="$WORK/upgrade/tic-portal-policy-xinzhou-$VERSION.jar"
  mv "$WORK/upgrade/plugin.jar" "$UPGRADE_JAR"
  echo "upgrade: $UPGRADE_JAR (xinzhou $VERSION)"
elif [[ "$PLUGIN_JAR" != none ]]; then
  echo "upgrade: no Xinzhou plugin jar found (LOAD_PLUGIN_JAR), running without the upgrade"
fi

PROPS=(
  "-Dload.baseUrl=$BASE_URL" "-Dload.users=$USERS" "-Dload.users.offset=$OFFSET" "-Dload.rampSeconds=$RAMP"
  "-Dload.csv=$CSV"
  "-Dload.jdbcUrl=${LOAD_JDBC_URL:-jdbc:mariadb://127.0.0.1:3306/ticportal}"
  "-Dload.jdbcUser=${LOAD_JDBC_USER:-root}" "-Dload.jdbcPassword=${LOAD_JDBC_PASSWORD:-}"
  "-Dload.dataDir=${LOAD_DATA_DIR:-data}" "-Dload.pluginVersion=${LOAD_PLUGIN_VERSION:-}"
  "-Dload.password=${LOAD_PASSWORD:-TicDemo#2026}"
  "-Dload.adminUser=${LOAD_ADMIN_USER:-admin}" "-Dload.adminPassword=${LOAD_ADMIN_PASSWORD:-TicDemo#2026}"
  "-Dload.upgradeJar=$UPGRADE_JAR"
)

echo "== the portal's core as this checkout has it, into the local Maven repository (the load test compiles against it)"
./mvnw -B -ntp $OFFLINE -q install -DskipTests -pl core -am
echo "== compile (profile load)"
"${MVN[@]}" -q test-compile -DskipTests
echo "== set-up: $USERS users from $OFFSET"
"${MVN[@]}" -q exec:java@load-setup "${PROPS[@]}"
echo "== simulation against $BASE_URL (ramp ${RAMP} s); load before: $(uptime)"
"${MVN[@]}" gatling:test "${PROPS[@]}" | tee "$WORK/gatling.log" | grep -v '^\[INFO\] Download' || true
echo "load after: $(uptime)"
REPORT=$(ls -td "$ROOT"/ui/target/gatling/deadlinedaysimulation-* 2>/dev/null | head -1 || true)
if [[ -n "$REPORT" ]]; then
  python3 "$ROOT/ui/src/test/load/stats.py" "$REPORT" || true
fi
grep -E '^(plugin upgrade|applicants failed)' "$WORK/gatling.log" || true
echo "== verification"
"${MVN[@]}" -q exec:java@load-verify "${PROPS[@]}"
