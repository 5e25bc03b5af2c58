package org.esgledger.engine.catalogue;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * An entry of the indicator catalogue: what is measured, in which unit group, how its values
 * combine, how precisely it is disclosed and which framework items it answers.
 *
 * @param unitGroup   unit group code for numeric value types, empty otherwise
 * @param unit        unit in which the indicator is disclosed (a unit of {@code unitGroup})
 * @param decimals    decimal places at disclosure, in {@code unit}
 * @param dimensions  breakdown dimensions a fact of this indicator may use
 */
public record Indicator(
        String code,
        Bilingual name,
        Bilingual definition,
        ValueType valueType,
        String unitGroup,
        String unit,
        Aggregation aggregation,
        List<String> dimensions,
        int decimals,
        Direction direction,
        String topic,
        List<FrameworkRef> references) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(valueType, "valueType");
        unitGroup = unitGroup == null ? "" : unitGroup;
        unit = unit == null ? "" : unit;
        topic = topic == null ? "" : topic;
        dimensions = List.copyOf(dimensions);
        references = List.copyOf(references);
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be 0..10: " + decimals);
        }
        if (valueType.numeric() && unitGroup.isEmpty()) {
            throw new IllegalArgumentException("numeric indicator " + code + " needs a unit group");
        }
    }

    public boolean allows(String dimension) {
        return dimensions.contains(dimension);
    }
}
