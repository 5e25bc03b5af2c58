package org.esgledger.app.audit;

import java.util.Locale;

/** What an action is on, for the authorisation check (an area of the workspace): an entity, a ledger kind, an indicator group or the whole workspace. */
public record Area(Kind kind, String code) {

    public enum Kind { ENTITY, LEDGER, INDICATOR_GROUP, WORKSPACE }

    public static final Area WORKSPACE = new Area(Kind.WORKSPACE, "");

    public static Area entity(String code) {
        return new Area(Kind.ENTITY, code);
    }

    public static Area ledger(String kind) {
        return new Area(Kind.LEDGER, kind);
    }

    public static Area indicatorGroup(String group) {
        return new Area(Kind.INDICATOR_GROUP, group);
    }

    @Override
    public String toString() {
        return kind == Kind.WORKSPACE ? "workspace" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + code;
    }
}
