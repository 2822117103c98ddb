package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeelhouder;
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
 * regelbegin, een inhoudsopgave). De controles vinden daarna de gebreken in de tekst zelf.
 *
 * <p>Stappen: {@link Voorbewerking} (ruis), {@link Inhoudsopgave}, {@link Eenheidlezer} (regels herkennen
 * en samenvoegen, koppen via {@link Koppen}), {@link Blokbouwer} (leden, lijsten, tabellen, alinea's),
 * {@link Opsommingen} en {@link Begripsbepalingen} (wat genummerd staat maar geen lid is), en hier:
 * hoofdstukken, paragrafen, artikelen en bijlagen. {@link Aanhefbouwer} en {@link Metadatalezer} doen de
 * aanhef, de gegevens en het slot.
 *
 * <p>Twee vormen van koppen: zonder trefwoord ("3 Titel", "3.1.1 A Titel"; de paragraaf volgt uit de
 * nummering) en met trefwoord ("Hoofdstuk 3", "§ 2", "Artikel 12a"; de structuur volgt uit de woorden).
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

        private static final Pattern TITELWOORD = Pattern.compile("(?iu).*\\b(verordening|regeling|beleidsregels?|nadere\\s+regels|besluit)\\b.*");

        private final ImportOptions options;
        private final Bevindingen bevindingen;
        private final Wetten wetten;
        private final Ids ids = new Ids();
        private final Blokbouwer bouwer;
        private final Begripsbepalingen begripsbepalingen;

        Import(ImportOptions options, String bestand) {
            this.options = options;
            this.bevindingen = new Bevindingen(bestand);
            this.wetten = new Wetten(bevindingen);
            this.bouwer = new Blokbouwer(bevindingen, wetten);
            this.begripsbepalingen = new Begripsbepalingen(bevindingen, ids);
        }

        ImportResult voerUit(String tekst) {
            Voorbewerking.Resultaat vb = Voorbewerking.verwerk(tekst, bevindingen);
            List<Regel> regels = vb.regels();
            boolean trefwoorden = Koppen.trefwoordvorm(regels);
            if (trefwoorden) regels = Inhoudsopgave.verwijder(regels, bevindingen);
            Eenheidlezer lezer = new Eenheidlezer(regels, vb.breedte(), bevindingen, trefwoorden);
            List<Eenheid> eenheden = lezer.lees();

            // Voor de eerste kop: titel en aanhef. Vanaf de eerste bijlage: bijlagen.
            int eerste = 0;
            while (eerste < eenheden.size() && !isStructuur(eenheden.get(eerste))) eerste++;
            int bijlagen = eerste;
            while (bijlagen < eenheden.size() && eenheden.get(bijlagen).soort != Soort.BIJLAGE) bijlagen++;
            List<Eenheid> voor = new ArrayList<>(eenheden.subList(0, eerste));
            String titel = vb.koptekst();
            Regel titelRegel = vb.koptekstRegel();
            if (titel == null) {
                for (Eenheid e : voor) {
                    if (e.soort == Soort.TEKST && TITELWOORD.matcher(e.alleTekst()).matches()
                            && !Eenheidlezer.eindigt(e.alleTekst(), ".,;:") && e.alleTekst().length() <= 200) {
                        titel = e.alleTekst();
                        titelRegel = e.regel;
                        voor.remove(e);
                        bevindingen.info("import-titel-uit-eerste-regel", bevindingen.pos(e.regel),
                                "Geen herhaalde koptekst gevonden; titel genomen uit de regel voor de eerste kop.");
                        break;
                    }
                }
            }
            Aanhef aanhef = new Aanhefbouwer(bouwer, bevindingen).bouw(voor);

            List<Hoofdstuk> hoofdstukken = hoofdstukken(eenheden.subList(eerste, bijlagen));
            List<Bijlage> bijlageLijst = bijlagen(eenheden.subList(bijlagen, eenheden.size()));

            Metadata metadata = new Metadatalezer(options, bevindingen)
                    .metadata(titel, titelRegel, aanhef, hoofdstukken, lezer.slot());
            metadata = metadata.metKopstijl(Kopstijlen.lees(eenheden.subList(0, bijlagen), bevindingen));
            Verordening v = new Verordening(metadata, wetten.register(), List.of(), hoofdstukken, bijlageLijst, List.of());
            String onbruikbaar = v.artikelen().isEmpty() && hoofdstukken.stream().allMatch(h -> h.nummer().isEmpty())
                    ? "geen hoofdstukken of artikelen gevonden; is dit de tekst van een verordening?" : null;
            return new ImportResult(v, bevindingen.alle(), onbruikbaar);
        }

        private static boolean isStructuur(Eenheid e) {
            return e.soort == Soort.HOOFDSTUK || e.soort == Soort.PARAGRAAF || e.soort == Soort.KOP
                    || e.soort == Soort.BIJLAGE;
        }

        // ------------------------------------------------------------ hoofdstukken

        private List<Hoofdstuk> hoofdstukken(List<Eenheid> romp) {
            List<Hoofdstuk> hoofdstukken = new ArrayList<>();
            int i = 0;
            if (!romp.isEmpty() && romp.get(0).soort != Soort.HOOFDSTUK) {
                // artikelen zonder hoofdstuk (zoals in het VNG-model): één ongenummerd hoofdstuk
                int j = 0;
                while (j < romp.size() && romp.get(j).soort != Soort.HOOFDSTUK) j++;
                hoofdstukken.add(hoofdstuk(null, romp.subList(0, j)));
                bevindingen.info("import-zonder-hoofdstuk", bevindingen.pos(romp.get(0).regel),
                        "Artikelen zonder hoofdstuk erboven; ze staan in één ongenummerd hoofdstuk zonder titel.");
                i = j;
            }
            while (i < romp.size()) {
                Eenheid kop = romp.get(i);
                int j = i + 1;
                while (j < romp.size() && romp.get(j).soort != Soort.HOOFDSTUK) j++;
                hoofdstukken.add(hoofdstuk(kop, romp.subList(i + 1, j)));
                i = j;
            }
            if (hoofdstukken.isEmpty()) {
                bevindingen.waarschuwing("import-geen-hoofdstukken", bevindingen.pos(null),
                        "Geen hoofdstukken of artikelen gevonden (een regel '1 Titel', 'Hoofdstuk 1' of 'Artikel 1' opent de tekst).");
            }
            return hoofdstukken;
        }

        private Hoofdstuk hoofdstuk(Eenheid kop, List<Eenheid> inhoud) {
            String nummer = kop == null ? "" : kop.nummer;
            String titel = kop == null ? "" : kop.titel();
            String id = ids.geef(Ids.slug(titel), nummer, nummer.isEmpty() ? "artikelen" : "hoofdstuk-" + Ids.slug(nummer));
            int eersteKop = 0;
            while (eersteKop < inhoud.size() && inhoud.get(eersteKop).soort != Soort.KOP
                    && inhoud.get(eersteKop).soort != Soort.PARAGRAAF) {
                eersteKop++;
            }
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
            List<Eenheid> rest = inhoud.subList(eersteKop, inhoud.size());
            List<Onderdeelhouder> onderdelen = rest.stream().anyMatch(e -> e.trefwoord)
                    ? onderdelenMetTrefwoorden(rest) : onderdelen(rest);
            SourcePosition pos = kop != null ? bevindingen.pos(kop.regel)
                    : inhoud.isEmpty() ? bevindingen.pos(null) : bevindingen.pos(inhoud.get(0).regel);
            return new Hoofdstuk(id, nummer, titel, inleiding, kernwaarden, begrippen, onderdelen, pos);
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
                return kop.letter == null ? (kop.nummer == null ? "" : kop.nummer) : kop.nummer + " " + kop.letter;
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
            String n = s.nummer();
            String id = ids.geef(Ids.slug(s.kop.titel()), n.isEmpty() ? null : n,
                    n.isEmpty() ? "artikel" : "artikel-" + Ids.slug(n));
            if (n.isEmpty()) {
                bevindingen.waarschuwing("import-artikel-zonder-nummer", bevindingen.pos(s.kop.regel),
                        "Artikelkop zonder nummer; als artikel zonder nummer overgenomen.");
            }
            List<WetTag> tags = wettenOnderKop(s);
            List<Blok> inhoud = Opsommingen.verwerk(bouwer.bouw(s.inhoud));
            inhoud = begripsbepalingen.verwerk(inhoud, s.kop.titel());
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


        /**
         * De trefwoordvorm: "Paragraaf"/"§"/"Afdeling" opent een paragraaf, "Artikel" een artikel in de open
         * paragraaf. Een artikel waarvan het nummer niet bij de paragraaf past ("5.2" na "§ 5.1" met "5.1.1")
         * sluit de paragraaf: zo staat het artikel in het hoofdstuk, zoals de nummering zegt.
         */
        private List<Onderdeelhouder> onderdelenMetTrefwoorden(List<Eenheid> eenheden) {
            List<Sectie> secties = new ArrayList<>();
            for (Eenheid e : eenheden) {
                if (e.soort == Soort.KOP || e.soort == Soort.PARAGRAAF) secties.add(new Sectie(e));
                else secties.get(secties.size() - 1).inhoud.add(e);
            }
            List<Onderdeelhouder> r = new ArrayList<>();
            Sectie open = null;
            String openId = null;
            List<WetTag> openWetten = null;
            List<Blok> openInleiding = null;
            List<Artikel> openArtikelen = null;
            for (Sectie s : secties) {
                if (open != null && s.kop.soort == Soort.KOP && !pastInParagraaf(s.kop.nummer, open.kop.nummer)) {
                    bevindingen.info("import-artikel-na-paragraaf", bevindingen.pos(s.kop.regel),
                            "Artikel " + s.kop.nummer + " past niet bij paragraaf " + open.kop.nummer
                                    + "; in het hoofdstuk gezet, na de paragraaf.");
                    r.add(new Paragraaf(openId, open.kop.nummer, open.kop.titel(), openWetten, openInleiding,
                            openArtikelen, bevindingen.pos(open.kop.regel)));
                    open = null;
                }
                if (s.kop.soort == Soort.PARAGRAAF) {
                    if (open != null) {
                        r.add(new Paragraaf(openId, open.kop.nummer, open.kop.titel(), openWetten, openInleiding,
                                openArtikelen, bevindingen.pos(open.kop.regel)));
                    }
                    open = s;
                    String n = s.kop.nummer;
                    openId = ids.geef(Ids.slug(s.kop.titel()), n.isEmpty() ? null : n,
                            n.isEmpty() ? "paragraaf" : "paragraaf-" + Ids.slug(n));
                    openWetten = wettenOnderKop(s);
                    openInleiding = bouwer.bouw(s.inhoud);
                    openArtikelen = new ArrayList<>();
                } else if (open != null) {
                    openArtikelen.add(artikel(s));
                } else {
                    r.add(artikel(s));
                }
            }
            if (open != null) {
                r.add(new Paragraaf(openId, open.kop.nummer, open.kop.titel(), openWetten, openInleiding, openArtikelen,
                        bevindingen.pos(open.kop.regel)));
            }
            return r;
        }

        /** Past artikel "3.2.1" in paragraaf "3.2"? Zonder meerdelige nummers altijd. */
        private static boolean pastInParagraaf(String artikel, String paragraaf) {
            if (!paragraaf.contains(".") || !artikel.contains(".")) return true;
            return artikel.startsWith(paragraaf + ".");
        }

        // ------------------------------------------------------------ bijlagen

        private List<Bijlage> bijlagen(List<Eenheid> eenheden) {
            List<Bijlage> r = new ArrayList<>();
            for (int i = 0; i < eenheden.size(); ) {
                Eenheid kop = eenheden.get(i);
                int j = i + 1;
                while (j < eenheden.size() && eenheden.get(j).soort != Soort.BIJLAGE) j++;
                String nummer = kop.nummer == null ? "" : kop.nummer;
                String basis = "bijlage" + (nummer.isEmpty() ? "" : "-" + Ids.slug(nummer));
                String id = ids.geef(nummer.isEmpty() && !kop.titel().isEmpty() ? Ids.slug("bijlage " + kop.titel()) : basis,
                        null, basis);
                List<Blok> inhoud = bouwer.bouw(eenheden.subList(i + 1, j));
                String titel = kop.titel();
                // "Bijlage VIII" alleen op de kopregel: de eerste korte alinea eronder is dan de titel.
                if (titel.isEmpty() && !inhoud.isEmpty() && inhoud.get(0) instanceof Blok.Alinea a
                        && a.tekst().platteTekst().length() <= 200) {
                    titel = a.tekst().platteTekst();
                    inhoud = inhoud.subList(1, inhoud.size());
                }
                r.add(new Bijlage(id, nummer, titel, inhoud, bevindingen.pos(kop.regel)));
                i = j;
            }
            return r;
        }
    }
}
