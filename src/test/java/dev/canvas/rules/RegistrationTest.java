package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;

import dev.canvas.config.Waivers;
import dev.canvas.model.Severity;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule is in three places: its class (id, settings, documentation), its line in {@link RuleSet#KINDS}, its cases
 * (src/test/resources/rules/rule-cases.yaml, held by RuleCasesTest). What is derived from them elsewhere is held to
 * them here and in ReadmeTest (the README's rules table), so that forgetting one fails a test that says what to do.
 * See docs/adding-a-rule.md.
 */
class RegistrationTest {

    /** A spec of a configurable kind with no parameters: enough to make a rule of it. */
    private static RuleSpec bare(String kind) {
        return new RuleSpec("a-rule", kind, Severity.GAP, "", Map.of(), RuleSpec.RuleDoc.NONE, Optional.empty(), "test");
    }

    /** What each registered kind makes. */
    private static Set<Class<?>> registeredClasses() {
        Set<Class<?>> made = new HashSet<>();
        for (RuleSet.Kind k : RuleSet.KINDS) {
            if (k.make() != null) {
                made.add(k.make().apply(k.builtIn().orElse(bare(k.id()))).getClass());
            }
        }
        return made;
    }

    /** Every class of this package that is a rule (compiled next to RuleSet). */
    private static Set<Class<?>> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(RuleSet.class.getResource("RuleSet.class").toURI()).getParent();
        Set<Class<?>> out = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(RuleSet.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void everyRuleClassIsRegistered() throws Exception {
        Set<Class<?>> classes = ruleClasses();
        assertThat(classes).as("rule classes found").hasSizeGreaterThan(20);
        assertThat(registeredClasses()).as("the classes RuleSet.KINDS makes: add a line there for a new rule class")
                .containsExactlyInAnyOrderElementsOf(classes);
    }

    @Test
    void eachBuiltInRuleIsMadeByTheClassThatDeclaresItsId() throws Exception {
        for (RuleSet.Kind k : RuleSet.KINDS) {
            if (k.make() == null || k.builtIn().isEmpty()) {
                continue;
            }
            Class<?> c = k.make().apply(k.builtIn().get()).getClass();
            assertThat(c.getField("ID").get(null)).as(c.getSimpleName() + ".ID").isEqualTo(k.id());
            assertThat(k.builtIn().get().kind()).isEqualTo(k.id());
        }
    }

    @Test
    void everyBuiltInRuleIsDocumented() {
        Set<String> ids = new HashSet<>();
        for (RuleSpec s : RuleSet.builtInSpecs()) {
            assertThat(ids.add(s.id())).as("registered once: " + s.id()).isTrue();
            assertThat(s.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(s.summary()).as(s.id() + " summary").isNotBlank();
            assertThat(s.doc().explanation()).as(s.id() + " explanation").isNotBlank();
            assertThat(s.doc().passing()).as(s.id() + " an answer that passes").isNotBlank();
            assertThat(s.origin()).isEqualTo(RuleSpec.BUILT_IN_ORIGIN);
        }
    }

    /**
     * A configuration's rule kinds are checked against {@link RuleSet#CONFIGURABLE_KINDS} itself (the configuration
     * is bound to records, no schema of its own lists them): an unknown kind is refused with exactly those.
     */
    @Test
    void theConfigurationAcceptsExactlyTheConfigurableKinds(@TempDir Path dir) throws IOException {
        Path config = dir.resolve(".canvas.yaml");
        Files.writeString(config, "rules:\n  my-rule:\n    kind: no-such-kind\n    severity: gap\n");
        CliRun r = CliRun.of("check", "--config", config.toString(), "examples/go.md");
        assertThat(r.exitCode()).isEqualTo(78);
        assertThat(r.err()).contains("use one of: " + String.join(", ", new TreeSet<>(RuleSet.CONFIGURABLE_KINDS)));
    }

    @Test
    void theFindingsOfWaiversCarryTheRegisteredId() {
        assertThat(Waivers.RULE).isEqualTo(ParserRules.WAIVER_INVALID.id());
        assertThat(RuleSet.isBuiltIn(Waivers.RULE)).isTrue();
    }

    @Test
    void everyRegisteredKindIsKnownAndOnlyThose() {
        for (RuleSet.Kind k : RuleSet.KINDS) {
            assertThat(RuleSet.isKnownKind(k.make() == null ? RuleSet.PARSER_KIND : k.id())).as(k.id()).isTrue();
        }
        assertThat(RuleSet.isKnownKind("no-such-kind")).isFalse();
    }
}
