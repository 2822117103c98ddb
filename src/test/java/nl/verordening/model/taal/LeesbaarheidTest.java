package nl.verordening.model.taal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeesbaarheidTest {

    @Test
    void lettergrepenTellenKlinkergroepenEnTrema() {
        assertThat(Lettergrepen.tel("inwoner")).isEqualTo(3);
        assertThat(Lettergrepen.tel("maatwerkvoorziening")).isEqualTo(5);
        assertThat(Lettergrepen.tel("coördinator")).isEqualTo(5);
        assertThat(Lettergrepen.tel("geïnd")).isEqualTo(2);
        assertThat(Lettergrepen.tel("wijziging")).isEqualTo(3);
        assertThat(Lettergrepen.tel("BSN")).isEqualTo(3);
    }

    @Test
    void zinnenNietSplitsenNaAfkortingOfNummer() {
        assertThat(Zinnen.splits("Zie o.a. artikel 2.3.5 van de Wmo. Dat is alles.")).hasSize(2);
        assertThat(Zinnen.splits("volgens Artikel 475.b. e.v. Wetboek van Burgerlijke Rechtsvordering")).hasSize(1);
        assertThat(Zinnen.splits("schriftelijk;")).containsExactly("schriftelijk;");
    }

    @Test
    void fleschDoumaVolgensDeFormule() {
        // 10 woorden, 1 zin; lettergrepen: De(1) ge-meen-te(3) stelt(1) een(1) be-sluit(2) per(1) brief(1) vast(1) en(1) stuurt(1) = 13
        Leesbaarheid l = Leesbaarheid.meet(List.of("De gemeente stelt een besluit per brief vast en stuurt."));
        assertThat(l.woorden()).isEqualTo(10);
        assertThat(l.lettergrepen()).isEqualTo(13);
        assertThat(l.fleschDouma()).isCloseTo(206.835 - 0.93 * 10 - 77 * 1.3, within(1e-9));
    }

    @Test
    void lijdendeVormHeuristiek() {
        assertThat(Leesbaarheid.isPassief(Woorden.van("de hulp wordt in natura gegeven"))).isTrue();
        assertThat(Leesbaarheid.isPassief(Woorden.van("de beschikking is verstrekt"))).isTrue();
        assertThat(Leesbaarheid.isPassief(Woorden.van("het college is bevoegd"))).isFalse();
        assertThat(Leesbaarheid.isPassief(Woorden.van("de inwoner is gekomen"))).isFalse();
        assertThat(Leesbaarheid.isPassief(Woorden.van("de gemeente geeft hulp aan gemeenten"))).isFalse();
    }

    @Test
    void eenKorteTekstHaaltB1EenAmbtelijkeNiet() {
        assertThat(Leesbaarheid.meet(List.of("U vraagt hulp. Wij bellen u snel.")).haalt(Taalniveau.B1)).isTrue();
        Leesbaarheid moeilijk = Leesbaarheid.meet(List.of("Het college is bevoegd om, na het verrichten van een zorgvuldig "
                + "onderzoek naar de persoonlijke omstandigheden van de belanghebbende, een maatwerkvoorziening toe te kennen."));
        assertThat(moeilijk.haalt(Taalniveau.B1)).isFalse();
        assertThat(moeilijk.haalt(Taalniveau.B2)).isFalse();
    }
}
