package nl.verordening.render;

import static nl.verordening.render.Modellen.P;
import static nl.verordening.render.Modellen.alinea;
import static nl.verordening.render.Modellen.artikel;
import static nl.verordening.render.Modellen.begrip;
import static nl.verordening.render.Modellen.lid;
import static nl.verordening.render.Modellen.lijst;
import static nl.verordening.render.Modellen.onderdeel;
import static nl.verordening.render.Modellen.tekst;
import static nl.verordening.render.Modellen.verwijzing;
import static nl.verordening.render.Modellen.wetten;
import static nl.verordening.render.Modellen.wettenregel;

import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.Aanhef;
import nl.verordening.model.Artikel;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/**
 * Een verordening met alles wat de kale tekst in DOCX, STOP en HTML moet kunnen: aanhef,
 * begrippenlijst, kernwaarden, paragrafen naast losse artikelen, leden met (geneste) onderdelen,
 * onregelmatige nummering zoals vastgesteld, een tabel, begripsbepalingen als onderdelen,
 * verwijzingen, en bijlagen met tabellen.
 */
public final class KaleModellen {

    private KaleModellen() {}

    public static Blok.Tabel tabel(String titel, List<String> kop, List<List<String>> rijen) {
        List<Blok.Tabel.Rij> r = rijen.stream()
                .map(cellen -> new Blok.Tabel.Rij(cellen.stream().map(Tekst::van).toList(), P)).toList();
        return new Blok.Tabel(Tekst.van(titel), kop == null ? null : new Blok.Tabel.Rij(kop.stream().map(Tekst::van).toList(), P), r, P);
    }

    public static Verordening volledig() {
        Artikel begripsbepalingen = artikel("begripsbepalingen", "1.1", "Begripsbepalingen", List.of(),
                alinea("In deze verordening wordt verstaan onder:"),
                new Blok.Begrippenlijst(LijstSoort.LETTERS, List.of(
                        new nl.verordening.model.Begrip("aanvrager", "aanvrager", List.of(), List.of(),
                                List.of(alinea("degene die een aanvraag doet")), "a", P),
                        new nl.verordening.model.Begrip("college", "college", List.of(), List.of(),
                                List.of(alinea("het college van burgemeester en wethouders")), "b", P)), P));
        Artikel hulp = artikel("indienen-hulpvraag", "3.1.1 A", "Indienen hulpvraag", wetten("Wmo", "Jeugdwet"),
                lid("1", alinea("Een inwoner kan een hulpvraag indienen bij het college.")),
                lid("2", alinea("De hulpvraag bevat ten minste:"),
                        lijst(LijstSoort.LETTERS,
                                onderdeel("a", "de naam van de inwoner;"),
                                onderdeel("b", alinea("de vraag, met:"), lijst(LijstSoort.CIJFERS,
                                        onderdeel("1", "de situatie;"), onderdeel("2", "de wensen;"))),
                                onderdeel("c", "het adres."))),
                wettenregel("Jeugdwet"),
                lid("3", alinea(new Inline.Nadruk(List.of(new Inline.Platte("Zie ook"))), " ",
                        verwijzing("tarieven", null, null), " en ", verwijzing("dubbel", "1", null), " en ",
                        new Inline.Link("https://www.oude-ijsselstreek.nl", List.of(new Inline.Platte("de website"))), ".")));
        Artikel dubbel = artikel("dubbel", "3.1.2", "Onregelmatig genummerd", wetten("Wmo"),
                lid("1", alinea("Eerste lid."), lijst(LijstSoort.LETTERS, onderdeel("f", "zesde;"), onderdeel("g", "zevende."))),
                lid("1", alinea("Nog een eerste lid, zoals vastgesteld.")),
                lid("2", alinea("Tweede lid met een opsomming:"), lijst(LijstSoort.OPSOMMING,
                        onderdeel(null, "een punt;"), onderdeel(null, "nog een punt."))));
        Artikel gemengd = artikel("gemengd", "3.2", "Alinea en leden", List.of(),
                alinea("Ouders betalen in beginsel zelf."),
                lid("1", alinea("De gemeente vergoedt de kosten.")),
                lid("2", alinea("Zie ", verwijzing("indienen-hulpvraag", "2", "b"), ".")),
                tabel("Afstanden", List.of("Afstand", "Vergoeding"), List.of(List.of("tot 6 km", "geen"), List.of("vanaf 6 km", "volledig"))));
        Paragraaf par = new Paragraaf("hulpvraag", "3.1", "Stap 1: de hulpvraag", wetten("Wmo"),
                List.of(alinea("Deze paragraaf gaat over de hulpvraag.")), List.of(hulp, dubbel), P);
        Hoofdstuk h1 = new Hoofdstuk("begrippen", "1", "Begrippen", List.of(alinea("In deze verordening:")), List.of(),
                List.of(begrip("maatwerkvoorziening", "Maatwerkvoorziening", List.of(), alinea("hulp op maat")),
                        begrip("pgb", "Persoonsgebonden budget", List.of("Pgb"), alinea("een budget"))),
                List.of(begripsbepalingen), P);
        Hoofdstuk h3 = new Hoofdstuk("de-hulpvraag", "3", "De hulpvraag", List.of(alinea("Hoe u hulp vraagt.")),
                List.of(new Kernwaarde(Tekst.van("Eigen kracht"), P), new Kernwaarde(Tekst.van("Samen"), P)), List.of(),
                List.of(par, gemengd), P);
        Bijlage tarieven = new Bijlage("tarieven", "1", "Tarieven", List.of(alinea("De tarieven zijn:"),
                tabel("Eigen bijdrage", List.of("Voorziening", "Per maand", "Per jaar"),
                        List.of(List.of("Huishoudelijke hulp", "€ 21,80", "€ 261,60"), List.of("Begeleiding", "€ 21,80", "€ 261,60")))), P);
        Bijlage model = new Bijlage("formulier", "2", "Model aanvraagformulier", List.of(alinea("Naam, adres en woonplaats."),
                lijst(LijstSoort.LETTERS, onderdeel("a", "naam;"), onderdeel("b", "adres."))), P);
        Aanhef aanhef = new Aanhef(List.of(alinea("De raad van de gemeente Oude IJsselstreek;"),
                alinea("gelezen het voorstel van burgemeester en wethouders;")),
                List.of(tekst("artikel 147 van de Gemeentewet"), tekst("artikel 2.3 van de Wet maatschappelijke ondersteuning 2015")),
                List.of(alinea("vast te stellen de Verordening Sociaal Domein gemeente Oude IJsselstreek 2026.")), P);
        Metadata m = new Metadata("Oude IJsselstreek", "gm1509", "Verordening Sociaal Domein gemeente Oude IJsselstreek 2026",
                "Verordening Sociaal Domein gemeente Oude IJsselstreek 2026", 2026, LocalDate.of(2025, 12, 18),
                LocalDate.of(2026, 1, 1), null, aanhef,
                new Ondertekening(List.of(new Ondertekening.Ondertekenaar("De raadsgriffier,", "M.B.J. Looman", P),
                        new Ondertekening.Ondertekenaar("De voorzitter,", "L.J. Werger", P)), P),
                Orgaan.RAAD, null, null, P);
        return new Verordening(m, Modellen.wetregister(), List.of(), List.of(h1, h3), List.of(tarieven, model), List.of());
    }
}
