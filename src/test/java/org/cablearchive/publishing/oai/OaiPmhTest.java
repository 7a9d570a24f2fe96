package org.cablearchive.publishing.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.Seed;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * OAI-PMH over the real archive: a FRUS volume of 333 documents, a small volume whose change times the test sets,
 * a volume imported as drafts and a draft entered alone. Every answer is validated against the OAI-PMH 2.0 and
 * oai_dc schemas; what each list should hold is asked of the database.
 */
@ArchiveTest
class OaiPmhTest {

    private static final String TIMED = "oai-timed";
    private static final String DRAFTS = "oai-drafts";
    private static final String PUBLIC = "status in ('PUBLISHED')";
    private static final String CHANGED = "greatest(published_at, updated_at)";
    /** The change times the test gives TIMED's three documents. */
    private static final Instant T1 = Instant.parse("2001-05-06T07:08:09.250Z");
    private static final Instant T2 = Instant.parse("2001-05-06T23:59:59.999Z");
    private static final Instant T3 = Instant.parse("2001-05-07T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private static boolean imported;
    private static String loneDraft;

    @BeforeEach
    void importOnce() throws Exception {
        if (imported) {
            return;
        }
        TestVolumes.importFrus(importer);
        TestVolumes.importSmall(importer, TIMED, 3, false);
        TestVolumes.importSmall(importer, DRAFTS, 4, true);
        loneDraft = catalog.create(new org.cablearchive.ingest.plaintext.PlainTextTelegramReader().read(Seed.text()).draft(),
                DocumentStatus.DRAFT, "test");
        Instant[] times = {T1, T2, T3};
        for (int n = 1; n <= 3; n++) {
            OffsetDateTime t = times[n - 1].atOffset(ZoneOffset.UTC);
            jdbc.sql("update document set published_at = ?, updated_at = ? where id = ?")
                    .params(t, t, TIMED + "-d" + n).update();
        }
        imported = true;
    }

    private OaiXml oai(String... params) throws Exception {
        return OaiXml.valid(answer(get("/oai"), params));
    }

    private String answer(MockHttpServletRequestBuilder request, String... params) throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/xml");
        return response.getContentAsString();
    }

    private static String identifier(String documentId) {
        return "oai:localhost:" + documentId;
    }

    private List<String> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }

    /** Harvests a whole list, page by page, checking each page's token; returns the identifiers in order. */
    private List<String> harvest(String verb, String... arguments) throws Exception {
        List<String> identifiers = new ArrayList<>();
        OaiXml page = oai(concat(new String[] {"verb", verb}, arguments));
        long cursor = 0;
        while (true) {
            assertThat(page.error()).as("error").isNull();
            String headers = "/oai:OAI-PMH/oai:" + verb + (verb.equals("ListRecords") ? "/oai:record" : "") + "/oai:header";
            List<String> onPage = page.texts(headers + "/oai:identifier");
            identifiers.addAll(onPage);
            if (!page.has("/oai:OAI-PMH/oai:" + verb + "/oai:resumptionToken")) {
                assertThat(cursor).as("a list in pages ends with an empty token").isZero();
                return identifiers;
            }
            String token = "/oai:OAI-PMH/oai:" + verb + "/oai:resumptionToken";
            assertThat(Long.parseLong(page.text(token + "/@cursor"))).isEqualTo(cursor);
            long size = Long.parseLong(page.text(token + "/@completeListSize"));
            String next = page.text(token);
            if (next.isEmpty()) {
                assertThat(identifiers).hasSize((int) size);
                return identifiers;
            }
            cursor += onPage.size();
            page = oai("verb", verb, "resumptionToken", next);
            assertThat(page.requestArguments()).containsExactlyInAnyOrder("verb=" + verb, "resumptionToken=" + next);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void identifySaysHowTheRepositoryWorks() throws Exception {
        OaiXml identify = oai("verb", "Identify");
        assertThat(identify.text("//oai:Identify/oai:baseURL")).isEqualTo("http://localhost/oai");
        assertThat(identify.text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(identify.text("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(identify.text("//oai:Identify/oai:deletedRecord")).isEqualTo("no");
        Instant earliest = jdbc.sql("select min(" + CHANGED + ") from document where " + PUBLIC)
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(identify.text("//oai:Identify/oai:earliestDatestamp")).isEqualTo(HarvestWindow.datestamp(earliest));
        assertThat(identify.requestArguments()).containsExactly("verb=Identify");
    }

    @Test
    void oaiDcIsTheOneMetadataFormat() throws Exception {
        OaiXml formats = oai("verb", "ListMetadataFormats");
        assertThat(formats.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc");
        assertThat(formats.text("//oai:metadataFormat/oai:metadataNamespace")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
        OaiXml ofOne = oai("verb", "ListMetadataFormats", "identifier", identifier(TestVolumes.FRUS + "-d1"));
        assertThat(ofOne.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc");
        assertThat(oai("verb", "ListMetadataFormats", "identifier", identifier(DRAFTS + "-d1")).error()).isEqualTo("idDoesNotExist");
    }

    @Test
    void setsAreTheVolumesWithPublishedDocuments() throws Exception {
        OaiXml sets = oai("verb", "ListSets");
        List<String> expected = ids("select distinct volume_id from document where volume_id is not null and " + PUBLIC
                + " order by volume_id");
        assertThat(sets.texts("//oai:set/oai:setSpec")).containsExactlyElementsOf(expected).contains(TestVolumes.FRUS)
                .doesNotContain(DRAFTS);
        String title = jdbc.sql("select title from volume where id = ?").param(TestVolumes.FRUS).query(String.class).single();
        assertThat(sets.text("//oai:set[oai:setSpec='" + TestVolumes.FRUS + "']/oai:setName")).isEqualTo(title);
    }

    @Test
    void aRecordDescribesTheDocumentInDublinCore() throws Exception {
        String id = TestVolumes.FRUS + "-d66";
        OaiXml record = oai("verb", "GetRecord", "identifier", identifier(id), "metadataPrefix", "oai_dc");
        var row = jdbc.sql("select title, source_note, date_value, sender_role, recipient_role, " + CHANGED
                        + " from document where id = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()}).single();
        String dc = "//oai:GetRecord/oai:record/oai:metadata/oai_dc:dc/";
        assertThat(record.text("//oai:header/oai:identifier")).isEqualTo(identifier(id));
        assertThat(record.text("//oai:header/oai:datestamp")).isEqualTo(HarvestWindow.datestamp((Instant) row[5]));
        assertThat(record.texts("//oai:header/oai:setSpec")).containsExactly(TestVolumes.FRUS);
        assertThat(record.text(dc + "dc:title")).isEqualTo(row[0]);
        assertThat(record.text(dc + "dc:description")).isEqualTo(row[1]);
        assertThat(record.text(dc + "dc:date")).isEqualTo(row[2]);
        assertThat(record.text(dc + "dc:creator")).contains((String) row[3]);
        assertThat(record.text(dc + "dc:contributor")).contains((String) row[4]);
        assertThat(record.texts(dc + "dc:identifier")).containsExactly("http://localhost/documents/" + id);
        assertThat(record.texts(dc + "dc:relation")).containsExactly("http://localhost/volumes/" + TestVolumes.FRUS);
        assertThat(record.texts(dc + "dc:type")).contains("Text");
    }

    @Test
    void theSubjectIsTheDecimalFileSubject() throws Exception {
        // a document filed in the decimal file ("793.00/4–751" files under subject 793.00)
        String[] filed = jdbc.sql("""
                        select id, file_number from document where volume_id = ? and file_number ~ '^[0-9]{3}\\.[0-9]+/'
                        order by position_in_volume limit 1""").param(TestVolumes.FRUS)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        OaiXml record = oai("verb", "GetRecord", "identifier", identifier(filed[0]), "metadataPrefix", "oai_dc");
        assertThat(record.texts("//oai_dc:dc/dc:subject")).containsExactly(filed[1].substring(0, filed[1].indexOf('/')));
        // a document without a file number has no subject
        OaiXml unfiled = oai("verb", "GetRecord", "identifier", identifier(TIMED + "-d1"), "metadataPrefix", "oai_dc");
        assertThat(unfiled.texts("//oai_dc:dc/dc:subject")).isEmpty();
    }

    @Test
    void pagingThroughAVolumeGivesEachPublishedDocumentOnceInChangeOrder() throws Exception {
        List<String> expected = ids("select id from document where volume_id = ? and " + PUBLIC + " order by " + CHANGED
                + ", id", TestVolumes.FRUS);
        assertThat(expected).hasSize(Frus.count(TestVolumes.FRUS).documents());
        List<String> harvested = harvest("ListRecords", "metadataPrefix", "oai_dc", "set", TestVolumes.FRUS);
        assertThat(harvested).containsExactlyElementsOf(expected.stream().map(OaiPmhTest::identifier).toList());
        assertThat(harvest("ListIdentifiers", "metadataPrefix", "oai_dc", "set", TestVolumes.FRUS)).isEqualTo(harvested);
    }

    @Test
    void aWholeHarvestHoldsEveryPublishedDocumentAndNoDraft() throws Exception {
        List<String> harvested = harvest("ListIdentifiers", "metadataPrefix", "oai_dc");
        assertThat(new HashSet<>(harvested)).hasSameSizeAs(harvested);
        Set<String> published = new HashSet<>(ids("select id from document where " + PUBLIC).stream()
                .map(OaiPmhTest::identifier).toList());
        assertThat(new HashSet<>(harvested)).isEqualTo(published);
        List<String> drafts = ids("select id from document where not " + PUBLIC);
        assertThat(drafts).contains(loneDraft, DRAFTS + "-d1");
        assertThat(harvested).doesNotContainAnyElementsOf(drafts.stream().map(OaiPmhTest::identifier).toList());
    }

    @Test
    void aDraftIsNeverShownEvenToStaff() throws Exception {
        for (String draft : List.of(loneDraft, DRAFTS + "-d2")) {
            assertThat(oai("verb", "GetRecord", "identifier", identifier(draft), "metadataPrefix", "oai_dc").error())
                    .isEqualTo("idDoesNotExist");
            String signedIn = answer(get("/oai").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)), "verb", "GetRecord",
                    "identifier", identifier(draft), "metadataPrefix", "oai_dc");
            assertThat(OaiXml.valid(signedIn).error()).isEqualTo("idDoesNotExist");
        }
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", DRAFTS).error()).isEqualTo("noRecordsMatch");
    }

    @Test
    void fromAndUntilSelectByChangeTimeAtEitherGranularity() throws Exception {
        OaiXml second = oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
                "from", "2001-05-06T07:08:09Z", "until", "2001-05-06T07:08:09Z");
        assertThat(second.texts("//oai:header/oai:identifier")).containsExactlyElementsOf(changedBetween(
                T1.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), T1.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1)))
                .containsExactly(identifier(TIMED + "-d1"));
        assertThat(second.text("//oai:header/oai:datestamp")).isEqualTo("2001-05-06T07:08:09Z");

        OaiXml day = oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2001-05-06", "until", "2001-05-06");
        assertThat(day.texts("//oai:header/oai:identifier"))
                .containsExactlyElementsOf(changedBetween(Instant.parse("2001-05-06T00:00:00Z"), Instant.parse("2001-05-07T00:00:00Z")))
                .containsExactly(identifier(TIMED + "-d1"), identifier(TIMED + "-d2"));

        OaiXml untilSecond = oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2001-05-06T23:59:59Z");
        assertThat(untilSecond.texts("//oai:header/oai:identifier"))
                .containsExactlyElementsOf(changedBetween(Instant.EPOCH, Instant.parse("2001-05-07T00:00:00Z")));

        List<String> fromDay = harvest("ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2001-05-07");
        assertThat(fromDay).containsExactlyElementsOf(changedBetween(T3, Instant.now().plusSeconds(1)))
                .contains(identifier(TIMED + "-d3")).doesNotContain(identifier(TIMED + "-d2"));

        assertThat(oai("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "1990-01-01", "until", "1990-12-31").error())
                .isEqualTo("noRecordsMatch");
    }

    private List<String> changedBetween(Instant from, Instant until) {
        return ids("select id from document where " + PUBLIC + " and " + CHANGED + " >= ? and " + CHANGED + " < ? order by "
                + CHANGED + ", id", from.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC))
                .stream().map(OaiPmhTest::identifier).toList();
    }

    @Test
    void badVerbs() throws Exception {
        for (String[] request : List.of(new String[] {}, new String[] {"verb", "Harvest"}, new String[] {"verb", "identify"})) {
            OaiXml answer = oai(request);
            assertThat(answer.error()).isEqualTo("badVerb");
            assertThat(answer.requestArguments()).isEmpty();
        }
        String twice = answer(get("/oai").param("verb", "Identify", "Identify"));
        assertThat(OaiXml.valid(twice).error()).isEqualTo("badVerb");
    }

    @Test
    void badArguments() throws Exception {
        List<String[]> bad = List.of(
                new String[] {"verb", "Identify", "set", "x"},
                new String[] {"verb", "ListRecords"},
                new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "colour", "blue"},
                new String[] {"verb", "GetRecord", "metadataPrefix", "oai_dc"},
                new String[] {"verb", "GetRecord", "identifier", identifier(TestVolumes.FRUS + "-d1")},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2001-13-45"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2001-02-30"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2001-05-06T07:08:09.5Z"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "until", "2001-05-06T07:08:09+01:00"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2001-05-07", "until", "2001-05-06"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2001-05-06", "until", "2001-05-07T00:00:00Z"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "not a set"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai dc"},
                new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "resumptionToken", "x"},
                new String[] {"verb", "ListIdentifiers", "metadataPrefix", ""});
        for (String[] request : bad) {
            OaiXml answer = oai(request);
            assertThat(answer.error()).as(String.join(" ", request)).isEqualTo("badArgument");
            assertThat(answer.requestArguments()).isEmpty();
        }
        String repeated = answer(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc", "oai_dc"));
        assertThat(OaiXml.valid(repeated).error()).isEqualTo("badArgument");
    }

    @Test
    void badResumptionTokens() throws Exception {
        OaiXml first = oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", TestVolumes.FRUS);
        String token = first.text("//oai:ListIdentifiers/oai:resumptionToken");
        assertThat(token).isNotEmpty();
        for (String[] request : List.of(
                new String[] {"verb", "ListIdentifiers", "resumptionToken", "not-a-token"},
                new String[] {"verb", "ListIdentifiers", "resumptionToken", token.substring(0, token.length() / 2)},
                new String[] {"verb", "ListRecords", "resumptionToken", token},
                new String[] {"verb", "ListSets", "resumptionToken", token})) {
            OaiXml answer = oai(request);
            assertThat(answer.error()).as(String.join(" ", request)).isEqualTo("badResumptionToken");
            assertThat(answer.requestArguments()).contains("verb=" + request[1]);
        }
    }

    @Test
    void formatsOtherThanOaiDcCannotBeDisseminated() throws Exception {
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "marc21").error()).isEqualTo("cannotDisseminateFormat");
        OaiXml getRecord = oai("verb", "GetRecord", "identifier", identifier(TestVolumes.FRUS + "-d1"), "metadataPrefix", "mods");
        assertThat(getRecord.error()).isEqualTo("cannotDisseminateFormat");
        assertThat(getRecord.requestArguments()).contains("metadataPrefix=mods");
    }

    @Test
    void unknownIdentifiersDoNotExist() throws Exception {
        for (String id : List.of(identifier("no-such-document"), "oai:elsewhere.org:" + TestVolumes.FRUS + "-d1", "d1")) {
            assertThat(oai("verb", "GetRecord", "identifier", id, "metadataPrefix", "oai_dc").error()).isEqualTo("idDoesNotExist");
        }
    }

    @Test
    void noRecordsMatchASetWithoutPublishedDocuments() throws Exception {
        assertThat(oai("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "no-such-volume").error())
                .isEqualTo("noRecordsMatch");
    }

    @Test
    void harvestersMayPostTheirRequestsWithoutAToken() throws Exception {
        String answer = mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(TIMED + "-d2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        OaiXml record = OaiXml.valid(answer);
        assertThat(record.text("//oai:header/oai:datestamp")).isEqualTo(HarvestWindow.datestamp(T2));
        assertThat(record.text("//oai_dc:dc/dc:title")).contains("Telegram 2 of volume " + TIMED);
    }
}
