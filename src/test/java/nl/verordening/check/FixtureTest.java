package nl.verordening.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Elke fixture onder {@code src/test/resources/checks/<code>/<geval>/}: laden, alle controles, en de
 * bevindingen vergelijken met de {@code # verwacht:}-commentaren (zie {@link Verwachtingen}).
 */
class FixtureTest {

    static final Path FIXTURES = Path.of("src/test/resources/checks");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> codes = Files.list(FIXTURES)) {
            List<Path> r = new java.util.ArrayList<>();
            for (Path code : codes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> gevallen = Files.list(code)) {
                    gevallen.filter(Files::isDirectory).sorted().forEach(r::add);
                }
            }
            return r.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void bevindingenZijnPreciesDeVerwachte(Path fixture) {
        List<String> problemen = Verwachtingen.vergelijk(Verwachtingen.lees(fixture), Verwachtingen.bevindingen(fixture));
        assertThat(problemen).as("fixture %s", fixture).isEmpty();
    }
}
