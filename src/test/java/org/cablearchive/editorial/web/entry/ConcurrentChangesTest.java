package org.cablearchive.editorial.web.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.editorial.web.entry.EntryWebTest.richDraft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Conflicts are conflicts: two people changing one document at the same moment get one success and one 409, never a
 * 500 (a deadlock) and never a lost update. Each case is tried many times, since a race shows only sometimes.
 */
@ArchiveTest
class ConcurrentChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROUNDS = 12;
    private static final RequestPostProcessor ANN = user("ann").roles("ARCHIVIST");
    private static final RequestPostProcessor BEN = user("ben").roles("ARCHIVIST");
    private static final RequestPostProcessor EVE = user("eve").roles("EDITOR");
    private static final RequestPostProcessor FAY = user("fay").roles("EDITOR");

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private ObjectNode json(String id) throws Exception {
        return (ObjectNode) JSON.readTree(mvc.perform(get("/api/documents/" + id).with(EVE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Runs both requests at the same moment and gives their status codes, sorted. */
    private List<Integer> together(MockHttpServletRequestBuilder a, MockHttpServletRequestBuilder b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (MockHttpServletRequestBuilder request : List.of(a, b)) {
            Callable<Integer> call = () -> {
                start.await(10, TimeUnit.SECONDS);
                return mvc.perform(request).andReturn().getResponse().getStatus();
            };
            answers.add(threads.submit(call));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : answers) {
            codes.add(f.get(60, TimeUnit.SECONDS));
        }
        codes.sort(null);
        return codes;
    }

    private MockHttpServletRequestBuilder save(String id, ObjectNode doc, String title, RequestPostProcessor who) {
        ObjectNode copy = doc.deepCopy();
        copy.put("title", title);
        copy.put("body", copy.get("body").asString() + "\n\n" + title + ".");
        return put("/api/documents/" + id).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(copy));
    }

    private MockHttpServletRequestBuilder move(String id, String action, String comment, RequestPostProcessor who) {
        String body = JSON.writeValueAsString(comment == null ? java.util.Map.of("action", action)
                : java.util.Map.of("action", action, "comment", comment));
        return post("/api/documents/{id}/transitions", id).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void twoSavesOfTheSameVersionGiveOne200AndOne409AndTheWinnerIsKept() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Raced telegram " + round), DocumentStatus.DRAFT, "importer");
            ObjectNode doc = json(id);
            long version = doc.get("version").asLong();
            List<Integer> codes = together(save(id, doc, "Ann's reading " + round, ANN), save(id, doc, "Ben's reading " + round, BEN));
            assertThat(codes).as("round %d", round).containsExactly(200, 409);
            String title = jdbc.sql("select title from document where id = ?").param(id).query(String.class).single();
            assertThat(title).isIn("Ann's reading " + round, "Ben's reading " + round);
            assertThat(jdbc.sql("select version from document where id = ?").param(id).query(Long.class).single())
                    .isEqualTo(version + 1);
            assertThat(jdbc.sql("select count(*) from document_revision where document_id = ? and action = 'EDITED'")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void twoWorkflowMovesAtOnceGiveOneSuccessAndOne409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Moved telegram " + round), DocumentStatus.DRAFT, "importer");
            assertThat(together(move(id, "SUBMIT", null, ANN), move(id, "SUBMIT", null, BEN)))
                    .as("submit, round %d", round).containsExactly(200, 409);
            assertThat(together(move(id, "APPROVE", null, EVE), move(id, "APPROVE", null, FAY)))
                    .as("two approvals, round %d", round).containsExactly(200, 409);
            assertThat(together(move(id, "PUBLISH", null, EVE), move(id, "REQUEST_CHANGES", "Say more", FAY)))
                    .as("publish against request changes, round %d", round).containsExactly(200, 409);
            assertThat(jdbc.sql("select count(*) from document_revision where document_id = ?").param(id).query(Long.class)
                    .single()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void aSaveAndAMoveAtOnceGiveOneSuccessAndOne409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Saved and moved " + round), DocumentStatus.DRAFT, "importer");
            ObjectNode doc = json(id);
            List<Integer> codes = together(save(id, doc, "Edited meanwhile " + round, ANN), move(id, "SUBMIT", null, BEN));
            assertThat(codes).as("round %d", round).doesNotContain(500).contains(200);
            assertThat(codes.stream().filter(c -> c != 200 && c != 409).toList()).isEmpty();
        }
    }

    @Test
    void twoWithholdingsOfOnePassageGiveOneSuccessAndOne409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Withheld twice " + round), DocumentStatus.DRAFT, "importer");
            String passage = "{\"text\": \"Mr. Kirk read\", \"extent\": \"1 line\", \"reason\": \"Source\"}";
            var a = post("/api/documents/{id}/withheld", id).with(EVE).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(passage);
            var b = post("/api/documents/{id}/withheld", id).with(FAY).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(passage);
            List<Integer> codes = together(a, b);
            assertThat(codes).as("round %d", round).hasSize(2).doesNotContain(500);
            assertThat(codes.get(0)).isBetween(200, 201);
            assertThat(codes.get(1)).isEqualTo(409);
            assertThat(jdbc.sql("select count(*) from withheld_passage where document_id = ?").param(id).query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void twoWithdrawalsAtOnceGiveOne200AndOne409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Withdrawn twice " + round), DocumentStatus.PUBLISHED, "importer");
            assertThat(together(move(id, "WITHDRAW", "Published in error", EVE), move(id, "WITHDRAW", "Duplicate", FAY)))
                    .as("round %d", round).containsExactly(200, 409);
            assertThat(jdbc.sql("select count(*) from document_revision where document_id = ? and action = 'WITHDRAW'")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aWithholdingAndAWorkflowMoveAtOnceBothPassOneAfterTheOther() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Withheld and submitted " + round), DocumentStatus.DRAFT, "importer");
            var withhold = post("/api/documents/{id}/withheld", id).with(EVE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\": \"Mr. Kirk read\", \"extent\": \"1 line\", \"reason\": \"Source\"}");
            List<Integer> codes = together(withhold, move(id, "SUBMIT", null, ANN));
            assertThat(codes).as("round %d", round).containsExactly(200, 201);
            assertThat(jdbc.sql("select status from document where id = ?").param(id).query(String.class).single())
                    .isEqualTo("IN_REVIEW");
            assertThat(jdbc.sql("select count(*) from withheld_passage where document_id = ?").param(id).query(Long.class)
                    .single()).isEqualTo(1);
        }
    }

    @Test
    void aWithholdingAndASaveFromTheVersionBeforeItNeverLoseTheWithholding() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = catalog.create(richDraft("Withheld and saved " + round), DocumentStatus.DRAFT, "importer");
            ObjectNode doc = json(id);
            var withhold = post("/api/documents/{id}/withheld", id).with(EVE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\": \"Mr. Kirk read\", \"extent\": \"1 line\", \"reason\": \"Source\"}");
            List<Integer> codes = together(withhold, save(id, doc, "Saved meanwhile " + round, ANN));
            // the save first and then the withholding (both pass), or the withholding first and the save, made from
            // the version before it, refused: never a save that brings the withheld words back
            assertThat(codes).as("round %d", round).isIn(List.of(200, 201), List.of(201, 409));
            String body = jdbc.sql("select body from document where id = ?").param(id).query(String.class).single();
            assertThat(body).doesNotContain("Mr. Kirk read");
            assertThat(jdbc.sql("select count(*) from withheld_passage where document_id = ?").param(id).query(Long.class)
                    .single()).isEqualTo(1);
        }
    }

    @Test
    void aVolumeBatchPublishAndAMoveOfOneOfItsDraftsAtOnceGiveNoDeadlock() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String volume = "race-volume-" + round;
            jdbc.sql("insert into volume (id, title) values (?, 'Raced volume')").param(volume).update();
            for (int i = 1; i <= 4; i++) {
                jdbc.sql("""
                        insert into document (id, volume_id, xml_id, position_in_volume, type, title, classification, precedence,
                            body, status, created_by, updated_by)
                        values (?, ?, ?, ?, 'TELEGRAM', ?, 'SECRET', 'ROUTINE', '<body><p>x</p></body>', 'DRAFT', 'importer', 'importer')""")
                        .params(volume + "-d" + i, volume, "d" + i, i, "Raced " + i).update();
            }
            String raced = volume + "-d3";
            var publish = post("/volumes/{id}/publish", volume).with(EVE).with(csrf());
            List<Integer> codes = together(publish, move(raced, "SUBMIT", null, ANN));
            String status = jdbc.sql("select status from document where id = ?").param(raced).query(String.class).single();
            // the submit first (the batch leaves that document to the review) or the batch first (the submit is refused)
            assertThat(codes).as("round %d", round).containsAnyOf(200, 409).contains(302).doesNotContain(500);
            assertThat(status).isEqualTo(codes.contains(409) ? "PUBLISHED" : "IN_REVIEW");
            assertThat(jdbc.sql("select count(*) from document where volume_id = ? and status = 'PUBLISHED'").param(volume)
                    .query(Long.class).single()).isEqualTo(codes.contains(409) ? 4 : 3);
        }
    }
}
