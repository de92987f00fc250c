#!/bin/sh
# Start Mentorship Studio: mentorship-studio [-data WORKSPACE] [FILE|FOLDER...]
# There is no native launcher (none is published on Maven Central): the Equinox launcher jar starts the product
# with the java of $JAVA, else $JAVA_HOME/bin, else the PATH (Java 17 or newer). More JVM options: $STUDIO_VMARGS.
here="$(cd "$(dirname "$0")" && pwd -P)"
# in the macOS application bundle this script is Contents/MacOS/mentorship-studio, the product Contents/Eclipse
if [ -d "$here/../Eclipse/plugins" ]; then
  here="$(cd "$here/../Eclipse" && pwd -P)"
fi
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
java="${java:-java}"
if ! command -v "$java" >/dev/null 2>&1; then
  echo "mentorship-studio: Java 17 or newer is needed (set JAVA or JAVA_HOME, or put java on the PATH)" >&2
  exit 2
fi
# The version (Java 17 or newer) and the JVM build (which names the class-data archive below), from the JDK's
# `release` file beside bin/: asking the JVM itself (java -XshowSettings:properties -version) is a second JVM start
# before the real one, about 150 ms on a quiet machine. A java without that file (e.g. a wrapper script, or the
# jre/ folder of a Java 8 JDK) is asked as before. A JDK updated in place rewrites its release file, so nothing is
# cached that could go stale.
resolved="$(command -v "$java")"
resolved="$(readlink -f "$resolved" 2>/dev/null || echo "$resolved")"
release="${resolved%/bin/java}/release"
version=""
jvm=""
if [ "$resolved" != "${resolved%/bin/java}" ] && [ -f "$release" ]; then
  # lines such as JAVA_VERSION="17.0.15" (Java 8: "1.8.0_392") and JAVA_RUNTIME_VERSION="17.0.15+6-Debian-1deb12u1",
  # some JDKs also JVM_VERSION (java.vm.version); read by the shell itself, as every command started costs time too
  runtime=""
  while IFS='=' read -r key value; do
    value="${value#\"}"
    value="${value%\"}"
    case "$key" in
      JAVA_VERSION) case "$value" in 1.*) version="$value" ;; *) version="${value%%.*}" ;; esac ;;
      JAVA_RUNTIME_VERSION) runtime="$value" ;;
      JVM_VERSION) jvm="$value" ;;
    esac
  done < "$release"
  jvm="${jvm:-$runtime}"
fi
if [ -z "$version" ] || [ -z "$jvm" ]; then
  properties="$("$java" -XshowSettings:properties -version 2>&1)"
  version="$(echo "$properties" | sed -n 's/^ *java.specification.version = //p')"
  jvm="$(echo "$properties" | sed -n 's/^ *java.vm.version = //p')"
fi
case "$version" in
  1.*|9|1[0-6]) echo "mentorship-studio: Java 17 or newer is needed; $java is Java $version" >&2; exit 2 ;;
esac
launcher="$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
# C1 only: on two cores the optimizing compiler's threads take half the CPU of a start; without them the start needs
# about 40% less CPU (docs/benchmarks.md). STUDIO_VMARGS=-XX:TieredStopAtLevel=4 brings it back.
vmargs="-Xms64m -Xmx1g -XX:TieredStopAtLevel=1"
# headless AWT: nothing in Studio shows an AWT window, but the SVG icon renderer (JSVG, used by SWT) asks AWT for its
# toolkit when an icon has a blur filter, which on X11 connects a second time to the display and starts the
# "AWT-XAWT" thread (a crash in that thread when Studio was ended by SIGTERM); headless, the icons render the same
vmargs="$vmargs -Djava.awt.headless=true"
# Guice without its generated classes (as `mentor` runs it, MentorCli.quietGuice): on Java 24 and newer they made the JVM
# print warnings about sun.misc.Unsafe, and they cannot be kept in the class-data archive
vmargs="$vmargs -Dguice_bytecode_gen_option=DISABLED"
# Linux: the UI thread before the in-process language server (its threads are Thread.MIN_PRIORITY: nice 4 with this
# policy) and the JIT compiler threads (nice 10), so that typing does not wait for a core (docs/eclipse.md, "What runs
# on the UI thread"); lowering a priority needs no permission, but without root the JVM warns at every start that the
# policy "may require system level permission" (only raising would), hence -XX:-PrintWarnings (it also silences the
# JVM's other warnings, e.g. a full code cache; STUDIO_VMARGS=-XX:+PrintWarnings shows them)
system="$(uname -s)"
if [ "$system" = Linux ]; then
  vmargs="$vmargs -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=10 -XX:-PrintWarnings"
fi
# macOS: SWT (Cocoa) must run on the process's first thread, where the JVM does not run main() unless told to
if [ "$system" = Darwin ]; then
  vmargs="$vmargs -XstartOnFirstThread"
fi
# a read-only installation (e.g. in /opt) keeps its configuration state in the user's folder
if [ -w "$here/configuration" ]; then
  state="$here/configuration"
  config=""
else
  state="${XDG_CONFIG_HOME:-$HOME/.config}/mentorship-studio/configuration"
  config="-Dosgi.sharedConfiguration.area=$here/configuration"
fi
# Class-data archive (AppCDS) of the JDK's and the launcher's classes, made when the first start ends and used by
# every later one: about 13% less CPU until the editor is ready (docs/benchmarks.md). One per JVM build, since an
# archive only fits the JVM that wrote it; written under a temporary name so that two starts cannot mix one, and the
# larger one kept: a second start that only hands its files to the running one ends first with few classes.
jvm="$(echo "$jvm" | tr -c 'A-Za-z0-9.\n-' '_')"
archive="$state/studio-$jvm.jsa"
mkdir -p "$state" 2>/dev/null
cds=""
# -Xlog:cds off: writing the archive lists every class it skips (hundreds of lines on the terminal); a stale archive
# is then ignored silently, as it costs only speed
if [ -f "$archive" ]; then
  cds="-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
elif [ -w "$state" ]; then
  cds="-XX:ArchiveClassesAtExit=$archive.$$ -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
# the configuration area is always $state; a read-only installation's own configuration folder is its shared parent
set -- -configuration "$state" "$@"
# shellcheck disable=SC2086 # vmargs, cds, config and STUDIO_VMARGS are lists of options
"$java" $vmargs $cds $config $STUDIO_VMARGS -jar "$launcher" "$@"
code=$?
if [ -f "$archive.$$" ]; then
  if [ ! -f "$archive" ] || [ "$(wc -c < "$archive.$$")" -gt "$(wc -c < "$archive")" ]; then
    mv -f "$archive.$$" "$archive"
  else
    rm -f "$archive.$$"
  fi
fi
exit $code
