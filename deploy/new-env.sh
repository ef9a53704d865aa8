#!/bin/sh
# Prints a new .env for docker-compose.yml: the session secret, the database password, the
# metrics token and one web-push key pair for every process. Run once; keep the file safe (it
# signs every session) and back it up apart from the database backups.
#
#   deploy/new-env.sh > .env && chmod 600 .env
# Needs only openssl. docs/operations.md, "Deploy".
set -eu

random() { openssl rand -base64 48 | tr -d '\n/+=' | cut -c1-"$1"; }
# Hex to base64url without padding (the VAPID keys' form).
hex_to_base64url() { printf '%s' "$1" | sed 's/../\\x&/g' | xargs -0 printf '%b' | openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# A P-256 key pair: the private key's 32 bytes and the public point's 65, as web-push wants them.
key=$(openssl ecparam -name prime256v1 -genkey -noout)
text=$(printf '%s\n' "$key" | openssl ec -noout -text 2>/dev/null)
private_hex=$(printf '%s\n' "$text" | sed -n '/^priv:/,/^pub:/p' | sed '1d;$d' | tr -d ' :\n')
public_hex=$(printf '%s\n' "$text" | sed -n '/^pub:/,/^ASN1/p' | sed '1d;$d' | tr -d ' :\n')
# openssl may print the private key with a leading 00 byte, or short by leading zeros: 32 bytes.
[ ${#private_hex} -eq 66 ] && private_hex=${private_hex#00}
while [ ${#private_hex} -lt 64 ]; do private_hex="0$private_hex"; done

cat <<ENV
# Made by deploy/new-env.sh on $(date -u +%Y-%m-%d). Keep it secret.
NEXTAUTH_URL=http://localhost:8080
NEXTAUTH_SECRET=$(random 48)
POSTGRES_PASSWORD=$(random 32)
METRICS_TOKEN=$(random 40)
VAPID_PUBLIC_KEY=$(hex_to_base64url "$public_hex")
VAPID_PRIVATE_KEY=$(hex_to_base64url "$private_hex")
VAPID_SUBJECT=mailto:hearth@example.invalid
ENV
