package nl.verordening.cli;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Checks;
import nl.verordening.load.LaadFout;
import nl.verordening.model.Severity;

/**
 * De catalogus van alle meldingen, uit de metadata: laadfouten ({@link LaadFout}) en controles
 * ({@link CheckInfo} via {@link Checks#alle()}). Voor {@code check --lijst} en docs/controles.md.
 */
final class Catalogus {

    private Catalogus() {}

    /** Uitgelijnde tabel voor de terminal. */
    static String tekst() {
        StringBuilder sb = new StringBuilder();
        sb.append("Laadfouten: de bron is onbruikbaar; niet te aanvaarden.\n\n");
        sb.append(uitgelijnd(laadfouten(false)));
        sb.append("\nControles: te aanvaarden met 'aanvaard:' in de bron (zie docs/controles.md).\n\n");
        sb.append(uitgelijnd(controles(false)));
        return sb.toString();
    }

    /** Dezelfde catalogus als Markdown-tabellen, voor docs/controles.md. */
    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("### Controles\n\n");
        sb.append(markdownTabel(controles(true)));
        sb.append("\n### Laadfouten\n\n");
        sb.append(markdownTabel(laadfouten(true)));
        return sb.toString();
    }

    private static List<String[]> controles(boolean links) {
        List<String[]> r = new ArrayList<>();
        r.add(new String[] {"code", "id", "ernst", "samenvatting"});
        for (Check c : Checks.alle()) {
            CheckInfo i = c.info();
            String code = links ? "[" + i.code() + "](controles/" + i.code() + ".md)" : i.code();
            r.add(new String[] {code, i.id(), i.ernst().label(), i.samenvatting()});
        }
        return r;
    }

    private static List<String[]> laadfouten(boolean markdown) {
        List<String[]> r = new ArrayList<>();
        r.add(new String[] {"code", "ernst", "samenvatting"});
        for (LaadFout f : LaadFout.values()) {
            r.add(new String[] {markdown ? "`" + f.code() + "`" : f.code(), Severity.ERROR.label(), f.samenvatting()});
        }
        return r;
    }

    private static String uitgelijnd(List<String[]> rijen) {
        int[] breedte = new int[rijen.get(0).length];
        for (String[] rij : rijen) {
            for (int i = 0; i < rij.length; i++) breedte[i] = Math.max(breedte[i], rij[i].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] rij : rijen) {
            StringBuilder regel = new StringBuilder("  ");
            for (int i = 0; i < rij.length; i++) {
                regel.append(i == rij.length - 1 ? rij[i] : String.format("%-" + (breedte[i] + 2) + "s", rij[i]));
            }
            sb.append(regel.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String markdownTabel(List<String[]> rijen) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rijen.size(); r++) {
            sb.append("| ").append(String.join(" | ", rijen.get(r))).append(" |\n");
            if (r == 0) sb.append("|").append(" --- |".repeat(rijen.get(0).length)).append('\n');
        }
        return sb.toString();
    }
}
