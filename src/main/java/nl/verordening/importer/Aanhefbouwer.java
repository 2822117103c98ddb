package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Blok;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;

/**
 * De aanhef voor de eerste kop, in de vorm van het VNG-model: "De raad der gemeente X;", "gelezen het
 * voorstel ...;", "gelet op ...;" (één grond of een opsomming), "besluit: vast te stellen ...". Zonder
 * "gelet op" en "besluit" blijft de aanhef lopende tekst.
 */
final class Aanhefbouwer {

    private static final Pattern GELET_OP = Pattern.compile("(?iu)^gelet\\s+op\\b\\s*:?\\s*(.*)$");
    private static final Pattern BESLUIT = Pattern.compile("(?iu)^(?:besluit\\s+als\\s+volgt|besluiten|besluit)\\b\\s*:?\\s*(.*)$");
    private static final Pattern SLOT_VAN_GROND = Pattern.compile("\\s*(?:[,;]\\s*(?:en|of)?|\\s+en)\\s*$");

    private final Blokbouwer bouwer;
    private final Bevindingen bevindingen;

    Aanhefbouwer(Blokbouwer bouwer, Bevindingen bevindingen) {
        this.bouwer = bouwer;
        this.bevindingen = bevindingen;
    }

    Aanhef bouw(List<Eenheid> voor) {
        if (voor.isEmpty()) return Aanhef.GEEN;
        SourcePosition pos = bevindingen.pos(voor.get(0).regel);
        int g = -1;
        int b = -1;
        for (int i = 0; i < voor.size(); i++) {
            String t = voor.get(i).alleTekst();
            if (g < 0 && b < 0 && GELET_OP.matcher(t).matches()) g = i;
            if (b < 0 && BESLUIT.matcher(t).matches() && voor.get(i).soort == Soort.TEKST) b = i;
        }
        bevindingen.info("import-aanhef", pos, "Tekst voor de eerste kop is als aanhef overgenomen.");
        if (g < 0 && b < 0) return Aanhef.vanTekst(bouwer.bouw(voor), pos);
        int eindTekst = g >= 0 ? g : b;
        List<Blok> tekst = bouwer.bouw(voor.subList(0, eindTekst));

        List<Tekst> geletOp = new ArrayList<>();
        if (g >= 0) {
            int eind = b >= 0 ? b : voor.size();
            Matcher m = GELET_OP.matcher(voor.get(g).alleTekst());
            m.matches();
            if (!m.group(1).isBlank()) geletOp.add(Tekst.van(grond(m.group(1))));
            for (int i = g + 1; i < eind; i++) {
                String t = grond(voor.get(i).alleTekst());
                if (!t.isEmpty()) geletOp.add(Tekst.van(t));
            }
        }
        List<Blok> besluit = new ArrayList<>();
        if (b >= 0) {
            Eenheid e = voor.get(b);
            Matcher m = BESLUIT.matcher(e.alleTekst());
            m.matches();
            if (!m.group(1).isBlank()) besluit.add(new Blok.Alinea(Tekst.van(m.group(1).strip()), bevindingen.pos(e.regel)));
            besluit.addAll(bouwer.bouw(voor.subList(b + 1, voor.size())));
        } else {
            bevindingen.waarschuwing("import-aanhef-zonder-besluit", pos,
                    "Aanhef met 'gelet op' maar zonder 'besluit'; controleer de aanhef.");
        }
        return new Aanhef(tekst, geletOp, besluit, pos);
    }

    /** Eén grond zonder het scheidingsteken erachter (de uitvoer zet ", " en " en " zelf). */
    private static String grond(String t) {
        return SLOT_VAN_GROND.matcher(t.strip()).replaceAll("").strip();
    }
}
