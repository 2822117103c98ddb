package nl.verordening.beslis;

import java.util.List;

/** Onbruikbare invoer of een tabel die geen antwoord kan geven; de meldingen zijn Nederlands. */
public final class Beslisfout extends RuntimeException {

    private final List<String> meldingen;

    public Beslisfout(List<String> meldingen) {
        super(String.join("; ", meldingen));
        this.meldingen = List.copyOf(meldingen);
    }

    public Beslisfout(String melding) {
        this(List.of(melding));
    }

    public List<String> meldingen() {
        return meldingen;
    }
}
