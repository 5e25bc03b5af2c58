package org.esgledger.engine.fact;

import java.util.Objects;

import org.esgledger.engine.unit.Quantity;

/** The value of a fact, typed by the indicator's value type. */
public sealed interface FactValue permits FactValue.Amount, FactValue.Text, FactValue.Flag, FactValue.Day {

    /** The value as written in files and output (numbers in plain notation, never exponent form). */
    String plain();

    /** A number with its unit: quantities, counts, money, percentages, ratios. */
    record Amount(Quantity quantity) implements FactValue {
        public Amount {
            Objects.requireNonNull(quantity, "quantity");
        }

        public String plain() {
            return quantity.value().toPlainString();
        }
    }

    record Text(String text) implements FactValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public String plain() {
            return text;
        }
    }

    record Flag(boolean yes) implements FactValue {
        public String plain() {
            return yes ? "yes" : "no";
        }
    }

    /** A date at year, month or day precision: {@code 2007}, {@code 2022-08}, {@code 2022-08-17}. */
    record Day(String iso) implements FactValue {
        public Day {
            if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("'" + iso + "' is not a date (2007, 2022-08 or 2022-08-17)");
            }
        }

        public String plain() {
            return iso;
        }
    }
}
