package nl.verordening.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.model.Aanvaarding;
import nl.verordening.model.Pad;
import nl.verordening.model.bron.Bronformaat;

/**
 * Leest {@code aanvaard: [{code: WET001, reden: "..."}]} bij hoofdstuk, paragraaf, artikel, begrip
 * en lid, en verzamelt de aanvaardingen met het pad van hun element ({@code artikel-id},
 * {@code artikel-id#lid-2}). De codes komen van de aanroeper: de lader kent de controles niet.
 */
final class AanvaardReader {

    static final String SLEUTEL = Bronformaat.Gedeeld.AANVAARD.naam();
    /** De vorm van een controlecode; laadfouten (veld-onbekend) zijn niet te aanvaarden. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}[0-9]{3}");

    private final Diagnostics diag;
    private final Set<String> codes;
    private final List<Aanvaarding> alle = new ArrayList<>();
    /** Het artikel waarin nu gelezen wordt, voor het pad van een lid; null erbuiten. */
    private String artikel;

    /** @param codes de codes die aanvaard mogen worden, of null om alleen de vorm te controleren */
    AanvaardReader(Diagnostics diag, Set<String> codes) {
        this.diag = diag;
        this.codes = codes;
    }

    void inArtikel(String id) {
        artikel = id;
    }

    /** De aanvaardingen van een lid in het huidige artikel. */
    void lid(Fields v, String nummer) {
        if (!v.has(SLEUTEL)) return;
        if (artikel == null) {
            diag.error(LaadFout.AANVAARDING_ONGELDIG, v.keyPos(SLEUTEL), "'aanvaard' bij een lid kan alleen in de inhoud van een artikel");
            return;
        }
        lees(v, artikel.isEmpty() || nummer.isEmpty() ? null : Pad.pad(artikel, nummer, null));
    }

    /** @param element het pad van het element; null of leeg als zijn id ontbreekt (dat is al gemeld) */
    void lees(Fields v, String element) {
        for (Node n : v.list(SLEUTEL)) {
            Fields a = Fields.of(n, "aanvaarding", diag, Bronformaat.Aanvaarding.BLOK);
            if (a == null) continue;
            String code = a.required(Bronformaat.Aanvaarding.CODE);
            boolean goed = !code.isEmpty();
            if (goed && (!CODE.matcher(code).matches() || (codes != null && !codes.contains(code)))) {
                String hint = codes == null ? "" : DidYouMean.hint(code, codes);
                diag.error(LaadFout.AANVAARDING_ONGELDIG, a.node(Bronformaat.Aanvaarding.CODE).get().pos(), "onbekende code '" + code + "' in 'aanvaard'"
                        + hint + (codes == null ? "; een code heeft de vorm WET001" : "; aanvaarden kan: " + String.join(", ", codes)));
                goed = false;
            }
            String reden = a.optional(Bronformaat.Aanvaarding.REDEN).orElse("");
            if (reden.isEmpty()) {
                diag.error(LaadFout.AANVAARDING_ONGELDIG, a.pos(), "aanvaarding van '" + code
                        + "' zonder reden; schrijf waarom, zoals reden: \"zo vastgesteld door de raad\"");
                goed = false;
            }
            if (goed && element != null && !element.isEmpty()) alle.add(new Aanvaarding(element, code, reden, a.pos()));
        }
    }

    List<Aanvaarding> alle() {
        return List.copyOf(alle);
    }
}
