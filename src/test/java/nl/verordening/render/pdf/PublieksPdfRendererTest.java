package nl.verordening.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** De PDF van de echte verordening: PDF/UA-1 volgens veraPDF, inhoud, metadata, dezelfde bytes bij opnieuw bouwen. */
class PublieksPdfRendererTest {

    static Verordening verordening;
    static byte[] pdf;

    @BeforeAll
    static void bouw() throws Exception {
        verordening = new SourceLoader().load(Path.of("verordening-source"));
        GeheugenOutput out = new GeheugenOutput();
        new PublieksPdfRenderer().render(verordening, out);
        pdf = out.bytes(PublieksPdfRenderer.BESTAND);
    }

    @Test
    void voldoetAanPdfUa1VolgensVeraPdf() throws Exception {
        assertThat(valideer(PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void voldoetAanPdfA3u() throws Exception {
        assertThat(valideer(PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    /** De mislukte regels als leesbare regels (leeg: conform). */
    private static List<String> valideer(PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult r = validator.validate(parser);
            List<String> fouten = r.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                    .distinct().collect(Collectors.toList());
            if (r.isCompliant()) assertThat(fouten).isEmpty();
            else assertThat(fouten).as("niet conform maar zonder mislukte regels").isNotEmpty();
            return fouten;
        }
    }

    @Test
    void heeftTitelTaalTagsEnIngebeddeLettertypen() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("Verordening Sociaal Domein Gemeente Oude IJsselstreek 2026");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getNumberOfPages()).isGreaterThan(30);
            for (var pagina : doc.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    var f = pagina.getResources().getFont(naam);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void bevatDeInhoudEnDeUitlegAlsUitleg() throws Exception {
        String tekst;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Vergoeding van kosten", "Kernwaarden", "Uitleg (geen regel",
                "Sanne gaat naar de basisschool", "Over deze verordening");
        for (var h : verordening.hoofdstukken()) assertThat(tekst).contains(h.titel().replaceAll("\\s+", " "));
        assertThat(tekst).contains("Artikel 4.6.4");
    }

    @Test
    void dezelfdeBronGeeftDezelfdeBytes() throws Exception {
        GeheugenOutput opnieuw = new GeheugenOutput();
        new PublieksPdfRenderer().render(verordening, opnieuw);
        assertThat(opnieuw.bytes(PublieksPdfRenderer.BESTAND)).isEqualTo(pdf);
    }
}
