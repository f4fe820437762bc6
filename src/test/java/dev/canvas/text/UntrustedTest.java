package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class UntrustedTest {

    @Test
    void controlCharactersAndLineBreaksBecomeVisibleEscapes() {
        assertThat(Untrusted.printable("a\r\nb\u001b[2J\u001b]0;t\u0007c\u0085d\u2028e\u202ef\u009bg\u007f"))
                .isEqualTo("a\\u000d\\u000ab\\u001b[2J\\u001b]0;t\\u0007c\\u0085d\\u2028e\\u202ef\\u009bg\\u007f");
        assertThat(Untrusted.printable("plain text: 3 gaps, 100% ready")).isEqualTo("plain text: 3 gaps, 100% ready");
    }

    @Test
    void noWorkflowCommandSurvives() {
        assertThat(Untrusted.printable("::error file=x::y")).isEqualTo("\\u003a:error file=x::y");
        assertThat(Untrusted.printable(" \u00a0::warning::y")).isEqualTo(" \u00a0\\u003a:warning::y");
        assertThat(Untrusted.printable("a ##[error]b ##VSO[task.complete]c")).isEqualTo("a ##\\u005berror]b ##VSO\\u005btask.complete]c");
        // a value ending in '#' cannot complete a '##[' with what follows it
        assertThat(Untrusted.printable("C#") + Untrusted.printable("#[x]")).doesNotContain("##[");
        assertThat(Untrusted.printable("x::y")).isEqualTo("x::y");
    }

    @Test
    void loneSurrogatesAreEscapedPairsKept() {
        assertThat(Untrusted.printable("a\ud800b\udc00c\ud83d\ude00")).isEqualTo("a\\ud800b\\udc00c\ud83d\ude00");
    }

    @Test
    void jsonCarriesNoLoneSurrogateAndNoCommandButKeepsTheData() throws Exception {
        String value = "x\ud800y\udc00 ##[error]z \u001b #";
        String json = Json.writeData(java.util.Map.of("v", value));
        assertThat(json).doesNotContain("##[", "\u001b").contains("\\ufffd");
        // strict UTF-8: a lone surrogate cannot be encoded
        var enc = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer unused = enc.encode(java.nio.CharBuffer.wrap(json));
        assertThat(unused.remaining()).isPositive();
        String back = new org.json.JSONObject(json).getString("v");
        assertThat(back).isEqualTo("x\ufffdy\ufffd ##[error]z \u001b #");
        assertThat(back.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
