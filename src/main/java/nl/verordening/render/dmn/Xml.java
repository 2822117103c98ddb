package nl.verordening.render.dmn;

/** Kleine XML-schrijver met vaste inspringing, zodat de uitvoer byte voor byte gelijk blijft. */
final class Xml {

    private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int diepte;

    Xml open(String tag, String... attributen) {
        regel("<" + tag + attr(attributen) + ">");
        diepte++;
        return this;
    }

    Xml sluit(String tag) {
        diepte--;
        regel("</" + tag + ">");
        return this;
    }

    Xml leeg(String tag, String... attributen) {
        return regel("<" + tag + attr(attributen) + "/>");
    }

    Xml tekst(String tag, String tekst, String... attributen) {
        // In tekst hoeven aanhalingstekens niet ontsnapt: FEEL-teksten blijven leesbaar ("BO","SBO").
        return regel("<" + tag + attr(attributen) + ">" + tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</" + tag + ">");
    }

    private Xml regel(String s) {
        sb.append("  ".repeat(diepte)).append(s).append('\n');
        return this;
    }

    private static String attr(String[] a) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i + 1 < a.length; i += 2) {
            if (a[i + 1] != null) r.append(' ').append(a[i]).append("=\"").append(escape(a[i + 1])).append('"');
        }
        return r.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
