package nl.verordening.beslis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import org.junit.jupiter.api.Test;

/** De tabellen uit de echte verordening: geladen, alle voorbeelden kloppen, en de bevindingen zijn de verwachte. */
class BeslistabellenBronTest {

    @Test
    void deAchtTabellenZijnGeladen() {
        Verordening v = Bron.verordening();
        assertThat(v.beslistabellen()).extracting(Beslistabel::id).containsExactly("inkomenstoeslag", "leerlingenvervoer-vergoeding",
                "loonkostenondersteuning", "opstartpremie", "termijnen", "verlaging-benadeling", "verlaging-gedraging",
                "verlaging-overige-verplichting");
    }

    @Test
    void bevindingen() {
        List<Verificatie.Bevinding> b = Verificatie.van(Bron.verordening());
        b.forEach(x -> System.out.println(x.soort() + " " + x.pos() + " " + x.bericht() + " [" + x.element() + "]"));
        assertThat(b).filteredOn(x -> x.soort() == Verificatie.Soort.VOORBEELD_FAALT).isEmpty();
    }
}
