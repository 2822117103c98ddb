package nl.verordening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verordening.model.beslis.Beslistabel;

/**
 * Een hele verordening: het wortelelement van het model.
 *
 * @param bijlagen      bijlagen na de ondertekening
 * @param aanvaardingen bevindingen die de schrijver bewust aanvaardt (uit {@code aanvaard:} in de bron)
 * @param beslistabellen uitvoerbare beslistabellen uit {@code beslistabellen/*.yaml}
 */
public record Verordening(Metadata metadata, List<Wet> wetten, List<Parameter> parameters,
                          List<Hoofdstuk> hoofdstukken, List<Bijlage> bijlagen, List<Aanvaarding> aanvaardingen,
                          List<Beslistabel> beslistabellen) {

    public Verordening {
        beslistabellen = List.copyOf(beslistabellen);
        wetten = List.copyOf(wetten);
        parameters = List.copyOf(parameters);
        hoofdstukken = List.copyOf(hoofdstukken);
        bijlagen = List.copyOf(bijlagen);
        aanvaardingen = List.copyOf(aanvaardingen);
    }

    /** Zonder beslistabellen. */
    public Verordening(Metadata metadata, List<Wet> wetten, List<Parameter> parameters, List<Hoofdstuk> hoofdstukken,
                       List<Bijlage> bijlagen, List<Aanvaarding> aanvaardingen) {
        this(metadata, wetten, parameters, hoofdstukken, bijlagen, aanvaardingen, List.of());
    }

    /** De beslistabel met dit id. */
    public Optional<Beslistabel> beslistabel(String id) {
        return beslistabellen.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Zonder bijlagen en aanvaardingen. */
    public Verordening(Metadata metadata, List<Wet> wetten, List<Parameter> parameters, List<Hoofdstuk> hoofdstukken) {
        this(metadata, wetten, parameters, hoofdstukken, List.of(), List.of());
    }

    public List<Artikel> artikelen() {
        List<Artikel> r = new ArrayList<>();
        hoofdstukken.forEach(h -> r.addAll(h.artikelen()));
        return r;
    }

    public List<Paragraaf> paragrafen() {
        List<Paragraaf> r = new ArrayList<>();
        hoofdstukken.forEach(h -> r.addAll(h.paragrafen()));
        return r;
    }

    /** Alle begrippen: uit begrippenlijsten van hoofdstukken en uit begripsbepalingen in artikelen. */
    public List<Begrip> begrippen() {
        List<Begrip> r = new ArrayList<>();
        ModelWalker.walk(this, new ModelBezoeker() {
            @Override
            public void begrip(Begrip b, Pad pad) {
                r.add(b);
            }
        });
        return r;
    }

    public Optional<Wet> wet(String code) {
        return wetten.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    public Optional<Parameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** De index: elementen op id en pad, ouders. Bouw hem één keer en bewaar hem. */
    public ModelIndex index() {
        return new ModelIndex(this);
    }

    /** Elk element met een stabiel id, op id (bij een dubbel id het eerste). */
    public Map<String, Element> elementenOpId() {
        return index().elementen();
    }
}
