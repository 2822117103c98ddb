package nl.verordening.render.stop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.render.KaleModellen;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.testutil.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StopRendererTest {

    static Verordening echt;
    static String echtXml;

    @BeforeAll
    static void laad() throws Exception {
        echt = new SourceLoader().load(Path.of("verordening-source"));
        echtXml = new StopRenderer().xml(echt);
    }

    @Test
    void echteVerordeningVoldoetAanXsdEnSchematron() throws Exception {
        Path stop = Shared.vereist("stop/1.4.1");
        assertThat(StopValidatie.schemafouten(echtXml, stop)).isEmpty();
        assertThat(StopValidatie.schematronMeldingen(echtXml, stop)).isEmpty();
    }

    @Test
    void bronMetBijlagenEnTabellenVoldoetAanXsdEnSchematron() throws Exception {
        Path stop = Shared.vereist("stop/1.4.1");
        String xml = new StopRenderer().xml(KaleModellen.volledig());
        assertThat(StopValidatie.schemafouten(xml, stop)).isEmpty();
        assertThat(StopValidatie.schematronMeldingen(xml, stop)).isEmpty();
        assertThat(xml).contains("<Bijlage eId=\"cmp_1\" wId=\"gm1509_1__cmp_tarieven\">")
                .contains("<table eId=\"cmp_1__content_o_1__table_o_1\"")
                .contains("<Begrippenlijst eId=\"chp_1__art_o_1__list_o_1\"");
    }

    @Test
    void yamlBronMetBijlagenEnTabellenVoldoetAanXsdEnSchematron() throws Exception {
        Path stop = Shared.vereist("stop/1.4.1");
        Verordening klassiek = new SourceLoader().load(Path.of("src/test/resources/bron/klassiek"));
        assertThat(klassiek.bijlagen()).isNotEmpty();
        String xml = new StopRenderer().xml(klassiek);
        assertThat(xml).contains("<Bijlage ").contains("<table ");
        assertThat(StopValidatie.schemafouten(xml, stop)).isEmpty();
        assertThat(StopValidatie.schematronMeldingen(xml, stop)).isEmpty();
    }

    @Test
    void elkArtikelVanDeBronInVolgorde() {
        Matcher m = Pattern.compile("<Label>Artikel</Label>\\s*<Nummer>([^<]*)</Nummer>").matcher(echtXml);
        List<String> nummers = m.results().map(r -> r.group(1)).toList();
        assertThat(nummers).hasSize(134).isEqualTo(echt.artikelen().stream().map(a -> a.nummer()).toList());
    }

    @Test
    void eIdVolgtHetNummerEnWIdHetStabieleId() {
        String xml = new StopRenderer().xml(KaleModellen.volledig());
        // "3.1.1 A": witruimte weg; wId op stabiel id
        assertThat(xml).contains("<Artikel eId=\"chp_3__subsec_3.1__art_3.1.1A\" wId=\"gm1509_1__art_indienen-hulpvraag\">")
                .contains("<Lid eId=\"chp_3__subsec_3.1__art_3.1.1A__para_2\" wId=\"gm1509_1__art_indienen-hulpvraag__para_2\">")
                .contains("eId=\"chp_3__subsec_3.1__art_3.1.1A__para_2__list_o_1__item_b\"")
                // dubbel lid 1 zoals vastgesteld
                .contains("eId=\"chp_3__subsec_3.1__art_3.1.2__para_1_inst2\"")
                // verwijzingen wijzen naar het eId van lid en onderdeel
                .contains("<IntRef ref=\"chp_3__subsec_3.1__art_3.1.1A__para_2__list_o_1__item_b\">artikel 3.1.1 A, tweede lid, onder b</IntRef>")
                .contains("<IntRef ref=\"cmp_1\">bijlage 1</IntRef>")
                .contains("<ExtRef soort=\"URL\" ref=\"https://www.oude-ijsselstreek.nl\">de website</ExtRef>");
    }

    @Test
    void wettenregelAlsSubtitelEnUitTeZetten() {
        assertThat(echtXml).contains("<Subtitel>[");
        String zonder = new StopRenderer(new KaleTekstInstellingen(false)).xml(KaleModellen.volledig());
        assertThat(zonder).doesNotContain("<Subtitel>").doesNotContain("[Jeugdwet]");
        assertThat(new StopRenderer().xml(KaleModellen.volledig())).contains("<Al>[Jeugdwet]</Al>");
    }

    @Test
    void tweeKeerRenderenGeeftDezelfdeBytes() {
        assertThat(new StopRenderer().xml(echt)).isEqualTo(echtXml);
    }
}
