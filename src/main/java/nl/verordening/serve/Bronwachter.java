package nl.verordening.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Bewaakt de bronmap en haar submappen (ook nieuwe) en roept {@code bijWijziging} aan als het
 * {@link #RUST_MS} ms stil is na een wijziging: een editor die bij opslaan drie gebeurtenissen geeft
 * (tijdelijk bestand, hernoemen, wijzigen) geeft zo één herbouw.
 */
final class Bronwachter implements AutoCloseable {

    static final long RUST_MS = 200;

    private final WatchService ws;
    private final Map<WatchKey, Path> mappen = new HashMap<>();
    private final Runnable bijWijziging;
    private final Thread draad;

    Bronwachter(Path bron, Runnable bijWijziging) throws IOException {
        this.ws = bron.getFileSystem().newWatchService();
        this.bijWijziging = bijWijziging;
        registreerAlles(bron);
        this.draad = new Thread(this::loop, "verordening-bronwachter");
        draad.setDaemon(true);
    }

    void start() {
        draad.start();
    }

    private void registreerAlles(Path map) throws IOException {
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                mappen.put(p.register(ws, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), p);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = ws.take();
                verwerk(key);
                // Wachten tot het stil is.
                WatchKey volgende;
                while ((volgende = ws.poll(RUST_MS, TimeUnit.MILLISECONDS)) != null) verwerk(volgende);
                try {
                    bijWijziging.run();
                } catch (RuntimeException e) {
                    System.err.println("verordening serve: herbouwen mislukt: " + e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // gestopt
        }
    }

    private void verwerk(WatchKey key) {
        Path map = mappen.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == ENTRY_CREATE && map != null && e.context() instanceof Path naam) {
                Path nieuw = map.resolve(naam);
                if (Files.isDirectory(nieuw)) {
                    try {
                        registreerAlles(nieuw);
                    } catch (IOException ex) {
                        System.err.println("verordening serve: kan " + nieuw + " niet bewaken: " + ex.getMessage());
                    }
                }
            }
        }
        if (!key.reset()) mappen.remove(key);
    }

    @Override
    public void close() throws IOException {
        ws.close();
        draad.interrupt();
    }
}
