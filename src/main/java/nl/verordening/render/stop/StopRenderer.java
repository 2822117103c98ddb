package nl.verordening.render.stop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Pad;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.Nummering;
import nl.verordening.render.Output;
import nl.verordening.render.ParameterTekst;
import nl.verordening.render.Renderer;
import nl.verordening.render.VerwijzingTekst;
import nl.verordening.render.WettenTekst;

/**
 * De kale tekst in STOP (imop-tekst 1.4.1) als {@code kale-tekst/verordening.xml}: een
 * {@code RegelingCompact} met RegelingOpschrift, Lichaam (Hoofdstuk, Paragraaf, Artikel, Lid, Lijst,
 * Li, Begrippenlijst, table) en Bijlagen. De indeling en de eId/wId-afbeelding staan in
 * docs/kale-tekst.md; kort:
 * <ul>
 * <li>eId volgt de nummering: {@code chp_3__subsec_3.1__art_3.1.1A__para_2__list_o_1__item_a}. Een
 *     nummer verliest witruimte ("3.1.1 A" → "3.1.1A"), andere tekens buiten {@code [A-Za-z0-9.-]}
 *     worden '-', een afsluitende punt valt weg; zonder nummer {@code o_1}, {@code o_2}; een dubbel
 *     nummer krijgt {@code _inst2}.</li>
 * <li>wId volgt het stabiele id, zodat hij hernummeren overleeft: {@code gm1509_1__art_indienen-hulpvraag},
 *     daaronder het wId van de ouder plus het eigen eId-deel.</li>
 * <li>STOP kent geen losse tekst in een hoofdstuk of paragraaf, en een hoofdstuk heeft óf
 *     paragrafen óf artikelen. Inleiding, kernwaarden en begrippenlijst komen daarom in een
 *     ongenummerd artikel ("Inleiding" of "Begrippen"), en losse artikelen naast paragrafen in een
 *     ongenummerde paragraaf met de titel van het hoofdstuk.</li>
 * <li>Een artikel heeft óf leden óf inhoud. Een artikel met leden én losse alinea's krijgt één Inhoud
 *     met de leden als expliciete lijst ("1.", "2.").</li>
 * </ul>
 * Aanhef en slotformule horen in STOP bij het besluit (BesluitCompact), niet bij de regeling; die
 * staan dus niet in dit bestand.
 */
public final class StopRenderer implements Renderer {

    public static final String BESTAND = "kale-tekst/verordening.xml";
    public static final String NAMESPACE = "https://standaarden.overheid.nl/stop/imop/tekst/";
    public static final String SCHEMAVERSIE = "1.4.1";

    private final KaleTekstInstellingen instellingen;

    public StopRenderer() {
        this(KaleTekstInstellingen.STANDAARD);
    }

    public StopRenderer(KaleTekstInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @Override
    public String name() {
        return "kale-tekst-stop";
    }

    @Override
    public void render(Verordening verordening, Output output) throws IOException {
        output.write(BESTAND, xml(verordening).getBytes(StandardCharsets.UTF_8));
    }

    /** Het hele XML-document als tekst (UTF-8, regelovergang aan het eind). */
    public String xml(Verordening verordening) {
        XmlElement root = new Bouwer(verordening, instellingen).bouw();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        root.schrijf(sb, 0);
        return sb.append('\n').toString();
    }

    /** eId-deel van een nummer, of "" als er niets bruikbaars overblijft. */
    static String nummerDeel(String nummer) {
        if (nummer == null) return "";
        String n = nummer.strip().replaceAll("\\s+", "").replaceAll("[^A-Za-z0-9.\\-]", "-");
        while (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return n;
    }

    /** Eén build van het document: houdt eIds, wIds en verwijzingen bij. */
    private static final class Bouwer {
        private final Verordening v;
        private final KaleTekstInstellingen instellingen;
        private final VerwijzingTekst verwijzingen;
        private final ParameterTekst parameters;
        private final String wIdBasis;
        private final Set<String> eIds = new HashSet<>();
        private final Map<String, Integer> volgnummers = new HashMap<>();
        private final Map<String, String> eIdOpPad = new HashMap<>();
        private final List<Object[]> openVerwijzingen = new ArrayList<>();

        Bouwer(Verordening v, KaleTekstInstellingen instellingen) {
            this.v = v;
            this.instellingen = instellingen;
            this.verwijzingen = new VerwijzingTekst(v);
            this.parameters = new ParameterTekst(v);
            String bg = v.metadata().cbsCode() == null ? "" : v.metadata().cbsCode().strip().toLowerCase(Locale.ROOT);
            // STOP: bevoegd gezag als gm + vier cijfers; versie 1 (de eerste versie van deze regeling)
            this.wIdBasis = (bg.matches("gm[0-9]{4}") ? bg : "gm0000") + "_1";
        }

        /** Een element met plek in de boom: eId en het wId-staartstuk van zijn ouder. */
        private record Plek(String eId, String staart) {
            static final Plek WORTEL = new Plek(null, null);
        }

        XmlElement bouw() {
            XmlElement root = new XmlElement("RegelingCompact").attr("xmlns", NAMESPACE).attr("schemaversie", SCHEMAVERSIE);
            XmlElement opschrift = root.nieuw("RegelingOpschrift").attr("eId", "longTitle").attr("wId", "longTitle");
            opschrift.nieuw("Al").tekst(enkel(v.metadata().titel()));
            XmlElement lichaam = root.nieuw("Lichaam").attr("eId", "body").attr("wId", "body");
            for (Hoofdstuk h : v.hoofdstukken()) hoofdstuk(lichaam, h);
            for (Bijlage b : v.bijlagen()) bijlage(root, b);
            for (Object[] o : openVerwijzingen) los((XmlElement) o[0], (Inline.Verwijzing) o[1], (XmlElement) o[2]);
            return root;
        }

        // ---- structuur ----

        private void hoofdstuk(XmlElement ouder, Hoofdstuk h) {
            Plek p = plek(Plek.WORTEL, "chp", h.nummer(), h.id());
            XmlElement e = akn(ouder.nieuw("Hoofdstuk"), p);
            registreer(h.id(), p);
            kop(e, "Hoofdstuk", h.nummer(), h.titel(), List.of());
            boolean inleiding = !h.inleiding().isEmpty() || !h.kernwaarden().isEmpty() || !h.begrippen().isEmpty();
            boolean paragrafen = h.onderdelen().stream().anyMatch(o -> o instanceof Paragraaf);
            // losse artikelen (en de inleiding) naast paragrafen: in een ongenummerde paragraaf
            XmlElement los = null;
            Plek losPlek = null;
            if (inleiding) {
                if (paragrafen) {
                    losPlek = plek(p, "subsec", null, null);
                    los = akn(e.nieuw("Paragraaf"), losPlek);
                    kop(los, null, null, h.titel(), List.of());
                }
                inleidingsartikel(los == null ? e : los, los == null ? p : losPlek, h.inleiding(), h.kernwaarden(),
                        h.begrippen(), h.begrippen().isEmpty() ? "Inleiding" : "Begrippen");
            }
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf par) {
                    los = null;
                    paragraaf(e, p, par);
                } else {
                    Artikel a = (Artikel) o;
                    if (paragrafen && los == null) {
                        losPlek = plek(p, "subsec", null, null);
                        los = akn(e.nieuw("Paragraaf"), losPlek);
                        kop(los, null, null, h.titel(), List.of());
                    }
                    artikel(los == null ? e : los, los == null ? p : losPlek, a);
                }
            }
        }

        private void paragraaf(XmlElement ouder, Plek ouderPlek, Paragraaf par) {
            Plek p = plek(ouderPlek, "subsec", par.nummer(), par.id());
            XmlElement e = akn(ouder.nieuw("Paragraaf"), p);
            registreer(par.id(), p);
            String titel = par.titel().isBlank() && par.nummer().isBlank() ? "Paragraaf" : par.titel();
            kop(e, "Paragraaf", par.nummer(), titel, par.wetten());
            if (!inhoudVan(par.inleiding()).isEmpty()) {
                inleidingsartikel(e, p, par.inleiding(), List.of(), List.of(), "Inleiding");
            }
            for (Artikel a : par.artikelen()) artikel(e, p, a);
        }

        private List<Blok> inhoudVan(List<Blok> blokken) {
            if (instellingen.wettenregels()) return blokken;
            return blokken.stream().filter(b -> !(b instanceof Blok.Wettenregel)).toList();
        }

        private void inleidingsartikel(XmlElement ouder, Plek ouderPlek, List<Blok> inleiding, List<Kernwaarde> kernwaarden,
                                       List<Begrip> begrippen, String opschrift) {
            Plek p = plek(ouderPlek, "art", null, null);
            XmlElement e = akn(ouder.nieuw("Artikel"), p);
            kop(e, null, null, opschrift, List.of());
            XmlElement inhoud = e.nieuw("Inhoud");
            blokken(inhoud, p, inleiding, Soort.INHOUD, null);
            if (!kernwaarden.isEmpty()) {
                inhoud.nieuw("Al").tekst("Kernwaarden:");
                Plek lp = plek(p, "list", null, null);
                XmlElement lijst = akn(inhoud.nieuw("Lijst"), lp).attr("type", "expliciet");
                for (Kernwaarde k : kernwaarden) {
                    XmlElement li = akn(lijst.nieuw("Li"), plek(lp, "item", null, null));
                    li.nieuw("LiNummer").tekst("•");
                    al(li, k.tekst());
                }
            }
            if (!begrippen.isEmpty()) begrippenlijst(inhoud, p, LijstSoort.OPSOMMING, begrippen);
            if (inhoud.leeg()) inhoud.nieuw("Al").tekst(opschrift);
        }

        private void artikel(XmlElement ouder, Plek ouderPlek, Artikel a) {
            Plek p = plek(ouderPlek, "art", a.nummer(), a.id());
            XmlElement e = akn(ouder.nieuw("Artikel"), p);
            registreer(a.id(), p);
            kop(e, "Artikel", a.nummer(), a.titel(), a.wetten());
            List<Blok> inhoud = inhoudVan(a.inhoud());
            boolean alleenLeden = inhoud.stream().anyMatch(b -> b instanceof Blok.Lid)
                    && inhoud.stream().allMatch(b -> b instanceof Blok.Lid || b instanceof Blok.Wettenregel);
            if (alleenLeden) {
                // een wettenregel tussen leden hoort bij het lid dat volgt
                List<Blok> voor = new ArrayList<>();
                XmlElement vorigeInhoud = null;
                Plek vorigePlek = null;
                for (Blok b : inhoud) {
                    if (b instanceof Blok.Lid lid) {
                        Plek lp = plek(p, "para", lid.nummer(), null);
                        XmlElement le = akn(e.nieuw("Lid"), lp);
                        registreerPad(Pad.pad(a.id(), Nummering.kaal(lid.nummer()), null), lp);
                        le.nieuw("LidNummer").tekst(label(lid.nummer()));
                        vorigeInhoud = le.nieuw("Inhoud");
                        vorigePlek = lp;
                        blokken(vorigeInhoud, lp, voor, Soort.INHOUD, null);
                        voor.clear();
                        blokken(vorigeInhoud, lp, lid.inhoud(), Soort.INHOUD, new Context(a.id(), Nummering.kaal(lid.nummer())));
                        if (vorigeInhoud.leeg()) vorigeInhoud.nieuw("Al").tekst(label(lid.nummer()));
                    } else {
                        voor.add(b);
                    }
                }
                if (!voor.isEmpty() && vorigeInhoud != null) blokken(vorigeInhoud, vorigePlek, voor, Soort.INHOUD, null);
            } else {
                XmlElement i = e.nieuw("Inhoud");
                blokken(i, p, inhoud, Soort.INHOUD, new Context(a.id(), null));
                if (i.leeg()) i.nieuw("Al").tekst(enkel(a.titel().isBlank() ? "Artikel " + a.nummer() : a.titel()));
            }
        }

        private void bijlage(XmlElement root, Bijlage b) {
            Plek p = plek(Plek.WORTEL, "cmp", b.nummer(), b.id());
            XmlElement e = akn(root.nieuw("Bijlage"), p);
            registreer(b.id(), p);
            kop(e, "Bijlage", b.nummer(), b.titel(), List.of());
            Plek dp = plek(p, "content", null, null);
            XmlElement d = akn(e.nieuw("Divisietekst"), dp);
            XmlElement inhoud = d.nieuw("Inhoud");
            blokken(inhoud, dp, inhoudVan(b.inhoud()), Soort.INHOUD, null);
            if (inhoud.leeg()) inhoud.nieuw("Al").tekst(enkel(b.titel().isBlank() ? "Bijlage" : b.titel()));
        }

        /** Kop met Label, Nummer, Opschrift en de wettenregel als Subtitel. */
        private void kop(XmlElement ouder, String label, String nummer, String titel, List<WetTag> wetten) {
            XmlElement kop = ouder.nieuw("Kop");
            boolean heeftNummer = nummer != null && !nummer.isBlank();
            if (label != null && (heeftNummer || titel == null || titel.isBlank())) {
                kop.nieuw("Label").tekst(label);
                if (heeftNummer) kop.nieuw("Nummer").tekst(nummer.strip());
            }
            if (titel != null && !titel.isBlank()) kop.nieuw("Opschrift").tekst(enkel(titel));
            if (instellingen.wettenregels() && !wetten.isEmpty()) kop.nieuw("Subtitel").tekst(WettenTekst.regel(wetten));
        }

        // ---- blokken ----

        /** Waar blokken staan; bepaalt wat STOP daar toestaat. */
        private enum Soort {
            /** Inhoud: alles. */
            INHOUD,
            /** Li: Al, Lijst, table. */
            LI,
            /** Definitie en entry: alleen Al en Lijst. */
            DEFINITIE
        }

        /** Artikel en lid waarin een lijst staat: voor de paden van verwijzingen naar onderdelen. */
        private record Context(String artikel, String lid) {}

        private void blokken(XmlElement ouder, Plek plek, List<Blok> blokken, Soort soort, Context ctx) {
            List<Blok.Lid> leden = new ArrayList<>();
            for (Blok b : blokken) {
                if (b instanceof Blok.Lid l) {
                    leden.add(l);
                    continue;
                }
                if (!leden.isEmpty()) {
                    ledenAlsLijst(ouder, plek, leden, ctx);
                    leden.clear();
                }
                blok(ouder, plek, b, soort, ctx);
            }
            if (!leden.isEmpty()) ledenAlsLijst(ouder, plek, leden, ctx);
        }

        /** Leden naast andere inhoud: een expliciete lijst "1.", "2.". */
        private void ledenAlsLijst(XmlElement ouder, Plek plek, List<Blok.Lid> leden, Context ctx) {
            Plek lp = plek(plek, "list", null, null);
            XmlElement lijst = akn(ouder.nieuw("Lijst"), lp).attr("type", "expliciet");
            for (Blok.Lid lid : leden) {
                Plek ip = plek(lp, "item", lid.nummer(), null);
                XmlElement li = akn(lijst.nieuw("Li"), ip);
                if (ctx != null) registreerPad(Pad.pad(ctx.artikel(), Nummering.kaal(lid.nummer()), null), ip);
                li.nieuw("LiNummer").tekst(label(lid.nummer()));
                blokken(li, ip, lid.inhoud(), Soort.LI,
                        ctx == null ? null : new Context(ctx.artikel(), Nummering.kaal(lid.nummer())));
                if (li.kinderen.size() == 1) li.nieuw("Al").tekst(label(lid.nummer()));
            }
        }

        private void blok(XmlElement ouder, Plek plek, Blok b, Soort soort, Context ctx) {
            b.accept(new Blok.Bezoeker<Void>() {
                @Override
                public Void alinea(Blok.Alinea a) {
                    al(ouder, a.tekst());
                    return null;
                }

                @Override
                public Void wettenregel(Blok.Wettenregel w) {
                    if (instellingen.wettenregels() && !w.wetten().isEmpty()) ouder.nieuw("Al").tekst(WettenTekst.regel(w.wetten()));
                    return null;
                }

                @Override
                public Void lid(Blok.Lid lid) {
                    ledenAlsLijst(ouder, plek, List.of(lid), ctx);
                    return null;
                }

                @Override
                public Void lijst(Blok.Lijst l) {
                    lijstElement(ouder, plek, l, ctx);
                    return null;
                }

                @Override
                public Void tabel(Blok.Tabel t) {
                    if (soort == Soort.DEFINITIE) tabelAlsAlineas(ouder, t);
                    else tabelElement(ouder, plek, t);
                    return null;
                }

                @Override
                public Void begrippenlijst(Blok.Begrippenlijst l) {
                    if (soort == Soort.INHOUD) Bouwer.this.begrippenlijst(ouder, plek, l.soort(), l.begrippen());
                    else begrippenAlsLijst(ouder, plek, l);
                    return null;
                }
            });
        }

        private void lijstElement(XmlElement ouder, Plek plek, Blok.Lijst l, Context ctx) {
            Plek lp = plek(plek, "list", null, null);
            XmlElement lijst = akn(ouder.nieuw("Lijst"), lp).attr("type", "expliciet");
            List<Onderdeel> os = l.onderdelen();
            for (int i = 0; i < os.size(); i++) {
                Onderdeel o = os.get(i);
                String label = Nummering.label(l.soort(), o.label(), i);
                Plek ip = plek(lp, "item", l.soort() == LijstSoort.OPSOMMING ? null : label, null);
                XmlElement li = akn(lijst.nieuw("Li"), ip);
                if (ctx != null && l.soort() != LijstSoort.OPSOMMING) {
                    registreerPad(Pad.pad(ctx.artikel(), ctx.lid(), label), ip);
                }
                li.nieuw("LiNummer").tekst(l.soort() == LijstSoort.OPSOMMING ? "•" : label + ".");
                // dieper dan één onderdeel wijst een verwijzing niet; geen context meer
                blokken(li, ip, inhoudVan(o.inhoud()), Soort.LI, null);
                if (li.kinderen.size() == 1) li.nieuw("Al").tekst(l.soort() == LijstSoort.OPSOMMING ? "-" : label);
            }
        }

        private void begrippenlijst(XmlElement ouder, Plek plek, LijstSoort soort, List<Begrip> begrippen) {
            Plek lp = plek(plek, "list", null, null);
            XmlElement lijst = akn(ouder.nieuw("Begrippenlijst"), lp);
            for (int i = 0; i < begrippen.size(); i++) {
                Begrip g = begrippen.get(i);
                boolean label = soort != LijstSoort.OPSOMMING;
                String nr = label ? Nummering.label(soort, g.label(), i) : null;
                Plek bp = plek(lp, "item", nr, g.id());
                XmlElement be = akn(lijst.nieuw("Begrip"), bp);
                registreer(g.id(), bp);
                if (label) be.nieuw("LiNummer").tekst(nr + ".");
                be.nieuw("Term").tekst(term(g));
                XmlElement d = be.nieuw("Definitie");
                blokken(d, bp, inhoudVan(g.definitie()), Soort.DEFINITIE, null);
                if (d.leeg()) d.nieuw("Al").tekst(term(g));
            }
        }

        /** Waar STOP geen Begrippenlijst toestaat (in een lijst): "term: definitie" als onderdelen. */
        private void begrippenAlsLijst(XmlElement ouder, Plek plek, Blok.Begrippenlijst l) {
            Plek lp = plek(plek, "list", null, null);
            XmlElement lijst = akn(ouder.nieuw("Lijst"), lp).attr("type", "expliciet");
            for (int i = 0; i < l.begrippen().size(); i++) {
                Begrip g = l.begrippen().get(i);
                String nr = l.soort() == LijstSoort.OPSOMMING ? null : Nummering.label(l.soort(), g.label(), i);
                Plek ip = plek(lp, "item", nr, null);
                XmlElement li = akn(lijst.nieuw("Li"), ip);
                li.nieuw("LiNummer").tekst(nr == null ? "•" : nr + ".");
                li.nieuw("Al").tekst(term(g) + ":");
                blokken(li, ip, inhoudVan(g.definitie()), Soort.LI, null);
            }
        }

        private void tabelElement(XmlElement ouder, Plek plek, Blok.Tabel t) {
            int kolommen = Math.max(1, t.kolommen());
            XmlElement table = akn(ouder.nieuw("table"), plek(plek, "table", null, null)).attr("frame", "all")
                    .attr("colsep", "1").attr("rowsep", "1");
            if (!t.titel().isLeeg()) inline(table.nieuw("title"), t.titel().delen(), false, false);
            XmlElement tgroup = table.nieuw("tgroup").attr("cols", String.valueOf(kolommen)).attr("align", "left");
            for (int k = 1; k <= kolommen; k++) {
                tgroup.nieuw("colspec").attr("colname", "col" + k).attr("colwidth", "1*");
            }
            List<Blok.Tabel.Rij> body = t.rijen();
            if (t.kop() != null && !body.isEmpty()) rij(tgroup.nieuw("thead").attr("valign", "top"), t.kop(), kolommen);
            else if (t.kop() != null) body = List.of(t.kop());
            XmlElement tbody = tgroup.nieuw("tbody").attr("valign", "top");
            for (Blok.Tabel.Rij r : body) rij(tbody, r, kolommen);
            if (body.isEmpty()) rij(tbody, new Blok.Tabel.Rij(List.of(), t.pos()), kolommen);
        }

        private void rij(XmlElement ouder, Blok.Tabel.Rij r, int kolommen) {
            XmlElement row = ouder.nieuw("row");
            for (int k = 0; k < kolommen; k++) {
                XmlElement entry = row.nieuw("entry").attr("colname", "col" + (k + 1));
                if (k < r.cellen().size()) al(entry, r.cellen().get(k));
            }
        }

        private void tabelAlsAlineas(XmlElement ouder, Blok.Tabel t) {
            if (!t.titel().isLeeg()) al(ouder, t.titel());
            List<Blok.Tabel.Rij> rijen = new ArrayList<>();
            if (t.kop() != null) rijen.add(t.kop());
            rijen.addAll(t.rijen());
            for (Blok.Tabel.Rij r : rijen) {
                List<String> cellen = new ArrayList<>();
                for (Tekst c : r.cellen()) cellen.add(platte(c));
                String regel = String.join(" | ", cellen).strip();
                if (!regel.isEmpty()) ouder.nieuw("Al").tekst(regel);
            }
        }

        // ---- tekst ----

        private void al(XmlElement ouder, Tekst tekst) {
            XmlElement al = new XmlElement("Al");
            inline(al, tekst.delen(), false, false);
            if (!al.tekstInhoud().isBlank()) ouder.kind(al);
        }

        private void inline(XmlElement ouder, List<Inline> delen, boolean cursief, boolean vet) {
            for (Inline d : delen) {
                d.accept(new Inline.Bezoeker<Void>() {
                    @Override
                    public Void platte(Inline.Platte p) {
                        ouder.tekst(p.tekst());
                        return null;
                    }

                    @Override
                    public Void nadruk(Inline.Nadruk n) {
                        // STOP verbiedt i in i
                        inline(cursief ? ouder : ouder.nieuw("i"), n.inhoud(), true, vet);
                        return null;
                    }

                    @Override
                    public Void sterk(Inline.Sterk s) {
                        inline(vet ? ouder : ouder.nieuw("b"), s.inhoud(), cursief, true);
                        return null;
                    }

                    @Override
                    public Void link(Inline.Link l) {
                        String url = l.url() == null ? "" : l.url().strip();
                        if (url.startsWith("http://") || url.startsWith("https://")) {
                            XmlElement ref = ouder.nieuw("ExtRef").attr("soort", "URL").attr("ref", url);
                            ref.tekst(Bouwer.this.platte(new Tekst(l.inhoud())));
                        } else {
                            inline(ouder, l.inhoud(), cursief, vet);
                        }
                        return null;
                    }

                    @Override
                    public Void verwijzing(Inline.Verwijzing w) {
                        XmlElement ref = ouder.nieuw("IntRef").tekst(verwijzingen.tekst(w));
                        openVerwijzingen.add(new Object[] {ref, w, ouder});
                        return null;
                    }

                    @Override
                    public Void parameter(Inline.ParameterWaarde w) {
                        ouder.tekst(parameters.tekst(w));
                        return null;
                    }
                });
            }
        }

        /** Een IntRef wijst naar het eId van zijn doel; onbekend (of niet in deze uitvoer): alleen tekst. */
        private void los(XmlElement ref, Inline.Verwijzing w, XmlElement ouder) {
            String eId = eIdOpPad.get(w.pad());
            if (eId == null && w.lid() != null) eId = eIdOpPad.get(Pad.pad(w.doel(), w.lid(), null));
            if (eId == null) eId = eIdOpPad.get(w.doel());
            if (eId != null) {
                ref.attr("ref", eId);
            } else {
                int i = ouder.kinderen.indexOf(ref);
                ouder.kinderen.set(i, ref.tekstInhoud());
            }
        }

        private String platte(Tekst t) {
            StringBuilder sb = new StringBuilder();
            XmlElement tmp = new XmlElement("Al");
            inline(tmp, t.delen(), false, false);
            sb.append(tmp.tekstInhoud());
            // verwijzingen in tmp niet oplossen: tekst is genoeg
            openVerwijzingen.removeIf(o -> isIn(tmp, (XmlElement) o[0]));
            return enkel(sb.toString());
        }

        private static boolean isIn(XmlElement ouder, XmlElement kind) {
            for (Object k : ouder.kinderen) {
                if (k == kind || (k instanceof XmlElement e && isIn(e, kind))) return true;
            }
            return false;
        }

        private static String term(Begrip g) {
            List<String> afk = g.afkortingen().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
            return enkel(g.term()) + (afk.isEmpty() ? "" : " (" + String.join(", ", afk) + ")");
        }

        // ---- eId en wId ----

        /**
         * De plek van een nieuw element onder {@code ouder}: eId uit het nummer (of een volgnummer
         * {@code o_N}), uniek gemaakt met {@code _instN}; het wId-staartstuk uit het stabiele id als
         * dat er is, anders dat van de ouder plus het eigen eId-deel.
         */
        private Plek plek(Plek ouder, String prefix, String nummer, String stabielId) {
            String deel = nummerDeel(nummer);
            if (deel.isEmpty()) {
                String sleutel = ouder.eId() + "|" + prefix;
                int n = volgnummers.merge(sleutel, 1, Integer::sum);
                deel = "o_" + n;
            }
            String lokaal = prefix + "_" + deel;
            String basis = ouder.eId() == null ? lokaal : ouder.eId() + "__" + lokaal;
            String eId = basis;
            for (int k = 2; eIds.contains(eId); k++) eId = basis + "_inst" + k;
            eIds.add(eId);
            String eigen = eId.substring(eId.lastIndexOf("__") < 0 ? 0 : eId.lastIndexOf("__") + 2);
            String staart;
            if (stabielId != null && !stabielId.isBlank()) staart = prefix + "_" + stabielId;
            else staart = ouder.staart() == null ? eigen : ouder.staart() + "__" + eigen;
            return new Plek(eId, staart);
        }

        private XmlElement akn(XmlElement e, Plek p) {
            return e.attr("eId", p.eId()).attr("wId", wIdBasis + "__" + p.staart());
        }

        private void registreer(String id, Plek p) {
            if (id != null) eIdOpPad.putIfAbsent(id, p.eId());
        }

        private void registreerPad(String pad, Plek p) {
            eIdOpPad.putIfAbsent(pad, p.eId());
        }

        private static String label(String nummer) {
            String n = nummer == null ? "" : nummer.strip();
            if (n.isEmpty() || n.endsWith(".") || n.endsWith(")")) return n;
            return n + ".";
        }
    }

    private static String enkel(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
