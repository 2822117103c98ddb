package nl.verordening.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import nl.verordening.model.Verordening;
import nl.verordening.render.Output;
import nl.verordening.render.Renderer;
import nl.verordening.render.site.PubliekeOpmaak;
import nl.verordening.render.site.PublieksInstellingen;
import nl.verordening.render.site.PublieksversieRenderer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * De publieksversie als getagde, toegankelijke PDF ({@code publieksversie/publieksversie.pdf}):
 * PDF/UA-1 en PDF/A-3u, lettertypen ingebed (DejaVu, dezelfde als de site), de illustraties per
 * hoofdstuk als vector (SVG), een sRGB-uitvoerintentie, titel en taal. De inhoud komt uit het
 * sjabloon {@value #SJABLOON} (XHTML), met dezelfde {@link PubliekeOpmaak} als de site.
 *
 * <p>Deterministisch: aanmaak- en wijzigingsdatum (ook in de XMP) zijn de datum van vaststelling,
 * het document-id is een hash van de inhoud; zo geeft dezelfde bron dezelfde bytes.
 */
public final class PublieksPdfRenderer implements Renderer {

    public static final String SJABLOON = "publieksversie/pdf.html.vm";
    public static final String BESTAND = "publieksversie/publieksversie.pdf";
    /** Eigen schema voor illustraties uit de sjablonenmap: geen netwerk, geen bestanden van buiten. */
    static final String SCHEMA = "sjabloon";

    private final PublieksInstellingen instellingen;

    public PublieksPdfRenderer() {
        this(PublieksInstellingen.standaard());
    }

    public PublieksPdfRenderer(PublieksInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @Override
    public String name() {
        return "publieksversie-pdf";
    }

    @Override
    public void render(Verordening v, Output output) throws IOException {
        Map<String, String> svg = new TreeMap<>();
        Map<String, PubliekeOpmaak.Afbeelding> illustraties = PublieksversieRenderer.illustraties(v, output.templates(), svg);
        PubliekeOpmaak pub = new PubliekeOpmaak(v, PubliekeOpmaak.Soort.PDF, Map.of(), illustraties);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("verordening", v);
        model.put("metadata", v.metadata());
        model.put("pub", pub);
        model.put("instellingen", instellingen);
        String html = output.templates().render(SJABLOON, model);
        output.write(BESTAND, pdf(html, svg, vaste(v)));
    }

    /** Vaste datum voor de metadata: vaststelling, anders 1 januari van het jaar. */
    static Calendar vaste(Verordening v) {
        LocalDate d = v.metadata().vastgesteld() != null ? v.metadata().vastgesteld()
                : LocalDate.of(Math.max(v.metadata().jaar(), 1970), 1, 1);
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    byte[] pdf(String html, Map<String, String> svg, Calendar datum) throws IOException {
        // De PDF-motor logt elke kleinigheid naar stderr; de build meldt zelf wat telt.
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        b.useColorProfile(srgb());
        b.withProducer("verordening (openhtmltopdf)");
        b.useSVGDrawer(new BatikSVGDrawer());
        String[][] varianten = {
            {"DejaVuSans.ttf", "400", "NORMAL"}, {"DejaVuSans-Bold.ttf", "700", "NORMAL"},
            {"DejaVuSans-Oblique.ttf", "400", "ITALIC"}, {"DejaVuSans-BoldOblique.ttf", "700", "ITALIC"}};
        for (String[] f : varianten) {
            byte[] ttf = PublieksversieRenderer.lettertype(f[0]);
            b.useFont(() -> new ByteArrayInputStream(ttf), instellingen.lettertype(), Integer.valueOf(f[1]),
                    BaseRendererBuilder.FontStyle.valueOf(f[2]), true);
        }
        b.useProtocolsStreamImplementation(adres -> new Bestand(svg.get(adres.substring((SCHEMA + ":/").length()))), SCHEMA);
        b.withHtmlContent(html, SCHEMA + ":/");
        try (PdfBoxRenderer r = b.buildPdfRenderer()) {
            r.createPDFWithoutClosing();
            PDDocument doc = r.getPdfDocument();
            vastzetten(doc, datum, html);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        }
    }

    /** Datums in info en XMP vast; document-id uit de inhoud (anders kiest PDFBox er een op tijd). */
    static void vastzetten(PDDocument doc, Calendar datum, String html) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(datum);
        info.setModificationDate(datum);
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta != null) {
            try (InputStream in = meta.exportXMPMetadata()) {
                XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
                XMPBasicSchema basis = xmp.getXMPBasicSchema();
                if (basis == null) basis = xmp.createAndAddXMPBasicSchema();
                basis.setCreateDate(datum);
                basis.setModifyDate(datum);
                basis.setMetadataDate(datum);
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, uit, true);
                meta.importXMPMetadata(uit.toByteArray());
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("XMP-metadata van de PDF niet te verwerken: " + e.getMessage(), e);
            }
        }
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Het sRGB-profiel van Java zelf (IEC 61966-2.1): geen extra bestand of artefact nodig. */
    static byte[] srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Een illustratie uit de sjablonenmap; onbekend adres: leeg (de PDF-motor slaat het over). */
    private record Bestand(String tekst) implements FSStream {
        @Override
        public InputStream getStream() {
            return tekst == null ? null : new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Reader getReader() {
            return tekst == null ? null : new StringReader(tekst);
        }
    }
}
