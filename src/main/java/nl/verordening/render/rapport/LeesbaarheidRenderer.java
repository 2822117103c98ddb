package nl.verordening.render.rapport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Artikelleesbaarheid;
import nl.verordening.model.taal.Leesbaarheid;
import nl.verordening.model.taal.Taalniveau;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;

/**
 * De leesbaarheid van elk artikel als HTML-tabel, moeilijkste eerst ({@code output/rapport/leesbaarheid.html}).
 * Dezelfde maten als controle TAL001 ({@code model.taal}); getallen staan voorgeformatteerd in het
 * sjabloonmodel, zodat het sjabloon alleen opmaakt.
 */
public final class LeesbaarheidRenderer implements Renderer {

    public static final String SJABLOON = "rapport/leesbaarheid.html.vm";
    public static final String BESTAND = "rapport/leesbaarheid.html";
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Override
    public String name() {
        return "rapport";
    }

    @Override
    public void render(Verordening v, Output output) throws IOException {
        Taalniveau niveau = v.metadata().taalniveau();
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (Artikelleesbaarheid.Maat m : Artikelleesbaarheid.moeilijksteEerst(Artikelleesbaarheid.van(v))) {
            Leesbaarheid l = m.leesbaarheid();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("artikel", m.artikel().nummer());
            r.put("titel", m.artikel().titel());
            r.put("fleschDouma", l.scoreTelt() ? String.format(NL, "%.0f", l.fleschDouma()) : "–");
            r.put("woordenPerZin", String.format(NL, "%.1f", l.woordenPerZin()));
            r.put("langsteZin", Integer.toString(l.langsteZin()));
            r.put("langeWoorden", Math.round(100 * l.aandeelLangeWoorden()) + "%");
            r.put("passief", l.passief() + " van " + l.zinnen());
            r.put("haalt", l.haalt(niveau));
            rijen.add(r);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("titel", v.metadata().citeertitel());
        model.put("niveau", niveau.name());
        model.put("minimaleLeesgemak", String.format(NL, "%.0f", niveau.minimaleLeesgemak()));
        model.put("woordenPerZin", String.format(NL, "%.0f", niveau.woordenPerZin()));
        model.put("langsteZin", Integer.toString(niveau.langsteZin()));
        model.put("rijen", rijen);
        model.put("nietGehaald", rijen.stream().filter(r -> !(Boolean) r.get("haalt")).count());
        output.writeString(BESTAND, output.templates().render(SJABLOON, model));
    }
}
