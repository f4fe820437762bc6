/**
 * Jazzer fuzz tests: each target must turn any input into a result or a clean, located error, never another
 * exception, a stack overflow or a hang (more than {@link dev.canvas.fuzz.FuzzSubjects#MAX_MILLIS} on one input).
 * {@code mvn test} replays the committed inputs under
 * {@code src/test/resources/dev/canvas/fuzz/<Class>Inputs/<method>/} (seeds and every crash found so far). To fuzz
 * one target for real (one per run, up to its {@code maxDuration}; crashes are written to that directory, the
 * generated corpus to {@code .cifuzz-corpus/}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp test -Dtest=MarkdownCanvasParserFuzzTest \
 *     -Djazzer.instrument='dev.canvas.**,org.commonmark.**,org.yaml.snakeyaml.**,org.everit.**,org.json.**' \
 *     -Djazzer.internal.arg.0=fake_argv0 -Djazzer.internal.arg.1=-timeout=30 -DargLine=-Xmx3g
 * </pre>
 *
 * {@code jazzer.instrument} adds coverage feedback from the parsing libraries (by default only the project's own
 * classes are instrumented); the {@code jazzer.internal.arg.N} properties pass libFuzzer's per-input timeout
 * (JUnit's {@code @Timeout} would apply to the whole fuzzing run). {@code ConfigLoaderFuzzTest} also needs
 * {@code -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexInjection}: configurable rules take
 * a regular expression by design, which that sanitizer reports at once.
 */
package dev.canvas.fuzz;
