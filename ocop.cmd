@echo off
rem The ocop command on Windows, as ./ocop is elsewhere: builds the runnable jar on first use (or when
rem it is missing), then runs it with the arguments given.
rem   ocop.cmd evaluate ocop-examples\src\main\resources\vn\ocop\examples\rounds\sample-5-an-giang-2026-round-2-decision-26.json --html report.html
rem JVM options: set OCOP_JAVA_OPTS (e.g. set OCOP_JAVA_OPTS=-Xmx2g).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%ocop-cli\target\ocop-cli-0.1.0-SNAPSHOT-all.jar"
if exist "%JAR%" goto run
echo ocop: building the command-line tool (first use; this takes a minute)... 1>&2
pushd "%HERE%"
call "%HERE%mvnw.cmd" -q -pl ocop-cli -am package -DskipTests 1>&2
if errorlevel 1 (
  popd
  echo ocop: the build failed; run mvnw.cmd -pl ocop-cli -am package to see why 1>&2
  exit /b 1
)
popd

:run
rem The command writes UTF-8 whatever the platform's charset; the console shows it right only in code
rem page 65001, so switch to it for this run and switch back after.
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
if defined OLDCP set "OLDCP=%OLDCP: =%"
if defined OLDCP set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul
rem The class-data archive the build made for this jar (AppCDS, docs\performance.md); a JVM that cannot
rem use it (another JDK, a rebuilt jar) runs without it. set OCOP_NO_CDS=1 to leave it out.
set "CDS="
if not defined OCOP_NO_CDS if exist "%HERE%ocop-cli\target\ocop-cli.jsa" set "CDS=-XX:SharedArchiveFile=%HERE%ocop-cli\target\ocop-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
rem One JIT compiler thread, as ./ocop: left out when OCOP_JAVA_OPTS sets the compilers itself (above
rem TieredStopAtLevel=1 the JVM refuses fewer than two compiler threads; docs\performance.md).
set "JIT=-XX:CICompilerCount=1"
if not defined OCOP_JAVA_OPTS goto jitdone
echo(%OCOP_JAVA_OPTS%| findstr /i /c:"Tiered" /c:"CICompilerCount" >nul
if not errorlevel 1 set "JIT="
:jitdone
rem The heap: enough for a national round of 20,000 products with full sheets; OCOP_JAVA_OPTS comes after and wins.
java -Xmx768m -XX:TieredStopAtLevel=1 %JIT% %CDS% %OCOP_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %STATUS%
