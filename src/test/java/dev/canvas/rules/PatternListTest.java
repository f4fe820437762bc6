package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.Severity;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which patterns of a list a text names, on both engines: built-in (java.util.regex) and configured (RE2/J). */
class PatternListTest {

    private static final List<String> LIST = List.of("acme ?db", "(post)gres(ql)?", "(?:red)(is)", "cache");

    private static PatternList list(boolean configured) {
        Map<String, Object> params = configured ? Map.of("stores", LIST) : Map.of();
        RuleSpec spec = new RuleSpec("a-rule", "kind", Severity.GAP, "", params, RuleSpec.RuleDoc.NONE, Optional.empty(), "test");
        return PatternList.of(spec, "stores", LIST, true);
    }

    private static BitSet bits(int... k) {
        BitSet b = new BitSet();
        for (int i : k) {
            b.set(i);
        }
        return b;
    }

    @Test
    void eachMatchNamesItsPatternWhateverTheGroupsBeforeIt() {
        for (boolean configured : new boolean[] {false, true}) {
            PatternList l = list(configured);
            assertThat(l.which("AcmeDB for data, Redis as a cache")).as("configured %s", configured).isEqualTo(bits(0, 2, 3));
            assertThat(l.which("PostgreSQL only")).isEqualTo(bits(1));
            assertThat(l.which("postgresqlx, xredis, caches")).isEqualTo(bits()); // whole words only
            assertThat(l.which("")).isEqualTo(bits());
            assertThat(l.find("we use Redis")).isTrue();
            assertThat(l.find("we use nothing")).isFalse();
        }
    }
}
