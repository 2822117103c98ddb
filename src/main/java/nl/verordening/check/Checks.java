package nl.verordening.check;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/** Alle controles, en het uitvoeren ervan in vaste volgorde. */
public final class Checks {

    private Checks() {}

    public static List<Check> standaard() {
        return List.of(new WetSchrijfwijzeCheck());
    }

    /** Alle bevindingen van alle controles, gesorteerd op bronplek. */
    public static List<Finding> run(Verordening v, List<Check> checks) {
        List<Finding> r = new ArrayList<>();
        for (Check c : checks) r.addAll(c.check(v));
        return r.stream().sorted().toList();
    }
}
