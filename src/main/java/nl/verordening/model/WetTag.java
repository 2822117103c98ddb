package nl.verordening.model;

/**
 * Een wet waarop een artikel rust, zoals genoemd in de wettenregel ("[Jeugdwet, Wmo, LLV]").
 *
 * @param code      code uit het wettenregister ("Wmo")
 * @param geschreven hoe de tag in de bron staat; wijkt af van {@code code} als twee codes zonder
 *                  komma zijn geschreven ("Wmo LLV"), zodat een controle dat kan melden
 */
public record WetTag(String code, String geschreven, SourcePosition pos) {
    public WetTag(String code, SourcePosition pos) {
        this(code, code, pos);
    }
}
