package nl.verordening.render.docx;

/** Vaste delen van het Word-document: stijlen en nummeringsdefinities (WordprocessingML). */
final class DocxOpmaak {

    private DocxOpmaak() {}

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Inspringing per niveau, in twips (0,75 cm). */
    static final int INSPRINGING = 425;

    /**
     * Stijlen met de namen die het sjabloon van het publicatieplatform gebruikt zoals Word ze in het
     * Nederlands toont (Titel, Kop 1, Kop 2), met de Engelse stijl-ids van Word. Lettertype Arial
     * 10 pt (LibreOffice gebruikt het maat-gelijke Liberation Sans).
     */
    static final String STIJLEN = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Titel"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="360"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Kop 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Kop 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Artikelkop"><w:name w:val="Artikelkop"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="60"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Wettenregel"><w:name w:val="Wettenregel"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                <w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="Lijstalinea"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Tabelraster"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
                <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """;

    /** Nummeringssoorten: abstractNumId, formaat, tekst. */
    enum Soort {
        LEDEN(0, "decimal", "%1."),
        LETTERS(1, "lowerLetter", "%1."),
        CIJFERS(2, "decimal", "%1."),
        GRADEN(3, "decimal", "%1°"),
        ROMEINS(4, "lowerRoman", "%1."),
        BOLLETJES(5, "bullet", "•");

        final int id;
        final String formaat;
        final String tekst;

        Soort(int id, String formaat, String tekst) {
            this.id = id;
            this.formaat = formaat;
            this.tekst = tekst;
        }
    }

    /** Een abstractNum per soort, negen niveaus; niveau n springt (n + 1) keer in, met hangend label. */
    static String abstractNums() {
        StringBuilder sb = new StringBuilder();
        for (Soort s : Soort.values()) {
            sb.append("<w:abstractNum w:abstractNumId=\"").append(s.id).append("\"><w:multiLevelType w:val=\"multilevel\"/>");
            for (int n = 0; n < 9; n++) {
                sb.append("<w:lvl w:ilvl=\"").append(n).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(s.formaat)
                        .append("\"/><w:lvlText w:val=\"").append(s.tekst.replace("%1", "%" + (n + 1)))
                        .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(INSPRINGING * (n + 1))
                        .append("\" w:hanging=\"").append(INSPRINGING).append("\"/></w:pPr></w:lvl>");
            }
            sb.append("</w:abstractNum>");
        }
        return sb.toString();
    }
}
