#!/usr/bin/env bash
# Sourced by .ci/run: starts a throw-away PostgreSQL server on a loopback port and exports BPL_TEST_POSTGRES for the
# tests. `pg_stop` stops it and removes its folder; .ci/run calls it from its EXIT trap, so it runs even when tests fail.
# initdb refuses to run as root (CI runs as root), so the server then runs as the postgres user.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
  PGBIN=$(pg_bin)
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "PostgreSQL is not installed: installing Debian's postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(pg_bin)
  fi
  PGPORT=${PGPORT:-55432}
  PGDATA_DIR=$(mktemp -d /tmp/bplbot-ci-pg-XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA_DIR"; fi
  chmod 700 "$PGDATA_DIR"
  as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_DIR -c fsync=off -c synchronous_commit=off -c max_connections=500" start >/dev/null
  export BPL_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT for the tests"
}

pg_stop() {
  [ -n "${PGDATA_DIR:-}" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA_DIR"
}
