package org.esgledger.engine.organisation;

import org.esgledger.engine.catalogue.Codes;

/** The kinds of reporting entity in an organisation tree. */
public enum EntityKind {
    GROUP, COMPANY, BRANCH, SUBSIDIARY, SITE, DEPARTMENT;

    public static EntityKind parse(String text) {
        return Codes.parse(EntityKind.class, text);
    }
}
