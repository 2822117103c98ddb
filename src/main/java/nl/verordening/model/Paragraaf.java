package nl.verordening.model;

import java.util.List;

/**
 * Een paragraaf binnen een hoofdstuk ("3.1 Stap 1: ..."), met optionele wettenregel en inleiding.
 * Nummer en titel mogen leeg zijn (een ongenummerde of titelloze paragraaf).
 */
public record Paragraaf(String id, String nummer, String titel, List<WetTag> wetten, List<Blok> inleiding,
                        List<Artikel> artikelen, SourcePosition pos) implements Onderdeelhouder {
    public Paragraaf {
        wetten = List.copyOf(wetten);
        inleiding = List.copyOf(inleiding);
        artikelen = List.copyOf(artikelen);
    }

    @Override
    public <R> R accept(Element.Bezoeker<R> b) {
        return b.paragraaf(this);
    }

    @Override
    public <R> R accept(Onderdeelhouder.Bezoeker<R> b) {
        return b.paragraaf(this);
    }
}
