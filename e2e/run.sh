#!/usr/bin/env bash
# Browser tests of the site: starts the backend jar on a free port with a fresh in-memory
# database, runs every e2e/tests/*.test.mjs with node's test runner, always stops the server.
# Exit code = the tests' result.
#
#   e2e/run.sh                       all tests (builds nothing: package the backend first)
#   e2e/run.sh e2e/tests/x.test.mjs  some test files
#   KK_BASE_URL=http://localhost:8081 e2e/run.sh   against a server you already run
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$E2E_DIR/.." && pwd)"
JAR="$ROOT_DIR/backend/target/kommunkollen.jar"
ARTIFACTS="$E2E_DIR/artifacts"
mkdir -p "$ARTIFACTS"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "e2e: installing Debian's chromium"
  if [[ ! -d /var/lib/apt/lists ]] || [[ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]]; then
    apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
fi

(cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)

SERVER_PID=""
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT INT TERM

answers() {
  node -e '
    fetch(process.argv[1] + "/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: "{ municipalities { id } }" }),
      signal: AbortSignal.timeout(5000),
    }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));' "$1"
}

if [[ -z "${KK_BASE_URL:-}" ]]; then
  if [[ ! -f "$JAR" ]]; then
    echo "e2e: $JAR is missing; build it with ./mvnw -B -DskipTests package -pl backend -am" >&2
    exit 2
  fi
  PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  export KK_BASE_URL="http://127.0.0.1:$PORT"
  echo "e2e: starting the server on $KK_BASE_URL (log: $ARTIFACTS/server.log)"
  # Every browser test talks from 127.0.0.1: the per-client rate limit is tested in the
  # backend (RateLimitTests) and would only make these tests depend on their order here.
  # interactions.test.mjs points the site at the API under another origin (localhost rather
  # than 127.0.0.1), which the pages' Content-Security-Policy must allow.
  java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --management.server.port=0 \
    --kommunkollen.rate-limit.enabled=false \
    --kommunkollen.security-headers.api-origins="http://localhost:$PORT" \
    --spring.datasource.url="jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1" >"$ARTIFACTS/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    if answers "$KK_BASE_URL" 2>/dev/null; then
      break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "e2e: the server stopped while starting:" >&2
      tail -n 40 "$ARTIFACTS/server.log" >&2
      exit 2
    fi
    sleep 0.5
  done
  if ! answers "$KK_BASE_URL"; then
    echo "e2e: the server did not answer within 120 s" >&2
    tail -n 40 "$ARTIFACTS/server.log" >&2
    exit 2
  fi
fi

echo "e2e: testing $KK_BASE_URL"
cd "$ROOT_DIR"
status=0
if [[ $# -gt 0 ]]; then
  node --test --test-concurrency=1 "$@" || status=$?
else
  node --test --test-concurrency=1 e2e/tests/ || status=$?
fi
exit "$status"
