#!/usr/bin/env bash
# Load test of the search, dashboard and ad request pages, and of the sponsor's answers to offers,
# on a seeded database:
#   [DB=postgresql] [PAGES=main] [HEAP=256m] [WARMUP=60] bench/run.sh [CAMPAIGNS] [INFLUENCERS] [SECONDS_PER_PAGE] [CONNECTIONS] [AD_REQUESTS]
# Needs: the app jar (built if missing), sqlite3 and wrk (Debian: apt-get install sqlite3 wrk);
# with DB=postgresql also psql and a PostgreSQL server on 127.0.0.1:5432 where user postgres may
# create databases (the bench database is dropped and created). The data is always seeded in
# SQLite first; on PostgreSQL the same rows are then copied over, so both measure one data set.
# Traffic goes to 127.0.0.1 only. Each page gets a warm-up, then a measured run with signed-in
# sessions; every page is first checked to answer 200 with its own content, so a redirect to the
# sign-in page cannot pass for a fast answer. wrk runs one thread, so it leaves the app most of
# the two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
campaigns=${1:-100000}
influencers=${2:-50000}
seconds=${3:-20}
connections=${4:-8}
ad_requests=${5:-200000}
warmup=${WARMUP:-60}
port=18080
base="http://127.0.0.1:$port"
work=bench/target
rm -rf "$work" && mkdir -p "$work"
jar=app/target/sponsorlink.jar
[ -f "$jar" ] || mvn -q -DskipTests install
db="$PWD/$work/bench.db"
url="jdbc:sqlite:$db?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE"
password=bench-password-1
heap=${HEAP:-512m}
sql() { sqlite3 "$db" "$1"; }

source bench/lib.sh

echo "== preparing accounts through the app"
start_app
prepare_accounts
stop_app

echo "== seeding $campaigns campaigns, $influencers influencers and $ad_requests ad requests"
bench/seed.sh "$db" "$campaigns" "$influencers" "$ad_requests"

if [ "${DB:-sqlite}" = postgresql ]; then
    pgdb=sponsorlink_bench
    conninfo="host=127.0.0.1 port=5432 user=postgres dbname=$pgdb"
    echo "== copying the seeded rows into PostgreSQL database $pgdb"
    dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb"
    createdb -h 127.0.0.1 -U postgres "$pgdb"
    url="jdbc:postgresql://127.0.0.1:5432/$pgdb"
    app_args="--spring.datasource.username=postgres --spring.datasource.hikari.maximum-pool-size=10"
    start_app # Flyway creates the schema
    stop_app
    bench/to-postgresql.sh "$db" "$conninfo"
    sql() { psql -X -At "$conninfo" -c "$1"; }
fi

log_from=$(( $(wc -l <"$work/app.log") + 1 ))
start_app
# The seeded month has ended without reports, so 20 s after start the app writes last month's
# report for every active sponsor (a thousand at 1M requests). That is the monthly job's real
# work, not page traffic: it is timed here and the pages are measured once it is done.
echo "== waiting for the monthly report job"
started=$(date +%s)
for _ in $(seq 1 900); do
    tail -n "+$log_from" "$work/app.log" | grep -q "Monthly reports for .* written" && break
    sleep 1
done
tail -n "+$log_from" "$work/app.log" | grep -o "Monthly reports for .* written" | tail -n 1 | sed "s/\$/ in $(( $(date +%s) - started )) s after the app answered/"
sign_in "$work/s.jar" bench-sponsor@bench.test "$password"
sign_in "$work/i.jar" bench-influencer@bench.test "$password"
sign_in "$work/a.jar" admin@bench.test bench-admin-password
session() { awk '$6 == "JSESSIONID" { print $7 }' "$1"; }
sponsor_session=$(session "$work/s.jar")
influencer_session=$(session "$work/i.jar")
admin_session=$(session "$work/a.jar")
listed_campaign=$(sql "SELECT id FROM campaigns_campaigns WHERE listed ORDER BY id LIMIT 1 OFFSET 777")
some_influencer=$(sql "SELECT influencer_id FROM campaigns_influencers ORDER BY influencer_id LIMIT 1 OFFSET 4242")
own_campaign=$(sql "SELECT id FROM campaigns_campaigns WHERE sponsor_id = '$sponsor_id' ORDER BY id LIMIT 1 OFFSET 42")
inbox_request=$(sql "SELECT id FROM adrequests_ad_requests WHERE influencer_id = (SELECT id FROM identity_users
    WHERE email_key = 'bench-influencer@bench.test') AND status = 'NEGOTIATING' ORDER BY id LIMIT 1")

measure() { # session, path, text the page must show
    local cookie="JSESSIONID=$1" path=$2 expect=$3
    local body
    body=$(curl -s -H "Cookie: $cookie" -w '\n%{http_code}' "$base$path")
    if [ "$(tail -n 1 <<<"$body")" != 200 ] || ! grep -q "$expect" <<<"$body"; then
        echo "$path did not answer 200 with \"$expect\"" >&2
        exit 1
    fi
    wrk -t1 -c"$connections" -d"$([ -n "${warming:-}" ] && echo "$warmup" || echo 5)s" -H "Cookie: $cookie" "$base$path" >/dev/null
    [ -z "${warming:-}" ] || return 0
    printf '%-62s ' "$path"
    wrk -t1 -c"$connections" -d"${seconds}s" -s bench/report.lua -H "Cookie: $cookie" "$base$path" | tail -n 1
}

# The write actions: sponsors answer offers, each request a different ad request, as in a busy
# hour. The first target is sent with curl and must redirect back to its ad request (done); the
# next 300 warm up; the rest are measured until the time is up or they are all sent.
measure_writes() { # action, extra form fields
    local targets="$work/$1.targets" first answer
    first=$(head -n 1 "$targets")
    answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -X POST -H "Cookie: JSESSIONID=$(cut -d' ' -f2 <<<"$first")" \
        --data "_csrf=$(cut -d' ' -f3 <<<"$first")&version=$(cut -d' ' -f4 <<<"$first")$2" "$base$(cut -d' ' -f1 <<<"$first")")
    if [ "$answer" != "302 $base$(cut -d' ' -f1 <<<"$first" | sed "s|/$1\$||")" ]; then
        echo "$1 answered \"$answer\" instead of a redirect to the ad request" >&2
        exit 1
    fi
    sed -n '2,301p' "$targets" >"$targets.warm"
    tail -n +302 "$targets" >"$targets.run"
    wrk -t1 -c"$connections" -d3s -s bench/writes.lua "$base" -- "$targets.warm" "$2" >/dev/null
    printf '%-62s ' "sponsor: $1 ($(wc -l <"$work/writers") sponsors, $(wc -l <"$targets.run") requests)"
    wrk -t1 -c"$connections" -d"${seconds}s" -s bench/writes.lua "$base" -- "$targets.run" "$2" | tail -n 1
}

report_log() {
    echo "== app log: $(grep -c 'database is locked' "$work/app.log" || true) \"database is locked\", $(grep -c OutOfMemoryError "$work/app.log" || true) OutOfMemoryError"
}

main_pages() { # the influencer's inbox and dashboard, the sponsor's dashboard, campaign search, the admin's users
    measure "$influencer_session" "/influencer/ad-requests" "most recently changed first"
    measure "$influencer_session" "/influencer" "Awaiting your answer"
    measure "$sponsor_session" "/sponsor" "Your campaigns"
    measure "$influencer_session" "/influencer/campaigns?q=kayak" "ending soonest first"
    measure "$admin_session" "/admin/users" "Users"
}

# A freshly started JVM is still compiling the code every page shares (security, templates,
# queries), and each page's own code after that. On two cores, with the load on them too, that
# takes minutes: the inbox went from 246 to 895 req/s over its first ten 10 s runs, and campaign
# search, loaded on its own after the other pages, from 120 to about 990 req/s over 150 s. So a
# first round loads each main page for WARMUP seconds (60 by default) and the measurements are of
# the running server.
echo "== warming up: each main page for ${warmup}s"
warming=yes main_pages
echo "== $connections connections, ${seconds}s per page, after a 5s warm-up"
if [ "${PAGES:-all}" = main ]; then
    main_pages
    echo "== write actions, $connections connections"
    prepare_writers 32
    measure_writes counter "&amount=777.77&message=Could+you+do+it+for+this%3F"
    measure_writes accept ""
    report_log
    exit 0
fi
measure "$influencer_session" "/influencer/campaigns" "ending soonest first"
measure "$influencer_session" "/influencer/campaigns?q=kayak" "ending soonest first"
measure "$influencer_session" "/influencer/campaigns?q=coffee+gear" "ending soonest first"
measure "$influencer_session" "/influencer/campaigns?q=nothing-matches-this" "No public campaign matches"
measure "$influencer_session" "/influencer/campaigns?category=TRAVEL&minBudget=1000&maxBudget=50000" "ending soonest first"
measure "$influencer_session" "/influencer/campaigns?phase=ENDED&page=50" "ending soonest first"
measure "$influencer_session" "/influencer/campaigns/$listed_campaign" "Sponsor"
measure "$sponsor_session" "/sponsor" "Your campaigns"
measure "$sponsor_session" "/sponsor?by=budget&direction=desc&page=10" "Your campaigns"
measure "$sponsor_session" "/sponsor/influencers" "largest reach first"
measure "$sponsor_session" "/sponsor/influencers?niche=keyboards&minReach=100000" "largest reach first"
measure "$sponsor_session" "/sponsor/influencers?category=GAMING&platform=TWITCH&maxReach=500000" "largest reach first"
measure "$sponsor_session" "/sponsor/influencers?niche=nothing-matches-this" "No influencer matches"
measure "$sponsor_session" "/sponsor/influencers/$some_influencer" "followers"
measure "$influencer_session" "/influencer" "Awaiting your answer"
measure "$influencer_session" "/influencer/ad-requests" "most recently changed first"
measure "$influencer_session" "/influencer/ad-requests?status=ACCEPTED&page=5" "most recently changed first"
measure "$influencer_session" "/influencer/ad-requests/$inbox_request" "History"
measure "$sponsor_session" "/sponsor/ad-requests" "Ad requests by campaign"
measure "$sponsor_session" "/sponsor/ad-requests/list" "most recently changed first"
measure "$sponsor_session" "/sponsor/ad-requests/list?status=AWAITING" "most recently changed first"
measure "$sponsor_session" "/sponsor/ad-requests/list?campaign=$own_campaign" "most recently changed first"
report_log
