#!/bin/bash
# The package-facts probe (src/engine/package-facts/probe.ts runs it in a
# throwaway container of the target platform). It asks the platform's own apt
# what a request set installs, downloads those .debs and unpacks what decant
# reads from them, and prints ONE JSON document on stdout. Every free text
# (control files, listings, scripts, file contents, paths) is base64, so the
# document needs no JSON escaping from a shell that has no JSON tools.
#
# Input (environment):
#   DECANT_SOURCES   the sources.list to use (the platform's repositories, so
#                    the cache key the host computed is what apt reads)
#   DECANT_REQUESTS  one request a line: NAME<TAB>VERSION (VERSION may be empty
#                    or a glob such as 2.4.*)
#   DECANT_KNOWN     NAME=VERSION a line: facts the host has cached; resolved
#                    but not downloaded again
#   DECANT_REPOSITORIES  the cookbook's apt_repository resources, one a line:
#                    NAME<TAB>SOURCES-LINE<TAB>KEY-URL (KEY-URL may be empty),
#                    added as the image's Dockerfile adds them. One apt cannot
#                    read is reported (update log), not fatal: the packages of
#                    the platform's archive still have facts.
set -u
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
b64() { base64 -w0; }
b64s() { printf '%s' "$1" | base64 -w0; }
work=/tmp/decant-probe
mkdir -p "$work/debs" && chown _apt "$work/debs" 2>/dev/null
# apt-get download runs as _apt; it must be able to write here.
chmod 777 "$work/debs"

if [ -n "${DECANT_SOURCES:-}" ]; then
  rm -f /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources
  printf '%s\n' "$DECANT_SOURCES" >/etc/apt/sources.list
fi

printf '{"format":"decant-probe/1","architecture":"%s"' "$(dpkg --print-architecture)"
added=0
: >"$work/keys.log"
while IFS=$'\t' read -r rname rline rkey; do
  [ -n "$rname" ] || continue
  added=1
  if [ -n "$rkey" ]; then
    mkdir -p /etc/apt/keyrings
    # apt's own downloader: the slim image has no curl, and this is the transport the build's apt uses.
    if ! /usr/lib/apt/apt-helper download-file "$rkey" "/etc/apt/keyrings/$rname.asc" >>"$work/keys.log" 2>&1; then
      printf 'KEY %s %s\n' "$rkey" "$rline" >>"$work/keys.log"
    fi
    chmod 0644 "/etc/apt/keyrings/$rname.asc" 2>/dev/null
  fi
  printf '%s\n' "$rline" >"/etc/apt/sources.list.d/decant-$rname.list"
done <<<"${DECANT_REPOSITORIES:-}"
if [ -L /bin ] && [ -L /sbin ] && [ -L /lib ]; then printf ',"mergedUsr":true'; else printf ',"mergedUsr":false'; fi
printf ',"base":"%s"' "$(dpkg-query -W -f '${Package}\t${Version}\t${Architecture}\n' | b64)"

if ! apt-get update -q >"$work/update.log" 2>&1 && [ "$added" = 0 ]; then
  printf ',"error":"%s"}\n' "$(b64 <"$work/update.log")"
  exit 1
fi
# With added repositories the host reads which of them apt could not read from this log.
[ "$added" = 1 ] && printf ',"update":"%s"' "$(cat "$work/keys.log" "$work/update.log" | b64)"

# Each request: its archive versions (madison) and what the probe decided.
install=()
missing=0
printf ',"requests":['
sep=''
while IFS=$'\t' read -r name version; do
  [ -n "$name" ] || continue
  madison=$(apt-cache madison "$name" 2>/dev/null | awk -F'|' -v n="$name" '{k=$1; gsub(/ /,"",k)} k==n && $3 !~ /Sources$/')
  candidate=$(apt-cache policy "$name" 2>/dev/null | awk '/Candidate:/{print $2}')
  status=ok chosen=''
  if [ -z "$madison" ] || [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
    status=missing missing=1
  elif [ -z "$version" ]; then
    chosen=$candidate
  else
    while IFS= read -r v; do
      # An unquoted right side is a glob: apt's own `pkg=2.4.*` matching.
      # shellcheck disable=SC2053
      if [[ $v == $version ]]; then chosen=$v; break; fi
    done < <(printf '%s\n' "$madison" | awk -F'|' '{v=$2; gsub(/ /,"",v); print v}')
    [ -n "$chosen" ] || status=no-version
  fi
  [ "$status" = ok ] && install+=("$name=$chosen")
  printf '%s{"name":"%s","version":"%s","status":"%s","chosen":"%s","madison":"%s"}' "$sep" "$(b64s "$name")" "$(b64s "$version")" "$status" "$chosen" "$(b64s "$madison")"
  sep=','
done <<<"${DECANT_REQUESTS:-}"
printf ']'

# Only what a near-name search needs, and only when something is missing: the full name list is ~65,000 names.
if [ "$missing" = 1 ]; then printf ',"pkgnames":"%s"' "$(apt-cache pkgnames | sort | gzip -9 | b64)"; fi

# The Recommends of each requested package, first level: Chef's apt-get install brings them (APT's
# Install-Recommends is on by default), and the package's maintainer says it needs them in all but
# unusual installs (unbound's dns-root-data holds the root key its start helper copies). Per group, the
# first alternative the archive has; virtual names and deeper levels are left out.
recommended=()
recommended_json=''
for req in "${install[@]}"; do
  n=${req%%=*}
  recs=$(apt-cache show "$req" 2>/dev/null | sed -n 's/^Recommends: //p' | head -n1)
  [ -n "$recs" ] || continue
  IFS=',' read -ra groups <<<"$recs"
  for g in "${groups[@]}"; do
    IFS='|' read -ra alts <<<"$g"
    for a in "${alts[@]}"; do
      a=$(printf '%s' "$a" | sed 's/([^)]*)//g; s/:any//; s/^[[:space:]]*//; s/[[:space:]]*$//')
      [ -n "$a" ] || continue
      c=$(apt-cache policy "$a" 2>/dev/null | awk '/Candidate:/{print $2}')
      if [ -n "$c" ] && [ "$c" != "(none)" ]; then
        recommended+=("$a")
        recommended_json="$recommended_json${recommended_json:+,}{\"of\":\"$(b64s "$n")\",\"name\":\"$(b64s "$a")\"}"
        break
      fi
    done
  done
done

# Resolve as the Dockerfile installs: --no-install-recommends, with the first-level Recommends named.
# A Recommends apt cannot install with the rest is dropped, as apt drops an unsatisfiable one.
code=0
: >"$work/simulate.out"
if [ "${#install[@]}" -gt 0 ]; then
  if [ "${#recommended[@]}" -gt 0 ]; then
    apt-get install --simulate --no-install-recommends -y "${install[@]}" "${recommended[@]}" >"$work/simulate.out" 2>&1
    code=$?
    if [ "$code" != 0 ]; then recommended=(); recommended_json=''; fi
  fi
  if [ "${#recommended[@]}" = 0 ]; then
    apt-get install --simulate --no-install-recommends -y "${install[@]}" >"$work/simulate.out" 2>&1
    code=$?
  fi
fi
printf ',"recommended":[%s]' "$recommended_json"
printf ',"simulate":{"code":%d,"output":"%s"}' "$code" "$(b64 <"$work/simulate.out")"
[ "$code" = 0 ] || { printf '}\n'; exit 0; }

# What to unpack: every package apt installs, plus requested ones the base already holds.
mapfile -t inst < <(sed -n 's/^Inst \([^ ]*\) \(\[[^]]*\] \)\{0,1\}(\([^ ]*\) .*/\1=\3/p' "$work/simulate.out")
for req in "${install[@]}"; do
  n=${req%%=*}
  grep -q "^Inst $n " "$work/simulate.out" || inst+=("$req")
done
names=()
for p in "${inst[@]}"; do names+=("${p%%=*}"); done
if [ "${#names[@]}" -gt 0 ]; then
  printf ',"madison":"%s"' "$(apt-cache madison "${names[@]}" 2>/dev/null | b64)"
fi

fetch=()
for p in "${inst[@]}"; do
  grep -qxF "$p" <<<"${DECANT_KNOWN:-}" || fetch+=("$p")
done
printf ',"packages":['
if [ "${#fetch[@]}" -gt 0 ]; then
  (cd "$work/debs" && apt-get download -q "${fetch[@]}" >"$work/download.log" 2>&1)
  sep=''
  for p in "${fetch[@]}"; do
    n=${p%%=*}
    deb=$(ls "$work/debs/${n}"_*.deb 2>/dev/null | head -n1)
    [ -n "$deb" ] || continue
    ctl="$work/ctl/$n" root="$work/root/$n"
    mkdir -p "$ctl" "$root"
    dpkg-deb -e "$deb" "$ctl"
    dpkg-deb -x "$deb" "$root"
    printf '%s{"name":"%s","control":"%s","listing":"%s"' "$sep" "$n" "$(dpkg-deb -f "$deb" | b64)" "$(dpkg-deb -c "$deb" | b64)"
    printf ',"scripts":{'
    s2=''
    for s in conffiles preinst postinst config; do
      [ -f "$ctl/$s" ] || continue
      printf '%s"%s":"%s"' "$s2" "$s" "$(b64 <"$ctl/$s")"
      s2=','
    done
    printf '},"texts":['
    s2=''
    {
      [ -f "$ctl/conffiles" ] && sed 's/^remove-on-upgrade //' "$ctl/conffiles"
      (cd "$root" && find etc/default lib/systemd/system usr/lib/systemd/system etc/systemd/system usr/lib/sysusers.d usr/lib/tmpfiles.d \
        -maxdepth 1 \( -type f -o -type l \) 2>/dev/null | sed 's|^|/|')
    } | sort -u | while IFS= read -r path; do
      f="$root$path"
      # Small text files only: a conffile may be a binary database or a large default.
      if [ -f "$f" ] && [ "$(stat -L -c %s "$f")" -le 65536 ]; then
        printf '%s{"path":"%s","content":"%s"}' "$s2" "$(b64s "$path")" "$(b64 <"$f")"
        s2=','
      fi
    done
    printf '],"syslog":['
    s2=''
    # Executables that talk to syslog: their dynamic symbols name syslog(3)'s
    # functions (openlog, syslog, vsyslog, the _FORTIFY_SOURCE __syslog_chk), or
    # they name /dev/log themselves (a daemon writing its own datagrams). A
    # daemon such as this loses its log in a container with no syslog daemon.
    (cd "$root" && find bin sbin usr/bin usr/sbin usr/local/bin usr/local/sbin usr/games -maxdepth 1 -type f -perm /111 2>/dev/null) | sort | while IFS= read -r path; do
      f="$root/$path"
      [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
      if LC_ALL=C grep -qaP '\x00(openlog|syslog|vsyslog|__syslog_chk|__vsyslog_chk)\x00|/dev/log\x00' "$f"; then
        printf '%s"%s"' "$s2" "$(b64s "/$path")"
        s2=','
      fi
    done
    printf ']}'
    sep=','
    rm -rf "$ctl" "$root" "$deb"
  done
fi
printf ']'
[ -f "$work/download.log" ] && printf ',"download":"%s"' "$(b64 <"$work/download.log")"
printf '}\n'
