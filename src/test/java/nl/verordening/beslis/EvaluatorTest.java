package nl.verordening.beslis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De evaluator op kleine tabellen: elke hitpolicy, elke soort toets, parameters per datum, foute invoer. */
class EvaluatorTest {

    @TempDir
    Path map;

    static final LocalDate D2026 = LocalDate.of(2026, 1, 1);

    static String tabel(String hitpolicy, String invoer, String uitvoer, String regels) {
        return "id: t\ntitel: Test\ngrondslag: [vergoeding-van-kosten#lid-1]\nhitpolicy: " + hitpolicy + "\ninvoer:\n" + invoer
                + "uitvoer:\n" + uitvoer + "regels:\n" + regels;
    }

    static final String AFSTAND = "  - {naam: afstand, type: getal, eenheid: km, minimum: 0}\n";
    static final String SCHOOL = "  - {naam: school, type: keuze, waarden: [BO, SBO, SO, VO]}\n";
    static final String BEDRAG = "  - {naam: bedrag, type: getal}\n";

    Beslissing beslis(Verordening v, Map<String, ?> invoer) {
        return new Evaluator(v).evalueer(v.beslistabellen().get(0), invoer, D2026);
    }

    @Test
    void uniqueMetParameterBereikEnKeuzes() throws Exception {
        Verordening v = MiniBron.laad(map, tabel("UNIQUE", AFSTAND + SCHOOL, BEDRAG, """
                  - {als: {afstand: '<{{grens}}'}, dan: {bedrag: 0}, uitleg: dichtbij}
                  - {als: {afstand: '[{{grens}}..20]', school: 'not("VO")'}, dan: {bedrag: '{{bedrag}}'}, uitleg: midden}
                  - {als: {afstand: '>20', school: '"BO","SBO"'}, dan: {bedrag: 10}, uitleg: ver}
                  - {als: {afstand: '>20', school: 'SO'}, dan: {bedrag: 30}, uitleg: ver so}
                  - {als: {afstand: '>={{grens}}', school: VO}, dan: {bedrag: 0}, uitleg: vo}
                """));
        assertThat(beslis(v, Map.of("afstand", 5.99, "school", "BO")).uitkomst()).containsEntry("bedrag", BigDecimal.ZERO);
        Beslissing b = beslis(v, Map.of("afstand", 6, "school", "SO"));
        assertThat(b.uitkomst().get("bedrag")).isEqualTo(new BigDecimal("62.50"));
        assertThat(b.regels()).containsExactly(2);
        assertThat(b.grondslag()).isEqualTo("artikel 1.1, eerste lid");
        assertThat(beslis(v, Map.of("afstand", "20,5", "school", "SBO")).regels()).containsExactly(3);
        assertThat(beslis(v, Map.of("afstand", 21, "school", "SO")).uitkomst().get("bedrag")).isEqualTo(new BigDecimal("30"));
        assertThat(beslis(v, Map.of("afstand", 25, "school", "VO")).regels()).containsExactly(5);
        // Op 2027-01-01 is de grens 7: 6,5 km is dan nog dichtbij.
        assertThat(new Evaluator(v).evalueer(v.beslistabellen().get(0), Map.of("afstand", 6.5, "school", "BO"), LocalDate.of(2027, 3, 1))
                .regels()).containsExactly(1);
        assertThat(b.json()).isEqualTo("{\"tabel\": \"t\", \"invoer\": {\"afstand\": 6, \"school\": \"SO\"}, \"uitkomst\": {\"bedrag\": 62.50},"
                + " \"regels\": [2], \"grondslag\": \"artikel 1.1, eerste lid\"}");
    }

    @Test
    void uniqueMetTweePassendeRegelsIsEenFout() throws Exception {
        Verordening v = MiniBron.laad(map, tabel("UNIQUE", AFSTAND, BEDRAG, """
                  - {als: {afstand: '<=6'}, dan: {bedrag: 0}}
                  - {als: {afstand: '>=6'}, dan: {bedrag: 10}}
                """));
        assertThatThrownBy(() -> beslis(v, Map.of("afstand", 6))).isInstanceOf(Beslisfout.class)
                .hasMessageContaining("meer dan één regel past (regels 1 en 2)");
        assertThat(beslis(v, Map.of("afstand", 7)).regels()).containsExactly(2);
    }

    @Test
    void anyFirstPriorityCollectEnRuleOrder() throws Exception {
        String regels = """
                  - {als: {afstand: '<=10'}, dan: {bedrag: 10}}
                  - {als: {afstand: '<=20'}, dan: {bedrag: 20}}
                  - {als: {afstand: '-'}, dan: {bedrag: 30}}
                """;
        Map<String, Integer> vijf = Map.of("afstand", 5);
        assertThat(beslis(MiniBron.laad(map.resolve("first"), tabel("FIRST", AFSTAND, BEDRAG, regels)), vijf).regels()).containsExactly(1);
        Verordening prio = MiniBron.laad(map.resolve("prio"), tabel("PRIORITY", AFSTAND,
                "  - {naam: bedrag, type: getal, waarden: ['30', '20', '10']}\n", regels));
        assertThat(beslis(prio, vijf).uitkomst().get("bedrag")).isEqualTo(new BigDecimal("30"));
        for (String[] c : new String[][] {{"SUM", "60"}, {"MIN", "10"}, {"MAX", "30"}, {"COUNT", "3"}}) {
            Verordening col = MiniBron.laad(map.resolve(c[0]), tabel("COLLECT\naggregatie: " + c[0], AFSTAND, BEDRAG, regels));
            assertThat(beslis(col, vijf).uitkomst().get("bedrag")).as(c[0]).isEqualTo(new BigDecimal(c[1]));
        }
        Verordening ro = MiniBron.laad(map.resolve("ro"), tabel("RULE ORDER", AFSTAND, BEDRAG, regels));
        assertThat(beslis(ro, Map.of("afstand", 15)).uitkomst().get("bedrag"))
                .isEqualTo(List.of(new BigDecimal("20"), new BigDecimal("30")));
        Verordening any = MiniBron.laad(map.resolve("any"), tabel("ANY", AFSTAND, BEDRAG, regels));
        assertThatThrownBy(() -> beslis(any, vijf)).hasMessageContaining("verschillende uitkomsten");
    }

    @Test
    void fouteInvoerGeeftAlleMeldingenInEensInHetNederlands() throws Exception {
        Verordening v = MiniBron.laad(map, tabel("FIRST", AFSTAND + SCHOOL
                + "  - {naam: jong, type: waarheid}\n  - {naam: leeftijd, type: getal, geheel: true, minimum: 0, maximum: 120}\n", BEDRAG,
                "  - {als: {afstand: '-'}, dan: {bedrag: 1}}\n"));
        assertThatThrownBy(() -> beslis(v, Map.of("afstnd", 3, "school", "HAVO", "jong", "misschien", "leeftijd", 130)))
                .isInstanceOfSatisfying(Beslisfout.class, e -> assertThat(e.meldingen()).containsExactly(
                        "onbekende invoer 'afstnd' voor tabel t; bedoelde u 'afstand'? (invoer: afstand, school, jong, leeftijd)",
                        "invoer 'afstand' (afstand) ontbreekt; geef een getal (km)",
                        "'HAVO' is geen toegestane waarde van invoer 'school'; kies uit: BO, SBO, SO, VO",
                        "invoer 'jong' moet true of false (ja of nee) zijn, niet 'misschien'",
                        "invoer 'leeftijd' is hoogstens 120, niet 130"));
    }
}
