package nl.verordening.check.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * De parser over een tabel van echte schrijfwijzen, de meeste uit de vastgestelde tekst van Oude
 * IJsselstreek (seeds/003). Per verwijzing: soort, niveau, nummer, lid (l), onderdeel (o), titel (t),
 * wet (w), "dit" voor "van dit artikel", en of de vorm standaard is ("std") of afwijkt ("afw"); daarna
 * de span tussen accolades. Meerdere verwijzingen gescheiden door " | ".
 */
class VerwijzingParserTest {

    private static final VerwijzingParser PARSER = new VerwijzingParser(
            List.of("Verstrekking in natura", "Beoordelen aanvraag", "Passende vervoerswijze",
                    "Pgb bij hulp door personen uit het sociale netwerk"));

    static String beschrijf(String tekst) {
        return PARSER.parse(tekst).stream().map(VerwijzingParserTest::kort).collect(Collectors.joining(" | "));
    }

    static String kort(Tekstverwijzing v) {
        StringBuilder sb = new StringBuilder(v.soort() + " " + v.niveau());
        if (v.nummer() != null) sb.append(' ').append(v.nummer());
        if (v.lid() != null) sb.append(" l").append(v.lid());
        if (v.onderdeel() != null) sb.append(" o").append(v.onderdeel());
        if (v.titel() != null) sb.append(" t'").append(v.titel()).append('\'');
        if (v.wet() != null) sb.append(" w'").append(v.wet()).append('\'');
        if (v.ditArtikel()) sb.append(" dit");
        sb.append(v.standaard() ? " std" : " afw").append(" {").append(v.tekst()).append('}');
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
        zie artikel 5.2.                                       ¦ INTERN ARTIKEL 5.2 std {artikel 5.2}
        genoemd in artikel 5.2, derde lid.                     ¦ INTERN ARTIKEL 5.2 l3 std {artikel 5.2, derde lid}
        genoemd in artikel 5.2 lid 3.                          ¦ INTERN ARTIKEL 5.2 l3 afw {artikel 5.2 lid 3}
        genoemd in artikel 5.2, derde lid, onder b.            ¦ INTERN ARTIKEL 5.2 l3 ob std {artikel 5.2, derde lid, onder b}
        de regels uit het tweede lid gelden                    ¦ INTERN LID l2 std {het tweede lid}
        zoals in lid 4 van dit artikel staat                   ¦ INTERN LID l4 dit afw {lid 4 van dit artikel}
        genoemd in het eerste lid, onder c, zijn               ¦ INTERN LID l1 oc std {het eerste lid, onder c}
        de in 6.1 genoemde wetten                              ¦ INTERN ARTIKEL 6.1 afw {6.1}
        zie artikel 7.4 'Verstrekking in natura' hierover      ¦ INTERN ARTIKEL 7.4 t'Verstrekking in natura' std {artikel 7.4 'Verstrekking in natura'}
        zie artikel 'Verstrekking in natura' hierover          ¦ INTERN ARTIKEL t'Verstrekking in natura' afw {artikel 'Verstrekking in natura'}
        zie artikel verstrekking in natura hierover            ¦ INTERN ARTIKEL t'verstrekking in natura' afw {artikel verstrekking in natura}
        zie artikel 7.4verstrekking in natura hierover         ¦ INTERN ARTIKEL 7.4 t'verstrekking in natura' afw {artikel 7.4verstrekking in natura}
        zie artikel 7.4. verstrekking in natura hierover       ¦ INTERN ARTIKEL 7.4 t'verstrekking in natura' afw {artikel 7.4. verstrekking in natura}
        zoals beschreven in 7.4.b hierboven                    ¦ INTERN ARTIKEL 7.4 ob afw {7.4.b}
        de artikelen 6.2.1 en 6.2.2 gelden                     ¦ INTERN ARTIKEL 6.2.1 std {artikelen 6.2.1} | INTERN ARTIKEL 6.2.2 std {6.2.2}
        artikel 12 tot en met 14 gelden                        ¦ INTERN ARTIKEL 12 std {artikel 12} | INTERN ARTIKEL 14 std {14}
        zoals bedoeld in artikel 4:5 van de Awb.               ¦ EXTERN ARTIKEL 4:5 w'Awb' std {artikel 4:5 van de Awb}
        in artikel 18, vierde lid, van de Participatiewet niet ¦ EXTERN ARTIKEL 18 l4 w'Participatiewet' std {artikel 18, vierde lid, van de Participatiewet}
        de regels van hoofdstuk 3 gelden                       ¦ INTERN HOOFDSTUK 3 std {hoofdstuk 3}
        zie paragraaf 6.3 over het pgb                         ¦ INTERN PARAGRAAF 6.3 std {paragraaf 6.3}
        de tarieven in bijlage 2 gelden                        ¦ INTERN BIJLAGE 2 std {bijlage 2}
        de tarieven in bijlage II gelden                       ¦ INTERN BIJLAGE II std {bijlage II}
        bedoeld in artikel 50, eerste lid, van de Participatiewet. ¦ EXTERN ARTIKEL 50 l1 w'Participatiewet' std {artikel 50, eerste lid, van de Participatiewet}
        de artikelen 475c tot en met 475e van het Wetboek van Burgerlijke Rechtsvordering. ¦ EXTERN ARTIKEL 475c w'Wetboek van Burgerlijke Rechtsvordering' std {artikelen 475c} | EXTERN ARTIKEL 475e w'Wetboek van Burgerlijke Rechtsvordering' std {475e van het Wetboek van Burgerlijke Rechtsvordering}
        als bedoeld in artikel 1.1.1 van de Wmo 2015, jeugdhulp ¦ EXTERN ARTIKEL 1.1.1 w'Wmo 2015' std {artikel 1.1.1 van de Wmo 2015}
        in artikel 8.28 en 8.29 van de WVO.                    ¦ EXTERN ARTIKEL 8.28 w'WVO' std {artikel 8.28} | EXTERN ARTIKEL 8.29 w'WVO' std {8.29 van de WVO}
        een besluit van de gemeente (artikel 1:2, lid 1 van de Algemene wet bestuursrecht). ¦ EXTERN ARTIKEL 1:2 l1 w'Algemene wet bestuursrecht' std {artikel 1:2, lid 1 van de Algemene wet bestuursrecht}
        volgens de regels van artikel 10, lid 1 en 11 van Boek 1 van het Burgerlijk Wetboek. ¦ EXTERN ARTIKEL 10 l1 w'Boek 1 van het Burgerlijk Wetboek' std {artikel 10, lid 1} | EXTERN ARTIKEL 11 w'Boek 1 van het Burgerlijk Wetboek' std {11 van Boek 1 van het Burgerlijk Wetboek}
        Met inspraak wordt in artikel 11.1 van deze verordening ook bedoeld ¦ INTERN ARTIKEL 11.1 std {artikel 11.1 van deze verordening}
        de criteria zoals opgenomen in artikel 3.3.6 lid 3 gehanteerd. ¦ INTERN ARTIKEL 3.3.6 l3 afw {artikel 3.3.6 lid 3}
        zoals bedoeld in de Wmo 2015 is artikel 2.3.2 eerste lid. Daar ¦ INTERN ARTIKEL 2.3.2 l1 afw {artikel 2.3.2 eerste lid}
        de doelen (in artikel 2.1) te realiseren                ¦ INTERN ARTIKEL 2.1 std {artikel 2.1}
        de doelen van de in 2.1 genoemde wetten                 ¦ INTERN ARTIKEL 2.1 afw {2.1}
        op het doel als geschetst in lid 3 van dit artikel      ¦ INTERN LID l3 dit afw {lid 3 van dit artikel}
        als genoemd in eerste lid van dit artikel zal           ¦ INTERN LID l1 dit afw {eerste lid van dit artikel}
        zoals genoemd in het eerste lid, onder d en de huisgenoot ¦ INTERN LID l1 od std {het eerste lid, onder d}
        De beoordeling zoals in lid 1 genoemd vindt plaats      ¦ INTERN LID l1 afw {lid 1}
        zoals genoemd in artikel 4:5 van de Awb en/of als       ¦ EXTERN ARTIKEL 4:5 w'Awb' std {artikel 4:5 van de Awb}
        zoals beschreven in 4.6.3.b (passende vervoerswijze). In deze ¦ INTERN ARTIKEL 4.6.3 ob t'passende vervoerswijze' afw {4.6.3.b (passende vervoerswijze)}
        zoals beschreven in 4.6.3 (passende vervoerswijze).     ¦ INTERN ARTIKEL 4.6.3 t'passende vervoerswijze' afw {4.6.3 (passende vervoerswijze)}
        over eigen kracht (artikel 3.3.5 en 3.3.6) vast          ¦ INTERN ARTIKEL 3.3.5 std {artikel 3.3.5} | INTERN ARTIKEL 3.3.6 std {3.3.6}
        de voorwaarden genoemd bij artikel 3.3.4 ‘beoordelen aanvraag’ van deze verordening. ¦ INTERN ARTIKEL 3.3.4 t'beoordelen aanvraag' std {artikel 3.3.4 ‘beoordelen aanvraag’ van deze verordening}
        de regels genoemd in artikel ‘beoordelen aanvraag’ van deze verordening. ¦ INTERN ARTIKEL t'beoordelen aanvraag' afw {artikel ‘beoordelen aanvraag’}
        het normenkader uit artikel 5.1, lid 2 van deze verordening. ¦ INTERN ARTIKEL 5.1 l2 afw {artikel 5.1, lid 2 van deze verordening}
        de voorwaarden die zijn genoemd in artikel 3.3. ‘beoordelen aanvraag’ van deze verordening. ¦ INTERN ARTIKEL 3.3 t'beoordelen aanvraag' afw {artikel 3.3. ‘beoordelen aanvraag’ van deze verordening}
        de voorwaarden die zijn genoemd in artikel 3.3’beoordelen aanvraag’ van deze verordening. ¦ INTERN ARTIKEL 3.3 t'beoordelen aanvraag' std {artikel 3.3’beoordelen aanvraag’ van deze verordening}
        de bemiddelingskosten uit artikel ‘Pgb bij hulp door personen uit het sociale netwerk’; ¦ INTERN ARTIKEL t'Pgb bij hulp door personen uit het sociale netwerk' afw {artikel ‘Pgb bij hulp door personen uit het sociale netwerk’}
        75% per persoon van het onder a genoemde bedrag.        ¦ INTERN ONDERDEEL oa std {onder a}
        de gronden die genoemd worden in artikel 10.2.1.        ¦ INTERN ARTIKEL 10.2.1 std {artikel 10.2.1}
        op grond van artikel 18 Participatiewet en de verordening ¦ EXTERN ARTIKEL 18 w'Participatiewet' std {artikel 18 Participatiewet}
        zoals bedoeld in artikel 8 eerste lid onder a Participatiewet. ¦ EXTERN ARTIKEL 8 l1 oa w'Participatiewet' std {artikel 8 eerste lid onder a Participatiewet}
        past de gemeente altijd artikel 18 lid 1 Participatiewet of artikel 10.4.2 van deze verordening toe ¦ EXTERN ARTIKEL 18 l1 w'Participatiewet' std {artikel 18 lid 1 Participatiewet} | INTERN ARTIKEL 10.4.2 std {artikel 10.4.2 van deze verordening}
        De regels daarvoor staan in het tweede lid van dit artikel. ¦ INTERN LID l2 dit afw {het tweede lid van dit artikel}
        Op basis van artikel 10.4 kan de verlaging              ¦ INTERN ARTIKEL 10.4 std {artikel 10.4}
        via de mogelijkheden zoals genoemd onder 3.1.1.A en nader ¦ INTERN ARTIKEL 3.1.1.A afw {3.1.1.A}
        in artikel 4a, derde lid, van de Wet gemeentelijke schuldhulpverlening vastgesteld ¦ EXTERN ARTIKEL 4a l3 w'Wet gemeentelijke schuldhulpverlening' std {artikel 4a, derde lid, van de Wet gemeentelijke schuldhulpverlening}
        in artikel 7.1 van het Besluit inburgering 2021. De gemeente ¦ EXTERN ARTIKEL 7.1 w'Besluit inburgering 2021' std {artikel 7.1 van het Besluit inburgering 2021}
        een lid van de raad en de leden 2 en 3                  ¦ 
        het derde lid van artikel 5.2 geldt                     ¦ INTERN ARTIKEL 5.2 l3 afw {het derde lid van artikel 5.2}
        in dit artikel en dit lid geldt in 2026 een bedrag van 1.000 euro ¦ 
        van de Participatiewet is en artikel 18 of 18 b van de Participatiewet laat ¦ EXTERN ARTIKEL 18 w'Participatiewet' std {artikel 18} | EXTERN ARTIKEL 18.b w'Participatiewet' std {18 b van de Participatiewet}
        volgens Artikel 475.b. e.v. Wetboek van Burgerlijke rechtsvordering dit ¦ EXTERN ARTIKEL 475 ob w'Wetboek van Burgerlijke rechtsvordering' std {Artikel 475.b. e.v. Wetboek van Burgerlijke rechtsvordering}
        omensondersteuning bedoeld in artikel 5, onderdeel c van de Participatiewet. De ¦ EXTERN ARTIKEL 5 oc w'Participatiewet' std {artikel 5, onderdeel c van de Participatiewet}
        zoals omschreven in het protocol jobcoach 2019 artikel 2.4 die is te vinden ¦ EXTERN ARTIKEL 2.4 w'protocol jobcoach 2019' std {artikel 2.4}
        de kosten uit artikel 6.1, onderdeel b, worden vergoed ¦ INTERN ARTIKEL 6.1 ob std {artikel 6.1, onderdeel b}
        de kosten uit artikel 6.1, onder b, worden vergoed     ¦ INTERN ARTIKEL 6.1 ob afw {artikel 6.1, onder b}
        zie [[hulp-in-natura#lid-2]] en artikel 6.1, tweede lid ¦ INTERN ARTIKEL 6.1 l2 std {artikel 6.1, tweede lid}
        """)
    void herkent(String tekst, String verwacht) {
        assertThat(beschrijf(tekst)).isEqualTo(verwacht == null ? "" : verwacht);
    }

    @Test
    void standaardvormNoemtLidVoluitEnOnderdeel() {
        Tekstverwijzing v = PARSER.parse("artikel 5.2 lid 3 sub b").get(0);
        assertThat(v.standaardvorm()).isEqualTo("artikel 5.2, derde lid, onder b");
        assertThat(v.afwijkingen()).containsExactly("'lid 3' in plaats van 'derde lid'", "'sub b' in plaats van 'onder b'");
        assertThat(PARSER.parse("lid 4 van dit artikel").get(0).standaardvorm()).isEqualTo("het vierde lid");
        assertThat(PARSER.parse("zoals beschreven in 4.6.3.b hier").get(0).standaardvorm()).isEqualTo("artikel 4.6.3, onderdeel b");
        assertThat(PARSER.parse("artikel 18 lid 1 Participatiewet").get(0).standaardvorm())
                .isEqualTo("artikel 18, eerste lid, van de Participatiewet");
    }

    @Test
    void spanWijstPreciesDeVerwijzingAan() {
        String t = "Zie ook de in 6.1 genoemde regels en artikel 7.4, tweede lid.";
        List<Tekstverwijzing> r = PARSER.parse(t);
        assertThat(r).hasSize(2);
        assertThat(t.substring(r.get(0).begin(), r.get(0).eind())).isEqualTo("6.1");
        assertThat(t.substring(r.get(1).begin(), r.get(1).eind())).isEqualTo("artikel 7.4, tweede lid");
    }
}
