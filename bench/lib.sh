# Shared by the bench scripts: starting and stopping the app jar on the bench database, and
# signing in and posting forms with curl (CSRF token taken from the page, cookies in a jar file).
# Expects: port, base, work, jar, url set by the caller; heap optional (default 512m).

app=
start_app() {
    java "-Xmx${heap:-512m}" ${java_opts:-} -jar "$jar" --server.port=$port --spring.datasource.url="$url" \
        --app.admin.email=admin@bench.test --app.admin.password=bench-admin-password ${app_args:-} >>"$work/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login")" = 200 ] && return 0
        sleep 1
    done
    echo "the app did not start; see $work/app.log" >&2
    exit 1
}
stop_app() { [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; app=; }
trap stop_app EXIT

token() { curl -s -c "$1" -b "$1" "$base$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
post() { local jar=$1 path=$2; shift 2; curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base$path" --data-urlencode "_csrf=$(token "$jar" /login)" "$@"; }
sign_in() { rm -f "$1"; post "$1" /login --data-urlencode "email=$2" --data-urlencode "password=$3"; }

# Registers the bench sponsor and influencer through the app and has the admin approve the sponsor;
# sets sponsor_id. The app must be running on a freshly migrated database.
prepare_accounts() {
    post "$work/s.jar" /register/sponsor --data-urlencode "email=bench-sponsor@bench.test" --data-urlencode "password=$password" \
        --data-urlencode "organisationName=Bench Outdoor" --data-urlencode "industry=Outdoor gear"
    post "$work/i.jar" /register/influencer --data-urlencode "email=bench-influencer@bench.test" --data-urlencode "password=$password" \
        --data-urlencode "displayName=Bench Creator" --data-urlencode "category=TRAVEL" --data-urlencode "niche=city breaks" \
        --data-urlencode "reach=50000" --data-urlencode "platforms=YOUTUBE"
    sign_in "$work/a.jar" admin@bench.test bench-admin-password
    sponsor_id=$(sqlite3 "$db" "SELECT id FROM identity_users WHERE email_key = 'bench-sponsor@bench.test'")
    post "$work/a.jar" "/admin/sponsors/$sponsor_id/approve"
}

# Signs in the sponsors with the most ad requests awaiting their answer (the influencer made the
# latest offer) and writes two target files for bench/writes.lua, one line per ad request with the
# path of the action, the session, its CSRF token and the version: $work/counter.targets and
# $work/accept.targets, each ad request in one of them only. Every signed-in sponsor gets about
# the same share, so the load comes from many users at once. Needs sql (a query function).
prepare_writers() {
    local writers=${1:-32} sponsor email sid csrf
    : >"$work/writers"
    for sponsor in $(sql "SELECT sponsor_id FROM adrequests_ad_requests WHERE status = 'NEGOTIATING' AND offered_by = 'INFLUENCER'
            GROUP BY sponsor_id ORDER BY count(*) DESC, sponsor_id LIMIT $writers"); do
        email=$(sql "SELECT email FROM identity_users WHERE id = '$sponsor'")
        sign_in "$work/w.jar" "$email" "$password"
        sid=$(awk '$6 == "JSESSIONID" { print $7 }' "$work/w.jar")
        csrf=$(token "$work/w.jar" /sponsor)
        [ -n "$sid" ] && [ -n "$csrf" ] || { echo "could not sign in $email" >&2; exit 1; }
        echo "$sponsor $sid $csrf" >>"$work/writers"
    done
    sql "SELECT id, sponsor_id, version FROM (SELECT id, sponsor_id, version,
            row_number() OVER (PARTITION BY sponsor_id ORDER BY id) AS turn FROM adrequests_ad_requests
            WHERE status = 'NEGOTIATING' AND offered_by = 'INFLUENCER') awaiting ORDER BY turn, sponsor_id" |
        awk -F'|' -v work="$work" 'NR == FNR { sid[$1] = $2; csrf[$1] = $3; next }
            ($2 in sid) { action = (n++ % 2 == 0) ? "counter" : "accept"
                          print "/sponsor/ad-requests/" $1 "/" action, sid[$2], csrf[$2], $3 > (work "/" action ".targets") }' \
            FS=' ' "$work/writers" FS='|' -
}
