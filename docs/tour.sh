#!/usr/bin/env bash
# A tour of the API against a running service: a customer places an order, staff ship and deliver it.
# Run it from anywhere while the service runs (npm start in another terminal):
#   bash docs/tour.sh                         # BASE_URL defaults to http://localhost:3000
# It creates the staff account with the operator CLI (npm run cli -- create-admin), which reaches the same
# database as the service: run it with the service's DATA_DIR (embedded default) or DATABASE_URL.
# Every call states the status it expects; any other answer stops the tour with the response printed.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:3000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$(date +%s)-$$" # fresh addresses on every run, so the tour can run again on the same database
BODY="$(mktemp)"
trap 'rm -f "$BODY"' EXIT

# call <expected status> <method> <path> [json body] [bearer token]: prints the response body.
call() {
  local expected="$1" method="$2" path="$3" body="${4:-}" token="${5:-}" status
  local args=(-s -o "$BODY" -w '%{http_code}' -X "$method" "$BASE_URL$path")
  [[ -n "$body" ]] && args+=(-H 'content-type: application/json' -d "$body")
  [[ -n "$token" ]] && args+=(-H "authorization: Bearer $token")
  status="$(curl "${args[@]}")" || { echo "tour: no answer from $BASE_URL to $method $path (is the service running?)" >&2; exit 1; }
  if [[ "$status" != "$expected" ]]; then
    echo "tour: $method $path answered $status, expected $expected:" >&2
    cat "$BODY" >&2
    echo >&2
    exit 1
  fi
  cat "$BODY"
}

# field <path> reads one field of the JSON on stdin (items.0.id); node, so nothing beyond npm is needed.
field() {
  node -e '
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
      const value = process.argv[1].split(".").reduce((at, key) => (at == null ? undefined : at[key]), JSON.parse(text));
      if (value === undefined || value === null) { console.error(`tour: no ${process.argv[1]} in ${text}`); process.exit(1); }
      process.stdout.write(String(value));
    });' "$1"
}

# expect <wanted> <actual>
expect() { [[ "$2" == "$1" ]] || { echo "tour: expected $1, got ${2:-nothing}" >&2; exit 1; }; }

step() { printf '\n== %s\n' "$*" >&2; }

step "health"
call 200 GET /health/ready >/dev/null

step "a customer registers and logs in"
CUSTOMER="ada-$RUN@example.com"
PASSWORD="correct horse battery staple"
call 201 POST /api/v1/identity/auth/register "{\"email\":\"$CUSTOMER\",\"password\":\"$PASSWORD\",\"displayName\":\"Ada\"}" >/dev/null
TOKEN="$(call 200 POST /api/v1/identity/auth/login "{\"email\":\"$CUSTOMER\",\"password\":\"$PASSWORD\"}" | field accessToken)"

step "they open a draft order (for themselves), add a line and place it"
ID="$(call 201 POST /api/v1/ordering/orders '{"currency":"EUR","lines":[]}' "$TOKEN" | field id)"
call 200 POST "/api/v1/ordering/orders/$ID/lines" '{"sku":"SKU-1","quantity":2,"unitPrice":{"amount":1250,"currency":"EUR"}}' "$TOKEN" >/dev/null
expect placed "$(call 200 POST "/api/v1/ordering/orders/$ID/place" '' "$TOKEN" | field status)"
echo "order $ID placed" >&2

step "shipments are staff routes: the customer may not read them"
call 403 GET "/api/v1/shipping/shipments?orderId=$ID" '' "$TOKEN" >/dev/null

step "an administrator, made with the operator CLI, logs in as staff"
ADMIN="admin-$RUN@example.com"
ADMIN_PASSWORD="a long administrator passphrase"
(cd "$ROOT" && npm run --silent cli -- create-admin --email "$ADMIN" --password "$ADMIN_PASSWORD" >/dev/null)
STAFF="$(call 200 POST /api/v1/identity/auth/login "{\"email\":\"$ADMIN\",\"password\":\"$ADMIN_PASSWORD\"}" | field accessToken)"

step "Shipping reacted to ordering.order-placed: a pending shipment appears (events are delivered asynchronously)"
for _ in $(seq 1 60); do
  [[ "$(call 200 GET "/api/v1/shipping/shipments?orderId=$ID" '' "$STAFF" | field total)" != 0 ]] && break
  sleep 0.5
done
SID="$(call 200 GET "/api/v1/shipping/shipments?orderId=$ID" '' "$STAFF" | field items.0.id)"
expect pending "$(call 200 GET "/api/v1/shipping/shipments/$SID" '' "$STAFF" | field status)"
echo "shipment $SID pending" >&2

step "staff ship it and deliver it"
expect shipped "$(call 200 POST "/api/v1/shipping/shipments/$SID/ship" '{"carrier":"DHL","trackingNumber":"JD0001"}' "$STAFF" | field status)"
expect delivered "$(call 200 POST "/api/v1/shipping/shipments/$SID/deliver" '' "$STAFF" | field status)"

step "a delivered shipment cannot be shipped again: 409, problem+json"
expect SHIPMENT_INVALID_TRANSITION "$(call 409 POST "/api/v1/shipping/shipments/$SID/ship" '{"carrier":"DHL","trackingNumber":"JD0002"}' "$STAFF" | field code)"

step "the customer reads their order"
expect placed "$(call 200 GET "/api/v1/ordering/orders/$ID" '' "$TOKEN" | field status)"

printf '\ntour complete: order %s, shipment %s delivered\n' "$ID" "$SID"
