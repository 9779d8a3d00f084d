#!/usr/bin/env bash
# Writes the gateway's served OpenAPI document (one document for the whole public API) to api/openapi.json, the
# published contract the api-client module generates its Java client from. Run it against a running system after
# changing any public API; system-tests fails while the served document and api/openapi.json differ.
#
#   bin/export-openapi.sh [http://localhost:8080]
set -euo pipefail
cd "$(dirname "$0")/.."
GW=${1:-http://localhost:8080}
curl -fsS "$GW/v3/api-docs" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
# the server a client talks to is where it runs the gateway, not where this copy was taken
doc["servers"] = [{"url": "http://localhost:8080", "description": "the gateway, as ./start.sh runs it"}]
json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
sys.stdout.write("\n")
' > api/openapi.json
echo "wrote api/openapi.json ($(wc -c < api/openapi.json) bytes) from $GW"
