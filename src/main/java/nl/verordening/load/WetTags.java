package nl.verordening.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.WetTag;

/**
 * Zet de wettenregel van de bron om in tags, getoetst aan het wettenregister. Twee codes zonder
 * komma ("Wmo LLV") worden twee tags die onthouden hoe ze geschreven zijn: de vastgestelde tekst
 * blijft zoals hij is, en een controle kan de ontbrekende komma melden.
 */
final class WetTags {

    private final Set<String> codes;
    private final Diagnostics diag;

    WetTags(Set<String> codes, Diagnostics diag) {
        this.codes = new LinkedHashSet<>(codes);
        this.diag = diag;
    }

    List<WetTag> tags(List<Node.Scalar> items) {
        List<WetTag> r = new ArrayList<>();
        for (Node.Scalar s : items) {
            // "wetten: Wmo, LLV" zonder haken is ook goed.
            for (String stuk : s.text().split(",")) {
                String t = stuk.strip();
                if (t.isEmpty()) continue;
                r.addAll(tag(t, s.pos()));
            }
        }
        return r;
    }

    private List<WetTag> tag(String t, SourcePosition pos) {
        if (codes.contains(t)) return List.of(new WetTag(t, t, pos));
        String[] delen = t.split("\\s+");
        if (delen.length > 1 && Arrays.stream(delen).allMatch(codes::contains)) {
            return Arrays.stream(delen).map(d -> new WetTag(d, t, pos)).toList();
        }
        diag.error(LaadFout.WET_ONBEKEND, pos, "onbekende wet '" + t + "' in de wettenregel" + DidYouMean.hint(t, codes)
                + (codes.isEmpty() ? "; voeg de wet toe aan wetten.yaml (dat is nu leeg)"
                        : "; voeg de wet toe aan wetten.yaml of gebruik een code daaruit (" + String.join(", ", codes) + ")"));
        return List.of();
    }
}
