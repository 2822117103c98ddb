package nl.verordening.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.SourcePosition;

/**
 * Gegevens over de verordening als geheel: citeertitel, gemeente, jaar, inwerkingtreding en intrekking
 * uit de artikelen; vaststelling, slotformule, orgaan en ondertekening uit het slot.
 */
final class Metadatalezer {

    private static final Pattern CITEERTITEL = Pattern.compile(
            "(?iu)\\b(?:deze|de)\\s+(?:verordening|regeling)\\s+(?:wordt|kan\\s+worden)\\s+"
                    + "(?:aangehaald|genoemd|geciteerd)(?:\\s+als)?\\s*:?\\s*(.+)");
    private static final Pattern INWERKING = Pattern.compile(
            "(?iu)(?:treedt|treden)\\s+in\\s+werking\\s+(?:met\\s+ingang\\s+van|op|per)\\s+(?:de\\s+)?" + Datums.DATUM.pattern()
                    .replace("(?iu)", ""));
    private static final Pattern VERVANGT = Pattern.compile("(?iu)\\bvervangt\\s+(?:de\\s+eerdere\\s+|de\\s+)?(.+)");
    private static final Pattern INGETROKKEN = Pattern.compile(
            "(?iu)^(?:de\\s+)?(.+?),?\\s+(?:zoals\\s+vastgesteld\\b.*?\\s+)?wordt\\s+ingetrokken\\b.*");
    private static final Pattern GEMEENTE = Pattern.compile("(?iu)\\bgemeente\\s+(.+?)(?:\\s+\\d{4})?\\s*$");
    private static final Pattern GEMEENTERAAD = Pattern.compile("(?iu)\\bgemeenteraad\\s+van\\s+(?:de\\s+)?gemeente\\s+(.+?)\\s+(?:in|op|d\\.d\\.)\\b");
    private static final Pattern JAAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern FUNCTIE = Pattern.compile(
            "(?iu)\\b(?:raads)?(?:griffier|voorzitter|burgemeester|secretaris|wethouder)\\b");
    private static final Pattern INITIALEN = Pattern.compile("^(?:\\p{Lu}{1,2}\\.)+$");
    private static final Pattern INWERKING_TEKST = Pattern.compile("(?iu)\\b(?:treedt|treden)\\s+in\\s+werking\\s+(.+)$");
    /** Het orgaan in de aanhef of het slot: "Het college van burgemeester en wethouders ...", "De raad der gemeente ...". */
    private static final Pattern ORGAAN_REGEL = Pattern.compile(
            "(?iu)^(?:het\\s+)?college\\s+van\\s+burgemeester|^burgemeester\\s+en\\s+wethouders|^de\\s+(?:gemeente)?raad\\b"
                    + "|^de\\s+burgemeester\\s+(?:van|der)\\b");
    private static final Pattern GEMEENTE_IN_AANHEF = Pattern.compile(
            "(?u)\\b[Gg]emeente\\s+(\\p{Lu}[\\p{L}'\u2019\\-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019\\-]*|\\s+aan\\s+den|\\s+op|\\s+van|\\s+de)*)");
    private static final Pattern CBS = Pattern.compile("(?i)^gm\\d{4}$");

    private final ImportOptions options;
    private final Bevindingen bevindingen;

    Metadatalezer(ImportOptions options, Bevindingen bevindingen) {
        this.options = options;
        this.bevindingen = bevindingen;
    }

    private record Plek(String tekst, SourcePosition pos) {}

    Metadata metadata(String titel, Regel titelRegel, Aanhef aanhef, List<Hoofdstuk> hoofdstukken, List<Regel> slot) {
        List<Plek> teksten = new ArrayList<>();
        for (Hoofdstuk h : hoofdstukken) {
            verzamel(h.inleiding(), teksten);
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf p) {
                    verzamel(p.inleiding(), teksten);
                    for (Artikel a : p.artikelen()) verzamel(a.inhoud(), teksten);
                } else if (o instanceof Artikel a) {
                    verzamel(a.inhoud(), teksten);
                }
            }
        }

        String citeertitel = null;
        LocalDate inwerking = null;
        String intrekt = null;
        for (Plek p : teksten) {
            Matcher m;
            if (citeertitel == null && (m = CITEERTITEL.matcher(p.tekst())).find()) {
                citeertitel = opschonen(zin(m.group(1)));
            }
            if (inwerking == null && (m = INWERKING.matcher(p.tekst())).find()) {
                inwerking = Datums.maak(m.group(1), m.group(2), m.group(3));
            }
            if (intrekt == null && (m = VERVANGT.matcher(p.tekst())).find()) {
                intrekt = opschonen(zin(m.group(1)));
            }
        }
        if (intrekt == null) {
            for (Plek p : teksten) {
                Matcher m = INGETROKKEN.matcher(p.tekst());
                if (m.matches()) {
                    intrekt = hoofdletter(opschonen(m.group(1)));
                    break;
                }
            }
        }
        SourcePosition pos = titelRegel != null ? bevindingen.pos(titelRegel)
                : new SourcePosition(bevindingen.pos(null).file(), 1, 1);
        if (citeertitel == null && titel != null) {
            // Zonder citeerartikel wordt een regeling met haar titel aangehaald.
            citeertitel = titel;
            bevindingen.waarschuwing("import-citeertitel-onbekend", pos,
                    "Geen citeertitel gevonden ('Deze verordening wordt genoemd: ...'); de titel is als citeertitel genomen.");
        } else if (citeertitel == null) {
            bevindingen.waarschuwing("import-citeertitel-onbekend", pos,
                    "Geen citeertitel gevonden ('Deze verordening wordt genoemd: ...').");
        }
        if (titel == null) {
            titel = citeertitel;
            bevindingen.waarschuwing("import-titel-onbekend", pos, titel == null
                    ? "Geen titel gevonden (geen herhaalde koptekst en geen citeertitel)."
                    : "Geen herhaalde koptekst gevonden; de citeertitel is als titel genomen.");
        }
        String inwerkingTekst = null;
        if (inwerking == null) {
            for (Plek p : teksten) {
                Matcher m = INWERKING_TEKST.matcher(p.tekst());
                if (m.find()) {
                    // zoals de tekst het zegt; geen datum verzinnen
                    inwerkingTekst = m.group(1).strip().replaceAll("[.;]$", "");
                    break;
                }
            }
            if (inwerkingTekst == null) {
                bevindingen.waarschuwing("import-inwerkingtreding-onbekend", pos,
                        "Geen datum van inwerkingtreding gevonden ('treedt in werking met ingang van ...').");
            } else {
                bevindingen.info("import-inwerkingtreding-tekst", pos,
                        "Inwerkingtreding zonder vaste datum; overgenomen als tekst: '" + inwerkingTekst + "'.");
            }
        }
        if (intrekt == null) {
            bevindingen.info("import-intrekking-onbekend", pos,
                    "Geen ingetrokken of vervangen verordening gevonden.");
        }

        String gemeente = null;
        for (String bron : new String[] {titel, citeertitel}) {
            if (gemeente == null && bron != null) {
                Matcher m = GEMEENTE.matcher(bron);
                if (m.find()) gemeente = m.group(1).strip();
            }
        }
        String slottekst = Regel.normaliseer(String.join(" ", slot.stream().map(r -> r.tekst).toList()));
        if (gemeente == null) {
            Matcher m = GEMEENTERAAD.matcher(slottekst);
            if (m.find()) gemeente = m.group(1).strip();
        }
        for (String bron : aanhefTeksten(aanhef)) {
            if (gemeente != null) break;
            Matcher m = GEMEENTE_IN_AANHEF.matcher(bron);
            if (m.find()) gemeente = m.group(1).strip();
        }
        if (gemeente == null) {
            gemeente = "";
            bevindingen.waarschuwing("import-gemeente-onbekend", pos, "Naam van de gemeente niet gevonden in de titel.");
        }

        int jaar = 0;
        for (String bron : new String[] {titel, citeertitel}) {
            if (jaar == 0 && bron != null) {
                Matcher m = JAAR.matcher(bron);
                while (m.find()) jaar = Integer.parseInt(m.group(1));
            }
        }
        if (jaar == 0 && inwerking != null) jaar = inwerking.getYear();
        if (jaar == 0) {
            bevindingen.waarschuwing("import-jaar-onbekend", pos, "Jaar van de verordening niet gevonden.");
        }

        String cbs = options.cbsCode() == null ? "" : options.cbsCode().strip();
        if (cbs.isEmpty()) {
            bevindingen.waarschuwing("import-cbs-code-onbekend", pos,
                    "Geen CBS-gemeentecode opgegeven; vul metadata.cbsCode zelf in (bijv. gm1509).");
        } else if (!CBS.matcher(cbs).matches()) {
            bevindingen.waarschuwing("import-cbs-code-ongeldig", pos,
                    "CBS-gemeentecode '" + cbs + "' heeft niet de vorm gm0000.");
        }

        // Vaststelling en ondertekening
        List<Regel> regels = slot.stream().filter(r -> !r.leeg()).toList();
        LocalDate vastgesteld = null;
        int rest = 0;
        StringBuilder zin = new StringBuilder();
        for (int k = 0; k < regels.size() && k < 6; k++) {
            zin.append(' ').append(regels.get(k).tekst);
            vastgesteld = Datums.zoek(zin.toString());
            if (vastgesteld != null) {
                rest = k + 1;
                break;
            }
        }
        if (vastgesteld == null) {
            bevindingen.waarschuwing("import-vaststelling-onbekend",
                    regels.isEmpty() ? pos : bevindingen.pos(regels.get(0)),
                    "Geen datum van vaststelling gevonden ('Vastgesteld door de gemeenteraad ... op <datum>').");
            rest = 0;
            while (rest < regels.size() && !isOndertekenaar(regels.get(rest))) rest++;
        }
        // "Het college van burgemeester en wethouders," onder de datum hoort bij de slotformule
        while (rest < regels.size() && ORGAAN_REGEL.matcher(regels.get(rest).tekst).find()) rest++;
        Orgaan orgaan = orgaan(aanhef, regels);
        String slotformule = slotformule(regels.subList(0, rest), orgaan, gemeente, vastgesteld);
        Ondertekening ondertekening = ondertekening(regels.subList(rest, regels.size()), pos);

        return new Metadata(gemeente, cbs, titel == null ? "" : titel, citeertitel == null ? "" : citeertitel,
                jaar, vastgesteld, inwerking, intrekt, aanhef, ondertekening, orgaan, slotformule, inwerkingTekst, pos);
    }

    private static boolean isOndertekenaar(Regel r) {
        return FUNCTIE.matcher(r.tekst).find() && !ORGAAN_REGEL.matcher(r.tekst).find()
                && !r.tekst.toLowerCase(Locale.ROOT).matches("^(?:aldus|vastgesteld).*");
    }

    private static List<String> aanhefTeksten(Aanhef aanhef) {
        List<Plek> p = new ArrayList<>();
        verzamel(aanhef.tekst(), p);
        return p.stream().map(Plek::tekst).toList();
    }

    /** Wie stelt vast: de eerste regel van de aanhef die een orgaan noemt, anders het slot; standaard de raad. */
    private static Orgaan orgaan(Aanhef aanhef, List<Regel> slot) {
        List<String> bronnen = new ArrayList<>(aanhefTeksten(aanhef));
        slot.forEach(r -> bronnen.add(r.tekst));
        for (String t : bronnen) {
            String l = t.toLowerCase(Locale.ROOT);
            if (!ORGAAN_REGEL.matcher(t).find() && !l.matches("^(?:aldus|vastgesteld).*")) continue;
            if (l.contains("college") || l.contains("burgemeester en wethouders")) return Orgaan.COLLEGE;
            if (l.contains("raad")) return Orgaan.RAAD;
            if (l.contains("burgemeester")) return Orgaan.BURGEMEESTER;
        }
        return Orgaan.RAAD;
    }

    /**
     * De slotformule zoals geschreven, of null als ze de standaardformule van het orgaan is (die maakt de
     * uitvoer zelf, zodat een bron niet twee keer hetzelfde zegt).
     */
    private static String slotformule(List<Regel> regels, Orgaan orgaan, String gemeente, LocalDate vastgesteld) {
        if (regels.isEmpty()) return null;
        String geschreven = Regel.normaliseer(String.join(" ", regels.stream().map(r -> r.tekst).toList()));
        String datum = vastgesteld == null ? "" : vastgesteld.getDayOfMonth() + " "
                + Datums.maandnaam(vastgesteld.getMonthValue()) + " " + vastgesteld.getYear();
        String wie = "Vastgesteld door " + orgaan.naam() + " van de gemeente " + gemeente;
        String standaard = orgaan == Orgaan.RAAD ? wie + (datum.isEmpty() ? "" : " in zijn openbare vergadering van " + datum)
                : wie + (datum.isEmpty() ? "" : " op " + datum);
        if (kern(standaard).equals(kern(geschreven))) return null;
        return geschreven;
    }

    private static String kern(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Functies en namen in twee (of meer) kolommen: "De raadsgriffier De raadsvoorzitter," en daaronder
     * "M.B.J. Looman L.J. Werger". Kolommen splitsen op twee of meer spaties; anders functies voor elk
     * "De ..." en namen bij elke reeks initialen.
     */
    private Ondertekening ondertekening(List<Regel> regels, SourcePosition pos) {
        List<Ondertekening.Ondertekenaar> r = new ArrayList<>();
        List<String[]> functies = null;
        Regel functieRegel = null;
        Regel eerste = null;
        Regel namenEerst = null;
        boolean namenBoven = false;
        for (int i = 0; i < regels.size(); i++) {
            Regel regel = regels.get(i);
            boolean functieRegelHier = isOndertekenaar(regel);
            if (!functieRegelHier && functies == null && namenEerst == null && i + 1 < regels.size()
                    && isOndertekenaar(regels.get(i + 1))) {
                namenEerst = regel; // namen boven de functies: de andere volgorde
                continue;
            }
            if (functieRegelHier && functies == null) {
                functies = kolommen(regel, "\\s+(?=(?:De|de|Het|het)\\s)");
                functieRegel = regel;
                if (eerste == null) eerste = namenEerst != null ? namenEerst : regel;
                if (namenEerst != null) {
                    namenBoven = true;
                    List<String[]> namen = namen(namenEerst, functies.size());
                    for (int k = 0; k < functies.size(); k++) {
                        r.add(new Ondertekening.Ondertekenaar(functies.get(k)[0], k < namen.size() ? namen.get(k)[0] : "",
                                bevindingen.pos(functieRegel, Integer.parseInt(functies.get(k)[1]))));
                    }
                    functies = null;
                    namenEerst = null;
                }
            } else if (functies != null) {
                List<String[]> namen = namen(regel, functies.size());
                for (int k = 0; k < functies.size(); k++) {
                    String naam = k < namen.size() ? namen.get(k)[0] : "";
                    r.add(new Ondertekening.Ondertekenaar(functies.get(k)[0], naam,
                            bevindingen.pos(functieRegel, Integer.parseInt(functies.get(k)[1]))));
                }
                functies = null;
            } else {
                bevindingen.info("import-regel-overgeslagen", bevindingen.pos(regel),
                        "Regel na de vaststelling niet herkend als ondertekening: '" + regel.tekst + "'.");
            }
        }
        if (functies != null) {
            for (String[] f : functies) {
                r.add(new Ondertekening.Ondertekenaar(f[0], "", bevindingen.pos(functieRegel, Integer.parseInt(f[1]))));
            }
            bevindingen.waarschuwing("import-ondertekening-onvolledig", bevindingen.pos(functieRegel),
                    "Functies van de ondertekenaars gevonden, maar geen namen.");
        }
        if (r.isEmpty()) {
            bevindingen.waarschuwing("import-ondertekening-onbekend", pos, "Geen ondertekening gevonden.");
            return null;
        }
        return new Ondertekening(r, namenBoven ? Ondertekening.Volgorde.NAAM_FUNCTIE : Ondertekening.Volgorde.FUNCTIE_NAAM,
                bevindingen.pos(eerste));
    }

    /** Kolommen van een regel als {tekst, kolom}: op twee of meer spaties, anders op {@code splitser}. */
    private static List<String[]> kolommen(Regel regel, String splitser) {
        String ruw = regel.ruw;
        List<String> delen = new ArrayList<>(List.of(ruw.strip().split("\\s{2,}|\\t")));
        if (delen.size() < 2) delen = new ArrayList<>(List.of(regel.tekst.split(splitser)));
        List<String[]> r = new ArrayList<>();
        int vanaf = 0;
        for (String d : delen) {
            String schoon = Regel.normaliseer(d).replaceAll("[,;]+$", "").strip();
            if (schoon.isEmpty()) continue;
            int k = ruw.indexOf(d.strip(), vanaf);
            if (k >= 0) vanaf = k + d.strip().length();
            r.add(new String[] {schoon, String.valueOf(k >= 0 ? k + 1 : regel.kolom)});
        }
        return r;
    }

    private List<String[]> namen(Regel regel, int aantal) {
        List<String[]> kol = kolommen(regel, "$^");
        if (kol.size() == aantal || aantal <= 1) {
            if (aantal <= 1 && kol.size() > 1) return List.<String[]>of(new String[] {regel.tekst, "1"});
            return kol;
        }
        // op initialen splitsen: "M.B.J. Looman L.J. Werger"
        List<String> groepen = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        boolean naamGezien = false;
        for (String w : regel.tekst.split(" ")) {
            if (INITIALEN.matcher(w).matches() && naamGezien) {
                groepen.add(g.toString());
                g.setLength(0);
                naamGezien = false;
            }
            if (g.length() > 0) g.append(' ');
            g.append(w);
            if (!INITIALEN.matcher(w).matches()) naamGezien = true;
        }
        if (g.length() > 0) groepen.add(g.toString());
        if (groepen.size() != aantal) {
            bevindingen.waarschuwing("import-ondertekening-onzeker", bevindingen.pos(regel),
                    "Namen '" + regel.tekst + "' niet eenduidig over " + aantal + " ondertekenaars te verdelen.");
            String[] w = regel.tekst.split(" ");
            groepen.clear();
            for (int k = 0; k < aantal; k++) {
                int van = k * w.length / aantal;
                int tot = (k + 1) * w.length / aantal;
                groepen.add(String.join(" ", List.of(w).subList(van, tot)));
            }
        }
        List<String[]> r = new ArrayList<>();
        for (String naam : groepen) {
            int k = regel.ruw.indexOf(naam.split(" ")[0]);
            r.add(new String[] {naam.replaceAll("[,;]+$", ""), String.valueOf(k >= 0 ? k + 1 : regel.kolom)});
        }
        return r;
    }

    private static void verzamel(List<Blok> blokken, List<Plek> uit) {
        for (Blok b : blokken) {
            if (b instanceof Blok.Alinea a) {
                uit.add(new Plek(a.tekst().platteTekst(), a.pos()));
            } else if (b instanceof Blok.Lid l) {
                verzamel(l.inhoud(), uit);
            } else if (b instanceof Blok.Lijst l) {
                for (Onderdeel o : l.onderdelen()) verzamel(o.inhoud(), uit);
            }
        }
    }

    /** Tot het einde van de zin: tot de eerste ". " gevolgd door een hoofdletter, of het einde. */
    private static String zin(String s) {
        Matcher m = Pattern.compile("\\.\\s+(?=\\p{Lu})").matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }

    private static String opschonen(String s) {
        String r = s.strip().replaceAll("[.,;:]+$", "").strip();
        r = r.replaceAll("^[\"'\u2018\u201C\u201E]+|[\"'\u2019\u201D]+$", "").strip();
        return r;
    }

    private static String hoofdletter(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
