#!/bin/sh
# Starts TIC Portal from its distribution folder. Configuration: config/application.yml beside this folder,
# or environment variables (see README.md). Extra arguments are passed to the portal, e.g. --server.port=9090.
set -eu
cd "$(dirname "$0")/.."

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1; }
JAVA=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  v=$(java_major "$candidate")
  if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then JAVA="$candidate"; break; fi
done
if [ -z "$JAVA" ]; then
  echo "TIC Portal needs Java 21 or newer: install a JDK/JRE 21+ or set JAVA_HOME." >&2
  exit 1
fi
exec "$JAVA" ${JAVA_OPTS:-} -jar tic-portal.jar "$@"
