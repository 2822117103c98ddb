package nl.verordening.pijplijn;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Schrijft een map in zijn geheel of niet: alles komt in een tijdelijke map naast het doel en
 * vervangt het doel pas als alles gelukt is. Een mislukte run laat de vorige uitvoer staan.
 */
public final class UitvoerMap implements AutoCloseable {

    /** Merkt een map als door ons gemaakt, zodat we nooit een vreemde map vervangen. */
    public static final String MERK = ".verordening-uitvoer";

    private final Path doel;
    private final Path tijdelijk;
    private boolean klaar;

    private UitvoerMap(Path doel, Path tijdelijk) {
        this.doel = doel;
        this.tijdelijk = tijdelijk;
    }

    public static UitvoerMap begin(Path doel, boolean merk) throws IOException {
        Path abs = doel.toAbsolutePath().normalize();
        Path ouder = abs.getParent();
        Files.createDirectories(ouder);
        Path tmp = Files.createTempDirectory(ouder, "." + abs.getFileName() + ".nieuw-");
        // Een tijdelijke map is alleen voor de eigenaar; de uitvoer is voor iedereen leesbaar.
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Geen POSIX-rechten (Windows): de standaard van het systeem is goed.
        }
        if (merk) Files.writeString(tmp.resolve(MERK), "Gemaakt door verordening; deze map wordt bij elke build vervangen.\n");
        return new UitvoerMap(abs, tmp);
    }

    public Path map() {
        return tijdelijk;
    }

    /** Vervangt het doel door de nieuwe map. */
    public void vervang() throws IOException {
        Path oud = null;
        if (Files.exists(doel)) {
            oud = Files.createTempDirectory(doel.getParent(), "." + doel.getFileName() + ".oud-");
            Files.delete(oud);
            verplaats(doel, oud);
        }
        try {
            verplaats(tijdelijk, doel);
        } catch (IOException e) {
            if (oud != null) verplaats(oud, doel);
            throw e;
        }
        klaar = true;
        if (oud != null) verwijder(oud);
    }

    private static void verplaats(Path van, Path naar) throws IOException {
        try {
            Files.move(van, naar, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(van, naar);
        }
    }

    @Override
    public void close() throws IOException {
        if (!klaar) verwijder(tijdelijk);
    }

    public static void verwijder(Path p) throws IOException {
        if (!Files.exists(p)) return;
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static boolean leegOfVanOns(Path p) throws IOException {
        if (!Files.exists(p)) return true;
        if (!Files.isDirectory(p)) return false;
        if (Files.exists(p.resolve(MERK))) return true;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
