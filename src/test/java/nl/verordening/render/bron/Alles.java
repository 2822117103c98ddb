package nl.verordening.render.bron;

import static nl.verordening.render.Modellen.P;
import static nl.verordening.render.Modellen.alinea;
import static nl.verordening.render.Modellen.artikel;
import static nl.verordening.render.Modellen.begrip;
import static nl.verordening.render.Modellen.hoofdstuk;
import static nl.verordening.render.Modellen.lid;
import static nl.verordening.render.Modellen.lijst;
import static nl.verordening.render.Modellen.onderdeel;
import static nl.verordening.render.Modellen.paragraaf;
import static nl.verordening.render.Modellen.tekst;
import static nl.verordening.render.Modellen.verwijzing;

import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Kopstijl;
import nl.verordening.model.Metadata;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/** Een model met elke constructie van het bronformaat die niet al in de minimale bron staat. */
final class Alles {

    private Alles() {}

    static Verordening verordening() {
        Begrip a = new Begrip("begrip-aanvrager", "aanvrager", List.of("Aanv"), List.of("aanvragers"),
                List.of(alinea("degene die een aanvraag doet;")), "a", P);
        Begrip b = new Begrip("begrip-kind", "kind", List.of(), List.of(), List.of(alinea("een jeugdige als bedoeld in de wet.")), "b", P);
        Begrip zonderLabel = new Begrip("begrip-ouder", "ouder", List.of(), List.of(),
                List.of(alinea("de ouder van een ", verwijzing("begrip-kind", null, null), "."), lijst(LijstSoort.OPSOMMING,
                        onderdeel(null, "met gezag;"), onderdeel(null, "of zonder gezag."))), null, P);
        Blok.Tabel tabel = new Blok.Tabel(tekst("Tarieven *2026*"), rij("Voorziening", "Tarief"),
                List.of(rij("Alarmering", "€ 20 per maand"), new Blok.Tabel.Rij(List.of(tekst("Aanvraag"), tekst("zie ", verwijzing("aanvraag", "1", null))), P),
                        rij("Alleen een cel"), rij("te veel", "cellen", "voor de kop")), P);
        Blok.Tabel zonderKop = new Blok.Tabel(Tekst.LEEG, null, List.of(rij("x", ""), rij("", "y: z, [haken]")), P);

        var begripsbepalingen = artikel("begripsbepalingen", "1", "Begripsbepalingen", List.of(),
                alinea("In deze regeling wordt verstaan onder:"),
                new Blok.Begrippenlijst(LijstSoort.LETTERS, List.of(a, b), P));
        var zonderTitel = artikel("aanvraag", "2", "", List.of(),
                lid("1", alinea("Een aanvraag kost:"), tabel),
                lid("2", alinea("Ook geldt:"), lijst(LijstSoort.LETTERS, onderdeel("a", alinea("deze tabel:"), zonderKop),
                        onderdeel("b", alinea("en deze begrippen:"), new Blok.Begrippenlijst(LijstSoort.OPSOMMING, List.of(zonderLabel), P)))));
        var inParagraaf = artikel("slot", "3", "Slot", List.of(), alinea("Zie ", verwijzing("bijlage-tarieven", null, null), "."));
        var h1 = hoofdstuk("algemeen", "1", "Algemeen", List.of(), List.of(),
                List.of(begrip("begrip-regeling", "regeling", List.of(), alinea("deze regeling."))),
                begripsbepalingen, zonderTitel, paragraaf("slotparagraaf", "1.1", "Slot", List.of(), List.of(), inParagraaf));

        Aanhef aanhef = new Aanhef(List.of(alinea("De burgemeester van Voorbeeldstad;"), alinea("gelezen het voorstel;")),
                List.of(tekst("artikel 174 van de Gemeentewet"), tekst("artikel 2 van de ", verwijzing("begripsbepalingen", null, null))),
                List.of(alinea("vast te stellen de volgende regeling:"), alinea("Regeling Voorbeeldstad.")), P);
        Metadata m = new Metadata("Voorbeeldstad", "gm9999", "Regeling Voorbeeldstad", "Regeling Voorbeeldstad", 2026,
                null, null, null, aanhef,
                new Ondertekening(List.of(new Ondertekening.Ondertekenaar("De burgemeester", "E. Burgemeester", P)),
                        Ondertekening.Volgorde.NAAM_FUNCTIE, P),
                Orgaan.BURGEMEESTER, "Aldus besloten door de burgemeester.", "de dag na die van de bekendmaking", nl.verordening.model.taal.Taalniveau.B2,
                new Kopstijl("HOOFDSTUK", "§", "Artikel"), P);
        List<Bijlage> bijlagen = List.of(
                new Bijlage("bijlage-tarieven", "1", "Tarieven", List.of(alinea("De tarieven:"), tabel), P),
                new Bijlage("bijlage-kaart", "", "Kaart van het gebied", List.of(alinea("Een kaart.")), P));
        return new Verordening(m, List.of(), List.of(), List.of(h1), bijlagen, List.of());
    }

    private static Blok.Tabel.Rij rij(String... cellen) {
        return new Blok.Tabel.Rij(List.of(cellen).stream().map(c -> c.isEmpty() ? Tekst.LEEG : tekst(c)).toList(), P);
    }
}
