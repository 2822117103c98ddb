package nl.verordening.importer;

import java.util.HashSet;
import java.util.Set;
import nl.verordening.model.StabielId;

/**
 * Stabiele ids: slug van de titel, uniek in één naamruimte voor hoofdstukken, paragrafen, artikelen
 * en begrippen. Bij een botsing komt het nummer erachter ("uitnodiging-voor-gesprek-3-2-1-b"), en
 * als dat nog botst "-2", "-3".
 */
final class Ids {

    static final int MAX = 50;

    private final Set<String> gebruikt = new HashSet<>();

    /** {@link StabielId#slug}, afgekapt op een woordgrens: een id uit een lange titel blijft leesbaar. */
    static String slug(String s) {
        String n = StabielId.slug(s);
        if (n.length() > MAX) {
            int k = n.substring(0, MAX + 1).lastIndexOf('-');
            n = (k > 0 ? n.substring(0, k) : n.substring(0, MAX)).replaceAll("-+$", "");
        }
        return n;
    }

    /**
     * Een uniek id.
     *
     * @param basis  de gewenste slug (mag leeg zijn, dan {@code reserve})
     * @param nummer het nummer om bij een botsing aan te hangen, of null
     */
    String geef(String basis, String nummer, String reserve) {
        String id = basis == null || basis.isEmpty() ? reserve : basis;
        if (gebruikt.add(id)) return id;
        if (nummer != null && !slug(nummer).isEmpty()) {
            id = id + "-" + slug(nummer);
            if (gebruikt.add(id)) return id;
        }
        for (int i = 2; ; i++) {
            String kandidaat = id + "-" + i;
            if (gebruikt.add(kandidaat)) return kandidaat;
        }
    }
}
