package nl.verordening.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import nl.verordening.model.SourcePosition;

/**
 * Een illustratie: een bestand in de bronmap (ook na symbolische koppelingen) dat naar zijn inhoud
 * een SVG, PNG of JPEG is. De extensie zegt niets: wat telt zijn de eerste bytes.
 */
final class Afbeelding {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Afbeelding() {}

    static void controleer(Path dir, String bestand, SourcePosition pos, Diagnostics diag) {
        Path pad;
        try {
            pad = dir.resolve(bestand).normalize();
        } catch (InvalidPathException e) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, pos, "'" + bestand + "' is geen geldige bestandsnaam");
            return;
        }
        if (bestand.startsWith("/") || !SourceLoader.binnen(dir, pad)) {
            diag.error(LaadFout.BESTAND_BUITEN_BRON, pos, "afbeelding '" + bestand + "' ligt buiten de bronmap; zet haar in de bronmap"
                    + " (bijv. afbeeldingen/) en noem het pad vanaf daar");
            return;
        }
        if (!Files.exists(pad)) {
            diag.error(LaadFout.BESTAND_ONTBREEKT, pos, "afbeelding '" + bestand + "' bestaat niet in " + dir);
            return;
        }
        if (!SourceFile.binnenBron(dir, pad, bestand, pos, diag)) return;
        if (!Files.isRegularFile(pad)) {
            diag.error(LaadFout.AFBEELDING_ONGELDIG, pos, "afbeelding '" + bestand + "' is geen bestand");
            return;
        }
        byte[] kop;
        try (InputStream in = Files.newInputStream(pad)) {
            kop = in.readNBytes(512);
        } catch (IOException e) {
            diag.error(LaadFout.BESTAND_ONLEESBAAR, pos, "kan afbeelding '" + bestand + "' niet lezen: " + SourceFile.reden(e));
            return;
        }
        if (!soort(kop)) {
            diag.error(LaadFout.AFBEELDING_ONGELDIG, pos, "'" + bestand + "' is naar zijn inhoud geen SVG-, PNG- of JPEG-afbeelding;"
                    + " sla de illustratie op in een van die vormen");
        }
    }

    static boolean soort(byte[] kop) {
        if (begint(kop, PNG) || begint(kop, JPEG)) return true;
        String tekst = new String(kop, StandardCharsets.UTF_8).stripLeading();
        if (tekst.startsWith("\uFEFF")) tekst = tekst.substring(1);
        // SVG: <svg direct, of na een XML-kop, commentaar of doctype.
        return tekst.startsWith("<svg") || ((tekst.startsWith("<?xml") || tekst.startsWith("<!--") || tekst.startsWith("<!DOCTYPE svg"))
                && tekst.contains("<svg"));
    }

    private static boolean begint(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }
}
