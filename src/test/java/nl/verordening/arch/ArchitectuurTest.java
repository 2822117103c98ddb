package nl.verordening.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * De pijplijn laden → model → controles → renderers → CLI, bewaakt: het model hangt van niets af,
 * controles en renderers alleen van het model, en niets hangt van de CLI af.
 */
class ArchitectuurTest {

    static JavaClasses klassen;

    @BeforeAll
    static void importeer() {
        klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.verordening");
    }

    @Test
    void hetModelHangtNergensVanAf() {
        classes().that().resideInAPackage("nl.verordening.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.verordening.model..", "java..")
                .because("het model is de kern: records zonder afhankelijkheden")
                .check(klassen);
    }

    @Test
    void controlesHangenAlleenVanHetModelEnDeBeslislogicaAf() {
        classes().that().resideInAPackage("nl.verordening.check..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.verordening.check..", "nl.verordening.model..",
                        "nl.verordening.beslis..", "java..", "org.ahocorasick..")
                .because("de controles op beslistabellen gebruiken de verificatie uit beslis, die zelf alleen van het model afhangt")
                .check(klassen);
    }

    @Test
    void ahoCorasickAlleenInDeBegrippenscan() {
        noClasses().that().resideOutsideOfPackage("nl.verordening.check.begrip..")
                .should().dependOnClassesThat().resideInAPackage("org.ahocorasick..")
                .because("de meerpatroonzoeker is een detail van de begrippenscan")
                .check(klassen);
    }

    @Test
    void deBeslislogicaHangtAlleenVanHetModelAf() {
        classes().that().resideInAPackage("nl.verordening.beslis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.verordening.beslis..", "nl.verordening.model..", "java..")
                .because("evaluator en verificatie draaien zonder DMN-engine en zonder lader")
                .check(klassen);
    }

    @Test
    void renderersHangenAlleenVanHetModelAf() {
        noClasses().that().resideInAPackage("nl.verordening.render..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.verordening.load..", "nl.verordening.check..",
                        "nl.verordening.importer..", "nl.verordening.cli..")
                .check(klassen);
    }

    @Test
    void ladenHangtAlleenVanHetModelAf() {
        noClasses().that().resideInAPackage("nl.verordening.load..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.verordening.check..", "nl.verordening.render..",
                        "nl.verordening.importer..", "nl.verordening.cli..")
                .check(klassen);
    }

    @Test
    void deImporteurHangtAlleenVanHetModelAf() {
        noClasses().that().resideInAPackage("nl.verordening.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.verordening.check..", "nl.verordening.render..",
                        "nl.verordening.load..", "nl.verordening.cli..")
                .check(klassen);
    }

    @Test
    void nietsHangtVanDeCliAf() {
        noClasses().that().resideOutsideOfPackage("nl.verordening.cli..")
                .should().dependOnClassesThat().resideInAPackage("nl.verordening.cli..")
                .check(klassen);
    }

    @Test
    void bibliotekenBlijvenInHunLaag() {
        noClasses().that().resideOutsideOfPackage("nl.verordening.load..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.commonmark..")
                .because("YAML en Markdown lezen is het werk van de lader")
                .check(klassen);
        noClasses().that().resideOutsideOfPackage("nl.verordening.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(klassen);
    }

    @Test
    void docx4jAlleenInRenderDocxEnImporterDocx() {
        noClasses().that().resideOutsideOfPackages("nl.verordening.render.docx..", "nl.verordening.importer.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.docx4j..", "jakarta.xml.bind..")
                .because("Word-documenten maken (render.docx) en lezen (importer.docx); de rest blijft vrij van docx4j en JAXB")
                .check(klassen);
    }

    @Test
    void velocityAlleenInDeRenderers() {
        noClasses().that().resideOutsideOfPackage("nl.verordening.render..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.velocity..")
                .because("sjablonen zijn het werk van de renderers")
                .check(klassen);
    }

    @Test
    void saxonAlleenInDeTests() {
        noClasses().should().dependOnClassesThat().resideInAPackage("net.sf.saxon..")
                .because("Saxon valideert STOP alleen in de tests (test-scope)")
                .check(klassen);
    }

    @Test
    void geenCyclischeAfhankelijkhedenTussenPakketten() {
        slices().matching("nl.verordening.(*)..").should().beFreeOfCycles().check(klassen);
    }

    @Test
    void hetModelDoetGeenInEnUitvoer() {
        noClasses().that().resideInAPackage("nl.verordening.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
                .because("het model is puur: lezen en schrijven doen lader en renderers")
                .check(klassen);
    }

    @Test
    void dePdfMotorAlleenInRenderPdf() {
        noClasses().that().resideOutsideOfPackage("nl.verordening.render.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..",
                        "org.apache.xmpbox..", "org.apache.batik..")
                .because("alleen de PDF-renderer kent openhtmltopdf en PDFBox; de rest blijft licht en los daarvan")
                .check(klassen);
    }

    @Test
    void deSiteHangtNietVanDePdfAf() {
        noClasses().that().resideInAPackage("nl.verordening.render.site..")
                .should().dependOnClassesThat().resideInAPackage("nl.verordening.render.pdf..")
                .check(klassen);
    }

    @Test
    void deLagenOnderDePijplijnKennenHemNiet() {
        noClasses().that().resideInAnyPackage("nl.verordening.model..", "nl.verordening.load..", "nl.verordening.check..",
                        "nl.verordening.render..", "nl.verordening.importer..")
                .should().dependOnClassesThat().resideInAPackage("nl.verordening.pijplijn..")
                .because("de pijplijn verbindt de lagen; alleen de CLI en de voorbeeldserver staan erboven")
                .check(klassen);
    }

    @Test
    void deVoorbeeldserverStaatOpDePijplijnEnAlleenDeCliKentHem() {
        classes().that().resideInAPackage("nl.verordening.serve..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.verordening.serve..", "nl.verordening.pijplijn..",
                        "nl.verordening.model..", "nl.verordening.render..", "java..", "com.sun.net.httpserver..")
                .because("de server toont wat de pijplijn maakt; hij kent de lader, de controles en de CLI niet")
                .check(klassen);
        noClasses().that().resideOutsideOfPackages("nl.verordening.serve..", "nl.verordening.cli..")
                .should().dependOnClassesThat().resideInAPackage("nl.verordening.serve..")
                .check(klassen);
    }
}
