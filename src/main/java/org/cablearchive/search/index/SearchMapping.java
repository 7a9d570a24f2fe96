package org.cablearchive.search.index;

import org.cablearchive.records.domain.Document;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Maps the records module's documents to the index, from here, so that the entities carry no search annotations. */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String INDEX = "document";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep document = context.programmaticMapping().type(Document.class);
        document.indexed().index(INDEX);
        document.binder(new DocumentBinder());
    }
}
