#!/usr/bin/env bash
# A production install (`npm ci --omit=dev`) of this tree in a scratch directory starts the server and
# serves what needs only runtime dependencies: /healthz, a token, the PMO's Excel export (fflate).
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
port=3390
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$dir"' EXIT
git -C "$src" ls-files -z | (cd "$src" && xargs -0 tar -cf - --no-recursion) | tar -xf - -C "$dir"
cd "$dir"
npm ci --omit=dev --no-audit --no-fund --prefer-offline >/dev/null
test ! -e node_modules/vitest || { echo "a dev dependency was installed"; exit 1; }
# NODE_ENV=test: local sign-in without a tenant (production refuses it), no reminders timer.
PORT=$port DATA_DIR="$dir/data" NODE_ENV=test node_modules/.bin/tsx src/server/main.ts >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/healthz" || { cat "$dir/server.log"; exit 1; }
echo
token=$(curl -sf -X POST -H 'content-type: application/json' -d '{"email":"pmo@contoso.example","roles":["PMO"]}' "http://127.0.0.1:$port/api/dev/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
curl -sf -o "$dir/export.xlsx" -H "authorization: Bearer $token" "http://127.0.0.1:$port/api/commitments/export.xlsx" || { cat "$dir/server.log"; exit 1; }
# An .xlsx is a zip: it starts with "PK".
test "$(head -c 2 "$dir/export.xlsx")" = "PK" || { echo "the Excel export is not a zip"; exit 1; }
echo "production install: server up, Excel export $(wc -c <"$dir/export.xlsx") bytes"
