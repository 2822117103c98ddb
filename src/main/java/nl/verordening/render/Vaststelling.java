package nl.verordening.render;

import java.util.List;
import nl.verordening.model.Metadata;

/**
 * Vaste formules rond de vaststelling, één keer voor alle uitvoer: de slotformule die past bij
 * het orgaan dat vaststelt, en de "gelet op"-zin van de aanhef.
 */
public final class Vaststelling {

    private Vaststelling() {}

    /**
     * De slotformule zoals vastgesteld als de bron die geeft, anders de standaardformule van het orgaan:
     * <ul>
     * <li>raad: "Vastgesteld door de gemeenteraad van de gemeente X in zijn openbare vergadering van 18 december 2025,"</li>
     * <li>college: "Vastgesteld door het college van burgemeester en wethouders van de gemeente X op 1 maart 2026,"</li>
     * <li>burgemeester: "Vastgesteld door de burgemeester van de gemeente X op 1 maart 2026,"</li>
     * </ul>
     * Zonder datum vervalt het deel met de datum.
     */
    public static String slotformule(Metadata m) {
        if (m.slotformule() != null && !m.slotformule().isBlank()) return m.slotformule().strip();
        String datum = m.vastgesteld() == null ? null : NederlandseDatum.lang(m.vastgesteld());
        String wie = "Vastgesteld door " + m.orgaan().naam() + " van de gemeente " + m.gemeente();
        return switch (m.orgaan()) {
            case RAAD -> wie + (datum == null ? "" : " in zijn openbare vergadering van " + datum) + ",";
            case COLLEGE, BURGEMEESTER -> wie + (datum == null ? "" : " op " + datum) + ",";
        };
    }

    /** "gelet op A;", "gelet op A en B;", "gelet op A, B en C;" */
    public static String geletOp(List<String> gronden) {
        if (gronden.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("gelet op ");
        for (int i = 0; i < gronden.size(); i++) {
            if (i > 0) sb.append(i == gronden.size() - 1 ? " en " : ", ");
            sb.append(gronden.get(i).strip());
        }
        return sb.append(';').toString();
    }
}
