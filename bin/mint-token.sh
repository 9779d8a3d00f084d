#!/usr/bin/env bash
# Mints an HS256 write token for local use, signed with SALARYGUIDE_JWT_SECRET (the same secret every process is
# started with). Needs only bash, openssl and base64.
#   SALARYGUIDE_JWT_SECRET='a-secret-of-at-least-thirty-two-bytes' bin/mint-token.sh [subject] [ttl-seconds]
set -euo pipefail
secret=${SALARYGUIDE_JWT_SECRET:?set SALARYGUIDE_JWT_SECRET to the secret the services use}
if (( ${#secret} < 32 )); then
  echo "SALARYGUIDE_JWT_SECRET must be at least 32 bytes" >&2
  exit 1
fi
subject=${1:-local-editor}
ttl=${2:-3600}
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"%s","scope":"salary.write","iat":%d,"exp":%d}' "$subject" "$now" $((now + ttl)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
