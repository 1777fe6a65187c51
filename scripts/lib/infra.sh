# Shared by scripts/start.sh and scripts/test.sh (sourced, not run).
# Installs dependencies when missing, then makes sure Postgres and Redis answer at DATABASE_URL and
# REDIS_URL: reused when reachable, otherwise started from the system's binaries with their data in
# .data/ (git-ignored). What this script starts is recorded so that stop_local_infra stops only that.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="$ROOT/.data"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/licensing}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
STARTED_POSTGRES=""
STARTED_REDIS=""

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = "0" ]; }

apt_install() {
  is_root || die "$1 is not installed and this is not root: install it (e.g. sudo apt-get install -y $*) or point ${2:-the URL} at a running server"
  say "installing $* with apt-get"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null && APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_node_modules() {
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

# host port user database from a postgres:// URL
parse_pg_url() {
  node -e '
    const u = new URL(process.argv[1]);
    console.log([u.hostname || "127.0.0.1", u.port || "5432", decodeURIComponent(u.username || "postgres"), u.pathname.slice(1) || "postgres"].join(" "));
  ' "$1"
}

pg_reachable() {
  node -e '
    const { Client } = require("pg");
    const u = new URL(process.argv[1]); u.pathname = "/postgres";
    const c = new Client({ connectionString: u.toString(), connectionTimeoutMillis: 2000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$DATABASE_URL" 2>/dev/null
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

ensure_postgres() {
  if pg_reachable; then
    say "Postgres reachable at $(parse_pg_url "$DATABASE_URL" | awk '{print $1":"$2}')"
  else
    read -r host port _user _db <<<"$(parse_pg_url "$DATABASE_URL")"
    case "$host" in 127.0.0.1|localhost|::1) ;; *) die "Postgres at $host:$port is not reachable (DATABASE_URL)";; esac
    local bin; bin=$(pg_bin_dir) || true
    if [ -z "$bin" ]; then apt_install postgresql DATABASE_URL; bin=$(pg_bin_dir); fi
    local pgdata="$DATA_DIR/postgres"
    mkdir -p "$DATA_DIR"
    if [ ! -f "$pgdata/PG_VERSION" ]; then
      say "initialising a local Postgres cluster in .data/postgres"
      mkdir -p "$pgdata"
      if is_root; then chown postgres:postgres "$pgdata"; fi
      run_as_postgres "$bin/initdb" -D "$pgdata" -U postgres --auth=trust --encoding=UTF8 >/dev/null
    fi
    say "starting local Postgres on 127.0.0.1:$port"
    run_as_postgres "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp" start >/dev/null \
      || die "Postgres did not start; see .data/postgres/server.log"
    STARTED_POSTGRES="$bin/pg_ctl -D $pgdata"
    pg_reachable || die "Postgres started but is not reachable at DATABASE_URL"
  fi
  ensure_database
}

run_as_postgres() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_database() {
  node -e '
    const { Client } = require("pg");
    const target = new URL(process.argv[1]);
    const name = decodeURIComponent(target.pathname.slice(1));
    const admin = new URL(target); admin.pathname = "/postgres";
    const c = new Client({ connectionString: admin.toString() });
    (async () => {
      await c.connect();
      const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (!rowCount) { await c.query(`CREATE DATABASE "${name.replace(/"/g, "\"\"")}"`); console.log(`created database ${name}`); }
      await c.end();
    })().catch((e) => { console.error(e.message); process.exit(1); });
  ' "$DATABASE_URL"
}

redis_host_port() {
  node -e 'const u = new URL(process.argv[1]); console.log((u.hostname || "127.0.0.1") + " " + (u.port || "6379"))' "$REDIS_URL"
}

redis_reachable() {
  node -e '
    const net = require("net");
    const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 6379), u.hostname || "127.0.0.1");
    const fail = () => process.exit(1);
    s.setTimeout(2000, fail); s.on("error", fail);
    s.on("connect", () => s.write(u.password ? `AUTH ${decodeURIComponent(u.password)}\r\nPING\r\n` : "PING\r\n"));
    s.on("data", (d) => { if (d.toString().includes("PONG")) { s.end(); process.exit(0); } });
  ' "$REDIS_URL" 2>/dev/null
}

ensure_redis() {
  if redis_reachable; then
    say "Redis reachable at $(redis_host_port | tr ' ' ':')"
    return
  fi
  read -r host port <<<"$(redis_host_port)"
  case "$host" in 127.0.0.1|localhost|::1) ;; *) die "Redis at $host:$port is not reachable (REDIS_URL)";; esac
  command -v redis-server >/dev/null || apt_install redis-server REDIS_URL
  mkdir -p "$DATA_DIR/redis"
  say "starting local Redis on 127.0.0.1:$port"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --dir "$DATA_DIR/redis" \
    --save "" --appendonly no --pidfile "$DATA_DIR/redis/redis.pid" --logfile "$DATA_DIR/redis/redis.log" >/dev/null
  for _ in $(seq 1 50); do redis_reachable && break; sleep 0.1; done
  redis_reachable || die "Redis did not start; see .data/redis/redis.log"
  STARTED_REDIS="$DATA_DIR/redis/redis.pid"
}

stop_local_infra() {
  if [ -n "$STARTED_REDIS" ] && [ -f "$STARTED_REDIS" ]; then
    say "stopping the local Redis"
    kill "$(cat "$STARTED_REDIS")" 2>/dev/null || true
    STARTED_REDIS=""
  fi
  if [ -n "$STARTED_POSTGRES" ]; then
    say "stopping the local Postgres"
    # shellcheck disable=SC2086
    run_as_postgres $STARTED_POSTGRES -m fast stop >/dev/null 2>&1 || true
    STARTED_POSTGRES=""
  fi
}

# What npm start and npm test begin with: in the repository, dependencies installed, Postgres and Redis
# answering, and whatever this started stopped again on exit.
bring_up_infra() {
  cd "$ROOT"
  ensure_node_modules
  ensure_postgres
  ensure_redis
  trap stop_local_infra EXIT
}
