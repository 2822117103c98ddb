package nl.verordening.render;

import static nl.verordening.render.Modellen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

class ParameterTekstTest {

    static Verordening model() {
        return verordening(List.of(
                parameterDef("toeslag", "EUR", "2025-01-01", "450", "2026-01-01", "465", "2027-01-01", "480"),
                parameterDef("tarief", "EUR", "2020-01-01", "62.50"),
                parameterDef("grens", "EUR", "2020-01-01", "1000"),
                parameterDef("afstand", "km", "2020-01-01", "6"),
                parameterDef("korting", "procent", "2020-01-01", "50"),
                parameterDef("termijn", "weken", "2020-01-01", "8"),
                parameterDef("later", "EUR", "2030-01-01", "1"),
                parameterDef("aantal", "", "2020-01-01", "12500")));
    }

    private static String tekst(String id) {
        return ParameterTekst.van(parameter(id), model());
    }

    @Test
    void waardeOpDatumVanInwerkingtreding() {
        assertThat(tekst("toeslag")).isEqualTo("€ 465");
    }

    @Test
    void eenheden() {
        assertThat(tekst("tarief")).isEqualTo("€ 62,50");
        assertThat(tekst("grens")).isEqualTo("€ 1.000");
        assertThat(tekst("afstand")).isEqualTo("6 kilometer");
        assertThat(tekst("korting")).isEqualTo("50 procent");
        assertThat(tekst("termijn")).isEqualTo("8 weken");
        assertThat(tekst("aantal")).isEqualTo("12.500");
    }

    @Test
    void zonderGeldendeWaarde() {
        assertThat(tekst("later")).isEqualTo("[parameter: later]");
        assertThat(tekst("onbekend")).isEqualTo("[parameter: onbekend]");
    }

    @Test
    void getalNotatie() {
        assertThat(ParameterTekst.getal("1234567.5")).isEqualTo("1.234.567,5");
        assertThat(ParameterTekst.getal("100")).isEqualTo("100");
        assertThat(ParameterTekst.getal("-2500")).isEqualTo("-2.500");
        assertThat(ParameterTekst.getal("0.75")).isEqualTo("0,75");
        assertThat(ParameterTekst.getal("zes")).isEqualTo("zes");
        assertThat(ParameterTekst.metEenheid("2.5", "km")).isEqualTo("2,5 kilometer");
    }
}
