package nl.verordening.model;

/** Ernst van een bevinding; {@link #label()} is wat de gebruiker ziet. */
public enum Severity {
    ERROR("fout"),
    WARNING("waarschuwing"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
