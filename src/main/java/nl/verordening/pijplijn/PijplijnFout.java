package nl.verordening.pijplijn;

/**
 * Een bouw die niet kan of mag (uitvoermap in de bronmap, een vreemde map, een ontbrekende
 * sjablonenmap): een fout van de gebruiker, met een Nederlandse melding; er is niets veranderd.
 */
public final class PijplijnFout extends Exception {

    private static final long serialVersionUID = 1L;

    public PijplijnFout(String bericht) {
        super(bericht);
    }
}
