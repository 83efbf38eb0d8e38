#!/bin/bash
# Observes one command (src/engine/package-facts/observe-commands.ts runs it in
# a throwaway container of the target platform): installs the package that
# ships the command's program at the version the package facts named, runs
# the command, and prints ONE line on stdout:
#   DECANT-OBSERVED <exit status> <stdout base64> <stderr base64>
# or DECANT-FAILED <log base64> when the package could not be installed.
#
# Input (environment):
#   DECANT_SOURCES       the sources.list (the platform's repositories)
#   DECANT_REPOSITORIES  the cookbook's repositories as the probe takes them:
#                        NAME<TAB>SOURCES-LINE<TAB>KEY-URL a line
#   DECANT_PACKAGE       NAME=VERSION to install
#   DECANT_COMMAND       the command: one program and version or help flags,
#                        its stderr merged or dropped, piped through filters
#                        that read only their input (decant observes nothing
#                        else: src/chef/dsl/observable-command.ts), run by sh
#                        as Mixlib::ShellOut runs a command with a pipe
set -u
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
log=/tmp/decant-observe.log
: >"$log"
if [ -n "${DECANT_SOURCES:-}" ]; then
  rm -f /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources
  printf '%s\n' "$DECANT_SOURCES" >/etc/apt/sources.list
fi
while IFS=$'\t' read -r rname rline rkey; do
  [ -n "$rname" ] || continue
  if [ -n "$rkey" ]; then
    mkdir -p /etc/apt/keyrings
    /usr/lib/apt/apt-helper download-file "$rkey" "/etc/apt/keyrings/$rname.asc" >>"$log" 2>&1
    chmod 0644 "/etc/apt/keyrings/$rname.asc" 2>/dev/null
  fi
  printf '%s\n' "$rline" >"/etc/apt/sources.list.d/decant-$rname.list"
done <<<"${DECANT_REPOSITORIES:-}"
# Maintainer scripts may not start daemons here: the observation is of the installed files only.
printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d
if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "$DECANT_PACKAGE"; } >>"$log" 2>&1; then
  printf 'DECANT-FAILED %s\n' "$(tail -c 4000 "$log" | base64 -w0)"
  exit 0
fi
# decant checked the form: no glob, variable or substitution is left for sh to expand.
sh -c "$DECANT_COMMAND" </dev/null >/tmp/decant-out 2>/tmp/decant-err
status=$?
printf 'DECANT-OBSERVED %s %s %s\n' "$status" "$(base64 -w0 </tmp/decant-out)" "$(base64 -w0 </tmp/decant-err)"
