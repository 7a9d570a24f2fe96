package org.cablearchive.editorial;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface ReviewCommentRepository extends Repository<ReviewComment, Long> {

    ReviewComment save(ReviewComment comment);

    List<ReviewComment> findByDocumentIdOrderByWrittenAtAscIdAsc(String documentId);

    List<ReviewComment> findByDocumentIdInAndActionOrderByWrittenAtAscIdAsc(Collection<String> documentIds,
                                                                          String action);
}
