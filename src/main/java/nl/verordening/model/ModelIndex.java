package nl.verordening.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opzoeken in een verordening zonder te zoeken: elk element op stabiel id, elk lid en onderdeel op
 * pad ({@code artikel-id#lid-2.a}), en van elke knoop zijn {@link Pad} (dus zijn ouders). Eén walk
 * bij het bouwen; daarna is elke opzoeking een hash-opzoeking. Bij een dubbel id of lidnummer wint
 * het eerste (de lader meldt dubbele ids; dubbele lidnummers zijn een bevinding).
 */
public final class ModelIndex {

    private final Map<String, Element> elementen = new LinkedHashMap<>();
    private final Map<String, Object> opPad = new LinkedHashMap<>();
    private final Map<Object, Pad> paden = new IdentityHashMap<>();

    ModelIndex(Verordening v) {
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override public void hoofdstuk(Hoofdstuk h, Pad p) { element(h, p); }
            @Override public void paragraaf(Paragraaf x, Pad p) { element(x, p); }
            @Override public void artikel(Artikel a, Pad p) { element(a, p); }
            @Override public void begrip(Begrip g, Pad p) { element(g, p); }
            @Override public void bijlage(Bijlage x, Pad p) { element(x, p); }
            @Override public void lid(Blok.Lid l, Pad p) { deel(l, p); }
            @Override public void onderdeel(Onderdeel o, Pad p) { if (o.label() != null) deel(o, p); }
        });
    }

    private void element(Element e, Pad p) {
        elementen.putIfAbsent(e.id(), e);
        paden.put(e, p);
    }

    private void deel(Object o, Pad p) {
        paden.put(o, p);
        if (p.artikel() != null && p.begrip() == null && p.deel() == Pad.Deel.INHOUD) opPad.putIfAbsent(p.id(), o);
    }

    /** Elk element op id, in documentvolgorde. */
    public Map<String, Element> elementen() {
        return Collections.unmodifiableMap(elementen);
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(elementen.get(id));
    }

    /** Het element met dit id als het van deze soort is. */
    public <T extends Element> Optional<T> element(String id, Class<T> soort) {
        Element e = elementen.get(id);
        return soort.isInstance(e) ? Optional.of(soort.cast(e)) : Optional.empty();
    }

    public Optional<Artikel> artikel(String id) {
        return element(id, Artikel.class);
    }

    /**
     * Wat een pad aanwijst: een element ({@code id}), een lid ({@code id#lid-2}) of een onderdeel
     * ({@code id#lid-2.a}, {@code id#onderdeel-b}).
     */
    public Optional<Object> opPad(String pad) {
        if (pad.indexOf('#') < 0) return Optional.ofNullable(elementen.get(pad));
        return Optional.ofNullable(opPad.get(pad));
    }

    /** Het lid op dit pad ({@code id#lid-2}). */
    public Optional<Blok.Lid> lid(String artikelId, String nummer) {
        return opPad(Pad.pad(artikelId, nummer, null)).filter(Blok.Lid.class::isInstance).map(Blok.Lid.class::cast);
    }

    /** Het onderdeel op dit pad; {@code lid} mag null zijn (onderdeel direct in het artikel). */
    public Optional<Onderdeel> onderdeel(String artikelId, String lid, String label) {
        return opPad(Pad.pad(artikelId, lid, label)).filter(Onderdeel.class::isInstance).map(Onderdeel.class::cast);
    }

    /** Het pad van een knoop (element, lid of onderdeel) van dit model; op identiteit. */
    public Optional<Pad> pad(Object knoop) {
        return Optional.ofNullable(paden.get(knoop));
    }

    /** Het hoofdstuk waarin het element met dit id staat. */
    public Optional<Hoofdstuk> hoofdstukVan(String id) {
        return element(id).map(paden::get).map(Pad::hoofdstuk);
    }

    /**
     * Het pad en alle omvattende paden, van binnen naar buiten: {@code a#lid-2.a}, {@code a#lid-2},
     * {@code a}, dan paragraaf en hoofdstuk (of het artikel van een begripsbepaling).
     */
    public List<String> omvattend(String pad) {
        List<String> r = new ArrayList<>();
        String p = pad;
        int hekje = p.indexOf('#');
        if (hekje >= 0) {
            r.add(p);
            String frag = p.substring(hekje + 1);
            String basis = p.substring(0, hekje);
            int punt;
            while ((punt = frag.lastIndexOf('.')) >= 0) {
                frag = frag.substring(0, punt);
                r.add(basis + "#" + frag);
            }
            p = basis;
        }
        Element e = elementen.get(p);
        if (e == null) {
            if (!r.contains(p)) r.add(p);
            return r;
        }
        r.add(e.id());
        Pad q = paden.get(e);
        if (q != null) {
            if (q.begrip() == e && q.artikel() != null) r.add(q.artikel().id());
            if (q.paragraaf() != null && q.paragraaf() != e) r.add(q.paragraaf().id());
            if (q.hoofdstuk() != null && q.hoofdstuk() != e) r.add(q.hoofdstuk().id());
        }
        return r;
    }
}
