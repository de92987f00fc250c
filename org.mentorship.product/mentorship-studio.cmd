@echo off
rem Start Mentorship Studio on Windows: mentorship-studio [-data WORKSPACE] [FILE|FOLDER...]
rem There is no native launcher (none is published on Maven Central): the Equinox launcher jar starts the product with
rem the java of %JAVA%, else %JAVA_HOME%\bin, else the PATH (Java 17 or newer). More JVM options: %STUDIO_VMARGS%.
rem What it does is what the shell script mentorship-studio does on Linux and macOS; the reasons are written there.
setlocal EnableExtensions
set "here=%~dp0"
if not defined JAVA if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA set "JAVA=java"
set "version="
set "jvm="
rem the version and the JVM build from the JDK's release file beside bin\ (JAVA_VERSION="17.0.15", JVM_VERSION or
rem JAVA_RUNTIME_VERSION="17.0.15+6-LTS"): asking the JVM is a second JVM start before the real one (about 150 ms);
rem a java without that file (e.g. the java.exe copy that installers put on the PATH) is asked as before
set "release="
if exist "%JAVA%" for %%j in ("%JAVA%") do set "release=%%~dpj..\release"
if "%JAVA%"=="java" for %%j in (java.exe) do if not "%%~$PATH:j"=="" set "release=%%~dp$PATH:j..\release"
if not defined release goto askjava
if not exist "%release%" goto askjava
for /f "usebackq tokens=1,* delims==" %%a in ("%release%") do (
  if "%%a"=="JAVA_VERSION" set "version=%%~b"
  if "%%a"=="JAVA_RUNTIME_VERSION" if not defined jvm set "jvm=%%~b"
  if "%%a"=="JVM_VERSION" set "jvm=%%~b"
)
if defined version if defined jvm goto knownjava
:askjava
set "version="
set "jvm="
rem each line of the properties reads "    NAME = VALUE": split at blanks and "="
for /f "tokens=1,2 delims== " %%a in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1') do (
  if "%%a"=="java.specification.version" set "version=%%b"
  if "%%a"=="java.vm.version" set "jvm=%%b"
)
:knownjava
rem one line each (no parenthesised block): a path with parentheses in %JAVA% must not end a block early
if not defined version echo mentorship-studio: Java 17 or newer is needed: set JAVA or JAVA_HOME, or put java on the PATH 1>&2 & exit /b 2
set "jvm=%jvm:+=_%"
if "%version:~0,2%"=="1." set "version=8"
rem the major version: "17.0.15" from a release file is 17 (compared as a number below)
for /f "tokens=1 delims=." %%v in ("%version%") do set "version=%%v"
if %version% LSS 17 echo mentorship-studio: Java 17 or newer is needed; %JAVA% is Java %version% 1>&2 & exit /b 2
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"

rem C1 only: less CPU for a start on few cores (docs/benchmarks.md)
rem headless AWT: SWT's SVG icon renderer (JSVG) would otherwise start AWT's own toolkit for some icons
rem Guice without its generated classes: on Java 24 and newer they made the JVM warn about sun.misc.Unsafe
set "vmargs=-Xms64m -Xmx1g -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Dguice_bytecode_gen_option=DISABLED"
rem paths may hold blanks (C:\Program Files, a user name): every option with a path is one quoted argument, set
rem outside parenthesised blocks (a ")" in a path would end the block)
rem an installation the user cannot write to keeps its configuration state in the user's folder
set "config="
set "state=%here%configuration"
(echo.>"%state%\.writable") 2>nul && del "%state%\.writable" || set "state=%LOCALAPPDATA%\Mentorship Studio\configuration"
if not "%state%"=="%here%configuration" set "config="-Dosgi.sharedConfiguration.area=%here%configuration""
if not exist "%state%" mkdir "%state%" 2>nul
rem the class-data archive of this JVM build: made when the first start ends, used by every later one
set "archive=%state%\studio-%jvm%.jsa"
set "partial=%archive%.%RANDOM%"
set "cds="-XX:ArchiveClassesAtExit=%partial%" -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%archive%" set "cds="-XX:SharedArchiveFile=%archive%" -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %vmargs% %cds% %config% %STUDIO_VMARGS% -jar "%launcher%" -configuration "%state%" %*
set "code=%ERRORLEVEL%"
if exist "%partial%" (
  if exist "%archive%" (del "%partial%") else (move /y "%partial%" "%archive%" >nul)
)
exit /b %code%
