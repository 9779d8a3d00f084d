#!/usr/bin/env bash
# Loads one BLS OEWS release through the gateway: each file is uploaded to the import that takes it (national file:
# POST /api/v1/occupations/imports; state, MSA and all-areas files: POST /api/v1/geography/imports), showing the bytes
# sent and then the wait while the service checks and writes it, and each import's summary is printed. Stops at the
# first failure, printing the problem's detail and errors, and exits 1 then (2 for a usage error).
#
#   bin/load-oews.sh [--gateway http://localhost:8080] [--year 2024] [--token TOKEN] FILE...
#
# A file is national or of areas by its BLS name (national_*, or state_*, MSA_*, BOS_*, all_data_*), otherwise by the
# AREA_TYPE of its first row (1: national). CSV or XLSX by extension. The year comes from the name (_M2024_) unless
# --year is given. The token (scope salary.write) is --token or SALARYGUIDE_TOKEN; mint one with bin/mint-token.sh.
set -euo pipefail

XLSX_TYPE=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
gateway=${SALARYGUIDE_GATEWAY:-http://localhost:8080}
year=""
token=${SALARYGUIDE_TOKEN:-}
files=()

usage() {
  echo "$1" >&2
  echo "usage: bin/load-oews.sh [--gateway http://localhost:8080] [--year 2024] [--token TOKEN] FILE..." >&2
  exit 2
}

while (($#)); do
  case "$1" in
    --gateway) (($# > 1)) || usage "--gateway needs a URL"; gateway=${2%/}; shift ;;
    --year) (($# > 1)) || usage "--year needs a year"; year=$2; shift ;;
    --token) (($# > 1)) || usage "--token needs a token"; token=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; files+=("$@"); break ;;
    -*) usage "unknown option $1" ;;
    *) files+=("$1") ;;
  esac
  shift
done
((${#files[@]})) || usage "name at least one file"
[[ -n "$token" ]] || usage "no token: pass --token or set SALARYGUIDE_TOKEN (a token with scope salary.write, e.g. \
TOKEN=\$(SALARYGUIDE_JWT_SECRET=... bin/mint-token.sh editor 3600))"
[[ -z "$year" || "$year" =~ ^[0-9]{4}$ ]] || usage "--year must be a year like 2024, not '$year'"
command -v curl >/dev/null || usage "curl is needed"

work=$(mktemp -d)
curl_pid=""
# shellcheck disable=SC2317 # called by the trap
cleanup() {
  if [[ -n "$curl_pid" ]]; then kill "$curl_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- reading files ----

# The AREA_TYPE of the first data row of a CSV file (cells may be quoted and hold commas).
csv_area_type() {
  head -n 2 "$1" | tr -d '\r' | awk '
    function split_csv(line, cells,    n, i, c, cell, quoted) {
      n = 0; cell = ""; quoted = 0
      for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (quoted) {
          if (c == "\"" && substr(line, i + 1, 1) == "\"") { cell = cell c; i++ }
          else if (c == "\"") quoted = 0
          else cell = cell c
        } else if (c == "\"") quoted = 1
        else if (c == ",") { cells[++n] = cell; cell = "" }
        else cell = cell c
      }
      cells[++n] = cell
      return n
    }
    NR == 1 { sub(/^\xef\xbb\xbf/, ""); n = split_csv($0, names); for (i = 1; i <= n; i++) if (toupper(names[i]) == "AREA_TYPE") col = i }
    NR == 2 && col { split_csv($0, cells); print cells[col] }'
}

# The AREA_TYPE of the first data row of an XLSX workbook's first sheet (shared or inline strings, or numbers).
xlsx_area_type() {
  command -v unzip >/dev/null || return 0
  { unzip -p "$1" xl/sharedStrings.xml 2>/dev/null || true; } | head -c 400000 >"$work/strings.xml" || true
  { unzip -p "$1" xl/worksheets/sheet1.xml 2>/dev/null || true; } | head -c 400000 >"$work/sheet.xml" || true
  awk '
    function text(s,    out) { out = ""; while (match(s, /<t[^>]*>[^<]*<\/t>/)) { out = out substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
                              gsub(/<[^>]*>/, "", out); return out }
    FNR == 1 { file++ }
    file == 1 { if (FNR > 1) strings[count++] = text($0); next }
    FNR > 1 {
      if (!match($0, /r="[A-Z]+[0-9]+"/)) next
      ref = substr($0, RSTART + 3, RLENGTH - 4); column = ref; sub(/[0-9]+$/, "", column); row = ref; sub(/^[A-Z]+/, "", row)
      if ($0 ~ /t="s"/) { match($0, /<v>[^<]*<\/v>/); value = strings[substr($0, RSTART + 3, RLENGTH - 7) + 0] }
      else if ($0 ~ /t="inlineStr"/) value = text($0)
      else if (match($0, /<v>[^<]*<\/v>/)) value = substr($0, RSTART + 3, RLENGTH - 7)
      else value = ""
      if (row == 1 && toupper(value) == "AREA_TYPE") at = column
      if (row > 1 && at != "" && column == at) { print value; exit }
      if (row > 2) exit
    }' RS='<si>' "$work/strings.xml" RS='<c ' "$work/sheet.xml"
}

# national or areas, by BLS's file names, else by the first row's AREA_TYPE
file_kind() {
  local name format=$2 type
  name=$(basename "$1" | tr '[:upper:]' '[:lower:]')
  case "$name" in
    national_*|national.*) echo national; return ;;
    state_*|msa_*|bos_*|all_data_*|all_areas*|nonmetro*|area_*|areas_*) echo areas; return ;;
  esac
  if [[ "$format" == CSV ]]; then type=$(csv_area_type "$1"); else type=$(xlsx_area_type "$1"); fi
  case "$type" in
    1) echo national ;;
    2|3|4|5|6|7) echo areas ;;
    *) echo unknown ;;
  esac
}

human_bytes() {
  awk -v b="$1" 'BEGIN { split("B KB MB GB", u); i = 1; while (b >= 1000 && i < 4) { b /= 1000; i++ }
                         printf(i == 1 ? "%d %s" : "%.1f %s", b, u[i]) }'
}

# ---- reading answers (flat JSON: no jq needed) ----

S='[[:space:]]*'   # JSON allows blanks around ":" and ","
STR='"([^"\\]|\\.)*"' # a JSON string, escapes included
json_number() { grep -oE "\"$2\"$S:$S-?[0-9]+" "$1" | head -n 1 | sed -E 's/.*:[[:space:]]*//' || true; }
json_string() { grep -oE "\"$2\"$S:$S$STR" "$1" | head -n 1 | sed -E 's/^"[^"]*"[[:space:]]*:[[:space:]]*"//; s/"$//; s/\\"/"/g' || true; }
group_digits() { awk -v s="$1" 'BEGIN { out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
                 print s out }'; }

print_summary() { # $1 kind, $2 answer file
  local a=$2 seconds skipped areas field n
  seconds=$(awk -v ms="$(json_number "$a" durationMs)" 'BEGIN { printf "%.1f", ms / 1000 }')
  if [[ "$1" == national ]]; then
    printf '  imported year %s (%s) in %s s: %s occupations (%s added, %s renamed), %s percentile rows, %s top-coded figures, %s rows read\n' \
      "$(json_number "$a" year)" "$(json_string "$a" format)" "$seconds" "$(group_digits "$(json_number "$a" occupations)")" \
      "$(json_number "$a" occupationsAdded)" "$(json_number "$a" occupationsRenamed)" \
      "$(group_digits "$(json_number "$a" percentileRows)")" "$(group_digits "$(json_number "$a" topCodedFigures)")" \
      "$(group_digits "$(json_number "$a" rowsRead)")"
  else
    # the kinds of area the service reports
    areas=""
    for field in states territories metros nonmetros; do
      n=$(json_number "$a" "$field")
      [[ -n "$n" ]] && areas+="${areas:+, }$n $field"
    done
    printf '  imported year %s (%s) in %s s: %s figure rows (%s; %s areas added, %s renamed), %s top-coded figures, %s rows read\n' \
      "$(json_number "$a" year)" "$(json_string "$a" format)" "$seconds" "$(group_digits "$(json_number "$a" figureRows)")" \
      "$areas" "$(json_number "$a" areasAdded)" "$(json_number "$a" areasRenamed)" \
      "$(group_digits "$(json_number "$a" topCodedFigures)")" "$(group_digits "$(json_number "$a" rowsRead)")"
  fi
  skipped=$(grep -oE "\"skippedRows\"$S:$S\\{[^}]*\\}" "$a" | sed -E 's/^[^{]*\{//; s/\}$//' || true)
  if [[ -n "$skipped" ]]; then
    echo "  skipped rows:"
    grep -oE "${STR}${S}:${S}[0-9]+" <<<"$skipped" | sed -E 's/^"(.*)"[[:space:]]*:[[:space:]]*([0-9]+)$/    \2  \1/; s/\\"/"/g'
  fi
}

print_problem() { # $1 HTTP status, $2 answer file
  local detail title errors
  title=$(json_string "$2" title)
  detail=$(json_string "$2" detail)
  echo "  failed: HTTP $1${title:+ $title}" >&2
  [[ -n "$detail" ]] && echo "  $detail" >&2
  errors=$(grep -oE "\\{$S\"field\"$S:$S$STR$S,$S\"message\"$S:$S$STR$S\\}" "$2" \
    | sed -E 's/^\{[[:space:]]*"field"[[:space:]]*:[[:space:]]*"(([^"\\]|\\.)*)"[[:space:]]*,[[:space:]]*"message"[[:space:]]*:[[:space:]]*"(([^"\\]|\\.)*)"[[:space:]]*\}$/    \1: \3/; s/\\"/"/g' || true)
  [[ -n "$errors" ]] && { echo "  errors:" >&2; echo "$errors" >&2; }
  if [[ -z "$title$detail" && -s "$2" ]]; then head -c 2000 "$2" >&2; echo >&2; fi
}

# ---- uploading ----

# How far curl has read the file it uploads (Linux /proc); empty where that cannot be seen.
bytes_read() { # $1 pid, $2 absolute path
  local fd
  [[ -d /proc/$1/fd ]] || return 0
  for fd in /proc/"$1"/fd/*; do
    if [[ "$(readlink "$fd" 2>/dev/null)" == "$2" ]]; then
      awk '/^pos:/ { print $2 }' "/proc/$1/fdinfo/${fd##*/}" 2>/dev/null
      return 0
    fi
  done
  echo closed
}

upload() { # $1 file, $2 url, $3 media type; sets status and elapsed
  local file=$1 path size started now sent line="" shown_wait=false tty=false seconds seen=false
  [[ -t 1 ]] && tty=true
  path=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
  size=$(wc -c <"$file" | tr -d ' ')
  started=$(date +%s.%N)
  : >"$work/answer"
  # no "Expect: 100-continue" (curl sends it for bodies over 1 MB): the services' and gateway's request-head
  # deadline (web-support RequestHeadDeadline) takes the interim "100 Continue" for an answer and closes the
  # connection 10 s later, while the import is still being checked and written
  curl -sS -X POST -T "$path" -H "Content-Type: $3" -H "Authorization: Bearer $token" -H 'Accept: application/json' \
    -H 'Expect:' --connect-timeout 10 -o "$work/answer" -w '%{http_code}' "$2" >"$work/status" 2>"$work/curl.err" &
  curl_pid=$!
  $tty || echo "  sending $(human_bytes "$size")..."
  while kill -0 "$curl_pid" 2>/dev/null; do
    sleep 0.5
    sent=$(bytes_read "$curl_pid" "$path")
    # before curl opens the file there is nothing to see either: "closed" only counts once it was seen open, and
    # once the whole file has gone it stays gone (an exiting curl shows no file at all)
    if $shown_wait; then sent=closed
    elif [[ "$sent" == closed ]] && ! $seen; then sent=""
    elif [[ -n "$sent" ]]; then seen=true; fi
    now=$(date +%s.%N)
    seconds=$(awk -v a="$started" -v b="$now" 'BEGIN { printf "%.0f", b - a }')
    if [[ "$sent" == closed ]] || [[ -n "$sent" && "$sent" -ge "$size" ]]; then
      if $tty; then
        line=$(printf '  sent %s; the service is checking and writing it... %s s' "$(human_bytes "$size")" "$seconds")
      elif ! $shown_wait; then
        echo "  sent $(human_bytes "$size") in $seconds s; the service is checking and writing it..."
      fi
      shown_wait=true
    elif [[ -n "$sent" ]]; then
      $tty && line=$(printf '  sending %s of %s (%d%%)... %s s' "$(human_bytes "$sent")" "$(human_bytes "$size")" \
        $((sent * 100 / (size > 0 ? size : 1))) "$seconds")
    else
      $tty && line=$(printf '  uploading %s and waiting for the service... %s s' "$(human_bytes "$size")" "$seconds")
    fi
    $tty && printf '\r\033[K%s' "$line"
  done
  $tty && [[ -n "$line" ]] && printf '\r\033[K'
  if wait "$curl_pid"; then curl_rc=0; else curl_rc=$?; fi
  curl_pid=""
  status=$(cat "$work/status" 2>/dev/null || true)
  elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  return 0
}

# ---- the release ----

failed=0
for file in "${files[@]}"; do
  [[ -f "$file" && -r "$file" ]] || usage "no such file: $file"
done
for file in "${files[@]}"; do
  name=$(basename "$file")
  case "$(tr '[:upper:]' '[:lower:]' <<<"${name##*.}")" in
    csv) format=CSV; media=text/csv ;;
    xlsx) format=XLSX; media=$XLSX_TYPE ;;
    *) usage "$name: only .csv and .xlsx files are imported" ;;
  esac
  release=$year
  if [[ -z "$release" ]]; then
    if [[ "$name" =~ (^|[_.-])[Mm]([0-9]{4})([_.-]|$) ]]; then release=${BASH_REMATCH[2]}
    else usage "$name: no year in its name (like national_M2024_dl.xlsx); pass --year"; fi
  fi
  kind=$(file_kind "$file" "$format")
  case "$kind" in
    national) url="$gateway/api/v1/occupations/imports?year=$release"; target="wage-service (national)" ;;
    areas) url="$gateway/api/v1/geography/imports?year=$release"; target="geography-service (areas)" ;;
    *) usage "$name: cannot tell a national file from an area file (no BLS name, no AREA_TYPE in its first row)" ;;
  esac
  echo "$name ($format, $(human_bytes "$(wc -c <"$file" | tr -d ' ')"), year $release) -> $target"
  upload "$file" "$url" "$media"
  if ((curl_rc != 0)) || [[ -z "$status" || "$status" == 000 ]]; then
    echo "  failed after $elapsed s: $(tr -d '\r' <"$work/curl.err" | head -n 3)" >&2
    failed=1
    break
  fi
  if [[ "$status" != 2?? ]]; then
    echo "  (after $elapsed s)" >&2
    print_problem "$status" "$work/answer"
    failed=1
    break
  fi
  print_summary "$kind" "$work/answer"
  echo "  (upload and import: $elapsed s)"
done
exit $failed
