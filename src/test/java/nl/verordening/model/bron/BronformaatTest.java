package nl.verordening.model.bron;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BronformaatTest {

    /** Een sleutel die als constante bestaat maar in geen blokdefinitie staat, zou de lader weigeren. */
    @Test
    void elkeSleutelconstanteStaatInDeDefinitieVanZijnBlok() throws Exception {
        for (Class<?> soort : Bronformaat.class.getDeclaredClasses()) {
            List<Sleutel> sleutels = new ArrayList<>();
            Set<Sleutel> inDefinities = new HashSet<>();
            for (Field f : soort.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                Object w = f.get(null);
                if (w instanceof Sleutel s) sleutels.add(s);
                if (w instanceof Blokdefinitie d) {
                    inDefinities.addAll(d.sleutels());
                    assertThat(Bronformaat.ALLE).as(soort.getSimpleName() + "." + f.getName()).contains(d);
                }
            }
            if (soort == Bronformaat.Gedeeld.class) {
                // Gedeelde sleutels staan in ten minste één blok.
                for (Sleutel gedeeld : sleutels) {
                    assertThat(Bronformaat.ALLE).as(gedeeld.naam()).anyMatch(d -> d.sleutels().contains(gedeeld));
                }
            } else {
                assertThat(inDefinities).as(soort.getSimpleName()).containsAll(sleutels);
            }
        }
    }

    @Test
    void elkeSleutelHeeftEenOmschrijvingEnEenNaamInKleineLetters() {
        for (Blokdefinitie d : Bronformaat.ALLE) {
            for (Sleutel s : d.sleutels()) {
                assertThat(s.naam()).as(d.naam()).matches("[a-z][a-z-]*");
                assertThat(s.omschrijving()).as(d.naam() + "." + s.naam()).isNotBlank();
                assertThat(s.waarde()).isNotNull();
            }
        }
        assertThat(Bronformaat.Artikel.BLOK.verplicht()).extracting(Sleutel::naam).containsExactly("artikel", "id", "inhoud");
    }
}
