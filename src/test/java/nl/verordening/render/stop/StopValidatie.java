package nl.verordening.render.stop;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** STOP-validatie voor tests: het XSD (JAXP, met de catalogus van STOP) en de gecompileerde schematron (Saxon-HE). */
final class StopValidatie {

    private StopValidatie() {}

    /** Alle schemafouten en -waarschuwingen, als "regel:kolom: bericht". */
    static List<String> schemafouten(String xml, Path stop) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        URI catalogus = stop.resolve("schema/stop-catalog.xml").toUri();
        f.setResourceResolver(CatalogManager.catalogResolver(
                CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "continue").build(), catalogus));
        Validator v = f.newSchema(stop.resolve("schema/imop-tekst.xsd").toFile()).newValidator();
        List<String> fouten = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) { fouten.add(tekst(e)); }
            @Override public void error(SAXParseException e) { fouten.add(tekst(e)); }
            @Override public void fatalError(SAXParseException e) { fouten.add(tekst(e)); }
        });
        v.validate(new StreamSource(new StringReader(xml)));
        return fouten;
    }

    private static String tekst(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    private static XsltExecutable schematron;

    /** De SVRL-meldingen (failed-assert en successful-report), elk als "rol: tekst". */
    static synchronized List<String> schematronMeldingen(String xml, Path stop) throws Exception {
        Processor p = new Processor(false);
        if (schematron == null) {
            schematron = p.newXsltCompiler().compile(new StreamSource(stop.resolve("schematron/imop-tekst.sch.xslt").toFile()));
        }
        XsltTransformer t = schematron.load();
        t.setSource(new StreamSource(new StringReader(xml), "urn:verordening"));
        StringWriter svrl = new StringWriter();
        Serializer s = p.newSerializer(svrl);
        t.setDestination(s);
        t.transform();
        List<String> r = new ArrayList<>();
        Matcher m = Pattern.compile("<svrl:(failed-assert|successful-report)\\b([^>]*)>(.*?)</svrl:\\1>", Pattern.DOTALL)
                .matcher(svrl.toString());
        while (m.find()) {
            Matcher rol = Pattern.compile("role=\"([^\"]*)\"").matcher(m.group(2));
            r.add((rol.find() ? rol.group(1) : "?") + ": " + m.group(3).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
        }
        return r;
    }
}
