#!/usr/bin/env bash
# "Export my campaigns" of a sponsor with about 100,000 ad requests, in a 256 MB heap:
#   bench/export.sh [AD_REQUESTS] [HEAP]     (defaults: 204000, 256m)
# Seeds 1,000 campaigns (the bench sponsor owns 500, so half of the ad requests are theirs) and
# 49,999 influencers (a count prime to the campaigns', so no pair repeats), starts the app with
# -Xmx256m and GC logging, starts the export through the app, waits until it is ready, downloads
# it, and reports the time taken, the rows in the file, the largest heap in use (from the GC log)
# and the process's peak resident memory. Fails on an OutOfMemoryError.
# Needs: the app jar (built if missing) and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
ad_requests=${1:-204000}
heap=${2:-256m}
port=18081
base="http://127.0.0.1:$port"
work=bench/target-export
rm -rf "$work" && mkdir -p "$work"
jar=app/target/sponsorlink.jar
[ -f "$jar" ] || mvn -q -DskipTests install
db="$PWD/$work/bench.db"
url="jdbc:sqlite:$db?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE"
password=bench-password-1
app_args="--app.exports.dir=$PWD/$work/exports"
source bench/lib.sh

echo "== preparing accounts through the app"
start_app
prepare_accounts
stop_app

echo "== seeding 1000 campaigns, 49999 influencers and $ad_requests ad requests"
bench/seed.sh "$db" 1000 49999 "$ad_requests"
expected=$(sqlite3 "$db" "SELECT count(*) FROM adrequests_ad_requests WHERE sponsor_id = '$sponsor_id'")
echo "the bench sponsor has $expected ad requests"

java_opts="-Xlog:gc:file=$PWD/$work/gc.log"
start_app
rss_peak=0
sample_rss() { local rss; rss=$(awk '/VmHWM/ { print $2 }' "/proc/$app/status" 2>/dev/null || echo 0); [ "${rss:-0}" -gt "$rss_peak" ] && rss_peak=$rss || true; }
sign_in "$work/s.jar" bench-sponsor@bench.test "$password"

started=$(date +%s.%N)
post "$work/s.jar" /sponsor/exports
download=
for _ in $(seq 1 600); do
    page=$(curl -s -b "$work/s.jar" "$base/sponsor/exports")
    download=$(sed -n 's/.*href="\([^"]*\/download\)".*/\1/p' <<<"$page" | head -n 1)
    [ -n "$download" ] && break
    sample_rss
    sleep 0.5
done
finished=$(date +%s.%N)
[ -n "$download" ] || { echo "the export did not finish; see $work/app.log" >&2; exit 1; }
curl -s -b "$work/s.jar" -o "$work/export.csv" "$base$download"
sample_rss
stop_app

if grep -q OutOfMemoryError "$work/app.log"; then
    echo "OutOfMemoryError: see $work/app.log" >&2
    exit 1
fi
lines=$(wc -l <"$work/export.csv")
# data lines: one per ad request, plus one per campaign without any (none here), plus the header
echo "== export of $((lines - 1)) rows (expected $expected) in $(awk "BEGIN { printf \"%.1f\", $finished - $started }") s with -Xmx$heap"
echo "file: $(du -h "$work/export.csv" | cut -f1)"
echo "largest heap in use before a collection: $(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/[^0-9]//g' | sort -n | tail -n 1) MB"
echo "largest heap in use after a collection:  $(grep -o -- '->[0-9]*M' "$work/gc.log" | sed 's/[^0-9]//g' | sort -n | tail -n 1) MB"
echo "peak resident memory of the process: $((rss_peak / 1024)) MB"
[ "$((lines - 1))" -eq "$expected" ] || { echo "the file has $((lines - 1)) rows, expected $expected" >&2; exit 1; }
