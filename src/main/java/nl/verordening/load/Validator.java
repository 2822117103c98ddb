package nl.verordening.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Element;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Parameter;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;

/**
 * Wat pas over de hele bron te zeggen is: unieke ids en nummers, en of elke verwijzing en
 * parameter een doel heeft. Dubbele lidnummers zijn geen laadfout: die komen in vastgestelde
 * teksten voor en zijn een bevinding voor de nummeringscontrole.
 */
final class Validator {

    private final Diagnostics diag;

    Validator(Diagnostics diag) {
        this.diag = diag;
    }

    void validate(Verordening v) {
        Map<String, SourcePosition> ids = new HashMap<>();
        Map<String, SourcePosition> hoofdstukNummers = new HashMap<>();
        Map<String, SourcePosition> nummers = new HashMap<>();
        Map<String, SourcePosition> bijlageNummers = new HashMap<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void hoofdstuk(Hoofdstuk h, Pad pad) {
                uniek(ids, h.id(), h.pos(), "id", LaadFout.ID_DUBBEL);
                uniek(hoofdstukNummers, h.nummer(), h.pos(), "hoofdstuknummer", LaadFout.NUMMER_DUBBEL);
            }

            @Override
            public void paragraaf(Paragraaf p, Pad pad) {
                uniek(ids, p.id(), p.pos(), "id", LaadFout.ID_DUBBEL);
                uniek(nummers, p.nummer(), p.pos(), "paragraaf- of artikelnummer", LaadFout.NUMMER_DUBBEL);
            }

            @Override
            public void artikel(Artikel a, Pad pad) {
                uniek(ids, a.id(), a.pos(), "id", LaadFout.ID_DUBBEL);
                uniek(nummers, a.nummer(), a.pos(), "artikel- of paragraafnummer", LaadFout.NUMMER_DUBBEL);
            }

            @Override
            public void begrip(Begrip b, Pad pad) {
                uniek(ids, b.id(), b.pos(), "id", LaadFout.ID_DUBBEL);
            }

            @Override
            public void bijlage(Bijlage b, Pad pad) {
                uniek(ids, b.id(), b.pos(), "id", LaadFout.ID_DUBBEL);
                uniek(bijlageNummers, b.nummer(), b.pos(), "bijlagenummer", LaadFout.NUMMER_DUBBEL);
            }
        });
        ModelIndex index = v.index();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void inline(Inline i, Pad pad) {
                if (i instanceof Inline.Verwijzing r) verwijzing(r, index);
                else if (i instanceof Inline.ParameterWaarde p) parameter(p, v);
            }
        });
    }

    private void uniek(Map<String, SourcePosition> gezien, String sleutel, SourcePosition pos, String wat, LaadFout code) {
        if (sleutel.isEmpty()) return;
        SourcePosition eerder = gezien.putIfAbsent(sleutel, pos);
        if (eerder != null) {
            diag.error(code, pos, wat + " '" + sleutel + "' is al gebruikt op " + eerder);
        }
    }

    private void verwijzing(Inline.Verwijzing r, ModelIndex index) {
        Optional<Element> doel = index.element(r.doel());
        if (doel.isEmpty()) {
            diag.error(LaadFout.VERWIJZING_ONBEKEND, r.pos(), "verwijzing naar onbekend id '" + r.doel() + "'" + DidYouMean.hint(r.doel(), index.elementen().keySet()));
            return;
        }
        if (r.lid() == null && r.onderdeel() == null) return;
        if (!(doel.get() instanceof Artikel a)) {
            diag.error(LaadFout.VERWIJZING_ONBEKEND, r.pos(), "'" + r.doel() + "' is geen artikel; alleen een artikel heeft leden en onderdelen");
            return;
        }
        if (r.lid() != null && index.lid(a.id(), r.lid()).isEmpty()) {
            diag.error(LaadFout.VERWIJZING_ONBEKEND, r.pos(), "artikel " + a.nummer() + " ('" + a.id() + "') heeft geen lid " + r.lid()
                    + " (wel: " + String.join(", ", a.leden().stream().map(Blok.Lid::nummer).distinct().toList()) + ")");
            return;
        }
        if (r.onderdeel() != null && index.onderdeel(a.id(), r.lid(), r.onderdeel()).isEmpty()) {
            diag.error(LaadFout.VERWIJZING_ONBEKEND, r.pos(), "artikel " + a.nummer() + (r.lid() == null ? "" : ", lid " + r.lid())
                    + " heeft geen onderdeel " + r.onderdeel());
        }
    }

    private void parameter(Inline.ParameterWaarde p, Verordening v) {
        Optional<Parameter> par = v.parameter(p.parameter());
        if (par.isEmpty()) {
            Map<String, Object> ids = new LinkedHashMap<>();
            v.parameters().forEach(x -> ids.put(x.id(), x));
            diag.error(LaadFout.PARAMETER_ONBEKEND, p.pos(), "onbekende parameter '" + p.parameter() + "'" + DidYouMean.hint(p.parameter(), ids.keySet())
                    + (v.parameters().isEmpty() ? "; parameters staan in parameters.yaml" : ""));
        } else if (v.metadata().inwerkingtreding() != null && par.get().geldigOp(v.metadata().inwerkingtreding()).isEmpty()) {
            diag.error(LaadFout.PARAMETER_GEEN_WAARDE, p.pos(), "parameter '" + p.parameter() + "' heeft geen waarde die geldt op "
                    + v.metadata().inwerkingtreding() + " (de datum van inwerkingtreding)");
        }
    }
}
