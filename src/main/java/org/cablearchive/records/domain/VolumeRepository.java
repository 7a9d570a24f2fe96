package org.cablearchive.records.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface VolumeRepository extends JpaRepository<Volume, String> {
}
