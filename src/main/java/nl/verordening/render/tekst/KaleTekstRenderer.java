package nl.verordening.render.tekst;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verordening.model.Verordening;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;

/**
 * De kale tekst: de officiële tekst zonder opmaak, als {@code kale-tekst/verordening.txt}.
 * Het kader komt uit het sjabloon {@value #SJABLOON} (door een gemeente te vervangen); de blokken
 * maakt {@link KaleTekstOpmaak}, in het sjabloon {@code $tekst}.
 *
 * <p>Na het sjabloon wordt de uitvoer genormaliseerd: regelovergangen '\n', geen witruimte aan
 * het eind van een regel, hoogstens één lege regel achter elkaar, geen lege regels aan het begin
 * en precies één regelovergang aan het eind.
 */
public final class KaleTekstRenderer implements Renderer {

    public static final String SJABLOON = "kale-tekst/verordening.txt.vm";
    public static final String BESTAND = "kale-tekst/verordening.txt";

    @Override
    public String name() {
        return "kale-tekst";
    }

    @Override
    public void render(Verordening verordening, Output output) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("verordening", verordening);
        model.put("metadata", verordening.metadata());
        model.put("tekst", new KaleTekstOpmaak(verordening));
        String tekst = output.templates().render(SJABLOON, model);
        output.writeString(BESTAND, normaliseer(tekst));
    }

    /** Zie de klassebeschrijving. */
    static String normaliseer(String tekst) {
        String[] regels = tekst.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder sb = new StringBuilder();
        boolean leeg = true; // vorige regel leeg (of begin)
        for (String r : regels) {
            String regel = r.stripTrailing();
            if (regel.isEmpty()) {
                if (!leeg) sb.append('\n');
                leeg = true;
            } else {
                sb.append(regel).append('\n');
                leeg = false;
            }
        }
        // een afsluitende lege regel weg
        int eind = sb.length();
        while (eind > 1 && sb.charAt(eind - 1) == '\n' && sb.charAt(eind - 2) == '\n') eind--;
        sb.setLength(eind);
        if (sb.length() == 0) sb.append('\n');
        return sb.toString();
    }
}
