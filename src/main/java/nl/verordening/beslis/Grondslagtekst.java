package nl.verordening.beslis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.verordening.model.beslis.Grondslag;

/** "artikel 8.1.2, eerste lid" uit een grondslag (artikel-id, lid) en de artikelnummers. */
final class Grondslagtekst {

    private static final String[] RANG = {"", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
        "negende", "tiende", "elfde", "twaalfde"};

    private Grondslagtekst() {}

    static String van(Grondslag g, Function<String, String> nummer) {
        String s = "artikel " + nummer.apply(g.artikel());
        if (g.lid() == null) return s;
        if (g.lid().matches("[0-9]+") && Integer.parseInt(g.lid()) < RANG.length) return s + ", " + RANG[Integer.parseInt(g.lid())] + " lid";
        return s + ", lid " + g.lid();
    }

    static String van(List<Grondslag> grondslagen, Function<String, String> nummer) {
        Set<String> r = new LinkedHashSet<>();
        for (Grondslag g : grondslagen) r.add(van(g, nummer));
        return String.join("; ", new ArrayList<>(r));
    }
}
