package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextTable} gives what the map it was made of gives, hit or miss. */
class TextTableMdTest {

    @Test
    void looksUpAsTheMap() {
        Random random = new Random(17);
        for (int size : new int[] {0, 1, 2, 3, 7, 100, 1000}) {
            Map<String, String> map = new HashMap<>();
            while (map.size() < size) {
                String k = word(random);
                map.put(k, "v" + k);
            }
            TextTable table = new TextTable(map);
            for (String k : map.keySet()) {
                assertThat(table.get(new String(k.toCharArray()))).isEqualTo(map.get(k));
            }
            for (int i = 0; i < 5000; i++) {
                String k = word(random);
                assertThat(table.get(k)).as(k).isEqualTo(map.get(k));
            }
        }
    }

    private static String word(Random random) {
        int n = random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("ab é€".charAt(random.nextInt(5)));
        }
        return sb.toString();
    }
}
