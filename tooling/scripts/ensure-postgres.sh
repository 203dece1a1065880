# Sourced by test-all.sh: makes a real PostgreSQL reachable for the concurrency tests and exports
# TEST_DATABASE_URL. Uses the one at 127.0.0.1:5432 when it answers; otherwise installs (apt, as
# root) and starts a throwaway cluster on port 55432 under /tmp.
pg_ready() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if pg_ready 5432; then
  export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
else
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$PGBIN" ]; then
    echo "› installing PostgreSQL (apt)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  PGDATA_DIR=/tmp/huiqi-pg
  if ! pg_ready 55432; then
    echo "› starting a throwaway PostgreSQL on 127.0.0.1:55432"
    rm -rf "$PGDATA_DIR" && mkdir -p "$PGDATA_DIR" && chown postgres "$PGDATA_DIR"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA_DIR/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -o "-p 55432 -k $PGDATA_DIR -c max_connections=300" -l "$PGDATA_DIR/log" -w start >/dev/null
  fi
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:55432/postgres"
fi
