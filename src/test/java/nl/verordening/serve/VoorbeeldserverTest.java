package nl.verordening.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.verordening.pijplijn.Opties;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Van begin tot eind: de server op een kopie van de echte bron, een wijziging, en wat de pagina dan toont. */
class VoorbeeldserverTest {

    static final String HOOFDSTUK = "hoofdstukken/04-gezond-en-veilig-opgroeien.yaml";
    static final Duration WACHT = Duration.ofSeconds(20);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void toontBouwtOpnieuwNaOpslaanEnLuistertAlleenOpLoopback(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        List<Path> bestandenVoor = bestanden(bron);
        try (Voorbeeldserver server = new Voorbeeldserver(bron, Opties.STANDAARD)) {
            server.start(0);
            InetSocketAddress adres = server.adres();
            assertThat(adres.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(adres.getPort()).isPositive();
            URI basis = server.uri();

            String pagina = get(basis.resolve("/"));
            assertThat(pagina).contains("Verordening Sociaal Domein gemeente Oude IJsselstreek 2026")
                    .contains("Preventieve maatregelen").contains("EventSource('/gebeurtenissen')");
            String bevindingen = get(basis.resolve("/bevindingen"));
            assertThat(bevindingen).contains("Artikel 11.2").contains("[WET001]")
                    .contains("hoofdstukken/11-inspraak-en-inwonersparticipatie.yaml:55:24");
            assertThat(bevindingen).doesNotContain("&#39;Jeugdwet LLV&#39; zonder komma");
            assertThat(get(basis.resolve("/uitvoer/kale-tekst/verordening.txt"))).contains("Preventieve maatregelen");

            // Open pagina's horen een nieuwe versie via Server-Sent Events.
            List<String> gebeurtenissen = new CopyOnWriteArrayList<>();
            var sse = http.sendAsync(HttpRequest.newBuilder(basis.resolve("/gebeurtenissen")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(gebeurtenissen::add));
            wachtOp(() -> gebeurtenissen.contains("data: " + server.versie()), "eerste versie via SSE");
            long versie = server.versie();

            // Een beleidsmedewerker slaat hoofdstuk 4 op: een nieuwe titel en een wettenregel zonder komma.
            Path h = bron.resolve(HOOFDSTUK);
            String oud = Files.readString(h);
            Files.writeString(h, oud.replace("titel: Preventieve maatregelen", "titel: Preventieve maatregelen en voorlichting")
                    .replaceFirst("wetten: \\[Jeugdwet, LLV\\]", "wetten: Jeugdwet LLV"));
            String na = wachtOpPagina(basis.resolve("/"), p -> p.contains("Preventieve maatregelen en voorlichting"));
            assertThat(na).contains("Artikel 4.1 Preventieve maatregelen en voorlichting");
            String nieuweBevindingen = get(basis.resolve("/bevindingen"));
            assertThat(nieuweBevindingen).contains("Artikel 4.1 Preventieve maatregelen en voorlichting")
                    .contains("&#39;Jeugdwet LLV&#39; zonder komma").contains(HOOFDSTUK + ":");
            wachtOp(() -> gebeurtenissen.stream().anyMatch(g -> g.startsWith("data: ") && Long.parseLong(g.substring(6)) > versie),
                    "nieuwe versie via SSE");

            // Een bron die niet laadt: het laatste goede voorbeeld blijft, met de fouten erboven.
            Files.writeString(h, oud.replace("titel: Preventieve maatregelen", "titel: 'Preventieve maatregelen"));
            String kapot = wachtOpPagina(basis.resolve("/"), p -> p.contains("De bron laadt niet"));
            assertThat(kapot).contains("[yaml-syntaxis]").contains("Preventieve maatregelen en voorlichting");
            assertThat(kapot.indexOf("De bron laadt niet")).isLessThan(kapot.indexOf("Bevindingen per artikel"));

            // Weer goed.
            Files.writeString(h, oud);
            String hersteld = wachtOpPagina(basis.resolve("/"), p -> !p.contains("De bron laadt niet"));
            assertThat(hersteld).doesNotContain("Preventieve maatregelen en voorlichting");

            // Alleen loopback: via een ander adres van deze machine is de poort dicht.
            InetAddress extern = nietLoopback();
            if (extern != null) {
                assertThatThrownBy(() -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(extern, adres.getPort()), 2000);
                    }
                }).isInstanceOf(ConnectException.class);
            }
            sse.cancel(true);
        }
        // De server schreef niets in de bronmap.
        assertThat(bestanden(bron)).isEqualTo(bestandenVoor);
    }

    @Test
    void onbekendPadIs404EnAlleenGet(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        try (Voorbeeldserver server = new Voorbeeldserver(bron, Opties.STANDAARD)) {
            server.start(0);
            var r = http.send(HttpRequest.newBuilder(server.uri().resolve("/uitvoer/../../etc/passwd")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            var p = http.send(HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(p.statusCode()).isEqualTo(405);
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
        return r.body();
    }

    private String wachtOpPagina(URI uri, Predicate<String> klaar) throws Exception {
        long eind = System.nanoTime() + WACHT.toNanos();
        String p = null;
        while (System.nanoTime() < eind) {
            p = get(uri);
            if (klaar.test(p)) return p;
            Thread.sleep(50);
        }
        throw new AssertionError("de pagina veranderde niet binnen " + WACHT + "; laatste:\n" + p);
    }

    private static void wachtOp(java.util.function.BooleanSupplier klaar, String wat) throws InterruptedException {
        long eind = System.nanoTime() + WACHT.toNanos();
        while (System.nanoTime() < eind) {
            if (klaar.getAsBoolean()) return;
            Thread.sleep(20);
        }
        throw new AssertionError("niet gebeurd binnen " + WACHT + ": " + wat);
    }

    private static InetAddress nietLoopback() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) return a;
            }
        }
        return null;
    }

    private static List<Path> bestanden(Path map) throws IOException {
        try (Stream<Path> s = Files.walk(map)) {
            return s.map(map::relativize).sorted().toList();
        }
    }
}
