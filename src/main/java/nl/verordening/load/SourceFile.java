package nl.verordening.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.verordening.model.SourcePosition;

/** Eén bronbestand: strikt als UTF-8 gelezen, met de parser voor de tekst erin. */
final class SourceFile {

    final String name;
    final String text;
    final Node root;
    final TekstParser tekst;
    /** De ontleding waar dit bestand uit komt; dezelfde (==) betekent dezelfde bytes onder dezelfde naam. */
    final BronCache.Ontleed ontleed;

    private SourceFile(String name, String text, Node root, TekstParser tekst, BronCache.Ontleed ontleed) {
        this.name = name;
        this.text = text;
        this.root = root;
        this.tekst = tekst;
        this.ontleed = ontleed;
    }

    /** Null als het bestand ontbreekt, geen UTF-8 is of geen geldige YAML; de fout is dan gemeld. */
    static SourceFile read(Path dir, String name, SourcePosition genoemdOp, Diagnostics diag) {
        return read(dir, name, genoemdOp, diag, null);
    }

    /** Als hierboven; met een {@link BronCache} wordt een ongewijzigd bestand niet opnieuw gelezen en ontleed. */
    static SourceFile read(Path dir, String name, SourcePosition genoemdOp, Diagnostics diag, BronCache cache) {
        SourcePosition plek = genoemdOp != null ? genoemdOp : new SourcePosition(name, 0, 0);
        Path pad = dir.resolve(name);
        if (!Files.exists(pad, LinkOption.NOFOLLOW_LINKS)) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, plek, "bestand '" + name + "' bestaat niet in " + dir
                    + (name.equals(SourceLoader.WETTEN) ? "; maak het, met 'wetten: []' als de tekst geen wettenregels heeft" : ""));
            return null;
        }
        if (!binnenBron(dir, pad, name, plek, diag)) return null;
        if (Files.isDirectory(pad)) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, plek, "'" + name + "' is een map, geen bestand; noem hier een YAML-bestand");
            return null;
        }
        BronCache.Ontleed o;
        try {
            if (Files.size(pad) > 4L * YamlReader.MAX_TEKENS) {
                diag.error(LaadFout.BESTAND_TE_GROOT, plek, "'" + name + "' is te groot (" + Files.size(pad) / 1_000_000
                        + " MB); verdeel de tekst over meer hoofdstuk- of bijlagebestanden");
                return null;
            }
            o = cache != null ? cache.lees(pad, name, SourceFile::ontleed) : ontleed(Files.readAllBytes(pad), name);
        } catch (NoSuchFileException e) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, plek, "bestand '" + name + "' bestaat niet in " + dir
                    + " (een symbolische koppeling wijst naar niets)");
            return null;
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, plek, "kan '" + name + "' niet lezen: " + reden(e));
            return null;
        }
        diag.alle(o.meldingen());
        if (o.root() == null) return null;
        // De tekstparser meldt in de Diagnostics van deze laadgang; de rest is van het bestand.
        return new SourceFile(name, o.text(), o.root(), new TekstParser(diag, o.locator()), o);
    }

    /** UTF-8 en YAML: alles wat alleen van de bytes van dit bestand afhangt, met de meldingen erbij. */
    static BronCache.Ontleed ontleed(byte[] bytes, String name) {
        Diagnostics diag = new Diagnostics();
        SourcePosition fout = eersteOngeldigeUtf8(bytes, name);
        if (fout != null) {
            diag.error(LaadFout.GEEN_UTF8, fout, "het bestand is geen geldige UTF-8: ongeldige byte hier; sla het op als UTF-8");
            return new BronCache.Ontleed(null, null, null, diag.all());
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // Regeleinden als '\n' (ook CRLF en alleen CR): regels en kolommen tellen dan overal hetzelfde.
        String text = regeleinden(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        Node root = new YamlReader(name, diag).read(text);
        return new BronCache.Ontleed(text, root, root == null ? null : new ScalarLocator(text, name), diag.all());
    }

    /**
     * Of {@code pad} ook na het volgen van symbolische koppelingen in de bronmap ligt; meldt het als
     * dat niet zo is. Een bron mag nooit iets buiten zijn eigen map laten lezen.
     */
    static boolean binnenBron(Path dir, Path pad, String name, SourcePosition plek, Diagnostics diag) {
        try {
            Path echt = pad.toRealPath();
            if (!echt.startsWith(dir.toRealPath())) {
                diag.error(LaadFout.BESTAND_BUITEN_BRON, plek, "'" + name + "' ligt (via een symbolische koppeling) buiten de"
                        + " bronmap; een bron mag alleen bestanden in zijn eigen map gebruiken");
                return false;
            }
            return true;
        } catch (NoSuchFileException e) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, plek, "'" + name + "' bestaat niet (een symbolische koppeling wijst naar niets)");
            return false;
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, plek, "kan '" + name + "' niet lezen: " + reden(e));
            return false;
        }
    }

    /** De reden van een leesfout in het Nederlands (de tekst van het systeem is Engels). */
    static String reden(IOException e) {
        if (e instanceof FileSystemLoopException || String.valueOf(e.getMessage()).contains("symbolic links")) {
            return "de symbolische koppelingen wijzen in een kring naar elkaar; verwijs naar het bestand zelf";
        }
        if (e instanceof AccessDeniedException) return "geen leesrechten; geef uzelf leesrechten (bijv. 'chmod u+r')";
        if (String.valueOf(e.getMessage()).contains("Is a directory")) return "het is een map, geen bestand";
        return "het besturingssysteem weigert het lezen; controleer het bestand en de rechten";
    }

    static String regeleinden(String t) {
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Regel en kolom (in tekens) van de eerste byte die geen geldige UTF-8 is, of null. */
    static SourcePosition eersteOngeldigeUtf8(byte[] b, String name) {
        int line = 1;
        int col = 1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            if (c < 0x80) n = 0;
            else if (c >= 0xC2 && c <= 0xDF) n = 1;
            else if (c >= 0xE0 && c <= 0xEF) n = 2;
            else if (c >= 0xF0 && c <= 0xF4) n = 3;
            else return new SourcePosition(name, line, col);
            if (i + n >= b.length && n > 0) return new SourcePosition(name, line, col);
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return new SourcePosition(name, line, col);
            }
            // Te lange coderingen en surrogaten zijn ook ongeldig.
            if (n == 2 && ((c == 0xE0 && (b[i + 1] & 0xFF) < 0xA0) || (c == 0xED && (b[i + 1] & 0xFF) > 0x9F))) {
                return new SourcePosition(name, line, col);
            }
            if (n == 3 && ((c == 0xF0 && (b[i + 1] & 0xFF) < 0x90) || (c == 0xF4 && (b[i + 1] & 0xFF) > 0x8F))) {
                return new SourcePosition(name, line, col);
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
                col = 1;
            } else {
                col += n == 3 ? 2 : 1;
            }
            i += n + 1;
        }
        return null;
    }
}
