package nl.verordening.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NederlandseDatumTest {

    @Test
    void voluitZonderVoorloopnul() {
        assertThat(NederlandseDatum.lang(LocalDate.of(2025, 12, 18))).isEqualTo("18 december 2025");
        assertThat(NederlandseDatum.lang(LocalDate.of(2026, 1, 1))).isEqualTo("1 januari 2026");
        assertThat(NederlandseDatum.lang(LocalDate.of(2025, 3, 9))).isEqualTo("9 maart 2025");
        assertThat(NederlandseDatum.lang(LocalDate.of(2024, 2, 29))).isEqualTo("29 februari 2024");
    }

    @Test
    void alleMaanden() {
        String[] verwacht = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};
        for (int m = 1; m <= 12; m++) {
            assertThat(NederlandseDatum.lang(LocalDate.of(2026, m, 5))).isEqualTo("5 " + verwacht[m - 1] + " 2026");
        }
    }
}
