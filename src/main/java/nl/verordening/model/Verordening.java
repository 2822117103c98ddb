package nl.verordening.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Een hele verordening: het wortelelement van het model. */
public record Verordening(Metadata metadata, List<Wet> wetten, List<Parameter> parameters,
                          List<Hoofdstuk> hoofdstukken) {

    public Verordening {
        wetten = List.copyOf(wetten);
        parameters = List.copyOf(parameters);
        hoofdstukken = List.copyOf(hoofdstukken);
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

    public List<Begrip> begrippen() {
        List<Begrip> r = new ArrayList<>();
        hoofdstukken.forEach(h -> r.addAll(h.begrippen()));
        return r;
    }

    public Optional<Wet> wet(String code) {
        return wetten.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    public Optional<Parameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Elk element met een stabiel id, op id: hoofdstukken, paragrafen, artikelen en begrippen. */
    public Map<String, Object> elementenOpId() {
        Map<String, Object> r = new LinkedHashMap<>();
        for (Hoofdstuk h : hoofdstukken) {
            r.putIfAbsent(h.id(), h);
            for (Begrip b : h.begrippen()) r.putIfAbsent(b.id(), b);
            for (Onderdeelhouder o : h.onderdelen()) {
                r.putIfAbsent(o.id(), o);
                if (o instanceof Paragraaf p) p.artikelen().forEach(a -> r.putIfAbsent(a.id(), a));
            }
        }
        return r;
    }

    /** Het hoofdstuk waarin een artikel of paragraaf staat. */
    public Optional<Hoofdstuk> hoofdstukVan(String id) {
        for (Hoofdstuk h : hoofdstukken) {
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o.id().equals(id)) return Optional.of(h);
                if (o instanceof Paragraaf p && p.artikelen().stream().anyMatch(a -> a.id().equals(id))) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }
}
