package nl.verordening.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.verordening.pijplijn.GeheugenUitvoer;
import nl.verordening.pijplijn.Herlader;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;

/**
 * Een lokale voorbeeldserver: bouwt de bron in het geheugen, toont de uitvoer en de bevindingen,
 * bewaakt de bronmap en laat open pagina's herladen na elke keer opslaan. Luistert alleen op
 * 127.0.0.1 en schrijft nooit iets naar schijf.
 *
 * <pre>
 * try (Voorbeeldserver s = new Voorbeeldserver(Path.of("verordening-source"), Opties.STANDAARD)) {
 *     s.start(8080);   // 0: een vrije poort
 *     ...
 * }
 * </pre>
 */
public final class Voorbeeldserver implements AutoCloseable {

    /** Alleen de eigen machine: een voorbeeld van een concept hoort niet op het netwerk. */
    public static final String ADRES = "127.0.0.1";

    private static final String STOP = "\u0000stop";

    private final Path bron;
    private final Opties opties;
    private final Herlader herlader;
    private final List<BlockingQueue<String>> klanten = new CopyOnWriteArrayList<>();
    private volatile Stand stand = Stand.LEEG;
    private HttpServer server;
    private ExecutorService draden;
    private Bronwachter wachter;

    private final Consumer<String> log;

    /** Zonder meldingen van herbouwen (voor tests en wie de server inbedt). */
    public Voorbeeldserver(Path bron, Opties opties) {
        this(bron, opties, regel -> { });
    }

    /** @param log krijgt na elke herbouw één regel: versie, bevindingen of laadfouten, tijd, opnieuw gelezen bestanden */
    public Voorbeeldserver(Path bron, Opties opties, Consumer<String> log) {
        this.bron = bron;
        this.opties = opties;
        this.herlader = new Herlader(bron);
        this.log = log;
    }

    /** Bouwt één keer, begint te luisteren op {@code poort} (0: een vrije) en bewaakt de bronmap. */
    public void start(int poort) throws IOException {
        herbouw();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ADRES), poort), 0);
        AtomicInteger n = new AtomicInteger();
        draden = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "verordening-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(draden);
        server.createContext("/", this::pagina);
        server.createContext("/gebeurtenissen", this::gebeurtenissen);
        server.start();
        wachter = new Bronwachter(bron, this::herbouw);
        wachter.start();
    }

    public InetSocketAddress adres() {
        return server.getAddress();
    }

    public URI uri() {
        return URI.create("http://" + ADRES + ":" + adres().getPort() + "/");
    }

    /** Hoe vaak er gebouwd is; verandert na elke herbouw. */
    public long versie() {
        return stand.versie();
    }

    /** Laadt opnieuw (alleen gewijzigde bestanden), rendert in het geheugen en meldt het aan open pagina's. */
    public synchronized void herbouw() {
        Stand oud = stand;
        Herlader.Uitkomst u;
        try {
            u = herlader.herlaad();
        } catch (RuntimeException e) {
            // Een fout in het programma (een controle die crasht): tonen, en het laatste voorbeeld houden.
            stand = new Stand(oud.versie() + 1, oud.resultaat(), oud.uitvoer(), oud.laadfouten(), "interne fout: " + e,
                    oud.millis(), 0, LocalTime.now());
            log.accept("versie " + stand.versie() + ": interne fout: " + e);
            for (BlockingQueue<String> k : klanten) k.offer(Long.toString(stand.versie()));
            return;
        }
        Stand nieuw;
        double ms = u.nanos() / 1e6;
        if (u.bruikbaar()) {
            String fout = null;
            java.util.Map<String, byte[]> uitvoer = oud.uitvoer();
            try {
                GeheugenUitvoer g = Pijplijn.renderInGeheugen(u.resultaat(), opties);
                uitvoer = g.bestanden();
            } catch (Exception e) {
                fout = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            nieuw = new Stand(oud.versie() + 1, u.resultaat(), uitvoer, List.of(), fout, ms, u.ontleed(), LocalTime.now());
        } else {
            nieuw = new Stand(oud.versie() + 1, oud.resultaat(), oud.uitvoer(), u.laadfouten(), null, ms, u.ontleed(), LocalTime.now());
        }
        stand = nieuw;
        log.accept(String.format("versie %d: %s in %.1f ms (%d bestand(en) opnieuw gelezen)", nieuw.versie(),
                u.bruikbaar() ? u.resultaat().bevindingen().size() + " bevinding(en)" : u.laadfouten().size() + " laadfout(en)",
                ms, u.ontleed()));
        for (BlockingQueue<String> k : klanten) k.offer(Long.toString(nieuw.versie()));
    }

    private void pagina(HttpExchange x) throws IOException {
        try (x) {
            if (!"GET".equals(x.getRequestMethod()) && !"HEAD".equals(x.getRequestMethod())) {
                stuur(x, 405, "text/plain; charset=utf-8", "alleen GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Stand s = stand;
            String pad = x.getRequestURI().getPath();
            if (pad.equals("/")) {
                stuur(x, 200, "text/html; charset=utf-8", Paginas.voorbeeld(s, bron).getBytes(StandardCharsets.UTF_8));
            } else if (pad.equals("/bevindingen")) {
                stuur(x, 200, "text/html; charset=utf-8", Paginas.bevindingen(s, bron).getBytes(StandardCharsets.UTF_8));
            } else if (pad.startsWith("/uitvoer/") && s.uitvoer().containsKey(pad.substring(9))) {
                String naam = pad.substring(9);
                byte[] inhoud = s.uitvoer().get(naam);
                String soort = soort(naam);
                if (soort.startsWith("text/html")) inhoud = Paginas.metScript(inhoud, s, bron);
                stuur(x, 200, soort, inhoud);
            } else {
                stuur(x, 404, "text/plain; charset=utf-8", ("niet gevonden: " + pad).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Server-Sent Events: de huidige versie bij verbinden, en elke nieuwe versie. */
    private void gebeurtenissen(HttpExchange x) throws IOException {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        klanten.add(q);
        try (x) {
            x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            x.getResponseHeaders().set("Cache-Control", "no-cache");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            schrijf(out, "retry: 500\nevent: versie\ndata: " + stand.versie() + "\n\n");
            while (true) {
                String v = q.poll(15, TimeUnit.SECONDS);
                if (STOP.equals(v)) break;
                schrijf(out, v == null ? ": wacht\n\n" : "event: versie\ndata: " + v + "\n\n");
            }
        } catch (IOException | InterruptedException e) {
            // pagina dicht of server gestopt
        } finally {
            klanten.remove(q);
        }
    }

    private static void schrijf(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void stuur(HttpExchange x, int code, String soort, byte[] inhoud) throws IOException {
        x.getResponseHeaders().set("Content-Type", soort);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(x.getRequestMethod());
        x.sendResponseHeaders(code, head ? -1 : inhoud.length);
        if (!head) x.getResponseBody().write(inhoud);
    }

    static String soort(String naam) {
        String n = naam.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) return "text/html; charset=utf-8";
        if (n.endsWith(".txt") || n.endsWith(".md")) return "text/plain; charset=utf-8";
        if (n.endsWith(".css")) return "text/css; charset=utf-8";
        if (n.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (n.endsWith(".json")) return "application/json";
        if (n.endsWith(".xml")) return "application/xml";
        if (n.endsWith(".svg")) return "image/svg+xml";
        if (n.endsWith(".png")) return "image/png";
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) return "image/jpeg";
        if (n.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return "application/octet-stream";
    }

    /** Stopt wachter, open verbindingen en server; daarna eindigt het proces netjes. */
    @Override
    public void close() {
        try {
            if (wachter != null) wachter.close();
        } catch (IOException e) {
            // niets meer aan te doen
        }
        for (BlockingQueue<String> k : klanten) k.offer(STOP);
        if (server != null) server.stop(0);
        if (draden != null) draden.shutdownNow();
    }
}
