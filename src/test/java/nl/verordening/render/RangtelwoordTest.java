package nl.verordening.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangtelwoordTest {

    @ParameterizedTest
    @CsvSource({
        "1,eerste", "2,tweede", "3,derde", "4,vierde", "5,vijfde", "6,zesde", "7,zevende", "8,achtste",
        "9,negende", "10,tiende", "11,elfde", "12,twaalfde", "13,dertiende", "14,veertiende",
        "15,vijftiende", "16,zestiende", "17,zeventiende", "18,achttiende", "19,negentiende",
        "20,twintigste", "21,eenentwintigste", "22,tweeëntwintigste", "23,drieëntwintigste",
        "24,vierentwintigste", "28,achtentwintigste", "30,dertigste", "33,drieëndertigste",
        "40,veertigste", "45,vijfenveertigste", "50,vijftigste", "60,zestigste", "70,zeventigste",
        "80,tachtigste", "88,achtentachtigste", "90,negentigste", "99,negenennegentigste",
        "100,honderdste", "101,honderdeerste", "103,honderdderde", "108,honderdachtste",
        "112,honderdtwaalfde", "121,honderdeenentwintigste", "200,tweehonderdste", "1000,duizendste"
    })
    void rangtelwoord(int n, String verwacht) {
        assertThat(Rangtelwoord.van(n)).isEqualTo(verwacht);
    }

    @Test
    void totNegenennegentigAllemaalVoluitEnUniek() {
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (int n = 1; n <= 99; n++) {
            String w = Rangtelwoord.van(n);
            assertThat(w).matches("[a-zë]+").endsWith(n >= 20 || n == 8 || n == 1 ? "ste" : "de");
            assertThat(gezien.add(w)).as("uniek: %s", w).isTrue();
        }
    }

    @Test
    void buitenBereikAlsCijfers() {
        assertThat(Rangtelwoord.van(0)).isEqualTo("0e");
        assertThat(Rangtelwoord.van(-3)).isEqualTo("-3e");
        assertThat(Rangtelwoord.van(10000)).isEqualTo("10000e");
    }

    @Test
    void lid() {
        assertThat(Rangtelwoord.lid("2")).isEqualTo("tweede lid");
        assertThat(Rangtelwoord.lid("1")).isEqualTo("eerste lid");
        assertThat(Rangtelwoord.lid(" 12 ")).isEqualTo("twaalfde lid");
        assertThat(Rangtelwoord.lid("3.")).isEqualTo("derde lid");
        assertThat(Rangtelwoord.lid("2a")).isEqualTo("lid 2a");
        assertThat(Rangtelwoord.lid("0")).isEqualTo("lid 0");
    }
}
