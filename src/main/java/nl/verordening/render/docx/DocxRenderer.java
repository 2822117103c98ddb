package nl.verordening.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Onderdeelhouder;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.NederlandseDatum;
import nl.verordening.render.Nummering;
import nl.verordening.render.Output;
import nl.verordening.render.ParameterTekst;
import nl.verordening.render.Renderer;
import nl.verordening.render.Vaststelling;
import nl.verordening.render.VerwijzingTekst;
import nl.verordening.render.WettenTekst;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Document;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Styles;

/**
 * De kale tekst als Word-document voor het publicatieplatform ({@code kale-tekst/verordening.docx}),
 * zoals het Word-sjabloon van DROP het vraagt: titel in stijl Titel, hoofdstukken in Kop 1,
 * paragrafen en bijlagen in Kop 2 (bijlagen: Kop 1), artikelkoppen vet ("Artikel 3.3.4 Beoordelen
 * aanvraag"), leden en onderdelen als echte Word-nummering die per artikel opnieuw begint, meer
 * alinea's in één onderdeel als regeleinden, tabellen als Word-tabellen, geen afbeeldingen.
 *
 * <p>Onregelmatige nummering zoals vastgesteld (een dubbel lid 1, een lijst die bij "f" begint): de
 * lijst waarvan de labels niet zijn wat automatische nummering zou geven, krijgt getypte labels
 * ("f." + tab) met dezelfde inspringing, zodat het vastgestelde label zichtbaar blijft. Alle andere
 * lijsten houden automatische nummering.
 *
 * <p>Deterministisch: documenteigenschappen met de datum van vaststelling, en het zip-bestand wordt
 * opnieuw geschreven met vaste tijden en een vaste volgorde van de onderdelen.
 */
public final class DocxRenderer implements Renderer {

    public static final String BESTAND = "kale-tekst/verordening.docx";
    /** Vaste tijd van de zip-items: de uitvoer hangt niet af van het moment van bouwen. */
    static final LocalDateTime ZIPTIJD = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final KaleTekstInstellingen instellingen;

    public DocxRenderer() {
        this(KaleTekstInstellingen.STANDAARD);
    }

    public DocxRenderer(KaleTekstInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @Override
    public String name() {
        return "kale-tekst-docx";
    }

    @Override
    public void render(Verordening verordening, Output output) throws IOException {
        output.write(BESTAND, docx(verordening));
    }

    public byte[] docx(Verordening v) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unmarshalString(DocxOpmaak.STIJLEN));
            SectPr sectPr = main.getJaxbElement().getBody().getSectPr();
            Lichaam l = new Lichaam(v, instellingen);
            String body = l.bouw();
            Document doc = (Document) XmlUtils.unmarshalString("<w:document xmlns:w=\"" + DocxOpmaak.W + "\"><w:body>"
                    + body + "</w:body></w:document>");
            doc.getBody().setSectPr(sectPr);
            main.setJaxbElement(doc);
            NumberingDefinitionsPart nummering = new NumberingDefinitionsPart();
            main.addTargetPart(nummering);
            nummering.setJaxbElement((Numbering) XmlUtils.unmarshalString("<w:numbering xmlns:w=\"" + DocxOpmaak.W + "\">"
                    + DocxOpmaak.abstractNums() + l.nums() + "</w:numbering>"));
            eigenschappen(pkg, v.metadata());
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            pkg.save(uit);
            return vastZip(uit.toByteArray());
        } catch (Docx4JException | jakarta.xml.bind.JAXBException e) {
            throw new IOException("DOCX maken mislukt: " + e.getMessage(), e);
        }
    }

    /** Titel, gemeente (als maker) en datum van vaststelling; geen "nu". */
    private static void eigenschappen(WordprocessingMLPackage pkg, Metadata m) throws Docx4JException, jakarta.xml.bind.JAXBException {
        LocalDate d = m.vastgesteld() != null ? m.vastgesteld() : LocalDate.of(Math.max(m.jaar(), 1980), 1, 1);
        String datum = d + "T00:00:00Z";
        String xml = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + esc(m.titel()) + "</dc:title>"
                + "<dc:subject>" + esc(m.citeertitel()) + "</dc:subject>"
                + "<dc:creator>" + esc("Gemeente " + m.gemeente()) + "</dc:creator>"
                + "<cp:keywords>" + esc(m.gemeente() + (m.cbsCode() == null ? "" : ", " + m.cbsCode())) + "</cp:keywords>"
                + "<dc:description>" + esc("Kale tekst, vastgesteld " + (m.vastgesteld() == null ? "" : NederlandseDatum.lang(m.vastgesteld()))) + "</dc:description>"
                + "<dc:language>nl-NL</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + datum + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + datum + "</dcterms:modified>"
                + "</cp:coreProperties>";
        CoreProperties cp = (CoreProperties) XmlUtils.unmarshalString(xml, Context.jcDocPropsCore);
        DocPropsCorePart part = pkg.getDocPropsCorePart();
        if (part == null) {
            part = new DocPropsCorePart();
            pkg.addTargetPart(part);
        }
        part.setJaxbElement(cp);
    }

    /** Schrijft de zip opnieuw: vaste tijden, [Content_Types].xml en _rels eerst, de rest op naam. */
    static byte[] vastZip(byte[] zip) throws IOException {
        Map<String, byte[]> items = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) items.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> volgorde = new ArrayList<>();
        if (items.containsKey("[Content_Types].xml")) volgorde.add("[Content_Types].xml");
        if (items.containsKey("_rels/.rels")) volgorde.add("_rels/.rels");
        for (String n : items.keySet()) if (!volgorde.contains(n)) volgorde.add(n);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(uit)) {
            for (String n : volgorde) {
                ZipEntry e = new ZipEntry(n);
                e.setTimeLocal(ZIPTIJD);
                z.putNextEntry(e);
                z.write(items.get(n));
                z.closeEntry();
            }
        }
        return uit.toByteArray();
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') sb.append(c);
                    else sb.append(' ');
                }
            }
        }
        return sb.toString();
    }

    /** Het lichaam van het document als WordprocessingML, en de nummeringen die het gebruikt. */
    private static final class Lichaam {
        private final Verordening v;
        private final KaleTekstInstellingen instellingen;
        private final VerwijzingTekst verwijzingen;
        private final ParameterTekst parameters;
        private final StringBuilder sb = new StringBuilder();
        private final StringBuilder nums = new StringBuilder();
        private int volgendeNum = 1;

        Lichaam(Verordening v, KaleTekstInstellingen instellingen) {
            this.v = v;
            this.instellingen = instellingen;
            this.verwijzingen = new VerwijzingTekst(v);
            this.parameters = new ParameterTekst(v);
        }

        String nums() {
            return nums.toString();
        }

        String bouw() {
            Metadata m = v.metadata();
            alinea("Title", null, tekst(m.titel()));
            if (!m.aanhef().isEmpty()) {
                blokken(m.aanhef().tekst(), 0, Lijstplek.LOS);
                if (!m.aanhef().geletOp().isEmpty()) {
                    List<String> gronden = new ArrayList<>();
                    m.aanhef().geletOp().forEach(t -> gronden.add(platte(t)));
                    alinea(null, null, tekst(Vaststelling.geletOp(gronden)));
                }
                if (!m.aanhef().besluit().isEmpty()) {
                    alinea(null, null, tekst("besluit:"));
                    blokken(m.aanhef().besluit(), 0, Lijstplek.LOS);
                }
            }
            for (Hoofdstuk h : v.hoofdstukken()) hoofdstuk(h);
            alinea(null, "<w:keepNext/><w:spacing w:before=\"480\"/>", tekst(Vaststelling.slotformule(m)));
            ondertekening(m.ondertekening());
            boolean eerste = true;
            for (Bijlage b : v.bijlagen()) {
                // bijlagen na de ondertekening, elk op een nieuwe bladzijde
                alinea("Heading1", "<w:pageBreakBefore/>", tekst(kop(b.nummer().isBlank() ? "Bijlage" : "Bijlage " + b.nummer().strip(), b.titel())));
                blokken(b.inhoud(), 0, Lijstplek.LOS);
                eerste = false;
            }
            return sb.toString();
        }

        private void hoofdstuk(Hoofdstuk h) {
            alinea("Heading1", null, tekst(kop("Hoofdstuk " + h.nummer().strip(), h.titel())));
            blokken(h.inleiding(), 0, Lijstplek.LOS);
            if (!h.kernwaarden().isEmpty()) {
                alinea(null, "<w:keepNext/>", tekst("Kernwaarden:"));
                int num = num(DocxOpmaak.Soort.BOLLETJES, 0);
                for (Kernwaarde k : h.kernwaarden()) {
                    alinea("ListParagraph", numPr(num, 0), runs(k.tekst()));
                }
            }
            for (Begrip b : h.begrippen()) {
                // "Term: definitie"
                List<Blok> d = b.definitie();
                String eerste = d.isEmpty() || !(d.get(0) instanceof Blok.Alinea a) ? "" : runs(a.tekst());
                alinea(null, null, run(term(b) + ":", true, false) + (eerste.isEmpty() ? "" : tekst(" ") + eerste));
                if (d.size() > (eerste.isEmpty() ? 0 : 1)) blokken(d.subList(eerste.isEmpty() ? 0 : 1, d.size()), 1, Lijstplek.LOS);
            }
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf p) {
                    alinea("Heading2", null, tekst(kop(p.nummer().isBlank() ? "" : "Paragraaf " + p.nummer().strip(), p.titel())));
                    wetten(p.wetten());
                    blokken(p.inleiding(), 0, Lijstplek.LOS);
                    for (Artikel a : p.artikelen()) artikel(a);
                } else {
                    artikel((Artikel) o);
                }
            }
        }

        private void artikel(Artikel a) {
            alinea("Artikelkop", null, tekst(kop("Artikel " + a.nummer().strip(), a.titel())));
            wetten(a.wetten());
            blokken(a.inhoud(), 0, Lijstplek.LOS);
        }

        private void wetten(List<WetTag> wetten) {
            if (instellingen.wettenregels() && !wetten.isEmpty()) alinea("Wettenregel", null, tekst(WettenTekst.regel(wetten)));
        }

        private void ondertekening(Ondertekening o) {
            if (o.ondertekenaars().isEmpty()) return;
            int n = o.ondertekenaars().size();
            int breedte = 9000 / n;
            sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
            for (int i = 0; i < n; i++) sb.append("<w:gridCol w:w=\"").append(breedte).append("\"/>");
            sb.append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (Ondertekening.Ondertekenaar x : o.ondertekenaars()) {
                sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(breedte).append("\" w:type=\"dxa\"/></w:tcPr>");
                sb.append("<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"720\"/></w:pPr>").append(tekst(enkel(x.functie()))).append("</w:p>");
                sb.append("<w:p>").append(tekst(enkel(x.naam()))).append("</w:p></w:tc>");
            }
            sb.append("</w:tr></w:tbl>");
            alinea(null, null, "");
        }

        // ---- blokken ----

        /** Waar blokken staan: los (artikel, inleiding, bijlage) of binnen een genummerd onderdeel. */
        private enum Lijstplek { LOS, IN_ONDERDEEL, IN_LETTERS }

        /**
         * Schrijft blokken op niveau {@code niveau} (0 = tegen de kantlijn). Alinea's op niveau > 0
         * springen in tot de tekst van het onderdeel erboven.
         */
        private void blokken(List<Blok> blokken, int niveau, Lijstplek plek) {
            // leden, met een wettenregel tussen twee leden erbij: die onderbreekt de nummering niet
            List<Blok> leden = new ArrayList<>();
            for (int i = 0; i < blokken.size(); i++) {
                Blok b = blokken.get(i);
                boolean tussen = b instanceof Blok.Wettenregel && !leden.isEmpty() && i + 1 < blokken.size()
                        && blokken.get(i + 1) instanceof Blok.Lid;
                if (b instanceof Blok.Lid || tussen) {
                    leden.add(b);
                    continue;
                }
                if (!leden.isEmpty()) {
                    leden(leden, niveau);
                    leden = new ArrayList<>();
                }
                blok(b, niveau, plek);
            }
            if (!leden.isEmpty()) leden(leden, niveau);
        }

        private void blok(Blok b, int niveau, Lijstplek plek) {
            b.accept(new Blok.Bezoeker<Void>() {
                @Override
                public Void alinea(Blok.Alinea a) {
                    Lichaam.this.alinea(null, ind(niveau), runs(a.tekst()));
                    return null;
                }

                @Override
                public Void wettenregel(Blok.Wettenregel w) {
                    if (instellingen.wettenregels() && !w.wetten().isEmpty()) {
                        Lichaam.this.alinea("Wettenregel", ind(niveau), tekst(WettenTekst.regel(w.wetten())));
                    }
                    return null;
                }

                @Override
                public Void lid(Blok.Lid lid) {
                    leden(List.<Blok>of(lid), niveau);
                    return null;
                }

                @Override
                public Void lijst(Blok.Lijst l) {
                    List<String> labels = l.onderdelen().stream().map(Onderdeel::label).toList();
                    DocxOpmaak.Soort soort = switch (l.soort()) {
                        case LETTERS -> DocxOpmaak.Soort.LETTERS;
                        case CIJFERS -> plek == Lijstplek.IN_LETTERS ? DocxOpmaak.Soort.GRADEN : DocxOpmaak.Soort.CIJFERS;
                        case ROMEINS -> DocxOpmaak.Soort.ROMEINS;
                        case GRAAD -> DocxOpmaak.Soort.GRADEN;
                        case OPSOMMING -> DocxOpmaak.Soort.BOLLETJES;
                    };
                    List<List<Blok>> inhoud = l.onderdelen().stream().map(Onderdeel::inhoud).toList();
                    Lichaam.this.lijst(l.soort(), soort, labels, inhoud, niveau, l.soort() == LijstSoort.LETTERS ? Lijstplek.IN_LETTERS : Lijstplek.IN_ONDERDEEL);
                    return null;
                }

                @Override
                public Void tabel(Blok.Tabel t) {
                    Lichaam.this.tabel(t, niveau);
                    return null;
                }

                @Override
                public Void begrippenlijst(Blok.Begrippenlijst l) {
                    // begripsbepalingen (VNG-model): onderdelen "a. term: definitie"
                    List<String> labels = l.begrippen().stream().map(Begrip::label).toList();
                    List<List<Blok>> inhoud = new ArrayList<>();
                    for (Begrip g : l.begrippen()) {
                        List<Blok> d = new ArrayList<>(g.definitie());
                        Tekst eerste = !d.isEmpty() && d.get(0) instanceof Blok.Alinea a ? a.tekst() : Tekst.LEEG;
                        if (!eerste.isLeeg()) d.remove(0);
                        List<Inline> delen = new ArrayList<>();
                        delen.add(new Inline.Platte(term(g) + ": "));
                        delen.addAll(eerste.delen());
                        d.add(0, new Blok.Alinea(new Tekst(delen), g.pos()));
                        inhoud.add(d);
                    }
                    DocxOpmaak.Soort soort = switch (l.soort()) {
                        case LETTERS -> DocxOpmaak.Soort.LETTERS;
                        case CIJFERS -> DocxOpmaak.Soort.CIJFERS;
                        case ROMEINS -> DocxOpmaak.Soort.ROMEINS;
                        case GRAAD -> DocxOpmaak.Soort.GRADEN;
                        case OPSOMMING -> DocxOpmaak.Soort.BOLLETJES;
                    };
                    Lichaam.this.lijst(l.soort(), soort, labels, inhoud, niveau, Lijstplek.IN_LETTERS);
                    return null;
                }
            });
        }

        /** Leden (en wettenregels ertussen, die vóór het volgende lid komen). */
        private void leden(List<? extends Blok> groep, int niveau) {
            List<String> labels = new ArrayList<>();
            List<List<Blok>> inhoud = new ArrayList<>();
            List<List<Blok>> voor = new ArrayList<>();
            List<Blok> wachtend = new ArrayList<>();
            for (Blok b : groep) {
                if (b instanceof Blok.Lid l) {
                    labels.add(l.nummer());
                    inhoud.add(l.inhoud());
                    voor.add(wachtend);
                    wachtend = new ArrayList<>();
                } else {
                    wachtend.add(b);
                }
            }
            lijst(LijstSoort.CIJFERS, DocxOpmaak.Soort.LEDEN, labels, inhoud, voor, niveau, Lijstplek.IN_ONDERDEEL);
        }

        /**
         * Een genummerde lijst: automatische nummering (een eigen w:num die op 1 begint) als die de
         * vastgestelde labels geeft, anders getypte labels. De eerste alinea's van een onderdeel staan
         * in de genummerde alinea, gescheiden door regeleinden; geneste lijsten een niveau dieper.
         */
        private void lijst(LijstSoort lijstsoort, DocxOpmaak.Soort soort, List<String> labels, List<List<Blok>> inhoud,
                           int niveau, Lijstplek binnen) {
            lijst(lijstsoort, soort, labels, inhoud, null, niveau, binnen);
        }

        private void lijst(LijstSoort lijstsoort, DocxOpmaak.Soort soort, List<String> labels, List<List<Blok>> inhoud,
                           List<List<Blok>> voor, int niveau, Lijstplek binnen) {
            boolean automatisch = Nummering.regelmatig(lijstsoort, labels);
            int num = automatisch ? num(soort, niveau) : 0;
            for (int i = 0; i < inhoud.size(); i++) {
                List<Blok> blokken = inhoud.get(i);
                if (voor != null) for (Blok b : voor.get(i)) blok(b, niveau, binnen);
                int start = 0;
                StringBuilder eerste = new StringBuilder();
                while (start < blokken.size() && (blokken.get(start) instanceof Blok.Alinea
                        || (blokken.get(start) instanceof Blok.Wettenregel w && (!instellingen.wettenregels() || w.wetten().isEmpty())))) {
                    if (blokken.get(start) instanceof Blok.Alinea a) {
                        if (eerste.length() > 0) eerste.append("<w:r><w:br/></w:r>");
                        eerste.append(runs(a.tekst()));
                    }
                    start++;
                }
                if (automatisch) {
                    alinea("ListParagraph", numPr(num, niveau), eerste.toString());
                } else {
                    String label = lijstsoort == LijstSoort.OPSOMMING ? "•" : getypt(labels.get(i), soort);
                    alinea("ListParagraph", ind(niveau + 1) .replace("/>", " w:hanging=\"" + DocxOpmaak.INSPRINGING + "\"/>"),
                            tekst(label) + "<w:r><w:tab/></w:r>" + eerste);
                }
                if (start < blokken.size()) blokken(blokken.subList(start, blokken.size()), niveau + 1, binnen);
            }
        }

        private static String getypt(String label, DocxOpmaak.Soort soort) {
            String l = Nummering.kaal(label);
            return soort == DocxOpmaak.Soort.GRADEN ? l + "°" : l + ".";
        }

        /** Een nieuwe w:num op de abstractNum van de soort, opnieuw beginnend op het gebruikte niveau. */
        private int num(DocxOpmaak.Soort soort, int niveau) {
            int id = volgendeNum++;
            nums.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"").append(soort.id)
                    .append("\"/><w:lvlOverride w:ilvl=\"").append(Math.min(niveau, 8))
                    .append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
            return id;
        }

        private static String numPr(int num, int niveau) {
            return "<w:numPr><w:ilvl w:val=\"" + Math.min(niveau, 8) + "\"/><w:numId w:val=\"" + num + "\"/></w:numPr>";
        }

        private static String ind(int niveau) {
            return niveau == 0 ? null : "<w:ind w:left=\"" + DocxOpmaak.INSPRINGING * niveau + "\"/>";
        }

        private void tabel(Blok.Tabel t, int niveau) {
            if (!t.titel().isLeeg()) alinea(null, "<w:keepNext/>" + (ind(niveau) == null ? "" : ind(niveau)), run(platte(t.titel()), true, false));
            int k = Math.max(1, t.kolommen());
            int breedte = (9000 - DocxOpmaak.INSPRINGING * niveau) / k;
            sb.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").append(breedte * k).append("\" w:type=\"dxa\"/>");
            if (niveau > 0) sb.append("<w:tblInd w:w=\"").append(DocxOpmaak.INSPRINGING * niveau).append("\" w:type=\"dxa\"/>");
            sb.append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
            for (int i = 0; i < k; i++) sb.append("<w:gridCol w:w=\"").append(breedte).append("\"/>");
            sb.append("</w:tblGrid>");
            if (t.kop() != null) rij(t.kop(), k, breedte, true);
            for (Blok.Tabel.Rij r : t.rijen()) rij(r, k, breedte, false);
            sb.append("</w:tbl>");
            // Word wil een alinea tussen een tabel en wat volgt
            alinea(null, "<w:spacing w:after=\"60\"/>", "");
        }

        private void rij(Blok.Tabel.Rij r, int k, int breedte, boolean kop) {
            sb.append("<w:tr>");
            if (kop) sb.append("<w:trPr><w:tblHeader/></w:trPr>");
            for (int i = 0; i < k; i++) {
                sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(breedte).append("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/></w:pPr>");
                if (i < r.cellen().size()) sb.append(kop ? runs(r.cellen().get(i), true) : runs(r.cellen().get(i)));
                sb.append("</w:p></w:tc>");
            }
            sb.append("</w:tr>");
        }

        // ---- alinea's en runs ----

        private void alinea(String stijl, String pPr, String runs) {
            sb.append("<w:p>");
            if (stijl != null || pPr != null) {
                sb.append("<w:pPr>");
                if (stijl != null) sb.append("<w:pStyle w:val=\"").append(stijl).append("\"/>");
                if (pPr != null) sb.append(ordenPPr(pPr));
                sb.append("</w:pPr>");
            }
            sb.append(runs).append("</w:p>");
        }

        /** pPr-kinderen in schemavolgorde (keepNext, pageBreakBefore, numPr, spacing, ind). */
        private static String ordenPPr(String pPr) {
            String[] volgorde = {"<w:keepNext", "<w:pageBreakBefore", "<w:numPr", "<w:spacing", "<w:ind"};
            List<String> delen = new ArrayList<>();
            String rest = pPr;
            StringBuilder r = new StringBuilder();
            for (String v : volgorde) {
                int i = rest.indexOf(v);
                if (i < 0) continue;
                int eind = v.equals("<w:numPr") ? rest.indexOf("</w:numPr>", i) + "</w:numPr>".length() : rest.indexOf("/>", i) + 2;
                delen.add(rest.substring(i, eind));
            }
            delen.forEach(r::append);
            return r.toString();
        }

        private static String tekst(String s) {
            return run(s, false, false);
        }

        private static String run(String s, boolean vet, boolean cursief) {
            if (s == null || s.isEmpty()) return "";
            StringBuilder r = new StringBuilder("<w:r>");
            if (vet || cursief) r.append("<w:rPr>").append(vet ? "<w:b/>" : "").append(cursief ? "<w:i/>" : "").append("</w:rPr>");
            return r.append("<w:t xml:space=\"preserve\">").append(esc(s)).append("</w:t></w:r>").toString();
        }

        private String runs(Tekst t) {
            return runs(t, false);
        }

        private String runs(Tekst t, boolean vet) {
            StringBuilder r = new StringBuilder();
            runs(t.delen(), vet, false, r);
            return r.toString();
        }

        private void runs(List<Inline> delen, boolean vet, boolean cursief, StringBuilder r) {
            for (Inline d : delen) {
                d.accept(new Inline.Bezoeker<Void>() {
                    @Override public Void platte(Inline.Platte p) { r.append(run(enkelBinnen(p.tekst()), vet, cursief)); return null; }
                    @Override public Void nadruk(Inline.Nadruk n) { runs(n.inhoud(), vet, true, r); return null; }
                    @Override public Void sterk(Inline.Sterk s) { runs(s.inhoud(), true, cursief, r); return null; }
                    @Override public Void link(Inline.Link l) {
                        runs(l.inhoud(), vet, cursief, r);
                        String tekst = new Tekst(l.inhoud()).platteTekst().strip();
                        String url = l.url() == null ? "" : l.url().strip();
                        if (!url.isEmpty() && !kaal(tekst).equals(kaal(url))) r.append(run(" (" + url + ")", vet, cursief));
                        return null;
                    }
                    @Override public Void verwijzing(Inline.Verwijzing w) { r.append(run(verwijzingen.tekst(w), vet, cursief)); return null; }
                    @Override public Void parameter(Inline.ParameterWaarde w) { r.append(run(parameters.tekst(w), vet, cursief)); return null; }
                });
            }
        }

        private String platte(Tekst t) {
            StringBuilder r = new StringBuilder();
            for (Inline d : t.delen()) {
                if (d instanceof Inline.Verwijzing w) r.append(verwijzingen.tekst(w));
                else if (d instanceof Inline.ParameterWaarde w) r.append(parameters.tekst(w));
                else r.append(new Tekst(List.of(d)).platteTekst());
            }
            return enkel(r.toString());
        }

        private static String kaal(String s) {
            String r = s.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*:(//)?", "");
            while (r.endsWith("/")) r = r.substring(0, r.length() - 1);
            return r;
        }

        private static String term(Begrip b) {
            List<String> afk = b.afkortingen().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
            return enkel(b.term()) + (afk.isEmpty() ? "" : " (" + String.join(", ", afk) + ")");
        }

        private static String kop(String voor, String titel) {
            String t = enkel(titel);
            if (voor.isBlank()) return t;
            return t.isEmpty() ? voor : voor + " " + t;
        }
    }

    private static String enkel(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Witruimte binnen een stuk tekst enkel, zonder de randen weg te halen (tussen runs telt de spatie). */
    private static String enkelBinnen(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
