package org.esgledger.engine.catalogue;

/** What kind of value an indicator takes. Numeric types carry a unit; the others do not. */
public enum ValueType {
    QUANTITY, COUNT, MONEY, PERCENTAGE, RATIO, TEXT, BOOLEAN, DATE;

    public boolean numeric() {
        return this != TEXT && this != BOOLEAN && this != DATE;
    }

    public static ValueType parse(String text) {
        return Codes.parse(ValueType.class, text);
    }
}
