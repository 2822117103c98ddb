package nl.verordening.model;

import java.util.List;

/**
 * Een paragraaf binnen een hoofdstuk ("3.1 Stap 1: ..."), met optionele wettenregel en inleiding.
 */
public record Paragraaf(String id, String nummer, String titel, List<WetTag> wetten, List<Blok> inleiding,
                        List<Artikel> artikelen, SourcePosition pos) implements Onderdeelhouder {
    public Paragraaf {
        wetten = List.copyOf(wetten);
        inleiding = List.copyOf(inleiding);
        artikelen = List.copyOf(artikelen);
    }
}
