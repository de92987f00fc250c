#!/bin/sh
# Start Mentorship Studio: mentorship-studio [-data WORKSPACE] [FILE|FOLDER...]
# There is no native launcher (none is published on Maven Central): the Equinox launcher jar starts the product
# with the java on the PATH (or $JAVA; Java 17 or newer). More JVM options: $STUDIO_VMARGS.
here="$(cd "$(dirname "$0")" && pwd -P)"
java="${JAVA:-java}"
if ! command -v "$java" >/dev/null 2>&1; then
  echo "mentorship-studio: Java 17 or newer is needed (set JAVA or put java on the PATH)" >&2
  exit 2
fi
version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
case "$version" in
  1.*|9|1[0-6]) echo "mentorship-studio: Java 17 or newer is needed; $java is Java $version" >&2; exit 2 ;;
esac
launcher="$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
# C1 only: on two cores the optimizing compiler's threads take half the CPU of a start; without them the start needs
# about 40% less CPU (docs/benchmarks.md). STUDIO_VMARGS=-XX:TieredStopAtLevel=4 brings it back.
vmargs="-Xms64m -Xmx1g -XX:TieredStopAtLevel=1"
# a read-only installation (e.g. in /opt) keeps its configuration state in the user's folder
if [ -w "$here/configuration" ]; then
  # shellcheck disable=SC2086 # STUDIO_VMARGS is a list of options
  exec "$java" $vmargs $STUDIO_VMARGS -jar "$launcher" "$@"
fi
config="${XDG_CONFIG_HOME:-$HOME/.config}/mentorship-studio/configuration"
# shellcheck disable=SC2086
exec "$java" $vmargs -Dosgi.sharedConfiguration.area="$here/configuration" $STUDIO_VMARGS \
  -jar "$launcher" -configuration "$config" "$@"
