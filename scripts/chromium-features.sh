#!/bin/sh
# Starts the Chromium named by CHROMIUM_EXECUTABLE with all the --disable-features lists it is
# given joined into one, and all the --enable-features lists into another. Chromium keeps only
# the last of each, and Playwright passes its own before the tests' (testLaunchOptions in
# chromium-path.mjs): without this, the tests' list would silently drop Playwright's.
disabled=''
enabled=''
for arg; do
  shift
  case $arg in
    --disable-features=*) disabled="${disabled:+$disabled,}${arg#--disable-features=}" ;;
    --enable-features=*) enabled="${enabled:+$enabled,}${arg#--enable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "$CHROMIUM_EXECUTABLE" "$@" \
  ${disabled:+"--disable-features=$disabled"} ${enabled:+"--enable-features=$enabled"}
