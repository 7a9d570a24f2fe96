package org.cablearchive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Cable Archive: diplomatic telegrams entered, reviewed, published and read. */
@SpringBootApplication
public class CableArchiveApplication {

    public static void main(String[] args) {
        SpringApplication.run(CableArchiveApplication.class, args);
    }
}
