package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/**
 * Het laatste onderdeel van een lijst eindigt op "; of" of "; en": de tekst belooft een volgend
 * onderdeel dat er niet is (vaak een weggevallen onderdeel of een verschoven punt).
 */
@CheckInfo(code = "STR003", id = "lijst-einde", ernst = Severity.WARNING,
        samenvatting = "het laatste onderdeel van een lijst eindigt op '; of' of '; en' zonder volgend onderdeel")
public final class LijstEindeCheck implements Check {

    private static final Pattern OPEN_EINDE = Pattern.compile("[;,]\\s*(of|en|en/of)\\s*$");

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void lijst(Blok.Lijst l, Pad pad) {
                if (l.onderdelen().isEmpty()) return;
                Onderdeel laatste = l.onderdelen().get(l.onderdelen().size() - 1);
                String tekst = laatsteTekst(laatste.inhoud());
                if (tekst == null) return;
                Matcher m = OPEN_EINDE.matcher(tekst);
                if (!m.find()) return;
                Pad p = pad.metOnderdeel(laatste);
                String naam = laatste.label() == null ? "het laatste onderdeel" : "onderdeel " + laatste.label();
                r.add(bevinding(laatste.pos(), p, p.omschrijving() + ": " + naam + " eindigt op '" + m.group().trim()
                        + "', maar er komt geen onderdeel meer; eindig met een punt of vul het ontbrekende onderdeel aan",
                        slot(tekst.substring(0, m.start()).stripTrailing()) + ".", m.group().trim()));
            }
        });
        return r;
    }

    /** De laatste woorden van een tekst, voor een korte suggestie ("… zelf kan regelen."). */
    private static String slot(String t) {
        if (t.length() <= 40) return t;
        int i = t.indexOf(' ', t.length() - 40);
        return "… " + t.substring(i < 0 ? t.length() - 40 : i + 1);
    }

    /** De tekst van het laatste blok als dat een alinea is (een geneste lijst eindigt zelf). */
    private static String laatsteTekst(List<Blok> inhoud) {
        if (inhoud.isEmpty()) return null;
        Blok b = inhoud.get(inhoud.size() - 1);
        if (b instanceof Blok.Alinea a) {
            Tekst t = a.tekst();
            return t.platteTekst().strip();
        }
        return null;
    }
}
