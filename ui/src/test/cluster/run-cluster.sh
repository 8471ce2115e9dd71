#!/usr/bin/env bash
# Starts TIC Portal as a cluster and proves it: N portal nodes behind HAProxy (sticky sessions), one shared data folder,
# one database — the local MariaDB server (single) or a 3-node MariaDB Galera cluster (galera). The nodes run on this
# machine, each on its own loopback address if wished, or some of them on other machines over ssh (--node-hosts).
#
# Phases, each printing its result (RESULT lines; the script exits non-zero when a check failed):
#   a  start     database, nodes, HAProxy; wait until every node can log in ("up" means "can log in")
#   b  smoke     users log in through HAProxy: each sticks to one node (SERVERID), every node got users
#   c  load      ui/src/test/load/run-load.sh through the balancer, then against one node alone (skipped when the
#                script is missing); plus a small curl measure of logged-in page requests, balancer vs one node
#   d  failover  kill -9 one node: its users meet the login page on another node and log in again, the others keep
#                their sessions, nothing written before the kill is lost (SQL)
#   e  galera    (galera only) kill -9 one Galera node while users log in: the portal keeps answering, no write is
#                lost; restart it and see it rejoin (wsrep_cluster_size back to 3); Galera's complaints about the
#                schema (tables without primary key, non-InnoDB tables, wsrep warnings in the logs)
#   f  cleanup   on exit (trap): stop HAProxy, the nodes, the Galera servers; drop the database; remove temp folders
#
# Usage: ui/src/test/cluster/run-cluster.sh [options]       (from anywhere; needs JDK 21+, haproxy, curl, mariadb
#                                                           client; galera mode: mariadb-server + galera-4 + rsync)
#   --db single|galera     database mode (DB_MODE, default single)
#   --nodes N              portal nodes (NODES, default 2, or as many as --node-hosts names)
#   --node-host ADDR       address every node listens on and HAProxy reaches it at (NODE_HOST, default 127.0.0.1)
#   --node-hosts H1,H2,..  one host per node instead (NODE_HOSTS; with more nodes than hosts the list repeats). A host
#                          of this machine (127.x.x.x, localhost, its own names and addresses) runs the node here,
#                          listening on that address only (--node-hosts 127.0.0.2,127.0.0.3: two nodes, two
#                          addresses). Any other host runs it over ssh: `ssh $SSH_OPTS HOST` starts REMOTE_JAVA -jar
#                          REMOTE_JAR (default: the same paths as here) listening on all its addresses, with the same
#                          shared folder path, which must then be one shared mount (NFS) at the same path everywhere;
#                          its config/ is copied there. Failover and cleanup kill it over ssh.
#   --node-ports P1,P2,..  the nodes' HTTP ports (NODE_PORTS, default 8181,8182,...)
#   --node-db-host ADDR    the database host in the nodes' JDBC URL (NODE_DB_HOST; default the database's own host,
#                          or, when a node is remote and the database on this machine, this machine's address towards
#                          that node: MariaDB must then listen on it)
#   --lb-port P            HAProxy's port (LB_PORT, default 8180); statistics on STATS_PORT (default 8199)
#   --shared DIR           shared data folder (SHARED_DIR, default a temp folder): DIR/data (attachments, backups,
#                          plugin archive) and DIR/plugins (policy plugins, uploads), the same for every node
#   --jar FILE             the portal jar (JAR, default ui/target/tic-portal.jar; built when missing)
#   --build                build the jar even when it exists (./mvnw -o package -pl ui,plugins/... -am -DskipTests)
#   --users N              users in the smoke and failover phases (SMOKE_USERS, default 8)
#   --load-users N         users for run-load.sh (LOAD_USERS, default 20)
#   --skip PHASES          phases to skip, e.g. --skip c,e (SKIP)
#   --keep                 leave everything running at the end (KEEP=1); Ctrl+C then stops it
#   SSH_OPTS ("-o BatchMode=yes"), REMOTE_JAR, REMOTE_JAVA: remote nodes (above). NODE_HEAP (768m), SINGLE_DB_HOST/PORT (127.0.0.1/3306, root without password), GALERA_PORTS (3311,3312,3313),
#   GALERA_STRICT=1 (wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION: Galera refuses what it cannot replicate),
#   GALERA_TRUST_CREATORS=0 (no log_bin_trust_function_creators: the portal's trigger migration V40 is refused).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
DB_MODE=${DB_MODE:-single}
NODES=${NODES:-}
NODE_HOST=${NODE_HOST:-127.0.0.1}
NODE_HOSTS=${NODE_HOSTS:-}
NODE_DB_HOST=${NODE_DB_HOST:-}
SSH_OPTS=${SSH_OPTS:--o BatchMode=yes}
NODE_PORTS=${NODE_PORTS:-}
LB_PORT=${LB_PORT:-8180}
STATS_PORT=${STATS_PORT:-8199}
SHARED_DIR=${SHARED_DIR:-}
JAR=${JAR:-$ROOT/ui/target/tic-portal.jar}
BUILD=${BUILD:-0}
SMOKE_USERS=${SMOKE_USERS:-8}
LOAD_USERS=${LOAD_USERS:-20}
SKIP=${SKIP:-}
KEEP=${KEEP:-0}
NODE_HEAP=${NODE_HEAP:-768m}
SINGLE_DB_HOST=${SINGLE_DB_HOST:-127.0.0.1}
SINGLE_DB_PORT=${SINGLE_DB_PORT:-3306}
GALERA_PORTS=${GALERA_PORTS:-3311,3312,3313}
GALERA_STRICT=${GALERA_STRICT:-0}
GALERA_TRUST_CREATORS=${GALERA_TRUST_CREATORS:-1}
DEMO_PASSWORD=${DEMO_PASSWORD:-TicDemo#2026}
START_TIMEOUT=${START_TIMEOUT:-480}

while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB_MODE=$2; shift ;;
        --nodes) NODES=$2; shift ;;
        --node-host) NODE_HOST=$2; shift ;;
        --node-hosts) NODE_HOSTS=$2; shift ;;
        --node-db-host) NODE_DB_HOST=$2; shift ;;
        --node-ports) NODE_PORTS=$2; shift ;;
        --lb-port) LB_PORT=$2; shift ;;
        --shared) SHARED_DIR=$2; shift ;;
        --jar) JAR=$2; shift ;;
        --build) BUILD=1 ;;
        --users) SMOKE_USERS=$2; shift ;;
        --load-users) LOAD_USERS=$2; shift ;;
        --skip) SKIP=$2; shift ;;
        --keep) KEEP=1 ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$DB_MODE" in single|galera) ;; *) echo "--db must be single or galera" >&2; exit 2 ;; esac
IFS=, read -r -a HOSTS <<<"${NODE_HOSTS:-$NODE_HOST}"
[ "${#HOSTS[@]}" -ge 1 ] || { echo "--node-hosts names no host" >&2; exit 2; }
if [ -z "$NODES" ]; then
    if [ -n "$NODE_HOSTS" ]; then NODES=${#HOSTS[@]}; else NODES=2; fi
fi
[ "$NODES" -ge 1 ] 2>/dev/null || { echo "--nodes must be a number >= 1" >&2; exit 2; }
# node i runs on HOSTS[i]: the list repeats when there are more nodes than hosts
HOST_COUNT=${#HOSTS[@]}
for ((i = HOST_COUNT; i < NODES; i++)); do HOSTS[$i]=${HOSTS[$((i % HOST_COUNT))]}; done
if [ -z "$NODE_PORTS" ]; then
    NODE_PORTS=$(seq -s, 8181 $((8180 + NODES)))
fi
IFS=, read -r -a PORTS <<<"$NODE_PORTS"
[ "${#PORTS[@]}" -eq "$NODES" ] || { echo "--node-ports needs $NODES ports, got $NODE_PORTS" >&2; exit 2; }
IFS=, read -r -a GPORTS <<<"$GALERA_PORTS"

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=$(realpath -m "$JAR")
REMOTE_JAR=${REMOTE_JAR:-$JAR}
REMOTE_JAVA=${REMOTE_JAVA:-$JAVA}
WORK=$(mktemp -d /tmp/ticportal-cluster.XXXXXX)
[ -n "$SHARED_DIR" ] || SHARED_DIR=$WORK/shared
mkdir -p "$SHARED_DIR/data" "$SHARED_DIR/plugins" "$WORK/logs" "$WORK/jars"
DB_NAME=ticcluster_$$
DB_USER=ticcluster_$$
DB_PASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
LB_URL=http://127.0.0.1:$LB_PORT
FAILED=0
NODE_PID=()
GALERA_PID=()
HAPROXY_PID=

# ---------------------------------------------------------------------------------------------------------- helpers

say()    { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
phase()  { printf '\n==== phase %s ====\n' "$*"; }
result() { # result PASS|FAIL|SKIP|INFO text
    printf 'RESULT %-4s %s\n' "$1" "$2"
    [ "$1" = FAIL ] && FAILED=1
    return 0
}
skipped() { [[ ",$SKIP," == *",$1,"* ]]; }
node_url() { echo "http://${HOSTS[$1]}:${PORTS[$1]}"; }
node_name() { echo "n$(($1 + 1))"; }

# ---------------------------------------------------------------------------------------------------------- hosts

# the addresses a host name stands for (the name itself when it is an address)
addresses_of() { { echo "$1"; getent ahosts "$1" 2>/dev/null | awk '{print $1}'; } | sort -u; }
# this machine's own addresses
OWN_ADDRESSES=$({ hostname -I 2>/dev/null | tr ' ' '\n'; ip -o addr show 2>/dev/null | awk '{sub(/\/.*/, "", $4); print $4}'; } | grep . | sort -u)
# is_local HOST: the host is this machine (a loopback address, its name, one of its addresses)
is_local() {
    local a
    case "$1" in localhost|"$(hostname)"|"$(hostname -f 2>/dev/null)") return 0 ;; esac
    for a in $(addresses_of "$1"); do
        [[ "$a" == 127.* || "$a" == ::1 ]] && return 0
        grep -qxF "$a" <<<"$OWN_ADDRESSES" && return 0
    done
    return 1
}
# this machine's address towards HOST (what HAProxy's and the script's connections to a remote node come from)
address_towards() {
    ip -o route get "$(addresses_of "$1" | grep -E '^[0-9.]+$' | head -1)" 2>/dev/null \
        | sed -n 's/.* src \([^ ]*\).*/\1/p'
}
is_remote() { [ "${REMOTE[$1]}" = 1 ]; }
REMOTE=()
FIRST_REMOTE=
for ((i = 0; i < NODES; i++)); do
    if is_local "${HOSTS[$i]}"; then REMOTE[$i]=0; else REMOTE[$i]=1; FIRST_REMOTE=${FIRST_REMOTE:-${HOSTS[$i]}}; fi
done
if [ -z "$NODE_DB_HOST" ]; then
    NODE_DB_HOST=$( [ "$DB_MODE" = single ] && echo "$SINGLE_DB_HOST" || echo 127.0.0.1)
    # a remote node cannot reach this machine's loopback address: give it this machine's address towards it
    if [ -n "$FIRST_REMOTE" ] && is_local "$NODE_DB_HOST"; then
        NODE_DB_HOST=$(address_towards "$FIRST_REMOTE")
        [ -n "$NODE_DB_HOST" ] || { echo "cannot tell this machine's address towards $FIRST_REMOTE: give --node-db-host" >&2; exit 2; }
    fi
fi
# remote nodes' working folder, on the shared mount: a copy of config/ (application.yml, calendars) and one folder per node
REMOTE_RUN=$SHARED_DIR/cluster-run-$$

# SQL on the database the portal uses (single: the local server; galera: the first live Galera node, or node $2)
sql() {
    local q=$1 port
    if [ "$DB_MODE" = single ]; then
        mariadb -h "$SINGLE_DB_HOST" -P "$SINGLE_DB_PORT" -uroot -N -B -e "$q" "${2:-$DB_NAME}" 2>&1
    else
        port=${GALERA_SQL_PORT:-}
        if [ -z "$port" ]; then
            for p in "${GPORTS[@]}"; do
                if mariadb -h127.0.0.1 -P "$p" -uroot -N -B -e 'select 1' >/dev/null 2>&1; then port=$p; break; fi
            done
        fi
        mariadb -h127.0.0.1 -P "$port" -uroot -N -B -e "$q" "${2:-$DB_NAME}" 2>&1
    fi
}
gsql() { mariadb -h127.0.0.1 -P "$1" -uroot -N -B -e "$2" 2>&1; }

# login JAR BASE USER: GET /login (session, CSRF token from the page), POST the form. Prints the HTTP status and
# where the answer redirects: "302 <base>/" on success, "302 <base>/login?error" on refusal.
login() {
    local jar=$1 base=$2 user=$3 page csrf
    page=$(curl -s -m 30 -c "$jar" -b "$jar" "$base/login")
    csrf=$(grep -o '<meta name="_csrf" content="[^"]*"' <<<"$page" | head -1 | sed 's/.*content="//;s/"$//')
    curl -s -m 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$user" --data-urlencode "password=$DEMO_PASSWORD" \
        --data-urlencode "_csrf=$csrf" "$base/login"
}
login_ok() { [[ "$1" == 302* && "$1" != *login* ]]; }

# probe JAR BASE: a signed-in page request; prints "<status> <redirect> <node that answered>" (the node from
# HAProxy's X-Portal-Node header; "-" when requested directly)
probe() {
    local jar=$1 base=$2 headers
    headers=$(curl -s -m 30 -D - -o /dev/null -c "$jar" -b "$jar" "$base/")
    local code redirect node
    code=$(awk 'NR==1{print $2}' <<<"$headers")
    redirect=$(grep -i '^location:' <<<"$headers" | tr -d '\r' | awk '{print $2}')
    node=$(grep -i '^x-portal-node:' <<<"$headers" | tr -d '\r' | awk '{print $2}')
    echo "${code:-000} ${redirect:--} ${node:--}"
}
cookie_of() { awk -v n="$2" '$6==n{print $7}' "$1" | tail -1; }

ACCOUNTS=(applicant bureau county expert expert2 expert3 city province auditor admin)
account() { echo "${ACCOUNTS[$(($1 % ${#ACCOUNTS[@]}))]}"; }

# ---------------------------------------------------------------------------------------------------------- cleanup

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    phase "f: cleanup"
    if [ "$KEEP" = 1 ] && [ "$rc" -ne 130 ]; then
        say "--keep: everything stays up (balancer $LB_URL); press Ctrl+C to stop it"
        trap cleanup INT TERM
        KEEP=0
        while true; do sleep 3600; done
    fi
    [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null
    for i in "${!NODE_PID[@]}"; do
        kill_node "$i" TERM
    done
    for i in "${!NODE_PID[@]}"; do
        [ -n "${NODE_PID[$i]}" ] && { timeout 30 tail --pid="${NODE_PID[$i]}" -f /dev/null 2>/dev/null \
            || kill_node "$i" 9; }
    done
    [ -d "$REMOTE_RUN" ] && rm -rf "$REMOTE_RUN"
    if [ "$DB_MODE" = single ]; then
        mariadb -h "$SINGLE_DB_HOST" -P "$SINGLE_DB_PORT" -uroot -e "DROP DATABASE IF EXISTS \`$DB_NAME\`;
            $(for h in $(db_user_hosts); do echo "DROP USER IF EXISTS '$DB_USER'@'$h';"; done)" 2>/dev/null
    fi
    for i in "${!GALERA_PID[@]}"; do
        [ -n "${GALERA_PID[$i]}" ] && kill "${GALERA_PID[$i]}" 2>/dev/null
    done
    for i in "${!GALERA_PID[@]}"; do
        [ -n "${GALERA_PID[$i]}" ] && { timeout 30 tail --pid="${GALERA_PID[$i]}" -f /dev/null 2>/dev/null \
            || kill -9 "${GALERA_PID[$i]}" 2>/dev/null; }
    done
    if [ "${KEEP_LOGS:-0}" = 1 ] || [ "$FAILED" = 1 ] || [ "$rc" -ne 0 ]; then
        mkdir -p /tmp/ticportal-cluster-logs
        cp -r "$WORK/logs" "/tmp/ticportal-cluster-logs/$(basename "$WORK")"
        say "logs kept in /tmp/ticportal-cluster-logs/$(basename "$WORK")"
    fi
    rm -rf "$WORK"
    say "stopped HAProxy, ${#NODE_PID[@]} node(s)$( [ "$DB_MODE" = galera ] && echo ", 3 Galera servers"), removed $WORK"
    if [ "$FAILED" = 1 ] || [ "$rc" -ne 0 ]; then
        say "OVERALL: FAILED (see RESULT FAIL lines above)"; exit 1
    fi
    say "OVERALL: PASSED"
    exit 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------- build

build_jar() {
    if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
        say "building the portal jar (production mode) and the policy plugins"
        (cd "$ROOT" && ./mvnw -B -ntp -o package -pl ui,plugins/xinzhou,plugins/shanxi -am -DskipTests \
            >"$WORK/logs/build.log" 2>&1) || { tail -30 "$WORK/logs/build.log"; echo "build failed" >&2; exit 1; }
    fi
    [ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 1; }
    # the policy plugins shipped with the portal go into the shared plugins folder (once, for all nodes)
    local p
    for p in "$ROOT"/plugins/xinzhou/target/tic-portal-policy-*.jar "$ROOT"/plugins/shanxi/target/tic-portal-policy-*.jar; do
        [ -f "$p" ] && [[ "$p" != *-tests.jar && "$p" != *-sources.jar ]] && cp -n "$p" "$SHARED_DIR/plugins/"
    done
    say "jar: $JAR ($(du -h "$JAR" | cut -f1)); shared plugins: $(ls "$SHARED_DIR/plugins" | tr '\n' ' ')"
}

# ---------------------------------------------------------------------------------------------------------- database

# the portal's database user, from this machine's addresses, and from anywhere when a node is remote
db_user_hosts() { echo localhost 127.0.0.1; [ -n "$FIRST_REMOTE" ] && echo %; }
create_db_user() {
    local h
    for h in $(db_user_hosts); do
        echo "CREATE USER '$DB_USER'@'$h' IDENTIFIED BY '$DB_PASS'; GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER'@'$h';"
    done
}

start_single_db() {
    mariadb -h "$SINGLE_DB_HOST" -P "$SINGLE_DB_PORT" -uroot -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4
        COLLATE utf8mb4_unicode_ci; $(create_db_user)" || { echo "cannot reach MariaDB at $SINGLE_DB_HOST:$SINGLE_DB_PORT" >&2; exit 1; }
    JDBC_URL="jdbc:mariadb://$SINGLE_DB_HOST:$SINGLE_DB_PORT/$DB_NAME"
    NODE_JDBC_URL="jdbc:mariadb://$NODE_DB_HOST:$SINGLE_DB_PORT/$DB_NAME"
    result PASS "database: fresh database $DB_NAME on the MariaDB server $SINGLE_DB_HOST:$SINGLE_DB_PORT"
}

galera_cnf() { # galera_cnf INDEX -> writes $WORK/galera/gN/my.cnf
    local i=$1 d=$WORK/galera/g$(($1 + 1)) peers="" j
    for j in 0 1 2; do peers+="${peers:+,}127.0.0.1:$((4567 + j * 10))"; done
    mkdir -p "$d"
    cat >"$d/my.cnf" <<EOF
[mysqld]
# as the mysql user, not root: the rsync daemon of a joiner's state transfer (SST) then runs as mysql too (as root it
# drops to "nobody", which cannot write the data folder)
user=mysql
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
port=${GPORTS[$i]}
# all addresses when a portal node is on another machine (it connects to NODE_DB_HOST)
bind-address=$( [ -n "$FIRST_REMOTE" ] && echo 0.0.0.0 || echo 127.0.0.1)
log-error=$WORK/logs/galera-g$((i + 1)).log
skip-name-resolve=0
# small: three servers and the portal share one small machine
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
performance_schema=OFF
# what Galera needs
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=ticportal_test
wsrep_cluster_address=gcomm://$peers
wsrep_node_name=g$((i + 1))
wsrep_node_address=127.0.0.1:$((4567 + i * 10))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((4567 + i * 10));ist.recv_addr=127.0.0.1:$((4568 + i * 10));gcache.size=64M;pc.weight=1"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4569 + i * 10))
wsrep_slave_threads=2
EOF
    # the portal's migration V40 creates triggers (audit_event append-only). Galera logs every change like a binary
    # log, and then MariaDB lets a user without SUPER create triggers only with this setting (else error 1419 "You do
    # not have the SUPER privilege and binary logging is enabled" and Flyway stops at V40). GALERA_TRUST_CREATORS=0
    # leaves it off to see that.
    if [ "$GALERA_TRUST_CREATORS" = 1 ]; then
        echo "log_bin_trust_function_creators=ON" >>"$d/my.cnf"
    fi
    if [ "$GALERA_STRICT" = 1 ]; then
        echo "wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION" >>"$d/my.cnf"
    fi
    touch "$WORK/logs/galera-g$((i + 1)).log"
    chown mysql:mysql "$WORK/logs/galera-g$((i + 1)).log"
    chown -R mysql:mysql "$d"
}

galera_start() { # galera_start INDEX [extra mariadbd args]
    local i=$1; shift
    local d=$WORK/galera/g$((i + 1))
    mariadbd --defaults-file="$d/my.cnf" "$@" >>"$WORK/logs/galera-g$((i + 1)).stdout" 2>&1 &
    GALERA_PID[$i]=$!
}

galera_wait_synced() { # galera_wait_synced INDEX TIMEOUT
    local i=$1 t=$2 s state
    for ((s = 0; s < t; s++)); do
        state=$(gsql "${GPORTS[$i]}" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')
        [ "$state" = Synced ] && return 0
        kill -0 "${GALERA_PID[$i]}" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}

# where the portal's connections are: "g1=10 g2=0 g3=0" (its user's sessions in each server's process list)
portal_connections() {
    local i out=""
    for i in 0 1 2; do
        out+="g$((i + 1))=$(gsql "${GPORTS[$i]}" "SELECT COUNT(*) FROM information_schema.processlist WHERE user = '$DB_USER'" 2>/dev/null | grep -E '^[0-9]+$' || echo down) "
    done
    echo "$out"
}

cluster_size() { gsql "$1" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}'; }

start_galera() {
    local i t0
    t0=$(date +%s)
    id mysql >/dev/null 2>&1 || { echo "galera mode needs the mysql user (Debian's mariadb-server package)" >&2; exit 1; }
    chmod 755 "$WORK"
    for i in 0 1 2; do
        galera_cnf "$i"
        mariadb-install-db --defaults-file="$WORK/galera/g$((i + 1))/my.cnf" --auth-root-authentication-method=normal \
            --skip-test-db --wsrep-on=OFF >"$WORK/logs/galera-install-g$((i + 1)).log" 2>&1 \
            || { tail "$WORK/logs/galera-install-g$((i + 1)).log"; exit 1; }
    done
    galera_start 0 --wsrep-new-cluster
    galera_wait_synced 0 60 || { tail -30 "$WORK/logs/galera-g1.log"; echo "Galera g1 did not bootstrap" >&2; exit 1; }
    for i in 1 2; do
        galera_start "$i"
        galera_wait_synced "$i" 120 || { tail -30 "$WORK/logs/galera-g$((i + 1)).log"; echo "Galera g$((i + 1)) did not join" >&2; exit 1; }
    done
    gsql "${GPORTS[0]}" "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        $(create_db_user)" || exit 1
    # sequential: every node writes to the first live Galera server (no certification conflicts between portal
    # nodes' row locks); when it dies the driver reconnects to the next one
    JDBC_URL="jdbc:mariadb:sequential://127.0.0.1:${GPORTS[0]},127.0.0.1:${GPORTS[1]},127.0.0.1:${GPORTS[2]}/$DB_NAME"
    NODE_JDBC_URL="jdbc:mariadb:sequential://$NODE_DB_HOST:${GPORTS[0]},$NODE_DB_HOST:${GPORTS[1]},$NODE_DB_HOST:${GPORTS[2]}/$DB_NAME"
    result PASS "database: Galera cluster of $(cluster_size "${GPORTS[2]}") (ports $GALERA_PORTS, wsrep 4567/4577/4587, SST rsync) synced in $(($(date +%s) - t0)) s"
}

# ---------------------------------------------------------------------------------------------------------- nodes

start_node() { # start_node INDEX
    local i=$1 dir=$WORK/node$(($1 + 1)) log=$WORK/logs/node$(($1 + 1)).log
    local env=(SPRING_DATASOURCE_URL="$NODE_JDBC_URL" SPRING_DATASOURCE_USERNAME="$DB_USER"
        SPRING_DATASOURCE_PASSWORD="$DB_PASS" SERVER_PORT="${PORTS[$i]}"
        TICPORTAL_DATA_DIR="$SHARED_DIR/data" TICPORTAL_PLUGINS_DIR="$SHARED_DIR/plugins"
        SPRING_PROFILES_ACTIVE=demo VAADIN_USAGE_STATS_ENABLED=false)
    local jvm=(-Xmx"$NODE_HEAP" -Xss512k -XX:+UseSerialGC)
    if is_remote "$i"; then
        start_remote_node "$i" "$log" "${env[@]}" -- "${jvm[@]}"
        return
    fi
    mkdir -p "$dir"
    # the node's working folder: ./config from the repository (application.yml, demo profile, calendars)
    ln -sfn "$ROOT/config" "$dir/config"
    # listening on its own address only: nodes on 127.0.0.2 and 127.0.0.3 are two hosts as far as HAProxy can tell
    (cd "$dir" && exec env "${env[@]}" SERVER_ADDRESS="${HOSTS[$i]}" TICPORTAL_CALENDAR_DIR="$ROOT/config/calendars" \
        "$JAVA" "${jvm[@]}" -jar "$JAR" >"$log" 2>&1) &
    NODE_PID[$i]=$!
}

# start_remote_node INDEX LOG ENV... -- JVM-OPTIONS...: the node on its host over ssh, in a folder of the shared mount;
# the remote shell prints its pid (exec keeps it for java) as the log's first line, for killing it over ssh later.
# NODE_PID is the local ssh client's: it ends when the remote java ends.
start_remote_node() {
    local i=$1 log=$2; shift 2
    local env=() jvm=() dir
    while [ "$1" != -- ]; do env+=("$1"); shift; done; shift; jvm=("$@")
    dir=$REMOTE_RUN/node$((i + 1))
    if [ ! -d "$REMOTE_RUN/config" ]; then
        mkdir -p "$REMOTE_RUN" && cp -r "$ROOT/config" "$REMOTE_RUN/config" \
            || { echo "cannot copy config/ to $REMOTE_RUN" >&2; exit 1; }
    fi
    mkdir -p "$dir" && ln -sfn ../config "$dir/config"
    # the balancer's connections come from this machine's address: trust its X-Forwarded-For (login lock-out, audit)
    local proxy; proxy=$(address_towards "${HOSTS[$i]}")
    [ -n "$proxy" ] && env+=(SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES="${proxy//./\\.}")
    local cmd
    cmd="cd $(printf %q "$dir") && echo \"remote-pid \$\$\" && exec env $(printf '%q ' "${env[@]}") \
TICPORTAL_CALENDAR_DIR=$(printf %q "$REMOTE_RUN/config/calendars") $(printf '%q ' "$REMOTE_JAVA" "${jvm[@]}" -jar "$REMOTE_JAR")"
    # shellcheck disable=SC2086 # SSH_OPTS is a list of options
    ssh -n $SSH_OPTS "${HOSTS[$i]}" "$cmd" >"$log" 2>&1 &
    NODE_PID[$i]=$!
}

# kill_node INDEX SIGNAL: the node's java process, here or over ssh
kill_node() {
    local i=$1 sig=$2 rpid
    [ -n "${NODE_PID[$i]}" ] || return 0
    if is_remote "$i"; then
        rpid=$(awk '$1 == "remote-pid" {print $2; exit}' "$WORK/logs/node$((i + 1)).log" 2>/dev/null)
        # shellcheck disable=SC2086
        [ -n "$rpid" ] && ssh -n $SSH_OPTS "${HOSTS[$i]}" "kill -$sig $rpid" 2>/dev/null
        [ "$sig" = 9 ] && kill -9 "${NODE_PID[$i]}" 2>/dev/null
    else
        kill -"$sig" "${NODE_PID[$i]}" 2>/dev/null
    fi
    return 0
}

wait_can_login() { # wait_can_login INDEX: seconds until the node's login page signs the demo applicant in
    local i=$1 t0 jar=$WORK/wait-$1.jar r
    t0=$(date +%s)
    while [ $(($(date +%s) - t0)) -lt "$START_TIMEOUT" ]; do
        if ! kill -0 "${NODE_PID[$i]}" 2>/dev/null; then
            # (a remote node that never started: ssh's own complaint is in the log's last lines)
            { echo "node $(node_name "$i") on ${HOSTS[$i]} exited; its log's errors:"
              grep -E "ERROR|Caused by|Statement|Location|Line  " "$WORK/logs/node$((i + 1)).log" | cut -c1-400 | tail -15
              is_remote "$i" && tail -5 "$WORK/logs/node$((i + 1)).log"; } >&2
            return 1
        fi
        if curl -s -m 5 -o /dev/null "$(node_url "$i")/login"; then
            rm -f "$jar"
            r=$(login "$jar" "$(node_url "$i")" applicant)
            if login_ok "$r"; then echo $(($(date +%s) - t0)); return 0; fi
        fi
        sleep 2
    done
    return 1
}

start_haproxy() {
    local servers="" i
    for i in $(seq 0 $((NODES - 1))); do
        servers+="    server $(node_name "$i") ${HOSTS[$i]}:${PORTS[$i]} cookie $(node_name "$i") check"$'\n'
    done
    # a test aid, not for production: which node answered
    servers+="    http-response set-header X-Portal-Node %s"
    awk -v servers="$servers" -v port="$LB_PORT" -v stats="$STATS_PORT" '
        { gsub(/@LB_BIND@/, "127.0.0.1"); gsub(/@LB_PORT@/, port); gsub(/@STATS_PORT@/, stats) }
        /^@SERVERS@$/ { print servers; next } { print }' "$ROOT/config/cluster/haproxy.cfg" >"$WORK/haproxy.cfg"
    haproxy -c -q -f "$WORK/haproxy.cfg" || { echo "haproxy configuration refused" >&2; exit 1; }
    haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/logs/haproxy.log" 2>&1 &
    HAPROXY_PID=$!
}

haproxy_up_servers() { # how many nodes HAProxy's health check sees up
    curl -s -m 5 "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1=="portal_nodes" && $2!="BACKEND" && $18 ~ /^UP/' | wc -l
}

# ---------------------------------------------------------------------------------------------------------- phases

phase_start() {
    phase "a: start (database $DB_MODE, $NODES node(s), HAProxy)"
    build_jar
    if [ "$DB_MODE" = single ]; then start_single_db; else start_galera; fi
    local i s t0
    t0=$(date +%s)
    # the first node alone migrates the fresh database (Flyway) and creates the demo data; the others start after it
    start_node 0
    if s=$(wait_can_login 0); then result PASS "node n1 ($(node_url 0)) can log in after $s s (Flyway migrated the fresh database)"
    else result FAIL "node n1 did not come up"; exit 1; fi
    for i in $(seq 1 $((NODES - 1))); do start_node "$i"; done
    for i in $(seq 1 $((NODES - 1))); do
        if s=$(wait_can_login "$i"); then result PASS "node $(node_name "$i") ($(node_url "$i")) can log in after $s s"
        else result FAIL "node $(node_name "$i") did not come up"; exit 1; fi
    done
    start_haproxy
    for s in $(seq 1 30); do [ "$(haproxy_up_servers)" -eq "$NODES" ] && break; sleep 1; done
    if [ "$(haproxy_up_servers)" -eq "$NODES" ]; then
        result PASS "HAProxy $LB_URL (pid $HAPROXY_PID) sees $NODES/$NODES nodes up (health check GET /styles/app.css); all up in $(($(date +%s) - t0)) s"
    else
        result FAIL "HAProxy sees $(haproxy_up_servers)/$NODES nodes up"; exit 1
    fi
}

# users log in through the balancer; their cookie jars stay in $WORK/users for the later phases
phase_smoke() {
    phase "b: smoke ($SMOKE_USERS users log in through HAProxy)"
    mkdir -p "$WORK/users"
    local u jar r sid p1 p2 n1 n2 ok=0 sticky=0 nodes_seen=""
    for u in $(seq 0 $((SMOKE_USERS - 1))); do
        jar=$WORK/users/$u.jar
        r=$(login "$jar" "$LB_URL" "$(account "$u")")
        sid=$(cookie_of "$jar" SERVERID)
        p1=$(probe "$jar" "$LB_URL"); p2=$(probe "$jar" "$LB_URL")
        read -r c1 _ n1 <<<"$p1"; read -r c2 _ n2 <<<"$p2"
        if login_ok "$r" && [ "$c1" = 200 ] && [ "$c2" = 200 ]; then ok=$((ok + 1)); fi
        if [ -n "$sid" ] && [ "$n1" = "$sid" ] && [ "$n2" = "$sid" ]; then sticky=$((sticky + 1)); fi
        echo "$sid" >"$WORK/users/$u.node"
        nodes_seen+="$sid "
        say "  user $u ($(account "$u")): login $r, SERVERID=$sid, next pages $c1 from $n1, $c2 from $n2"
    done
    local distinct per
    distinct=$(tr ' ' '\n' <<<"$nodes_seen" | grep -c . | tr -d ' ')
    per=$(tr ' ' '\n' <<<"$nodes_seen" | grep . | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')
    distinct=$(tr ' ' '\n' <<<"$nodes_seen" | grep . | sort -u | wc -l)
    [ "$ok" -eq "$SMOKE_USERS" ] && result PASS "smoke: $ok/$SMOKE_USERS users logged in through HAProxy and saw signed-in pages" \
        || result FAIL "smoke: only $ok/$SMOKE_USERS users logged in and saw signed-in pages"
    [ "$sticky" -eq "$SMOKE_USERS" ] && result PASS "sticky: $sticky/$SMOKE_USERS users' requests all went to their SERVERID node" \
        || result FAIL "sticky: $sticky/$SMOKE_USERS users stayed on their SERVERID node"
    [ "$distinct" -eq "$NODES" ] && result PASS "spread: every node got users ($per)" \
        || result FAIL "spread: users on $distinct of $NODES nodes ($per)"
}

# curl_rate BASE CONNECT-TO JARS... : signed-in page requests per second for ~15 s, 4 clients in parallel. CONNECT-TO
# ("-" for none) is curl's --connect-to HOST1:PORT1:HOST2:PORT2: requests name BASE, whose cookies the jars hold,
# but go to a node directly
curl_rate() {
    local base=$1 connect=(); [ "$2" != - ] && connect=(--connect-to "$2"); shift 2
    local jars=("$@") end count=0 out=$WORK/rate.$$
    if [ ${#jars[@]} -eq 0 ]; then echo "n/a"; return; fi
    : >"$out"
    end=$(($(date +%s) + 15))
    for w in 0 1 2 3; do
        (
            local n=0 jar=${jars[$((w % ${#jars[@]}))]}
            while [ "$(date +%s)" -lt "$end" ]; do
                [ "$(curl -s -m 10 "${connect[@]}" -o /dev/null -w '%{http_code}' -b "$jar" "$base/")" = 200 ] && n=$((n + 1))
            done
            echo "$n" >>"$out"
        ) &
    done
    wait
    count=$(awk '{s+=$1} END{print s+0}' "$out")
    awk -v c="$count" 'BEGIN{printf "%.1f", c/15}'
}

# submitted applications in the database now (0 when the query fails, so that a difference never breaks set -u)
submissions() {
    local n
    n=$(sql "SELECT COUNT(*) FROM recognition_application WHERE submitted_at IS NOT NULL" 2>/dev/null | tail -1)
    [[ $n =~ ^[0-9]+$ ]] && echo "$n" || echo 0
}

# run_load BASE USERS OFFSET LABEL: run-load.sh (its interface: BASE_URL USERS OFFSET = number of the first load
# account; LOAD_JDBC_URL/_USER/_PASSWORD and LOAD_DATA_DIR name this cluster's database and shared data folder);
# prints the wall time, Gatling's mean requests/sec and the completed submissions per minute (SQL before/after)
run_load() {
    local base=$1 users=$2 offset=$3 label=$4 before after t0 t1 secs rps rc log=$WORK/logs/load-$4.log
    before=$(submissions)
    t0=$(date +%s)
    LOAD_JDBC_URL="$JDBC_URL" LOAD_JDBC_USER="$DB_USER" LOAD_JDBC_PASSWORD="$DB_PASS" \
        LOAD_DATA_DIR="$SHARED_DIR/data" bash "$LOAD_SCRIPT" "$base" "$users" "$offset" >"$log" 2>&1
    rc=$?
    t1=$(date +%s); secs=$((t1 - t0)); after=$(submissions)
    rps=$(grep -iE 'mean (requests/sec|throughput)' "$log" | tail -1 | awk '{for (i=1;i<=NF;i++) if ($i ~ /^[0-9.]+$/) {print $i; exit}}')
    local line="load $label: $users users in $secs s (set-up, simulation and verification), ${rps:-n/a} requests/s (Gatling mean), $((after - before)) new submissions = $(awk -v d=$((after - before)) -v s="$secs" 'BEGIN{printf "%.1f", (s > 0 ? d * 60 / s : 0)}') completed submissions/min"
    if [ "$rc" -eq 0 ]; then result PASS "$line"
    else result FAIL "$line; run-load.sh exit $rc, last lines:"; tail -15 "$log"; fi
    grep -E '^(plugin upgrade|applicants failed|submitted|missing|duplicated|incomplete)' "$log" | sed 's/^/    /'
    plugin_switch "$log" "$label"
}

# plugin_switch LOG LABEL: the administrator's plugin upgrade halfway through the load (DeadlineDaySimulation prints
# "plugin upgrade: installed, the switch took N ms (..); applicant steps finished during it: S; applicant requests
# failed during it (+1 s): M") as a RESULT line of its own
plugin_switch() {
    local line ms failed steps
    line=$(grep -E '^plugin upgrade:' "$1" | tail -1)
    if [[ "$line" =~ the\ switch\ took\ ([0-9]+)\ ms ]]; then
        ms=${BASH_REMATCH[1]}
        [[ "$line" =~ failed\ during\ it\ \(\+1\ s\):\ ([0-9]+) ]] && failed=${BASH_REMATCH[1]}
        [[ "$line" =~ finished\ during\ it:\ ([0-9]+) ]] && steps=${BASH_REMATCH[1]}
        result INFO "plugin switch: $ms ms, ${failed:-?} failed requests ($2; applicant requests failing from the install to 1 s after it; ${steps:-?} applicant steps finished during it)"
    elif [ -z "$line" ]; then
        result SKIP "plugin switch ($2): the load run printed no \"plugin upgrade\" line"
    elif [[ "$line" == *"not run"* ]]; then
        result SKIP "plugin switch ($2): ${line#plugin upgrade: }"
    else
        result FAIL "plugin switch ($2): ${line#plugin upgrade: }"
    fi
}

phase_load() {
    phase "c: load (balancer vs one node)"
    LOAD_SCRIPT=$ROOT/ui/src/test/load/run-load.sh
    if [ -f "$LOAD_SCRIPT" ]; then
        # two account ranges, so that the second run files fresh drafts: 1..U through the balancer, U+1..2U on n1
        run_load "$LB_URL" "$LOAD_USERS" 1 balancer
        run_load "$(node_url 0)" "$LOAD_USERS" $((LOAD_USERS + 1)) "one-node-$(node_name 0)"
    else
        result SKIP "load: $LOAD_SCRIPT not there (the Gatling load test); measuring with curl only"
    fi
    # a small stand-in that needs no load script: 4 curl clients request a signed-in page for 15 s
    local jars=() direct=() u
    for u in $(seq 0 $((SMOKE_USERS - 1))); do
        jars+=("$WORK/users/$u.jar")
        [ "$(cat "$WORK/users/$u.node")" = n1 ] && direct+=("$WORK/users/$u.jar")
    done
    local lb one
    lb=$(curl_rate "$LB_URL" - "${jars[@]}")
    # n1's users' sessions, sent straight to n1 (their cookies are the balancer's host's)
    one=$(curl_rate "$LB_URL" "127.0.0.1:$LB_PORT:${HOSTS[0]}:${PORTS[0]}" "${direct[@]}")
    result INFO "curl measure (signed-in page GET /, 4 clients, 15 s; nodes ${NODES_TEXT% }; this machine has $(nproc) cores): balancer $lb requests/s, node n1 alone $one requests/s"
}

phase_failover() {
    phase "d: failover (kill -9 one node)"
    if [ "$NODES" -lt 2 ]; then result SKIP "failover: needs 2 nodes"; return; fi
    local victim=0 u jar node r before_audit before_dev after_audit after_dev kept=0 kept_n=0 relog=0 relog_n=0 p
    # the users must still be signed in on both nodes
    for u in $(seq 0 $((SMOKE_USERS - 1))); do
        p=$(probe "$WORK/users/$u.jar" "$LB_URL"); [ "${p%% *}" = 200 ] || say "  user $u not signed in before the kill: $p"
    done
    before_audit=$(sql "SELECT COUNT(*) FROM audit_event WHERE action='LOGIN'" | tail -1)
    before_dev=$(sql "SELECT COUNT(*) FROM known_device" | tail -1)
    local max_id; max_id=$(sql "SELECT COALESCE(MAX(id), 0) FROM audit_event" | tail -1)
    local before_all; before_all=$(sql "SELECT COUNT(*) FROM audit_event" | tail -1)
    say "  before the kill: $before_audit LOGIN audit rows ($before_all audit rows up to id $max_id), $before_dev known devices; killing $(node_name $victim) on ${HOSTS[$victim]} (pid ${NODE_PID[$victim]}$(is_remote $victim && echo ", over ssh"))"
    kill_node "$victim" 9; wait "${NODE_PID[$victim]}" 2>/dev/null; NODE_PID[$victim]=
    local t_kill; t_kill=$(date +%s)
    for u in $(seq 0 $((SMOKE_USERS - 1))); do
        jar=$WORK/users/$u.jar; node=$(cat "$WORK/users/$u.node")
        p=$(probe "$jar" "$LB_URL")
        read -r code redirect served <<<"$p"
        if [ "$node" = "$(node_name $victim)" ]; then
            relog_n=$((relog_n + 1))
            # the dead node's user: the next request is answered by a live node with the login page
            r=$(login "$jar" "$LB_URL" "$(account "$u")")
            local p2; p2=$(probe "$jar" "$LB_URL")
            say "  user $u (was on $node): next request $code -> ${redirect} from $served; logs in again: $r; then ${p2%% *} from ${p2##* }"
            if [ "$code" = 302 ] && [[ "$redirect" == */login ]] && login_ok "$r" && [ "${p2%% *}" = 200 ]; then
                relog=$((relog + 1)); echo "${p2##* }" >"$WORK/users/$u.node"
            fi
        else
            kept_n=$((kept_n + 1))
            say "  user $u (on $node): next request $code from $served"
            [ "$code" = 200 ] && [ "$served" = "$node" ] && kept=$((kept + 1))
        fi
    done
    after_audit=$(sql "SELECT COUNT(*) FROM audit_event WHERE action='LOGIN'" | tail -1)
    after_dev=$(sql "SELECT COUNT(*) FROM known_device" | tail -1)
    local after_all; after_all=$(sql "SELECT COUNT(*) FROM audit_event WHERE id <= $max_id" | tail -1)
    [ "$after_all" = "$before_all" ] && result PASS "failover: the $before_all audit rows written before the kill (ids up to $max_id, both nodes' logins) are all there" \
        || result FAIL "failover: audit rows up to id $max_id: $before_all before the kill, $after_all after"
    [ "$relog" -eq "$relog_n" ] && [ "$relog_n" -gt 0 ] \
        && result PASS "failover: $relog/$relog_n users of the killed node got the login page on another node and logged in again ($(($(date +%s) - t_kill)) s after the kill)" \
        || result FAIL "failover: $relog/$relog_n users of the killed node got the login page and logged in again"
    [ "$kept" -eq "$kept_n" ] && result PASS "failover: $kept/$kept_n users of the surviving node(s) kept their sessions" \
        || result FAIL "failover: $kept/$kept_n users of the surviving node(s) kept their sessions"
    [ "$after_audit" -ge $((before_audit + relog_n)) ] && [ "$after_dev" -ge "$before_dev" ] \
        && result PASS "failover: nothing lost: LOGIN audit rows $before_audit before the kill, $after_audit after ($relog_n new logins), known devices $before_dev -> $after_dev" \
        || result FAIL "failover: rows lost? LOGIN audit rows $before_audit -> $after_audit (expected >= $((before_audit + relog_n))), known devices $before_dev -> $after_dev"
    local up; up=$(haproxy_up_servers)
    result INFO "HAProxy now sees $up/$NODES nodes up"
    # bring the killed node back so that the next phase runs on a full cluster
    start_node "$victim"
    local s
    if s=$(wait_can_login "$victim"); then result PASS "node $(node_name $victim) restarted on the same database and shared folder, can log in after $s s"
    else result FAIL "node $(node_name $victim) did not restart"; fi
}

galera_schema_report() {
    local nopk engines warn
    nopk=$(sql "SELECT t.table_name FROM information_schema.tables t LEFT JOIN information_schema.table_constraints c
        ON c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'
        WHERE t.table_schema = '$DB_NAME' AND t.table_type = 'BASE TABLE' AND c.constraint_name IS NULL" | tr '\n' ' ')
    engines=$(sql "SELECT CONCAT(table_name, '=', engine) FROM information_schema.tables WHERE table_schema = '$DB_NAME'
        AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'" | tr '\n' ' ')
    local tables; tables=$(sql "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$DB_NAME' AND table_type='BASE TABLE'" | tail -1)
    local mig; mig=$(sql "SELECT CONCAT(COUNT(*), ' migrations, last V', MAX(version+0), ', failed: ', SUM(success=0)) FROM flyway_schema_history WHERE version IS NOT NULL" | tail -1)
    result INFO "galera schema: $tables tables, Flyway: $mig"
    [ -z "${nopk// /}" ] && result PASS "galera schema: every table has a primary key" \
        || result FAIL "galera schema: tables without a primary key (Galera replicates their deletes/updates unreliably): $nopk"
    [ -z "${engines// /}" ] && result PASS "galera schema: every table is InnoDB (Galera replicates only InnoDB)" \
        || result FAIL "galera schema: non-InnoDB tables (not replicated): $engines"
    warn=$(grep -h -i -E "prohibit|no primary key|not supported|unsupported|\[Warning\] WSREP|\[ERROR\] WSREP" "$WORK"/logs/galera-g*.log 2>/dev/null \
        | grep -v -i -E "Could not open state file|gcomm: |Failed to establish connection|failed to report last committed|evs::proto|connection refused|SST|last inactive check|state transfer|Member .* requested state|Could not find peer|option --wsrep-new-cluster|Quorum|non-prim" | sort | uniq -c | sort -rn | head -15)
    if [ -z "$warn" ]; then result PASS "galera logs: no wsrep warning about the portal's statements"
    else result INFO "galera logs: wsrep warnings/errors (counted):"; echo "$warn"; fi
    local nodelog; nodelog=$(grep -h -i -E "WSREP|galera|GET_LOCK|wsrep" "$WORK"/logs/node*.log 2>/dev/null | sort | uniq -c | sort -rn | head -10)
    [ -n "$nodelog" ] && { result INFO "portal logs mention wsrep/Galera:"; echo "$nodelog"; }
}

phase_galera() {
    phase "e: galera (kill -9 one Galera server while users log in)"
    [ "$DB_MODE" = galera ] || { result SKIP "galera: database mode is single"; return; }
    galera_schema_report
    # the portal writes through the first server of the sequential URL (g1): kill that one, the hardest case
    local victim=0 u jar writes=0 ok=0 fail=0 before after t0 secs
    GALERA_SQL_PORT=${GPORTS[1]}
    before=$(sql "SELECT COUNT(*) FROM audit_event WHERE action='LOGIN'" | tail -1)
    mkdir -p "$WORK/galera-users"
    result INFO "galera: the portal's connections before the kill: $(portal_connections)"
    t0=$(date +%s)
    for u in $(seq 0 39); do
        jar=$WORK/galera-users/$u.jar
        if [ "$u" -eq 10 ]; then
            say "  killing Galera g$((victim + 1)) (pid ${GALERA_PID[$victim]}, port ${GPORTS[$victim]}) after $ok logins"
            kill -9 "${GALERA_PID[$victim]}"; wait "${GALERA_PID[$victim]}" 2>/dev/null; GALERA_PID[$victim]=
        fi
        r=$(login "$jar" "$LB_URL" "$(account "$u")")
        p=$(probe "$jar" "$LB_URL")
        if login_ok "$r" && [ "${p%% *}" = 200 ]; then ok=$((ok + 1)); else fail=$((fail + 1)); say "  login $u after the kill: $r, page ${p%% *}"; fi
    done
    secs=$(($(date +%s) - t0))
    after=$(sql "SELECT COUNT(*) FROM audit_event WHERE action='LOGIN'" | tail -1)
    local size; size=$(cluster_size "${GPORTS[1]}")
    result INFO "galera: the portal's connections after the kill: $(portal_connections)"
    [ "$fail" -eq 0 ] && result PASS "galera: $ok/40 logins through HAProxy succeeded while g$((victim + 1)) was killed after the 10th (cluster size now $size, $secs s)" \
        || result FAIL "galera: $fail/40 logins failed around the kill of g$((victim + 1)) ($ok succeeded; cluster size now $size)"
    [ "$after" -ge $((before + ok)) ] && result PASS "galera: nothing lost: LOGIN audit rows $before -> $after (+$ok successful logins) on g2" \
        || result FAIL "galera: LOGIN audit rows $before -> $after, expected >= $((before + ok))"
    # restart the killed server: recover its position, join the cluster (IST from a donor's gcache, else SST)
    local d=$WORK/galera/g$((victim + 1)) pos
    mariadbd --defaults-file="$d/my.cnf" --wsrep-recover >>"$WORK/logs/galera-g$((victim + 1)).recover" 2>&1
    pos=$(grep -o 'Recovered position: [^ ]*' "$WORK/logs/galera-g$((victim + 1)).log" | tail -1 | awk '{print $3}')
    t0=$(date +%s)
    galera_start "$victim" ${pos:+--wsrep_start_position=$pos}
    if galera_wait_synced "$victim" 120; then
        local n1 n2
        n1=$(gsql "${GPORTS[$victim]}" "SELECT COUNT(*) FROM \`$DB_NAME\`.audit_event WHERE action='LOGIN'")
        n2=$(gsql "${GPORTS[1]}" "SELECT COUNT(*) FROM \`$DB_NAME\`.audit_event WHERE action='LOGIN'")
        local how; how=$(grep -c -E "IST received|Receiving IST" "$WORK/logs/galera-g$((victim + 1)).log")
        [ "$(cluster_size "${GPORTS[$victim]}")" = 3 ] && [ "$n1" = "$n2" ] \
            && result PASS "galera: g$((victim + 1)) restarted (position ${pos:-?}) and rejoined in $(($(date +%s) - t0)) s: wsrep_cluster_size 3, Synced, $n1 LOGIN rows on it = $n2 on g2$( [ "$how" -gt 0 ] && echo ' (IST)')" \
            || result FAIL "galera: g$((victim + 1)) rejoined but size $(cluster_size "${GPORTS[$victim]}"), rows $n1 vs $n2"
    else
        result FAIL "galera: g$((victim + 1)) did not rejoin within 120 s"; tail -20 "$WORK/logs/galera-g$((victim + 1)).log"
    fi
    # the portal still answers after the rejoin
    jar=$WORK/galera-users/final.jar
    r=$(login "$jar" "$LB_URL" applicant)
    login_ok "$r" && result PASS "galera: a login through HAProxy after the rejoin works" || result FAIL "galera: login after the rejoin: $r"
    unset GALERA_SQL_PORT
}

# ---------------------------------------------------------------------------------------------------------- main

NODES_TEXT=$(for ((i = 0; i < NODES; i++)); do
    printf '%s:%s%s ' "${HOSTS[$i]}" "${PORTS[$i]}" "$(is_remote "$i" && echo ' over ssh')"; done)
say "TIC Portal cluster test: db=$DB_MODE (the nodes reach it at $NODE_DB_HOST) nodes=$NODES (${NODES_TEXT% }) balancer=$LB_URL shared=$SHARED_DIR work=$WORK"
phase_start
skipped b || phase_smoke
skipped c || phase_load
skipped d || phase_failover
skipped e || phase_galera
if [ "$DB_MODE" = galera ] && skipped e; then galera_schema_report; fi
