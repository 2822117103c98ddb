package nl.verordening.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Publieksextra;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;

/**
 * Leest een verordening als platte tekst (zoals uit een PDF gehaald) en bouwt het documentmodel.
 *
 * <p>De omzetting is trouw: de tekst is recht zoals vastgesteld. Verwijzingen, nummering, spelling en
 * wettenregels blijven zoals ze staan; alleen opmaakruis van de PDF verdwijnt (kopteksten,
 * paginanummers, opsommingstekens, regelafbrekingen, dubbele link-annotaties, spaties aan het
 * regelbegin). De controles vinden daarna de gebreken in de tekst zelf.
 *
 * <p>Stappen: {@link Voorbewerking} (ruis), {@link Eenheidlezer} (regels herkennen en samenvoegen),
 * {@link Blokbouwer} (leden, lijsten, alinea's), en hier: hoofdstukken, kernwaarden, begrippen,
 * paragrafen en artikelen, metadata en ondertekening.
 */
public final class TextImporter {

    private final ImportOptions options;

    public TextImporter(ImportOptions options) {
        this.options = options == null ? new ImportOptions(null) : options;
    }

    /** Leest de tekst (UTF-8) en bouwt het model. {@code fileName} komt in bronplekken en bevindingen. */
    public ImportResult importText(String text, String fileName) {
        return new Import(options, fileName == null ? "" : fileName).voerUit(text == null ? "" : text);
    }

    /** De toestand van één import. */
    private static final class Import {

        private static final Pattern TITELWOORD = Pattern.compile("(?iu).*\\b(verordening|regeling)\\b.*");
        private static final Pattern CITEERTITEL = Pattern.compile(
                "(?iu)\\b(?:deze|de)\\s+(?:verordening|regeling)\\s+(?:wordt|kan\\s+worden)\\s+"
                        + "(?:aangehaald|genoemd|geciteerd)(?:\\s+als)?\\s*:?\\s*(.+)");
        private static final Pattern INWERKING = Pattern.compile(
                "(?iu)treedt\\s+in\\s+werking\\s+(?:met\\s+ingang\\s+van|op|per)\\s+(?:de\\s+)?" + Datums.DATUM.pattern()
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
        private static final Pattern CBS = Pattern.compile("(?i)^gm\\d{4}$");

        private final ImportOptions options;
        private final Bevindingen bevindingen;
        private final Wetten wetten;
        private final Ids ids = new Ids();
        private final Blokbouwer bouwer;

        Import(ImportOptions options, String bestand) {
            this.options = options;
            this.bevindingen = new Bevindingen(bestand);
            this.wetten = new Wetten(bevindingen);
            this.bouwer = new Blokbouwer(bevindingen, wetten);
        }

        ImportResult voerUit(String tekst) {
            Voorbewerking.Resultaat vb = Voorbewerking.verwerk(tekst, bevindingen);
            Eenheidlezer lezer = new Eenheidlezer(vb.regels(), vb.breedte(), bevindingen);
            List<Eenheid> eenheden = lezer.lees();

            // Voor het eerste hoofdstuk: titel en aanhef.
            int eerste = 0;
            while (eerste < eenheden.size() && eenheden.get(eerste).soort != Soort.HOOFDSTUK) eerste++;
            List<Eenheid> voor = new ArrayList<>(eenheden.subList(0, eerste));
            String titel = vb.koptekst();
            Regel titelRegel = vb.koptekstRegel();
            if (titel == null) {
                for (Eenheid e : voor) {
                    if (e.soort == Soort.TEKST && TITELWOORD.matcher(e.alleTekst()).matches()
                            && !Eenheidlezer.eindigt(e.alleTekst(), ".,;:")) {
                        titel = e.alleTekst();
                        titelRegel = e.regel;
                        voor.remove(e);
                        bevindingen.info("import-titel-uit-eerste-regel", bevindingen.pos(e.regel),
                                "Geen herhaalde koptekst gevonden; titel genomen uit de regel voor het eerste hoofdstuk.");
                        break;
                    }
                }
            }
            List<Blok> aanhef = bouwer.bouw(voor);
            if (!aanhef.isEmpty()) {
                bevindingen.info("import-aanhef", aanhef.get(0).pos(),
                        "Tekst voor het eerste hoofdstuk is als aanhef overgenomen.");
            }

            // Hoofdstukken
            List<Hoofdstuk> hoofdstukken = new ArrayList<>();
            for (int i = eerste; i < eenheden.size(); ) {
                Eenheid kop = eenheden.get(i);
                int j = i + 1;
                while (j < eenheden.size() && eenheden.get(j).soort != Soort.HOOFDSTUK) j++;
                hoofdstukken.add(hoofdstuk(kop, eenheden.subList(i + 1, j)));
                i = j;
            }
            if (hoofdstukken.isEmpty()) {
                bevindingen.waarschuwing("import-geen-hoofdstukken", bevindingen.pos(null),
                        "Geen hoofdstukken gevonden (een regel '1 Titel' opent het eerste hoofdstuk).");
            }

            Metadata metadata = metadata(titel, titelRegel, aanhef, hoofdstukken, lezer.slot());
            Verordening v = new Verordening(metadata, wetten.register(), List.of(), hoofdstukken);
            return new ImportResult(v, bevindingen.alle());
        }

        // ------------------------------------------------------------ hoofdstukken

        private Hoofdstuk hoofdstuk(Eenheid kop, List<Eenheid> inhoud) {
            String titel = kop.titel();
            String id = ids.geef(Ids.slug(titel), kop.nummer, "hoofdstuk-" + kop.nummer);
            int eersteKop = 0;
            while (eersteKop < inhoud.size() && inhoud.get(eersteKop).soort != Soort.KOP) eersteKop++;
            List<Eenheid> intro = new ArrayList<>(inhoud.subList(0, eersteKop));
            List<Kernwaarde> kernwaarden = kernwaarden(intro);

            int eersteBegrip = 0;
            while (eersteBegrip < intro.size() && intro.get(eersteBegrip).soort != Soort.BEGRIP) eersteBegrip++;
            List<Blok> inleiding = bouwer.bouw(intro.subList(0, eersteBegrip));
            List<Begrip> begrippen = new ArrayList<>();
            for (int i = eersteBegrip; i < intro.size(); ) {
                int j = i + 1;
                while (j < intro.size() && intro.get(j).soort != Soort.BEGRIP) j++;
                begrippen.add(begrip(intro.subList(i, j)));
                i = j;
            }
            List<Onderdeelhouder> onderdelen = onderdelen(inhoud.subList(eersteKop, inhoud.size()));
            return new Hoofdstuk(id, kop.nummer, titel, inleiding, kernwaarden, begrippen, onderdelen,
                    bevindingen.pos(kop.regel));
        }

        /** Haalt een blok "Kernwaarden:" met de opsomming eronder uit de inleiding. */
        private List<Kernwaarde> kernwaarden(List<Eenheid> intro) {
            int k = 0;
            while (k < intro.size() && intro.get(k).soort != Soort.KERNWAARDEN) k++;
            if (k == intro.size()) return List.of();
            List<Kernwaarde> r = new ArrayList<>();
            int j = k + 1;
            while (j < intro.size() && (intro.get(j).soort == Soort.BOLLETJE || intro.get(j).soort == Soort.STREEPJE)) {
                Eenheid e = intro.get(j);
                r.add(new Kernwaarde(Tekst.van(e.alleTekst()), bevindingen.pos(e.regel)));
                j++;
            }
            if (r.isEmpty()) {
                bevindingen.waarschuwing("import-kernwaarden-leeg", bevindingen.pos(intro.get(k).regel),
                        "'Kernwaarden:' zonder opsomming eronder; als tekst overgenomen.");
                return List.of();
            }
            intro.subList(k, j).clear();
            return r;
        }

        private Begrip begrip(List<Eenheid> groep) {
            Eenheid b = groep.get(0);
            String slug = Ids.slug(b.term);
            String id = ids.geef(slug.isEmpty() ? "" : "begrip-" + slug, null, "begrip");
            List<Blok> definitie = bouwer.bouw(groep);
            if (definitie.isEmpty()) {
                bevindingen.waarschuwing("import-begrip-zonder-definitie", bevindingen.pos(b.regel),
                        "Begrip '" + b.term + "' heeft geen definitie.");
            }
            return new Begrip(id, b.term, b.afkortingen, List.of(), definitie, bevindingen.pos(b.regel));
        }

        private static final class Sectie {
            final Eenheid kop;
            final List<Eenheid> inhoud = new ArrayList<>();

            Sectie(Eenheid kop) {
                this.kop = kop;
            }

            String nummer() {
                return kop.letter == null ? kop.nummer : kop.nummer + " " + kop.letter;
            }
        }

        /**
         * Koppen worden paragrafen of artikelen. Een kop is een paragraaf als de volgende kop een kind is:
         * een nummer met meer getallen dat met het nummer van deze kop begint ("3.1" gevolgd door
         * "3.1.1 A"). "5.2.3" gevolgd door "5.2.3 A" zijn broers (zelfde getallen, lettertoevoeging).
         */
        private List<Onderdeelhouder> onderdelen(List<Eenheid> eenheden) {
            List<Sectie> secties = new ArrayList<>();
            for (Eenheid e : eenheden) {
                if (e.soort == Soort.KOP) secties.add(new Sectie(e));
                else secties.get(secties.size() - 1).inhoud.add(e);
            }
            int n = secties.size();
            boolean[] paragraaf = new boolean[n];
            for (int k = 0; k + 1 < n; k++) {
                paragraaf[k] = secties.get(k).kop.letter == null && isKind(secties.get(k + 1).kop, secties.get(k).kop);
            }
            List<Onderdeelhouder> r = new ArrayList<>();
            Sectie open = null;
            String openId = null;
            List<WetTag> openWetten = null;
            List<Blok> openInleiding = null;
            List<Artikel> openArtikelen = null;
            for (int k = 0; k < n; k++) {
                Sectie s = secties.get(k);
                if (open != null && isKind(s.kop, open.kop)) {
                    if (paragraaf[k]) {
                        bevindingen.waarschuwing("import-paragraaf-genest", bevindingen.pos(s.kop.regel),
                                "Kop " + s.nummer() + " heeft onderliggende koppen, maar staat zelf al in paragraaf "
                                        + open.nummer() + "; als artikel gelezen.");
                    }
                    openArtikelen.add(artikel(s));
                    continue;
                }
                if (open != null) {
                    r.add(new Paragraaf(openId, open.nummer(), open.kop.titel(), openWetten, openInleiding,
                            openArtikelen, bevindingen.pos(open.kop.regel)));
                    open = null;
                }
                if (paragraaf[k]) {
                    open = s;
                    openId = ids.geef(Ids.slug(s.kop.titel()), s.nummer(), "paragraaf-" + Ids.slug(s.nummer()));
                    openWetten = wettenOnderKop(s);
                    openInleiding = bouwer.bouw(s.inhoud);
                    openArtikelen = new ArrayList<>();
                } else {
                    r.add(artikel(s));
                }
            }
            if (open != null) {
                r.add(new Paragraaf(openId, open.nummer(), open.kop.titel(), openWetten, openInleiding, openArtikelen,
                        bevindingen.pos(open.kop.regel)));
            }
            return r;
        }

        private Artikel artikel(Sectie s) {
            String id = ids.geef(Ids.slug(s.kop.titel()), s.nummer(), "artikel-" + Ids.slug(s.nummer()));
            List<WetTag> tags = wettenOnderKop(s);
            List<Blok> inhoud = Opsommingen.genummerdNaDubbelePunt(bouwer.bouw(s.inhoud));
            return new Artikel(id, s.nummer(), s.kop.titel(), tags, inhoud, Publieksextra.GEEN, List.of(),
                    bevindingen.pos(s.kop.regel));
        }

        /** De wettenregel direct onder de kop (witregels ertussen tellen niet); haalt hem uit de inhoud. */
        private List<WetTag> wettenOnderKop(Sectie s) {
            if (s.inhoud.isEmpty() || s.inhoud.get(0).soort != Soort.TAG) return List.of();
            Eenheid tag = s.inhoud.remove(0);
            return wetten.lees(tag.regel, tag.tagInhoud, tag.tagKolom);
        }

        private static boolean isKind(Eenheid kind, Eenheid ouder) {
            if (kind.delen.length <= ouder.delen.length) return false;
            for (int k = 0; k < ouder.delen.length; k++) if (kind.delen[k] != ouder.delen[k]) return false;
            return true;
        }

        // ------------------------------------------------------------ metadata

        private record Plek(String tekst, SourcePosition pos) {}

        private Metadata metadata(String titel, Regel titelRegel, List<Blok> aanhef, List<Hoofdstuk> hoofdstukken,
                                  List<Regel> slot) {
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
            if (citeertitel == null) {
                bevindingen.waarschuwing("import-citeertitel-onbekend", pos,
                        "Geen citeertitel gevonden ('Deze verordening wordt genoemd: ...').");
            }
            if (titel == null) {
                titel = citeertitel;
                bevindingen.waarschuwing("import-titel-onbekend", pos, titel == null
                        ? "Geen titel gevonden (geen herhaalde koptekst en geen citeertitel)."
                        : "Geen herhaalde koptekst gevonden; de citeertitel is als titel genomen.");
            }
            if (inwerking == null) {
                bevindingen.waarschuwing("import-inwerkingtreding-onbekend", pos,
                        "Geen datum van inwerkingtreding gevonden ('treedt in werking met ingang van ...').");
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
                while (rest < regels.size() && !FUNCTIE.matcher(regels.get(rest).tekst).find()) rest++;
            }
            Ondertekening ondertekening = ondertekening(regels.subList(rest, regels.size()), pos);

            return new Metadata(gemeente, cbs, titel == null ? "" : titel, citeertitel == null ? "" : citeertitel,
                    jaar, vastgesteld, inwerking, intrekt, aanhef, ondertekening, pos);
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
            for (Regel regel : regels) {
                if (FUNCTIE.matcher(regel.tekst).find() && functies == null) {
                    functies = kolommen(regel, "\\s+(?=(?:De|de|Het|het)\\s)");
                    functieRegel = regel;
                    if (eerste == null) eerste = regel;
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
            return new Ondertekening(r, bevindingen.pos(eerste));
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
}
