package nl.verordening.importer.docx;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** Het testdocument van {@link DocxImporterTest} (Kop-profielen, echte nummering, een tabel), ook voor de CLI-test. */
public final class DocxImporterTestDocument {

    private DocxImporterTestDocument() {}

    public static WordprocessingMLPackage maak() throws Exception {
        return DocxImporterTest.maakDocument();
    }
}
