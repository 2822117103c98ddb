package nl.verordening.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.verordening.load.LaadFout;
import org.junit.jupiter.api.Test;

/** Elke code heeft fixtures: laadfouten één die hem geeft, controles ook één die hem niet geeft. */
class FixtureDekkingTest {

    private static List<Path> gevallen(String code) throws IOException {
        Path map = FixtureTest.FIXTURES.resolve(code);
        if (!Files.isDirectory(map)) return List.of();
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static boolean verwacht(Path geval, String code) {
        return Verwachtingen.lees(geval).stream().anyMatch(v -> v.code().equals(code));
    }

    @Test
    void elkeLaadfoutHeeftEenFixtureDieHemGeeft() throws IOException {
        List<String> zonder = new ArrayList<>();
        for (LaadFout f : LaadFout.values()) {
            if (gevallen(f.code()).stream().noneMatch(g -> verwacht(g, f.code()))) zonder.add(f.code());
        }
        assertThat(zonder).as("laadfouten zonder fixture in %s/<code>/", FixtureTest.FIXTURES).isEmpty();
    }

    @Test
    void elkeControleHeeftEenGevalMetEnEenZonderBevinding() throws IOException {
        List<String> problemen = new ArrayList<>();
        for (Check c : Checks.alle()) {
            String code = c.info().code();
            List<Path> g = gevallen(code);
            if (g.stream().noneMatch(x -> verwacht(x, code))) problemen.add(code + ": geen geval dat de controle laat afgaan");
            if (g.stream().allMatch(x -> verwacht(x, code))) problemen.add(code + ": geen geval zonder bevinding");
        }
        assertThat(problemen).isEmpty();
    }

    @Test
    void elkeFixturemapIsEenBekendeCode() throws IOException {
        List<String> bekend = new ArrayList<>(Checks.codes());
        for (LaadFout f : LaadFout.values()) bekend.add(f.code());
        try (Stream<Path> s = Files.list(FixtureTest.FIXTURES)) {
            assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList())
                    .allSatisfy(naam -> assertThat(bekend).contains(naam));
        }
    }
}
