package nl.verordening.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Element;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Wat een import opleverde: tellingen voor de samenvatting, en bij elke bevinding het element waar ze
 * over gaat (het laatste element met een id dat op of voor de regel van de bevinding begint), zodat
 * de bron er een "# controleer:"-regel bij kan zetten.
 */
public final class Samenvatting {

    private static final java.util.regex.Pattern METADATA = java.util.regex.Pattern.compile(
            "^import-(?:ondertekening|vaststelling|titel|citeertitel|gemeente|jaar|cbs|inwerkingtreding|intrekking|aanhef)");

    private Samenvatting() {}

    /** Hoofdstukken, paragrafen, artikelen, leden, begrippen, bijlagen, tabellen. */
    public record Tellingen(int hoofdstukken, int paragrafen, int artikelen, int leden, int begrippen, int bijlagen,
                            int tabellen) {}

    public static Tellingen tel(Verordening v) {
        int[] n = new int[2];
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void lid(Blok.Lid lid, Pad pad) {
                n[0]++;
            }

            @Override
            public void tabel(Blok.Tabel tabel, Pad pad) {
                n[1]++;
            }
        });
        int hoofdstukken = (int) v.hoofdstukken().stream().filter(h -> !h.nummer().isEmpty() || !h.titel().isEmpty()).count();
        return new Tellingen(hoofdstukken, v.paragrafen().size(), v.artikelen().size(), n[0], v.begrippen().size(),
                v.bijlagen().size(), n[1]);
    }

    /** Onzekere plekken: de waarschuwingen, elk met het id van het element waar ze bij horen (of null). */
    public static List<Finding> controlepunten(ImportResult r) {
        List<Element> elementen = new ArrayList<>();
        ModelWalker.walk(r.verordening(), new ModelBezoeker() {
            @Override public void hoofdstuk(Hoofdstuk h, Pad pad) { elementen.add(h); }
            @Override public void paragraaf(Paragraaf p, Pad pad) { elementen.add(p); }
            @Override public void artikel(Artikel a, Pad pad) { elementen.add(a); }
            @Override public void begrip(Begrip b, Pad pad) { elementen.add(b); }
            @Override public void bijlage(Bijlage b, Pad pad) { elementen.add(b); }
        });
        elementen.removeIf(e -> !e.pos().known());
        elementen.sort(Comparator.comparingInt(e -> e.pos().line()));
        List<Finding> uit = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.severity() != Severity.WARNING) continue;
            String id = null;
            // bevindingen over titel, slot en ondertekening horen bij verordening.yaml
            for (Element e : METADATA.matcher(f.code()).find() ? List.<Element>of() : elementen) {
                if (e.pos().line() <= f.pos().line()) id = e.id();
                else break;
            }
            uit.add(new Finding(f.code(), f.severity(), f.pos(), f.message(), f.pos().known() ? id : null));
        }
        return uit;
    }
}
