# The graceful-shutdown check of scripts/container_smoke.sh (sourced through container_smoke_lib.sh).
#
# Four clients log in back to back while a "load balancer" polls readiness every 100 ms and stops
# routing (the clients stop sending) as soon as it is not UP, like Kubernetes endpoints do. SIGTERM
# arrives in the middle of the stream. Passes when every login sent was answered 200 (including
# those in flight at SIGTERM and those sent before the balancer noticed), readiness answered 503
# DOWN before the server went away, and the container exited on its own within the grace period.

graceful_shutdown() {
  local dir="$WORK/shutdown" term_ns exit_code stopped_ns
  mkdir -p "$dir"
  balancer "$dir" &
  local balancer_pid=$!
  local clients=()
  for worker in 1 2 3 4; do
    client "$dir" "$worker" &
    clients+=($!)
  done
  # SIGTERM once the stream runs: 8 logins answered (at most 60 s, on a very busy machine).
  for _ in $(seq 1 600); do
    [ "$(cat "$dir"/requests.* 2>/dev/null | wc -l)" -lt 8 ] || break
    sleep 0.1
  done
  term_ns=$(date +%s%N)
  docker kill -s TERM "$APP" >/dev/null
  exit_code=$(timeout 60 docker wait "$APP") || fail "the container did not exit within 60 s of SIGTERM"
  stopped_ns=$(date +%s%N)
  touch "$dir/stop"
  # Only these: a dockerd started by ensure_docker is a child of this shell too.
  wait "${clients[@]}"
  kill "$balancer_pid" 2>/dev/null || true
  wait "$balancer_pid" 2>/dev/null || true
  judge_shutdown "$dir" "$term_ns" "$exit_code" "$stopped_ns"
}

# Polls readiness (at most 60 s); the first answer that is not 200 stops the clients.
balancer() {
  local dir=$1 code
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$MGMT/q/health/ready") || true
    echo "$(date +%s%N) $code" >>"$dir/ready"
    [ "$code" = 200 ] || touch "$dir/stop"
    [ "$code" != 000 ] || return 0
    sleep 0.1
  done
}

# Logs in back to back until stopped (at most 2000 logins); one line per login: start end status.
client() {
  local dir=$1 worker=$2 start code
  local body="{\"tenant\":\"smoke\",\"email\":\"owner@smoke.test\",\"password\":\"$OWNER_PASSWORD\"}"
  for _ in $(seq 1 2000); do
    [ ! -f "$dir/stop" ] || return 0
    start=$(date +%s%N)
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$API/api/v1/auth/login" \
      -H 'Content-Type: application/json' -d "$body") || true
    echo "$start $(date +%s%N) $code" >>"$dir/requests.$worker"
  done
}

judge_shutdown() {
  local dir=$1 term_ns=$2 exit_code=$3 stopped_ns=$4 total lost in_flight after down_ns first_after
  cat "$dir"/requests.* >"$dir/requests"
  total=$(wc -l <"$dir/requests")
  lost=$(awk '$3 != 200' "$dir/requests" | wc -l)
  in_flight=$(awk -v t="$term_ns" '$1 < t && $2 > t' "$dir/requests" | wc -l)
  after=$(awk -v t="$term_ns" '$1 >= t' "$dir/requests" | wc -l)
  [ "$lost" -eq 0 ] || fail "$lost of $total logins lost: $(awk '$3 != 200 {print $3}' "$dir/requests" | sort | uniq -c | tr '\n' ' ')"
  [ "$in_flight" -ge 1 ] || fail "no login was in flight at SIGTERM ($total sent): nothing was checked"
  first_after=$(awk -v t="$term_ns" '$1 > t && $2 != 200 {print $2; exit}' "$dir/ready")
  [ "$first_after" = 503 ] || fail "readiness did not turn DOWN (503) first after SIGTERM, it answered ${first_after:-nothing}"
  down_ns=$(awk -v t="$term_ns" '$1 > t && $2 != 200 {print $1; exit}' "$dir/ready")
  case "$exit_code" in
    0 | 130 | 143) ;;
    *) fail "the container exited with $exit_code after SIGTERM" ;;
  esac
  ! docker logs "$APP" 2>&1 | grep -q 'Timed out waiting for graceful shutdown' \
    || fail "Quarkus timed out waiting for in-flight requests"
  SHUTDOWN_SUMMARY="$total logins, $in_flight in flight at SIGTERM, $after sent after it, 0 lost;"
  SHUTDOWN_SUMMARY+=" readiness DOWN $(( (down_ns - term_ns) / 1000000 )) ms after SIGTERM;"
  SHUTDOWN_SUMMARY+=" exited ($exit_code) $(( (stopped_ns - term_ns) / 1000000 )) ms after SIGTERM"
  pass "$SHUTDOWN_SUMMARY"
}
