#!/usr/bin/env bash
# npm start: everything needed to run the four services and the gateway in front of them, in one
# foreground command; it prints the one base URL (the gateway) once everything answers.
# Ctrl-C stops the services and whatever this script started (a local Postgres or Redis).
set -euo pipefail
source "$(dirname "$0")/lib/infra.sh"
bring_up_infra

say "building"
npm run -s build
npm run -s portal:build
say "applying migrations"
node dist/scripts/migrate.js run

# Access-token signing keys for local runs, made once and kept in .data/keys.
mkdir -p "$DATA_DIR/keys"
if [ ! -f "$DATA_DIR/keys/auth-private.pem" ]; then
  node -e '
    const { generateKeyPairSync } = require("crypto");
    const { privateKey } = generateKeyPairSync("ed25519");
    require("fs").writeFileSync(process.argv[1], privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  ' "$DATA_DIR/keys/auth-private.pem"
  say "generated a development signing key in .data/keys"
fi
if [ ! -f "$DATA_DIR/keys/auth-public.pem" ]; then
  node -e '
    const { createPublicKey } = require("crypto"); const fs = require("fs");
    const pub = createPublicKey(fs.readFileSync(process.argv[1], "utf8")).export({ type: "spki", format: "pem" });
    fs.writeFileSync(process.argv[2], pub);
  ' "$DATA_DIR/keys/auth-private.pem" "$DATA_DIR/keys/auth-public.pem"
fi
export AUTH_PRIVATE_KEY="${AUTH_PRIVATE_KEY:-$(cat "$DATA_DIR/keys/auth-private.pem")}"
export AUTH_PUBLIC_KEY="${AUTH_PUBLIC_KEY:-$(cat "$DATA_DIR/keys/auth-public.pem")}"
# License-key secrets shared by licensing and activation, made once for local runs.
[ -f "$DATA_DIR/keys/license-key.env" ] || node -e 'const c = require("crypto"); require("fs").writeFileSync(process.argv[1], `LICENSE_KEY_SECRET=${c.randomBytes(32).toString("hex")}\nLICENSE_KEY_ENCRYPTION_KEY=${c.randomBytes(32).toString("base64")}\n`, { mode: 0o600 })' "$DATA_DIR/keys/license-key.env"
export LICENSE_KEY_SECRET="${LICENSE_KEY_SECRET:-$(sed -n 's/^LICENSE_KEY_SECRET=//p' "$DATA_DIR/keys/license-key.env")}" LICENSE_KEY_ENCRYPTION_KEY="${LICENSE_KEY_ENCRYPTION_KEY:-$(sed -n 's/^LICENSE_KEY_ENCRYPTION_KEY=//p' "$DATA_DIR/keys/license-key.env")}"
# License-document signing key of activation (kid "dev-1"), made once like the token keys.
[ -f "$DATA_DIR/keys/activation-signing.pem" ] || node -e 'require("fs").writeFileSync(process.argv[1], require("crypto").generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 })' "$DATA_DIR/keys/activation-signing.pem"
export ACTIVATION_SIGNING_KEYS="${ACTIVATION_SIGNING_KEYS:-$(cat "$DATA_DIR/keys/activation-signing.pem")}" ACTIVATION_SIGNING_KEY_ID="${ACTIVATION_SIGNING_KEY_ID:-dev-1}"
export MAIL_OUTBOX_DIR="${MAIL_OUTBOX_DIR:-$DATA_DIR/mail}"
export NODE_ENV="${NODE_ENV:-development}"

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
export GATEWAY_PORT
export PORTAL_URL="${PORTAL_URL:-http://localhost:$GATEWAY_PORT}"
# The services believe X-Forwarded-For from the local gateway only.
export TRUST_PROXY="${TRUST_PROXY:-loopback}"
# concurrently pipes the services' output, so they cannot see the terminal themselves.
if [ -t 1 ]; then export LOG_FORMAT="${LOG_FORMAT:-pretty}"; fi

# The HTTP services and their ports, from the one list (SERVICE_DEFINITIONS in apps/services.ts) and
# each service's own config; the gateway finds each at <NAME>_URL. A bad config stops here.
SERVICE_LIST="$(node dist/scripts/services.js)" || die "a service's configuration does not load (above)"
SERVICES=() PORTS=()
while read -r name port; do
  SERVICES+=("$name") PORTS+=("$port")
  var="$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')"
  export "${var}_PORT=$port"
  url_var="${var}_URL"
  export "$url_var=${!url_var:-http://127.0.0.1:$port}"
done <<<"$SERVICE_LIST"

announce() {
  # The gateway's readiness includes every service's.
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:${GATEWAY_PORT}/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  printf '\n\033[1;32mUp at http://localhost:%s\033[0m  (portal at /, APIs at /api/<service>, proxy protocol at /proxy/v1, API docs at /api/docs)\n' "$GATEWAY_PORT"
  printf '  services behind it (direct, for debugging):'
  for i in "${!SERVICES[@]}"; do printf ' %s :%s' "${SERVICES[$i]}" "${PORTS[$i]}"; done
  printf '\n'
  if [ -z "${SMTP_URL:-}" ]; then printf '  emails        written to %s (no SMTP_URL set)\n' "$MAIL_OUTBOX_DIR"; fi
  printf '  Ctrl-C stops everything.\n\n'
}
announce &
ANNOUNCE_PID=$!
trap 'kill $ANNOUNCE_PID 2>/dev/null || true; stop_local_infra' EXIT

# One process per service, then the gateway; colours cycle if the list outgrows them.
COLOURS=(blue magenta green yellow red white)
NAMES=() COLOURS_USED=() COMMANDS=()
for i in "${!SERVICES[@]}"; do
  NAMES+=("${SERVICES[$i]}") COLOURS_USED+=("${COLOURS[$((i % ${#COLOURS[@]}))]}") COMMANDS+=("node dist/apps/${SERVICES[$i]}/src/main.js")
done
NAMES+=(gateway) COLOURS_USED+=(cyan) COMMANDS+=("node dist/apps/gateway/src/main.js")
join() { local IFS=,; printf '%s' "$*"; }
npx concurrently --kill-others --names "$(join "${NAMES[@]}")" \
  --prefix-colors "$(join "${COLOURS_USED[@]}")" --prefix '[{name}]' \
  "${COMMANDS[@]}" || true
