package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader's story: the year's figures as data, valid against the published schema, with lineage and findings. */
@StoreTest
class DataPackTest {

    static final Path SCHEMA = Path.of("../docs/formats/datapack.schema.json");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Calculations calculations;
    @Autowired
    DataPacks packs;

    @Test
    void theDataPackIsValidAgainstItsSchemaAndCarriesLineageAndFindings() throws Exception {
        workspaces.demoToChange();
        calculations.compute(2024, new ComputeOptions(TestActors.manager("tester"), false, false, ""));
        Path dir = Files.createTempDirectory("pack");
        DataPack pack = packs.write(2024, dir);
        String json = Files.readString(pack.json(), StandardCharsets.UTF_8);

        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("schema errors").isEmpty();
        // the schema is not a rubber stamp: a figure with a non-numeric value is refused
        assertThat(schema.validate(json.replaceFirst("\"value\": \"[0-9.]+\"", "\"value\": \"about 3558\""), InputFormat.JSON)).isNotEmpty();

        assertThat(pack.figures()).isEqualTo(calculations.values(pack.snapshot()).size());
        assertThat(json).contains("\"fact_id\": \"Fc564a7933a52f997\"");
        int share = json.indexOf("\"indicator\": \"rd_staff_share\",\n      \"name_zh\": \"研发人员数量占比\"");
        String figure = json.substring(share, json.indexOf("\"findings\"", share));
        assertThat(figure).contains("\"disclosed\": \"31.42\"").contains("\"formula\": \"rd_staff / employees_total\"")
                .contains("\"F627483b727457f1b\"").contains("\"derivation\": \"derived\"");
        int hazard = json.indexOf("\"indicator\": \"hazard_checkpoint_pass_rate\"");
        assertThat(json.substring(hazard, json.indexOf("\"fact_id\"", hazard + 1))).contains("\"severity\": \"low\"")
                .contains("\"rule\": \"printed-vs-computed\"");

        // where each figure stands: the recomputed turnover differs from the 30.53 % the 2024 report printed (ADR 0018)
        int turnover = json.indexOf("\"fact_id\": \"F0c81fa538893947f\"");
        String turnoverFigure = json.substring(turnover, json.indexOf("\"fact_id\"", turnover + 1));
        assertThat(turnoverFigure).contains("\"report_pages\": {}").contains("\"figure_origin\": \"computed\"")
                .contains("\"differs_from_published\": true");
        assertThat(json).as("figures imported as the 2024 report printed them").containsPattern(
                "\"figure_origin\": \"published\",\\s*\"figure_status\": \"approved\",\\s*\"differs_from_published\": false");

        List<String> csv = Files.readAllLines(pack.csv(), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("\uFEFF" + String.join(",", DataPacks.CSV_COLUMNS));
        assertThat(csv).hasSizeGreaterThan(pack.figures());
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("Fc564a7933a52f997,rd_staff_share,研发人员数量占比,")
                .contains(",31.42214727374929735806632939853850,31.42,percent,2,derived,rd_staff / employees_total,1,"));
    }
}
