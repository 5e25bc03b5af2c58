package org.esgledger.app.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.CompanyProfile;
import org.esgledger.app.setup.CompanyWorkspace;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report templates as files: reading one, and the starter template of a company workspace
 * ({@value #STARTER}: every chapter a Guideline No. 17 report needs, every figure a reference into
 * the standard catalogue, every narrative a block to be written). The starter names no company:
 * its reporting entity ({@code @ENTITY@}, the organisation's root) and year ({@code @YEAR@}) are
 * filled in when it is installed or read, and the organisation's names are taken from the
 * workspace when a template gives none ({@link #withOrganisation}).
 */
@Service
public class ReportTemplates {

    /** The starter template, a classpath resource. */
    public static final String STARTER = "setup/report/template.xml";

    /** The entity of the starter template read on a workspace with no organisation yet. */
    static final String NO_ORGANISATION = "none";

    private final Organisation organisation;
    private final CompanyWorkspace company;

    ReportTemplates(Organisation organisation, CompanyWorkspace company) {
        this.organisation = organisation;
        this.company = company;
    }

    /**
     * The workspace's template for a year: {@code report/template-YYYY.xml}, else {@code report/template.xml}
     * (the demo's, or one a company keeps for every year); when neither exists, the year's file, where
     * the starter template is written.
     */
    public static Path workspaceTemplate(Path workspace, int year) {
        Path folder = workspace.resolve("report");
        Path yearly = folder.resolve("template-" + year + ".xml");
        Path shared = folder.resolve("template.xml");
        return !Files.exists(yearly) && Files.exists(shared) ? shared : yearly;
    }

    /** Reads a template file, refused when it is missing or not for the year; its organisation named from the workspace when it gives none. */
    @Transactional(readOnly = true)
    public ReportTemplate read(Path file, int year) {
        ReportTemplate template = parse(file);
        if (template.year() != year) {
            throw new EsgException(AppMessages.of("report.templateYear", file.toString(), String.valueOf(template.year()),
                    String.valueOf(year)));
        }
        return withOrganisation(template);
    }

    /** The year a template file is for; refused when it is missing or not a template. */
    public int yearOf(Path file) {
        return parse(file).year();
    }

    private static ReportTemplate parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EsgException(AppMessages.of("report.noTemplate", file.toString()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TemplateReader.read(in, file.getFileName().toString(), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The starter template for a year, read from the classpath (not written anywhere). On a workspace
     * without an organisation its entity is {@value #NO_ORGANISATION}, which no figure has.
     */
    @Transactional(readOnly = true)
    public ReportTemplate starter(int year) {
        byte[] text = starterText(year, rootCode().orElse(NO_ORGANISATION));
        return withOrganisation(TemplateReader.read(new ByteArrayInputStream(text), STARTER));
    }

    /**
     * Writes the starter template for a year to {@code file} unless a file is there; refused on a
     * workspace without an organisation (the template's entity is its root).
     *
     * @return whether it was written
     */
    @Transactional(readOnly = true)
    public boolean installStarter(Path file, int year) {
        if (Files.exists(file)) {
            return false;
        }
        String root = rootCode().orElseThrow(() -> new EsgException(AppMessages.of("report.starterNoOrganisation")));
        try {
            PrivateFiles.write(file, starterText(year, root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /**
     * The template, with the company's names ({@code esg init}) as the organisation when it names none,
     * or else (the demo, a workspace never initialised) the reporting entity's names.
     */
    ReportTemplate withOrganisation(ReportTemplate t) {
        if (!t.organisation().zh().isBlank() || !t.organisation().en().isBlank()) {
            return t;
        }
        Bilingual names = company.profile().map(CompanyProfile::name)
                .orElseGet(() -> organisation.tree().entity(t.entity()).map(ReportingEntity::name).orElse(Bilingual.of("", "")));
        return new ReportTemplate(t.id(), t.entity(), t.year(), names, t.stockCode(), t.logo(), t.title(), t.chapters());
    }

    private Optional<String> rootCode() {
        return organisation.tree().root().map(ReportingEntity::code);
    }

    private static byte[] starterText(int year, String entity) {
        String text = new String(SourceFile.resource(STARTER).bytes(), StandardCharsets.UTF_8);
        String code = entity.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return text.replace("@ENTITY@", code).replace("@YEAR@", String.valueOf(year)).getBytes(StandardCharsets.UTF_8);
    }
}
