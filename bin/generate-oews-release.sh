#!/usr/bin/env bash
# Writes a synthetic BLS OEWS release into DIR: national_M<year>_dl, state_M<year>_dl (states and territories) and
# MSA_M<year>_dl (metropolitan and nonmetropolitan areas), as BLS names and fills them. Full size by default: 830
# detailed occupations, about 42,000 state rows and 139,000 MSA rows, in bounded memory. The same seed always
# writes the same figures. Test data only: loading it replaces that year's figures (see bin/load-oews.sh).
#   bin/generate-oews-release.sh DIR [--occupations 830] [--seed 1] [--format xlsx|csv] [--year 2024]
#                                    [--states 51] [--territories 3] [--metros 390] [--nonmetros 140]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classes=$root/test-support/target/classes
classpath=$root/test-support/target/generator.classpath

if [[ $# -eq 0 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

# (re)build the generator when its sources are newer than the last build
if [[ ! -f "$classpath" || ! -d "$classes/com/salaryguide/testsupport/oews" ]] \
   || [[ -n "$(find "$root/test-support/src/main" "$root/test-support/pom.xml" -newer "$classpath" -print -quit)" ]]; then
  echo "Building the generator (test-support)..." >&2
  "$root/mvnw" -q -B -ntp -f "$root/pom.xml" -pl test-support -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/generator.classpath -Dmdep.includeScope=runtime >&2
fi

exec java -Xmx64m -cp "$classes:$(cat "$classpath")" com.salaryguide.testsupport.oews.SyntheticRelease "$@"
