package nl.verordening.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.verordening.model.SourcePosition;

/** Eén bronbestand: strikt als UTF-8 gelezen, met de parser voor de tekst erin. */
final class SourceFile {

    final String name;
    final String text;
    final Node root;
    final TekstParser tekst;

    private SourceFile(String name, String text, Node root, TekstParser tekst) {
        this.name = name;
        this.text = text;
        this.root = root;
        this.tekst = tekst;
    }

    /** Null als het bestand ontbreekt, geen UTF-8 is of geen geldige YAML; de fout is dan gemeld. */
    static SourceFile read(Path dir, String name, SourcePosition genoemdOp, Diagnostics diag) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, genoemdOp != null ? genoemdOp : new SourcePosition(name, 0, 0),
                    "bestand '" + name + "' bestaat niet in " + dir);
            return null;
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, new SourcePosition(name, 0, 0), "kan '" + name + "' niet lezen: " + e.getMessage());
            return null;
        }
        SourcePosition fout = eersteOngeldigeUtf8(bytes, name);
        if (fout != null) {
            diag.error(LaadFout.GEEN_UTF8, fout, "het bestand is geen geldige UTF-8: ongeldige byte hier; sla het op als UTF-8");
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        Node root = new YamlReader(name, diag).read(text);
        if (root == null) return null;
        return new SourceFile(name, text, root, new TekstParser(diag, new ScalarLocator(text, name)));
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
            if (c == '\n') {
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
