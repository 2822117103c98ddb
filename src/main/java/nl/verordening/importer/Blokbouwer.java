package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.importer.Eenheid.Stuk;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;

/**
 * Derde stap: eenheden binnen een artikel, inleiding of definitie worden blokken.
 *
 * <ul>
 *   <li>Een genummerd item ("1. ...") is een {@link Blok.Lid} op artikelniveau; nummers zoals geschreven,
 *       ook dubbele.</li>
 *   <li>Letters ("a. ...") vormen een {@link LijstSoort#LETTERS}-lijst in het open lid, anders in het
 *       artikel; romeinse cijfers een {@link LijstSoort#ROMEINS}-lijst in het laatste letteronderdeel.</li>
 *   <li>Opsommingstekens en streepjes vormen een {@link LijstSoort#OPSOMMING}; binnen een onderdeel dat
 *       op ':' eindigt komen ze in dat onderdeel, anders in het open lid of het artikel. Een ander teken
 *       begint een nieuwe lijst.</li>
 *   <li>Een wettenregel midden in het artikel sluit het lid en wordt een {@link Blok.Wettenregel}.</li>
 *   <li>Een alinea na een lid blijft in dat lid, behalve als hij na een witregel met een hoofdletter
 *       begint en er geen lid meer volgt: dan is het een slotalinea van het artikel (zoals de laatste
 *       alinea's van 5.6.2 en 6.4.3). Een alinea die met een kleine letter begint ("tweede categorie:")
 *       blijft altijd in het lid.</li>
 * </ul>
 */
final class Blokbouwer {

    private final Bevindingen bevindingen;
    private final Wetten wetten;

    Blokbouwer(Bevindingen bevindingen, Wetten wetten) {
        this.bevindingen = bevindingen;
        this.wetten = wetten;
    }

    // veranderlijke tussenvormen
    private record MAlinea(Stuk stuk) {}

    private record MWetten(Eenheid tag) {}

    private static final class MTabel {
        final List<Eenheid> rijen = new ArrayList<>();

        MTabel(Eenheid e) {
            rijen.add(e);
        }
    }

    private static final class MLid {
        final Eenheid eenheid;
        final List<Object> inhoud = new ArrayList<>();

        MLid(Eenheid e) {
            eenheid = e;
        }
    }

    private static final class MLijst {
        final LijstSoort soort;
        final Soort teken;
        final Regel regel;
        final List<MOnderdeel> items = new ArrayList<>();

        MLijst(LijstSoort soort, Soort teken, Regel regel) {
            this.soort = soort;
            this.teken = teken;
            this.regel = regel;
        }
    }

    private static final class MOnderdeel {
        final Eenheid eenheid;
        final List<Object> inhoud = new ArrayList<>();

        MOnderdeel(Eenheid e) {
            eenheid = e;
            for (Stuk s : e.stukken) inhoud.add(new MAlinea(s));
        }

        String laatsteTekst() {
            for (int k = inhoud.size() - 1; k >= 0; k--) {
                if (inhoud.get(k) instanceof MAlinea a) return a.stuk().tekst();
            }
            return "";
        }
    }

    List<Blok> bouw(List<Eenheid> eenheden) {
        List<Object> top = new ArrayList<>();
        MLid lid = null;
        for (int i = 0; i < eenheden.size(); i++) {
            Eenheid e = eenheden.get(i);
            List<Object> container = lid != null ? lid.inhoud : top;
            switch (e.soort) {
                case LID -> {
                    lid = new MLid(e);
                    for (Stuk s : e.stukken) if (s.tekst.length() > 0) lid.inhoud.add(new MAlinea(s));
                    top.add(lid);
                }
                case LETTER -> lijst(container, LijstSoort.LETTERS, Soort.LETTER, e).items.add(new MOnderdeel(e));
                case GRAAD -> {
                    // "1°" staat onder een letteronderdeel ("g. ... met: 1°. ...")
                    List<Object> ouder = container;
                    if (laatste(container) instanceof MLijst l && l.soort == LijstSoort.LETTERS && !l.items.isEmpty()) {
                        ouder = l.items.get(l.items.size() - 1).inhoud;
                    }
                    lijst(ouder, LijstSoort.GRAAD, Soort.GRAAD, e).items.add(new MOnderdeel(e));
                }
                case RIJ -> {
                    if (laatste(container) instanceof MTabel t) t.rijen.add(e);
                    else container.add(new MTabel(e));
                }
                case ROMEIN -> {
                    List<Object> ouder = container;
                    if (laatste(container) instanceof MLijst l && l.soort == LijstSoort.LETTERS && !l.items.isEmpty()) {
                        ouder = l.items.get(l.items.size() - 1).inhoud;
                    }
                    lijst(ouder, LijstSoort.ROMEINS, Soort.ROMEIN, e).items.add(new MOnderdeel(e));
                }
                case BOLLETJE, STREEPJE -> {
                    List<Object> ouder = container;
                    if (laatste(container) instanceof MLijst l && l.soort != LijstSoort.OPSOMMING && !l.items.isEmpty()
                            && l.items.get(l.items.size() - 1).laatsteTekst().endsWith(":")) {
                        ouder = l.items.get(l.items.size() - 1).inhoud;
                    }
                    lijst(ouder, LijstSoort.OPSOMMING, e.soort, e).items.add(new MOnderdeel(e));
                }
                case TAG -> {
                    lid = null;
                    top.add(new MWetten(e));
                }
                default -> { // TEKST, BEGRIP (definitie), KERNWAARDEN buiten de inleiding, koppen horen hier niet
                    List<Object> doel = container;
                    if (lid != null && e.naLeeg && begintMetHoofdletter(e) && !volgtLid(eenheden, i)) {
                        lid = null;
                        doel = top;
                    }
                    for (Stuk s : e.stukken) if (s.tekst.length() > 0) doel.add(new MAlinea(s));
                }
            }
        }
        return blokken(top);
    }

    private static MLijst lijst(List<Object> ouder, LijstSoort soort, Soort teken, Eenheid e) {
        if (laatste(ouder) instanceof MLijst l && l.soort == soort && Objects.equals(l.teken, teken)) return l;
        MLijst l = new MLijst(soort, teken, e.regel);
        ouder.add(l);
        return l;
    }

    private static Object laatste(List<Object> l) {
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    private static boolean begintMetHoofdletter(Eenheid e) {
        String t = e.alleTekst();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) return Character.isUpperCase(c);
            if (Character.isDigit(c)) return true;
        }
        return false;
    }

    private static boolean volgtLid(List<Eenheid> eenheden, int i) {
        for (int k = i + 1; k < eenheden.size(); k++) if (eenheden.get(k).soort == Soort.LID) return true;
        return false;
    }

    // ---------------------------------------------------------------- naar het model

    private List<Blok> blokken(List<Object> lijst) {
        List<Blok> r = new ArrayList<>();
        for (Object o : lijst) {
            if (o instanceof MAlinea a) {
                r.add(alinea(a.stuk()));
            } else if (o instanceof MLid l) {
                r.add(new Blok.Lid(l.eenheid.label, blokken(l.inhoud), pos(l.eenheid.regel)));
            } else if (o instanceof MLijst l) {
                List<Onderdeel> onderdelen = new ArrayList<>();
                for (MOnderdeel d : l.items) {
                    String label = l.soort == LijstSoort.OPSOMMING ? null : d.eenheid.label;
                    onderdelen.add(new Onderdeel(label, blokken(d.inhoud), pos(d.eenheid.regel)));
                }
                r.add(new Blok.Lijst(l.soort, onderdelen, pos(l.regel)));
            } else if (o instanceof MTabel t) {
                r.add(tabel(t));
            } else if (o instanceof MWetten w) {
                r.add(new Blok.Wettenregel(wetten.lees(w.tag().regel, w.tag().tagInhoud, w.tag().tagKolom),
                        pos(w.tag().regel)));
            }
        }
        return r;
    }

    /**
     * Een tabel uit rijen cellen. De eerste rij is de kop als geen van zijn cellen een getal of bedrag is
     * en een andere rij dat wel heeft ("Omschrijving | Normbedrag" boven "Keuken | 1.865,00").
     */
    private Blok.Tabel tabel(MTabel t) {
        List<Blok.Tabel.Rij> rijen = new ArrayList<>();
        for (Eenheid e : t.rijen) {
            List<Tekst> cellen = new ArrayList<>();
            for (String c : e.cellen) cellen.add(Tekst.van(c));
            rijen.add(new Blok.Tabel.Rij(cellen, pos(e.regel)));
        }
        Blok.Tabel.Rij kop = null;
        if (rijen.size() >= 2 && t.rijen.get(0).cellen.stream().noneMatch(Blokbouwer::isGetal)
                && t.rijen.subList(1, t.rijen.size()).stream().anyMatch(e -> e.cellen.stream().anyMatch(Blokbouwer::isGetal))) {
            kop = rijen.remove(0);
        }
        return new Blok.Tabel(Tekst.LEEG, kop, rijen, pos(t.rijen.get(0).regel));
    }

    private static boolean isGetal(String cel) {
        return cel.matches("[€$]?\\s*[-+]?\\d[\\d.,]*\\s*%?(?:\\s*(?:euro|EUR))?");
    }

    private Blok.Alinea alinea(Stuk s) {
        return new Blok.Alinea(Tekst.van(s.tekst()), pos(s.regel));
    }

    private SourcePosition pos(Regel r) {
        return bevindingen.pos(r);
    }
}
