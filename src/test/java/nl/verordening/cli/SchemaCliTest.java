package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.model.bron.Bestandssoort;
import nl.verordening.render.bron.BronSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCliTest {

    @Test
    void schemaSchrijftEenSchemaPerBestandssoort(@TempDir Path tmp) throws Exception {
        Path map = tmp.resolve("schema");
        Cli r = Cli.voerUit("schema", "-o", map.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (Bestandssoort s : Bestandssoort.values()) {
            assertThat(Files.readString(map.resolve(s.schemabestand()))).isEqualTo(BronSchema.json(s));
        }
    }

    @Test
    void helpNoemtSchemaEnServe() {
        Cli r = Cli.voerUit("--help");
        assertThat(r.out()).contains("schema").contains("serve").contains("check").contains("build").contains("import");
        assertThat(Cli.voerUit("serve", "--help").out()).contains("--poort").contains("127.0.0.1");
    }

    @Test
    void serveZonderBronmapIsOnbruikbaar(@TempDir Path tmp) {
        Cli r = Cli.voerUit("serve", tmp.resolve("bestaat-niet").toString(), "--poort", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bestaat niet");
    }

    @Test
    void eenTikfoutInDeOpdrachtGeeftNogSteedsEenSuggestie() {
        Cli r = Cli.voerUit("chek");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bedoelde u check");
    }
}
