#!/usr/bin/env bash
# Runs every test on a machine that has only Java 17 and Maven. The viewer tests drive Debian's Chromium
# through its ChromeDriver; when either is missing it is installed with apt-get (as root, or with sudo).
# Nothing downloads a browser. Extra arguments go to Maven (for example -Dtest=ApiTest).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Faltan ${missing[*]} y esta máquina no tiene apt-get: instala Chromium y ChromeDriver en /usr/bin y vuelve a probar." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "Faltan ${missing[*]}: ejecuta como root (o instala sudo) para que este script los instale con apt-get." >&2
    exit 1
  fi
  echo "Instalando ${missing[*]} de Debian (apt-get), que usan las pruebas del visor..."
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B verify "$@"
