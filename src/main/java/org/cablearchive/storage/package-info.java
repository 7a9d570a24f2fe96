/**
 * The archive's data folder and, unless an outside PostgreSQL server is configured with
 * {@code SPRING_DATASOURCE_URL}, the embedded PostgreSQL 17 server whose data lives in it and survives restarts.
 */
@ApplicationModule(displayName = "Storage", allowedDependencies = {})
package org.cablearchive.storage;

import org.springframework.modulith.ApplicationModule;
