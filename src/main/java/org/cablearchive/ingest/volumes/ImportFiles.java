package org.cablearchive.ingest.volumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of import jobs, kept in PostgreSQL as large objects so that whichever app node runs a job can read them:
 * written and read a piece at a time (a volume is never held whole in memory), removed with their job's end.
 */
@Component
class ImportFiles {

    /** How much of a file one statement writes or reads. */
    static final int PIECE = 1 << 20;

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file of a job, as stored. */
    record StoredFile(int position, String name, long content, long size) { }

    /** Stores the file under the job; to be called in the job's own transaction, so that a failure leaves nothing. */
    void store(UUID job, int position, String name, InputStream in) throws IOException {
        byte[] piece = new byte[PIECE];
        int n = in.readNBytes(piece, 0, PIECE);
        long oid = jdbc.sql("select lo_from_bytea(0, ?)").param(Arrays.copyOf(piece, n)).query(Long.class).single();
        long size = n;
        while ((n = in.readNBytes(piece, 0, PIECE)) > 0) {
            jdbc.sql("select lo_put(?::oid, ?, ?)").params(oid, size, Arrays.copyOf(piece, n)).query((rs, i) -> 1).list();
            size += n;
        }
        jdbc.sql("insert into import_file (job_id, position, name, content, size) values (?, ?, ?, ?::oid, ?)")
                .params(job, position, name, oid, size).update();
    }

    /** The files of a job not yet imported, in the order they were sent. */
    List<StoredFile> waiting(UUID job) {
        return jdbc.sql("select position, name, content, size from import_file where job_id = ? and not done order by position")
                .param(job).query((rs, i) -> new StoredFile(rs.getInt("position"), rs.getString("name"),
                        rs.getLong("content"), rs.getLong("size"))).list();
    }

    /** Copies a stored file to a file of this node's, for the importer to read. */
    void copy(StoredFile file, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (long offset = 0; offset < file.size(); offset += PIECE) {
                out.write(jdbc.sql("select lo_get(?::oid, ?, ?)").params(file.content(), offset, PIECE)
                        .query(byte[].class).single());
            }
        }
    }

    void markDone(UUID job, int position, int documents) {
        jdbc.sql("update import_file set done = true, documents = ? where job_id = ? and position = ?")
                .params(documents, job, position).update();
    }

    /** The documents the files of a job already done brought in. */
    int documentsDone(UUID job) {
        return jdbc.sql("select coalesce(sum(documents), 0) from import_file where job_id = ? and done").param(job)
                .query(Integer.class).single();
    }

    /** Removes a job's files (their large objects with them) once the job is over. */
    void remove(UUID job) {
        jdbc.sql("select lo_unlink(content) from import_file where job_id = ?").param(job).query((rs, i) -> 1).list();
        jdbc.sql("delete from import_file where job_id = ?").param(job).update();
    }
}
