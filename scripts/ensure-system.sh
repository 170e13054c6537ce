#!/usr/bin/env bash
# Installs and starts what Baton's tests need from the system, when missing:
# Debian's chromium (Playwright drives it) and a PostgreSQL server on
# 127.0.0.1:5432. Prints nothing to stdout but the `export` line for the
# PostgreSQL URL the tests should use; run it as:  eval "$(bash scripts/ensure-system.sh)"
set -euo pipefail

log() { echo "ensure-system: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
APT_LOG="${TMPDIR:-/tmp}/baton-apt.log"
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq >>"$APT_LOG" 2>&1; apt_updated=1; fi
  if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >>"$APT_LOG" 2>&1; then
    tail -20 "$APT_LOG" >&2
    log "apt-get install $* failed (full log: $APT_LOG)"
    exit 1
  fi
}

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  log "installing Debian's chromium"
  apt_install chromium
fi

PG_URL="${BATON_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "installing PostgreSQL"
    apt_install postgresql
  fi
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p 5432 || { log "PostgreSQL did not start"; exit 1; }
fi

# A fresh Debian cluster asks for a password over TCP; give the postgres role
# one (through the local socket, as the postgres OS user) and use it.
if ! psql "$PG_URL" -qAtc "select 1" >/dev/null 2>&1; then
  log "setting a password for the postgres role"
  as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
  PG_URL="postgres://postgres:postgres@127.0.0.1:5432/postgres"
  psql "$PG_URL" -qAtc "select 1" >/dev/null || { log "cannot connect to PostgreSQL at $PG_URL"; exit 1; }
fi
echo "export BATON_TEST_POSTGRES_URL='$PG_URL'"
