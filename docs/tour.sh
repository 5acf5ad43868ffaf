#!/usr/bin/env bash
# A tour of the API against a running service: staff stock a product, a customer orders it and pays by card, the
# fulfillment process reserves the stock, charges the card and confirms the order, staff ship and deliver it.
# Run it from anywhere while the service runs (npm start in another terminal):
#   bash docs/tour.sh                         # BASE_URL defaults to http://localhost:3000
# It creates the staff account with the operator CLI (npm run cli -- create-admin), which reaches the same
# database as the service: run it with the service's DATA_DIR (embedded default) or DATABASE_URL.
# Every call states the status it expects; any other answer stops the tour with the response printed.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:3000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$(date +%s)-$$" # fresh addresses and SKUs on every run, so the tour can run again on the same database
WAREHOUSE="$(printf 'T%X%X' "$(date +%s)" "$$")" # the same for the warehouse code: capitals, at most 16 characters
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

# wait_for <wanted> <field> <path> <token>: reads GET <path> until <field> is <wanted>, for up to a minute. Other
# contexts and the fulfillment process hear of a change through events, delivered after the response.
wait_for() {
  local wanted="$1" name="$2" path="$3" token="$4" body value=""
  for _ in $(seq 1 120); do
    body="$(call 200 GET "$path" '' "$token")"
    value="$(field "$name" <<<"$body" 2>/dev/null)" || value=""
    [[ "$value" == "$wanted" ]] && return 0
    sleep 0.5
  done
  echo "tour: $name of $path is ${value:-missing} after a minute, expected $wanted:" >&2
  echo "$body" >&2
  exit 1
}

# entries prints the timeline on stdin one entry a line: "type: detail", or the type alone.
entries() {
  node -e '
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
      for (const { type, detail } of JSON.parse(text).items) console.log(detail === null ? type : `${type}: ${detail}`);
    });'
}

# expect <wanted> <actual>
expect() { [[ "$2" == "$1" ]] || { echo "tour: expected $1, got ${2:-nothing}" >&2; exit 1; }; }

step() { printf '\n== %s\n' "$*" >&2; }

step "health"
call 200 GET /health/ready >/dev/null

step "an administrator, made with the operator CLI, logs in as staff"
ADMIN="admin-$RUN@example.com"
ADMIN_PASSWORD="a long administrator passphrase"
(cd "$ROOT" && npm run --silent cli -- create-admin --email "$ADMIN" --password "$ADMIN_PASSWORD" >/dev/null)
STAFF="$(call 200 POST /api/v1/identity/auth/login "{\"email\":\"$ADMIN\",\"password\":\"$ADMIN_PASSWORD\"}" | field accessToken)"

step "staff open a warehouse, add a product and receive 10 of it (an order for what is out of stock is cancelled)"
SKU="MUG-$RUN"
ADDRESS='{"line1":"Main street 1","city":"Kyiv","postalCode":"01001","country":"UA"}'
call 201 POST /api/v1/warehouse/warehouses "{\"code\":\"$WAREHOUSE\",\"name\":\"Kyiv\",\"address\":$ADDRESS,\"timeZone\":\"Europe/Kyiv\"}" "$STAFF" >/dev/null
call 201 POST /api/v1/warehouse/products "{\"sku\":\"$SKU\",\"name\":\"Mug\",\"unit\":\"each\"}" "$STAFF" >/dev/null
call 201 POST /api/v1/warehouse/stock/receipts "{\"warehouse\":\"$WAREHOUSE\",\"lines\":[{\"sku\":\"$SKU\",\"quantity\":10}]}" "$STAFF" >/dev/null
expect 10 "$(call 200 GET "/api/v1/warehouse/products/$SKU/stock" '' "$STAFF" | field total.available)"

step "a customer registers, logs in and saves a card (a provider's token, never a card number; pm_card_ok always pays)"
CUSTOMER="ada-$RUN@example.com"
PASSWORD="correct horse battery staple"
call 201 POST /api/v1/identity/auth/register "{\"email\":\"$CUSTOMER\",\"password\":\"$PASSWORD\",\"displayName\":\"Ada\"}" >/dev/null
TOKEN="$(call 200 POST /api/v1/identity/auth/login "{\"email\":\"$CUSTOMER\",\"password\":\"$PASSWORD\"}" | field accessToken)"
CARD="$(call 201 POST /api/v1/billing/payment-methods '{"token":"pm_card_ok","label":"Visa ending 4242"}' "$TOKEN" | field id)"

step "they open a draft order (for themselves), add a line and place it, paying with the card"
ID="$(call 201 POST /api/v1/ordering/orders '{"currency":"EUR","lines":[]}' "$TOKEN" | field id)"
call 200 POST "/api/v1/ordering/orders/$ID/lines" "{\"sku\":\"$SKU\",\"quantity\":2,\"unitPrice\":{\"amount\":1250,\"currency\":\"EUR\"}}" "$TOKEN" >/dev/null
expect placed "$(call 200 POST "/api/v1/ordering/orders/$ID/place" "{\"paymentMethodId\":\"$CARD\"}" "$TOKEN" | field status)"
echo "order $ID placed" >&2

step "shipments are staff routes: the customer may not read them"
call 403 GET "/api/v1/shipping/shipments?orderId=$ID" '' "$TOKEN" >/dev/null

step "the fulfillment process reserves the stock, invoices and charges the card, then confirms the order (asynchronously)"
wait_for confirmed status "/api/v1/ordering/orders/$ID" "$TOKEN"
expect captured "$(call 200 GET "/api/v1/ordering/orders/$ID" '' "$TOKEN" | field paymentState)"
expect 2 "$(call 200 GET "/api/v1/warehouse/products/$SKU/stock" '' "$STAFF" | field total.reserved)"
echo "order $ID confirmed: 2 reserved, card charged" >&2

step "Shipping opened the order's shipment held when it was placed; the process released it: staff may ship it now"
wait_for pending items.0.status "/api/v1/shipping/shipments?orderId=$ID" "$STAFF"
SID="$(call 200 GET "/api/v1/shipping/shipments?orderId=$ID" '' "$STAFF" | field items.0.id)"
echo "shipment $SID pending" >&2

step "staff ship it; the order follows (shipped, with the tracking number), then staff deliver it"
expect shipped "$(call 200 POST "/api/v1/shipping/shipments/$SID/ship" '{"carrier":"DHL","trackingNumber":"JD0001"}' "$STAFF" | field status)"
wait_for shipped status "/api/v1/ordering/orders/$ID" "$TOKEN"
expect delivered "$(call 200 POST "/api/v1/shipping/shipments/$SID/deliver" '' "$STAFF" | field status)"

step "a delivered shipment cannot be shipped again: 409, problem+json"
expect SHIPMENT_INVALID_TRANSITION "$(call 409 POST "/api/v1/shipping/shipments/$SID/ship" '{"carrier":"DHL","trackingNumber":"JD0002"}' "$STAFF" | field code)"

step "the customer reads their order (delivered, with its carrier and tracking number) and its timeline"
wait_for delivered status "/api/v1/ordering/orders/$ID" "$TOKEN"
ORDER="$(call 200 GET "/api/v1/ordering/orders/$ID" '' "$TOKEN")"
expect DHL "$(field shipment.carrier <<<"$ORDER")"
expect JD0001 "$(field shipment.trackingNumber <<<"$ORDER")"
TIMELINE="$(call 200 GET "/api/v1/ordering/orders/$ID/timeline" '' "$TOKEN" | entries)"
echo "$TIMELINE" >&2
expect "shipped: DHL, tracking number JD0001" "$(grep '^shipped' <<<"$TIMELINE")"
expect delivered "$(tail -n 1 <<<"$TIMELINE")"

printf '\ntour complete: order %s, shipment %s delivered\n' "$ID" "$SID"
