/**
 * Jazzer fuzz tests: each target must turn any input into a result or a clean, located error, never another
 * exception, a stack overflow or a hang. {@code mvn test} replays the committed inputs under
 * {@code src/test/resources/dev/canvas/fuzz/<Class>Inputs/<method>/} (seeds and every crash found so far);
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=<Class>} fuzzes one target for real (one per run), up to its
 * {@code maxDuration}, adding any crash to that directory.
 */
package dev.canvas.fuzz;
