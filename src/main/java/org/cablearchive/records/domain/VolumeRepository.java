package org.cablearchive.records.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolumeRepository extends JpaRepository<Volume, String> {
}
