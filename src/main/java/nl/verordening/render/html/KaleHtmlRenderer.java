package nl.verordening.render.html;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verordening.model.Verordening;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;

/**
 * De kale tekst als één semantische, afdrukbare HTML-pagina ({@code kale-tekst/verordening.html}),
 * uit het sjabloon {@value #SJABLOON} (ge-escapet; de blokken maakt {@link KaleHtmlOpmaak},
 * in het sjabloon {@code $html}). Ankers per artikel en lid zoals verwijzingen ze gebruiken.
 */
public final class KaleHtmlRenderer implements Renderer {

    public static final String SJABLOON = "kale-tekst/verordening.html.vm";
    public static final String BESTAND = "kale-tekst/verordening.html";

    private final KaleTekstInstellingen instellingen;

    public KaleHtmlRenderer() {
        this(KaleTekstInstellingen.STANDAARD);
    }

    public KaleHtmlRenderer(KaleTekstInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @Override
    public String name() {
        return "kale-tekst-html";
    }

    @Override
    public void render(Verordening verordening, Output output) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("verordening", verordening);
        model.put("metadata", verordening.metadata());
        model.put("html", new KaleHtmlOpmaak(verordening, instellingen));
        output.writeString(BESTAND, output.templates().render(SJABLOON, model));
    }
}
