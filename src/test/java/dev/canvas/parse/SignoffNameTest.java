package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name of a sign-off line, once its date is cut out ({@link SignoffList#signoffName}). */
class SignoffNameTest {

    @Test
    void theSeparatorsAroundTheNameGoAndItsOwnBracketsStay() {
        assertThat(SignoffList.signoffName(" Priya Natarajan, ")).isEqualTo("Priya Natarajan");
        assertThat(SignoffList.signoffName(" Henrik Lund (CFO), ")).isEqualTo("Henrik Lund (CFO)");
        assertThat(SignoffList.signoffName(" Dana Reyes [VP Engineering] - ")).isEqualTo("Dana Reyes [VP Engineering]");
        assertThat(SignoffList.signoffName(" Henrik Lund (CFO) ")).isEqualTo("Henrik Lund (CFO)");
        // the brackets the date stood in go with it
        assertThat(SignoffList.signoffName(" Sofia Alves ()")).isEqualTo("Sofia Alves");
        assertThat(SignoffList.signoffName(" Sofia Alves, ()")).isEqualTo("Sofia Alves");
        assertThat(SignoffList.signoffName(" ),;")).isEmpty();
    }
}
