#!/usr/bin/env bash
# Makes sure a Docker engine answers and the Debian base images decant's
# Dockerfiles name are present, so `decant build`, `decant verify` and the
# engine tests can run on a fresh CI machine.
#
#   engine-setup.sh                  engine + podman + debian:bookworm-slim
#   engine-setup.sh --base bullseye  also/only the named base (repeatable)
#   engine-setup.sh --engine-only    engine only (no base images, no podman)
#
# Idempotent: when the engine answers and the images exist it only checks.
# No container registry is reachable on our machines, so a missing base image
# is first pulled (a machine with a registry gets the real one) and otherwise
# made with debootstrap and `docker import`, slimmed the way Debian's -slim
# images are. Runs as root (installs packages, starts dockerd).
set -euo pipefail

log() { printf 'engine-setup: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

suites=()
want_podman=1
while [ $# -gt 0 ]; do
  case "$1" in
    --base) [ $# -ge 2 ] || die "--base needs a suite (bookworm, bullseye)"; suites+=("$2"); shift 2 ;;
    --engine-only) want_podman=0; suites=(none); shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
[ ${#suites[@]} -gt 0 ] || suites=(bookworm)

DOCKERD_LOG=${DECANT_DOCKERD_LOG:-/var/log/decant-dockerd.log}
MIRROR=${DECANT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# Several test workers or CI steps may call this at once: one debootstrap at a time.
exec 9>/var/lock/decant-engine-setup.lock
flock 9

apt_updated=0
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ $apt_updated -eq 0 ]; then apt-get update -qq; apt_updated=1; fi
  log "installing $*"
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

engine_answers() { timeout 20 docker info >/dev/null 2>&1; }

ensure_engine() {
  if command -v docker >/dev/null && engine_answers; then return 0; fi
  local pkgs=()
  command -v dockerd >/dev/null || pkgs+=(docker.io)
  # docker.io brings its own client; a newer one (e.g. /usr/local/bin/docker)
  # negotiates the API version down to the 20.10 daemon by itself.
  command -v docker >/dev/null || pkgs+=(docker.io)
  command -v iptables >/dev/null || pkgs+=(iptables)
  [ ${#pkgs[@]} -eq 0 ] || apt_install "${pkgs[@]}"
  if ! pgrep -x dockerd >/dev/null; then
    log "starting dockerd (log: $DOCKERD_LOG)"
    mkdir -p "$(dirname "$DOCKERD_LOG")"
    # setsid + redirected stdio: dockerd must outlive this script and the CI step;
    # it must not inherit the lock (fd 9), or the next setup waits forever.
    setsid dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null 9>&- &
  fi
  for _ in $(seq 1 60); do
    engine_answers && return 0
    sleep 1
  done
  tail -20 "$DOCKERD_LOG" >&2 || true
  die "dockerd did not answer within 60s"
}

ensure_podman() {
  local pkgs=()
  command -v podman >/dev/null || pkgs+=(podman)
  command -v catatonit >/dev/null || [ -x /usr/libexec/podman/catatonit ] || pkgs+=(catatonit)
  [ ${#pkgs[@]} -eq 0 ] || apt_install "${pkgs[@]}"
  # Without these limits podman 4.3 fails to start containers on these VMs
  # (the rlimits it copies from the host are above what crun may set).
  local conf=/etc/containers/containers.conf
  if ! grep -qs '^[[:space:]]*default_ulimits' "$conf"; then
    mkdir -p /etc/containers
    if grep -qs '^\[containers\]' "$conf"; then
      sed -i '/^\[containers\]/a default_ulimits = ["nofile=1024:1024","nproc=4096:4096"]' "$conf"
    else
      printf '[containers]\ndefault_ulimits = ["nofile=1024:1024","nproc=4096:4096"]\n' >>"$conf"
    fi
    log "wrote default_ulimits to $conf"
  fi
}

# What Debian's official -slim images do (debuerreotype's slimify + docker apt
# config): no docs, man pages or translations, no apt caches or lists.
write_slim_config() {
  local root=$1
  mkdir -p "$root/etc/dpkg/dpkg.cfg.d" "$root/etc/apt/apt.conf.d"
  cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
# as in Debian's -slim images: keep copyright files, drop the rest of the docs
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
EOF
  cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Acquire::GzipIndexes "true";' >"$root/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$root/etc/apt/apt.conf.d/docker-autoremove-suggests"
  cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR $2 main
deb $MIRROR $2-updates main
deb http://deb.debian.org/debian-security $2-security main
EOF
}

slim_rootfs() {
  local root=$1
  # The excludes only apply to later installs: remove what debootstrap already unpacked.
  find "$root/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete 2>/dev/null || true
  find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$root"/usr/share/{info,linda,man,groff}/* "$root"/usr/share/lintian/overrides/*
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} + 2>/dev/null || true
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
    "$root"/var/cache/debconf/*-old "$root"/var/lib/dpkg/*-old "$root"/var/log/* "$root"/tmp/* \
    "$root"/var/tmp/* "$root"/debootstrap
  mkdir -p "$root/var/lib/apt/lists/partial"
  # The engine provides these at run time; the host's values must not leak into the image.
  : >"$root/etc/resolv.conf"
  : >"$root/etc/hostname"
  : >"$root/etc/machine-id"
}

make_base() {
  local suite=$1 tag="debian:$1-slim"
  if docker image inspect "$tag" >/dev/null 2>&1; then return 0; fi
  # A machine with a registry gets the real image; ours fail fast here.
  if timeout 60 docker pull -q "$tag" >/dev/null 2>&1; then log "pulled $tag"; return 0; fi
  command -v debootstrap >/dev/null || apt_install debootstrap
  local root
  root=$(mktemp -d /var/tmp/decant-rootfs.XXXXXX)
  # shellcheck disable=SC2064 # expand now: the trap must remove this root
  trap "rm -rf '$root'" RETURN
  log "no registry: building $tag with debootstrap (takes a few minutes)"
  if ! debootstrap --variant=minbase "$suite" "$root" "$MIRROR" >"$root.log" 2>&1; then
    tail -20 "$root.log" >&2
    die "debootstrap $suite failed (log: $root.log)"
  fi
  rm -f "$root.log"
  write_slim_config "$root" "$suite"
  slim_rootfs "$root"
  tar --numeric-owner -C "$root" -c . | docker import \
    --change 'CMD ["bash"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "LABEL org.opencontainers.image.description=\"debootstrap --variant=minbase $suite, slimmed by decant engine-setup\"" \
    - "$tag" >/dev/null
  log "imported $tag ($(docker image inspect -f '{{.Size}}' "$tag") bytes)"
}

ensure_engine
[ $want_podman -eq 0 ] || ensure_podman
for s in "${suites[@]}"; do
  case "$s" in
    none) ;;
    bookworm|bullseye|trixie) make_base "$s" ;;
    *) die "unsupported base suite: $s (bookworm, bullseye, trixie)" ;;
  esac
done
log "ready"
