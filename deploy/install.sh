#!/usr/bin/env bash
# Installs pcc, the PerfAnalysis agent, on this Linux server and points it at the PerfAnalysis server that
# served this script: the agent script, run by Node.js 20 or later, or where this server has no such Node.js,
# the self-contained executable for x86-64 or arm64 (Node.js inside, about 95 MiB). The portal serves it at
# /install.sh, with its own address filled in:
#
#   curl -s http://perf.example.com:8000/install.sh | API_KEY=<the collector's key> bash
#
# As root: the agent in /opt/perfanalysis, `pcc` in /usr/local/bin, its settings in /etc/perfanalysis/pcc.env
# (mode 600) and, where systemd runs, the service pcc.service, enabled and started. As another user: the same
# under ~/.local/share, ~/.local/bin and ~/.config, started with `pcc --daemon`. Running it again updates the
# agent and its settings and restarts it.
#
# Read from the environment:
#   API_KEY                  the collector's API key (required; it is shown when the collector is created)
#   PCC_FREQUENCY            time between samples (default 1s)
#   PCC_HOSTNAME             the name to report for this machine (default: its host name)
#   PA_INSTALL_NODE          the Node.js to run the agent with (default: `node` on the PATH, else the
#                            self-contained executable)
#   PA_INSTALL_PREFIX        install under this directory instead of / (for packaging and tests)
#   PA_INSTALL_NO_SERVICE=1  install and configure, but set up no service and start nothing
set -euo pipefail

# Filled in by the portal.
PA_SERVER='@@PA_SERVER@@'
PCC_VERSION='@@PCC_VERSION@@'
NODE_MIN_MAJOR=20

say() { printf '%s\n' "$*"; }
warn() { printf 'pcc install: %s\n' "$*" >&2; }
die() {
  warn "$*"
  exit 1
}

usage_hint() {
  say "Run it as: curl -s ${PA_SERVER}/install.sh | API_KEY=<key> bash" >&2
  say "The key is shown when you create the collector: in the portal, or 'pcctl collectors create'." >&2
}

# How to get a recent enough Node.js on this distribution.
node_install_hint() {
  local id='' like=''
  if [ -r /etc/os-release ]; then
    # shellcheck source=/dev/null
    id=$(. /etc/os-release && printf '%s' "${ID:-}")
    # shellcheck source=/dev/null
    like=$(. /etc/os-release && printf '%s' "${ID_LIKE:-}")
  fi
  say "Install Node.js ${NODE_MIN_MAJOR} or later, then run this again:" >&2
  case " ${id} ${like} " in
    *" debian "* | *" ubuntu "*)
      say "  apt-get install -y nodejs          (Debian 13, Ubuntu 24.04 and later ship ${NODE_MIN_MAJOR}+)" >&2
      say "  or from NodeSource: curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs" >&2
      ;;
    *" fedora "*)
      say "  dnf install -y nodejs" >&2
      ;;
    *" rhel "* | *" centos "* | *" rocky "* | *" almalinux "* | *" ol "*)
      say "  dnf module install -y nodejs:${NODE_MIN_MAJOR}" >&2
      say "  or from NodeSource: curl -fsSL https://rpm.nodesource.com/setup_22.x | bash - && dnf install -y nodejs" >&2
      ;;
    *" suse "* | *" opensuse "* | *" sles "*)
      say "  zypper install -y nodejs${NODE_MIN_MAJOR}" >&2
      ;;
    *" alpine "*)
      say "  apk add nodejs" >&2
      ;;
    *" arch "*)
      say "  pacman -S nodejs" >&2
      ;;
    *)
      say "  from your distribution's packages, or https://nodejs.org/en/download" >&2
      ;;
  esac
  say "  (or point PA_INSTALL_NODE at a node binary of version ${NODE_MIN_MAJOR} or later)" >&2
}

# fetch URL FILE: downloads with curl or wget, failing on HTTP errors.
fetch() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 2 --connect-timeout 10 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then
    wget -q -T 30 -O "$2" "$1"
  else
    die "neither curl nor wget is installed"
  fi
}

# The architecture of this machine's self-contained pcc (pcc-linux-x64 or -arm64); empty when there is none.
executable_arch() {
  case "$(uname -m)" in
    x86_64 | amd64) printf 'x64' ;;
    aarch64 | arm64) printf 'arm64' ;;
  esac
}

main() {
  if [ -z "${API_KEY:-}" ]; then
    warn "API_KEY is not set: it tells the server which collector this machine is."
    usage_hint
    exit 2
  fi
  case "$API_KEY" in
    *[!A-Za-z0-9._:-]*) die "API_KEY does not look like a collector key (letters, digits and . _ - : only)" ;;
  esac
  local frequency="${PCC_FREQUENCY:-1s}"
  case "$frequency" in
    '' | *[!0-9a-z.]*) die "PCC_FREQUENCY: \"${frequency}\" is not a duration such as 1s, 15s or 1m" ;;
  esac
  local reported_name="${PCC_HOSTNAME:-}"
  case "$reported_name" in
    *[!A-Za-z0-9._-]*) die "PCC_HOSTNAME: letters, digits and . _ - only" ;;
  esac
  [ "$(uname -s)" = Linux ] || die "pcc runs on Linux only; this is $(uname -s)"

  # Node.js 20 or later runs the agent script; without it, the self-contained executable has Node.js inside.
  local node="${PA_INSTALL_NODE:-}" node_version='' node_problem=''
  if [ -z "$node" ]; then node=$(command -v node 2>/dev/null || true); fi
  if [ -z "$node" ] || [ ! -x "$node" ]; then
    node_problem="Node.js is not installed${PA_INSTALL_NODE:+ at ${PA_INSTALL_NODE}}"
  else
    node_version=$("$node" -p 'process.versions.node' 2>/dev/null || true)
    case "$node_version" in
      [0-9]*)
        if [ "${node_version%%.*}" -lt "$NODE_MIN_MAJOR" ]; then
          node_problem="Node.js ${node_version} (${node}) is too old"
        fi
        ;;
      *) node_problem="${node} does not run as Node.js" ;;
    esac
  fi
  local arch=''
  if [ -n "$node_problem" ]; then
    # A Node.js named by PA_INSTALL_NODE was asked for: no executable instead of it.
    if [ -z "${PA_INSTALL_NODE:-}" ]; then arch=$(executable_arch); fi
    if [ -z "$arch" ]; then
      warn "${node_problem}: pcc needs Node.js ${NODE_MIN_MAJOR} or later."
      node_install_hint
      exit 3
    fi
    node=''
  else
    node=$(cd "$(dirname "$node")" && printf '%s/%s' "$(pwd -P)" "$(basename "$node")")
  fi

  # Where everything goes: system-wide as root, else in the user's home.
  local prefix="${PA_INSTALL_PREFIX:-}" as_root=0 lib_dir bin_dir etc_dir state_dir
  if [ "$(id -u)" -eq 0 ]; then
    as_root=1
    lib_dir="${prefix}/opt/perfanalysis"
    bin_dir="${prefix}/usr/local/bin"
    etc_dir="${prefix}/etc/perfanalysis"
    state_dir="${prefix}/var/lib/perfanalysis"
  else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    lib_dir="${prefix}${XDG_DATA_HOME:-${HOME}/.local/share}/perfanalysis"
    bin_dir="${prefix}${HOME}/.local/bin"
    etc_dir="${prefix}${XDG_CONFIG_HOME:-${HOME}/.config}/perfanalysis"
    state_dir="${prefix}${XDG_STATE_HOME:-${HOME}/.local/state}/perfanalysis"
  fi
  local wrapper="${bin_dir}/pcc" env_file="${etc_dir}/pcc.env"
  # The agent, the command that runs it, and where it comes from: the script, or the executable.
  local agent download source run_agent runs_with
  if [ -n "$node" ]; then
    agent="${lib_dir}/pcc.mjs" download="${lib_dir}/pcc.download.mjs" source="${PA_SERVER}/install/pcc.mjs"
    run_agent="'${node}' '${agent}'" runs_with="run by ${node}, Node.js ${node_version}"
  else
    agent="${lib_dir}/pcc" download="${lib_dir}/pcc.download" source="${PA_SERVER}/install/pcc-linux-${arch}"
    run_agent="'${agent}'" runs_with="self-contained for linux-${arch}"
    say "${node_problem}: installing the self-contained pcc for linux-${arch} (Node.js inside, about 95 MiB)."
  fi

  # The agent: one file, downloaded from this server and checked before it replaces the one in place.
  say "Downloading pcc ${PCC_VERSION} from ${PA_SERVER}…"
  mkdir -p "$lib_dir" "$bin_dir" "$state_dir"
  rm -f "$download"
  if ! fetch "$source" "$download"; then
    rm -f "$download"
    if [ -z "$node" ]; then
      warn "could not download ${source}: the portal may not have built it (npm run build:binary -w @perfanalysis/pcc)"
      warn "${node_problem}: pcc needs Node.js ${NODE_MIN_MAJOR} or later, or that executable."
      node_install_hint
      exit 3
    fi
    die "could not download ${source}"
  fi
  chmod 755 "$download"
  local installed_version check=("$download")
  [ -z "$node" ] || check=("$node" "$download")
  if ! installed_version=$("${check[@]}" --version 2>&1); then
    rm -f "$download"
    die "the downloaded agent does not run: ${installed_version}"
  fi
  mv -f "$download" "$agent"
  # The other kind of agent, from an earlier install, goes.
  if [ -n "$node" ]; then rm -f "${lib_dir}/pcc"; else rm -f "${lib_dir}/pcc.mjs"; fi

  # The `pcc` command.
  cat >"${wrapper}.tmp" <<WRAPPER
#!/bin/sh
# pcc, the PerfAnalysis agent, installed from ${PA_SERVER}; its service's settings: ${env_file}
exec ${run_agent} "\$@"
WRAPPER
  chmod 755 "${wrapper}.tmp"
  mv -f "${wrapper}.tmp" "$wrapper"

  # Its settings, readable only by their owner: they hold the key.
  mkdir -p "$etc_dir"
  (
    umask 077
    {
      say "# pcc settings, written by ${PA_SERVER}/install.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
      say "# Trickle mode: samples stream to the server; they wait in PCC_SPOOL while it is away."
      say "PCC_MODE=trickle"
      say "PCC_SERVER=${PA_SERVER}"
      say "PCC_APIKEY=${API_KEY}"
      say "PCC_FREQUENCY=${frequency}"
      [ -z "$reported_name" ] || say "PCC_HOSTNAME=${reported_name}"
      say "PCC_SPOOL=${state_dir}/pcc-spool"
      say "PCC_PIDFILE=${state_dir}/pcc.pid"
      say "PCC_LOGFILE=${state_dir}/pcc.log"
    } >"${env_file}.tmp"
  )
  chmod 600 "${env_file}.tmp"
  mv -f "${env_file}.tmp" "$env_file"

  say ""
  say "Installed ${installed_version}:"
  say "  agent     ${agent} (${runs_with})"
  say "  command   ${wrapper}"
  say "  settings  ${env_file} (mode 600): sends to ${PA_SERVER} every ${frequency}"

  if [ "${PA_INSTALL_NO_SERVICE:-0}" = 1 ]; then
    say "  service   none (PA_INSTALL_NO_SERVICE=1): nothing was started"
    say ""
    say "Start it with:  set -a && . '${env_file}' && set +a && '${wrapper}' --daemon"
    return 0
  fi

  if [ "$as_root" = 1 ] && [ -z "$prefix" ] && [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    local unit=/etc/systemd/system/pcc.service
    cat >"${unit}.tmp" <<'UNIT'
@@PCC_SERVICE_UNIT@@
UNIT
    local template
    template=$(cat "${unit}.tmp")
    if [ -n "$node" ]; then
      template=${template//@NODE@/"$node"}
      template=${template//@PCC@/"$agent"}
    else
      template=${template//@NODE@ @PCC@/"$agent"}
    fi
    template=${template//@ENV_FILE@/"$env_file"}
    printf '%s\n' "$template" >"${unit}.tmp"
    chmod 644 "${unit}.tmp"
    mv -f "${unit}.tmp" "$unit"
    systemctl daemon-reload
    systemctl enable pcc.service >/dev/null 2>&1 || die "systemctl enable pcc.service failed"
    # restart, not start: a second install must pick up the new agent and settings.
    systemctl restart pcc.service || die "pcc.service did not start; see: journalctl -u pcc -n 50"
    sleep 1
    if ! systemctl is-active --quiet pcc.service; then
      die "pcc.service is not running; see: systemctl status pcc; journalctl -u pcc -n 50"
    fi
    say "  service   ${unit}: enabled and running"
    say ""
    say "Check it:"
    say "  systemctl status pcc"
    say "  journalctl -u pcc -f"
  else
    # No systemd (or not root): the agent detaches itself; an earlier one stops first.
    local pid_file="${state_dir}/pcc.pid" old_pid=''
    [ -r "$pid_file" ] && old_pid=$(cat "$pid_file" 2>/dev/null || true)
    case "$old_pid" in
      '' | *[!0-9]*) ;;
      *)
        if kill -0 "$old_pid" 2>/dev/null; then
          kill "$old_pid" 2>/dev/null || true
          for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$old_pid" 2>/dev/null || break
            sleep 0.5
          done
        fi
        ;;
    esac
    local started
    # shellcheck source=/dev/null
    if ! started=$(set -a && . "$env_file" && set +a && "$wrapper" --daemon 2>&1); then
      die "pcc did not start: ${started}"
    fi
    say "  service   ${started#pcc: }"
    say ""
    say "Check it:"
    say "  tail -f ${state_dir}/pcc.log"
    say "  kill -0 \$(cat ${pid_file}) && echo running"
    if [ "$as_root" = 1 ]; then
      say "Without systemd it does not start again after a reboot: add to root's crontab"
    else
      say "It does not start again after a reboot: add to your crontab (crontab -e)"
    fi
    say "  @reboot set -a && . '${env_file}' && '${wrapper}' --daemon"
  fi
  case ":${PATH}:" in
    *":${bin_dir}:"*) ;;
    *) say "Note: ${bin_dir} is not on your PATH; add it to run 'pcc' by name." ;;
  esac
  say "The collector shows as live in the portal within a minute: ${PA_SERVER}"
}

main "$@"
