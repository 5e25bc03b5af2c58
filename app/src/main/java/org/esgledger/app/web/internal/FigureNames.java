package org.esgledger.app.web.internal;

import java.util.Locale;
import java.util.Optional;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A value's key as a person reads it, in the page's language: the indicator's and the entity's names from the catalogue
 * and the organisation, the period and the breakdown as codes (the key itself stays on the page beside it). A code the
 * catalogue or the organisation does not know (a published figure's, a removed entity's) is shown as the code.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FigureNames {

    private final Catalogue catalogue;
    private final Organisation organisation;

    FigureNames(Catalogue catalogue, Organisation organisation) {
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    /** Names for the keys of one page, reading the organisation once. */
    Page page(Locale locale) {
        return new Page(organisation.tree(), Languages.chinese(locale));
    }

    /** The names of one page's keys. */
    final class Page {

        private final OrganisationTree tree;
        private final boolean zh;

        private Page(OrganisationTree tree, boolean zh) {
            this.tree = tree;
            this.zh = zh;
        }

        Named of(String key) {
            Optional<FactKey> k = FactKey.parse(key);
            if (k.isEmpty()) {
                return new Named(key, "", "", "");
            }
            FactKey f = k.get();
            String indicator = catalogue.indicator(f.indicator()).map(Indicator::name).map(this::text).orElse(f.indicator());
            String entity = tree.entity(f.entity()).map(ReportingEntity::name).map(this::text).orElse(f.entity());
            return new Named(indicator, entity, f.period().code(), f.breakdown().code());
        }

        /** Whether an indicator's code, or its name in either language, holds the search (ignoring case); an empty search holds. */
        boolean indicatorHolds(String code, String search) {
            return holds(code, search) || catalogue.indicator(code).map(Indicator::name).filter(n -> holds(n, search)).isPresent();
        }

        /** Whether an entity's code, or its name in either language, holds the search (ignoring case); an empty search holds. */
        boolean entityHolds(String code, String search) {
            return holds(code, search) || tree.entity(code).map(ReportingEntity::name).filter(n -> holds(n, search)).isPresent();
        }

        private static boolean holds(Bilingual name, String search) {
            return holds(name.zh(), search) || holds(name.en(), search);
        }

        private static boolean holds(String text, String search) {
            return search.isEmpty() || text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
        }

        private String text(Bilingual b) {
            String t = zh ? b.zh() : b.en();
            return t == null || t.isBlank() ? (zh ? b.en() : b.zh()) : t;
        }
    }

    /** An indicator's and an entity's names, the period's and the breakdown's codes (empty for the total). */
    record Named(String indicator, String entity, String period, String breakdown) {
    }
}
