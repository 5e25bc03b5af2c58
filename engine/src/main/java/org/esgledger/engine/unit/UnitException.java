package org.esgledger.engine.unit;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** A unit that cannot be found, is ambiguous, or cannot be converted to the unit asked for. */
public final class UnitException extends EsgException {

    private UnitException(Message message) {
        super(message);
    }

    static UnitException unknown(String text) {
        return new UnitException(Message.of("unit.unknown", text));
    }

    static UnitException unknownInGroup(String text, UnitGroup group) {
        return new UnitException(Message.of("unit.unknownInGroup", text, group.name().zh(), group.name().en()));
    }

    static UnitException ambiguous(String text, String candidates) {
        return new UnitException(Message.of("unit.ambiguous", text, candidates));
    }

    static UnitException incompatible(Unit from, Unit to) {
        return new UnitException(Message.of("unit.incompatible", from.symbol(), from.groupCode(), to.symbol(), to.groupCode()));
    }

    static UnitException invalidTable(String detail) {
        return new UnitException(Message.of("unit.invalidTable", detail));
    }
}
