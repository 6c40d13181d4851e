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
