package nl.verordening.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Aanvaarding;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

/** Het register en de runner: metadata compleet en uniek, aanvaardingen op element en omvattend element. */
class ChecksTest {

    static final Path FIXTURES = FixtureTest.FIXTURES;

    @Test
    void elkeControleHeeftVolledigeEnUniekeMetadata() {
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Check c : Checks.alle()) {
            CheckInfo i = c.info();
            assertThat(i.code()).as(c.getClass().getSimpleName()).matches("[A-Z]{3}[0-9]{3}");
            assertThat(i.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(i.samenvatting()).isNotBlank().doesNotEndWith(".");
            assertThat(codes.add(i.code())).as("dubbele code " + i.code()).isTrue();
            assertThat(ids.add(i.id())).as("dubbele id " + i.id()).isTrue();
        }
        assertThat(Checks.codes()).isEqualTo(codes);
    }

    @Test
    void elkeControleHeeftEenDocsPaginaMetFoutEnGoedVoorbeeld() throws Exception {
        for (Check c : Checks.alle()) {
            Path p = Path.of("docs/controles", c.info().code() + ".md");
            assertThat(p).exists();
            assertThat(java.nio.file.Files.readString(p)).contains(c.info().id()).contains("## Fout").contains("## Goed");
        }
    }

    @Test
    void bevindingenDragenCodeErnstEnElement() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(FIXTURES.resolve("WET001/in-lid"));
        Finding f = Checks.run(v).bevindingen().get(0);
        assertThat(f.code()).isEqualTo("WET001");
        assertThat(f.severity()).isEqualTo(new WetSchrijfwijzeCheck().info().ernst());
        assertThat(f.element()).isEqualTo("ouders-en-leerling#lid-1");
    }

    @Test
    void deLaderLeestAanvaardingenMetHetPadVanHunElement() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(FIXTURES.resolve("WET001/aanvaard-op-lid"));
        assertThat(v.aanvaardingen()).extracting(Aanvaarding::element, Aanvaarding::code, Aanvaarding::reden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ouders-en-leerling#lid-2", "WET001", "zo vastgesteld"));
        assertThat(v.aanvaardingen().get(0).pos().line()).isEqualTo(23);
    }

    @Test
    void eenAanvaardingOpEenLidDektAlleenDatLid() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(FIXTURES.resolve("WET001/aanvaard-op-lid"));
        Checks.Uitslag u = Checks.run(v);
        assertThat(u.bevindingen()).extracting(Finding::element).containsExactly("ouders-en-leerling#lid-1");
        assertThat(u.aanvaard()).extracting(a -> a.bevinding().element()).containsExactly("ouders-en-leerling#lid-2");
        assertThat(u.aanvaard().get(0).aanvaarding().reden()).isEqualTo("zo vastgesteld");
    }

    @Test
    void eenAanvaardingOpDeParagraafDektZijnArtikelen() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(FIXTURES.resolve("WET001/aanvaard-op-paragraaf-dekt-lid"));
        Checks.Uitslag u = Checks.run(v);
        assertThat(u.bevindingen()).isEmpty();
        assertThat(u.aanvaard()).singleElement().satisfies(a -> {
            assertThat(a.bevinding().element()).isEqualTo("ouders-en-leerling#lid-1");
            assertThat(a.aanvaarding().element()).isEqualTo("vervoer");
        });
    }

    @Test
    void eenAanvaardingVanEenAndereCodeDektNiets() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(FIXTURES.resolve("WET001/artikelkop"));
        Verordening metAndere = new Verordening(v.metadata(), v.wetten(), v.parameters(), v.hoofdstukken(), v.bijlagen(),
                List.of(new Aanvaarding("ouders-en-leerling", "XYZ999", "andere controle", v.metadata().pos())));
        assertThat(Checks.run(metAndere).bevindingen()).hasSize(1);
        assertThat(Checks.run(metAndere).aanvaard()).isEmpty();
    }
}
