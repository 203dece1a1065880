# Sourced by test-all.sh: a real PostgreSQL for the API's second run and the concurrency tests, as
# TEST_DATABASE_URL (a role that may create databases: each test makes its own).
#  1. TEST_DATABASE_URL set by the user: used as it is, after checking it lets us in.
#  2. Otherwise the server at 127.0.0.1:5432, when it lets postgres in without a password.
#  3. Otherwise a throwaway cluster on 127.0.0.1:55432 in the temp folder, started as this user (as
#     the postgres user when run as root; root also installs PostgreSQL with apt when it is missing),
#     stopped and removed when the tests end.
pg_ready() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  node tooling/scripts/check-postgres.mjs "$TEST_DATABASE_URL" || { echo "TEST_DATABASE_URL cannot be used (above)"; exit 1; }
elif pg_ready 5432 && why=$(node tooling/scripts/check-postgres.mjs postgres://postgres@127.0.0.1:5432/postgres); then
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
else
  [ -n "${why:-}" ] && echo "› the PostgreSQL at 127.0.0.1:5432 cannot be used: $why — starting a throwaway one instead"
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -z "$PGBIN" ] && command -v initdb >/dev/null && PGBIN=$(dirname "$(command -v initdb)")
  if [ -z "$PGBIN" ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "PostgreSQL is not installed and installing it needs root: run 'sudo apt-get install postgresql'"
      echo "(or set TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/postgres to a server you have), then npm test again."
      exit 1
    fi
    echo "› installing PostgreSQL (apt)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  if ! pg_ready 55432; then
    PGDATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/huiqi-pg-XXXXXX")
    as_owner() { "$@"; }
    # initdb refuses to run as root: the cluster then belongs to the postgres user.
    if [ "$(id -u)" = 0 ]; then chown postgres "$PGDATA_DIR"; as_owner() { runuser -u postgres -- "$@"; }; fi
    echo "› starting a throwaway PostgreSQL on 127.0.0.1:55432 (stopped when the tests end)"
    as_owner "$PGBIN/initdb" -D "$PGDATA_DIR/data" -A trust -U postgres >/dev/null
    as_owner "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -o "-p 55432 -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" -l "$PGDATA_DIR/log" -w start >/dev/null
    stop_started_postgres() {
      as_owner "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
      rm -rf "$PGDATA_DIR"
    }
    trap stop_started_postgres EXIT
  fi
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:55432/postgres"
fi
